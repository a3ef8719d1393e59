"""The data behind the pages, as JSON: `api/briefing.json` (documented in the README) and
`api/timeline.json` in the Knight Lab TimelineJS format."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from typing import Any

from .link import author_url, brief_url, entity_url, section_url, tag_url
from .model import BriefPage, Entity, Event, Granularity, IsoDate, Site, SiteMention, SiteQuote
from .slugs import slugify


def json_text(data) -> str:
    """Deterministic JSON: sorted keys, UTF-8, one line (no indentation lets the C encoder run:
    several times faster on a large site; pipe it through `python -m json.tool` to read it)."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


# api/timeline.json holds the newest events only (by the date they happen), so that it stays
# under 5 MiB on any archive (about 300 bytes an event); every event is in api/briefs/<id>.json.
TIMELINE_EVENTS = 10_000

Remembered = Callable[[tuple, Callable[[], Any]], str]


def export_json(site: Site, remembered: Remembered | None = None) -> bytes:
    """`api/briefing.json`. It is written piece by piece (a brief, an entity, a quote, an event),
    each exactly as `json.dumps` of the whole would write it, so that the preview can reuse the
    JSON of the pieces an edit did not change: `remembered(key, make)` returns the JSON text of
    `make()`, or the text it kept for the piece `key` names when nothing it is made from changed
    (`render.remembered_json`)."""
    remembered = remembered or (lambda key, make: json_text(make()))
    # a brief's bylines are the names the author files give, which its own digest does not hold
    briefs = [
        remembered(("brief", page.brief.id, tuple(page.byline)), partial(brief_record, page)) for page in site.briefs
    ]
    entities = [remembered(("entity", e.id), partial(entity_record, e)) for e in site.entities.values()]
    quotes = [remembered(("quote", q.brief, q.id), partial(quote_record, q)) for q in site.quotes]
    timeline = [remembered(("event", t.brief, t.id), partial(event_record, t)) for t in site.events]
    # the keys in sorted order, as json.dumps(sort_keys=True) would write them
    text = (
        f'{{"briefs":{_listed(briefs)},"entities":{_listed(entities)},"quotes":{_listed(quotes)},'
        f'"timeline":{_listed(timeline)},"title":{json_text(site.title)}}}\n'
    )
    return text.encode("utf-8")


def _listed(pieces: list[str]) -> str:
    return "[" + ",".join(pieces) + "]"


def brief_record(page: BriefPage) -> dict[str, Any]:
    record = {
        "id": page.brief.id,
        "title": page.brief.title,
        "date": page.brief.date.isoformat(),
        "url": brief_url(page.brief.id),
        "source": page.brief.source,
        "entities": sorted(set(page.entity_ids)),
        "quotes": page.quote_ids,
        "timeline": page.event_ids,
    }
    return {**record, **newsroom_record(page)}


def newsroom_record(page: BriefPage) -> dict[str, Any]:
    """The brief's bylines, section, tags and update, each only when it has one (a brief without
    them is exported as before)."""
    brief = page.brief
    record: dict[str, Any] = {}
    if page.byline:
        record["authors"] = [
            {"id": author_id, "name": name, "url": author_url(author_id)} for author_id, name in page.byline
        ]
    if brief.section:
        record["section"] = {"name": brief.section, "url": section_url(slugify(brief.section, "section"))}
    if brief.tags:
        record["tags"] = [{"name": tag, "url": tag_url(slugify(tag, "tag"))} for tag in brief.tags]
    if brief.updated is not None:
        record["updated"] = brief.updated.isoformat()
    return record


def entity_record(e: Entity) -> dict[str, Any]:
    return {
        "id": e.id,
        "name": e.name,
        "type": e.type,
        "aliases": e.aliases,
        "url": entity_url(e.id),
        "description": e.description,
        "mentions": [mention_record(m) for m in e.mentions],
        "related": [{"entity": other, "count": count} for other, count in e.related],
    }


def mention_record(m: SiteMention) -> dict[str, Any]:
    return {"brief": m.brief, "text": m.text, "sentence": m.sentence, "url": f"{brief_url(m.brief)}#{m.anchor}"}


def quote_record(q: SiteQuote) -> dict[str, Any]:
    return {
        "id": q.id,
        "brief": q.brief,
        "text": q.text,
        "speaker": q.speaker,
        "about": q.about,
        "attribution": q.method,
        "sentence": q.sentence,
        "url": f"{brief_url(q.brief)}#{q.anchor}",
    }


def event_record(t: Event) -> dict[str, Any]:
    return {
        "id": t.id,
        "brief": t.brief,
        "date": t.date,
        "granularity": t.granularity,
        "expression": t.expression,
        "text": t.text,
        "summary": t.summary,
        "entities": t.entities,
        "url": f"{brief_url(t.brief)}#{t.anchor}",
    }


def timelinejs_json(site: Site, remembered: Remembered | None = None) -> bytes:
    """The newest `TIMELINE_EVENTS` events in TimelineJS's JSON format, for a newsroom's existing
    embed. Written piece by piece like `export_json`."""
    remembered = remembered or (lambda key, make: json_text(make()))
    titles = {page.brief.id: page.brief.title for page in site.briefs}
    dated = [(t, start) for t in site.events if (start := _timelinejs_date(t.date)) is not None]
    events = [
        remembered(("timelinejs", t.brief, t.id), partial(_timelinejs_event, t, start, titles[t.brief]))
        for t, start in dated[-TIMELINE_EVENTS:]  # site.events are in date order: the newest last
    ]
    title = {"text": {"headline": site.title, "text": "Dated events from the briefs"}}
    return f'{{"events":[{",".join(events)}],"title":{json_text(title)}}}\n'.encode()


def _timelinejs_event(t: Event, start: dict[str, int], group: str) -> dict[str, Any]:
    return {
        "unique_id": t.id,
        "start_date": start,
        "text": {"headline": t.expression, "text": t.summary},
        "group": group,
        "display_date": t.date,
    }


def _timelinejs_date(value: str) -> dict[str, int] | None:
    try:
        when = IsoDate.parse(value)
    except ValueError:
        return None
    if when.granularity in (Granularity.DAY, Granularity.WEEK):  # a week starts on its Monday
        return {"year": when.first.year, "month": when.first.month, "day": when.first.day}
    if when.granularity is Granularity.MONTH:
        return {"year": when.year, "month": when.first.month}
    return {"year": when.year}
