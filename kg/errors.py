"""The exceptions ctkg raises: one base class, caught once by the CLI.

Each carries the exit code the command line maps it to (see README, "Exit
codes"): 1 bad input or failed validation, 2 usage, 3 query error, 4 store busy.
"""
from __future__ import annotations


class KgError(Exception):
    """Base of every error ctkg reports to a user."""

    exit_code = 1


class InputError(KgError):
    """An article file that cannot be read or holds no usable article."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


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


class StoreBusy(KgError):
    """The store is in use by another kg process."""

    exit_code = 4


class StoreError(KgError):
    """A store that cannot be opened (missing, corrupt or not a ctkg store)."""


class ValidationFailed(KgError):
    """The store does not conform to the SHACL shapes."""
