"""The archive audit's index.html in a real browser: WCAG 2.2 AA with axe-core in light and dark, at phone and
desktop widths, charts named and backed by tables, no request leaves the page."""
import subprocess
import sys

import pytest
from selenium.webdriver.common.by import By

from conftest import ROOT, copydesk_binary
from test_report_pages import axe_violations, describe, set_scheme


@pytest.fixture(scope="module")
def audit_page(tmp_path_factory):
    out = tmp_path_factory.mktemp("audit")
    archive = out / "archive"
    subprocess.run([sys.executable, str(ROOT / "scripts/archive/make_archive.py"), str(archive), "--articles", "120"], check=True)
    # A hostile headline and section: the page must show them as text.
    (archive / "2020" / "local").mkdir(parents=True, exist_ok=True)
    (archive / "2020" / "local" / "hostile.md").write_text(
        '---\ntitle: "<img src=x onerror=alert(1)> & <script>alert(2)</script>"\nsection: "<b>Local</b>"\ndate: 2020-01-01\n---\n\n'
        "The driver died at the scene, police said.\n", encoding="utf-8")
    binary = str(copydesk_binary())
    lint = subprocess.run([binary, "lint", str(archive), "--format", "jsonl", "--exit-zero"], capture_output=True, text=True)
    assert lint.returncode == 0, lint.stderr
    (out / "results.jsonl").write_text(lint.stdout, encoding="utf-8")
    run = subprocess.run([binary, "audit", str(out / "results.jsonl"), "--output", str(out / "site")],
                         capture_output=True, text=True, env={"SOURCE_DATE_EPOCH": "1767225600", "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr
    return out / "site" / "index.html"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [390, 1280])
def test_audit_page_has_no_axe_violations(driver, audit_page, scheme, width):
    driver.set_window_size(width, 900)
    set_scheme(driver, scheme)
    try:
        driver.get(audit_page.as_uri())
        assert not describe(axe_violations(driver)), f"{scheme} at {width}px"
        overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"the page scrolls sideways by {overflow}px at {width}px (wide tables scroll in their region)"
    finally:
        set_scheme(driver, "light")
        driver.set_window_size(1280, 1000)


def test_charts_are_named_and_backed_by_tables(driver, audit_page):
    driver.get(audit_page.as_uri())
    charts = driver.find_elements(By.CSS_SELECTOR, "svg.audit-chart[role='img']")
    assert len(charts) >= 4, "one chart per category and dimension"
    for chart in charts:
        caption = driver.find_element(By.ID, chart.get_attribute("aria-labelledby"))
        assert "articles per" in caption.text
    for section in ("by-year", "by-section"):
        table = driver.find_element(By.CSS_SELECTOR, f"#{section}-table").find_element(By.XPATH, "..")
        headers = [th.text for th in table.find_elements(By.CSS_SELECTOR, "thead th")]
        assert headers[:3] == ["Year" if section == "by-year" else "Section", "Articles", "Need a warning"]
        assert table.find_elements(By.CSS_SELECTOR, "tbody th[scope='row']")
    wording = driver.find_element(By.ID, "to-warn-table").find_element(By.XPATH, "..").text
    assert "This article contains" in wording


def test_audit_page_runs_nothing_and_loads_nothing(driver, audit_page):
    driver.get(audit_page.as_uri())
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0
    assert not driver.find_elements(By.CSS_SELECTOR, "script, img, iframe, link[rel='stylesheet']")
    csp = driver.find_element(By.CSS_SELECTOR, "meta[http-equiv='Content-Security-Policy']").get_attribute("content")
    assert "default-src 'none'" in csp and "script-src" not in csp
    main = driver.find_element(By.TAG_NAME, "main")
    assert "<b>Local</b>" in main.text, "the hostile section name is shown as text (it is a row of the section table)"
    assert not main.find_elements(By.CSS_SELECTOR, "b")
