"""files.json beside the store: what each input file was when last built.

An unchanged file (same size and modification time, or same size and content
hash when only the time moved; its graphs present) is not extracted again. The
file is a cache of what the store holds: a damaged one (not JSON, or not the
shape written here) is read as empty, which only costs a full re-extraction,
never a build that fails on every re-run.
"""
from __future__ import annotations

import hashlib
import json
import os
import stat
from functools import lru_cache
from pathlib import Path

from .memory import gc_paused
from .output import damaged_sidecar

FILE = "files.json"


@lru_cache(maxsize=4096)
def _real_dir(folder: str) -> str:
    return os.path.realpath(folder)


def canonical(path: Path) -> tuple[str, os.stat_result]:
    """The file's resolved path (the manifest's key) and its status, with one system call
    for a file that is not a link: resolving each of 10,000 paths component by component
    was a tenth of an incremental build."""
    st = os.lstat(path)
    if stat.S_ISLNK(st.st_mode):
        return str(path.resolve()), path.stat()
    return os.path.join(_real_dir(os.path.abspath(path.parent)), path.name), st


def digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _valid(path: Path, files) -> dict[str, dict]:
    """The entries of a files.json that have the shape written here (else none)."""
    ok = isinstance(files, dict) and all(
        isinstance(v, dict) and isinstance(v.get("graphs"), list) and all(isinstance(g, str) for g in v["graphs"])
        for v in files.values())
    return files if ok else damaged_sidecar(path, "not the JSON object ctkg writes")


class Manifest:
    """files.json beside the store: what each input file was when last built."""

    def __init__(self, folder: Path):
        self.path = folder / FILE
        self.files: dict[str, dict] = {}
        try:
            with gc_paused():
                self.files = _valid(self.path, json.loads(self.path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            pass
        except (OSError, ValueError, RecursionError) as exc:
            self.files = damaged_sidecar(self.path, exc)

    def unchanged(self, path: Path, graphs: set[str]) -> bool:
        try:
            key, st = canonical(path)
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
        if entry.get("sha256") and entry["sha256"] == digest(path):
            entry["mtime"] = st.st_mtime_ns
            return True
        return False

    def record(self, path: Path, graphs: list[str]) -> None:
        try:
            key, st = canonical(path)
            sha = digest(path)
        except OSError:
            return
        self.files[key] = {"size": st.st_size, "mtime": st.st_mtime_ns, "sha256": sha, "graphs": graphs}

    def forget(self, path: Path) -> None:
        try:
            self.files.pop(canonical(path)[0], None)
        except OSError:
            pass

    def save(self) -> None:
        tmp = self.path.with_name(FILE + ".tmp")
        tmp.write_text(json.dumps(self.files, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.path)
