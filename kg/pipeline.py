"""The build: files -> articles -> records -> named graphs in the store.

Each article goes through the stages in order (read, normalise + spot,
extract, RDF) in worker processes (:mod:`kg.workers`); the main process writes
each batch of article graphs to the store in one transaction, updates the
lexicon graph with the canonical nodes the batch uses, and finally resolves
nodes across articles (:mod:`kg.resolve`). One :class:`Build` owns all of it:
the manifest (:mod:`kg.manifest`), the batch being written and the report.

A file that is a byte-for-byte copy of another of the same build is not extracted
again (:mod:`kg.copies`): it takes its original's graph, naming its own file too.

Which file produced which graph is kept beside the store (``files.json``): an
unchanged file is not extracted again, a changed file's old graph is dropped
(unless the same text still comes from another file), and a file gone from a
folder built again takes its graphs with it (``keep_missing`` to keep them).
Ctrl-C stops taking new files: what was extracted is written and resolved,
and the build ends with ``report.interrupted`` set; a re-run does the rest.
"""
from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import pyoxigraph as ox

from .batch import Described, SourceFiles, keys_by_graph, resolve_into, write_batch
from .copies import split_copies, with_copies
from .errors import DiskError, InputError, NoArticles
from .manifest import Manifest, canonical
from .output import disk_reason
from .progress import Silent
from .read import Article, iter_files, read_part
from .report import Built, BuildReport
from .store import Store
from .walk import Part, parts_of
from .workers import results as _results

BATCH = 200
BULK_FROM = 100  # a first build of this many files or more goes through the bulk loader


def process_file(part: Part | str) -> list[Built | InputError]:
    """Read, extract and build every article of one file or part of a file (runs in a
    worker). Only input errors become skipped articles: an exception from extraction
    is a bug in ctkg and goes up, naming the article, instead of hiding as a skip."""
    from .extract import extract
    from .lexicon import load
    from .rdf import article_graph
    from .resolve import locals_of

    part = Part(part) if isinstance(part, str) else part
    lex = load()
    out: list[Built | InputError] = []
    for item in read_part(part):
        if isinstance(item, InputError):
            out.append(item)
            continue
        try:
            out.append(_build_one(item, lex, extract, article_graph, locals_of))
        except InputError as err:
            out.append(InputError(item.source_file, err.reason))
        except Exception as exc:
            exc.add_note(f"kg: a bug in ctkg while extracting {item.path or item.source_file} "
                         f"({item.source_file}); please report it")
            raise
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


class Build:
    """One build into one store: the manifest, the batch being written and the report."""

    def __init__(self, store: Store, *, on_error: Callable[[InputError], None] | None = None,
                 on_article: Callable[[Built], None] | None = None, progress=None,
                 workers: int | None = None, keep_missing: bool = False, follow_links: bool = False):
        self.store, self.workers = store, workers
        self.on_error, self.on_article, self.progress = on_error, on_article, progress or Silent()
        self.keep_missing, self.follow_links = keep_missing, follow_links
        self.report = BuildReport()
        self.manifest = Manifest(store.path)
        self.graphs = store.graph_names()
        self.files_of = SourceFiles(store, set(self.graphs))  # graph -> its source files (base names)
        self.keys_of = keys_by_graph(self.manifest)  # graph -> source keys
        self.described = Described(store, empty=not self.graphs)
        self.changed: dict[str, dict | None] = {}  # graphs written (-> their local nodes) or dropped (-> None)
        self.batch: list[Built] = []
        self.pending: dict[str, list[str]] = {}  # file -> its graphs so far, until its last part is in
        self.finished: dict[str, list[str]] = {}  # files whose every part is in the batch
        self.stopping = False
        self.extracted = False  # every file taken: a Ctrl-C no longer stops anything

    def error(self, e: InputError) -> None:
        self.report.fail(e, self.on_error)

    def run(self, paths: Iterable[str]) -> BuildReport:
        """Read, extract and store every article under ``paths``."""
        from .resolve import save_cache, take_cache

        started = time.perf_counter()
        todo = self._plan([str(p) for p in paths])
        parts = [part for path in todo for part in parts_of(path)]
        self.progress.start(sum(_articles_in(p) for p in parts))
        bulk = not self.graphs and len(todo) >= BULK_FROM
        cache = take_cache(self.store) if todo or self.changed else None  # off disk until the build is whole
        with _stop_on_sigint(self):
            try:
                if bulk:
                    self.store.begin_bulk()
                self._extract(parts)
                self.extracted = True
                if self.changed:
                    cache = resolve_into(self.store, self.report, cache, set(self.changed), self.graphs,
                                     {g: locs for g, locs in self.changed.items() if locs is not None})
                if bulk:
                    # the store was empty, so a cache written before its load describes no
                    # graph it holds should the load be killed; every article's nodes are
                    # then let go before the bulk loader takes its memory
                    save_cache(self.store, cache)
                    cache = None
                    self.changed.clear()
                    self.store.commit_bulk()
                self.store.flush()
                save_cache(self.store, cache)
                self.manifest.save()
            except OSError as exc:
                self.store.abandon_bulk()
                raise DiskError(f"{self.store.path}: cannot write the store: {disk_reason(exc)}") from None
            except BaseException:
                self.store.abandon_bulk()
                raise
        self.report.seconds = time.perf_counter() - started
        self._finish()
        return self.report

    def _finish(self) -> None:
        from .stats import store_counts

        if self.report.articles or self.report.unchanged or self.report.removed:
            self.report.store = store_counts(self.store)
            self.store.record_build(self.report.summary())

    def _plan(self, paths: list[str]) -> list[Path]:
        """The files to extract; unchanged ones counted, and (unless told to keep them)
        the articles of files gone from the folders given dropped from the store."""
        todo: list[Path] = []
        present: set[str] = set()
        for item in iter_files(paths, follow_links=self.follow_links):
            if isinstance(item, InputError):
                self.error(item)
                continue
            try:
                present.add(canonical(item)[0])
            except OSError:
                pass
            if self.manifest.unchanged(item, self.graphs):
                self.report.unchanged += 1
            else:
                todo.append(item)
        if not self.keep_missing:
            roots = [os.path.realpath(p) + os.sep for p in paths if os.path.isdir(p)]
            self._drop_missing(roots, present)
        return todo

    def _drop_missing(self, roots: list[str], present: set[str]) -> None:
        for key in [k for k in self.manifest.files if k not in present and k.startswith(tuple(roots))]:
            if os.path.lexists(key):
                continue  # still there, only not listed this time (skipped with a reason)
            name = os.path.basename(key)
            for g in self.manifest.files.pop(key).get("graphs", []):
                keys = self.keys_of.get(g, set())
                keys.discard(key)
                if not keys and g in self.graphs:
                    self.store.drop_articles([g])
                    self.graphs.discard(g)
                    self.changed[g] = None
                elif g in self.graphs:
                    others = {os.path.basename(k) for k in keys}
                    for f in self.files_of[g] - others:
                        if f == name or f.startswith(name + "#"):
                            self.store.remove_source_file(g, f, keep=others)
            self.report.removed += 1

    def _extract(self, parts: list[Part]) -> None:
        todo, copies = split_copies(parts)
        for part, found in with_copies(_results(todo, process_file, self.workers, stop=lambda: self.stopping),
                                       copies):
            graphs = self.pending.setdefault(part.path, [])
            for r in found:
                if isinstance(r, InputError):
                    self.error(r)
                    continue
                self.batch.append(r)
                graphs.append(r.graph)
                self.report.count(r)
                if self.on_article:
                    self.on_article(r)
            self.progress.tick(_articles_in(part))
            if part.last:
                self.finished[part.path] = self.pending.pop(part.path)
            if len(self.batch) >= BATCH:
                self._flush()
        self._flush()
        self.report.interrupted = self.stopping

    def _flush(self) -> None:
        """Write the batch, and record in the manifest the files it completes."""
        write_batch(self.store, self.batch, self.files_of, self.keys_of, self.graphs, self.described, self.report,
               self.changed)
        for path, gs in self.finished.items():
            if gs:
                self.manifest.record(Path(path), sorted(set(gs)))
            else:
                self.manifest.forget(Path(path))
        self.batch, self.finished = [], {}


def _articles_in(part: Part) -> int:
    return part.lines if part.lines else 1


class _stop_on_sigint:
    """While a build runs, the first Ctrl-C asks it to stop after the file at hand
    (keeping what it has); a second one interrupts at once."""

    def __init__(self, build: Build):
        self.build, self.previous = build, None

    def _handler(self, _signum, _frame):
        if self.build.extracted:
            self.build.progress.note("kg: every article is read; finishing the store "
                                     "(Ctrl-C again stops now; the same command then finishes it)")
        self.build.stopping = True
        signal.signal(signal.SIGINT, signal.default_int_handler)

    def __enter__(self):
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGINT, self._handler)
        return self

    def __exit__(self, *exc):
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)


def build_into(store: Store, paths: Iterable[str], *, on_error: Callable[[InputError], None] | None = None,
               on_article: Callable[[object], None] | None = None, workers: int | None = None,
               **options) -> BuildReport:
    """Read, extract and store every article under ``paths`` (see :class:`Build`)."""
    return Build(store, on_error=on_error, on_article=on_article, workers=workers, **options).run(paths)


def build_store(paths: Iterable[str | os.PathLike], store: str | os.PathLike, *, wait: bool = False,
                **options) -> BuildReport:
    """Open (or create) ``store`` and build ``paths`` into it. Raises NoArticles when not
    one article could be read; a store folder this build created is then removed, so a
    failed first build leaves nothing behind."""
    import shutil

    new = not Path(store).exists() and "://" not in str(store)
    try:
        with Store(store, wait=wait) as st:
            report = build_into(st, [str(p) for p in paths], **options)
        if report.articles == 0 and report.unchanged == 0 and not report.interrupted:
            err = NoArticles("no article could be read" + (
                f" ({len(report.errors)} file(s) rejected)" if report.errors else ""))
            err.report = report
            raise err
    except BaseException:
        if new:
            shutil.rmtree(store, ignore_errors=True)
        raise
    return report


