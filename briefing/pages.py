"""The kinds of page and file the site is made of, in one table (`PAGE_KINDS`), as Pelican's
`DIRECT_TEMPLATES` are: each row says where its file goes, which template renders it and what
that template is given. Rendering, the list of site-wide pages (`LISTINGS`) and the navigation
all follow from the table, so a new kind of page is a row, a function for its context and a template.

Two kinds have a page per item (a brief, an entity): their path has an `{id}`, and their
context function is given the item and the site's `entities` and `briefs` to look things up in
(the preview's page memo records those look-ups). The others list the whole site.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, partial
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from . import api_files
from . import newsroom_pages as newsroom
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
from .link import author_url, brief_url, entity_url, event_sort_key, section_url, tag_url
from .markup import render_brief_body
from .model import TYPE_GROUPS, BriefPage, Entity, Site
from .page_memo import PageMemo, remembered_json
from .publish import NEWS_SITEMAP, SITEMAP, absolute, build_day, news_sitemap_xml, schema_thing, sitemap_xml

if TYPE_CHECKING:
    from .render import Renderer

# An entity page quotes the sentences of its newest briefs; older briefs are listed by title
# (every mention stays in api/entities/<id>.json). Keeps "United States" readable on a big archive.
MENTION_SENTENCES_FOR = 40
# An entity page shows the newest quotes about it; the quotes index has them all (filtered by it).
QUOTES_ABOUT_FOR = 40
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

    def __post_init__(self) -> None:
        self.grouped = Grouped(self.site)

    @cached_property
    def briefs(self) -> dict[str, BriefPage]:
        return {page.brief.id: page for page in self.site.briefs}

    @cached_property
    def feed_entries(self) -> dict[str, dict]:
        """Brief id → the brief as a feed entry, filled as feeds are written (feeds.entries):
        a brief in many feeds is made into an entry once per build."""
        return {}

    @cached_property
    def chrome(self) -> dict:
        """The navigation every page shows (see `newsroom_pages.chrome`)."""
        return newsroom.chrome(self.site, PAGE_KINDS)

    @cached_property
    def remembered(self) -> Callable | None:
        """The preview's kept pieces of the JSON (asked once per build, see `remembered_json`)."""
        return remembered_json(self.site, self.memo) if self.memo is not None else None


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
        body=Markup(render_brief_body(page, data.renderer, entities, quotes)),
        page_title=page.brief.title,
        quotes=quotes,
        events=data.grouped.events_by_brief[page.brief.id],
        people=_grouped_entities(page, entities),
    )


def entity_context(entity: Entity, data: SiteData, entities: Mapping, briefs: Mapping) -> dict:
    mentions_by_brief: dict[str, list] = defaultdict(list)
    quotes, events = data.grouped.quotes_by_speaker.get(entity.id, []), data.grouped.events_by_entity.get(entity.id, [])
    for mention in entity.mentions:
        mentions_by_brief[mention.brief].append(mention)
    return dict(
        entity=entity,
        page_title=entity.name,
        sentences_for=MENTION_SENTENCES_FOR,
        mentions_by_brief=sorted(
            mentions_by_brief.items(), key=lambda kv: (briefs[kv[0]].brief.date, kv[0]), reverse=True
        ),
        quotes=quotes,
        events=events,
        feeds=page_feeds(entity_url(entity.id), entity.name, data.renderer.settings),
        **entity_time_context(entity, data, briefs, quotes, events),
    )


def entity_time_context(entity: Entity, data: SiteData, briefs: Mapping, quotes: list, events: list) -> dict:
    """The drawn timeline of an entity's events, the quotes about it and, for a person, the
    chronology of what they said and did."""
    return dict(
        drawing=timeline_drawing(events, briefs, "../"),
        quotes_about=data.grouped.quotes_about.get(entity.id, []),
        quotes_about_for=QUOTES_ABOUT_FOR,
        said_and_did=said_and_did(quotes, events, briefs) if entity.type == "PERSON" else [],
    )


def entity_own(entity: Entity, data: SiteData, memo: PageMemo) -> tuple:
    """A brief page's quotes and events follow from the brief's digest; an entity's do not."""
    grouped = data.grouped
    quotes, events = grouped.quotes_by_speaker.get(entity.id, []), grouped.events_by_entity.get(entity.id, [])
    about = grouped.quotes_about.get(entity.id, [])
    digests = (memo.digest_of_all(quotes), memo.digest_of_all(events), memo.digest_of_all(about[:QUOTES_ABOUT_FOR]))
    return (MENTION_SENTENCES_FOR, QUOTES_ABOUT_FOR, len(about), *digests)


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
    return dict(page_title=data.site.title, pages=data.site.briefs)


def glossary_context(data: SiteData) -> dict:
    groups: dict[str, list] = defaultdict(list)
    for entity in data.site.entities.values():
        groups[TYPE_GROUPS.get(entity.type, "Other")].append(entity)
    ordered = [
        (label, sorted(groups[label], key=lambda e: e.name.casefold())) for label in GROUP_ORDER if label in groups
    ]
    return dict(groups=ordered, page_title="Glossary")


def quotes_context(data: SiteData) -> dict:
    by_speaker, entities = data.grouped.quotes_by_speaker, data.site.entities
    speakers = sorted(
        (k for k in by_speaker if k is not None),
        key=lambda k: (-len(by_speaker[k]), entities[k].name.casefold()),
    )
    return dict(
        speakers=speakers,
        quotes_by_speaker=by_speaker,
        unattributed=by_speaker.get(None, []),
        subjects=sorted(data.grouped.quotes_about, key=lambda k: (entities[k].name.casefold(), k)),
        quotes_about=data.grouped.quotes_about,
        page_title="Quotes",
    )


def timeline_context(data: SiteData) -> dict:
    years: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for event in data.site.events:
        year, month_number = event_sort_key(event.date)[:2]  # a week files under its Monday's month
        month = f"{year:04d}-{month_number:02d}" if month_number else ""
        years[str(year)][month].append(event)
    site = data.site
    return dict(
        drawing=timeline_drawing(site.events, data.briefs),
        years=sorted((y, sorted(m.items())) for y, m in years.items()),
        latest=site.briefs[0].brief.date.isoformat() if site.briefs else None,
        page_title="Timeline",
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


PAGE_KINDS = (
    PageKind("brief", brief_url("{id}"), "brief.html", brief_context, items=_briefs, own=newsroom.brief_own),
    PageKind(
        "entity", entity_url("{id}"), "entity.html", entity_context, items=_entities, own=entity_own, current="glossary"
    ),
    PageKind(
        "author",
        author_url("{id}"),
        "author.html",
        newsroom.author_context,
        items=lambda site: site.authors.items(),
        own=newsroom.item_own,
        current="authors",
    ),
    PageKind(
        "section",
        section_url("{id}"),
        "topic.html",
        newsroom.section_context,
        items=lambda site: site.sections.items(),
        own=newsroom.item_own,
    ),
    PageKind(
        "tag",
        tag_url("{id}"),
        "topic.html",
        newsroom.tag_context,
        items=lambda site: site.tags.items(),
        own=newsroom.item_own,
        current="tags",
    ),
    PageKind("home", "index.html", "index.html", home_context, menu="Briefs"),
    PageKind("glossary", "glossary.html", "glossary.html", glossary_context, menu="Glossary"),
    PageKind("quotes", "quotes.html", "quotes.html", quotes_context, menu="Quotes"),
    PageKind("timeline", "timeline.html", "timeline.html", timeline_context, menu="Timeline"),
    PageKind(
        "authors", "authors.html", "authors.html", newsroom.authors_context, menu="Authors", when=newsroom.has_authors
    ),
    PageKind("tags", "tags.html", "topics.html", newsroom.tags_context, menu="Tags", when=newsroom.has_tags),
    PageKind("sections", "sections.html", "topics.html", newsroom.sections_context, when=newsroom.has_sections),
    PageKind(
        "corrections",
        "corrections.html",
        "corrections.html",
        newsroom.corrections_context,
        when=newsroom.has_corrections,
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
)
ITEM_KINDS = tuple(kind for kind in PAGE_KINDS if kind.items)
SITE_KINDS = tuple(kind for kind in PAGE_KINDS if not kind.items)
# The files that list the whole site: every brief can change them.
LISTINGS = tuple(kind.path for kind in SITE_KINDS)
# The site's navigation: (the kind's name, its label, its path).
NAVIGATION = tuple((kind.name, kind.menu, kind.path) for kind in PAGE_KINDS if kind.menu)
