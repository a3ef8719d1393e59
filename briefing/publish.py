"""The files a published site carries for crawlers: sitemap, Google News sitemap, robots.txt
(the feeds are in feeds.py).

Absolute URLs need `base_url`: without it there is no sitemap, since a sitemap must be absolute.
Every date written comes from the briefs, never the clock; only which briefs the news sitemap
lists depends on the build's day (`schedule.build_day`), which a build can be given.
"""

from __future__ import annotations

import datetime as dt
import re
from xml.etree import ElementTree

from .link import brief_url
from .model import Site
from .settings import Settings

SITEMAP = "sitemap.xml"
NEWS_SITEMAP = "news-sitemap.xml"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
NEWS_DAYS = 2  # Google News reads the briefs of the last two days


def absolute(settings: Settings, path: str) -> str:
    """The page's absolute URL, or "" without a base URL. "index.html" is the folder's URL."""
    if not settings.site_url:
        return ""
    if path == "index.html":
        path = ""
    return f"{settings.site_url}/{path}"


def schema_thing(settings: Settings, schema_type: str, name: str, path: str) -> dict[str, str]:
    """A schema.org thing for JSON-LD: its type and name, and its page's URL when `base_url` is set."""
    thing = {"@type": schema_type, "name": name}
    if settings.site_url:
        thing["url"] = absolute(settings, path)
    return thing


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


def news_sitemap_xml(settings: Settings, site: Site, today: dt.date) -> bytes | None:
    """A Google News sitemap of the briefs published in the last two days up to `today` (the
    build's day, see `schedule.build_day`): today's and yesterday's, none dated later. Absolute URLs only,
    so there is none without a base URL. An empty one is still written: it is a valid sitemap,
    and robots.txt names it."""
    if not settings.site_url:
        return None
    urlset = ElementTree.Element("urlset", {"xmlns": SITEMAP_NS, "xmlns:news": NEWS_NS})
    first = today - dt.timedelta(days=NEWS_DAYS - 1)
    for page in site.briefs:
        brief = page.brief
        if brief.draft or not first <= brief.date <= today:
            continue
        url = ElementTree.SubElement(urlset, "url")
        ElementTree.SubElement(url, "loc").text = absolute(settings, brief_url(brief.id))
        news = ElementTree.SubElement(url, "news:news")
        publication = ElementTree.SubElement(news, "news:publication")
        ElementTree.SubElement(publication, "news:name").text = xml_text(settings.title)
        ElementTree.SubElement(publication, "news:language").text = "en"
        published = brief.published.isoformat() if brief.published else brief.date.isoformat()
        ElementTree.SubElement(news, "news:publication_date").text = published
        ElementTree.SubElement(news, "news:title").text = xml_text(brief.title)
    ElementTree.indent(urlset)
    return ElementTree.tostring(urlset, encoding="utf-8", xml_declaration=True) + b"\n"


def robots_txt(settings: Settings) -> bytes:
    lines = ["User-agent: *", "Allow: /"]
    if settings.site_url:
        lines.append(f"Sitemap: {absolute(settings, SITEMAP)}")
        lines.append(f"Sitemap: {absolute(settings, NEWS_SITEMAP)}")
    return ("\n".join(lines) + "\n").encode()


# XML 1.0 forbids most control characters, which pasted wire copy sometimes carries.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)
