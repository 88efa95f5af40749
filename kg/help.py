"""Help text that names values (DIR, N, SECONDS), not Python types (``<str>``, ``<int>``).

typer labels every value with its annotation's type name; ``kg`` gives each one a
metavar from this table instead, for every command at once.
"""
from __future__ import annotations

import typer

_METAVARS = {"store": "DIR", "output": "FILE", "format": "FORMAT", "paths": "PATH", "shards": "SHARD",
             "query": "QUERY", "name": "NAME", "host": "ADDRESS", "port": "PORT", "timeout": "SECONDS",
             "limit": "N", "max_rows": "N", "max_nodes": "N", "depth": "N", "date_from": "YYYY-MM-DD",
             "date_to": "YYYY-MM-DD", "types": "CLASSES", "around": "NODE", "allow_host": "NAME",
             "cors": "ORIGIN"}


def command(app: typer.Typer):
    """The click command behind ``kg``, with help that names values (DIR, N, SECONDS),
    not Python types (<str>, <int>)."""
    cmd = typer.main.get_command(app)
    for sub in getattr(cmd, "commands", {}).values():
        for param in sub.params:
            if getattr(param, "is_flag", False) or param.name == "help":
                continue
            param.metavar = _METAVARS.get(param.name, param.name.upper())
            if param.param_type_name == "argument":
                param.display_type_rich = lambda ctx=None: None  # the metavar says it
    return cmd
