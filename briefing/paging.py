"""Long lists split into pages of `page_size` items, with addresses that do not move.

A list of briefs is shown newest first, and its pages are numbered from the oldest end, so page 3
of the home page holds the same twenty briefs whatever is published after them: a link to it
stays right (Hugo and Pelican number from the newest, so their page 3 shifts with every post).
The list's own page ("index.html") shows the newest items: the newest page, and the one before
it when the newest is not full, so it never shows a lone brief. The older pages sit beside it:
`page/1.html` (the oldest) for the home page, `entities/paris/1.html` for an entity's mentions.

A list in another order (the glossary, A to Z) is numbered from its start, as books are: its
own page is page 1, then `glossary-2.html`, `glossary-3.html`…
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

Item = TypeVar("Item")

# How many numbered links the pagination shows on each side of the current page.
NEAR = 2


@dataclass(frozen=True)
class Paged:
    """How a kind of page splits its list: the context entry that holds it (in the order shown)
    and whether it is a list of briefs numbered from the oldest end."""

    key: str
    from_oldest: bool = True
    # per item: (item, SiteData) → the list's length, known before the page's context is made (the
    # preview decides from it which pages to render again)
    length: Callable[..., int] | None = None
    # (the page's items, the template's names) → more names: e.g. the page's quotes by speaker
    regroup: Callable[[Sequence, dict], dict[str, Any]] | None = None


def older_pages(length: int, size: int) -> int:
    """How many numbered pages a list numbered from the oldest end has besides its own page:
    its full pages but the newest, and the one before when the newest is not full."""
    pages = max(1, -(-length // size))  # ceiling division
    return max(0, pages - (1 if length % size == 0 else 2))


def page_numbers(length: int, size: int, from_oldest: bool = True) -> list[int]:
    """The numbers of a list's pages in the order shown: 0 (the list's own page) first."""
    if not from_oldest:
        return [0, *range(2, max(1, -(-length // size)) + 1)]
    return [0, *range(older_pages(length, size), 0, -1)]


def page_items(items: Sequence[Item], size: int, number: int, from_oldest: bool = True) -> Sequence[Item]:
    """The items on page `number`. From the oldest end, page k holds the k-th `size` items
    counted from the end, and page 0 what is left at the start; else page k (and 0 for 1) holds
    the k-th `size` items from the start."""
    if not from_oldest:
        start = (max(number, 1) - 1) * size
        return items[start : start + size]
    length = len(items)
    if number == 0:
        return items[: length - older_pages(length, size) * size]
    return items[length - number * size : length - (number - 1) * size]


def page_of(position: int, length: int, size: int, from_oldest: bool = True) -> int:
    """The number of the page that shows the item at `position` (from the start) of a list."""
    if not from_oldest:
        number = position // size + 1
        return 0 if number == 1 else number
    number = (length - 1 - position) // size + 1  # called for every quote and event: no list built here
    return number if number <= older_pages(length, size) else 0


def page_path(path: str, number: int) -> str:
    """The output path of page `number` of the list at `path`; page 0 is `path` itself. A
    site-wide list's pages sit beside it ("glossary.html" → "glossary-3.html", "index.html" →
    "page-3.html"); an item's go in a folder of its own ("entities/paris.html" →
    "entities/paris/3.html": "paris-3" could be another entity's slug, "paris/3" cannot)."""
    if number == 0:
        return path
    stem = path.removesuffix(".html")
    if "/" in stem:
        return f"{stem}/{number}.html"
    return f"{'page' if stem == 'index' else stem}-{number}.html"


def page_pattern(path: str) -> str:
    """A regular expression for the paths of the numbered pages of the list at `path`."""
    return re.escape(page_path(path, 1).removesuffix("1.html")) + r"\d+\.html"


@dataclass(frozen=True)
class Pager:
    """Where one page stands among its list's pages: what its template links to. Paths are
    from the site root (templates put `root` before them)."""

    path: str  # the list's own page
    number: int  # this page's
    numbers: tuple[int, ...]  # every page's, in the order shown (as `page_numbers`)
    total: int  # items in the whole list
    from_oldest: bool = True

    @property
    def paged(self) -> bool:
        return len(self.numbers) > 1

    def href(self, number: int) -> str:
        return page_path(self.path, number)

    def label(self, number: int) -> str:
        if number == 0:
            return "Latest" if self.from_oldest else "1"
        return str(number)

    @property
    def position(self) -> int:
        """Where this page stands in `numbers` (0: first), worked out from the order
        `page_numbers` gives rather than searched for: every page of a list of thousands of
        pages asks, and searching would cost the square of their number."""
        if self.number == 0:
            at = 0
        elif self.from_oldest:
            at = self.numbers[1] - self.number + 1 if len(self.numbers) > 1 else -1
        else:
            at = self.number - 1
        if not (0 <= at < len(self.numbers) and self.numbers[at] == self.number):
            at = self.numbers.index(self.number)  # numbers in another order than page_numbers'
        return at

    @property
    def before(self) -> str | None:
        """The page shown before this one (newer, or the previous page), if any."""
        at = self.position
        return self.href(self.numbers[at - 1]) if at > 0 else None

    @property
    def after(self) -> str | None:
        """The page shown after this one (older, or the next page), if any."""
        at = self.position
        return self.href(self.numbers[at + 1]) if at + 1 < len(self.numbers) else None

    def links(self) -> list[int | None]:
        """The page numbers to link, in order: the first and last, the pages near this one,
        and None for each gap between them (shown as "…")."""
        at, last = self.position, len(self.numbers) - 1
        shown: list[int | None] = []
        previous = -1
        for position in sorted({0, last, *range(max(0, at - NEAR), min(last, at + NEAR) + 1)}):
            if position > previous + 1:
                shown.append(None)
            shown.append(self.numbers[position])
            previous = position
        return shown


def paged_contexts(paged: Paged | None, path: str, context: dict, size: int) -> list[tuple[str, dict]]:
    """(output path, the template's names) for each page of a list page's context."""
    if paged is None:
        return [(path, context)]
    items = context[paged.key]
    numbers = tuple(page_numbers(len(items), size, paged.from_oldest))
    return [(page_path(path, number), page_context(paged, path, context, size, number, numbers)) for number in numbers]


def page_context(paged: Paged, path: str, context: dict, size: int, number: int, numbers: tuple[int, ...]) -> dict:
    """The template's names for page `number` of the list page at `path`."""
    items = context[paged.key]
    chunk = page_items(items, size, number, paged.from_oldest)
    pager = Pager(path, number, numbers, len(items), paged.from_oldest)
    names = {**context, paged.key: chunk, "pager": pager, "root": "../" * page_path(path, number).count("/")}
    return {**names, **(paged.regroup(chunk, names) if paged.regroup else {})}
