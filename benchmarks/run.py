"""Build, incremental, query and export figures for generated corpora of growing size.

    python benchmarks/run.py 1000 10000 100000 [--rdflib-up-to 10000] [--out DIR]

For each N it generates N articles (benchmarks/corpus.py, deterministic), then:

* build: ``kg build`` in a fresh process: articles/s and peak RSS of the build process;
* store size on disk;
* incremental: one file changed, ``kg build`` again: seconds;
* queries: every query in queries/ in process on the store (median of 3; once above
  10,000 articles), and the same query on rdflib's in-memory graph of the same
  triples, side by side (for stores of up to ``--rdflib-up-to`` articles: rdflib
  takes minutes beyond);
* a fresh ``kg query pledges`` process, start-up and imports included;
* export: Turtle of the whole store.

Prints a Markdown table per N. No timed assertions: figures only.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import corpus  # noqa: E402  (benchmarks/corpus.py)

KG = [str(Path(sys.executable).parent / "kg")]


# Runs the measured command and reports its time and peak RSS. A child's peak RSS counts
# the memory of the process that started it, up to the exec (Linux records the old mm's
# high-water mark then): started from this benchmark, which holds rdflib graphs, a build
# "peaked" at 842 MB that peaked at 430 MB. So a small launcher starts it.
_LAUNCHER = """
import os, sys, time
report, args = sys.argv[1], sys.argv[2:]
start = time.perf_counter()
pid = os.posix_spawn(args[0], args, os.environ)
_, status, usage = os.wait4(pid, 0)
with open(report, "w") as fh:
    fh.write(f"{time.perf_counter() - start} {usage.ru_maxrss} {os.waitstatus_to_exitcode(status)}")
"""


def run_timed(args: list[str]) -> tuple[float, int, str]:
    """(seconds, peak RSS of that child in MB, stdout) of a child process."""
    import tempfile

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r", suffix=".txt") as report:
        subprocess.run([sys.executable, "-c", _LAUNCHER, report.name, *args], stdout=out, stderr=err, check=True)
        seconds, rss_kb, code = report.read().split()
        out.seek(0)
        err.seek(0)
        if int(code) != 0:
            raise SystemExit(f"{' '.join(args)} failed: {err.read().decode()}")
        return float(seconds), int(rss_kb) // 1024, out.read().decode()


def capped(work, cap: float) -> tuple[float, int | str | None]:
    """(seconds, what ``work()`` returned) of ``work`` run in a forked child that is
    stopped after ``cap`` seconds (then None is returned): some queries run for hours.
    Where ``work`` raises, its error message is returned."""
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)

    def child():
        t = time.perf_counter()
        try:
            n = work()
        except Exception as exc:  # noqa: BLE001 - rdflib fails on some valid queries
            n = f"{type(exc).__name__}: {exc}"
        send.send((time.perf_counter() - t, n))

    proc = ctx.Process(target=child)
    proc.start()
    if recv.poll(cap):
        result = recv.recv()
        proc.join()
        return result
    proc.kill()
    proc.join()
    return cap, None


def rdflib_time(graph, text: str, cap: float) -> tuple[float, int | str | None]:
    """Seconds rdflib takes for a query and its row count (None: stopped after ``cap``)."""
    return capped(lambda: len(list(graph.query(text))), cap)


def du(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def bench(n: int, out: Path, rdflib_up_to: int, cap: float = 120.0) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    folder = out / f"corpus-{n}"
    store = out / f"store-{n}"
    shutil.rmtree(store, ignore_errors=True)
    if not folder.exists():
        t = time.perf_counter()
        corpus.write(folder, n)
        rows.append(("generate corpus", f"{time.perf_counter() - t:.1f} s"))
    seconds, rss, _ = run_timed([*KG, "build", str(folder), "--store", str(store), "--quiet"])
    rows.append(("build (read, extract, store, resolve)", f"{seconds:.1f} s = {n / seconds:.0f} articles/s"))
    rows.append(("peak RSS of the build process", f"{rss} MB"))
    rows.append(("store size", f"{du(store):.0f} MB"))

    changed = sorted(folder.glob("*.txt"))[n // 2]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    seconds, _, _ = run_timed([*KG, "build", str(folder), "--store", str(store), "--quiet"])
    rows.append(("incremental build, 1 file changed", f"{seconds:.2f} s"))

    from kg.query import named_queries
    from kg.store import Store

    st = Store(store, read_only=True)
    triples = sum(1 for _ in st.query("SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"))
    rows.append(("triples (union of graphs)", f"{triples:,}"))
    rdf_graph = None
    if n <= rdflib_up_to:
        import pyoxigraph as ox
        from rdflib import Dataset

        t = time.perf_counter()
        nq = st.ox.dump(format=ox.RdfFormat.N_QUADS)
        rdf_graph = Dataset(default_union=True)
        rdf_graph.parse(data=nq.decode("utf-8"), format="nquads")
        rows.append(("rdflib: load the same quads in memory (Dataset, union default graph)",
                     f"{time.perf_counter() - t:.1f} s"))
    for name, (path, _) in named_queries().items():
        text = path.read_text(encoding="utf-8")
        times = []
        for _ in range(3 if n <= 10_000 else 1):  # at 100k a query is timed once: some take minutes
            t = time.perf_counter()
            res = st.query(text)
            count = sum(1 for _ in res) if not isinstance(res, bool) else 1
            times.append(time.perf_counter() - t)
        ours = statistics.median(times)
        cell = f"{ours * 1000:.0f} ms ({count} rows)"
        if rdf_graph is not None:
            theirs, theirs_count = rdflib_time(rdf_graph, text, cap)
            if theirs_count is None:
                cell += f"; rdflib stopped after {cap:.0f} s: more than {theirs / max(ours, 1e-6):.0f}x"
            elif isinstance(theirs_count, str):
                cell += f"; rdflib fails after {theirs * 1000:.0f} ms ({theirs_count[:60]})"
            else:
                cell += (f"; rdflib {theirs * 1000:.0f} ms ({theirs_count} rows): "
                         f"{theirs / max(ours, 1e-6):.0f}x")
        rows.append((f"query {name}", cell))
    st.close()
    seconds, _, _ = run_timed([*KG, "query", "pledges", "--store", str(store), "--limit", "5"])
    rows.append(("fresh `kg query pledges` process", f"{seconds:.2f} s"))
    ttl = out / f"graph-{n}.ttl"
    seconds, _, _ = run_timed([*KG, "export", "--store", str(store), "--format", "turtle", "-o", str(ttl)])
    rows.append(("export Turtle", f"{seconds:.1f} s ({ttl.stat().st_size / 1e6:.0f} MB)"))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    ap.add_argument("--rdflib-up-to", type=int, default=5000)
    ap.add_argument("--rdflib-cap", type=float, default=120.0, help="stop an rdflib query after this many s")
    ap.add_argument("--out", type=Path, default=Path("/tmp/ctkg-bench"))
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}")
    for n in args.sizes:
        rows = bench(n, args.out, args.rdflib_up_to, args.rdflib_cap)
        print(f"\n### N = {n:,}\n\n| measure | figure |\n| --- | --- |")
        for k, v in rows:
            print(f"| {k} | {v} |")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
