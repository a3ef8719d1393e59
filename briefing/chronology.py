"""What the timeline page and an entity page show of time: the drawn timeline of their events,
and a person's chronology of what they said and what they took part in.

The context functions in pages.py call these; `briefs` is the mapping they are given (the
preview's page memo records each brief looked up through it), `root` leads back to the site root.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .drawing.timeline import Dated, Drawing, Publication, draw
from .link import brief_url, event_sort_key
from .model import Event, IsoDate, SiteQuote


def timeline_drawing(events: list[Event], briefs: Mapping, root: str = "") -> Drawing | None:
    """The drawing of `events`, each linking to its sentence in its brief, with the publication
    date of each brief they come from; None without events."""
    titles: dict[str, str] = {}
    items = []
    for event in events:
        title = titles.get(event.brief)
        if title is None:
            title = titles[event.brief] = briefs[event.brief].brief.title
        items.append(
            Dated(
                event.date,
                f"{root}{brief_url(event.brief)}#{event.anchor}",
                f"{event.date}: {event.summary} ({title})",
                event.brief,
            )
        )
    publications = [
        Publication(
            brief_id, briefs[brief_id].brief.date, f"“{title}” published {briefs[brief_id].brief.date.isoformat()}"
        )
        for brief_id, title in titles.items()
    ]
    return draw(items, publications)


@dataclass(frozen=True)
class Moment:
    """One line of a person's chronology: a quote of theirs (dated by its brief) or an event."""

    date: str  # an IsoDate's text
    kind: str  # "quote" | "event"
    text: str
    href: str  # the exact sentence, from an entity page
    brief: str
    brief_title: str
    method: str = ""  # a quote's attribution, for the "check" note


def said_and_did(quotes: list[SiteQuote], events: list[Event], briefs: Mapping, root: str = "../") -> list[Moment]:
    """A person's quotes and the dated events they take part in, as one list in date order
    (quotes on their brief's day; ties keep the order of the briefs, quotes before events)."""
    moments: list[tuple[tuple, Moment]] = []
    for number, quote in enumerate(quotes):
        page = briefs[quote.brief]
        day = IsoDate.of_day(page.brief.date).text
        href = f"{root}{brief_url(quote.brief)}#{quote.anchor}"
        moment = Moment(day, "quote", quote.text, href, quote.brief, page.brief.title, quote.method)
        moments.append(((event_sort_key(day), quote.brief, 0, number), moment))
    for number, event in enumerate(events):
        href = f"{root}{brief_url(event.brief)}#{event.anchor}"
        title = briefs[event.brief].brief.title
        moment = Moment(event.date, "event", event.summary, href, event.brief, title)
        moments.append(((event_sort_key(event.date), event.brief, 1, number), moment))
    moments.sort(key=lambda pair: pair[0])
    return [moment for _, moment in moments]
