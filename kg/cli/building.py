"""Commands that put articles into a graph: ``build``, and a cluster build's ``extract`` and ``load``."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .. import api
from ..errors import KgError
from .common import DEFAULT, StoreOpt, WaitOpt, err, fail


def build(paths: Annotated[list[Path], typer.Argument(help="Article files or folders (.txt, .html, .jsonl).")],
          store: StoreOpt = DEFAULT,
          wait: WaitOpt = False,
          keep_missing: Annotated[bool, typer.Option(
              "--keep-missing", help="Keep the articles of files gone from a folder built again.")] = False,
          follow_links: Annotated[bool, typer.Option(
              "--follow-links", help="Follow links that point outside the folders given.")] = False,
          quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print no summary and no progress bar.")] = False):
    """Read, extract and add articles to the store (re-running changes nothing)."""
    from ..progress import Progress

    progress = Progress(enabled=not quiet)
    try:
        report = api.build(paths, store, wait=wait, on_error=lambda e: progress.note(f"kg: skipped {e}"),
                           progress=progress, keep_missing=keep_missing, follow_links=follow_links)
    except KgError as exc:
        progress.done()
        fail(exc)
    progress.done()
    if report.interrupted:
        err(f"kg: interrupted: {report.articles} articles kept in {store}; run the same command again to finish")
        raise typer.Exit(130)
    if not quiet:
        typer.echo(report.line(store))


def extract(paths: Annotated[list[Path], typer.Argument(help="Article files or folders.")],
            output: Annotated[str, typer.Option("--output", "-o", help="N-Quads shard to write ('-': standard output).")] = "shard.nq",
            quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print no summary.")] = False):
    """Extract articles to an N-Quads shard without a store (the map step of a cluster build)."""
    try:
        report = api.extract_shard(paths, output, on_error=lambda e: err(f"kg: skipped {e}"))
    except KgError as exc:
        fail(exc)
    if report.articles == 0:
        err("kg: no article could be read")
        raise typer.Exit(1)
    if not quiet:
        typer.echo(f"{report.articles} articles -> {output} in {report.seconds:.1f} s")


def load(shards: Annotated[list[Path], typer.Argument(help="N-Quads shards from `kg extract`.")],
         store: StoreOpt = DEFAULT,
         wait: WaitOpt = False):
    """Load shards into a store or SPARQL server, then resolve nodes across all articles."""
    try:
        report = api.load_shards(shards, store, wait=wait)
    except KgError as exc:
        fail(exc)
    for e in report.errors:
        err(f"kg: skipped {e}")
    typer.echo(f"{report.articles} article graphs loaded in {report.seconds:.1f} s -> {store}")
    raise typer.Exit(0 if report.articles else 1)
