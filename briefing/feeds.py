"""Feeds for readers to follow: Atom and JSON Feed 1.1 for the whole site and for each entity
(and any other list of briefs a page stands for), newest brief first.

One `Feed` says what both formats show. Atom is written by a template (templates/feeds/atom.xml:
markup lives in templates, and Jinja's HTML escaping is also correct XML escaping); JSON Feed by
`json` with sorted keys. Ids and links follow the pages': absolute URLs with a base URL; without
one, ids are `urn:briefing:<site>:…` (stable across rebuilds) and links are relative to the
feed's own address (Atom and JSON Feed readers resolve them against it). Every date comes from
the briefs, never the clock, so two builds give identical bytes.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .link import brief_url, entity_url
from .model import Author, BriefPage, Entity, Topic
from .publish import absolute, xml_text
from .settings import Settings

if TYPE_CHECKING:
    from .pages import SiteData

SITE_FEED = "feed"  # feed.xml and feed.json
FEED_LENGTH = 50  # the site's feed
FOLLOW_LENGTH = 20  # an entity's (or section's, tag's, author's) feed: its newest briefs
ATOM = "application/atom+xml"
JSON_FEED = "application/feed+json"
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)  # the date of a feed with no briefs


@dataclass(frozen=True)
class Feed:
    """A list of briefs to follow, as both formats show it."""

    stem: str  # the output path without its extension: "feed", "entities/angela-merkel"
    title: str
    page: str  # the HTML page the feed follows: "index.html", "entities/angela-merkel.html"
    pages: list[BriefPage]  # newest first, already cut to length

    @property
    def atom_path(self) -> str:
        return self.stem + ".xml"

    @property
    def json_path(self) -> str:
        return self.stem + ".json"


def feed_links(stem: str, title: str) -> list[dict[str, str]]:
    """What an HTML page's head needs to announce a feed in both formats (autodiscovery)."""
    return [
        {"type": ATOM, "path": stem + ".xml", "title": f"{title} (Atom)", "label": "Atom"},
        {"type": JSON_FEED, "path": stem + ".json", "title": f"{title} (JSON Feed)", "label": "JSON Feed"},
    ]


def page_feeds(page: str, name: str, settings: Settings) -> list[dict[str, str]]:
    """The feeds of the page at `page` (an entity's, author's, section's or tag's), for its head."""
    return feed_links(feed_stem(page), f"{name} · {settings.title}")


def briefs_of(ids, briefs: Mapping[str, BriefPage]) -> list[BriefPage]:
    """The newest `FOLLOW_LENGTH` briefs among `ids`, newest first, ties by id (as the entity page
    orders them), each looked up once in `briefs` (which the preview's page memo records, so the
    feed is made again when one of them changes)."""
    pages = [page for page in (briefs[brief_id] for brief_id in sorted(set(ids))) if not page.brief.draft]
    return sorted(pages, key=lambda page: (page.brief.date, page.brief.id), reverse=True)[:FOLLOW_LENGTH]


def brief_summary(page: BriefPage, limit: int = 200) -> str:
    """The editor's summary, else the brief's first paragraph cut at a word: for feeds and link previews."""
    if page.brief.summary:
        return page.brief.summary
    text = page.document.text
    for block in page.document.blocks:
        if block.kind == "paragraph":
            text = page.document.text[block.start : block.end]
            break
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def site_urn(settings: Settings) -> str:
    tag = "".join(ch if ch.isalnum() else "-" for ch in settings.title.lower()).strip("-") or "site"
    return f"urn:briefing:{tag}"


def brief_authors(page: BriefPage) -> list[str]:
    """The brief's bylines; none when it names none (the feed's author, the site, stands)."""
    return [xml_text(name) for name in page.brief.authors]


def brief_updated(page: BriefPage) -> dt.datetime:
    """When the brief last changed: 00:00 UTC of its `updated` day if it has one (never before
    it went live), else when it went live."""
    brief = page.brief
    if brief.updated is None:
        return brief.goes_live
    return max(brief.goes_live, dt.datetime.combine(brief.updated, dt.time(0), dt.UTC))


def brief_entry(page: BriefPage, settings: Settings) -> dict:
    """A brief as every feed shows it, but for its link ("url": absolute, or "" without a base URL)."""
    brief = page.brief
    url = absolute(settings, brief_url(brief.id))
    changed = brief_updated(page)
    return dict(
        id=url or f"{site_urn(settings)}:{brief.id}",
        url=url,
        path=brief_url(brief.id),
        title=xml_text(brief.title),
        summary=xml_text(brief_summary(page) or brief.title),
        published=brief.goes_live.isoformat(),
        changed=changed,
        updated=changed.isoformat(),
        authors=brief_authors(page),
    )


def entries(feed: Feed, settings: Settings, known: dict[str, dict]) -> list[dict]:
    """Each brief of the feed, links relative to the feed without a base URL. `known` (brief id →
    entry) is one build's: a brief in many feeds is made into an entry once."""
    root = "../" * feed.stem.count("/")
    made = []
    for page in feed.pages:
        entry = known.get(page.brief.id)
        if entry is None:
            entry = known[page.brief.id] = brief_entry(page, settings)
        made.append(entry if entry["url"] else {**entry, "url": root + entry["path"]})
    return made


def head(feed: Feed, settings: Settings, path: str, items: list[dict]) -> dict[str, str]:
    """The feed's own id, title, dates and links; `path` is the file being written."""
    root = "../" * feed.stem.count("/")
    own = absolute(settings, path)
    urn = site_urn(settings) if feed.stem == SITE_FEED else f"{site_urn(settings)}:{feed.atom_path}"
    updated = max((entry["changed"] for entry in items), default=EPOCH)
    return dict(
        id=absolute(settings, feed.atom_path) or urn,
        title=xml_text(feed.title),
        subtitle=xml_text(settings.description or settings.title),
        author=xml_text(settings.title),
        home=absolute(settings, feed.page) or root + feed.page,
        self=own or path.rsplit("/", 1)[-1],
        home_absolute=absolute(settings, feed.page),
        updated=updated.isoformat(),
    )


def atom_feed(feed: Feed, data: SiteData) -> bytes:
    settings, path = data.renderer.settings, feed.atom_path
    items = entries(feed, settings, data.feed_entries)
    return data.renderer.page("feeds/atom.xml", path, feed=head(feed, settings, path, items), entries=items)


def json_feed(feed: Feed, data: SiteData) -> bytes:
    """JSON Feed 1.1: sorted keys, compact (json's fast encoder), UTF-8, a final newline."""
    settings, path = data.renderer.settings, feed.json_path
    items = entries(feed, settings, data.feed_entries)
    top = head(feed, settings, path, items)
    content: dict = {
        "version": JSON_FEED_VERSION,
        "title": top["title"],
        "description": top["subtitle"],
        "language": "en",
        "authors": [{"name": top["author"]}],
        "items": [_json_item(entry) for entry in items],
    }
    if top["home_absolute"]:  # optional, and only meaningful as absolute URLs
        content["home_page_url"] = top["home_absolute"]
        content["feed_url"] = top["self"]
    text = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text + "\n").encode("utf-8")


def _json_item(entry: dict) -> dict:
    item = {
        "id": entry["id"],
        "url": entry["url"],
        "title": entry["title"],
        "content_text": entry["summary"],
        "date_published": entry["published"],
        "date_modified": entry["updated"],
    }
    if entry["authors"]:
        item["authors"] = [{"name": name} for name in entry["authors"]]
    return item


# --- the feeds the table in pages.py makes ---------------------------------------------------


def feed_stem(page: str) -> str:
    """A page's feeds sit beside it: entities/<id>.xml and entities/<id>.json for entities/<id>.html."""
    return page.removesuffix(".html")


def site_feed(data: SiteData) -> Feed:
    published = [page for page in data.site.briefs if not page.brief.draft]
    return Feed(SITE_FEED, data.renderer.settings.title, "index.html", published[:FEED_LENGTH])


def entity_feed(entity: Entity, data: SiteData, briefs: Mapping[str, BriefPage]) -> Feed:
    """The newest briefs that mention the entity ("follow Angela Merkel")."""
    page = entity_url(entity.id)
    mentioned = briefs_of((mention.brief for mention in entity.mentions), briefs)
    return Feed(feed_stem(page), f"{entity.name} · {data.renderer.settings.title}", page, mentioned)


def group_feed(group: Author | Topic, data: SiteData, briefs: Mapping[str, BriefPage], url: Callable) -> Feed:
    """The newest briefs of an author, a section or a tag (the newsroom's `Site.authors` …)."""
    page = url(group.id)
    return Feed(
        feed_stem(page), f"{group.name} · {data.renderer.settings.title}", page, briefs_of(group.briefs, briefs)
    )


def entity_feed_own(entity: Entity, data: SiteData, memo) -> tuple:
    """For the preview's page memo: what an entity's feed shows beyond the briefs it looks up."""
    return (entity.name, tuple(sorted({mention.brief for mention in entity.mentions})))


def group_feed_own(group: Author | Topic, data: SiteData, memo) -> tuple:
    return (group.name, tuple(group.briefs))


def site_atom(data: SiteData) -> bytes:
    return atom_feed(site_feed(data), data)


def site_json_feed(data: SiteData) -> bytes:
    return json_feed(site_feed(data), data)


def as_atom(feed_of: Callable[[Any, SiteData, Mapping], Feed]) -> Callable[..., bytes]:
    """A page-per-item context function (item, data, entities, briefs) that writes the item's Atom feed."""
    return lambda item, data, entities, briefs: atom_feed(feed_of(item, data, briefs), data)


def as_json_feed(feed_of: Callable[[Any, SiteData, Mapping], Feed]) -> Callable[..., bytes]:
    return lambda item, data, entities, briefs: json_feed(feed_of(item, data, briefs), data)
