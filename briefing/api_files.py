"""The machine-readable data, split so that no file grows with the archive (README, "Data").

- `api/index.json`: how many briefs and entities there are and the files that list them,
  `api/index/briefs-<n>.json` and `api/index/entities-<n>.json` (`PER_INDEX_FILE` each, every
  entry with its page's URL and its data file's);
- `api/briefs/<id>.json`: a brief with its quotes and dated events;
- `api/entities/<id>.json`: an entity with its first `MENTIONS_PER_FILE` mentions (newest
  first); the rest in `api/entities/<id>/mentions-<n>.json`;
- `api/briefing.json`, everything in one file (export.py), while the site is small enough for
  it to stay under 5 MiB, or as the `full_export` setting says.

Each file is a row of `pages.PAGE_KINDS`. A file per item looks its brief or entity up through
the `briefs` and `entities` it is given, so the preview's page memo rewrites it only when that
brief or entity changed (page_memo.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .export import brief_record, entity_record, event_record, export_json, json_text, mention_record, quote_record
from .link import brief_url, entity_url
from .model import BriefPage, Entity, Site

if TYPE_CHECKING:
    from .pages import SiteData

INDEX = "api/index.json"
FULL_EXPORT = "api/briefing.json"
TIMELINE = "api/timeline.json"
PER_INDEX_FILE = 1000  # briefs or entities per index file: about 210 KiB
MENTIONS_PER_FILE = 1000  # about 300 KiB
# `full_export = "auto"` writes api/briefing.json up to this many briefs: on the benchmark's
# corpus it takes 10.7 KiB a brief (two thirds of it the sentence of every mention), so about
# 4.2 MiB at 400 briefs.
FULL_EXPORT_UP_TO = 400


def brief_data_url(brief_id: str) -> str:
    return f"api/briefs/{brief_id}.json"


def entity_data_url(entity_id: str) -> str:
    return f"api/entities/{entity_id}.json"


def mentions_url(entity_id: str, number: int) -> str:
    return f"api/entities/{entity_id}/mentions-{number}.json"


def index_url(name: str) -> str:
    return f"api/index/{name}.json"


def wants_full_export(setting: bool | str, briefs: int) -> bool:
    """Whether api/briefing.json is written: `full_export` true or false, or "auto" (small sites)."""
    return briefs <= FULL_EXPORT_UP_TO if setting == "auto" else bool(setting)


def full_export(data: SiteData) -> bytes | None:
    if not wants_full_export(data.renderer.settings.full_export, len(data.site.briefs)):
        return None
    return export_json(data.site, data.remembered)


def _data_file(record: dict[str, Any]) -> bytes:
    return (json_text(record) + "\n").encode("utf-8")


# --- a file per brief, per entity, per page of an entity's mentions ---------------------------


def brief_file(page: BriefPage, data: SiteData, entities: Mapping, briefs: Mapping) -> bytes:
    """The brief as in api/briefing.json, with its quotes and events in full instead of their ids."""
    page = briefs[page.brief.id]
    quotes = {q.id: q for q in data.grouped.quotes_by_brief[page.brief.id]}
    events = {t.id: t for t in data.grouped.events_by_brief[page.brief.id]}
    record = brief_record(page) | {
        "data": brief_data_url(page.brief.id),
        "quotes": [quote_record(quotes[i]) for i in page.quote_ids],  # in the brief's order
        "timeline": [event_record(events[i]) for i in page.event_ids],
    }
    return _data_file(record)


def brief_file_own(page: BriefPage, data: SiteData, memo) -> tuple:
    """A brief's quotes and events are linked with the rest of the site (speakers, subjects), and
    its bylines are the names the author files give."""
    grouped = data.grouped
    return (
        memo.digest_of_all(grouped.quotes_by_brief[page.brief.id]),
        memo.digest_of_all(grouped.events_by_brief[page.brief.id]),
        tuple(page.byline),
    )


def entity_file(entity: Entity, data: SiteData, entities: Mapping, briefs: Mapping) -> bytes:
    entity = entities[entity.id]
    record = entity_record(entity) | {
        "data": entity_data_url(entity.id),
        "mentions": [mention_record(m) for m in entity.mentions[:MENTIONS_PER_FILE]],
        "mention_count": len(entity.mentions),
        "mention_files": [mentions_url(entity.id, n) for n in range(2, _mention_files(entity) + 1)],
    }
    return _data_file(record)


def _mention_files(entity: Entity) -> int:
    return max(1, -(-len(entity.mentions) // MENTIONS_PER_FILE))


def more_mentions(site: Site) -> Iterable[tuple[str, tuple[Entity, int]]]:
    """(id, (entity, file number)) for the mention files beyond an entity's own, numbered from 2."""
    for entity in site.entities.values():
        for number in range(2, _mention_files(entity) + 1):
            yield f"{entity.id}/mentions-{number}", (entity, number)


def mentions_file(item: tuple[Entity, int], data: SiteData, entities: Mapping, briefs: Mapping) -> bytes:
    entity, number = entities[item[0].id], item[1]
    start = (number - 1) * MENTIONS_PER_FILE
    last = _mention_files(entity)
    return _data_file(
        {
            "entity": entity.id,
            "data": entity_data_url(entity.id),
            "file": number,
            "files": last,
            "mentions": [mention_record(m) for m in entity.mentions[start : start + MENTIONS_PER_FILE]],
            "next": mentions_url(entity.id, number + 1) if number < last else None,
        }
    )


# --- the index --------------------------------------------------------------------------------


def index_files(site: Site) -> Iterable[tuple[str, tuple[str, list[str]]]]:
    """(name, (kind, ids)) for each file that lists the briefs (newest first) or the entities (by id)."""
    lists = (("briefs", "brief", [p.brief.id for p in site.briefs]), ("entities", "entity", list(site.entities)))
    for name, kind, ids in lists:
        for number, start in enumerate(range(0, len(ids), PER_INDEX_FILE), start=1):
            yield f"{name}-{number}", (kind, ids[start : start + PER_INDEX_FILE])


def index_file(listed: tuple[str, list[str]], data: SiteData, entities: Mapping, briefs: Mapping) -> bytes:
    """One file of the index. It looks each brief or entity up, so the preview rewrites it only
    when one of them changed."""
    kind, ids = listed
    if kind == "brief":
        items = [_brief_entry(briefs[brief_id]) for brief_id in ids]
    else:
        items = [_entity_entry(entities[entity_id]) for entity_id in ids]
    return _data_file({"items": items})


def index_file_own(listed: tuple[str, list[str]], data: SiteData, memo) -> tuple:
    """Which briefs or entities the file lists (what it shows of each, it looks up)."""
    return (listed[0], tuple(listed[1]))


def _brief_entry(page: BriefPage) -> dict[str, Any]:
    brief = page.brief
    url, data = brief_url(brief.id), brief_data_url(brief.id)
    return {"id": brief.id, "title": brief.title, "date": brief.date.isoformat(), "url": url, "data": data}


def _entity_entry(e: Entity) -> dict[str, Any]:
    url, data = entity_url(e.id), entity_data_url(e.id)
    return {"id": e.id, "name": e.name, "type": e.type, "mentions": len(e.mentions), "url": url, "data": data}


def index(data: SiteData) -> bytes:
    """api/index.json: what there is, and where to find it."""
    site = data.site
    names = [name for name, _ in index_files(site)]
    full = wants_full_export(data.renderer.settings.full_export, len(site.briefs))
    return _data_file(
        {
            "title": site.title,
            "briefs": {"count": len(site.briefs), "files": [index_url(n) for n in names if n.startswith("briefs-")]},
            "entities": {
                "count": len(site.entities),
                "files": [index_url(n) for n in names if n.startswith("entities-")],
            },
            "full_export": FULL_EXPORT if full else None,
            "timeline": TIMELINE,
        }
    )
