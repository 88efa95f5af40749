"""Writing a result file safely: every ``-o`` of ctkg goes through :func:`open_output`.

The file is written to a temporary file beside the target, created with an
unpredictable name and ``O_EXCL | O_NOFOLLOW`` (``tempfile.mkstemp``), so a link
planted in advance cannot redirect the write; it is renamed over the target only
once it is complete. Only a regular file (or a link, which the rename replaces,
never writes through) is replaced: a device, a FIFO or a folder is refused, so
``-o /dev/null`` as root does not turn the device into a file. ``-`` is standard
output.
"""
from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import DiskError, UsageError

STDOUT = "-"


def is_stdout(target: str | os.PathLike) -> bool:
    return str(target) == STDOUT


def check_target(target: str | os.PathLike) -> Path:
    """The target as a Path, or a clear error when it cannot be (re)placed by a file."""
    path = Path(target)
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise DiskError(f"{path}: cannot write: {exc.strerror}") from None
    if st is not None and not (stat.S_ISREG(st.st_mode) or stat.S_ISLNK(st.st_mode)):
        what = "a folder" if stat.S_ISDIR(st.st_mode) else "not a regular file (a device, FIFO or socket)"
        raise UsageError(f"{path}: is {what}; refusing to replace it")
    folder = path.parent
    if not folder.is_dir():
        raise DiskError(f"{path}: cannot write: the folder {folder} does not exist")
    return path


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def open_output(target: str | os.PathLike) -> Iterator[BinaryIO]:
    """A binary file handle whose content becomes ``target`` when the block ends
    without an error; nothing is left behind when it fails. ``-``: standard output."""
    if is_stdout(target):
        out = sys.stdout.buffer
        try:
            yield out
            out.flush()
        except OSError as exc:
            raise DiskError(f"standard output: cannot write: {exc.strerror}") from None
        return
    path = check_target(target)
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise DiskError(f"{path}: cannot write: {exc.strerror}") from None
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        check_target(path)  # still nothing else there (a folder made meanwhile)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise DiskError(f"{path}: cannot write: {exc.strerror or exc}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def disk_reason(exc: OSError) -> str:
    """The reason an OSError gives, in words (pyoxigraph's errors carry no errno)."""
    if exc.errno:
        return os.strerror(exc.errno)
    text = str(exc)
    for code in (errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EDQUOT):
        if os.strerror(code).lower() in text.lower():
            return os.strerror(code)
    return text.splitlines()[0] if text else type(exc).__name__
