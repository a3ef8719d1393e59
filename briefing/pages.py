"""The kinds of page and file the site is made of, in one table (`PAGE_KINDS`), as Pelican's
`DIRECT_TEMPLATES` are: each row says where its file goes, which template renders it and what
that template is given. Rendering, the list of site-wide pages (`LISTINGS`) and the navigation
all follow from the table, so a new kind of page is a row, a function for its context and a template.

Two kinds have a page per item (a brief, an entity): their path has an `{id}`, and their
context function is given the item and the site's `entities` and `briefs` to look things up in
(the preview's page memo records those look-ups). The others list the whole site.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, partial
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from . import api_files, archive
from . import newsroom_pages as newsroom
from . import visual_pages as visual
from .chronology import said_and_did, timeline_drawing
from .export import timelinejs_json
from .feeds import (
    SITE_FEED,
    as_atom,
    as_json_feed,
    brief_summary,
    entity_feed,
    entity_feed_own,
    feed_stem,
    group_feed,
    group_feed_own,
    page_feeds,
    site_atom,
    site_json_feed,
)
from .link import archive_url, author_url, brief_url, entity_url, event_sort_key, section_url, tag_url
from .markup import render_brief_body
from .model import TYPE_GROUPS, BriefPage, Entity, Site
from .page_memo import PageMemo, remembered_json
from .paging import Paged, page_of, page_path, page_pattern
from .publish import NEWS_SITEMAP, SITEMAP, absolute, news_sitemap_xml, schema_thing, sitemap_xml
from .schedule import build_day

if TYPE_CHECKING:
    from .render import Renderer

# An entity page shows the newest quotes by and about it and its newest events (its mentions are
# paged, and every quote and event stays in the quotes index, the timeline and the JSON): keeps
# "United States" readable on a big archive.
NEWEST_FOR = 40
GROUP_ORDER = ("People", "Organisations", "Places", "Other")


class Grouped:
    """The site's quotes and events grouped the ways the pages list them."""

    def __init__(self, site: Site) -> None:
        self.quotes_by_speaker: dict[str | None, list] = defaultdict(list)
        self.quotes_by_brief: dict[str, list] = defaultdict(list)
        self.quotes_about: dict[str, list] = defaultdict(list)
        self.events_by_entity: dict[str, list] = defaultdict(list)
        self.events_by_brief: dict[str, list] = defaultdict(list)
        for quote in site.quotes:
            self.quotes_by_speaker[quote.speaker].append(quote)
            self.quotes_by_brief[quote.brief].append(quote)
            for entity_id in quote.about:
                self.quotes_about[entity_id].append(quote)
        for event in site.events:
            self.events_by_brief[event.brief].append(event)
            for entity_id in event.entities:
                self.events_by_entity[entity_id].append(event)


@dataclass
class SiteData:
    """What the context functions draw on: the linked site, grouped, and the renderer's settings."""

    site: Site
    renderer: Renderer
    memo: PageMemo | None
    grouped: Grouped = field(init=False)
    _mentions_by_brief: dict[str, list[tuple[str, list]]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.grouped = Grouped(self.site)

    @cached_property
    def briefs(self) -> dict[str, BriefPage]:
        return {page.brief.id: page for page in self.site.briefs}

    def mentions_by_brief(self, entity: Entity) -> list[tuple[str, list]]:
        """An entity's mentions grouped by brief, newest brief first: sorted once per entity, not
        once for each numbered page of the list. The order depends on the briefs' dates, which a
        page does not look up for the briefs on other pages: `entity_own` names the order."""
        found = self._mentions_by_brief.get(entity.id)
        if found is None:
            grouped: dict[str, list] = defaultdict(list)
            for mention in entity.mentions:
                grouped[mention.brief].append(mention)
            date = {brief_id: self.briefs[brief_id].brief.date for brief_id in grouped}
            found = sorted(grouped.items(), key=lambda kv: (date[kv[0]], kv[0]), reverse=True)
            self._mentions_by_brief[entity.id] = found
        return found

    @cached_property
    def feed_entries(self) -> dict[str, dict]:
        """Brief id → the brief as a feed entry, filled as feeds are written (feeds.entries):
        a brief in many feeds is made into an entry once per build."""
        return {}

    @cached_property
    def listed_at(self) -> dict[str, str]:
        """Quote or event id → where the quotes index or the timeline lists it (its page's path
        and the anchor), for the links from a brief and from an entity page."""
        size = self.renderer.settings.page_size
        places = {}
        for path, key, paged, context in (
            ("quotes.html", "quotes", QUOTES, quotes_context(self)),
            ("timeline.html", "events", TIMELINE, timeline_context(self)),
        ):
            listed = context[key]
            for position, item in enumerate(listed):
                number = page_of(position, len(listed), size, paged.from_oldest)
                places[item.id] = f"{page_path(path, number)}#{item.id}"
        return places

    @cached_property
    def chrome(self) -> dict:
        """The navigation every page shows (see `newsroom_pages.chrome`)."""
        return newsroom.chrome(self.site, PAGE_KINDS)

    @cached_property
    def remembered(self) -> Callable | None:
        """The preview's kept pieces of the JSON (asked once per build, see `remembered_json`)."""
        return remembered_json(self.site, self.memo) if self.memo is not None and self.memo.holds_pages else None


@dataclass(frozen=True)
class PageKind:
    """A row of the table: one kind of page (or data file) and how it is made."""

    name: str
    path: str  # the output path; with "{id}", one page per brief or entity
    template: str | None  # None: `context` returns the file's bytes itself (or None: no file)
    context: Callable[..., Any]  # (SiteData) → the template's names; per item: (item, SiteData, entities, briefs)
    menu: str = ""  # its label in the site navigation ("": not in it)
    current: str = ""  # the navigation entry marked as the current page (default: its own, if it has one)
    items: Callable[[Site], Iterable] | None = None  # a page per item: (id, item) for each brief or entity
    # per item, for the preview's memo: (item, SiteData, memo) → what its page shows beyond the item's digest
    own: Callable[..., tuple] = lambda *_: ()
    in_sitemap: bool = True
    when: Callable[[Site], bool] | None = None  # a site-wide page is made only if this holds (authors: if any)
    paged: Paged | None = None  # a list split into pages of `page_size` (paging.py)
    # per item, names only its own page shows, not its numbered pages: (item, SiteData, entities, briefs)
    own_page: Callable[..., dict] | None = None

    def url(self, item_id: str = "") -> str:
        return self.path.replace("{id}", item_id)

    def exists(self, site: Site) -> bool:
        return self.when is None or self.when(site)

    def each(self, site: Site) -> Iterable[tuple[str, Any]]:
        """(id, item) for each of its pages; a site-wide kind has one, without an item (or none)."""
        if self.items:
            return self.items(site)
        return [("", None)] if self.exists(site) else []

    @property
    def nav(self) -> str:
        return self.current or (self.name if self.menu else "")


# --- a page per item ------------------------------------------------------------------------


def brief_context(page: BriefPage, data: SiteData, entities: Mapping, briefs: Mapping) -> dict:
    quotes = data.grouped.quotes_by_brief[page.brief.id]
    summary = brief_summary(page)
    settings = data.renderer.settings
    return dict(
        summary=summary,
        json_ld={
            **news_article(page, entities, settings, summary),
            **newsroom.article_newsroom(page, data.site, settings),
        },
        **newsroom.brief_newsroom(page, data, briefs),
        og_image=social_image(page, settings),
        page=page,
        body=Markup(render_brief_body(page, data.renderer, entities, quotes, data.listed_at)),
        page_title=page.brief.title,
        quotes=quotes,
        events=data.grouped.events_by_brief[page.brief.id],
        people=_grouped_entities(page, entities),
        **visual.brief_map(page, entities),
    )


def entity_context(entity: Entity, data: SiteData, entities: Mapping, briefs: Mapping) -> dict:
    return dict(
        entity=entity,
        page_title=entity.name,
        mentions_by_brief=data.mentions_by_brief(entity),
        feeds=page_feeds(entity_url(entity.id), entity.name, data.renderer.settings),
    )


def entity_drawings(entity: Entity, data: SiteData, entities: Mapping, briefs: Mapping) -> dict:
    """What only an entity's own page shows below its mentions: its quotes, events and drawings."""
    quotes, events = data.grouped.quotes_by_speaker.get(entity.id, []), data.grouped.events_by_entity.get(entity.id, [])
    return dict(
        quote_count=len(quotes),
        event_count=len(events),
        **entity_time_context(entity, data, briefs, quotes[:NEWEST_FOR], events[-NEWEST_FOR:]),
        **visual.entity_visuals(entity, entities),
    )


def entity_brief_count(entity: Entity, data: SiteData) -> int:
    """How many briefs mention the entity: the length of its page's list."""
    return len({mention.brief for mention in entity.mentions})


def entity_time_context(entity: Entity, data: SiteData, briefs: Mapping, quotes: list, events: list) -> dict:
    """The drawn timeline of an entity's events, the quotes by and about it and, for a person,
    the chronology of what they said and did: each of the newest `NEWEST_FOR`."""
    return dict(
        quotes=quotes,
        events=events,
        drawing=timeline_drawing(events, briefs, "../"),
        quotes_about=data.grouped.quotes_about.get(entity.id, [])[:NEWEST_FOR],
        quotes_about_count=len(data.grouped.quotes_about.get(entity.id, [])),
        listed_at=data.listed_at,
        said_and_did=said_and_did(quotes, events, briefs) if entity.type == "PERSON" else [],
    )


def entity_own(entity: Entity, data: SiteData, memo: PageMemo) -> tuple:
    """A brief page's quotes and events follow from the brief's digest; an entity's do not."""
    grouped = data.grouped
    quotes, events = grouped.quotes_by_speaker.get(entity.id, []), grouped.events_by_entity.get(entity.id, [])
    about = grouped.quotes_about.get(entity.id, [])
    newest = (quotes[:NEWEST_FOR], events[-NEWEST_FOR:], about[:NEWEST_FOR])
    listed = [data.listed_at[event.id] for event in newest[1]]
    order = [brief_id for brief_id, _ in data.mentions_by_brief(entity)]  # decides which page lists which brief
    counts = (len(quotes), len(events), len(about))
    return (NEWEST_FOR, *counts, listed, order, *(memo.digest_of_all(part) for part in newest))


SCHEMA_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place"}


def news_article(page: BriefPage, entities: Mapping, settings, summary: str) -> dict:
    """schema.org NewsArticle for the brief's JSON-LD, mentioning each of its entities once."""
    brief = page.brief
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": brief.title,
        "datePublished": brief.date.isoformat(),
        "description": summary,
        "publisher": {"@type": "Organization", "name": settings.title},
    }
    url = absolute(settings, brief_url(brief.id))
    if url:
        data["url"] = data["mainEntityOfPage"] = url
    image = social_image(page, settings)
    if image:
        data["image"] = image_object(image)
    mentions = [
        schema_thing(settings, SCHEMA_TYPES.get(entities[e].type, "Thing"), entities[e].name, entity_url(e))
        for e in sorted(set(page.entity_ids))
    ]
    if mentions:
        data["mentions"] = mentions
    return data


def social_image(page: BriefPage, settings) -> dict | None:
    """The picture that stands for the brief in link previews and in its JSON-LD: its lead image,
    else its first; at its largest, by an absolute URL (so none without a base URL)."""
    picture = page.media.lead or (page.media.body[0] if page.media.body else None)
    if picture is None or not settings.site_url:
        return None
    largest = picture.largest
    return {
        "url": absolute(settings, largest.path),
        "width": largest.width,
        "height": largest.height,
        "alt": picture.alt,
        "caption": picture.caption,
        "credit": picture.credit,
    }


def image_object(image: dict) -> dict:
    """schema.org ImageObject of `social_image`."""
    data = {"@type": "ImageObject", "url": image["url"], "width": image["width"], "height": image["height"]}
    if image["caption"]:
        data["caption"] = image["caption"]
    if image["credit"]:
        data["creditText"] = image["credit"]
    return data


def _grouped_entities(page: BriefPage, entities: Mapping) -> list[tuple[str, list]]:
    seen: dict[str, int] = defaultdict(int)
    for mention in page.annotation.mentions:
        seen[page.entity_ids[mention.entity]] += 1
    groups: dict[str, list] = defaultdict(list)
    for entity_id, count in seen.items():
        entity = entities[entity_id]
        groups[TYPE_GROUPS.get(entity.type, "Other")].append((entity, count))
    return [
        (label, sorted(groups[label], key=lambda ec: (-ec[1], ec[0].name.casefold())))
        for label in GROUP_ORDER
        if groups.get(label)
    ]


# --- pages that list the whole site ---------------------------------------------------------


def home_context(data: SiteData) -> dict:
    return dict(page_title=data.site.title, pages=data.site.briefs, **visual.home_map(data))


def glossary_context(data: SiteData) -> dict:
    order = {label: number for number, label in enumerate(GROUP_ORDER)}

    def place(entity: Entity) -> tuple:
        return (order[TYPE_GROUPS.get(entity.type, "Other")], entity.name.casefold(), entity.id)

    listed = sorted(data.site.entities.values(), key=place)
    return dict(
        entities=listed, letters=glossary_letters(listed, data.renderer.settings.page_size), page_title="Glossary"
    )


def glossary_letters(listed: list[Entity], size: int) -> list[tuple[str, list[tuple[str, str]]]]:
    """For each type: (its label, [(a first letter, the page and anchor where it starts)]), so
    every page of the glossary can jump to any letter of any type."""
    letters: dict[str, dict[str, str]] = defaultdict(dict)
    for position, entity in enumerate(listed):
        label, letter = TYPE_GROUPS.get(entity.type, "Other"), entity.name[:1].upper()
        if letter not in letters[label]:
            page = page_path("glossary.html", page_of(position, len(listed), size, from_oldest=False))
            letters[label][letter] = f"{page}#{letter_anchor(label, letter)}"
    return [(label, list(letters[label].items())) for label in GROUP_ORDER if label in letters]


def letter_anchor(label: str, letter: str) -> str:
    """The id of the first entity of a type with a first letter: "people-a"; a letter that is
    not a plain one by its code point ("other-u22"), as an id must be safe in a URL too."""
    name = letter.lower() if letter.isascii() and letter.isalnum() else f"u{ord(letter):x}"
    return f"{label.lower()}-{name}"


def glossary_groups(entities: Sequence[Entity], names: dict) -> dict:
    """A glossary page's entities by type, in the glossary's order: (label, [(entity, the id of
    the first of its letter on this page, else None)])."""
    groups: dict[str, list] = defaultdict(list)
    for entity in entities:
        label = TYPE_GROUPS.get(entity.type, "Other")
        anchor = letter_anchor(label, entity.name[:1].upper())
        first = not groups[label] or letter_anchor(label, groups[label][-1][0].name[:1].upper()) != anchor
        groups[label].append((entity, anchor if first else None))
    return dict(groups=list(groups.items()))


def quotes_context(data: SiteData) -> dict:
    by_speaker, entities = data.grouped.quotes_by_speaker, data.site.entities
    speakers = sorted(
        (k for k in by_speaker if k is not None),
        key=lambda k: (-len(by_speaker[k]), entities[k].name.casefold()),
    )
    listed = [quote for speaker in [*speakers, None] for quote in by_speaker.get(speaker, [])]
    return dict(quotes=listed, quotes_by_speaker=by_speaker, page_title="Quotes")


def quote_groups(quotes: Sequence, names: dict) -> dict:
    """A quotes page's quotes by speaker (None: unattributed, last), the subjects they are about
    and the briefs they come from: what the page's filters offer."""
    groups: dict[str | None, list] = defaultdict(list)
    for quote in quotes:
        groups[quote.speaker].append(quote)
    return dict(
        groups=list(groups.items()),
        subjects=sorted({entity_id for quote in quotes for entity_id in quote.about}),
        from_briefs=sorted({quote.brief for quote in quotes}),
    )


def timeline_context(data: SiteData) -> dict:
    site = data.site
    return dict(
        events=site.events[::-1],  # newest first: the pages are numbered from the oldest
        latest=site.briefs[0].brief.date.isoformat() if site.briefs else None,
        page_title="Timeline",
    )


def timeline_years(events_newest_first: Sequence, names: dict) -> dict:
    """A timeline page's events in calendar order, by year and month, and their drawing."""
    events = list(reversed(events_newest_first))
    years: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for event in events:
        year, month_number = event_sort_key(event.date)[:2]  # a week files under its Monday's month
        month = f"{year:04d}-{month_number:02d}" if month_number else ""
        years[str(year)][month].append(event)
    return dict(
        years=sorted((y, sorted(m.items())) for y, m in years.items()),
        drawing=timeline_drawing(events, names["briefs"], names["root"]),
    )


def not_found_context(data: SiteData) -> dict:
    # GitHub Pages serves 404.html at whatever path was asked for, so its links start from the
    # site's own path; and it has no address of its own.
    return dict(root=data.renderer.settings.base_path, canonical="", page_title="Page not found")


def sitemap(data: SiteData) -> bytes | None:
    html_paths = sorted(
        kind.url(item_id)
        for kind in PAGE_KINDS
        if kind.path.endswith(".html") and kind.in_sitemap
        for item_id, _ in kind.each(data.site)
    )
    return sitemap_xml(data.renderer.settings, html_paths, data.site)


def news_sitemap(data: SiteData) -> bytes | None:
    return news_sitemap_xml(data.renderer.settings, data.site, data.site.built_on or build_day(None))


def timeline_json(data: SiteData) -> bytes:
    return timelinejs_json(data.site, data.remembered)


def _briefs(site: Site) -> Iterable[tuple[str, BriefPage]]:
    return ((page.brief.id, page) for page in site.briefs)


def _entities(site: Site) -> Iterable[tuple[str, Entity]]:
    return site.entities.items()


def _sections(site: Site) -> Iterable:
    return site.sections.items()


def _tags(site: Site) -> Iterable:
    return site.tags.items()


def _authors(site: Site) -> Iterable:
    return site.authors.items()


def follow_kinds(name: str, url: Callable[[str], str], feed_of: Callable, items: Callable, own: Callable) -> tuple:
    """The Atom and JSON feeds of each item (an entity, section, tag or author), beside its page."""
    stem = feed_stem(url("{id}"))
    return (
        PageKind(f"{name}-feed", stem + ".xml", None, as_atom(feed_of), items=items, own=own),
        PageKind(f"{name}-json-feed", stem + ".json", None, as_json_feed(feed_of), items=items, own=own),
    )


BRIEF_LIST = Paged("pages")
BRIEFS_OF_ITEM = Paged("pages", length=newsroom.brief_count)  # an author's, section's, tag's or month's
INDEX_LIST = Paged("items", from_oldest=False)  # the authors, sections or tags, A to Z
QUOTES = Paged("quotes", from_oldest=False, regroup=quote_groups)
TIMELINE = Paged("events", regroup=timeline_years)
PAGE_KINDS = (
    PageKind("brief", brief_url("{id}"), "brief.html", brief_context, items=_briefs, own=newsroom.brief_own),
    PageKind(
        "entity",
        entity_url("{id}"),
        "entity.html",
        entity_context,
        items=_entities,
        own=entity_own,
        current="glossary",
        paged=Paged("mentions_by_brief", length=entity_brief_count),
        own_page=entity_drawings,
    ),
    PageKind(
        "author",
        author_url("{id}"),
        "author.html",
        newsroom.author_context,
        items=_authors,
        own=newsroom.item_own,
        current="authors",
        paged=BRIEFS_OF_ITEM,
    ),
    PageKind(
        "section",
        section_url("{id}"),
        "topic.html",
        newsroom.section_context,
        items=_sections,
        own=newsroom.item_own,
        paged=BRIEFS_OF_ITEM,
    ),
    PageKind(
        "tag",
        tag_url("{id}"),
        "topic.html",
        newsroom.tag_context,
        items=_tags,
        own=newsroom.item_own,
        current="tags",
        paged=BRIEFS_OF_ITEM,
    ),
    PageKind(
        "archive-year",
        archive_url("{id}"),
        "archive_year.html",
        archive.year_context,
        items=archive.year_items,
        own=archive.year_own,
        current="archive",
    ),
    PageKind(
        "archive-month",
        archive_url("{id}"),
        "archive_month.html",
        archive.month_context,
        items=archive.month_items,
        own=newsroom.item_own,
        current="archive",
        paged=BRIEFS_OF_ITEM,
    ),
    PageKind("home", "index.html", "index.html", home_context, menu="Briefs", paged=BRIEF_LIST),
    PageKind(
        "glossary",
        "glossary.html",
        "glossary.html",
        glossary_context,
        menu="Glossary",
        paged=Paged("entities", from_oldest=False, regroup=glossary_groups),
    ),
    PageKind("quotes", "quotes.html", "quotes.html", quotes_context, menu="Quotes", paged=QUOTES),
    PageKind("timeline", "timeline.html", "timeline.html", timeline_context, menu="Timeline", paged=TIMELINE),
    PageKind("graph", "graph.html", "graph.html", visual.graph_context, menu="Connections"),
    PageKind(
        "archive", "archive.html", "archive.html", archive.archive_context, menu="Archive", when=archive.has_briefs
    ),
    PageKind(
        "authors",
        "authors.html",
        "authors.html",
        newsroom.authors_context,
        menu="Authors",
        when=newsroom.has_authors,
        paged=INDEX_LIST,
    ),
    PageKind(
        "tags",
        "tags.html",
        "topics.html",
        newsroom.tags_context,
        menu="Tags",
        when=newsroom.has_tags,
        paged=INDEX_LIST,
    ),
    PageKind(
        "sections",
        "sections.html",
        "topics.html",
        newsroom.sections_context,
        when=newsroom.has_sections,
        paged=INDEX_LIST,
    ),
    PageKind(
        "corrections",
        "corrections.html",
        "corrections.html",
        newsroom.corrections_context,
        when=newsroom.has_corrections,
        paged=Paged("items"),
    ),
    PageKind("not-found", "404.html", "404.html", not_found_context, in_sitemap=False),
    *follow_kinds("entity", entity_url, entity_feed, _entities, entity_feed_own),
    *follow_kinds("section", section_url, partial(group_feed, url=section_url), _sections, group_feed_own),
    *follow_kinds("tag", tag_url, partial(group_feed, url=tag_url), _tags, group_feed_own),
    *follow_kinds("author", author_url, partial(group_feed, url=author_url), _authors, group_feed_own),
    PageKind("feed", SITE_FEED + ".xml", None, site_atom),
    PageKind("json-feed", SITE_FEED + ".json", None, site_json_feed),
    PageKind("sitemap", SITEMAP, None, sitemap),
    PageKind("news-sitemap", NEWS_SITEMAP, None, news_sitemap),
    PageKind("data", api_files.FULL_EXPORT, None, api_files.full_export),
    PageKind("timeline-data", api_files.TIMELINE, None, timeline_json),
    PageKind("data-index", api_files.INDEX, None, api_files.index),
    PageKind(
        "brief-data",
        api_files.brief_data_url("{id}"),
        None,
        api_files.brief_file,
        items=_briefs,
        own=api_files.brief_file_own,
    ),
    PageKind("entity-data", api_files.entity_data_url("{id}"), None, api_files.entity_file, items=_entities),
    PageKind(
        "mentions-data", api_files.entity_data_url("{id}"), None, api_files.mentions_file, items=api_files.more_mentions
    ),
    PageKind(
        "index-data",
        api_files.index_url("{id}"),
        None,
        api_files.index_file,
        items=api_files.index_files,
        own=api_files.index_file_own,
    ),
    PageKind("world-map", visual.WORLD_MAP, "drawings/world.svg", visual.world_map_context, when=visual.has_places),
    PageKind("places-data", "api/places.geojson", None, visual.places_geojson),
    PageKind("graph-data", "api/graph.json", None, visual.graph_json),
)
ITEM_KINDS = tuple(kind for kind in PAGE_KINDS if kind.items)
SITE_KINDS = tuple(kind for kind in PAGE_KINDS if not kind.items)
# The files that list the whole site: every brief can change them.
LISTINGS = tuple(kind.path for kind in SITE_KINDS)
_LISTING_PAGE = re.compile("|".join(page_pattern(kind.path) for kind in SITE_KINDS if kind.paged))


def is_listing(path: str) -> bool:
    """Whether `path` is a file that lists the whole site, or one of its pages."""
    return path in LISTINGS or _LISTING_PAGE.fullmatch(path) is not None


# The site's navigation: (the kind's name, its label, its path).
NAVIGATION = tuple((kind.name, kind.menu, kind.path) for kind in PAGE_KINDS if kind.menu)
