"""How a build's process runs its work: when it may fork, what a forked process lets go of
first, and when Python's cycle collector is paused.

Rendering (render.py) and the model loaded ahead (annotate/parallel.py) fork this process, so
that the children start with what it has already made instead of receiving it pickled.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

HELD_LOCKS: set[int] = set()  # the file descriptors of the output locks this process holds (write.Staging)


def can_fork() -> bool:
    """Only Linux forks safely, and only a process with no other thread running (a fork copies
    a lock another thread may hold)."""
    linux = sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods()
    return linux and threading.active_count() == 1


def release_inherited_locks() -> None:
    """In a forked process: close its copies of the parent's output locks. A lock lasts until every
    copy is closed, so a child left behind by a killed build would otherwise hold it for ever."""
    for descriptor in HELD_LOCKS:
        with contextlib.suppress(OSError):
            os.close(descriptor)
    HELD_LOCKS.clear()


@contextmanager
def without_gc_pauses() -> Iterator[None]:
    """Reading, parsing, reading back annotations, linking and rendering make hundreds of
    thousands of objects and no cycles worth collecting; Python's cycle collector would stop
    again and again to scan every object of a large site (a third of a preview rebuild, 0.25 s
    of a one-brief edit of 1,000 briefs). Reference counting still frees them."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
