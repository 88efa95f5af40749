"""Verbatim copies: a file whose bytes another file of the same build already has is not
extracted again.

Analysts' corpora hold the same story many times over: an aggregator republishes a wire
report word for word, a page is saved twice under two names. Such a copy yields the very
article its original does (same text, same id, same graph), except for the file it comes
from, so the build takes the original's result and names the copy's file in it. A copy is
found by the hash of its bytes, among whole files of the same kind (.txt, .html); the
lines of a .jsonl are extracted as they come (a changed line would make its whole file a
different one).
"""
from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from .errors import InputError
from .iris import source_file_quad
from .report import Built
from .walk import SUFFIXES, Part


def split_copies(parts: list[Part]) -> tuple[list[Part], dict[str, list[Part]]]:
    """(the parts to extract, original's path -> the parts that are byte-for-byte copies
    of it). A file that cannot be read here is left to the worker, which says why."""
    seen: dict[tuple[str, bytes], str] = {}
    todo: list[Part] = []
    copies: dict[str, list[Part]] = {}
    for part in parts:
        kind = SUFFIXES.get(Path(part.path).suffix.lower())
        if kind not in ("text", "html") or part.end is not None or part.start:
            todo.append(part)
            continue
        try:
            digest = hashlib.sha256(Path(part.path).read_bytes()).digest()
        except OSError:
            todo.append(part)
            continue
        original = seen.setdefault((kind, digest), part.path)
        if original == part.path:
            todo.append(part)
        else:
            copies.setdefault(original, []).append(part)
    return todo, copies


def with_copies(results: Iterable[tuple[Part, list]], copies: dict[str, list[Part]]) -> Iterator[tuple[Part, list]]:
    """The workers' (part, results), each original followed by its copies' results."""
    for part, found in results:
        yield part, found
        for copy in copies.get(part.path, ()):
            yield copy, [_as_copy(r, part.path, copy.path) for r in found]


def _as_copy(result: Built | InputError, original: str, copy: str) -> Built | InputError:
    if isinstance(result, InputError):
        source = copy if result.source == original else os.path.basename(copy)
        return InputError(source, result.reason)
    name = os.path.basename(copy)
    return dataclasses.replace(result, source_file=name, source_key=str(Path(copy).resolve()),
                               nquads=result.nquads.replace(_source_line(result.graph, result.source_file),
                                                            _source_line(result.graph, name)))


def _source_line(graph: str, name: str) -> bytes:
    return ox.serialize([source_file_quad(graph, name)], format=ox.RdfFormat.N_QUADS)
