"""Walking spaCy's dependency tree safely."""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Token


def climb(token: Token, keep_climbing: Callable[[Token], bool], limit: int | None = None) -> Token:
    """Follow heads from `token` while `keep_climbing(current)` holds, at most `limit` steps.

    Stops at the root, and never loops: odd input (control characters, stray symbols) can give
    a parse whose heads form a cycle, so each token is visited once.
    """
    seen = {token.i}
    steps = 0
    while keep_climbing(token) and token.head.i not in seen and (limit is None or steps < limit):
        token = token.head
        seen.add(token.i)
        steps += 1
    return token
