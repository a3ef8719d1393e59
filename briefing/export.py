"""The data behind the pages, as JSON: `api/briefing.json` (documented in the README) and
`api/timeline.json` in the Knight Lab TimelineJS format."""
from __future__ import annotations

import json

from .link import brief_url, entity_url
from .model import Site


def dumps(data) -> bytes:
    """Deterministic JSON: sorted keys, UTF-8, one line (no indentation lets the C encoder run:
    several times faster on a large site; pipe it through `python -m json.tool` to read it)."""
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode("utf-8")


def export_json(site: Site) -> bytes:
    return dumps({
        "title": site.title,
        "briefs": [{
            "id": page.brief.id, "title": page.brief.title, "date": page.brief.date.isoformat(),
            "url": brief_url(page.brief.id), "source": page.brief.source,
            "entities": sorted(set(page.entity_ids)), "quotes": page.quote_ids, "timeline": page.event_ids,
        } for page in site.briefs],
        "entities": [{
            "id": e.id, "name": e.name, "type": e.type, "aliases": e.aliases, "url": entity_url(e.id),
            "description": e.description,
            "mentions": [{"brief": m.brief, "text": m.text, "sentence": m.sentence,
                          "url": f"{brief_url(m.brief)}#{m.anchor}"} for m in e.mentions],
            "related": [{"entity": other, "count": count} for other, count in e.related],
        } for e in site.entities.values()],
        "quotes": [{
            "id": q.id, "brief": q.brief, "text": q.text, "speaker": q.speaker, "attribution": q.method,
            "sentence": q.sentence, "url": f"{brief_url(q.brief)}#{q.anchor}",
        } for q in site.quotes],
        "timeline": [{
            "id": t.id, "brief": t.brief, "date": t.date, "granularity": t.granularity,
            "expression": t.expression, "text": t.text, "summary": t.summary, "entities": t.entities,
            "url": f"{brief_url(t.brief)}#{t.anchor}",
        } for t in site.events],
    })


def timelinejs_json(site: Site) -> bytes:
    """Events in TimelineJS's JSON format, for a newsroom's existing embed."""
    briefs = {page.brief.id: page.brief for page in site.briefs}
    events = []
    for t in site.events:
        start = _timelinejs_date(t.date)
        if start is None:
            continue
        events.append({
            "unique_id": t.id,
            "start_date": start,
            "text": {"headline": t.expression, "text": t.summary},
            "group": briefs[t.brief].title,
            "display_date": t.date,
        })
    return dumps({"title": {"text": {"headline": site.title, "text": "Dated events from the briefs"}},
                  "events": events})


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
    return {k: int(v) for k, v in zip(keys, parts)}
