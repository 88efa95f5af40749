"""Finding the article files under the paths a user gives, and splitting each into parts.

A folder is walked without leaving it: a link inside it that points outside
the folder is skipped with a reason (``--follow-links`` follows it), and so is
anything that is not a regular file (a FIFO would block the build forever on
its first read). A ``.jsonl`` file is cut into parts of a few hundred lines, so a
200,000-line file streams through the workers instead of travelling as one unit.
"""
from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

SUFFIXES = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
JSONL_PART = 256  # lines of a .jsonl per unit of work
_KINDS = [(stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a folder")]


@dataclass(frozen=True)
class Part:
    """A unit of work: a whole file, or lines ``first_line``.. of a .jsonl from byte
    ``start`` to ``end``. ``last`` marks a file's last part."""

    path: str
    start: int = 0
    end: int | None = None
    first_line: int = 1
    last: bool = True
    lines: int = 0  # a .jsonl part: its lines that are not blank (the articles it may hold)


def not_regular(mode: int) -> str | None:
    """What a non-regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return next((what for test, what in _KINDS if test(mode)), "not a regular file")


def iter_files(paths: Iterable[str | os.PathLike], *, follow_links: bool = False) -> Iterator[Path | InputError]:
    """Every article file under each path, in a stable order; an InputError for each
    path or entry that is skipped, with the reason."""
    for raw in paths:
        p = Path(raw)
        try:
            st = p.stat()
        except OSError:
            yield InputError(str(p), "no such file or folder")
            continue
        if stat.S_ISDIR(st.st_mode):
            found = sorted(_articles_under(p, os.path.realpath(p), follow_links, set()),
                           key=lambda x: str(x.source if isinstance(x, InputError) else x))
            if not found:
                yield InputError(str(p), "no .txt, .html, .htm or .jsonl files in this folder")
            yield from found
        elif p.suffix.lower() not in SUFFIXES:
            yield InputError(str(p), f"unsupported file type {p.suffix or '(none)'!r}; "
                                     "expected .txt, .html, .htm or .jsonl")
        elif not_regular(st.st_mode):
            yield InputError(str(p), f"{not_regular(st.st_mode)}, not a regular file")
        else:
            yield p


def _inside(real: str, root: str) -> bool:
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def _articles_under(folder: Path, root: str, follow: bool, seen: set[str]) -> Iterator[Path | InputError]:
    """Article files under ``folder``, hidden files and folders left out. scandir knows a
    regular file without a stat call: listing 10,000 files costs what reading one does."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    seen.add(os.path.realpath(folder))
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            yield from _entry(entry, root, follow, seen)
        except OSError:
            continue


def _entry(entry: os.DirEntry, root: str, follow: bool, seen: set[str]) -> Iterator[Path | InputError]:
    article = os.path.splitext(entry.name)[1].lower() in SUFFIXES
    if entry.is_symlink():
        real = os.path.realpath(entry.path)
        if not os.path.exists(real):
            if article:
                yield InputError(entry.path, "a link to nothing (its target is missing)")
            return
        if os.path.isdir(real):
            if follow and real not in seen:  # a linked folder is walked once: links can loop
                yield from _articles_under(Path(entry.path), root, follow, seen)
            return
        if not article:
            return
        if not follow and not _inside(real, root):
            yield InputError(entry.path, f"a link to {real}, outside the input folder; "
                                         "--follow-links to read it")
            return
        mode = os.stat(real).st_mode
    elif entry.is_dir(follow_symlinks=False):
        yield from _articles_under(Path(entry.path), root, follow, seen)
        return
    elif not article:
        return
    else:
        mode = entry.stat(follow_symlinks=False).st_mode
    what = not_regular(mode)
    if what:
        yield InputError(entry.path, f"{what}, not a regular file")
    else:
        yield Path(entry.path)


def parts_of(path: Path, lines: int = JSONL_PART) -> Iterator[Part]:
    """The units of work of one file: the file, or runs of ``lines`` lines of a .jsonl
    (found by reading it once in blocks, never holding it whole)."""
    if path.suffix.lower() != ".jsonl":
        yield Part(str(path))
        return
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below; a FIFO was refused when listed
    except OSError:
        yield Part(str(path))  # the reader reports why
        return
    with fh:
        start, first, count, full, pos = 0, 1, 0, 0, 0
        for raw in fh:
            pos += len(raw)
            count += 1
            full += bool(raw.strip())
            if count == lines:
                yield Part(str(path), start, pos, first, last=False, lines=full)
                start, first, count, full = pos, first + lines, 0, 0
    yield Part(str(path), start, None, first, last=True, lines=full)
