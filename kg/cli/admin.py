"""Commands that look after a store: ``validate`` it, count it (``stats``), ``migrate`` it."""
from __future__ import annotations

import typer

from .. import api
from ..errors import KgError
from .common import DEFAULT, StoreOpt, WaitOpt, fail


def validate(store: StoreOpt = DEFAULT):
    """Check the store against the SHACL shapes (exit 1 on violations)."""
    try:
        conforms, text = api.validate(store)
    except KgError as exc:
        fail(exc)
    typer.echo(text)
    raise typer.Exit(0 if conforms else 1)


def stats(store: StoreOpt = DEFAULT):
    """Counts by class, articles and the last build."""
    from ..stats import format_stats

    try:
        s = api.stats(store)
    except KgError as exc:
        fail(exc)
    typer.echo(format_stats(s))


def migrate(store: StoreOpt = DEFAULT,
            wait: WaitOpt = False):
    """Bring a store made by an older ctkg to this one's layout, in place."""
    try:
        old = api.migrate(store, wait=wait)
    except KgError as exc:
        fail(exc)
    typer.echo(f"{store}: migrated from format {old}" if old else f"{store}: already in this ctkg's format")
