"""What every ``kg`` command shares: the ``--store`` option and how errors are told."""
from __future__ import annotations

from typing import Annotated

import typer

from ..errors import KgError
from ..store import DEFAULT_STORE

StoreOpt = Annotated[str, typer.Option("--store", "-s",
                                         help="The graph store folder, or a SPARQL server's URL.")]
DEFAULT = DEFAULT_STORE
WaitOpt = Annotated[bool, typer.Option(help="Wait for another build on the store to finish.")]


def err(msg: str) -> None:
    """One line on stderr."""
    typer.echo(msg, err=True)


def fail(exc: KgError) -> None:
    """Tell one of ctkg's own errors on stderr and exit with its code."""
    err(f"kg: {exc}")
    raise typer.Exit(exc.exit_code)
