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
FIXTURES = ROOT / "Tests" / "CopydeskHTMLReportTests" / "Fixtures"
HOSTILE = FIXTURES / "hostile.md"
# The seed article lives outside the repository (its text is never committed); tests that need it skip, saying
# so, on a machine without it.
SEED = Path(os.environ.get("COPYDESK_SEED", "/work/shared/seeds/000_56e9ca2183dd3a87.txt"))
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")


def copydesk_binary():
    explicit = os.environ.get("COPYDESK_BIN")
    candidates = [Path(explicit)] if explicit else [ROOT / ".build" / "debug" / "copydesk", ROOT / ".build" / "release" / "copydesk"]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise RuntimeError("no copydesk binary: run `swift build` first or set COPYDESK_BIN")


def write_report(articles, site, cwd):
    env = dict(os.environ, SOURCE_DATE_EPOCH="1767225600")
    run = subprocess.run([str(copydesk_binary()), "report", str(articles), "--output", str(site)],
                         cwd=cwd, env=env, capture_output=True, text=True)
    assert run.returncode in (0, 1), run.stderr
    return sorted(site.rglob("*.html"))


@pytest.fixture(scope="session")
def reports(tmp_path_factory):
    """Page paths: one report of Examples/ plus the hostile and the reader fixtures, pages mirroring folders."""
    out = tmp_path_factory.mktemp("reports")
    articles = out / "articles"
    shutil.copytree(ROOT / "Examples", articles)
    shutil.copy(HOSTILE, articles / "hostile.md")
    shutil.copy(FIXTURES / "reader.md", articles / "reader.md")
    # Structure: a title repeated as the first heading, inline code, nested lists (Markdown and HTML).
    (articles / "structure").mkdir()
    for name in ["structure.md", "structure.html", "structure-typo.md"]:
        shutil.copy(FIXTURES / name, articles / "structure" / name)
    # A crowded page whose content-warning finding is only a suggestion (its folder's configuration says so): the
    # quay fire with a paragraph of adverbs.
    quay = (ROOT / "Examples" / "quay-fire.md").read_text(encoding="utf-8")
    crowd = ("Traffic was quickly stopped and was really very slowly let through again, and drivers were actually "
             "simply told that it was basically over, which was obviously and clearly wrong.\n\n")
    anchor = "The two injured workers"
    assert anchor in quay
    (articles / "crowded").mkdir()
    (articles / "crowded" / ".copydesk.yml").write_text(
        "version: 1\nlanguage: en_GB\nrules:\n  content_warning.missing: suggestion\n", encoding="utf-8")
    (articles / "crowded" / "crowded-warning.md").write_text(quay.replace(anchor, crowd + anchor, 1), encoding="utf-8")
    pages = write_report("articles", out / "site", out)
    names = [p.relative_to(out / "site").as_posix() for p in pages]
    assert "articles/readability/dense.html" in names and "index.html" in names, names
    return pages


@pytest.fixture(scope="session")
def seed_page(tmp_path_factory):
    """The seed article as Markdown with a front-matter title and description (written here, never committed)."""
    if not SEED.is_file():
        pytest.skip(f"the seed article {SEED} is not on this machine (set COPYDESK_SEED)")
    lines = SEED.read_text(encoding="utf-8").split("\n")
    title, description = lines[0].strip(), lines[2].strip()
    out = tmp_path_factory.mktemp("seed")
    (out / "news").mkdir()
    body = "\n".join(lines[4:])
    (out / "news" / "seed.md").write_text(f"---\ntitle: \"{title}\"\ndescription: \"{description}\"\n---\n\n{body}", encoding="utf-8")
    write_report("news", out / "site", out)
    return out / "site" / "news" / "seed.html", title


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
