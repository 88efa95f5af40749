"""The ``kg`` command: parses arguments, calls :mod:`kg.api`, maps errors to exit codes.

No logic lives here. Results go to stdout, diagnostics to stderr; exit codes:
0 success, 1 bad input or failed validation, 2 usage, 3 query error, 4 store busy,
5 a file or the store cannot be written or read (disk full, read-only, damaged),
130 interrupted (Ctrl-C).

The commands are grouped by theme: :mod:`kg.cli.building` (build, extract, load),
:mod:`kg.cli.reading` (query, export, explain, rules), :mod:`kg.cli.viewing` (viz,
serve) and :mod:`kg.cli.admin` (validate, stats, migrate). The list below is the
order ``kg --help`` shows them in.
"""
from __future__ import annotations

import sys
from typing import Annotated

import typer

from . import admin, building, reading, viewing
from .common import err

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  pretty_exceptions_enable=False, context_settings={"help_option_names": ["-h", "--help"]},
                  help="ctkg: a knowledge graph of counter-terrorism coalition events from Arabic news.")

COMMANDS = (building.build, reading.query, reading.export, viewing.viz, admin.validate, admin.stats,
            reading.explain, reading.rules, building.extract, building.load, admin.migrate, viewing.serve)
for _command in COMMANDS:
    app.command()(_command)


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"ctkg {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Print the version and exit.")] = False):
    """ctkg: a knowledge graph of counter-terrorism coalition events from Arabic news."""


def _warning(message, *_args, **_kw) -> None:
    err(f"kg: warning: {message}")


def main() -> None:
    import warnings

    warnings.showwarning = _warning
    try:
        from ..help import command

        command(app)(prog_name="kg")
    except KeyboardInterrupt:
        err("kg: interrupted")
        sys.exit(130)
