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

import contextlib
import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..model import Granularity, IsoDate
from .date_arithmetic import (
    a_year_before,
    fine_enough,
    months_from,
    moved,
    nearest_date,
    nearest_month_year,
    week_of_month,
    weekday_date,
)
from .lexicon import LEXICON
from .tense import tense
from .tree import text_of

__all__ = ["Found", "find_expressions", "range_shares_its_year", "resolve", "said_on_the_day", "tense"]

MONTH_NAMES = LEXICON.ordered("month_names")
WEEKDAY_NAMES = LEXICON.ordered("weekday_names")
NUMBER_NAMES = LEXICON.ordered("number_names")

MONTHS = {month: number + 1 for number, month in enumerate(MONTH_NAMES)}
MONTHS.update({month[:3]: number for month, number in list(MONTHS.items())})  # "sept" is read by its first three
WEEKDAYS = {day: number for number, day in enumerate(WEEKDAY_NAMES)}
NUMBER_WORDS = {word: number for number, word in enumerate(NUMBER_NAMES)}
NUMBER_WORDS.update({"a": 1, "an": 1, "thirty": 30, "forty": 40, "fifty": 50, "a hundred": 100})
HOLIDAYS = {entry[6:]: (int(entry[:2]), int(entry[3:5])) for entry in LEXICON.fixed_holidays}  # name: (month, day)
HOLIDAY_LEADS = LEXICON.season_prepositions | LEXICON.holiday_lead_words  # "by Christmas", "for Christmas"
HOLIDAY_RE = "|".join(re.escape(name).replace("'", "['\u2019]") for name in sorted(HOLIDAYS, key=len, reverse=True))

MONTH_RE = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR_RE = r"(?:1[89]\d\d|20\d\d|21\d\d)"
WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
NOT_OWNED = r"(?!['\u2019]s)"  # "last year's champion" is no date of the month before it
PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"  # "Tuesday night" is that Tuesday
NUM_RE = r"(?:\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"|\[\w+\])"
# "before"/"after" end the phrase ("the year before, …"); else they introduce what it counts from
# ("the year before the war", "three years after it opened").
ENDS_PHRASE = r"(?=\s*(?:[,.;:!?)\]\"'\u201d\u2019\u2013\u2014]|$)|\s+(?:and|but|or)\b)"
STEP_WORD = rf"((?:earlier|later)\b|(?:before|after)\b{ENDS_PHRASE})"
MODIFIER_BEFORE = re.compile(
    r"\b(?:(?:"
    + "|".join(sorted(LEXICON.span_modifiers))
    + r")(?:-|\s+)|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)$",
    re.IGNORECASE,
)

# Ordered: the first pattern that matches at a place wins; longer forms come first.
PATTERNS: list[tuple[str, re.Pattern]] = [
    (kind, re.compile(rx, re.IGNORECASE))
    for kind, rx in [
        ("iso", rf"\b({YEAR_RE})-(\d\d)-(\d\d)\b"),
        # Month first, as in American copy, unless the first number cannot be a month ("25/12/2010")
        ("numeric", r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d\d)(?![\d/])"),
        ("mdy", rf"\b(?:{WEEKDAY_RE},?\s+)?({MONTH_RE})\s+({DAY_RE}),?\s+({YEAR_RE})\b"),
        ("dmy", rf"\b(?:{WEEKDAY_RE},?\s+)?({DAY_RE})\s+(?:of\s+)?({MONTH_RE}),?\s+({YEAR_RE})\b"),
        ("season_of_year", rf"\b(?:the\s+)?(spring|summer|autumn|fall|winter)\s+of\s+({YEAR_RE})\b"),
        (
            "quarter_of_year",
            rf"\b(?:the\s+)?(first|second|third|fourth|final|last)\s+quarter\s+(?:of\s+)?({YEAR_RE})\b",
        ),
        # "March last year", "December 14 next year": one expression, the month of the year named
        ("dm_of_named_year", rf"\b({DAY_RE})\s+(?:of\s+)?({MONTH_RE})\s+(last|next)\s+year\b{NOT_OWNED}"),
        ("md_of_named_year", rf"\b({MONTH_RE})(?:\s+({DAY_RE}))?\s+(last|next)\s+year\b{NOT_OWNED}"),
        # "August that year", "in March of the same year": the month of the year the text last named
        (
            "month_of_that_year",
            rf"\b(?:({DAY_RE})\s+(?:of\s+)?)?({MONTH_RE})(?:\s+({DAY_RE}))?,?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b(?!\s+as\b)",
        ),
        ("week_of_month", rf"\bthe\s+(first|second|third|fourth|last)\s+week\s+of\s+({MONTH_RE})(?:\s+({YEAR_RE}))?\b"),
        ("my", rf"\b({MONTH_RE})\s+(?:of\s+)?({YEAR_RE})\b"),
        ("md", rf"\b(?:{WEEKDAY_RE},?\s+)?({MONTH_RE})\s+({DAY_RE})\b(?!\s*(?:,\s*)?(?:{YEAR_RE}))"),
        ("dm", rf"\b(?:{WEEKDAY_RE},?\s+)?({DAY_RE})\s+(?:of\s+)?({MONTH_RE})\b"),
        # Counted from the date the text last named, else the brief's ("In May 2010 … a year earlier").
        (
            "same_span_a_year_before",
            r"\bthe\s+same\s+(day|week|month|quarter|period|time)\s+"
            r"(?:last\s+year|a\s+year\s+(?:ago|earlier|before)|the\s+(?:year\s+before|previous\s+year))\b",
        ),
        ("counted_from_anchor", rf"\b({NUM_RE})\s+(day|week|month|year|decade)s?\s+{STEP_WORD}"),
        ("unit_from_anchor", rf"\bthe\s+(day|week|month|year)\s+{STEP_WORD}"),
        (
            "anchor_neighbour",
            r"\bthe\s+(previous|preceding|prior|following|next(?=\s+day\b))\s+(day|week|month|year)\b",
        ),
        ("ago", rf"\b({NUM_RE})\s+(day|week|fortnight|month|year|decade)s?\s+(ago|from\s+now)\b"),
        (
            "edge_year",  # "the end of this year", "the first quarter of next year", "the second half of next year"
            r"\b(?:the\s+)?(end|beginning|start|middle|(?:first|second|third|fourth|final|last)\s+(?:quarter|half))"
            r"\s+of\s+(the|this|last|next)\s+year\b",
        ),
        ("edge_month", r"\b(?:the\s+)?(end|beginning|start|middle)\s+of\s+(the|this|last|next)\s+month\b"),
        # not "the end of the week-long festival", "later in the week of the blast"
        (
            "edge_week",
            r"\b(?:the\s+)?(end|beginning|start|middle)\s+of\s+(the|this|last|next)\s+week(?![-\w])(?!\s+of\b)",
        ),
        ("year_end", r"\b((?:year|month)[- ]end)\b"),  # "by year-end", "until month-end"
        ("weekday_of_week", rf"\b({WEEKDAY_RE})\s+(next|last|this)\s+week\b"),
        ("relative", r"\b(earlier|later)\s+(this)\s+(week|month|year)\b"),
        ("relative", r"\b(earlier|later)\s+in\s+the\s+(week)(?![-\w])(?!\s+of\b)"),  # this week, as "later this week"
        # Counted from the brief's date; "this past week", "the coming month" keep their determiner.
        ("relative", r"\b(?:(?:this|the)\s+)?(this|last|next|past|coming)\s+(week|month|year)s?\b"),
        ("named_weekday", rf"\b(last|next|this|previous|coming)\s+({WEEKDAY_RE}){PART_OF_DAY}\b"),
        ("weekday", rf"\b({WEEKDAY_RE}){PART_OF_DAY}\b"),
        ("day_word", r"\b(yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)\b"),  # that day, as "Tuesday night"
        ("day_word", r"\b(earlier\s+today|later\s+today|today|tonight|yesterday|tomorrow|last\s+night)\b"),
        ("day_word", r"\bthis\s+(morning|afternoon|evening)\b"),
        ("decade", r"\b(?:the\s+)(1[89]\d0|20\d0)s\b"),
        ("named_month", rf"\b(last|next|this)\s+({MONTH_RE})\b"),
        (
            "day_of_month",
            r"(?:(?<=\bon\s)|(?<=\bby\s)|(?<=\bfor\s)|(?<=\buntil\s)|(?<=\btill\s))"
            r"the\s+([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?!\s+[A-Za-z]|-)",
        ),
        ("season", r"\b(?:(this|last|next|coming|past)\s+|the\s+)?(spring|summer|autumn|winter)\b"),
        ("season", r"\b(this|last|next|coming|past)\s+(fall)\b"),  # American; "the fall" is as often a drop
        ("holiday", rf"\b(?:(last|next|this)\s+)?({HOLIDAY_RE})\b(?!['\u2019]s)"),
        ("weekend", r"\b(?:(the|this|last|next|coming|past)\s+)weekend\b(?!['\u2019]s)"),
        ("month", rf"\b({MONTH_RE})\b"),
        ("year", rf"\b({YEAR_RE})\b"),
    ]
]


@dataclass
class Found:
    start: int
    end: int
    kind: str
    groups: tuple
    previous: Found | None = None  # the expression before this one in the text
    value: IsoDate | None = None  # set by `resolve`, which is called in text order


def find_expressions(doc: Doc) -> list[Found]:
    text = text_of(doc)
    taken = [False] * (len(text) + 1)
    found: list[Found] = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            s, e = match.span()
            if any(taken[s:e]):
                continue
            plausible_kinds = (
                "month", "year", "weekday", "md", "dm", "named_month", "season", "weekend",
                "md_of_named_year", "dm_of_named_year", "month_of_that_year", "holiday",
            )  # fmt: skip
            if kind in plausible_kinds and not _plausible(doc, kind, match):
                continue
            if kind in ("month", "year", "my", "named_month", "relative", "season", "weekday"):
                s = with_modifier(text, s)
            found.append(Found(s, e, kind, match.groups()))
            for i in range(s, e):
                taken[i] = True
    found.sort(key=lambda f: f.start)
    for previous, later in zip(found, found[1:], strict=False):
        later.previous = previous
    return found


def with_modifier(text: str, start: int) -> int:
    """Where an expression starts once "early", "late" or "mid-" before it is taken in."""
    modifier = MODIFIER_BEFORE.search(text, max(0, start - 20), start)
    return modifier.start() if modifier else start


def _plausible(doc: Doc, kind: str, match: re.Match) -> bool:
    """Keep a bare month, year or weekday only where it is used as a date."""
    span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
    if span is None:
        return False
    token = span[0]
    labelled = token.ent_type_ in ("DATE", "TIME")
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    word = match.group(0)
    if kind == "weekday":  # not a named day of the year: "Black Friday", "Easter Monday"
        named_day = token.i > 0 and doc[token.i - 1].is_title and before in LEXICON.named_day_words
        return (
            word[0].isupper() and not named_day and token.ent_type_ not in ("ORG", "PERSON", "WORK_OF_ART", "PRODUCT")
        )
    if kind == "year":
        temporal = before in LEXICON.year_lead_words
        if token.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY", "PERCENT", "ORG", "PRODUCT"):
            return False
        return labelled or temporal
    if kind == "month":
        if not word[0].isupper():
            return False
        if second_of_a_pair(doc, token):
            return True
        if word.lower() in LEXICON.ambiguous_months:
            return labelled
        return labelled or before in LEXICON.month_lead_words
    if kind in ("md", "dm"):
        return match.group(0)[0].isupper() or match.group(0)[0].isdigit()
    if kind in ("md_of_named_year", "dm_of_named_year", "month_of_that_year"):  # "may" and "march" are words too
        month = match.group(1) if kind == "md_of_named_year" else match.group(2)
        return month[0].isupper()
    if kind == "named_month":
        return match.group(2)[0].isupper()
    if kind == "season":
        return _season_as_a_time(doc, span, match)
    if kind == "holiday":  # "by Christmas", "last Christmas"; not "Johnnie Christmas" or "Christmas trees"
        named = match.group(2)[0].isupper() and not _noun_after(doc, span)
        return named and (match.group(1) is not None or before in HOLIDAY_LEADS)
    if kind == "weekend":  # "the weekend", not "The Weekend Australian" or "the weekend edition"
        return span[-1].is_lower and not _noun_after(doc, span)
    return True


def _noun_after(doc: Doc, span: Span) -> bool:
    """Does a noun follow, which the words describe ("Christmas trees", "the weekend edition")?"""
    return span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN")


def second_of_a_pair(doc: Doc, token) -> bool:
    """ "between November and March", "from June to August": a month joined to a month before it."""
    return (
        token.i >= 2
        and doc[token.i - 1].lower_ in LEXICON.range_words
        and doc[token.i - 2].is_title
        and doc[token.i - 2].lower_ in MONTHS
    )


def _season_as_a_time(doc: Doc, span: Span, match: re.Match) -> bool:
    """ "next summer", "by late summer", "in the spring": a season as a time, not one that
    describes a thing ("a winter storm", "the summer holidays") or a year's ("the summer of 2010").
    A bare season is no one time where the sentence says what happens every year ("the pass is
    usually closed in winter"), nor a capitalised one inside a sentence, a name ("Winter said")."""
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.pos_ in ("NOUN", "PROPN", "NUM") or after.lower_ == "of"):
        return False
    season = span[-1]
    if season.lower_ == "fall" and after is not None and after.pos_ == "ADP":
        return False  # "this fall in inflation": a drop
    verb_after = after is not None and after.pos_ in ("AUX", "VERB")
    if season.lower_ == "fall" and verb_after and (match.group(1) or "").lower() in ("this", "next"):
        return False  # "this fall will deepen", "the index's next fall could be steep"; "Last fall was wet" is autumn
    if match.group(1):
        return True
    if season.is_title and not season.is_sent_start:
        return False
    if _told_as_a_habit(season):
        return False
    i = span.start - 1
    while i >= 0 and (doc[i].lower_ == "the" or doc[i].lower_ in LEXICON.span_modifiers):
        i -= 1
    return i >= 0 and doc[i].lower_ in LEXICON.season_prepositions


def _told_as_a_habit(season) -> bool:
    """Does the season's own clause tell what happens again and again: a habitual adverb on its
    verb ("is usually closed in winter"), or "every"/"each" before a noun of time in the
    sentence ("each year … in winter")? Not one in a clause about something else ("the minister,
    who has often criticised it, said it would change in autumn"), nor "every effort"."""
    verb = season
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "often rises and floods … in spring"
    if any(c.dep_ == "advmod" and c.lower_ in LEXICON.habitual_words for v in verbs for c in v.children):
        return True
    return any(
        t.lower_ in LEXICON.recurring_determiners
        and t.i + 1 < len(t.doc)
        and t.nbor().lower_ in LEXICON.recurring_time_nouns
        for t in season.sent
    )


def resolve(found: Found, text: str, dct: dt.date, when: str) -> IsoDate | None:
    """The expression's date; resolved in text order, as "the year before" counts from the last one."""
    try:
        if found.kind in WRITTEN_OUT:
            found.value = _written_out(found.kind, found.groups)
        elif found.kind in BY_TENSE:
            found.value = _by_tense(found, text, dct, when)
        elif found.kind in FROM_ANCHOR:
            found.value = _from_anchor(found, dct)
        else:
            found.value = _counted_from_brief(found.kind, found.groups, dct)
    except (ValueError, OverflowError):
        found.value = None  # "February 30" and the like: shown as text, not put on the timeline
    return found.value


WRITTEN_OUT = {
    "iso",
    "numeric",
    "mdy",
    "dmy",
    "my",
    "year",
    "decade",
    "season_of_year",
    "quarter_of_year",
}  # the date is all in the text
FROM_ANCHOR = {
    "same_span_a_year_before",
    "counted_from_anchor",
    "unit_from_anchor",
    "anchor_neighbour",
    "day_of_month",
    "month_of_that_year",
}
BY_TENSE = {
    "md",
    "dm",
    "week_of_month",
    "month",
    "named_month",
    "named_weekday",
    "weekday",
    "season",
    "weekend",
    "holiday",
}  # the year or week comes from the tense


def _written_out(kind: str, g: tuple) -> IsoDate | None:
    if kind == "iso":
        return IsoDate.of_day(dt.date(int(g[0]), int(g[1]), int(g[2])))
    if kind == "numeric":
        first, second, year = int(g[0]), int(g[1]), int(g[2])
        year += 0 if year >= 100 else 2000 if year < 50 else 1900  # '07 is 2007, '98 is 1998
        month, day = (first, second) if first <= 12 else (second, first)
        return IsoDate.of_day(dt.date(year, month, day))
    if kind == "mdy":
        return IsoDate.of_day(dt.date(int(g[2]), month_number(g[0]), day_number(g[1])))
    if kind == "dmy":
        return IsoDate.of_day(dt.date(int(g[2]), month_number(g[1]), day_number(g[0])))
    if kind == "my":
        return IsoDate.of_month(int(g[1]), month_number(g[0]))
    if kind == "year":
        return IsoDate.of_year(int(g[0]))
    if kind in ("season_of_year", "quarter_of_year"):  # "the summer of 2019": a part of that year
        return IsoDate.of_year(int(g[1]))
    if kind == "decade":
        return IsoDate.of_decade(int(g[0][:3]))
    return None


HEDGE_BEFORE = re.compile(r"\s(?:at\s+(?:the\s+)?(?:least|earliest|latest)|as\s+(?:early|late|soon)\s+as)\s+$", re.I)


def forward_preposition(found: Found, text: str) -> bool:
    """ "until Friday", "by Friday", "until at least February": the preposition before the
    expression (or before a hedge on it) points ahead."""
    start = found.start
    hedge = HEDGE_BEFORE.search(text, max(0, start - 20), start)
    if hedge:
        start = hedge.start() + 1
    before = text[max(0, start - 8) : start].lower()
    return any(p + " " in before for p in LEXICON.forward_preps)


def _by_tense(found: Found, text: str, dct: dt.date, when: str) -> IsoDate | None:
    g, kind = found.groups, found.kind
    if when == "perfect":  # "has stayed closed until Friday" looks ahead; "has fallen since Friday" back
        when = "future" if forward_preposition(found, text) else "past"
    if when == "arranged":  # "was remanded until March 8": arranged in the past, maybe for a date ahead
        when = _arranged_for(found, text)
    if when == "reported":  # "said it would open on Friday"; "said in December it would open in May"
        when = "future" if kind in ("weekday", "named_weekday") else "unknown"
    if when == "asked" and kind != "weekday":  # a weekday asked for is the nearer one (below)
        when = "unknown"
    if kind in ("md", "dm"):
        return IsoDate.of_day(_day_of_a_month(found, text, dct, when))
    if kind == "week_of_month":
        month = month_number(g[1])
        year = int(g[2]) if g[2] else nearest_month_year(month, dct, when)
        return IsoDate.of_week(week_of_month(year, month, g[0].lower()))
    if kind == "month":
        month = month_number(g[0])
        return IsoDate.of_month(nearest_month_year(month, dct, when), month)
    if kind == "named_month":  # "last March": the latest March before the brief's month
        month, which = month_number(g[1]), g[0].lower()
        year = dct.year - (which == "last" and month >= dct.month) + (which == "next" and month <= dct.month)
        return IsoDate.of_month(year, month)
    if kind == "season":
        return IsoDate.of_year(season_year(g[0], g[1].lower(), dct, when))
    if kind == "weekend":  # the week of its Saturday
        return IsoDate.of_week(weekend_saturday(g[0].lower(), dct, when))
    if kind == "holiday":
        return IsoDate.of_day(holiday_date(found, text, dct, when))
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
        target, direction = WEEKDAYS[g[0].lower()], when
        if when not in ("past", "future"):
            nearer = nearer_way(target, dct) if when in ("present", "asked") else "past"
            direction = "future" if forward_preposition(found, text) else nearer
        return IsoDate.of_day(weekday_date(target, dct, direction))
    return None


def _day_of_a_month(found: Found, text: str, dct: dt.date, when: str) -> dt.date:
    """ "May 7", "10 February": the nearest such day by tense; one written with its weekday
    ("Wednesday, May 7") in the year in which it falls on that weekday, whatever the tense says
    (of three years in a row, a day falls on a given weekday in one at most); a weekday it falls
    on in none of them, a slip in the copy, is ignored."""
    g = found.groups
    month, day = (
        (month_number(g[0]), day_number(g[1])) if found.kind == "md" else (month_number(g[1]), day_number(g[0]))
    )
    written = re.match(WEEKDAY_RE, text[found.start : found.end], re.IGNORECASE)
    if written is not None:
        weekday = WEEKDAYS[written.group(0).lower()]
        with contextlib.suppress(ValueError):
            return nearest_date(lambda y: _falling_on(weekday, dt.date(y, month, day)), dct, when)
    return nearest_date(lambda y: dt.date(y, month, day), dct, when)


def _falling_on(weekday: int, day: dt.date) -> dt.date:
    """The day, if it falls on the weekday (0 is Monday); a ValueError, as for "February 30", if not."""
    if day.weekday() != weekday:
        raise ValueError("the day falls on another weekday that year")
    return day


def nearer_way(target: int, dct: dt.date) -> str:
    """Which way the nearer such weekday lies, where a plain present does not say ("meets Ruiz in
    the final on Sunday", `tense.plain_present`), nor a past asking ("told members to return to
    classes on Thursday", `tense.asked_ahead`): news names the days around its own, so the nearer
    of the two is likelier. The brief's own weekday is that day."""
    ahead = (target - dct.weekday()) % 7
    return "future" if 0 < ahead <= 3 else "past"


def _arranged_for(found: Found, text: str) -> str:
    """ "was adjourned until Friday", "was postponed to 14 October", "was moved to May", "set the
    vote for Monday": a date an arrangement in the past points to ("until", "by", or the "to" or
    "for" of the new date) may still be ahead. A weekday is: what was arranged with one was
    arranged this week. A day of a month is the nearest such day. Any other date arranged, or one
    without such a preposition ("was remanded on Friday"), is past."""
    to_a_new_date = text[max(0, found.start - 5) : found.start].lower().endswith((" to ", " for "))
    if not (forward_preposition(found, text) or to_a_new_date):
        return "past"
    if found.kind == "weekday":
        return "future"
    return "unknown" if found.kind in ("md", "dm", "month") else "past"


def holiday_date(found: Found, text: str, dct: dt.date, when: str) -> dt.date:
    """ "last Christmas" the one before, "next Christmas" the one after; "by Christmas" ahead; "for
    Christmas" the nearest, whatever the tense ("had orders for Christmas" in November); else by tense."""
    which, name = found.groups
    month, day = HOLIDAYS[name.lower().replace("\u2019", "'")]
    if text[max(0, found.start - 4) : found.start].lower() == "for ":
        when = "unknown"
    when = {"last": "past", "next": "future"}.get((which or "").lower(), when)
    if when not in ("past", "future") and forward_preposition(found, text):
        when = "future"
    return nearest_date(lambda year: dt.date(year, month, day), dct, when)


SEASON_STARTS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # as the northern hemisphere counts


def season_year(which: str | None, season: str, dct: dt.date, when: str) -> int:
    """The year of the season meant: "next summer" the next to begin, "last summer" the last to
    end, "this summer" this year's; one with no such word by the tense of its clause."""
    start = SEASON_STARTS[season]
    which = (which or "").lower()
    if which in ("next", "coming"):
        return dct.year if start > dct.month else dct.year + 1
    if which in ("last", "past"):
        return dct.year if start + 2 < dct.month else dct.year - 1
    if not which and when == "future":  # "will reopen in the spring": this one, unless it is over
        return dct.year if start + 2 >= dct.month else dct.year + 1
    if not which and when == "past":  # "cut jobs in the summer": this one, if it has begun
        return dct.year if start <= dct.month else dct.year - 1
    return dct.year


NAMING_A_MONTH = {
    "iso",
    "numeric",
    "mdy",
    "dmy",
    "my",
    "md",
    "dm",
    "week_of_month",
    "month",
    "named_month",
    "md_of_named_year",
    "dm_of_named_year",
    "month_of_that_year",
}


def weekend_saturday(which: str, dct: dt.date, when: str) -> dt.date:
    """The Saturday of the weekend meant: "last weekend" the one before, "next weekend" the one
    after, "this weekend" this week's; "the weekend" by its clause's tense ("over the weekend"
    in a report is the one just gone)."""
    if which == "the":
        which = {"past": "last", "perfect": "last", "future": "next"}.get(when, "this")
    this = dct + dt.timedelta(days=5 - dct.weekday())  # this week's Saturday
    if which in ("last", "past"):
        return this if this <= dct else this - dt.timedelta(weeks=1)
    if which in ("next", "coming"):
        return this if this >= dct else this + dt.timedelta(weeks=1)
    return this


def anchor_of(found: Found, dct: dt.date, kinds: set[str] | None = None) -> IsoDate:
    """The date the text last named before `found` (of one of `kinds`, if given), else the
    brief's: the time the story is at."""
    earlier = found.previous
    while earlier is not None:
        if earlier.value is not None and (kinds is None or earlier.kind in kinds):
            return earlier.value
        earlier = earlier.previous
    return IsoDate.of_day(dct)


def _from_anchor(found: Found, dct: dt.date) -> IsoDate | None:
    """ "The year before", "two days later", "the following month", "the same month a year ago"."""
    g, kind, anchor = found.groups, found.kind, anchor_of(found, dct)
    if kind == "day_of_month":  # "the talks began on 3 March and end on the 14th"
        anchor = anchor_of(found, dct, kinds=NAMING_A_MONTH)  # not "a fortnight ago", which names none
        return (
            IsoDate.of_day(dt.date(anchor.year, anchor.first.month, int(g[0])))
            if fine_enough(anchor, Granularity.MONTH)
            else None
        )
    if kind == "same_span_a_year_before":
        return a_year_before(anchor, g[0].lower())
    if kind == "month_of_that_year":  # "the breach began in 2022 … found in August that year", "on 12 March that year"
        return in_year(anchor.year, g[1], g[0] or g[2])
    if kind == "counted_from_anchor":  # "two days later"
        count, unit, word = number(g[0]), g[1].lower(), g[2].lower()
        if count is None:
            return None
        if unit == "decade" and anchor.granularity is not Granularity.DECADE:
            count, unit = count * 10, "year"
    elif kind == "unit_from_anchor":  # "the year before"
        count, unit, word = 1, g[0].lower(), g[1].lower()
    else:  # "the previous year"
        count, unit, word = 1, g[1].lower(), g[0].lower()
    step = -count if word in LEXICON.backward_words else count
    return moved(anchor, unit, step)  # None when the last date is coarser than the unit


def _counted_from_brief(kind: str, g: tuple, dct: dt.date) -> IsoDate | None:
    """ "Two years ago", "ten years from now", "next month", "yesterday": so many units from the brief's date."""
    if kind == "ago":
        n = number(g[0])
        if n is None:
            return None
        n = n if g[2].lower() == "ago" else -n
        unit = g[1].lower()
        if unit == "day":
            return IsoDate.of_day(dct - dt.timedelta(days=n))
        if unit in ("week", "fortnight"):  # "a week ago" is the day a week before, as "a day ago" is
            return IsoDate.of_day(dct - dt.timedelta(weeks=n * (2 if unit == "fortnight" else 1)))
        if unit == "month":
            return months_from(dct, -n)
        return IsoDate.of_year(dct.year - (10 * n if unit == "decade" else n))
    if kind in ("md_of_named_year", "dm_of_named_year"):  # "March last year", "14 December next year"
        month, day, which = (g[0], g[1], g[2]) if kind == "md_of_named_year" else (g[1], g[0], g[2])
        return in_year(dct.year + shift(which), month, day)
    if kind == "edge_year":
        return IsoDate.of_year(dct.year + shift(g[1]))
    if kind == "edge_month":
        return months_from(dct, shift(g[1]))
    if kind == "edge_week":  # "by the end of the week": that week
        return IsoDate.of_week(dct + dt.timedelta(weeks=shift(g[1])))
    if kind == "year_end":
        return months_from(dct, 0) if g[0].lower().startswith("month") else IsoDate.of_year(dct.year)
    if kind == "relative":
        return relative(g, dct)
    if kind == "weekday_of_week":  # "Thursday next week": that day of that week
        step = {"next": 1, "last": -1, "this": 0}[g[1].lower()]
        monday = dct - dt.timedelta(days=dct.weekday()) + dt.timedelta(weeks=step)
        return IsoDate.of_day(monday + dt.timedelta(days=WEEKDAYS[g[0].lower()]))
    if kind == "day_word":
        word = g[0].lower().split()[-1]
        offset = {"yesterday": -1, "tomorrow": 1, "night": -1}.get(word, 0)  # "last night": the night before
        return IsoDate.of_day(dct + dt.timedelta(days=offset))
    return None


def said_on_the_day(
    resolved: list[tuple[Found, Span]], quoted: list[tuple[int, int]], dct: dt.date, lead: tuple[int, int] = (0, 0)
) -> None:
    """ "'We will vote tonight,' the leader said on Monday": "today", "tonight", "tomorrow",
    "yesterday" inside a quote (`quoted`: the quotes' character spans) count from the day its
    sentence says it was said, not from the brief's date. Where the sentence names no day, a
    quote's "today" or "tonight" is the day of the news the lead (`lead`: its character span)
    reports, if that is one of the six days before the brief's: "The council voted late on
    Tuesday … 'Tonight we are finally building,' she said" in Wednesday's brief means Tuesday
    night. Not "yesterday" (the reporter often rang the day after), nor a quote told in the
    present ("she says", "she has said"): the brief's own day."""

    def inside(at: int) -> bool:
        return any(start <= at < end for start, end in quoted)

    news_day = _day_of_the_news([(f, sp) for f, sp in resolved if lead[0] <= f.start < lead[1]], inside, dct)
    for n, (found, span) in enumerate(resolved):
        if found.kind != "day_word" or found.value is None or not inside(found.start):
            continue
        said = next(
            (
                later.value.first
                for later, later_span in resolved[n + 1 :]
                if later_span.sent == span.sent
                and later.value is not None
                and later.value.granularity is Granularity.DAY
                and not inside(later.start)
            ),
            None,
        )
        same_day = found.groups[0].lower().split()[-1] in ("today", "tonight")
        if said is None and same_day and not _told_in_the_present(span.sent, inside):
            said = news_day
        if said is not None:
            found.value = _counted_from_brief("day_word", found.groups, said)


def _day_of_the_news(in_the_lead: list[tuple[Found, Span]], inside, dct: dt.date) -> dt.date | None:
    """The lead's date outside quotes that dates its main clause ("A man held on Saturday appeared
    in court on Monday": Monday), else its first; where it is a day of the six before the brief's
    date, the day the reported event happened (else None)."""
    dates = [(f, span) for f, span in in_the_lead if not inside(f.start) and f.value is not None]
    main = [(f, span) for f, span in dates if _dates_the_main_clause(span)]
    chosen = main or dates
    found = chosen[0][0] if chosen else None
    if found is None or found.value is None or found.value.granularity is not Granularity.DAY:
        return None
    return found.value.first if 0 < (dct - found.value.first).days < 7 else None


def _dates_the_main_clause(span: Span) -> bool:
    """Does the date hang on its sentence's main verb (itself or through its preposition)?"""
    word = span.root.head if span.root.dep_ == "pobj" else span.root
    verb = word.head
    return verb == span.sent.root or verb.dep_ == "conj" and verb.head == span.sent.root


def _told_in_the_present(sentence: Span, inside) -> bool:
    """Is the sentence's speech verb outside the quote in the present ("she says", "she has said")?"""
    return any(
        t.tag_ in ("VBZ", "VBP")
        and not inside(t.idx)
        and (t.lemma_ in LEXICON.speech_verbs or t.head.lemma_ in LEXICON.speech_verbs)
        for t in sentence
    )


def range_shares_its_year(resolved: list[tuple[Found, Span]], text: str) -> None:
    """ "between March and June 2022", "from November to March 2023": a month without a year,
    joined by a range word to a date with one, is of that year (of the year before, if it comes
    later in the calendar than the month the range ends in)."""
    for (first, _), (second, _) in zip(resolved, resolved[1:], strict=False):
        if first.kind not in ("month", "md", "dm") or second.kind not in ("my", "mdy", "dmy"):
            continue
        between = text[first.end : second.start].strip().lower()
        if first.value is None or second.value is None or not _a_range(text, first, between):
            continue
        month_text, day_text = _month_and_day(first)
        end = second.value.first
        year = end.year if month_number(month_text) <= end.month else end.year - 1
        with contextlib.suppress(ValueError):  # "from 29 February to March 2015": no such day; it keeps its own
            first.value = in_year(year, month_text, day_text)


def in_year(year: int, month: str, day: str | None) -> IsoDate:
    """The month (and day, if given) named by these words, in `year`; ValueError for "February 30"."""
    if not day:
        return IsoDate.of_month(year, month_number(month))
    return IsoDate.of_day(dt.date(year, month_number(month), day_number(day)))


def _a_range(text: str, first: Found, between: str) -> bool:
    """ "March to June", "March–June", "between March and June": not "in May and March 2020
    brought …", where "and" joins two clauses."""
    if between in LEXICON.range_words - {"and", "or"} | {"-", "\u2013"}:
        return True
    return between == "and" and text[max(0, first.start - 9) : first.start].strip().lower().endswith("between")


def _month_and_day(found: Found) -> tuple[str, str | None]:
    """The month's and the day's words of a "month", "md" or "dm" expression."""
    if found.kind == "month":
        return found.groups[0], None
    if found.kind == "md":
        return found.groups[0], found.groups[1]
    return found.groups[1], found.groups[0]


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
