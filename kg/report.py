"""What a build reports (:class:`BuildReport`) and what a worker hands back for one
article (:class:`Built`)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .errors import InputError


@dataclass
class BuildReport:
    articles: int = 0
    unchanged: int = 0  # files skipped because they did not change since the last build
    meetings: int = 0
    chairs: int = 0
    officials: int = 0
    pledges: int = 0
    replaced: int = 0  # older versions of changed files dropped
    removed: int = 0  # files gone from a folder built again, their articles dropped
    errors: list[InputError] = field(default_factory=list)
    seconds: float = 0.0
    resolution: object = None  # kg.resolve.ResolveReport
    interrupted: bool = False  # stopped by Ctrl-C: what was extracted is kept, a re-run does the rest
    store: dict = field(default_factory=dict)  # the store's totals after the build (kg.stats.store_counts)

    def fail(self, error: InputError, on_error: Callable[[InputError], None] | None) -> None:
        """Keep an input error, and tell the caller at once (the CLI prints it)."""
        self.errors.append(error)
        if on_error:
            on_error(error)

    def count(self, built: Built) -> None:
        """Add one extracted article to the totals."""
        m, c, o, p = built.counts
        self.articles += 1
        self.meetings, self.chairs = self.meetings + m, self.chairs + c
        self.officials, self.pledges = self.officials + o, self.pledges + p

    def summary(self) -> dict:
        return {"articles": self.articles, "unchanged": self.unchanged, "removed": self.removed,
                "meetings": self.meetings, "chairs": self.chairs, "officials": self.officials,
                "pledges": self.pledges, "errors": len(self.errors), "seconds": round(self.seconds, 2),
                **({"store": self.store} if self.store else {})}

    def line(self, store) -> str:
        """One line: what this build did, then the store's totals (what `kg stats` reports)."""
        done = [f"{n} {what}" for n, what in ((len(self.errors), "skipped"), (self.unchanged, "files unchanged"),
                                                (self.removed, "files removed")) if n]
        t = self.store
        return (f"{self.articles} articles read{', ' + ', '.join(done) if done else ''} in {self.seconds:.1f} s; "
                f"{store} holds {t.get('articles', 0)} articles: {t.get('meetings', 0)} meetings, "
                f"{t.get('chairs', 0)} chairs, {t.get('officials', 0)} officials, {t.get('pledges', 0)} pledges")


@dataclass
class Built:
    """One article, extracted and turned into N-Quads by a worker."""

    source_file: str
    source_key: str  # absolute path (#line for .jsonl)
    graph: str
    nquads: bytes
    entities: set
    counts: tuple[int, int, int, int]  # meetings, chairs, officials, pledges
    locals: dict = field(default_factory=dict)  # kind -> its local nodes (kg.resolve.locals_of)
