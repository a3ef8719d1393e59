"""The date archive: `archive.html` lists every year and month with its number of briefs, and
each year and month has a page (`archive/2015.html`, `archive/2015/11.html`); a month's briefs
are paged like every list of briefs. A month's page never changes once the month is over, so
its address is a permanent way into the past."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .model import Site

if TYPE_CHECKING:
    from .pages import SiteData


@dataclass
class Period:
    """A year or a month of the archive, and its briefs (ids, newest first)."""

    id: str  # "2015" or "2015/11": its page's path under archive/
    name: str  # "2015", "November 2015"
    briefs: list[str] = field(default_factory=list)
    months: list[Period] = field(default_factory=list)  # a year's, newest first


def years(site: Site) -> list[Period]:
    """Each year with briefs, newest first, with its months."""
    by_year: dict[int, Period] = {}
    by_month: dict[tuple[int, int], Period] = {}
    for page in site.briefs:  # newest first
        day: dt.date = page.brief.date
        year = by_year.get(day.year)
        if year is None:
            year = by_year[day.year] = Period(str(day.year), str(day.year))
        month = by_month.get((day.year, day.month))
        if month is None:
            month = by_month[day.year, day.month] = Period(f"{day:%Y/%m}", f"{day:%B %Y}")
            year.months.append(month)
        year.briefs.append(page.brief.id)
        month.briefs.append(page.brief.id)
    return [by_year[number] for number in sorted(by_year, reverse=True)]


def year_items(site: Site) -> Iterable[tuple[str, Period]]:
    return ((year.id, year) for year in years(site))


def month_items(site: Site) -> Iterable[tuple[str, Period]]:
    return ((month.id, month) for year in years(site) for month in year.months)


def year_context(year: Period, data: SiteData, entities: Mapping, briefs: Mapping) -> dict:
    return dict(period=year, page_title=f"Briefs of {year.name}")


def month_context(month: Period, data: SiteData, entities: Mapping, briefs: Mapping) -> dict:
    return dict(
        period=month, pages=[briefs[brief_id] for brief_id in month.briefs], page_title=f"Briefs of {month.name}"
    )


def year_own(year: Period, data: SiteData, memo) -> tuple:
    """A year's page shows its months and how many briefs each has."""
    return tuple((month.id, len(month.briefs)) for month in year.months)


def archive_context(data: SiteData) -> dict:
    return dict(years=years(data.site), page_title="Archive")


def has_briefs(site: Site) -> bool:
    return bool(site.briefs)
