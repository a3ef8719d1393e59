"""The newsroom's side of linking, on the linked `Site`: authors, sections and tags across the
site, and each brief's related briefs. No HTML here (an author's bio is Markdown rendered by the
function given, as a glossary entry's backgrounder is in link.py).

An author, section or tag is known by the slug of its name (`slugs.slugify`), so two spellings
with one slug ("Middle East", "middle-east") are one page, named by the spelling most briefs use.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

import numpy

from .errors import Warnings
from .kept import keep, kept_path, read_kept
from .model import Author, AuthorEntry, BriefPage, Picture, Site, Topic
from .slugs import slugify

RELATED_BRIEFS = 5
RANKING = 1  # raise when `related_briefs` ranks differently: kept rankings are then made again
MOST_QUOTED = 10  # people on an author's page
MOST_MENTIONED = 10  # entities on a section's or tag's page


def arrange(
    site: Site,
    entries: list[AuthorEntry],
    render_markdown: Callable[[str], str],
    warnings: Warnings,
    states: dict,
    photos: Mapping[str, Picture] | None = None,
    related_of: Callable[[list[BriefPage]], list[list[str]]] | None = None,
) -> None:
    """Fill in the site's authors (with their `photos` from files, by slug), sections and tags,
    and each brief's related briefs (`related_of`, default `related_briefs`: the preview's
    memory keeps them), byline (the names its authors are shown by) and state ("draft",
    "scheduled" or "", see schedule.py)."""
    site.authors = _authors(site, entries, render_markdown, warnings)
    for slug, photo in (photos or {}).items():
        if slug in site.authors:
            site.authors[slug].photo = photo
    for page, related in zip(site.briefs, (related_of or related_briefs)(site.briefs), strict=True):
        page.related = related
        page.state = states.get(page.brief.id, "")
        page.byline = [(slug, site.authors[slug].name) for slug in (slugify(a, "author") for a in page.brief.authors)]
    site.sections = _topics(site, lambda page: [page.brief.section] if page.brief.section else [], "section")
    site.tags = _topics(site, lambda page: page.brief.tags, "tag")


def _by_slug(pages: list[BriefPage], names: Callable[[BriefPage], list[str]], fallback: str) -> dict:
    """{slug: (how often each spelling is used, ids of its briefs newest first)}, sorted by slug."""
    found: dict[str, tuple[Counter, list[str]]] = {}
    for page in pages:  # newest first
        for name in names(page):
            spellings, ids = found.setdefault(slugify(name, fallback), (Counter(), []))
            spellings[name] += 1
            if not ids or ids[-1] != page.brief.id:
                ids.append(page.brief.id)
    return dict(sorted(found.items()))


def _most_used(spellings: Counter) -> str:
    return min(spellings, key=lambda name: (-spellings[name], name))


def _authors(
    site: Site, entries: list[AuthorEntry], render_markdown: Callable[[str], str], warnings: Warnings
) -> dict[str, Author]:
    bylines = _by_slug(site.briefs, lambda page: page.brief.authors, "author")
    by_slug = {entry.slug: entry for entry in entries}
    for entry in entries:
        if entry.slug not in bylines:
            warnings.add(
                entry.path,
                None,
                f"author file {entry.slug!r} matches no byline of a published brief",
                "name the file after the byline's slug (jane-roe.md for Jane Roe), or remove it",
            )
    authors = {}
    for slug, (spellings, ids) in bylines.items():
        curated = by_slug.get(slug)
        authors[slug] = Author(
            id=slug,
            name=curated.name if curated is not None and curated.name else _most_used(spellings),
            briefs=ids,
            quoted=_most_quoted(site, set(ids)),
            entry=curated,
            bio_html=render_markdown(curated.body) if curated is not None and curated.body else "",
        )
    return authors


def _most_quoted(site: Site, brief_ids: set[str]) -> list[tuple[str, int]]:
    """The people quoted in these briefs, most quoted first."""
    counts = Counter(
        quote.speaker
        for quote in site.quotes
        if quote.brief in brief_ids and quote.speaker is not None and site.entities[quote.speaker].type == "PERSON"
    )
    return _top(counts, site, MOST_QUOTED)


def _topics(site: Site, names: Callable[[BriefPage], list[str]], fallback: str) -> dict[str, Topic]:
    pages = {page.brief.id: page for page in site.briefs}
    topics = {}
    for slug, (spellings, ids) in _by_slug(site.briefs, names, fallback).items():
        counts = Counter(
            pages[brief_id].entity_ids[mention.entity]
            for brief_id in ids
            for mention in pages[brief_id].annotation.mentions
        )
        topics[slug] = Topic(
            id=slug, name=_most_used(spellings), briefs=ids, entities=_top(counts, site, MOST_MENTIONED)
        )
    return topics


def _top(counts: Counter, site: Site, limit: int) -> list[tuple[str, int]]:
    """The `limit` most counted entities, ties by name: the same order however they were counted."""
    return heapq.nsmallest(limit, counts.items(), key=lambda kv: (-kv[1], site.entities[kv[0]].name.casefold(), kv[0]))


def ranked_from(pages: list[BriefPage]) -> list:
    """What decides `related_briefs`: each brief's id, date and entities, in order (with the
    ranking's version and limit). The preview compares it with its last build's; a one-off
    build names its kept ranking by it."""
    briefs = [[page.brief.id, page.brief.date.isoformat(), sorted(set(page.entity_ids))] for page in pages]
    return [RANKING, RELATED_BRIEFS, briefs]


def kept_related_briefs(pages: list[BriefPage], folder: Path | None, made_from: list | None = None) -> list[list[str]]:
    """`related_briefs`, kept in `folder` (kept.py) under what decides it (`made_from`, as
    `ranked_from` gives it): a build after an edit that names no new entity reads the ranking
    back. On 100,000 briefs ranking takes 150 s, because it grows with the square of the briefs
    that share an entity; reading it back takes about a second. Only the newest two are kept."""
    path = kept_path(folder, "related", made_from if made_from is not None else ranked_from(pages))
    known = read_kept(path)
    if isinstance(known, list) and len(known) == len(pages):
        ids = {page.brief.id for page in pages}
        if all(_brief_ids(related, ids) for related in known):
            return known
    related = related_briefs(pages)
    keep(path, related, newest=2)
    return related


def _brief_ids(related, ids: set[str]) -> bool:
    """Whether a kept ranking's entry is a list of the site's brief ids (a damaged file is not)."""
    return isinstance(related, list) and all(isinstance(i, str) and i in ids for i in related)


def related_briefs(pages: list[BriefPage], limit: int = RELATED_BRIEFS) -> list[list[str]]:
    """For each brief, up to `limit` others ranked by the entities they share, each weighted by
    its rarity across the site (inverse document frequency, log(briefs / briefs naming it): an
    entity every brief names weighs nothing); ties go to the newer brief, then the smaller id.
    Briefs that share nothing of weight are not related.

    A brief naming an entity that thousands of briefs name adds a weight to each of them, so the
    adding is done by numpy, a whole list of briefs at a time, into one array of scores."""
    entity_sets = [sorted(set(page.entity_ids)) for page in pages]  # sorted: sums add up in one order
    holders: dict[str, list[int]] = defaultdict(list)
    for number, entity_ids in enumerate(entity_sets):
        for entity_id in entity_ids:
            holders[entity_id].append(number)
    weight = {entity_id: math.log(len(pages) / len(held)) for entity_id, held in holders.items()}
    weighty = {entity_id: numpy.array(held) for entity_id, held in holders.items() if weight[entity_id] > 0}
    newer_first = [(-page.brief.date.toordinal(), page.brief.id) for page in pages]  # the ties' order
    scores = numpy.zeros(len(pages))
    related = []
    for number, entity_ids in enumerate(entity_sets):
        shared = [entity_id for entity_id in entity_ids if entity_id in weighty]
        for entity_id in shared:
            scores[weighty[entity_id]] += weight[entity_id]
        scores[number] = 0.0
        others = numpy.flatnonzero(scores)  # the briefs sharing something of weight
        best = heapq.nsmallest(
            limit, _contenders(others, scores, limit), key=lambda kv: (-round(kv[1], 9), newer_first[kv[0]])
        )
        related.append([pages[other].brief.id for other, _ in best])
        scores[others] = 0.0
    return related


def _contenders(others: numpy.ndarray, scores: numpy.ndarray, limit: int) -> list[tuple[int, float]]:
    """The briefs among `others` whose scores can be among the `limit` best once rounded: a
    brief that shares a common entity scores with thousands of others, and ranking each of them
    by the full key would take most of the time. A score a millionth below the `limit`-th best
    cannot round up to it."""
    found = scores[others]
    if len(found) > limit:
        cutoff = numpy.partition(found, len(found) - limit)[len(found) - limit] - 1e-6
        others, found = others[found >= cutoff], found[found >= cutoff]
    return [(int(other), float(score)) for other, score in zip(others, found, strict=True)]


def corrections_by_date(pages: Iterable[BriefPage]) -> list[tuple]:
    """(correction, brief page) for every correction of the site, newest first."""
    found = [(correction, page) for page in pages for correction in page.brief.corrections]
    return sorted(found, key=lambda cp: (-cp[0].date.toordinal(), -cp[1].brief.date.toordinal(), cp[1].brief.id))
