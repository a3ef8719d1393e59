"""The drawn timeline: dated events on a scaled time axis, as positions for an SVG template.

A day is a point; a week, month, year or decade is a span from its first day to its last. Marks
are stacked in lanes so that none overlaps another; when the lanes run out, the marks left over
are counted in columns of `CROWD_COLUMN` units ("+12") instead of drawn, so a thousand events
make a drawing of bounded size. The axis (axis.py) cuts out long empty stretches and adapts its
ticks to the time it covers. Events of one brief share
a colour (an index into the stylesheet's palette), and each brief's publication date is marked
under the axis in that colour. Everything here is O(events × lanes); `MAX_LANES` bounds the lanes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..model import Granularity, IsoDate
from .axis import WIDTH, Scale, Tick, add_months, ticks

LANE_HEIGHT = 16
TOP = 8
POINT_RADIUS = 5
MIN_SPAN_WIDTH = 4  # a week on a century's axis stays visible
GAP = 3  # between two marks in one lane
MAX_LANES = 10
CROWD_COLUMN = 64  # wide enough for “+1436”
PALETTE_SIZE = 8  # colours --tl-0 … --tl-7 in style.css


@dataclass(frozen=True)
class Dated:
    """One thing to draw: its date (an IsoDate's text), where it links to, what it says, and the
    brief it is from (marks of one brief share a colour)."""

    date: str
    href: str
    label: str
    brief: str


@dataclass(frozen=True)
class Publication:
    """A brief's publication day, to mark under the axis."""

    brief: str
    date: dt.date
    label: str


@dataclass(frozen=True)
class Mark:
    x: float
    width: float  # 0 for a point
    y: float  # the middle of its lane
    lane: int
    granularity: str
    label: str
    href: str
    colour: int


@dataclass(frozen=True)
class Crowd:
    """Marks that did not fit in the lanes, counted where they would be."""

    x: float
    y: float
    count: int
    label: str
    href: str  # the first of them


@dataclass(frozen=True)
class PublicationMark:
    x: float
    label: str
    colour: int


@dataclass(frozen=True)
class Drawing:
    width: int
    height: int
    axis_y: float
    lanes: int
    marks: list[Mark]
    crowds: list[Crowd]
    ticks: list[Tick]
    breaks: list[float]  # where the axis skips an empty stretch
    publications: list[PublicationMark]


@lru_cache(maxsize=16384)  # a site has far fewer distinct dates than events
def day_span(value: str) -> tuple[int, int, str]:
    """(first day, the day after the last, granularity) of an IsoDate's text, as ordinals."""
    when = IsoDate.parse(value)
    first = when.first
    if when.granularity is Granularity.DAY:
        after = first + dt.timedelta(days=1)
    elif when.granularity is Granularity.WEEK:
        after = first + dt.timedelta(days=7)
    elif when.granularity is Granularity.MONTH:
        after = add_months(first, 1)
    elif when.granularity is Granularity.YEAR:
        after = dt.date(first.year + 1, 1, 1)
    else:
        after = dt.date(min(first.year + 10, dt.MAXYEAR), 1, 1)
    return first.toordinal(), after.toordinal(), str(when.granularity)


def draw(items: Iterable[Dated], publications: Iterable[Publication]) -> Drawing | None:
    """The drawing of `items`, or None when there is nothing dated to draw. Items come in any
    order; the result is the same for the same items and publications."""
    spans = sorted(((day_span(item.date), item) for item in items), key=lambda pair: (pair[0], pair[1].href))
    if not spans:
        return None
    published = sorted(publications, key=lambda p: (p.date, p.brief))
    colours = _colours([p.brief for p in published] + sorted({item.brief for _, item in spans}))
    extents = [(first, after) for (first, after, _), _ in spans]
    scale = Scale(extents + [(p.date.toordinal(), p.date.toordinal() + 1) for p in published])
    marks, overflow = _lanes(spans, scale, colours)
    lanes = max((mark.lane for mark in marks), default=0) + 1
    crowd_y = TOP + (lanes + 0.5) * LANE_HEIGHT
    crowds = _crowds(overflow, crowd_y)
    axis_y = TOP + (lanes + (1 if crowds else 0)) * LANE_HEIGHT + 6
    return Drawing(
        width=WIDTH,
        height=int(axis_y + 44),
        axis_y=axis_y,
        lanes=lanes,
        marks=marks,
        crowds=crowds,
        ticks=ticks(scale),
        breaks=scale.breaks,
        publications=[PublicationMark(scale.x(p.date.toordinal() + 0.5), p.label, colours[p.brief]) for p in published],
    )


def _colours(briefs: list[str]) -> dict[str, int]:
    """A palette index per brief, in the order given (briefs by date): neighbours differ."""
    colours: dict[str, int] = {}
    for brief in briefs:
        colours.setdefault(brief, len(colours) % PALETTE_SIZE)
    return colours


def _lanes(spans: list, scale: Scale, colours: dict[str, int]) -> tuple[list[Mark], list[tuple[float, Dated]]]:
    """Each mark in the first lane where it overlaps nothing (greedy interval packing, in date
    order); what fits in no lane is returned as overflow, with its x."""
    lane_ends: list[float] = []
    marks: list[Mark] = []
    overflow: list[tuple[float, Dated]] = []
    placed: dict[tuple, tuple[float, float, float, float]] = {}  # many events share a date
    for span, item in spans:
        geometry = placed.get(span)
        if geometry is None:
            geometry = placed[span] = _extent(span, scale)
        x, width, left, right = geometry
        if len(lane_ends) == MAX_LANES and left < min(lane_ends) + GAP:
            overflow.append((x, item))  # every lane is taken here
            continue
        lane = next((n for n, end in enumerate(lane_ends) if end + GAP <= left), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(right)
        lane_ends[lane] = right
        y = TOP + (lane + 0.5) * LANE_HEIGHT
        marks.append(Mark(x, width, y, lane, span[2], item.label, item.href, colours[item.brief]))
    return marks, overflow


def _extent(span: tuple[int, int, str], scale: Scale) -> tuple[float, float, float, float]:
    """(x, width, left, right) of a mark: a day is a dot at its middle, anything longer a bar."""
    first, after, granularity = span
    if granularity == Granularity.DAY:
        x = scale.x(first + 0.5)
        return x, 0.0, x - POINT_RADIUS, x + POINT_RADIUS
    x = scale.x(first)
    width = max(MIN_SPAN_WIDTH, round(scale.x(after) - x, 1))
    return x, width, x, x + width


def _crowds(overflow: list[tuple[float, Dated]], y: float) -> list[Crowd]:
    columns: dict[int, list[tuple[float, Dated]]] = {}
    for x, item in overflow:
        columns.setdefault(int(x // CROWD_COLUMN), []).append((x, item))
    crowds = []
    for column, members in sorted(columns.items()):
        dates = sorted({item.date for _, item in members})
        when = dates[0] if len(dates) == 1 else f"{dates[0]} to {dates[-1]}"
        label = f"{len(members)} more, {when}"
        crowds.append(Crowd((column + 0.5) * CROWD_COLUMN, y, len(members), label, members[0][1].href))
    return crowds
