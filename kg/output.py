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

from .errors import DamagedFile, DiskError, StoreError, UsageError

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


class _Stdout:
    """Standard output as a binary file; a reader that has had enough (``| head``)
    ends the writing quietly instead of with a broken-pipe traceback."""

    def __init__(self):
        self.out, self.gone = sys.stdout.buffer, False

    def write(self, data) -> int:
        if not self.gone:
            try:
                self.out.write(data)
            except BrokenPipeError:
                self._gone()
            except OSError as exc:
                raise DiskError(f"standard output: cannot write: {exc.strerror}") from None
        return len(data)

    def flush(self) -> None:
        if not self.gone:
            try:
                self.out.flush()
            except BrokenPipeError:
                self._gone()

    def _gone(self) -> None:
        self.gone = True
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no error at exit either


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def open_output(target: str | os.PathLike) -> Iterator[BinaryIO]:
    """A binary file handle whose content becomes ``target`` when the block ends
    without an error; nothing is left behind when it fails. ``-``: standard output."""
    if is_stdout(target):
        out = _Stdout()
        yield out
        out.flush()
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


_DISK_ERRORS = (errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EPERM, errno.EDQUOT, errno.EIO)


def _known_reason(text: str) -> str | None:
    low = text.lower()
    return next((os.strerror(c) for c in _DISK_ERRORS if os.strerror(c).lower() in low), None)


def disk_reason(exc: OSError) -> str:
    """The reason an OSError gives, in words (pyoxigraph's errors carry no errno)."""
    if exc.errno:
        return os.strerror(exc.errno)
    text = str(exc)
    return _known_reason(text) or (text.splitlines()[0] if text else type(exc).__name__)


def open_error(path: Path, exc: Exception) -> StoreError | DiskError:
    """The error for a store folder whose database does not open, in one line: damaged
    (RocksDB reports corruption), not writable (full or read-only disk, no permission)
    or else not a store."""
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if "corrupt" in text.lower():
        return DiskError(f"{path}: the store's database is damaged ({text}); build it again into a new folder")
    reason = disk_reason(exc) if isinstance(exc, OSError) else _known_reason(text)
    if reason:
        return DiskError(f"{path}: cannot write the store: {reason}")
    return StoreError(f"{path}: cannot open the store: {text}")


def damaged_sidecar(path: Path, reason) -> dict:
    """A file ctkg keeps beside the store that does not read back: said once on stderr
    (as a warning, kg.errors.DamagedFile) and started afresh, never a failure on every run."""
    import warnings

    why = reason if isinstance(reason, str) else str(reason).splitlines()[0]
    warnings.warn(DamagedFile(f"{path}: {why}; starting it afresh"), stacklevel=3)
    return {}
