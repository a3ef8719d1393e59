"""Remembering by identity: what a long-running process (the preview) worked out from some
objects, given back while it is handed the very same objects again.

The preview keeps the last build's briefs, documents and annotations; an unchanged file gives
back the very same object (see read.py), so "the same object as last time" is a cheap and
exact test for "nothing to do again". Equality would be slower (it compares everything) and
`id()` alone is wrong (an id is reused once its object is gone): an `IdentityMemo` keys its
entries by the ids and keeps the objects themselves alive beside each value, so an id cannot
be reused while its entry exists, and it checks `is` as well.

Each build asks for what it needs; `forget_unused()` at its end drops what it did not ask for
(a deleted brief, an edited one's old objects), so the memo never grows beyond one build.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

Value = TypeVar("Value")
Thing = TypeVar("Thing")


class IdentityMemo(Generic[Value]):
    """`memo.get((brief, document), make)`: `make()`'s value, or the one it gave for these very
    objects before. `key` tells apart values made from the same objects by different means."""

    def __init__(self) -> None:
        self._kept: dict[tuple | int, tuple[Any, Value]] = {}  # what the previous build used
        self._used: dict[tuple | int, tuple[Any, Value]] = {}  # what this build has used so far

    def get(self, made_from: tuple, make: Callable[[], Value], key: Hashable = None) -> Value:
        ids = (key, *map(id, made_from))
        known = self._used.get(ids) or self._kept.get(ids)
        if known is None or any(old is not new for old, new in zip(known[0], made_from, strict=True)):
            known = (made_from, make())
        self._used[ids] = known
        return known[1]

    def for_one(self, made_from: Thing, make: Callable[[Thing], Value]) -> Value:
        """`make(made_from)`, or what it gave for this very object before: `get` for one object
        and no key, without the tuples, for callers that ask once per mention of a site."""
        ident = id(made_from)  # an int never equals the tuple keys of `get`
        known = self._used.get(ident) or self._kept.get(ident)
        if known is None or known[0] is not made_from:
            known = (made_from, make(made_from))
        self._used[ident] = known
        return known[1]

    def forget_unused(self) -> None:
        """End of a build: keep only what it asked for."""
        self._kept, self._used = self._used, {}

    def __len__(self) -> int:
        return len(self._kept.keys() | self._used.keys())
