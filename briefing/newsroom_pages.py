"""What the newsroom's pages are given: the byline, section, tags, corrections and related briefs
on a brief; the author, section and tag pages and their indexes; the corrections page; and the
navigation, which lists the sections and the newsroom's pages only when the site has some.

Every list page's items are a plain list under `pages` (or `items`), for pagination to wrap.
The rows of these pages are in `pages.PAGE_KINDS`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .feeds import page_feeds
from .link import author_url, section_url, tag_url
from .model import Author, BriefPage, Site, Topic
from .newsroom import corrections_by_date
from .page_memo import digest
from .publish import schema_thing
from .slugs import slugify

if TYPE_CHECKING:
    from .pages import SiteData


# --- on a brief's page ----------------------------------------------------------------------


def brief_newsroom(page: BriefPage, data: SiteData, briefs: Mapping) -> dict:
    """The brief page's byline, section, tags, related briefs and the corrections policy."""
    site, brief = data.site, page.brief
    return dict(
        section=site.sections[slugify(brief.section, "section")] if brief.section else None,
        tags=[site.tags[slugify(tag, "tag")] for tag in brief.tags],
        related=[briefs[brief_id] for brief_id in page.related],
        corrections_policy=policy_href(data.renderer.settings.corrections_policy, "../"),
    )


def brief_own(page: BriefPage, data: SiteData, memo) -> tuple:
    """What a brief's page shows beyond the brief's own digest: its banner, its related briefs,
    the names its byline, section and tags are given across the site, and the pages of the
    quotes index and of the timeline that its quotes and dates link to."""
    site, brief = data.site, page.brief
    names: list = list(page.byline)
    names += [site.sections[slugify(brief.section, "section")].name] if brief.section else []
    names += [site.tags[slugify(tag, "tag")].name for tag in brief.tags]
    listed = [data.listed_at[item_id] for item_id in (*page.quote_ids, *page.event_ids)]
    return (page.state, tuple(page.related), tuple(names), tuple(listed))


def policy_href(policy: str, root: str) -> str:
    """The corrections policy's link from a page `root` away from the site root ("" if unset)."""
    policy = policy.strip()
    if not policy or urlsplit(policy).scheme:
        return policy
    return root + policy.lstrip("/")


def article_newsroom(page: BriefPage, site: Site, settings) -> dict[str, Any]:
    """The NewsArticle JSON-LD's newsroom fields: the time published, the authors as schema.org
    `Person`s (with their page's URL when the site's address is known), `dateModified`."""
    brief = page.brief
    data: dict[str, Any] = {}
    if brief.published is not None:
        data["datePublished"] = brief.published.isoformat()
    if brief.updated is not None:
        data["dateModified"] = brief.updated.isoformat()
    people = [schema_thing(settings, "Person", name, author_url(author_id)) for author_id, name in page.byline]
    if people:
        data["author"] = people
    return data


# --- a page per author, section and tag -------------------------------------------------------


def author_context(author: Author, data: SiteData, entities: Mapping, briefs: Mapping) -> dict:
    return dict(
        author=author,
        page_title=author.name,
        pages=[briefs[brief_id] for brief_id in author.briefs],
        quoted=[(entities[entity_id], count) for entity_id, count in author.quoted],
        feeds=page_feeds(author_url(author.id), author.name, data.renderer.settings),
    )


def section_context(topic: Topic, data: SiteData, entities: Mapping, briefs: Mapping) -> dict:
    feeds = page_feeds(section_url(topic.id), topic.name, data.renderer.settings)
    return {**_topic_context(topic, "Section", entities, briefs), "feeds": feeds}


def tag_context(topic: Topic, data: SiteData, entities: Mapping, briefs: Mapping) -> dict:
    feeds = page_feeds(tag_url(topic.id), topic.name, data.renderer.settings)
    return {**_topic_context(topic, "Tag", entities, briefs), "feeds": feeds}


def _topic_context(topic: Topic, kind: str, entities: Mapping, briefs: Mapping) -> dict:
    return dict(
        topic=topic,
        kind=kind,
        page_title=f"{kind}: {topic.name}",
        pages=[briefs[brief_id] for brief_id in topic.briefs],
        mentioned=[(entities[entity_id], count) for entity_id, count in topic.entities],
    )


def brief_count(item: Author | Topic, data: SiteData) -> int:
    """How many briefs an author, a section, a tag (or a month of the archive) has: its list's length."""
    return len(item.briefs)


def item_own(item: Author | Topic, data: SiteData, memo) -> tuple:
    """An author's, section's or tag's page shows the item itself (made anew each build) and the
    byline of each of its briefs (names an author file may change)."""
    return (digest(item), [data.briefs[brief_id].byline for brief_id in item.briefs])


# --- the indexes and the corrections page -----------------------------------------------------


def authors_context(data: SiteData) -> dict:
    authors = sorted(data.site.authors.values(), key=lambda a: (a.name.casefold(), a.id))
    return dict(items=authors, page_title="Authors")


def sections_context(data: SiteData) -> dict:
    return dict(items=_by_name(data.site.sections), kind="Section", page_title="Sections")


def tags_context(data: SiteData) -> dict:
    return dict(items=_by_name(data.site.tags), kind="Tag", page_title="Tags")


def _by_name(topics: dict[str, Topic]) -> list[Topic]:
    return sorted(topics.values(), key=lambda t: (t.name.casefold(), t.id))


def corrections_context(data: SiteData) -> dict:
    return dict(
        items=corrections_by_date(data.site.briefs),
        page_title="Corrections",
        corrections_policy=policy_href(data.renderer.settings.corrections_policy, ""),
    )


def has_authors(site: Site) -> bool:
    return bool(site.authors)


def has_sections(site: Site) -> bool:
    return bool(site.sections)


def has_tags(site: Site) -> bool:
    return bool(site.tags)


def has_corrections(site: Site) -> bool:
    return any(page.brief.corrections for page in site.briefs)


# --- every page's navigation ------------------------------------------------------------------


def chrome(site: Site, kinds) -> dict:
    """The navigation every page shows: the page kinds with a menu label that the site has
    (`navigation`), its sections (`section_links`, by name), and whether to link corrections."""
    return dict(
        navigation=tuple((kind.name, kind.menu, kind.path) for kind in kinds if kind.menu and kind.exists(site)),
        section_links=tuple((section_url(t.id), t.name) for t in _by_name(site.sections)),
        corrections_link=has_corrections(site),
    )
