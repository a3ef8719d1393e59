"""The timeline's time axis: days → drawing units, and the ticks along it.

News names the distant past beside this week ("in the 1990s", "on Tuesday"); on one straight
scale the week would shrink to a pixel. So a long empty stretch between dated things is cut out
of the axis (a *break*, drawn as a gap), leaving at most `MAX_SEGMENTS` stretches, each on a
linear scale of its own. A stretch's width follows both its share of time and its share of the
things drawn, so a busy fortnight gets room beside a quiet decade. Ticks adapt to each stretch:
months for a season, years for a decade, decades or centuries for longer.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace

WIDTH = 1000  # the drawing's units; the stylesheet scales it to the page
MARGIN = 24  # room at either end for a point's dot and a tick's label
MIN_DAYS = 62  # a single day is drawn on at least two months of axis, so it has month ticks
MAX_SEGMENTS = 4
BREAK_WIDTH = 28
BREAK_DAYS = 3 * 365  # a shorter empty stretch is never cut out
BREAK_SHARE = 0.25  # nor one shorter than this share of what the axis spans
MIN_SEGMENT_WIDTH = 90
TICK_SPACING = 80  # at most a tick per this many units
TICK_CLEAR = 36  # no tick label this close to a break
EDGE_LABEL = 48  # a tick label this close to an edge is not centred
MONTH_STEPS = (1, 2, 3, 6)
YEAR_STEPS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
LAST_DAY = dt.date.max.toordinal()


@dataclass(frozen=True)
class Segment:
    """A stretch of the axis on one linear scale: days [start, end) drawn over [left, right]."""

    start: int
    end: int
    left: float
    right: float
    count: int  # things drawn in it

    @property
    def per_day(self) -> float:
        return (self.right - self.left) / (self.end - self.start)


@dataclass(frozen=True)
class Tick:
    x: float
    label: str
    major: bool  # a year's (or a longer step's) tick, drawn across the lanes
    anchor: str = "middle"  # the label's text-anchor: "start" or "end" near the drawing's edges


class Scale:
    """Days (ordinals) to drawing units over the stretches that hold the `extents` (each the
    [first day, day after the last) of a thing drawn)."""

    def __init__(self, extents: list[tuple[int, int]]) -> None:
        self.segments = _place(_stretches(extents))
        self.starts = [segment.start for segment in self.segments]

    def x(self, ordinal: float) -> float:
        segment = self.segments[max(0, bisect_right(self.starts, ordinal) - 1)]
        ordinal = min(max(ordinal, segment.start), segment.end)
        return round(segment.left + (ordinal - segment.start) * segment.per_day, 1)

    @property
    def breaks(self) -> list[float]:
        """The middle of each gap between two stretches."""
        return [round((a.right + b.left) / 2, 1) for a, b in zip(self.segments, self.segments[1:], strict=False)]


def _stretches(extents: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(start, end, count) of the stretches left when the long empty gaps are cut out: longest
    first, each while it is over `BREAK_SHARE` of what the axis still spans (so evenly spread
    dates are never cut, and a far outlier does not hide a lesser gap beside a busy month)."""
    extents = sorted(extents)
    gaps = []  # (length, index of the first extent after it)
    reach = extents[0][1]
    for index, (first, after) in enumerate(extents[1:], 1):
        if first - reach > BREAK_DAYS:
            gaps.append((first - reach, index))
        reach = max(reach, after)
    spanned = reach - extents[0][0]
    cuts = []
    for length, index in sorted(gaps, reverse=True)[: MAX_SEGMENTS - 1]:
        if length <= spanned * BREAK_SHARE:
            break
        cuts.append(index)
        spanned -= length
    cuts.sort()
    stretches = []
    for a, b in zip([0, *cuts], [*cuts, len(extents)], strict=False):
        group = extents[a:b]
        stretches.append(_padded(group[0][0], max(after for _, after in group), len(group)))
    return stretches


def _padded(start: int, end: int, count: int) -> tuple[int, int, int]:
    if end - start < MIN_DAYS:  # most of the room before: a narrow screen opens on the newest end
        pad = MIN_DAYS - (end - start)
        start, end = start - pad * 3 // 4, end + pad - pad * 3 // 4
    slack = max(1, (end - start) // 50)  # a little air at either end
    return max(1, start - slack), min(LAST_DAY, end + slack), count


def _place(stretches: list[tuple[int, int, int]]) -> list[Segment]:
    """Widths: a floor each, the rest shared half by time and half by the things drawn."""
    free = WIDTH - 2 * MARGIN - BREAK_WIDTH * (len(stretches) - 1) - MIN_SEGMENT_WIDTH * len(stretches)
    days = sum(end - start for start, end, _ in stretches)
    things = sum(count for _, _, count in stretches)
    segments, left = [], float(MARGIN)
    for start, end, count in stretches:
        share = (end - start) / days if len(stretches) > 1 else 1.0
        share = (share + count / things) / 2 if len(stretches) > 1 else share
        right = left + MIN_SEGMENT_WIDTH + free * share
        segments.append(Segment(start, end, left, right, count))
        left = right + BREAK_WIDTH
    return segments


def ticks(scale: Scale) -> list[Tick]:
    """Each stretch's ticks, none crowding a break."""
    breaks = scale.breaks

    def clear(x: float) -> bool:
        return all(abs(x - at) >= TICK_CLEAR for at in breaks)

    found = []
    for segment in scale.segments:
        found += segment_ticks(scale, segment, clear) or [_stretch_label(scale, segment)]
    return [_kept_inside(tick) for tick in found]


def _stretch_label(scale: Scale, segment: Segment) -> Tick:
    """A stretch too narrow for round ticks still says when it is: its middle year, at that
    year's first day if the stretch holds it."""
    middle = dt.date.fromordinal((segment.start + segment.end) // 2)
    new_year = dt.date(middle.year, 1, 1).toordinal()
    return Tick(scale.x(new_year if new_year >= segment.start else middle.toordinal()), str(middle.year), True)


def _kept_inside(tick: Tick) -> Tick:
    """A label centred on a tick near either edge would be cut off: it starts or ends there."""
    if tick.x < EDGE_LABEL:
        return replace(tick, anchor="start")
    if tick.x > WIDTH - EDGE_LABEL:
        return replace(tick, anchor="end")
    return tick


def segment_ticks(scale: Scale, segment: Segment, clear: Callable[[float], bool]) -> list[Tick]:
    """Month ticks (a year's first month, and the stretch's first tick, labelled with the year)
    when few enough fit, else year ticks at the smallest round step that fits, and the stretch's
    first year at its start when that is far from the first round one; only where `clear`."""
    most = max(1, int((segment.right - segment.left) / TICK_SPACING))
    first, last = dt.date.fromordinal(segment.start), dt.date.fromordinal(segment.end - 1)
    months = (last.year - first.year) * 12 + last.month - first.month
    for step in MONTH_STEPS:
        if months // step <= most:
            return _month_ticks(scale, first, last, step, clear)
    years = last.year - first.year
    step = next((s for s in YEAR_STEPS if years // s <= most), YEAR_STEPS[-1])
    year = -(-first.year // step) * step
    found: list[Tick] = []
    while year <= last.year:
        day = dt.date(max(year, 1), 1, 1).toordinal()
        if day >= segment.start and clear(x := scale.x(day)):
            found.append(Tick(x, str(year), True))
        year += step
    start = scale.x(segment.start)
    if found and found[0].x - start >= TICK_SPACING and clear(start):
        found.insert(0, Tick(start, str(first.year), False))  # marks before the first round year say when they are
    return found


def _month_ticks(scale: Scale, first: dt.date, last: dt.date, step: int, clear: Callable[[float], bool]) -> list[Tick]:
    found: list[Tick] = []
    month = add_months(first.replace(day=1), 0 if first.day == 1 else 1)
    while month <= last:
        if (month.month - 1) % step == 0 and clear(x := scale.x(month.toordinal())):
            name = MONTH_NAMES[month.month - 1]
            january = month.month == 1
            label = f"{name} {month.year}" if january or not found else name
            found.append(Tick(x, label, january))
        if month == dt.date.max:
            break
        month = add_months(month, 1)
    return found


def add_months(day: dt.date, months: int) -> dt.date:
    """The first of the month `months` after `day`'s (the calendar's last day past year 9999)."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date.max if index // 12 > dt.MAXYEAR else dt.date(index // 12, index % 12 + 1, 1)
