"""Forked processes: when this process may fork, and what a forked process lets go of first.

Rendering (render.py) and the model loaded ahead (annotate/parallel.py) fork this process, so
that the children start with what it has already made instead of receiving it pickled.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
import threading

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
