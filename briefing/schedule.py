"""Which briefs a build publishes: drafts never, scheduled briefs (a date, or date and time, still
to come) once their time has come, or at once with `--future` (Hugo's buildFuture).

The preview (`serve`) shows them all, each draft and scheduled brief with a banner, so an editor
sees it as it will look. "Now" comes from `BuildOptions.now`, else the `BRIEFING_NOW`
environment variable (an ISO date-time with zone), else the clock: tests set it.

What a build publishes depends on the time, so the stamp that skips unchanged builds includes it
(`Schedule.stamp`): a scheduled brief is not kept hidden once its time has come.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass, field

from .errors import Problem, problem
from .model import Brief

log = logging.getLogger(__name__)
NOW_VARIABLE = "BRIEFING_NOW"
DRAFT, SCHEDULED = "draft", "scheduled"


def current_time(given: dt.datetime | None) -> dt.datetime:
    """`given`, else $BRIEFING_NOW, else the clock; always with a time zone."""
    if given is not None:
        return given if given.tzinfo else given.replace(tzinfo=dt.UTC)
    text = os.environ.get(NOW_VARIABLE, "").strip()
    if not text:
        return dt.datetime.now(dt.UTC)
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        raise problem(
            NOW_VARIABLE, None, f"{text!r} is not a date and time", "set it like 2015-11-24T09:30:00+00:00, or unset it"
        ) from None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def build_day(now: dt.datetime | None) -> dt.date:
    """The build's day in UTC: of `now` if given (BuildOptions.now), else of $BRIEFING_NOW, else
    of the clock (`schedule.current_time`, which decides what is scheduled too). Only the news
    sitemap's choice of briefs depends on it, never a timestamp."""
    return current_time(now).astimezone(dt.UTC).date()


@dataclass
class Schedule:
    """The briefs a build shows, the banner of each that is not (yet) public, and what is waiting."""

    shown: list[Brief]
    states: dict[str, str]  # brief id → DRAFT or SCHEDULED, for those shown with a banner
    waiting: list[Brief]  # scheduled briefs not yet public (shown or not), soonest first
    hidden: dict[str, int] = field(default_factory=dict)  # DRAFT/SCHEDULED → briefs left out
    warnings: list[Problem] = field(default_factory=list)
    stamp: str = ""  # what of this depends on the time, for the build's stamp
    # from when until when the briefs published stay these (ISO times; "" for no end): the stamp
    # lets a build in this window with unchanged files stop before reading a brief
    window: tuple[str, str] = ("", "")

    def lines(self) -> list[str]:
        """What was left out, and when the next scheduled brief goes live."""
        said = []
        if self.hidden:
            said.append(
                "Not published: " + ", ".join(f"{count} {state}" for state, count in sorted(self.hidden.items()))
            )
        if self.waiting:
            first = self.waiting[0]
            said.append(f"Next scheduled brief: {first.path} goes live at {first.goes_live.isoformat()}")
        return said

    def say(self) -> None:
        for line in self.lines():
            log.info("%s", line)


def plan(briefs: list[Brief], now: dt.datetime, preview: bool = False, future: bool = False) -> Schedule:
    """The briefs to build at `now`: with `preview`, all (drafts and scheduled ones with a banner);
    else the public ones, and the scheduled ones too with `future`. Drafts are never public."""
    shown: list[Brief] = []
    states: dict[str, str] = {}
    hidden: dict[str, int] = {}
    warnings: list[Problem] = []
    for brief in briefs:
        ahead = brief.goes_live > now
        if brief.draft and ahead:
            warnings.append(_stays_a_draft(brief))
        state = DRAFT if brief.draft else SCHEDULED if ahead and not future else ""
        if state and not preview:
            hidden[state] = hidden.get(state, 0) + 1
            continue
        shown.append(brief)
        if state:
            states[brief.id] = state
    to_come = sorted((brief for brief in briefs if brief.goes_live > now), key=lambda b: (b.goes_live, b.id))
    waiting = [brief for brief in to_come if not brief.draft]
    stamp = repr((preview, future, sorted(brief.id for brief in to_come)))
    window = (now.isoformat(), to_come[0].goes_live.isoformat() if to_come else "")
    return Schedule(shown, states, waiting, hidden, warnings, stamp, window)


def _stays_a_draft(brief: Brief) -> Problem:
    return Problem(
        brief.path,
        brief.lines.get("draft"),
        f"a draft dated {brief.goes_live.date().isoformat()}, still to come: it stays a draft when that day comes",
        "remove 'draft: true' to publish it then",
    )
