"""The HTML report in a real browser: WCAG 2.2 AA with axe-core at phone and desktop widths in light and dark,
no sideways scrolling at 320-1280 px, hostile text inert, pages readable with JavaScript off, no request
leaves the page, the seed article's verdict and content-warning box, kinds shown and hidden."""
import pytest
from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
WIDTHS = [320, 390, 768, 1280]


def set_scheme(driver, scheme):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-color-scheme", "value": scheme}]})


def set_width(driver, width):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 768})


def axe_violations(driver):
    axe = Axe(driver)
    axe.inject()
    result = axe.run(options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    return result["violations"]


def describe(violations):
    return "\n".join(f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes) e.g. {v['nodes'][0]['html'][:160]}"
                     for v in violations)


def page_named(reports, name):
    return next(p for p in reports if p.name == name)


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations(driver, reports, scheme, width):
    set_scheme(driver, scheme)
    set_width(driver, width)
    try:
        failures = {}
        for page in reports:
            driver.get(page.as_uri())
            assert driver.execute_script("return matchMedia('(prefers-color-scheme: dark)').matches") == (scheme == "dark")
            assert driver.execute_script("return window.innerWidth") == width
            violations = axe_violations(driver)
            if violations:
                failures[page.name] = describe(violations)
        assert not failures, "\n\n".join(f"{name} ({scheme}, {width} px):\n{text}" for name, text in failures.items())
    finally:
        set_scheme(driver, "light")
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


@pytest.mark.parametrize("width", WIDTHS)
def test_no_sideways_scrolling(driver, reports, width):
    set_width(driver, width)
    try:
        wide = {}
        for page in reports:
            driver.get(page.as_uri())
            scroll, view = driver.execute_script(
                "return [document.scrollingElement.scrollWidth, document.documentElement.clientWidth]")
            if scroll > view:
                wide[page.name] = (scroll, view)
        assert not wide, f"pages wider than {width} px: {wide}"
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_tables_stack_and_chart_text_stays_readable_on_a_phone(driver, reports):
    set_width(driver, 390)
    try:
        driver.get(page_named(reports, "harbour-bridge-vote.html").as_uri())
        cell = driver.find_element(By.CSS_SELECTOR, "table.findings tbody td")
        assert cell.value_of_css_property("display") == "block", "findings become stacked rows"
        label = driver.execute_script("return getComputedStyle(arguments[0], '::before').content", cell)
        assert "Line" in label
        size = driver.find_element(By.CSS_SELECTOR, ".chart .bar-text").value_of_css_property("font-size")
        assert float(size.rstrip("px")) >= 14, size
        verdict = driver.find_element(By.CSS_SELECTOR, ".chart li .bar-text strong").text
        assert verdict.endswith("over target") or verdict == "within target"
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


@pytest.mark.parametrize("width", [390, 768])
def test_stacked_table_captions_span_the_table(driver, reports, width):
    """A stacked table's caption runs across the rows, not squeezed into a column of a few letters."""
    set_width(driver, width)
    try:
        driver.get(page_named(reports, "crowded-warning.html").as_uri())
        tables = driver.find_elements(By.CSS_SELECTOR, "table.stack")
        captions = [t for t in tables if t.find_elements(By.TAG_NAME, "caption")]
        assert captions, "the page has stacked tables with captions"
        for table in captions:
            assert table.value_of_css_property("display") == "block", "stacked at this width"
            caption = table.find_element(By.TAG_NAME, "caption")
            assert caption.size["width"] >= 0.9 * table.size["width"], (caption.text, caption.size, table.size)
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_axe_finds_no_violations_with_a_mark_focused_and_kinds_hidden(driver, reports):
    driver.get(page_named(reports, "harbour-bridge-vote.html").as_uri())
    mark = driver.find_element(By.CSS_SELECTOR, "mark[tabindex='0']")
    driver.execute_script("arguments[0].focus()", mark)
    tip = driver.find_element(By.ID, mark.get_attribute("aria-describedby"))
    assert tip.is_displayed(), "the explanation shows on focus"
    assert tip.text.strip()
    assert not describe(axe_violations(driver))
    box = driver.find_element(By.CSS_SELECTOR, "input[data-kind]")
    box.click()
    assert not describe(axe_violations(driver))


def test_kinds_show_and_hide_with_correct_counts(driver, reports):
    driver.get(page_named(reports, "harbour-bridge-vote.html").as_uri())
    for box in driver.find_elements(By.CSS_SELECTOR, "input[data-kind]"):
        kind = box.get_attribute("data-kind")
        label = box.find_element(By.XPATH, "..").text
        marks = driver.find_elements(By.CSS_SELECTOR, f"mark.k-{kind}[id^='f-']")
        assert label.endswith(f"({len(marks)})"), (kind, label, len(marks))
        rows = [r for r in driver.find_elements(By.CSS_SELECTOR, "table.findings tbody tr")
                if r.find_element(By.CSS_SELECTOR, "td[data-label=Kind] .tag").text == box.find_element(By.XPATH, "../span[@class='tag']").text]
        assert len(rows) == len(marks), kind
    box = driver.find_element(By.CSS_SELECTOR, "input[data-kind=name]")
    mark = driver.find_element(By.CSS_SELECTOR, "mark.k-name")
    assert box.is_selected()
    def look():
        return [mark.value_of_css_property(p) for p in ("background-color", "text-decoration-line", "box-shadow")]
    shown = look()
    driver.execute_script("arguments[0].scrollIntoView(); arguments[0].click()", box)
    assert mark.get_attribute("tabindex") == "-1", "a hidden kind leaves the tab order"
    assert look() != shown and look()[1] == "none", "the mark loses its colour and underline"
    assert not mark.find_element(By.CSS_SELECTOR, ".tag").is_displayed()


def test_content_warning_marks_never_start_hidden_with_quiet_suggestions(driver, reports):
    """A crowded page hides the kinds that are only suggestions, but never the content-warning marks."""
    driver.get(page_named(reports, "crowded-warning.html").as_uri())
    adverb = driver.find_element(By.ID, "show-adverb")
    assert not adverb.is_selected(), "the page is crowded: quiet adverbs start hidden"
    sensitive = driver.find_element(By.ID, "show-sensitive")
    assert sensitive.is_selected(), "content-warning marks start shown even when they are only suggestions"
    marks = driver.find_elements(By.CSS_SELECTOR, "mark.k-sensitive[id^='f-']")
    assert marks and all("s-suggestion" in m.get_attribute("class") for m in marks)
    assert all(m.get_attribute("tabindex") == "0" for m in marks), "shown marks stay in the tab order"
    assert all(m.value_of_css_property("text-decoration-line") != "none" for m in marks), "the marks are drawn"
    assert all(m.find_element(By.CSS_SELECTOR, ".tag").is_displayed() for m in marks), "with their text label"


def test_hostile_article_runs_nothing(driver, reports):
    driver.get(page_named(reports, "hostile.html").as_uri())
    assert driver.execute_script("return typeof window.__pwned") == "undefined"
    assert driver.title == "Ferry <script>window.__pwned = 1; document.title = 'PWNED'</script> vote · Copydesk report"
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
    article = driver.find_element(By.CSS_SELECTOR, ".article").text
    assert "<script>" in article and "onerror=" in article, "the hostile markup is shown as text"


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
            assert not driver_without_js.find_element(By.ID, "filters").is_displayed(), "controls that need JavaScript stay hidden"
            links = driver_without_js.find_elements(By.CSS_SELECTOR, "#articles-table tbody a")
            assert links and links[0].get_attribute("href").endswith(".html")
        else:
            heading = driver_without_js.find_element(By.ID, "verdict").text
            assert heading.startswith(("Blocked:", "Needs work:", "Ready to publish")), heading
            assert "All findings" in text
            assert driver_without_js.find_elements(By.CSS_SELECTOR, ".article .blk"), page.name


def test_index_lists_blocked_first_with_reasons_and_sorts(driver, reports):
    driver.get(page_named(reports, "index.html").as_uri())
    ranks = {"Blocked": 2, "Needs work": 1, "Ready": 0}
    verdicts = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#articles-table tbody .verdict")]
    assert verdicts == sorted(verdicts, key=lambda v: -ranks[v]), verdicts
    reasons = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#articles-table tbody .reason")]
    assert all(reasons), reasons
    assert "add a content warning" in reasons
    header = driver.find_element(By.XPATH, "//th[.//button[contains(., 'Findings')]]")
    header.find_element(By.TAG_NAME, "button").click()
    assert header.get_attribute("aria-sort") == "descending"
    values = [int(c.text) for c in driver.find_elements(By.CSS_SELECTOR, "#articles-table tbody td:last-child")]
    assert values == sorted(values, reverse=True)
    header.find_element(By.TAG_NAME, "button").click()
    assert header.get_attribute("aria-sort") == "ascending"
    values = [int(c.text) for c in driver.find_elements(By.CSS_SELECTOR, "#articles-table tbody td:last-child")]
    assert values == sorted(values)


def test_index_filters_by_verdict_category_and_text(driver, reports):
    from selenium.webdriver.support.ui import Select
    driver.get(page_named(reports, "index.html").as_uri())
    all_rows = len(driver.find_elements(By.CSS_SELECTOR, "#articles-table tbody tr"))
    Select(driver.find_element(By.ID, "f-verdict")).select_by_visible_text("Blocked")
    verdicts = {e.text for e in driver.find_elements(By.CSS_SELECTOR, "#articles-table tbody .verdict")}
    assert verdicts == {"Blocked"}
    Select(driver.find_element(By.ID, "f-verdict")).select_by_visible_text("Any")
    category = Select(driver.find_element(By.ID, "f-category"))
    name = category.options[2].text
    category.select_by_index(2)
    cats = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#articles-table tbody td[data-label='Content warnings']")]
    assert cats and all(name in c for c in cats) and len(cats) < all_rows, (name, cats)
    category.select_by_visible_text("None")
    cats = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#articles-table tbody td[data-label='Content warnings']")]
    assert cats and set(cats) == {"none"}, cats
    Select(driver.find_element(By.ID, "f-category")).select_by_visible_text("Any")
    driver.find_element(By.ID, "f-text").send_keys("DENSE")
    paths = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#articles-table tbody .path")]
    assert paths and all("dense" in p for p in paths), paths
    assert "matching" in driver.find_element(By.ID, "index-status").text
    for _ in "DENSE":
        driver.find_element(By.ID, "f-text").send_keys(Keys.BACKSPACE)
    assert len(driver.find_elements(By.CSS_SELECTOR, "#articles-table tbody tr")) == all_rows


def test_escape_hides_the_explanation(driver, reports):
    driver.get(page_named(reports, "harbour-bridge-vote.html").as_uri())
    mark = driver.find_element(By.CSS_SELECTOR, "mark[tabindex='0']")
    driver.execute_script("arguments[0].focus()", mark)
    tip = driver.find_element(By.ID, mark.get_attribute("aria-describedby"))
    assert tip.is_displayed()
    mark.send_keys(Keys.ESCAPE)
    assert not tip.is_displayed()


def test_seed_article_reads_like_the_article(driver, seed_page):
    page, title = seed_page
    driver.get(page.as_uri())
    assert driver.find_element(By.TAG_NAME, "h1").text == title
    assert driver.title.startswith(title)
    verdict = driver.find_element(By.ID, "verdict").text
    assert verdict.startswith("Blocked: 1 thing must change"), verdict
    blocking = driver.find_element(By.CSS_SELECTOR, ".blocking li").text
    assert "content warning" in blocking.lower() and "Paste this" in blocking, blocking
    # The box stands right before the element the content warning goes before, as the verdict says.
    box = driver.find_element(By.ID, "cw-here")
    following = driver.execute_script("return arguments[0].nextElementSibling", box)
    place = driver.find_element(By.CSS_SELECTOR, ".blocking li p:nth-of-type(2)").text
    assert following.get_attribute("class").startswith("blk")
    first_line = int(following.find_element(By.CSS_SELECTOR, ".ln").get_attribute("textContent"))
    assert first_line >= 5, "after the headline and standfirst"
    assert driver.execute_script("return arguments[0].previousElementSibling.querySelector('.a-standfirst, .a-headline') !== null", box), \
        "at the top: straight after the headline and standfirst"
    assert "before paragraph 1" in place, place
    assert "---" not in driver.find_element(By.CSS_SELECTOR, ".article").text
    assert driver.find_elements(By.CSS_SELECTOR, ".blk.sensitive .passages li"), "sensitive passages are marked in the margin"
    passive = driver.find_element(By.ID, "show-passive")
    assert not passive.is_selected(), "suggestions start hidden where paragraphs carry many"


def test_article_structure_as_the_reader_sees_it(driver, reports):
    """One headline for a title repeated as the first heading; inline code as code; nested lists nested."""
    set_width(driver, 390)
    try:
        for name, code, nested in [("structure-md.html", "copydesk lint --fix story.md", "ul > li > ul > li > ol > li"),
                                   ("structure-html.html", "copydesk report", "ul > li > ol > li")]:
            driver.get(page_named(reports, name).as_uri())
            text = driver.execute_script("return document.querySelector('.article').innerText")
            headline = driver.execute_script("return document.querySelector('.a-headline').innerText")
            assert text.count(headline) == 1, (name, headline, text)
            assert "\u2026" not in text, (name, text)
            codes = driver.execute_script("return [...document.querySelectorAll('.article code.inline')].map(c => [c.textContent, getComputedStyle(c).fontFamily])")
            assert [c[0] for c in codes][:1] == [code], (name, codes)
            assert all("mono" in c[1] for c in codes), codes
            items = driver.execute_script(f"return [...document.querySelectorAll('.article {nested}')].map(li => li.innerText)")
            assert items, (name, nested)
            # Nesting is visible: a nested item starts further right than its parent.
            left = driver.execute_script(f"""
                const inner = document.querySelector('.article {nested}');
                const outer = document.querySelector('.article ul > li');
                return [outer.getBoundingClientRect().left, inner.getBoundingClientRect().left]""")
            assert left[1] > left[0] + 20, (name, left)
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
