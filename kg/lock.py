"""One writer per store folder: an flock on ``kg.lock``, which holds the writer's pid."""
from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path

from .errors import StoreBusy
from .output import open_error


def lock_folder(path: Path, wait: bool):
    """Take the folder's lock (waiting for it with ``wait``); the open file holds it."""
    try:
        fh = open(path / "kg.lock", "a+")  # noqa: SIM115 - held until unlock_folder()
    except OSError as exc:
        raise open_error(path, exc) from None
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        fh.seek(0)
        pid = fh.read().strip() or "?"
        fh.close()
        raise StoreBusy(f"store in use by another kg process (pid {pid}): {path}; "
                        "use --wait to wait for it") from None
    with contextlib.suppress(OSError):  # the pid is for the message above; a full disk keeps the lock
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
    return fh


def unlock_folder(fh) -> None:
    if fh is not None:
        with contextlib.suppress(OSError):
            fh.seek(0)
            fh.truncate()
            fcntl.flock(fh, fcntl.LOCK_UN)
        with contextlib.suppress(OSError):  # a pid that did not fit on a full disk
            fh.close()
