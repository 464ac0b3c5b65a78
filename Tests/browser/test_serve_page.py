"""The `copydesk serve` page for editors in a real browser: paste the seed article, submit, and the report page
comes back with its content-warning panel; axe-core finds no violations on either page; nothing external loads."""
import sys
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "service"))
from copydesk_server import ROOT, Server  # noqa: E402
from test_report_pages import axe_violations, describe, set_scheme  # noqa: E402

# The seed article lives in shared/ beside the repository (never copied into it).
SEED = next((p for p in (ROOT.parent / "shared" / "seeds" / "000_56e9ca2183dd3a87.txt",
                         Path("/work/shared/seeds/000_56e9ca2183dd3a87.txt")) if p.is_file()),
            Path("/work/shared/seeds/000_56e9ca2183dd3a87.txt"))
# Where this machine has no seed, the bundled article with a sensitive passage stands in.
ARTICLE = SEED if SEED.is_file() else ROOT / "Examples" / "quay-fire.md"


@pytest.fixture(scope="module")
def server():
    running = Server()
    yield running
    assert running.stop() == 0


@pytest.mark.parametrize("scheme,width", [("light", 390), ("dark", 1280)])
def test_paste_submit_and_the_report_appears_without_violations(driver, server, scheme, width):
    driver.set_window_size(width, 1000)
    set_scheme(driver, scheme)
    try:
        driver.get(server.url + "/")
        assert driver.title.startswith("Copydesk")
        assert not describe(axe_violations(driver))
        assert driver.execute_script("return document.scrollingElement.scrollWidth") <= width
        box = driver.find_element(By.ID, "text")
        # Pasting: the whole article lands in the box at once.
        driver.execute_script("arguments[0].value = arguments[1]", box, ARTICLE.read_text())
        driver.find_element(By.ID, "path").send_keys("seed.md")
        driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        WebDriverWait(driver, 120).until(expected_conditions.presence_of_element_located((By.ID, "warnings")))
        assert "seed.md" in driver.page_source
        panel = driver.find_element(By.ID, "warnings").find_element(By.XPATH, "..")
        assert "warning" in panel.text.lower()
        # The seed article needs a content warning: the box stands in the text where the note goes.
        assert driver.find_elements(By.ID, "cw-here"), panel.text[:500]
        assert not describe(axe_violations(driver)), describe(axe_violations(driver))
        entries = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
        assert all(e.startswith(server.url) for e in entries), entries
    finally:
        set_scheme(driver, "light")
        driver.set_window_size(1280, 1000)


def test_the_page_loads_only_its_own_style_and_script(driver, server):
    driver.get(server.url + "/")
    entries = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert sorted(entries) == [server.url + "/editor.css", server.url + "/editor.js"], entries
    errors = [e for e in driver.get_log("browser") if "Content Security Policy" in e.get("message", "")]
    assert not errors, errors
