"""The exceptions ctkg raises: one base class, caught once by the CLI.

Each carries the exit code the command line maps it to (see README, "Exit
codes"): 1 bad input or failed validation, 2 usage, 3 query error, 4 store busy,
5 a file or the store cannot be written or read (disk full, read-only, damaged).

Every one of them crosses process boundaries (a worker reports an unreadable file
to the main process through pickle), so each pickles back to an equal error: the
arguments a class takes are what ``__reduce__`` hands back to it.
"""
from __future__ import annotations


class KgError(Exception):
    """Base of every error ctkg reports to a user."""

    exit_code = 1

    def __reduce__(self):
        # Exception pickles as cls(*self.args); a subclass whose __init__ takes other
        # arguments than it passes up (InputError) would fail to unpickle in the parent.
        return (_rebuild, (type(self), self._init_args(), self.__dict__))

    def _init_args(self) -> tuple:
        return self.args


def _rebuild(cls, args: tuple, state: dict):
    err = cls(*args)
    err.__dict__.update(state)
    return err


class InputError(KgError):
    """An article file that cannot be read or holds no usable article."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def _init_args(self) -> tuple:
        return (self.source, self.reason)


class NoArticles(KgError):
    """A build found no article it could read."""


class LexiconError(KgError):
    """A lexicon file or entry that does not load (names the file and entry id)."""


class UsageError(KgError):
    """Arguments that do not make sense together."""

    exit_code = 2


class QueryError(KgError):
    """A SPARQL query that does not parse, names an unknown query, or fails to run."""

    exit_code = 3


class QueryRefused(QueryError):
    """A query that would reach the network or change the store."""


class QueryTimeout(QueryError):
    """A query stopped because it ran past its time limit."""


class StoreBusy(KgError):
    """The store is in use by another kg process."""

    exit_code = 4


class StoreError(KgError):
    """A store that cannot be opened (missing, corrupt or not a ctkg store)."""


class DiskError(KgError):
    """A file or the store that cannot be written or read: disk full, read-only, a
    missing folder, a damaged database. The message names the path and the reason."""

    exit_code = 5


class DamagedFile(UserWarning):
    """A file ctkg keeps beside the store (files.json, ctkg.json) that does not read
    back: a warning, the file is started afresh."""
