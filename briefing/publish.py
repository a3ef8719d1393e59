"""The files a published site carries for machines: Atom feed, sitemap, robots.txt.

Absolute URLs need `base_url`. Without it the feed uses relative links (valid Atom, resolved
against the feed's own address), and there is no sitemap, since a sitemap must be absolute.
Every date comes from the briefs, never the clock, so two builds give identical bytes.
"""

from __future__ import annotations

import datetime as dt
import re
from xml.etree import ElementTree

from feedgen.feed import FeedGenerator

from .link import brief_url
from .model import Site
from .settings import Settings

FEED = "feed.xml"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def absolute(settings: Settings, path: str) -> str:
    """The page's absolute URL, or "" without a base URL. "index.html" is the folder's URL."""
    if not settings.site_url:
        return ""
    if path == "index.html":
        path = ""
    return f"{settings.site_url}/{path}"


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def atom_feed(site: Site, settings: Settings, summaries: dict[str, str], limit: int = 50) -> bytes:
    """The newest `limit` briefs as an Atom feed. `summaries`: brief id → plain-text summary."""
    feed = FeedGenerator()
    home = absolute(settings, "index.html") or "index.html"
    feed.id(absolute(settings, FEED) or f"urn:briefing:{_tag(settings.title)}")
    feed.title(xml_text(settings.title))
    feed.subtitle(xml_text(settings.description or settings.title))
    feed.author({"name": xml_text(settings.title)})
    feed.link(href=home, rel="alternate")
    feed.link(href=absolute(settings, FEED) or FEED, rel="self")
    feed.generator("Briefing")
    feed.language("en")
    newest = site.briefs[:limit]
    feed.updated(_midnight(newest[0].brief.date) if newest else _midnight(dt.date(1970, 1, 1)))
    for page in reversed(newest):  # feedgen puts each new entry first
        brief = page.brief
        entry = feed.add_entry()
        url = absolute(settings, brief_url(brief.id))
        entry.id(url or f"urn:briefing:{_tag(settings.title)}:{brief.id}")
        entry.title(xml_text(brief.title))
        entry.link(href=url or brief_url(brief.id), rel="alternate")
        entry.published(_midnight(brief.date))
        entry.updated(_midnight(brief.date))
        entry.summary(xml_text(summaries.get(brief.id) or brief.title))
    return feed.atom_str(pretty=True)


def sitemap_xml(settings: Settings, paths: list[str], site: Site) -> bytes | None:
    if not settings.site_url:
        return None
    dates = {brief_url(page.brief.id): page.brief.date.isoformat() for page in site.briefs}
    urlset = ElementTree.Element("urlset", xmlns=SITEMAP_NS)
    for path in sorted(paths):
        url = ElementTree.SubElement(urlset, "url")
        ElementTree.SubElement(url, "loc").text = absolute(settings, path)
        if path in dates:
            ElementTree.SubElement(url, "lastmod").text = dates[path]
    ElementTree.indent(urlset)
    return ElementTree.tostring(urlset, encoding="utf-8", xml_declaration=True) + b"\n"


def robots_txt(settings: Settings) -> bytes:
    lines = ["User-agent: *", "Allow: /"]
    if settings.site_url:
        lines.append(f"Sitemap: {absolute(settings, 'sitemap.xml')}")
    return ("\n".join(lines) + "\n").encode()


# XML 1.0 forbids most control characters, which pasted wire copy sometimes carries.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)


def _tag(text: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in text.lower()).strip("-") or "site"
