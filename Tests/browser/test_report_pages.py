"""The HTML report in a real browser: WCAG 2.2 AA with axe-core in light and dark, hostile text inert,
pages readable with JavaScript off, and no request leaves the page."""
import pytest
from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def set_scheme(driver, scheme):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-color-scheme", "value": scheme}]})


def axe_violations(driver):
    axe = Axe(driver)
    axe.inject()
    result = axe.run(options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    return result["violations"]


def describe(violations):
    return "\n".join(f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes) e.g. {v['nodes'][0]['html'][:160]}"
                     for v in violations)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations(driver, reports, scheme):
    set_scheme(driver, scheme)
    try:
        failures = {}
        for page in reports:
            driver.get(page.as_uri())
            assert driver.execute_script("return matchMedia('(prefers-color-scheme: dark)').matches") == (scheme == "dark")
            violations = axe_violations(driver)
            if violations:
                failures[page.name] = describe(violations)
        assert not failures, "\n\n".join(f"{name} ({scheme}):\n{text}" for name, text in failures.items())
    finally:
        set_scheme(driver, "light")


def test_axe_finds_no_violations_with_a_mark_focused_and_kinds_hidden(driver, reports):
    page = next(p for p in reports if p.name == "harbour-bridge-vote.html")
    driver.get(page.as_uri())
    mark = driver.find_element(By.CSS_SELECTOR, "mark[tabindex='0']")
    driver.execute_script("arguments[0].focus()", mark)
    tip = driver.find_element(By.ID, mark.get_attribute("aria-describedby"))
    assert tip.is_displayed(), "the explanation shows on focus"
    assert tip.text.strip()
    assert not describe(axe_violations(driver))
    box = driver.find_element(By.CSS_SELECTOR, "input[data-kind]")
    box.click()
    assert not describe(axe_violations(driver))


def test_hostile_article_runs_nothing(driver, reports):
    page = next(p for p in reports if p.name == "hostile.html")
    driver.get(page.as_uri())
    assert driver.execute_script("return typeof window.__pwned") == "undefined"
    assert "PWNED" not in driver.title
    assert driver.title.startswith("Copydesk report")
    try:
        alert = driver.switch_to.alert
        pytest.fail(f"an alert opened: {alert.text}")
    except Exception as error:
        assert "alert" in type(error).__name__.lower() or "NoAlert" in type(error).__name__
    hrefs = driver.execute_script("return Array.from(document.querySelectorAll('[href],[src]')).map(e => e.getAttribute('href') || e.getAttribute('src'))")
    assert not [h for h in hrefs if h.strip().lower().startswith("javascript:")], hrefs
    assert driver.execute_script("return document.querySelectorAll('img, iframe, object, embed, link, svg[onload]').length") == 0
    body = driver.find_element(By.TAG_NAME, "body")
    assert body.is_displayed(), "the article's <style> did not apply"
    source = driver.find_element(By.CSS_SELECTOR, "ol.source").text
    assert "<script>" in source and "onerror=" in source, "the hostile markup is shown as text"


def test_axe_reports_a_known_violation(driver, tmp_path):
    """The checker itself works: a page with an unlabelled field and no language fails."""
    bad = tmp_path / "bad.html"
    bad.write_text("<!DOCTYPE html><html><head><title>x</title></head><body><main><input type=text></main></body></html>")
    driver.get(bad.as_uri())
    ids = {v["id"] for v in axe_violations(driver)}
    assert {"label", "html-has-lang"} <= ids, ids


def test_pages_make_no_network_requests(driver, reports):
    for page in reports:
        driver.get(page.as_uri())
        entries = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
        assert entries == [], f"{page.name} requested {entries}"
        errors = [e for e in driver.get_log("browser") if "Content Security Policy" in e.get("message", "")]
        assert not errors, f"{page.name}: CSP blocked something of the page's own: {errors}"


def test_readable_with_javascript_off(driver_without_js, reports):
    for page in reports:
        driver_without_js.get(page.as_uri())
        text = driver_without_js.find_element(By.TAG_NAME, "main").text
        if page.name == "index.html":
            assert "harbour-bridge-vote.md" in text
        else:
            assert "Verdict against the publication" in text
            assert "Findings" in text
            items = driver_without_js.find_elements(By.CSS_SELECTOR, "ol.source li")
            assert items, page.name


def test_index_sorts_with_javascript(driver, reports):
    page = next(p for p in reports if p.name == "index.html")
    driver.get(page.as_uri())
    header = driver.find_element(By.XPATH, "//th[.//button[contains(., 'Findings')]]")
    header.find_element(By.TAG_NAME, "button").click()
    assert header.get_attribute("aria-sort") == "ascending"
    cells = driver.find_elements(By.CSS_SELECTOR, "table.sortable tbody tr td:last-child")
    values = [int(c.text) for c in cells]
    assert values == sorted(values)


def test_escape_hides_the_explanation(driver, reports):
    page = next(p for p in reports if p.name == "harbour-bridge-vote.html")
    driver.get(page.as_uri())
    mark = driver.find_element(By.CSS_SELECTOR, "mark[tabindex='0']")
    driver.execute_script("arguments[0].focus()", mark)
    tip = driver.find_element(By.ID, mark.get_attribute("aria-describedby"))
    assert tip.is_displayed()
    mark.send_keys(Keys.ESCAPE)
    assert not tip.is_displayed()
