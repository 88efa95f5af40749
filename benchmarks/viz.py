"""How long a large `kg viz` page takes to write and to become interactive.

    python benchmarks/viz.py [--nodes 5000] [--out DIR]

Generates articles (benchmarks/corpus.py) until the graph the page draws holds at
least ``--nodes`` nodes, writes the page with ``kg viz``, then opens it in headless
Chromium (Debian's ``chromium``, driven by Playwright) with the network blocked and
prints:

* nodes, edges and the size of the page;
* seconds ``kg viz`` takes (query, layout in Python, writing the page);
* time to interactive: from navigation until vis-network has drawn the first frame
  of the laid-out graph (physics is off, so this is when the page can be used);
* how long a search for a node and a click on a node take to answer.

Figures only: no assertion on time.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import corpus  # noqa: E402  (benchmarks/corpus.py)

KG = str(Path(sys.executable).parent / "kg")


def graph_size(store: Path) -> tuple[int, int]:
    from kg.render import load_graph
    from kg.store import Store

    with Store(store, read_only=True) as st:
        g = load_graph(st)
    return g.number_of_nodes(), g.number_of_edges()


def build_until(nodes: int, out: Path) -> tuple[Path, int, int, int]:
    """A store whose page has at least ``nodes`` nodes; returns (store, articles, nodes, edges)."""
    folder, store = out / "viz-corpus", out / "viz-store"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(store, ignore_errors=True)
    n, step = 0, 400
    while True:
        for name, text in corpus.generate(n + step):
            path = folder / name
            if not path.exists():
                folder.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
        n += step
        subprocess.run([KG, "build", str(folder), "--store", str(store), "--quiet"], check=True)
        v, e = graph_size(store)
        print(f"  {n} articles: {v} nodes, {e} edges", file=sys.stderr)
        if v >= nodes:
            return store, n, v, e


def measure(html: Path) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        raise SystemExit("chromium is not installed (Debian: apt-get install chromium)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=["--no-sandbox"])
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:"))
                      else r.abort())
        page = context.new_page()
        page.add_init_script("""
            window.__drawn = null;
            document.addEventListener('DOMContentLoaded', function () {
              var wait = setInterval(function () {
                if (window.ctkg && window.ctkg.network) {
                  clearInterval(wait);
                  window.ctkg.network.once('afterDrawing', function () { window.__drawn = performance.now(); });
                  window.ctkg.network.redraw();
                }
              }, 5);
            });""")
        page.goto(html.as_uri())
        page.wait_for_function("window.__drawn !== null", timeout=300_000)
        tti = page.evaluate("window.__drawn") / 1000
        node = page.evaluate("window.ctkg.nodes.getIds()[Math.floor(window.ctkg.nodes.length / 2)]")
        label = page.evaluate("(id) => window.ctkg.nodes.get(id).label", node)
        t = time.perf_counter()
        page.evaluate("(q) => window.ctkg.search(q)", label)
        search = time.perf_counter() - t
        t = time.perf_counter()
        page.evaluate("(id) => window.ctkg.show(id)", node)
        click = time.perf_counter() - t
        browser.close()
    return {"tti": tti, "search": search, "click": click}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--out", type=Path, default=Path("/tmp/ctkg-bench"))
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    store, articles, nodes, edges = build_until(args.nodes, args.out)
    html = args.out / "viz.html"
    t = time.perf_counter()
    subprocess.run([KG, "viz", "--store", str(store), "-o", str(html), "--max-nodes", str(nodes + 1)],
                   check=True, capture_output=True)
    write = time.perf_counter() - t
    m = measure(html)
    print(f"| articles | {articles:,} |\n| nodes, edges | {nodes:,}, {edges:,} |\n"
          f"| page size | {html.stat().st_size / 1e6:.1f} MB |\n"
          f"| `kg viz` (query, layout, write) | {write:.1f} s |\n"
          f"| time to interactive (navigation to first drawn frame, headless Chromium) | {m['tti']:.1f} s |\n"
          f"| search for a node | {m['search'] * 1000:.0f} ms |\n"
          f"| click a node: facts and evidence shown | {m['click'] * 1000:.0f} ms |")


if __name__ == "__main__":
    main()
