"""Python's cyclic garbage collector paused while a large set of long-lived records is built.

Building tens of thousands of records that hold no cycles (the story's reports, the gazetteer's
town names) makes the collector pass over them again and again for nothing: the story of 10,000
articles took 1.9 s with it against 1.2 s without, an update of 100 articles 0.55 s against 0.44
s, the town names 0.26 s against 0.06 s."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic collector for the block (as it was before, after it)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
