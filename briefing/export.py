"""The data behind the pages, as JSON: `api/briefing.json` (documented in the README) and
`api/timeline.json` in the Knight Lab TimelineJS format."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from .link import brief_url, entity_url
from .model import Site


def dumps(data) -> bytes:
    """Deterministic JSON: sorted keys, UTF-8, one line (no indentation lets the C encoder run:
    several times faster on a large site; pipe it through `python -m json.tool` to read it)."""
    return (json_text(data) + "\n").encode("utf-8")


def json_text(data) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def export_json(site: Site, remembered: Callable[[tuple, Callable[[], Any]], str] | None = None) -> bytes:
    """`api/briefing.json`. It is written piece by piece (a brief, an entity, a quote, an event),
    each exactly as `json.dumps` of the whole would write it, so that the preview can reuse the
    JSON of the pieces an edit did not change: `remembered(key, make)` returns the JSON text of
    `make()`, or the text it kept for `key` (a digest of everything the piece is made from)."""
    remembered = remembered or (lambda key, make: json_text(make()))

    def listed(items) -> str:
        return "[" + ",".join(items) + "]"

    briefs = listed(
        remembered(
            ("brief", page.brief.id),
            lambda page=page: {
                "id": page.brief.id,
                "title": page.brief.title,
                "date": page.brief.date.isoformat(),
                "url": brief_url(page.brief.id),
                "source": page.brief.source,
                "entities": sorted(set(page.entity_ids)),
                "quotes": page.quote_ids,
                "timeline": page.event_ids,
            },
        )
        for page in site.briefs
    )
    entities = listed(
        remembered(
            ("entity", e.id),
            lambda e=e: {
                "id": e.id,
                "name": e.name,
                "type": e.type,
                "aliases": e.aliases,
                "url": entity_url(e.id),
                "description": e.description,
                "mentions": [
                    {
                        "brief": m.brief,
                        "text": m.text,
                        "sentence": m.sentence,
                        "url": f"{brief_url(m.brief)}#{m.anchor}",
                    }
                    for m in e.mentions
                ],
                "related": [{"entity": other, "count": count} for other, count in e.related],
            },
        )
        for e in site.entities.values()
    )
    quotes = listed(
        remembered(
            ("quote", q.brief, q.id),
            lambda q=q: {
                "id": q.id,
                "brief": q.brief,
                "text": q.text,
                "speaker": q.speaker,
                "attribution": q.method,
                "sentence": q.sentence,
                "url": f"{brief_url(q.brief)}#{q.anchor}",
            },
        )
        for q in site.quotes
    )
    timeline = listed(
        remembered(
            ("event", t.brief, t.id),
            lambda t=t: {
                "id": t.id,
                "brief": t.brief,
                "date": t.date,
                "granularity": t.granularity,
                "expression": t.expression,
                "text": t.text,
                "summary": t.summary,
                "entities": t.entities,
                "url": f"{brief_url(t.brief)}#{t.anchor}",
            },
        )
        for t in site.events
    )
    # the keys in sorted order, as json.dumps(sort_keys=True) would write them
    text = (
        f'{{"briefs":{briefs},"entities":{entities},"quotes":{quotes},"timeline":{timeline},'
        f'"title":{json_text(site.title)}}}\n'
    )
    return text.encode("utf-8")


def timelinejs_json(site: Site, remembered: Callable[[tuple, Callable[[], Any]], str] | None = None) -> bytes:
    """Events in TimelineJS's JSON format, for a newsroom's existing embed. Written piece by
    piece like `export_json`."""
    remembered = remembered or (lambda key, make: json_text(make()))
    briefs = {page.brief.id: page.brief for page in site.briefs}
    events = [
        remembered(
            ("timelinejs", t.brief, t.id),
            lambda t=t, start=start: {
                "unique_id": t.id,
                "start_date": start,
                "text": {"headline": t.expression, "text": t.summary},
                "group": briefs[t.brief].title,
                "display_date": t.date,
            },
        )
        for t in site.events
        if (start := _timelinejs_date(t.date)) is not None
    ]
    title = {"text": {"headline": site.title, "text": "Dated events from the briefs"}}
    return f'{{"events":[{",".join(events)}],"title":{json_text(title)}}}\n'.encode()


def _timelinejs_date(value: str) -> dict | None:
    import datetime as dt

    if "-W" in value:
        year, week = value.split("-W")
        monday = dt.date.fromisocalendar(int(year), int(week), 1)
        return {"year": monday.year, "month": monday.month, "day": monday.day}
    parts = value.split("-")
    if len(parts[0]) != 4:
        return {"year": int(parts[0]) * 10} if parts[0].isdigit() else None
    keys = ("year", "month", "day")
    return {k: int(v) for k, v in zip(keys, parts, strict=False)}
