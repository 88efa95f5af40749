"""A progress bar for long builds (tqdm): done/total articles, rate and time left.

Shown only when stderr is a terminal (or when asked for with ``force``), so logs
and pipes get the one-line summary alone.
"""
from __future__ import annotations

import sys
from typing import TextIO

BAR = "{l_bar}{bar}| {n_fmt}/{total_fmt} articles [{elapsed}<{remaining}, {rate_fmt}]"


class Progress:
    """Told the number of articles a build expects (``start``), then each one done (``tick``)."""

    def __init__(self, enabled: bool = True, *, stream: TextIO | None = None, force: bool = False):
        self.stream = stream or sys.stderr
        self.enabled = enabled and (force or self.stream.isatty())
        self.bar = None

    def start(self, total: int) -> None:
        if self.enabled and total:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit=" articles", file=self.stream, leave=False,
                            mininterval=0.5, delay=0 if self.stream is not sys.stderr else 1.0,
                            bar_format=BAR, dynamic_ncols=True)

    def tick(self, n: int = 1) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def note(self, line: str) -> None:
        """A line on the stream, above the bar when there is one."""
        if self.bar is not None:
            self.bar.write(line, file=self.stream)
        else:
            print(line, file=self.stream, flush=True)

    def done(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


class Silent:
    """No progress shown: what a build reports to when no one watches it."""

    def start(self, total: int) -> None:
        pass

    def tick(self, n: int = 1) -> None:
        pass

    def note(self, line: str) -> None:
        pass
