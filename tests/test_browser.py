"""The HTML view in a real browser (Debian's chromium, driven by Playwright), network blocked.

Skipped where chromium is not installed, unless CTKG_REQUIRE_BROWSER is set
(.ci/run sets it after installing chromium, so CI never skips these).
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from .conftest import DATA, run_kg

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None and not os.environ.get("CTKG_REQUIRE_BROWSER"):
    pytest.skip("chromium is not installed (CI installs it)", allow_module_level=True)

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]


class Page:
    """An opened graph page with everything the browser reported."""

    def __init__(self, page, blocked, failed, errors):
        self.page, self.blocked, self.failed, self.errors = page, blocked, failed, errors


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert CHROMIUM, "chromium is required (CTKG_REQUIRE_BROWSER is set)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


def open_page(browser, html: Path) -> Page:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    blocked, failed, errors = [], [], []

    def route(r):
        if r.request.url.startswith(("file:", "data:", "blob:")):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("requestfailed", lambda req: failed.append(req.url))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(html.as_uri())
    page.wait_for_function("window.ctkg && window.ctkg.network")
    return Page(page, blocked, failed, errors)


@pytest.fixture(scope="module")
def example_page(browser, example_store, tmp_path_factory):
    html = tmp_path_factory.mktemp("viz") / "graph.html"
    proc = run_kg("viz", "--store", example_store, "-o", html, check=True)
    counts = [int(w) for w in proc.stderr.split() if w.isdigit()]
    page = open_page(browser, html)
    yield page, counts
    page.page.context.close()


def test_page_loads_offline_without_errors(example_page):
    page, _ = example_page
    assert page.blocked == [] and page.failed == [] and page.errors == []


def test_network_holds_every_node_and_edge(example_page):
    page, (nodes, edges) = example_page
    got = page.page.evaluate("[window.ctkg.nodes.length, window.ctkg.edges.length]")
    assert got == [nodes, edges] and nodes > 50


def test_search_finds_a_node(example_page):
    page, _ = example_page
    page.page.fill("#search", "الكويت")
    page.page.click("#search-form button")
    assert "match" in page.page.inner_text("#status")
    assert page.page.evaluate("window.ctkg.network.getSelectedNodes().length") >= 1
    assert "الكويت" in page.page.inner_text("#panel h2")


def test_click_shows_the_evidence(example_page, tmp_path):
    page, _ = example_page
    node = page.page.evaluate("""() => window.ctkg.data.nodes.find(
        n => n.cls === 'Person' && (window.ctkg.data.facts[n.id] || []).length).id""")
    page.page.evaluate(f"window.ctkg.network.focus({json.dumps(node)}, {{scale: 1.5}})")
    pos = page.page.evaluate(f"""() => {{ const p = window.ctkg.network.getPositions([{json.dumps(node)}]);
        return window.ctkg.network.canvasToDOM(p[{json.dumps(node)}]); }}""")
    box = page.page.locator("#net").bounding_box()
    page.page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    page.page.wait_for_selector("#panel .fact")
    assert ".txt @" in page.page.inner_text("#panel")
    assert page.page.locator("#panel .fact .ev").count() >= 1
    page.page.screenshot(path=str(Path(os.environ.get("CTKG_SCREENSHOT_DIR", tmp_path)) / "graph.png"))


def test_language_switch_shows_english(example_page):
    page, _ = example_page
    page.page.check("#lang-en")
    labels = page.page.evaluate("window.ctkg.nodes.get().map(n => n.label)")
    assert "Kuwait" in labels
    page.page.uncheck("#lang-en")


def test_class_filter_hides_nodes(example_page):
    page, _ = example_page
    page.page.uncheck("input[data-cls=Country]")
    hidden = page.page.evaluate("window.ctkg.nodes.get().filter(n => n.cls === 'Country' && n.hidden).length")
    assert hidden > 0
    page.page.check("input[data-cls=Country]")


def test_article_text_never_runs_as_script(browser, tmp_path):
    store = tmp_path / "s"
    run_kg("build", DATA / "xss", "--store", store, check=True)
    html = tmp_path / "x.html"
    run_kg("viz", "--store", store, "-o", html, check=True)
    page = open_page(browser, html)
    p = page.page
    for node in p.evaluate("Object.keys(window.ctkg.data.facts)"):
        p.evaluate(f"window.ctkg.show({json.dumps(node)})")
        for link in p.locator("#panel a").all():
            link.click()
    assert p.evaluate("typeof window.__xss") == "undefined"
    assert p.locator("#panel script, #panel img, #panel a").count() == 0
    texts = p.evaluate("""() => Object.values(window.ctkg.data.facts).flat().map(f => f.sentence).join(' ')""")
    assert "<script>" in texts and "onerror" in texts
    assert page.blocked == [] and page.errors == []
    p.context.close()


def test_a_country_lists_its_meetings_with_the_span_marked(example_page):
    page, _ = example_page
    node = page.page.evaluate("window.ctkg.data.nodes.find(n => n.cls === 'Country' && n.en === 'Kuwait').id")
    page.page.evaluate(f"window.ctkg.show({json.dumps(node)})")
    text = page.page.inner_text("#panel")
    assert "chairs" in text or "يرأس" in text
    assert page.page.locator("#panel .fact mark").count() >= 1
    sentences = page.page.evaluate("Array.from(document.querySelectorAll('#panel .fact .ev')).map(e => e.textContent)")
    assert len(sentences) == len(set(sentences))


def test_english_mode_labels_every_node_in_english(example_page):
    page, _ = example_page
    page.page.check("#lang-en")
    labels = page.page.evaluate("window.ctkg.nodes.get().map(n => n.label)")
    assert labels and all(any("a" <= c.lower() <= "z" or c.isdigit() for c in lab) for lab in labels)
    assert page.page.inner_text(".legend-name[data-cls=Meeting]") == "Meeting"
    people = page.page.evaluate("window.ctkg.nodes.get().filter(n => n.cls === 'Person').map(n => n.label)")
    assert sum(p.startswith("Minister ") for p in people) >= 3  # the office, in English, from titles.yaml
    meetings = page.page.evaluate("window.ctkg.nodes.get().filter(n => n.cls === 'Meeting').map(n => n.label)")
    assert any(" in Kuwait" in m for m in meetings)
    page.page.uncheck("#lang-en")


def test_timeline_places_every_dated_meeting_and_selects_it_in_the_graph(example_page):
    page, _ = example_page
    p = page.page
    dated = p.evaluate("window.ctkg.data.nodes.filter(n => n.cls === 'Meeting' && n.date).length")
    assert dated > 5 and p.locator("#timeline .tl-meeting").count() == dated
    assert p.locator("#timeline .tl-meeting[stroke='#111']").count() >= 1  # chaired meetings ringed
    dot = p.locator("#timeline .tl-meeting").nth(3)
    node = dot.get_attribute("data-id")
    dot.click()
    assert p.evaluate("window.ctkg.network.getSelectedNodes()") == [node]
    assert p.locator("#panel .fact").count() >= 1
    assert p.locator("#legend i.shape-star").count() == 1 and p.locator("#legend i.shape-diamond").count() == 1
