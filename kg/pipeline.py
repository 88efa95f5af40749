"""The build: files -> articles -> records -> named graphs in the store.

Each article goes through the stages in order (read, normalise + spot,
extract, RDF) in worker processes; the main process writes each batch of
article graphs to the store in one transaction, updates the lexicon graph
with the canonical nodes the batch uses, and finally resolves nodes across
articles (:mod:`kg.resolve`).

Which file produced which graph is kept beside the store (``files.json``):
an unchanged file (same size and modification time, or same size and
content hash when only the time moved; its graph present) is not extracted
again, and a changed file's old graph is dropped, unless the same text still
comes from another file.
"""
from __future__ import annotations

import hashlib
import json
import os
import stat
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from .errors import InputError
from .memory import gc_paused
from .read import Article, iter_files, read_file
from .store import Store

BATCH = 200
BULK_FROM = 100  # a first build of this many files or more goes through the bulk loader


@dataclass
class BuildReport:
    articles: int = 0
    unchanged: int = 0  # files skipped because they did not change since the last build
    meetings: int = 0
    chairs: int = 0
    officials: int = 0
    pledges: int = 0
    replaced: int = 0  # older versions of changed files dropped
    errors: list[InputError] = field(default_factory=list)
    seconds: float = 0.0
    resolution: object = None  # kg.resolve.ResolveReport

    def fail(self, error: InputError, on_error: Callable[[InputError], None] | None) -> None:
        """Keep an input error, and tell the caller at once (the CLI prints it)."""
        self.errors.append(error)
        if on_error:
            on_error(error)

    def count(self, built: Built) -> None:
        """Add one extracted article to the totals."""
        m, c, o, p = built.counts
        self.articles += 1
        self.meetings, self.chairs = self.meetings + m, self.chairs + c
        self.officials, self.pledges = self.officials + o, self.pledges + p

    def summary(self) -> dict:
        return {"articles": self.articles, "unchanged": self.unchanged, "meetings": self.meetings,
                "chairs": self.chairs, "officials": self.officials, "pledges": self.pledges,
                "errors": len(self.errors), "seconds": round(self.seconds, 2)}


@dataclass
class Built:
    """One article, extracted and turned into N-Quads by a worker."""

    source_file: str
    source_key: str  # absolute path (#line for .jsonl)
    graph: str
    nquads: bytes
    entities: set
    counts: tuple[int, int, int, int]  # meetings, chairs, officials, pledges
    locals: dict = field(default_factory=dict)  # kind -> its local nodes (kg.resolve.locals_of)


def process_file(path: str) -> list[Built | InputError]:
    """Read, extract and build every article of one file (runs in a worker)."""
    from .extract import extract
    from .lexicon import load
    from .rdf import article_graph
    from .resolve import locals_of

    lex = load()
    out: list[Built | InputError] = []
    for item in read_file(Path(path)):
        if isinstance(item, InputError):
            out.append(item)
            continue
        try:
            out.append(_build_one(item, lex, extract, article_graph, locals_of))
        except Exception as exc:  # noqa: BLE001 - one article's bug must not sink the batch
            out.append(InputError(item.source_file, f"extraction failed: {type(exc).__name__}: {exc}"))
    return out


def _build_one(article: Article, lex, extract, article_graph, locals_of) -> Built:
    x = extract(article, lex)
    graph, quads, entities = article_graph(article, x, lex)
    counts = (len(x.meetings),
              sum(len({c.value for c in m.chairs if c.value.kind != "person"}) for m in x.meetings),
              len(x.people), len(x.pledges))
    key = _key(article)
    return Built(article.source_file, key, graph.value, ox.serialize(quads, format=ox.RdfFormat.N_QUADS),
                 entities, counts, locals_of(graph.value, (q for q in quads if q.graph_name == graph)))


def _key(article: Article) -> str:
    base = str(Path(article.path).resolve()) if article.path else article.source_file
    return base + (article.source_file[article.source_file.rfind("#"):] if "#" in article.source_file else "")


@lru_cache(maxsize=4096)
def _real_dir(folder: str) -> str:
    return os.path.realpath(folder)


def _canonical(path: Path) -> tuple[str, os.stat_result]:
    """The file's resolved path (the manifest's key) and its status, with one system call
    for a file that is not a link: resolving each of 10,000 paths component by component
    was a tenth of an incremental build."""
    st = os.lstat(path)
    if stat.S_ISLNK(st.st_mode):
        return str(path.resolve()), path.stat()
    return os.path.join(_real_dir(os.path.abspath(path.parent)), path.name), st


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class Manifest:
    """files.json beside the store: what each input file was when last built."""

    def __init__(self, store: Store):
        self.path = store.path / "files.json"
        try:
            with gc_paused():
                self.files: dict[str, dict] = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.files = {}

    def unchanged(self, path: Path, graphs: set[str]) -> bool:
        try:
            key, st = _canonical(path)
        except OSError:
            return False
        entry = self.files.get(key)
        if entry is None:
            return False
        if not entry.get("graphs") or not all(g in graphs for g in entry["graphs"]) or entry.get("size") != st.st_size:
            return False
        if entry.get("mtime") == st.st_mtime_ns:
            return True
        # touched but perhaps not changed (a checkout, a copy): the content decides
        if entry.get("sha256") and entry["sha256"] == _digest(path):
            entry["mtime"] = st.st_mtime_ns
            return True
        return False

    def record(self, path: Path, graphs: list[str]) -> None:
        try:
            key, st = _canonical(path)
            digest = _digest(path)
        except OSError:
            return
        self.files[key] = {"size": st.st_size, "mtime": st.st_mtime_ns, "sha256": digest, "graphs": graphs}

    def save(self) -> None:
        tmp = self.path.with_name("files.json.tmp")
        tmp.write_text(json.dumps(self.files, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.path)


def build_into(store: Store, paths: Iterable[str], *, on_error: Callable[[InputError], None] | None = None,
               on_article: Callable[[object], None] | None = None, workers: int | None = None) -> BuildReport:
    """Read, extract and store every article under ``paths``."""
    report = BuildReport()
    started = time.perf_counter()
    manifest = Manifest(store)
    graphs = store.graph_names()
    files_of = _SourceFiles(store, set(graphs))  # graph -> its source files (base names)
    keys_of = _keys_by_graph(manifest)  # graph -> source keys
    described = _Described(store, empty=not graphs)

    def error(e: InputError) -> None:
        report.fail(e, on_error)

    todo: list[Path] = []
    for item in iter_files(paths):
        if isinstance(item, InputError):
            error(item)
        elif manifest.unchanged(item, graphs):
            report.unchanged += 1
        else:
            todo.append(item)

    from .resolve import save_cache, take_cache

    bulk = not graphs and len(todo) >= BULK_FROM
    cache = take_cache(store) if todo else None  # off disk until the store holds this build whole
    changed: dict[str, dict | None] = {}  # article graphs written (-> their local nodes) or dropped (-> None)
    if bulk:
        store.begin_bulk()
    try:
        _build(store, todo, workers, manifest, files_of, keys_of, graphs, described, report, error, on_article,
               changed)
        if changed:
            cache = _resolve(store, report, cache, set(changed), graphs,
                             {g: locs for g, locs in changed.items() if locs is not None})
        if bulk:
            store.commit_bulk()
    except BaseException:
        store.abandon_bulk()
        raise
    store.flush()
    save_cache(store, cache)
    manifest.save()
    report.seconds = time.perf_counter() - started
    if report.articles or report.unchanged:
        store.record_build(report.summary())
    return report


def _build(store, todo, workers, manifest, files_of, keys_of, graphs, described, report, error, on_article,
           changed):
    batch: list[Built] = []
    per_file: dict[str, list[str]] = {}
    for path, results in _results(todo, workers):
        per_file[path] = []
        for r in results:
            if isinstance(r, InputError):
                error(r)
                continue
            batch.append(r)
            per_file[path].append(r.graph)
            report.count(r)
            if on_article:
                on_article(r)
        if len(batch) >= BATCH:
            _write(store, batch, files_of, keys_of, graphs, described, report, changed)
            _record(manifest, per_file)
            batch, per_file = [], {}
    _write(store, batch, files_of, keys_of, graphs, described, report, changed)
    _record(manifest, per_file)


def extract_to(paths: Iterable[str], output, *, on_error: Callable[[InputError], None] | None = None,
               workers: int | None = None) -> BuildReport:
    """The map step of a cluster build: the article graphs of ``paths`` as N-Quads in
    ``output``, with no store. ``kg load`` puts shards into a store or server and
    resolves nodes across all of them."""
    from .rdf import lexicon_graph

    report = BuildReport()
    started = time.perf_counter()
    todo = []
    for item in iter_files(paths):
        if isinstance(item, InputError):
            report.fail(item, on_error)
        else:
            todo.append(item)
    entities: set = set()
    out = Path(output)
    tmp = out.with_name(out.name + ".part")
    with tmp.open("wb") as fh:
        for _, results in _results(todo, workers):
            for r in results:
                if isinstance(r, InputError):
                    report.fail(r, on_error)
                    continue
                fh.write(r.nquads)
                entities |= r.entities
                report.count(r)
        fh.write(ox.serialize(lexicon_graph(entities), format=ox.RdfFormat.N_QUADS))
    os.replace(tmp, out)
    report.seconds = time.perf_counter() - started
    return report


def load_shards(store: Store, shards: Iterable[str]) -> BuildReport:
    """Load shards written by :func:`extract_to`: each article graph replaces the store's,
    then nodes are resolved across everything the store holds."""
    from .rdf import LEXICON_GRAPH
    from .resolve import save_cache, take_cache

    report = BuildReport()
    started = time.perf_counter()
    graphs = store.graph_names()
    cache = take_cache(store)
    changed: set[str] = set()
    bulk = not graphs and not store.remote
    if bulk:
        store.begin_bulk()
    try:
        for shard in shards:
            try:
                data = Path(shard).read_bytes()
                names = {q.graph_name.value for q in ox.parse(data, format=ox.RdfFormat.N_QUADS)}
            except (OSError, SyntaxError, ValueError) as exc:
                report.errors.append(InputError(str(shard), f"not an N-Quads shard: {exc}"))
                continue
            names.discard(LEXICON_GRAPH.value)
            for g in names & graphs:
                store.ox.remove_graph(ox.NamedNode(g))
            if store.staging:
                store.write_bulk(data)
            else:
                store.ox.load(input=data, format=ox.RdfFormat.N_QUADS)
            graphs |= names
            changed |= names
            report.articles += len(names)
        if report.articles:
            cache = _resolve(store, report, cache, changed, graphs)
        store.commit_bulk()
    except BaseException:
        store.abandon_bulk()
        raise
    store.flush()
    save_cache(store, cache)
    report.seconds = time.perf_counter() - started
    if report.articles:
        store.record_build(report.summary())
    return report


def _resolve(store: Store, report: BuildReport, cache: dict | None, changed: set[str], present: set[str],
             fresh: dict[str, dict] | None = None) -> dict | None:
    """Resolve across articles into ``report``; return the reading to save beside the store
    once the store holds the build (kept off the report: it is every article's nodes)."""
    from .resolve import resolve

    report.resolution = resolve(store, cache=cache, changed=changed, present=present, fresh=fresh)
    cache, report.resolution.cache = report.resolution.cache, None
    return cache


def _record(manifest: Manifest, per_file: dict[str, list[str]]) -> None:
    for path, gs in per_file.items():
        if gs:
            manifest.record(Path(path), sorted(set(gs)))
        else:
            manifest.files.pop(str(Path(path).resolve()), None)


class _SourceFiles(dict):
    """graph -> the source files (base names) it comes from, asked of the store for the
    graphs a build touches, not read whole at the start of every build."""

    def __init__(self, store: Store, stored: set[str]):
        super().__init__()
        self.store, self.stored = store, stored

    def __missing__(self, graph: str) -> set[str]:
        files = self[graph] = self.store.source_files(graph) if graph in self.stored else set()
        return files


class _Described:
    """The countries and bodies the lexicon graph already describes. A small batch writes
    the descriptions of all it names (adding a quad the store holds changes nothing);
    a large one reads the described set once and writes only what is missing."""

    SMALL = 64

    def __init__(self, store: Store, *, empty: bool):
        self.store = store
        self.known: set | None = set() if empty else None

    def missing(self, entities: set) -> set:
        if self.known is None:
            if len(entities) <= self.SMALL:
                return entities
            self.known = self.store.described_entities()
        return entities - self.known

    def add(self, new: set) -> None:
        if self.known is not None:
            self.known |= new


class _Keys(dict):
    """graph -> the source keys (files, or lines of a .jsonl) it comes from, and the
    reverse index: looking up what a file produced before must not scan every graph."""

    def __init__(self):
        super().__init__()
        self._graphs: dict[str, set[str]] = {}

    def add(self, graph: str, key: str) -> None:
        self.setdefault(graph, set()).add(key)
        self._graphs.setdefault(key, set()).add(graph)

    def graphs_of(self, key: str) -> set[str]:
        return {g for g in self._graphs.get(key, ()) if key in self.get(g, ())}


def _keys_by_graph(manifest: Manifest) -> _Keys:
    out = _Keys()
    for path, entry in manifest.files.items():
        for g in entry.get("graphs", []):
            out.add(g, path)
    return out


def _results(todo: list[Path], workers: int | None) -> Iterator[tuple[str, list]]:
    """(file, its results) in input order, from worker processes when it pays."""
    workers = workers if workers is not None else min(os.cpu_count() or 1, 4)
    if workers <= 1 or len(todo) < 40:
        for p in todo:
            yield str(p), process_file(str(p))
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context()
    with ctx.Pool(workers) as pool:
        for path, results in zip(map(str, todo), pool.imap(process_file, map(str, todo), chunksize=16)):
            yield path, results


def _write(store: Store, batch: list[Built], files_of, keys_of, graphs: set[str], described: _Described,
           report: BuildReport, changed: dict[str, dict | None]) -> None:
    """Write a batch of article graphs; drop the old graphs of files that changed."""
    if not batch:
        return
    from .rdf import lexicon_graph

    drop: set[str] = set()
    source_quads: list[ox.Quad] = []
    for b in batch:
        # the graphs this file produced before, if its text has changed since
        for g in list(keys_of.graphs_of(b.source_key)):
            keys = keys_of[g]
            if g != b.graph:
                keys.discard(b.source_key)
                files_of[g].discard(b.source_file)
                if not keys:
                    drop.add(g)
                    report.replaced += 1
                else:
                    store.remove_source_file(g, b.source_file, keep=files_of[g])
        keys_of.add(b.graph, b.source_key)
        files = files_of[b.graph]
        files.add(b.source_file)
        if b.graph in graphs:
            drop.add(b.graph)  # rebuilt: replaced whole, keeping every file it comes from
        for f in sorted(files - {b.source_file}):
            source_quads.append(store.source_file_quad(b.graph, f))
    drop -= {b.graph for b in batch} - graphs
    for g in drop:
        store.ox.remove_graph(ox.NamedNode(g))
        graphs.discard(g)
    for g in drop:
        changed[g] = None
    for b in batch:
        changed[b.graph] = b.locals
    # the batch, the other files its texts come from and the descriptions of the
    # countries and bodies it names go in as one load: one transaction, so a build
    # killed here leaves the store with all of it or none of it
    new = described.missing(set().union(*(b.entities for b in batch)))
    extra = source_quads + (lexicon_graph(new) if new else [])
    data = b"".join(b.nquads for b in batch)
    if extra:
        data += ox.serialize(extra, format=ox.RdfFormat.N_QUADS)
    if store.staging:
        store.write_bulk(data)
    else:
        store.ox.load(input=data, format=ox.RdfFormat.N_QUADS)
    graphs.update(b.graph for b in batch)
    described.add(new)
