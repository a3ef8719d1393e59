"""Calendar arithmetic for dated expressions: steps of days, weeks, months and years from a date."""

from __future__ import annotations

import datetime as dt

from ..model import IsoDate


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
