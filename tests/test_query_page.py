"""The query page of `kg serve` in a real browser (Debian's chromium via Playwright): only the
endpoint itself may be reached; a named query runs into a table, and both downloads work."""
from __future__ import annotations

import json
import threading

import pytest

from kg.serve import make_server

from .test_browser import ARGS, CHROMIUM


@pytest.fixture(scope="module")
def page(example_store):
    from playwright.sync_api import sync_playwright

    server = make_server(example_store, "127.0.0.1", 0, timeout=60, max_rows=3)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    outside = []

    def route(r):
        if r.request.url.startswith(base + "/") or r.request.url.startswith(("data:", "blob:")):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        context = browser.new_context(accept_downloads=True)
        context.route("**/*", route)
        pg = context.new_page()
        errors = []
        pg.on("pageerror", lambda exc: errors.append(str(exc)))
        pg.goto(base + "/")
        pg.wait_for_function("window.ctkgQuery && window.ctkgQuery.ready")
        yield pg, outside, errors
        browser.close()
    server.shutdown()
    server.server_close()


def test_page_runs_a_named_query_into_a_table(page):
    pg, outside, errors = page
    names = pg.evaluate("Array.from(document.querySelectorAll('#named option')).map(o => o.value)")
    assert "pledges" in names and "chairs" in names
    pg.select_option("#named", "chairs")
    assert "chair" in pg.input_value("#editor").lower()
    pg.click("#run")
    pg.wait_for_selector("#results table tbody tr")
    assert pg.locator("#results table tbody tr").count() == 3
    assert "cut" in pg.inner_text("#status")  # max_rows=3: the page says the answer was cut
    assert outside == [] and errors == []


def test_page_shows_a_refusal(page):
    pg, _, _ = page
    pg.fill("#editor", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    pg.click("#run")
    pg.wait_for_selector("#status.error")
    assert "SERVICE is refused" in pg.inner_text("#status")


def test_page_downloads_csv_and_json(page, tmp_path):
    pg, outside, _ = page
    pg.fill("#editor", "SELECT ?n WHERE { VALUES ?n { 1 2 } }")
    pg.click("#run")
    pg.wait_for_selector("#results table tbody tr")
    with pg.expect_download() as dl:
        pg.click("#csv")
    csv_path = tmp_path / "r.csv"
    dl.value.save_as(csv_path)
    assert csv_path.read_bytes() == b"n\r\n1\r\n2\r\n"
    with pg.expect_download() as dl:
        pg.click("#json")
    json_path = tmp_path / "r.json"
    dl.value.save_as(json_path)
    assert [b["n"]["value"] for b in json.loads(json_path.read_text())["results"]["bindings"]] == ["1", "2"]
    assert outside == []
