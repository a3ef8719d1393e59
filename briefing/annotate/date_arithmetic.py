"""Calendar arithmetic for dated expressions: steps of days, weeks, months and years from a date."""

from __future__ import annotations

import datetime as dt

from ..model import Granularity, IsoDate


def months_from(dct: dt.date, step: int) -> IsoDate:
    """The month `step` months after (or before) the brief's."""
    year, month = divmod(dct.year * 12 + dct.month - 1 + step, 12)
    return IsoDate.of_month(year, month + 1)


def weekday_date(target: int, dct: dt.date, direction: str) -> dt.date:
    if direction == "future":  # a story dated Monday that says "will land on Monday" means that day
        return dct + dt.timedelta(days=(target - dct.weekday()) % 7)
    return dct - dt.timedelta(days=(dct.weekday() - target) % 7)


def nearest_date(make, dct: dt.date, when: str) -> dt.date:
    """A month and day without a year: this year's, last year's or next year's, by tense."""
    candidates = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        try:
            candidates.append(make(year))
        except ValueError:
            continue
    if not candidates:
        raise ValueError("no such day")
    if when == "past":
        past = [c for c in candidates if c <= dct + dt.timedelta(days=1)]
        if past:
            return max(past)
    if when == "future":
        future = [c for c in candidates if c >= dct]
        if future:
            return min(future)
    return min(candidates, key=lambda c: abs((c - dct).days))


def nearest_month_year(month: int, dct: dt.date, when: str) -> int:
    if when == "future":
        return dct.year if month >= dct.month else dct.year + 1
    if when == "past" or month <= dct.month:
        return dct.year if month <= dct.month else dct.year - 1
    return dct.year if month - dct.month <= 6 else dct.year - 1


def week_of_month(year: int, month: int, which: str) -> dt.date:
    """A day inside the first, second, … or last full Monday-to-Sunday week of a month."""
    first = dt.date(year, month, 1)
    first_monday = first + dt.timedelta(days=(7 - first.weekday()) % 7)
    if which == "last":
        next_month = dt.date(year + (month == 12), month % 12 + 1, 1)
        last_day = next_month - dt.timedelta(days=1)
        last_sunday = last_day - dt.timedelta(days=(last_day.weekday() + 1) % 7)
        return last_sunday - dt.timedelta(days=6)
    order = {"first": 0, "second": 1, "third": 2, "fourth": 3}[which]
    return first_monday + dt.timedelta(weeks=order)


# From the finest span to the coarsest: a date can be stepped by a unit no finer than itself.
FINENESS = [Granularity.DAY, Granularity.WEEK, Granularity.MONTH, Granularity.YEAR, Granularity.DECADE]
UNIT_GRANULARITY = {
    "day": Granularity.DAY,
    "week": Granularity.WEEK,
    "month": Granularity.MONTH,
    "year": Granularity.YEAR,
    "decade": Granularity.DECADE,
}


def fine_enough(anchor: IsoDate, granularity: Granularity) -> bool:
    return FINENESS.index(anchor.granularity) <= FINENESS.index(granularity)


def moved(anchor: IsoDate, unit: str, step: int) -> IsoDate | None:
    """The day, week, month, year or decade `step` units from a date: the year before 2010-03 is 2009.
    None when the date is coarser than the unit (the month before "2010" is unknown)."""
    granularity = UNIT_GRANULARITY[unit]
    if not fine_enough(anchor, granularity):
        return None
    if granularity is Granularity.DAY:
        return IsoDate.of_day(anchor.first + dt.timedelta(days=step))
    if granularity is Granularity.WEEK:
        return IsoDate.of_week(anchor.first + dt.timedelta(weeks=step))
    if granularity is Granularity.MONTH:
        return months_from(anchor.first, step)
    if granularity is Granularity.DECADE:
        return IsoDate.of_decade(anchor.year // 10 + step)
    return IsoDate.of_year(anchor.year + step)


def a_year_before(anchor: IsoDate, unit: str) -> IsoDate | None:
    """ "The same month a year ago": the date's day, week or month one year earlier. A "period",
    "quarter" or "time" is the date's own month or year (sales are reported by the month); None for a decade."""
    granularity = UNIT_GRANULARITY.get(unit)
    if granularity is None:
        granularity = (
            anchor.granularity if anchor.granularity in (Granularity.MONTH, Granularity.YEAR) else Granularity.MONTH
        )
    if not fine_enough(anchor, granularity):
        return None
    if granularity is Granularity.DAY:
        first = anchor.first
        try:
            return IsoDate.of_day(first.replace(year=first.year - 1))
        except ValueError:  # February 29
            return IsoDate.of_day(first.replace(year=first.year - 1, day=28))
    if granularity is Granularity.WEEK:
        return IsoDate.of_week(anchor.first - dt.timedelta(weeks=52))
    if granularity is Granularity.MONTH:
        return months_from(anchor.first, -12)
    return IsoDate.of_year(anchor.year - 1)
