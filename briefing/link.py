"""Stage 4, link: every brief's annotation → one `Site`, with site-wide entities and ids.

Context first, output second (as in Pelican): this stage sees every brief before any page is
rendered, so an entity page can list mentions from all briefs. Its cost grows with the number
of mentions, not with briefs × entities.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations

from .annotate.aliases import name_key
from .errors import Warnings
from .model import (Annotation, Brief, BriefPage, Document, Entity, Event, GlossaryEntry, Site, SiteMention,
                    SiteQuote)
from .slugs import unique_slug

PLACE_TYPES = {"GPE", "LOC", "FAC"}


def type_family(entity_type: str) -> str:
    return "PLACE" if entity_type in PLACE_TYPES else entity_type


def brief_url(brief_id: str) -> str:
    return f"briefs/{brief_id}.html"


def entity_url(entity_id: str) -> str:
    return f"entities/{entity_id}.html"


def link(title: str, items: list[tuple[Brief, Document, Annotation]], entries: list[GlossaryEntry],
         render_markdown, warnings: Warnings, remembered: dict | None = None) -> Site:
    """`remembered`, kept by a long-running process, holds each brief's links from the last
    build: a brief whose text, annotation and entity ids are unchanged is not linked again."""
    items = sorted(items, key=lambda item: (item[0].date, item[0].id), reverse=True)
    global_key_of = _merge_entities(items)
    # ids: stable, from names, in a fixed order
    keys = sorted(set(global_key_of.values()))
    taken: set[str] = set()
    entities: dict[str, Entity] = {}
    key_to_id: dict[tuple, str] = {}
    names_by_key: dict[tuple, Counter] = defaultdict(Counter)
    types_by_key: dict[tuple, Counter] = defaultdict(Counter)
    aliases_by_key: dict[tuple, set] = defaultdict(set)
    mentions_of = [Counter(m.entity for m in annotation.mentions) for _, _, annotation in items]
    for (brief_index, local), key in global_key_of.items():  # in (brief, entity) order already
        annotation = items[brief_index][2]
        entity = annotation.entities[local]
        weight = mentions_of[brief_index][local] or 1
        names_by_key[key][entity.name] += weight
        types_by_key[key][entity.type] += weight
        aliases_by_key[key].update(entity.aliases)
        aliases_by_key[key].add(entity.name)
    for key in keys:
        name = max(names_by_key[key], key=lambda n: (len(n.split()), names_by_key[key][n], n))
        entity_type = max(types_by_key[key], key=lambda t: (types_by_key[key][t], t))
        entity_id = unique_slug(name, taken, fallback="entity")
        key_to_id[key] = entity_id
        entities[entity_id] = Entity(id=entity_id, name=name, type=entity_type,
                                     aliases=sorted(a for a in aliases_by_key[key] if name_key(a) != name_key(name)))
    _apply_entries(entities, entries, render_markdown, warnings)

    pages: list[BriefPage] = []
    quotes: list[SiteQuote] = []
    events: list[Event] = []
    co_mentions: Counter = Counter()
    kept: dict[tuple, tuple] = {}
    for brief_index, (brief, document, annotation) in enumerate(items):
        entity_ids = [key_to_id[global_key_of[(brief_index, i)]] for i in range(len(annotation.entities))]
        key = (id(brief), id(document), id(annotation), tuple(entity_ids))
        known = remembered.get(key) if remembered is not None else None
        if known is not None and known[0] is brief and known[1] is document and known[2] is annotation:
            linked = known[3]
        else:
            linked = _link_brief(brief, document, annotation, entity_ids)
        kept[key] = (brief, document, annotation, linked)
        for entity_id, mention in linked.mentions:
            entities[entity_id].mentions.append(mention)
        co_mentions.update(linked.pairs)
        quotes.extend(linked.quotes)
        events.extend(linked.events)
        pages.append(BriefPage(brief, document, annotation, entity_ids, [q.id for q in linked.quotes],
                               [e.id for e in linked.events]))
    if remembered is not None:
        remembered.clear()
        remembered.update(kept)
    related: dict[str, Counter] = defaultdict(Counter)
    for (a, b), count in co_mentions.items():
        related[a][b] += count
        related[b][a] += count
    for entity_id, entity in entities.items():
        entity.related = sorted(related[entity_id].items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    events.sort(key=lambda e: (event_sort_key(e.date), e.brief, e.id))
    return Site(title=title, briefs=pages, entities=dict(sorted(entities.items())), quotes=quotes, events=events)


@dataclass
class LinkedBrief:
    """One brief's share of the site: its mentions (with their entities' ids), the pairs of
    entities named in one sentence, its quotes and its dated events."""

    mentions: list[tuple[str, SiteMention]]
    pairs: list[tuple[str, str]]
    quotes: list[SiteQuote]
    events: list[Event]


def _link_brief(brief: Brief, document: Document, annotation: Annotation, entity_ids: list[str]) -> LinkedBrief:
    sentence_text = [document.text[s:e].strip() for s, e in annotation.sentences]
    mentions = [(entity_ids[mention.entity],
                 SiteMention(brief=brief.id, index=number, text=mention.text, sentence=sentence_text[mention.sentence],
                             anchor=f"m-{number}"))
                for number, mention in enumerate(annotation.mentions)]
    by_sentence: dict[int, set[str]] = defaultdict(set)
    for mention in annotation.mentions:
        by_sentence[mention.sentence].add(entity_ids[mention.entity])
    pairs = [pair for together in by_sentence.values() for pair in combinations(sorted(together), 2)]
    quotes = [SiteQuote(id=f"{brief.id}-q{number + 1}", brief=brief.id, text=quote.text,
                        speaker=entity_ids[quote.speaker] if quote.speaker is not None else None,
                        method=quote.method, sentence=sentence_text[quote.sentence], anchor=f"quote-{number + 1}")
              for number, quote in enumerate(annotation.quotes)]
    events = [Event(id=f"{brief.id}-t{number + 1}", brief=brief.id, date=timex.value, granularity=timex.granularity,
                    expression=timex.expression, text=sentence_text[timex.sentence], summary=timex.summary,
                    entities=sorted({entity_ids[e] for e in timex.entities}), anchor=f"t-{number + 1}")
              for number, timex in enumerate(annotation.timexes)]
    return LinkedBrief(mentions, pairs, quotes, events)


def event_sort_key(value: str) -> tuple:
    """Coarser dates first within their span: 2015 < 2015-11 < 2015-W48 … < 2015-11-24."""
    import datetime as dt

    if len(value) == 3:  # decade
        return (int(value) * 10, 0, 0, 0)
    if len(value) == 4:
        return (int(value), 0, 0, 0)
    if "-W" in value:
        year, week = value.split("-W")
        monday = dt.date.fromisocalendar(int(year), int(week), 1)
        return (monday.year, monday.month, monday.day, 1)
    if len(value) == 7:
        return (int(value[:4]), int(value[5:7]), 0, 0)
    date = dt.date.fromisoformat(value)
    return (date.year, date.month, date.day, 2)


def _merge_entities(items) -> dict[tuple[int, int], tuple]:
    """(brief index, local entity index) → a site-wide key; the same key is the same entity.

    Full names merge by name and type family; a lone surname in one brief joins the one
    person elsewhere whose full name ends with it."""
    key_of: dict[tuple[int, int], tuple] = {}
    full_people: dict[str, set[tuple]] = defaultdict(set)
    for b, (_, _, annotation) in enumerate(items):
        for i, entity in enumerate(annotation.entities):
            key = (name_key(entity.name), type_family(entity.type))
            key_of[(b, i)] = key
            words = entity.name.split()
            if entity.type == "PERSON" and len(words) > 1:
                full_people[name_key(words[-1])].add(key)
    for (b, i), key in key_of.items():
        entity = items[b][2].entities[i]
        if entity.type == "PERSON" and len(entity.name.split()) == 1:
            candidates = full_people.get(name_key(entity.name), set())
            if len(candidates) == 1:
                key_of[(b, i)] = next(iter(candidates))
    return key_of


def _apply_entries(entities: dict[str, Entity], entries: list[GlossaryEntry], render_markdown,
                   warnings: Warnings) -> None:
    by_name: dict[str, Entity] = {}
    for entity in entities.values():
        for name in [entity.name, *entity.aliases]:
            by_name.setdefault(name_key(name), entity)
    for entry in entries:
        if entry.ignore:
            continue
        entity = next((by_name[k] for k in [name_key(entry.name), *(name_key(a) for a in entry.aliases)]
                       if k in by_name), None)
        if entity is None:
            warnings.add(entry.path, None, f"glossary entry {entry.name!r} matches no entity in any brief",
                         "check the name and aliases, or remove the entry")
            continue
        entity.name = entry.name
        entity.type = entry.type
        entity.aliases = sorted(set(entity.aliases) | set(entry.aliases) - {entry.name})
        entity.description = entry.description
        entity.body_html = render_markdown(entry.body) if entry.body else ""
        entity.links = entry.links
        entity.entry = entry.path
