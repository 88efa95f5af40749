"""Pausing Python's cyclic garbage collector over work that makes many small objects.

The collector runs after every 700 new container objects and, every so often, rescans
everything alive. Tokenising a long article, clustering 30,000 local nodes or reading
them back make hundreds of thousands of tuples, sets and records, none of them in a
reference cycle, so reference counting frees them all; the rescans were up to half of
those steps' time. The collector is switched back on (if it was on) when the step ends.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
