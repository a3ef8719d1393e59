"""Stage 4, link: every brief's annotation → one `Site`, with site-wide entities and ids.

Context first, output second (as in Pelican): this stage sees every brief before any page is
rendered, so an entity page can list mentions from all briefs. Its cost grows with the number
of mentions, not with briefs × entities.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import combinations
from pathlib import Path

from .annotate.aliases import name_key
from .connections import connect
from .errors import Warnings
from .gazetteer import load_gazetteer
from .memo import IdentityMemo
from .model import (
    Annotation,
    Brief,
    BriefPage,
    Document,
    Entity,
    Event,
    GlossaryEntry,
    IsoDate,
    Site,
    SiteMention,
    SiteQuote,
)
from .places import PLACE_TYPES, place_entities
from .site_merge import BriefEntities, brief_entities, merge_entities
from .slugs import unique_slug


def brief_url(brief_id: str) -> str:
    return f"briefs/{brief_id}.html"


def entity_url(entity_id: str) -> str:
    return f"entities/{entity_id}.html"


# An author, section or tag is known by its slug (`slugs.slugify` of the name): two spellings
# with one slug ("Middle East", "middle-east") are one page.
def author_url(slug: str) -> str:
    return f"authors/{slug}.html"


def section_url(slug: str) -> str:
    return f"sections/{slug}.html"


def tag_url(slug: str) -> str:
    return f"tags/{slug}.html"


def archive_url(period: str) -> str:
    """A year's or a month's page of the archive: "2015" or "2015/11"."""
    return f"archive/{period}.html"


def link(
    title: str,
    items: list[tuple[Brief, Document, Annotation]],
    entries: list[GlossaryEntry],
    render_markdown,
    warnings: Warnings,
    remembered: LinkMemo | None = None,
    kept: Path | None = None,
) -> Site:
    """`remembered`, kept by a long-running process, holds what linking worked out for each
    brief in the last build: a brief whose text, annotation and entity ids are unchanged is not
    linked again, and an unchanged annotation's entities are not looked at again.
    `kept` is a folder to keep the gazetteer's table and the graph's layout in (kept.py)."""
    items = sorted(items, key=lambda item: (item[0].date, item[0].id), reverse=True)
    memo = remembered if remembered is not None else LinkMemo()
    is_a_place = partial(_known_place, kept)
    summaries = [
        memo.entities.get((annotation,), partial(brief_entities, annotation, is_a_place)) for _, _, annotation in items
    ]
    merged_keys = merge_entities(summaries)
    entities, key_to_id = _site_entities([annotation for _, _, annotation in items], summaries, merged_keys)
    _apply_entries(entities, entries, render_markdown, warnings)

    pages: list[BriefPage] = []
    quotes: list[SiteQuote] = []
    events: list[Event] = []
    co_mentions: Counter = Counter()
    for (brief, document, annotation), keys in zip(items, merged_keys, strict=False):
        entity_ids = [key_to_id[key] for key in keys]
        linked = memo.briefs.get(
            (brief, document, annotation),
            partial(_link_brief, brief, document, annotation, entity_ids),
            key=tuple(entity_ids),
        )
        for entity_id, mentions in linked.mentions_by_entity.items():
            entities[entity_id].mentions.extend(mentions)
        co_mentions.update(linked.pairs)
        quotes.extend(linked.quotes)
        events.extend(linked.events)
        pages.append(
            BriefPage(
                brief, document, annotation, entity_ids, [q.id for q in linked.quotes], [e.id for e in linked.events]
            )
        )
    memo.forget_unused()
    _relate(entities, co_mentions)
    events.sort(key=lambda e: (event_sort_key(e.date), e.brief, e.id))
    entities = dict(sorted(entities.items()))
    site = Site(title=title, briefs=pages, entities=entities, quotes=quotes, events=events)
    if any(entity.type in PLACE_TYPES for entity in entities.values()):
        gazetteer = load_gazetteer(kept)
        site.unplaced, site.world = place_entities(entities, gazetteer, co_mentions), gazetteer.world
    site.graph = connect(entities, co_mentions, (page.entity_ids for page in pages), kept)
    return site


def _known_place(kept: Path | None, name: str) -> bool:
    """Does the gazetteer know a country, continent, US state or city by this name?"""
    return load_gazetteer(kept).place_type(name) is not None  # loaded only when a company's name asks


def _site_entities(
    annotations: list[Annotation], summaries: list[BriefEntities], merged_keys: list[list[tuple[str, str]]]
) -> tuple[dict[str, Entity], dict[tuple[str, str], str]]:
    """The site's entities, and the id of each site-wide key. Each takes the type its mentions use
    most, and the name most briefs use (a person's fullest name); ids are stable, made from names in
    the order of the keys."""
    names_by_key: dict[tuple, dict[str, int]] = {}  # plain dicts: this loop runs once per brief and entity
    briefs_by_key: dict[tuple, dict[str, int]] = {}
    types_by_key: dict[tuple, dict[str, int]] = {}
    aliases_by_key: dict[tuple, set] = {}
    for annotation, summary, keys in zip(annotations, summaries, merged_keys, strict=False):
        doubtful_people = {index for index, _ in summary.doubtful}
        for index, (entity, weight, key) in enumerate(zip(annotation.entities, summary.weights, keys, strict=False)):
            names = names_by_key.get(key)
            if names is None:
                names = names_by_key[key] = {}
                types_by_key[key], aliases_by_key[key], briefs_by_key[key] = {}, set(), {}
            types, aliases, briefs = types_by_key[key], aliases_by_key[key], briefs_by_key[key]
            names[entity.name] = names.get(entity.name, 0) + weight
            briefs[entity.name] = briefs.get(entity.name, 0) + 1
            # a doubtful person that joined a company's page ("Castellan") does not vote it a person
            types[entity.type] = types.get(entity.type, 0) + (0 if index in doubtful_people else weight)
            aliases.update(entity.aliases)
            aliases.add(entity.name)
    taken: set[str] = set()
    entities: dict[str, Entity] = {}
    key_to_id: dict[tuple, str] = {}
    for key in sorted(names_by_key):
        names, types, briefs = names_by_key[key], types_by_key[key], briefs_by_key[key]
        # "Jo Roe" names the page however many briefs say "Roe"; a company's page takes the name
        # most briefs use, not its longest ("Acme", not a one-off "Acme Computer Products Division")
        people_first = 0 if key[1] == "PERSON" else 1
        name = max(names, key=lambda n: (briefs[n] * people_first, len(n.split()), names[n], n))
        entity_type = max(types, key=lambda t: (types[t], t))
        entity_id = unique_slug(name, taken, fallback="entity")
        key_to_id[key] = entity_id
        entities[entity_id] = Entity(
            id=entity_id,
            name=name,
            type=entity_type,
            aliases=sorted(a for a in aliases_by_key[key] if name_key(a) != name_key(name)),
        )
    return entities, key_to_id


def _relate(entities: dict[str, Entity], co_mentions: Counter) -> None:
    """Each entity's ten most often named in one sentence with it."""
    related: dict[str, Counter] = defaultdict(Counter)
    for (a, b), count in co_mentions.items():
        related[a][b] += count
        related[b][a] += count
    for entity_id, entity in entities.items():
        entity.related = sorted(related[entity_id].items(), key=lambda kv: (-kv[1], kv[0]))[:10]


@dataclass
class LinkMemo:
    """What linking worked out from each brief's objects, kept by the preview between builds."""

    entities: IdentityMemo[BriefEntities] = field(default_factory=IdentityMemo)  # (annotation,) → its summary
    briefs: IdentityMemo[LinkedBrief] = field(default_factory=IdentityMemo)  # (brief, document, annotation) → share

    def forget_unused(self) -> None:
        self.entities.forget_unused()
        self.briefs.forget_unused()


@dataclass
class LinkedBrief:
    """One brief's share of the site: its mentions by entity id, the pairs of entities named in
    one sentence, its quotes and its dated events."""

    mentions_by_entity: dict[str, list[SiteMention]]
    pairs: Counter
    quotes: list[SiteQuote]
    events: list[Event]


def _link_brief(brief: Brief, document: Document, annotation: Annotation, entity_ids: list[str]) -> LinkedBrief:
    sentence_text = [document.text[s:e].strip() for s, e in annotation.sentences]
    mentions_by_entity: dict[str, list[SiteMention]] = defaultdict(list)
    for number, mention in enumerate(annotation.mentions):
        mentions_by_entity[entity_ids[mention.entity]].append(
            SiteMention(
                brief=brief.id,
                index=number,
                text=mention.text,
                sentence=sentence_text[mention.sentence],
                anchor=f"m-{number}",
            )
        )
    by_sentence: dict[int, set[str]] = defaultdict(set)
    for mention in annotation.mentions:
        by_sentence[mention.sentence].add(entity_ids[mention.entity])
    pairs = Counter(pair for together in by_sentence.values() for pair in combinations(sorted(together), 2))
    quotes = [
        SiteQuote(
            id=f"{brief.id}-q{number + 1}",
            brief=brief.id,
            text=quote.text,
            speaker=entity_ids[quote.speaker] if quote.speaker is not None else None,
            method=quote.method,
            sentence=sentence_text[quote.sentence],
            anchor=f"quote-{number + 1}",
            about=quoted_about(annotation, number, entity_ids),
        )
        for number, quote in enumerate(annotation.quotes)
    ]
    events = [
        Event(
            id=f"{brief.id}-t{number + 1}",
            brief=brief.id,
            date=timex.value,
            granularity=timex.granularity,
            expression=timex.expression,
            text=sentence_text[timex.sentence],
            summary=timex.summary,
            entities=sorted({entity_ids[e] for e in timex.entities}),
            anchor=f"t-{number + 1}",
        )
        for number, timex in enumerate(annotation.timexes)
    ]
    return LinkedBrief(dict(mentions_by_entity), pairs, quotes, events)


def quoted_about(annotation: Annotation, number: int, entity_ids: list[str]) -> list[str]:
    """The site entities a quote names: those of the mentions that lie inside its marks, sorted,
    the speaker left out (a speaker naming themself is not a subject). Mentions are in text order,
    so a binary search finds the first one inside the quote."""
    quote = annotation.quotes[number]
    mentions = annotation.mentions
    first = bisect_left(mentions, quote.start, key=lambda mention: mention.start)
    inside = set()
    for mention in mentions[first:]:
        if mention.start >= quote.end:
            break
        if mention.end <= quote.end:
            inside.add(entity_ids[mention.entity])
    if quote.speaker is not None:
        inside.discard(entity_ids[quote.speaker])
    return sorted(inside)


@lru_cache(maxsize=16384)  # a site has far fewer distinct dates than events
def event_sort_key(value: str) -> tuple[int, int, int, int]:
    """An event date's place on the timeline (see `IsoDate.sort_key`)."""
    return IsoDate.parse(value).sort_key()


def _apply_entries(
    entities: dict[str, Entity], entries: list[GlossaryEntry], render_markdown, warnings: Warnings
) -> None:
    by_name: dict[str, Entity] = {}
    for entity in entities.values():
        for name in [entity.name, *entity.aliases]:
            by_name.setdefault(name_key(name), entity)
    for entry in entries:
        if entry.ignore:
            continue
        curated = next(
            (by_name[k] for k in [name_key(entry.name), *(name_key(a) for a in entry.aliases)] if k in by_name), None
        )
        if curated is None:
            warnings.add(
                entry.path,
                None,
                f"glossary entry {entry.name!r} matches no entity in any brief",
                "check the name and aliases, or remove the entry",
            )
            continue
        curated.name = entry.name
        curated.type = entry.type
        curated.aliases = sorted(set(curated.aliases) | set(entry.aliases) - {entry.name})
        curated.description = entry.description
        curated.body_html = render_markdown(entry.body) if entry.body else ""
        curated.links = entry.links
        curated.entry = entry.path
