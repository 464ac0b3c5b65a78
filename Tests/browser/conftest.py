"""Fixtures for the browser tests: the built copydesk binary writes reports for the examples and a hostile
article into a temporary folder; headless Chromium (Debian chromium + chromium-driver) opens them from file://.

A missing browser or driver is an error, never a skip: the accessibility checks must run in CI."""
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = ROOT / "Tests" / "CopydeskHTMLReportTests" / "Fixtures" / "hostile.md"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")


def copydesk_binary():
    explicit = os.environ.get("COPYDESK_BIN")
    candidates = [Path(explicit)] if explicit else [ROOT / ".build" / "debug" / "copydesk", ROOT / ".build" / "release" / "copydesk"]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise RuntimeError("no copydesk binary: run `swift build` first or set COPYDESK_BIN")


@pytest.fixture(scope="session")
def reports(tmp_path_factory):
    """Folder → page paths: one report of Examples/ plus the hostile article."""
    out = tmp_path_factory.mktemp("reports")
    articles = out / "articles"
    shutil.copytree(ROOT / "Examples", articles)
    shutil.copy(HOSTILE, articles / "hostile.md")
    env = dict(os.environ, SOURCE_DATE_EPOCH="1767225600")
    run = subprocess.run([str(copydesk_binary()), "report", str(articles), "--output", str(out / "site")],
                         cwd=ROOT, env=env, capture_output=True, text=True)
    assert run.returncode in (0, 1), run.stderr
    pages = sorted((out / "site").glob("*.html"))
    assert len(pages) >= 6, [p.name for p in pages]
    return pages


def make_driver(javascript=True):
    if not Path(CHROMIUM).is_file() or not Path(CHROMEDRIVER).is_file():
        raise RuntimeError(f"Chromium ({CHROMIUM}) and chromedriver ({CHROMEDRIVER}) are required: apt-get install chromium chromium-driver")
    os.environ.setdefault("SE_OFFLINE", "true")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000"):
        options.add_argument(arg)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))


@pytest.fixture(scope="session")
def driver():
    d = make_driver()
    yield d
    d.quit()


@pytest.fixture(scope="session")
def driver_without_js():
    d = make_driver(javascript=False)
    yield d
    d.quit()
