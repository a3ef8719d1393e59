"""Dated expressions, put on the calendar relative to the brief's date and the clause's tense.

`find_expressions` finds candidate expressions in the text with explicit patterns (weekdays,
months, years, "last week", "two years ago", …), keeping bare numbers as years only where spaCy
calls them a DATE or a temporal preposition precedes them. `resolve` turns one into an `IsoDate`:
2015-11-24 (day), 2015-W48 (week), 2015-11 (month), 2015 (year), 199 (decade).

Weekday names and dates without a year take the tense of their clause into account
(HeidelTime's rule): past → the latest such day on or before the brief's date, future → the
next one after it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from ..model import IsoDate
from .date_arithmetic import months_from, nearest_date, nearest_month_year, week_of_month, weekday_date
from .tense import tense
from .tree import text_of

__all__ = ["Found", "find_expressions", "resolve", "tense"]

# Word tables, kept as tables (the formatter would give each word a line of its own).
# fmt: off
MONTH_NAMES = [
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
]
WEEKDAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMBER_NAMES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
]
# The word before a bare year or month that makes it a date ("in 2004", "since March").
YEAR_LEAD_WORDS = {
    "in", "since", "by", "from", "to", "until", "of", "between", "and", "-", "–", "—", "through", "before",
    "after", "during", "fiscal", "early", "late", "mid", "around",
}
MONTH_LEAD_WORDS = {
    "in", "since", "of", "last", "this", "next", "early", "late", "mid", "until", "by", "from", "through",
}
# Month names that are also words or short for words ("may", "march"): dates only where spaCy says so.
AMBIGUOUS_MONTHS = {"may", "march", "mar", "jan", "sep", "dec", "aug", "oct", "nov", "feb", "apr", "jun", "jul"}
# fmt: on

MONTHS = {month: number + 1 for number, month in enumerate(MONTH_NAMES)}
MONTHS.update({month[:3]: number for month, number in list(MONTHS.items())})  # "sept" is read by its first three
WEEKDAYS = {day: number for number, day in enumerate(WEEKDAY_NAMES)}
NUMBER_WORDS = {word: number for number, word in enumerate(NUMBER_NAMES)}
NUMBER_WORDS.update({"a": 1, "an": 1, "thirty": 30, "forty": 40, "fifty": 50, "a hundred": 100})

MONTH_RE = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR_RE = r"(?:1[89]\d\d|20\d\d|21\d\d)"
WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
NUM_RE = r"(?:\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"|\[\w+\])"

# Ordered: the first pattern that matches at a place wins; longer forms come first.
PATTERNS: list[tuple[str, re.Pattern]] = [
    (kind, re.compile(rx, re.IGNORECASE))
    for kind, rx in [
        ("iso", rf"\b({YEAR_RE})-(\d\d)-(\d\d)\b"),
        ("mdy", rf"\b({MONTH_RE})\s+({DAY_RE}),?\s+({YEAR_RE})\b"),
        ("dmy", rf"\b({DAY_RE})\s+(?:of\s+)?({MONTH_RE}),?\s+({YEAR_RE})\b"),
        ("week_of_month", rf"\bthe\s+(first|second|third|fourth|last)\s+week\s+of\s+({MONTH_RE})(?:\s+({YEAR_RE}))?\b"),
        ("my", rf"\b({MONTH_RE})\s+(?:of\s+)?({YEAR_RE})\b"),
        ("md", rf"\b({MONTH_RE})\s+({DAY_RE})\b(?!\s*(?:,\s*)?(?:{YEAR_RE}))"),
        ("dm", rf"\b({DAY_RE})\s+(?:of\s+)?({MONTH_RE})\b"),
        ("ago", rf"\b({NUM_RE})\s+(day|week|month|year|decade)s?\s+ago\b"),
        ("edge_year", r"\b(?:the\s+)?(end|beginning|start|middle)\s+of\s+(the|this|last|next)\s+year\b"),
        ("edge_month", r"\b(?:the\s+)?(end|beginning|start|middle)\s+of\s+(the|this|last|next)\s+month\b"),
        ("year_end", r"\b(year[- ]end)\b"),
        ("relative", r"\b(earlier|later)\s+(this)\s+(week|month|year)\b"),
        ("relative", r"\b(this|last|next|past|previous|coming)\s+(week|month|year)s?\b"),
        ("named_weekday", rf"\b(last|next|this|previous|coming)\s+({WEEKDAY_RE})\b"),
        ("weekday", rf"\b({WEEKDAY_RE})\b"),
        ("day_word", r"\b(earlier\s+today|later\s+today|today|tonight|yesterday|tomorrow)\b"),
        ("decade", r"\b(?:the\s+)(1[89]\d0|20\d0)s\b"),
        ("month", rf"\b({MONTH_RE})\b"),
        ("year", rf"\b({YEAR_RE})\b"),
    ]
]
FORWARD_PREPS = {"until", "till", "through", "before", "by"}


@dataclass
class Found:
    start: int
    end: int
    kind: str
    groups: tuple


def find_expressions(doc: Doc) -> list[Found]:
    text = text_of(doc)
    taken = [False] * (len(text) + 1)
    found: list[Found] = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            s, e = match.span()
            if any(taken[s:e]):
                continue
            if kind in ("month", "year", "weekday", "md", "dm") and not _plausible(doc, kind, match):
                continue
            found.append(Found(s, e, kind, match.groups()))
            for i in range(s, e):
                taken[i] = True
    found.sort(key=lambda f: f.start)
    return found


def _plausible(doc: Doc, kind: str, match: re.Match) -> bool:
    """Keep a bare month, year or weekday only where it is used as a date."""
    span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
    if span is None:
        return False
    token = span[0]
    labelled = token.ent_type_ in ("DATE", "TIME")
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    word = match.group(0)
    if kind == "weekday":
        return word[0].isupper() and token.ent_type_ not in ("ORG", "PERSON", "WORK_OF_ART", "PRODUCT")
    if kind == "year":
        temporal = before in YEAR_LEAD_WORDS
        if token.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY", "PERCENT", "ORG", "PRODUCT"):
            return False
        return labelled or temporal
    if kind == "month":
        if not word[0].isupper():
            return False
        if word.lower() in AMBIGUOUS_MONTHS:
            return labelled
        return labelled or before in MONTH_LEAD_WORDS
    if kind in ("md", "dm"):
        return match.group(0)[0].isupper() or match.group(0)[0].isdigit()
    return True


def resolve(found: Found, text: str, dct: dt.date, when: str) -> IsoDate | None:
    try:
        if found.kind in WRITTEN_OUT:
            return _written_out(found.kind, found.groups)
        if found.kind in BY_TENSE:
            return _by_tense(found, text, dct, when)
        return _counted_from_brief(found.kind, found.groups, dct)
    except (ValueError, OverflowError):
        return None  # "February 30" and the like: shown as text, not put on the timeline


WRITTEN_OUT = {"iso", "mdy", "dmy", "my", "year", "decade"}  # the date is all in the text
BY_TENSE = {"md", "dm", "week_of_month", "month", "named_weekday", "weekday"}  # the year or week comes from the tense


def _written_out(kind: str, g: tuple) -> IsoDate | None:
    if kind == "iso":
        return IsoDate.of_day(dt.date(int(g[0]), int(g[1]), int(g[2])))
    if kind == "mdy":
        return IsoDate.of_day(dt.date(int(g[2]), month_number(g[0]), day_number(g[1])))
    if kind == "dmy":
        return IsoDate.of_day(dt.date(int(g[2]), month_number(g[1]), day_number(g[0])))
    if kind == "my":
        return IsoDate.of_month(int(g[1]), month_number(g[0]))
    if kind == "year":
        return IsoDate.of_year(int(g[0]))
    if kind == "decade":
        return IsoDate.of_decade(int(g[0][:3]))
    return None


def forward_preposition(found: Found, text: str) -> bool:
    """ "until Friday", "by Friday": the preposition before the expression points ahead."""
    before = text[max(0, found.start - 8) : found.start].lower()
    return any(p + " " in before for p in FORWARD_PREPS)


def _by_tense(found: Found, text: str, dct: dt.date, when: str) -> IsoDate | None:
    g, kind = found.groups, found.kind
    if when == "perfect":  # "has stayed closed until Friday" looks ahead; "has fallen since Friday" back
        when = "future" if forward_preposition(found, text) else "past"
    if kind in ("md", "dm"):
        month, day_of_month = (
            (month_number(g[0]), day_number(g[1])) if kind == "md" else (month_number(g[1]), day_number(g[0]))
        )
        return IsoDate.of_day(nearest_date(lambda y: dt.date(y, month, day_of_month), dct, when))
    if kind == "week_of_month":
        month = month_number(g[1])
        year = int(g[2]) if g[2] else nearest_month_year(month, dct, when)
        return IsoDate.of_week(week_of_month(year, month, g[0].lower()))
    if kind == "month":
        month = month_number(g[0])
        return IsoDate.of_month(nearest_month_year(month, dct, when), month)
    if kind == "named_weekday":
        target = WEEKDAYS[g[1].lower()]
        direction = "past" if g[0].lower() in ("last", "previous") else "future"
        if g[0].lower() == "this":
            return IsoDate.of_day(weekday_date(target, dct, when if when in ("past", "future") else "future"))
        day = weekday_date(target, dct, direction)
        if day == dct:  # "next Monday" said on a Monday is a week away, "last Monday" a week ago
            day += dt.timedelta(weeks=1 if direction == "future" else -1)
        return IsoDate.of_day(day)
    if kind == "weekday":
        direction = when
        if when not in ("past", "future"):
            direction = "future" if forward_preposition(found, text) else "past"
        return IsoDate.of_day(weekday_date(WEEKDAYS[g[0].lower()], dct, direction))
    return None


def _counted_from_brief(kind: str, g: tuple, dct: dt.date) -> IsoDate | None:
    """ "Two years ago", "next month", "yesterday": so many units from the brief's date."""
    if kind == "ago":
        n = number(g[0])
        if n is None:
            return None
        unit = g[1].lower()
        if unit == "day":
            return IsoDate.of_day(dct - dt.timedelta(days=n))
        if unit == "week":
            return IsoDate.of_week(dct - dt.timedelta(weeks=n))
        if unit == "month":
            return months_from(dct, -n)
        return IsoDate.of_year(dct.year - (10 * n if unit == "decade" else n))
    if kind == "edge_year":
        return IsoDate.of_year(dct.year + shift(g[1]))
    if kind == "edge_month":
        return months_from(dct, shift(g[1]))
    if kind == "year_end":
        return IsoDate.of_year(dct.year)
    if kind == "relative":
        return relative(g, dct)
    if kind == "day_word":
        word = g[0].lower().split()[-1]
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
        return IsoDate.of_day(dct + dt.timedelta(days=offset))
    return None


def relative(g: tuple, dct: dt.date) -> IsoDate | None:
    which, unit = g[-2].lower(), g[-1].lower()
    if which == "past" or which == "previous":
        which = "last"
    if which == "coming":
        which = "next"
    step = {"this": 0, "earlier": 0, "later": 0, "last": -1, "next": 1}.get(which)
    if step is None:
        return None
    if unit == "week":
        return IsoDate.of_week(dct + dt.timedelta(weeks=step))
    if unit == "month":
        return months_from(dct, step)
    return IsoDate.of_year(dct.year + step)


def shift(word: str) -> int:
    return {"last": -1, "next": 1}.get(word.lower(), 0)


def month_number(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTHS.get(key) or MONTHS[key[:3]]


def day_number(text: str) -> int:
    return int(re.sub(r"\D", "", text))  # "21st" → 21


def number(text: str) -> int | None:
    text = text.strip("[]").lower()
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS.get(text)
