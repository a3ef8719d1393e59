"""Stage 5, render: `Site` → {output path: bytes}. Templates own the HTML; nothing here calls spaCy.

Every page gets `root`, the relative path back to the site root ("" or "../"), so the site
works at a domain root, under a GitHub Pages sub-path and from a local folder alike.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from html import escape
from pathlib import Path

import jinja2
from markupsafe import Markup

from .errors import problem
from .export import export_json, json_text, timelinejs_json
from .link import brief_url, entity_url, event_sort_key
from .model import TYPE_GROUPS, BriefPage, Site
from .parse import inline_pieces, markdown_parser
from .publish import FEED, absolute, atom_feed, robots_txt, sitemap_xml

TYPE_LABELS = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "EVENT": "event",
    "PRODUCT": "product",
    "WORK_OF_ART": "work",
    "LAW": "law",
}
METHOD_LABELS = {
    "named": "named in the text",
    "role": "named by role",
    "pronoun": "resolved from a pronoun",
    "continuation": "continues the quote before",
    "override": "set by an editor",
    "none": "unattributed",
}
UNCERTAIN_METHODS = {"pronoun", "continuation", "role"}
# An entity page quotes the sentences of its newest briefs; older briefs are listed by title
# (every mention stays in api/briefing.json). Keeps "United States" readable on a big archive.
MENTION_SENTENCES_FOR = 40


class Renderer:
    def __init__(self, templates: Path, settings) -> None:
        self.settings = settings
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(templates)),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.filters["type_label"] = lambda t: TYPE_LABELS.get(t, t.lower())
        self.env.filters["method_label"] = lambda m: METHOD_LABELS.get(m, m)
        self.env.filters["json_script"] = json_script
        self.templates = templates
        self.md = markdown_parser(settings.allow_html)

    def markdown(self, text: str) -> str:
        return self.md.render(text)

    @staticmethod
    def sources(templates: Path) -> list[tuple[str, bytes]]:
        """Every file of the templates folder, static files included, with its bytes."""
        return [
            (path.relative_to(templates).as_posix(), path.read_bytes())
            for path in sorted(templates.rglob("*"))
            if path.is_file()
        ]

    def page(self, template: str, path: str, **context) -> bytes:
        """Render `template` as the page at output `path` (which decides its canonical URL)."""
        try:
            html = self.env.get_template(template).render(
                site_title=self.settings.title,
                site_description=self.settings.description,
                canonical="" if path == "404.html" else absolute(self.settings, path),
                path=path,
                **context,
            )
        except jinja2.TemplateSyntaxError as err:
            raise problem(
                self.templates / (err.filename or template),
                err.lineno,
                f"template error: {err.message}",
                "fix the template syntax",
            ) from None
        except jinja2.TemplateError as err:
            raise problem(
                self.templates / template,
                _template_line(err),
                f"template error: {err}",
                "check the names the template uses",
            ) from None
        return html.encode("utf-8")


def _template_line(err: Exception) -> int | None:
    tb = err.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith(".html"):
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


# --- rendering a page again only when what it shows has changed --------------------------


class PageMemo:
    """The brief and entity pages of the previous build in this process, each with what it was
    made from, so that a rebuild after one edit renders only the pages the edit can change.

    A page is made from its own data (a brief, or an entity with its quotes and events) and from
    whatever it looks up in the site's `entities` and `briefs` while it renders: the lookups are
    recorded, not declared, so a template that starts showing something new is still right. A page
    is reused when its own data digests as before and none of the records it looked up changed
    (`Digests`); anything else, a changed template or setting included, renders it again.
    The preview keeps one; a one-off build has none and renders everything."""

    def __init__(self) -> None:
        self.setup = ""  # digest of the templates and settings the pages were rendered with
        self.pages: dict[str, tuple[str, frozenset, bytes]] = {}  # path → (own digest, lookups, bytes)
        self.digests: dict[tuple[str, str], str] = {}  # every brief's and entity's, as of the last build
        self.json: dict[tuple, str] = {}  # pieces of api/briefing.json, by the digest of what made them
        self.latest: Digests | None = None  # the last build's, for its listings
        self.setup_changed = True  # whether the last build's templates or settings differed from the one before
        self.rendered = self.reused = 0  # pages of the last build rendered, and reused
        self.objects: dict[int, tuple[object, str]] = {}  # id → (object, digest), kept alive so ids stay unique

    def digest_of(self, value) -> str:
        """The digest of an object this process may see again in the next build, unchanged."""
        known = self.objects.get(id(value))
        if known is None or known[0] is not value:
            known = self.objects[id(value)] = (value, digest(value))
        return known[1]

    def digest_of_all(self, values: list) -> str:
        """The digest of a list of such objects (mentions, quotes, events that linking keeps
        for an unchanged brief): one look-up per object instead of pickling them all again."""
        return digest([self.digest_of(value) for value in values])

    def forget_objects_except(self, keep: set[int]) -> None:
        self.objects = {key: value for key, value in self.objects.items() if key in keep}


class Digests:
    """Digests of a site's briefs and entities as the pages see them, each computed once.

    A brief is its front matter and text, its annotation and the ids linking gave it; the
    Markdown tokens follow from the text and the settings. The brief and annotation objects a
    long-running process keeps unchanged between builds are digested once (`PageMemo.digest_of`).
    An entity is everything its page shows of it: its own fields, and its mentions, which
    linking keeps for the briefs it did not link again, digested once each as well."""

    def __init__(self, site: Site, memo: PageMemo) -> None:
        self.site, self.memo = site, memo
        self.briefs = {page.brief.id: page for page in site.briefs}
        self.known: dict[tuple[str, str], str] = {}

    def of(self, kind: str, key: str) -> str:
        known = self.known.get((kind, key))
        if known is None:
            value = self._entity(key) if kind == "entity" else self._brief(key)
            known = self.known[(kind, key)] = digest(value)
        return known

    def all(self) -> dict[tuple[str, str], str]:
        for key in self.briefs:
            self.of("brief", key)
        for key in self.site.entities:
            self.of("entity", key)
        return self.known

    def _brief(self, key: str):
        page = self.briefs.get(key)
        if page is None:
            return None
        return (
            self.memo.digest_of(page.brief),
            self.memo.digest_of(page.annotation),
            page.entity_ids,
            page.quote_ids,
            page.event_ids,
        )

    def _entity(self, key: str):
        entity = self.site.entities.get(key)
        if entity is None:
            return None
        return (replace(entity, mentions=[]), self.memo.digest_of_all(entity.mentions))


def _digested_objects(site: Site) -> Iterator:
    """What `PageMemo.digest_of` may be asked about in this build (everything else is forgotten)."""
    for page in site.briefs:
        yield page.brief
        yield page.annotation
    for entity in site.entities.values():
        yield from entity.mentions
    yield from site.quotes
    yield from site.events


def digest(value) -> str:
    # Equal data pickles alike within one process; where it does not (shared objects), the
    # page is merely rendered again.
    return hashlib.blake2b(pickle.dumps(value, protocol=5), digest_size=16).hexdigest()


class Recorded(Mapping):
    """A read-only view of `entities` or `briefs` that notes each key looked up."""

    def __init__(self, data: Mapping, kind: str, lookups: set[tuple[str, str]]) -> None:
        self.data, self.kind, self.lookups = data, kind, lookups

    def __getitem__(self, key):
        self.lookups.add((self.kind, key))
        return self.data[key]

    def __iter__(self) -> Iterator:
        self.lookups.add((self.kind, "*"))  # a page that lists them all is not remembered
        return iter(self.data)

    def __len__(self) -> int:
        self.lookups.add((self.kind, "*"))
        return len(self.data)


class Pages:
    """Renders the brief and entity pages of one build, reusing the memo's where it can."""

    def __init__(self, site: Site, renderer: Renderer, memo: PageMemo | None) -> None:
        self.site, self.memo = site, memo
        self.briefs = {page.brief.id: page for page in site.briefs}
        if memo is not None:
            self.digests = Digests(site, memo)
            memo.forget_objects_except({id(obj) for obj in _digested_objects(site)})
            setup = digest((renderer.settings, Renderer.sources(renderer.templates)))
            memo.setup_changed = memo.setup != setup
            if memo.setup_changed:
                memo.setup, memo.pages = setup, {}
            self.previous, memo.pages = memo.pages, {}
            memo.latest = self.digests
            now, before = dict(self.digests.all()), memo.digests
            self.changed = {key for key in now.keys() | before.keys() if now.get(key) != before.get(key)}
            memo.digests = now
            memo.rendered = memo.reused = 0  # this build's

    def digest(self, kind: str, key: str) -> str:
        """The digest of a brief or an entity, for a page's own data ("" without a memo)."""
        return self.digests.of(kind, key) if self.memo is not None else ""

    def page(self, path: str, own: tuple, render: Callable[[Mapping, Mapping], bytes]) -> bytes:
        """The page at `path`; `render(entities, briefs)` makes it, looking up through the two."""
        if self.memo is None:
            return render(self.site.entities, self.briefs)
        own_digest = digest(own)
        previous = self.previous.get(path)
        if previous is not None and previous[0] == own_digest and previous[1].isdisjoint(self.changed):
            self.memo.pages[path] = previous
            self.memo.reused += 1
            return previous[2]
        lookups: set[tuple[str, str]] = set()
        html = render(Recorded(self.site.entities, "entity", lookups), Recorded(self.briefs, "brief", lookups))
        self.memo.rendered += 1
        if not any(key == "*" for _, key in lookups):
            self.memo.pages[path] = (own_digest, frozenset(lookups), html)
        return html


def remembered_json(site: Site, memo: PageMemo) -> Callable[[tuple, Callable], str]:
    """For `export_json`: the JSON of a piece whose brief or entity did not change, kept. Keys
    are digests of what made a piece, so a piece found is right even if builds overlap."""
    digests = memo.latest if memo.latest is not None and memo.latest.site is site else Digests(site, memo)
    previous, memo.json = memo.json, {}
    kept = memo.json

    def remembered(key: tuple, make: Callable) -> str:
        kind, name, *rest = key  # name: the entity's id, or the id of the brief the piece is from
        key = (kind, digests.of("entity" if kind == "entity" else "brief", name), *rest)
        text = previous.get(key) or kept.get(key)
        if text is None:
            text = json_text(make())
        kept[key] = text
        return text

    return remembered


def json_script(data) -> Markup:
    """JSON safe inside <script>: no "</script>" or "<!--" can close or confuse the element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)


def render_site(site: Site, renderer: Renderer, memo: PageMemo | None = None) -> dict[str, bytes]:
    """Every file of the site: {output path: bytes}."""
    files = render_pages(site, renderer, memo)
    files.update(render_listings(site, renderer, memo))
    return files


class Grouped:
    """The site's quotes and events grouped the ways the pages list them."""

    def __init__(self, site: Site) -> None:
        self.quotes_by_speaker: dict[str | None, list] = defaultdict(list)
        self.quotes_by_brief: dict[str, list] = defaultdict(list)
        self.events_by_entity: dict[str, list] = defaultdict(list)
        self.events_by_brief: dict[str, list] = defaultdict(list)
        for quote in site.quotes:
            self.quotes_by_speaker[quote.speaker].append(quote)
            self.quotes_by_brief[quote.brief].append(quote)
        for event in site.events:
            self.events_by_brief[event.brief].append(event)
            for entity_id in event.entities:
                self.events_by_entity[entity_id].append(event)


def render_pages(site: Site, renderer: Renderer, memo: PageMemo | None = None) -> dict[str, bytes]:
    """A page per brief and per entity, and the static files: what a reader opens from a link.
    With a `memo`, a page whose data did not change since the last build is not rendered again."""
    out: dict[str, bytes] = {}
    grouped = Grouped(site)
    pages = Pages(site, renderer, memo)
    for page in site.briefs:
        path = brief_url(page.brief.id)
        quotes, events = grouped.quotes_by_brief[page.brief.id], grouped.events_by_brief[page.brief.id]

        def brief_page(entities, briefs, page=page, path=path, quotes=quotes, events=events) -> bytes:
            summary = brief_summary(page)
            return renderer.page(
                "brief.html",
                path,
                root="../",
                summary=summary,
                json_ld=news_article(page, entities, renderer.settings, summary),
                page=page,
                body=Markup(render_brief_body(page, renderer, entities, quotes)),
                page_title=page.brief.title,
                nav="",
                quotes=quotes,
                events=events,
                people=_grouped_entities(page, entities),
                entities=entities,
                briefs=briefs,
                brief_url=brief_url,
                entity_url=entity_url,
            )

        # its quotes and events follow from the brief's digest (text, annotation and linked ids)
        out[path] = pages.page(path, (pages.digest("brief", page.brief.id),), brief_page)
    for entity in site.entities.values():
        path = entity_url(entity.id)
        quotes, events = grouped.quotes_by_speaker.get(entity.id, []), grouped.events_by_entity.get(entity.id, [])

        def entity_page(entities, briefs, entity=entity, path=path, quotes=quotes, events=events) -> bytes:
            mentions_by_brief: dict[str, list] = defaultdict(list)
            for mention in entity.mentions:
                mentions_by_brief[mention.brief].append(mention)
            return renderer.page(
                "entity.html",
                path,
                root="../",
                entity=entity,
                page_title=entity.name,
                nav="glossary",
                sentences_for=MENTION_SENTENCES_FOR,
                mentions_by_brief=sorted(
                    mentions_by_brief.items(), key=lambda kv: (briefs[kv[0]].brief.date, kv[0]), reverse=True
                ),
                quotes=quotes,
                events=events,
                entities=entities,
                briefs=briefs,
                brief_url=brief_url,
                entity_url=entity_url,
            )

        own = (
            pages.digest("entity", entity.id),
            MENTION_SENTENCES_FOR,
            *((memo.digest_of_all(quotes), memo.digest_of_all(events)) if memo is not None else ()),
        )
        out[path] = pages.page(path, own, entity_page)
    out["robots.txt"] = robots_txt(renderer.settings)
    out[".nojekyll"] = b""
    if renderer.settings.cname:
        out["CNAME"] = (renderer.settings.cname.strip() + "\n").encode()
    static = renderer.templates / "static"
    for path in sorted(static.rglob("*")) if static.is_dir() else []:
        if path.is_file():
            out["static/" + path.relative_to(static).as_posix()] = path.read_bytes()
    return out


# What `render_listings` writes: the pages and data that list the whole site.
LISTINGS = (
    "index.html",
    "glossary.html",
    "quotes.html",
    "timeline.html",
    "404.html",
    FEED,
    "sitemap.xml",
    "api/briefing.json",
    "api/timeline.json",
)


def render_listings(site: Site, renderer: Renderer, memo: PageMemo | None = None) -> dict[str, bytes]:
    """The pages and data that list the whole site: home, glossary, quotes, timeline, 404, the
    feed, the sitemap and the JSON. Every brief can change them, so they are always rendered."""
    out: dict[str, bytes] = {}
    entities = site.entities
    grouped = Grouped(site)
    common = dict(
        entities=entities,
        briefs={page.brief.id: page for page in site.briefs},
        brief_url=brief_url,
        entity_url=entity_url,
    )
    out["index.html"] = renderer.page(
        "index.html", "index.html", root="", page_title=site.title, pages=site.briefs, nav="home", **common
    )
    groups: dict[str, list] = defaultdict(list)
    for entity in entities.values():
        groups[TYPE_GROUPS.get(entity.type, "Other")].append(entity)
    ordered_groups = [
        (label, sorted(groups[label], key=lambda e: e.name.casefold()))
        for label in ("People", "Organisations", "Places", "Other")
        if groups.get(label)
    ]
    out["glossary.html"] = renderer.page(
        "glossary.html",
        "glossary.html",
        root="",
        groups=ordered_groups,
        page_title="Glossary",
        nav="glossary",
        **common,
    )
    quotes_by_speaker = grouped.quotes_by_speaker
    speakers = sorted(
        (k for k in quotes_by_speaker if k is not None),
        key=lambda k: (-len(quotes_by_speaker[k]), entities[k].name.casefold()),
    )
    out["quotes.html"] = renderer.page(
        "quotes.html",
        "quotes.html",
        root="",
        speakers=speakers,
        quotes_by_speaker=quotes_by_speaker,
        unattributed=quotes_by_speaker.get(None, []),
        page_title="Quotes",
        nav="quotes",
        uncertain=UNCERTAIN_METHODS,
        **common,
    )
    years: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for event in site.events:
        year, month_number = event_sort_key(event.date)[:2]  # a week files under its Monday's month
        month = f"{year:04d}-{month_number:02d}" if month_number else ""
        years[str(year)][month].append(event)
    out["timeline.html"] = renderer.page(
        "timeline.html",
        "timeline.html",
        root="",
        years=sorted((y, sorted(m.items())) for y, m in years.items()),
        latest=site.briefs[0].brief.date.isoformat() if site.briefs else None,
        page_title="Timeline",
        nav="timeline",
        **common,
    )
    # GitHub Pages serves 404.html at whatever path was asked for, so its links start from the site's own path.
    out["404.html"] = renderer.page(
        "404.html", "404.html", root=renderer.settings.base_path, page_title="Page not found", nav="", **common
    )
    html_paths = sorted(
        [
            *(name for name in out if name != "404.html"),
            *(brief_url(p.brief.id) for p in site.briefs),
            *(entity_url(e) for e in entities),
        ]
    )
    out[FEED] = atom_feed(site, renderer.settings, {page.brief.id: brief_summary(page) for page in site.briefs})
    sitemap = sitemap_xml(renderer.settings, html_paths, site)
    if sitemap is not None:
        out["sitemap.xml"] = sitemap
    remembered = remembered_json(site, memo) if memo is not None else None
    out["api/briefing.json"] = export_json(site, remembered)
    out["api/timeline.json"] = timelinejs_json(site, remembered)
    return out


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


SCHEMA_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place"}


def news_article(page: BriefPage, entities: Mapping, settings, summary: str) -> dict:
    """schema.org NewsArticle for the brief's JSON-LD, mentioning each of its entities once."""
    brief = page.brief
    data = {
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
    mentions = []
    for entity_id in sorted(set(page.entity_ids)):
        entity = entities[entity_id]
        thing = {"@type": SCHEMA_TYPES.get(entity.type, "Thing"), "name": entity.name}
        if settings.site_url:
            thing["url"] = absolute(settings, entity_url(entity_id))
        mentions.append(thing)
    if mentions:
        data["mentions"] = mentions
    return data


def _grouped_entities(page: BriefPage, entities) -> list[tuple[str, list]]:
    seen: dict[str, int] = defaultdict(int)
    for mention in page.annotation.mentions:
        seen[page.entity_ids[mention.entity]] += 1
    groups: dict[str, list] = defaultdict(list)
    for entity_id, count in seen.items():
        entity = entities[entity_id]
        groups[TYPE_GROUPS.get(entity.type, "Other")].append((entity, count))
    return [
        (label, sorted(groups[label], key=lambda ec: (-ec[1], ec[0].name.casefold())))
        for label in ("People", "Organisations", "Places", "Other")
        if groups.get(label)
    ]


# --- the brief's body: Markdown with the annotations put back in place -------------------


def render_brief_body(page: BriefPage, renderer: Renderer, entities: Mapping, site_quotes: list) -> str:
    """The brief's Markdown as HTML, with mentions, quotes and dates marked up.
    `site_quotes` are the brief's linked quotes, in the order of its annotation's quotes."""
    document, annotation = page.document, page.annotation
    marks: list[tuple[int, int, int, str, str]] = []  # (start, end, layer, open tag, close tag)
    inserts: dict[int, list[str]] = defaultdict(list)  # offset → HTML to put there
    for number, mention in enumerate(annotation.mentions):
        entity = entities[page.entity_ids[mention.entity]]
        css = f"mention t-{TYPE_LABELS.get(entity.type, 'other')}"
        marks.append(
            (
                mention.start,
                mention.end,
                1,
                f'<a class="{css}" id="m-{number}" href="../{entity_url(entity.id)}" '
                f'title="{escape(entity.name)} ({TYPE_LABELS.get(entity.type, "other")})">',
                "</a>",
            )
        )
    for number, quote in enumerate(annotation.quotes):
        site_quote = site_quotes[number]
        speaker = entities[site_quote.speaker].name if site_quote.speaker else "unattributed"
        uncertain = " uncertain" if quote.method in UNCERTAIN_METHODS else ""
        marks.append(
            (
                quote.start,
                quote.end,
                0,
                f'<span class="quote{uncertain}" id="quote-{number + 1}" data-speaker="{escape(speaker)}">',
                "</span>",
            )
        )
        inserts[quote.end].append(
            f'<a class="quote-link" data-pagefind-ignore href="../quotes.html#{site_quote.id}" '
            f'title="{escape(METHOD_LABELS[quote.method])}">'
            f'<span class="visually-hidden">Quote by </span>{escape(speaker)}</a>'
        )
    for number, timex in enumerate(annotation.timexes):
        event_id = page.event_ids[number]
        machine = f' datetime="{timex.value}"' if timex.granularity != "decade" else ""
        marks.append(
            (
                timex.start,
                timex.end,
                2,
                f'<a class="date" id="t-{number + 1}" href="../timeline.html#{event_id}"><time{machine}>',
                "</time></a>",
            )
        )
    env = {"marks": sorted(marks), "inserts": inserts}
    tokens = document.tokens
    for block in document.blocks:
        inline = tokens[block.token_index]
        offset = block.start
        for child_index, text in inline_pieces(inline):
            inline.children[child_index].meta["offset"] = offset
            offset += len(text)
    md = renderer.md
    original = md.renderer.rules.get("text")
    md.add_render_rule("text", _annotated_text)
    try:
        return md.renderer.render(tokens, md.options, env)
    finally:
        md.renderer.rules["text"] = original


def _annotated_text(self, tokens, idx, options, env) -> str:
    token = tokens[idx]
    start = token.meta.get("offset") if token.meta else None
    if start is None:
        return escape(token.content, quote=False)
    end = start + len(token.content)
    in_link = sum(1 if t.type == "link_open" else -1 if t.type == "link_close" else 0 for t in tokens[:idx]) > 0
    marks = [m for m in env["marks"] if m[0] < end and m[1] > start]
    cuts = {start, end}
    for s, e, *_ in marks:
        cuts.update(x for x in (s, e) if start <= x <= end)
    cuts.update(k for k in env["inserts"] if start < k <= end)
    points = sorted(cuts)
    out = []
    for a, b in zip(points, points[1:], strict=False):
        active = sorted((m for m in marks if m[0] <= a and m[1] >= b), key=lambda m: (m[2], m[0]))
        opens, closes = [], []
        for s, _e, _layer, open_tag, close_tag in active:
            if in_link and open_tag.startswith("<a "):
                continue  # never a link inside a link
            opens.append(open_tag if a == s else _without_id(open_tag))  # an id once, on the first piece
            closes.insert(0, close_tag)
        out.append("".join(opens) + escape(token.content[a - start : b - start], quote=False) + "".join(closes))
        if b in env["inserts"]:
            out.extend(env["inserts"].pop(b))
    return "".join(out)


def _without_id(tag: str) -> str:
    return re.sub(r' id="[^"]*"', "", tag, count=1)
