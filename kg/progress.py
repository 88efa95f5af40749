"""A progress bar for long builds (tqdm), shown only when stderr is a terminal."""
from __future__ import annotations

import sys


class Progress:
    def __init__(self, enabled: bool = True, total: int | None = None):
        self.bar = None
        if enabled and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit=" articles", file=sys.stderr, leave=False,
                            mininterval=0.5, delay=1.0)

    def tick(self, *_):
        if self.bar is not None:
            self.bar.update(1)

    def done(self):
        if self.bar is not None:
            self.bar.close()
            self.bar = None
