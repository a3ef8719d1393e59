"""Stage 5, render: `Site` → {output path: bytes}. Templates own the HTML; nothing here calls spaCy.

What pages there are, and what each template is given, is the table in pages.py; this module
holds the Jinja environment and puts the pages together. Every page gets `root`, the relative
path back to the site root ("" or "../"), so the site works at a domain root, under a GitHub
Pages sub-path and from a local folder alike.
"""

from __future__ import annotations

import contextlib
import json
import logging
import multiprocessing
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from html import escape
from pathlib import Path
from typing import cast

import jinja2
from markupsafe import Markup

from .errors import problem
from .labels import is_uncertain, method_label, plural, type_label
from .link import archive_url, author_url, brief_url, entity_url, section_url, tag_url
from .model import Site
from .page_memo import PageFile, PageMemo, RememberedPages, digest_naming, digest_of_parts
from .pages import ITEM_KINDS, LISTINGS, NAVIGATION, SITE_KINDS, PageKind, SiteData, is_listing
from .paging import page_context, page_items, page_numbers, page_path, paged_contexts
from .parse import markdown_parser
from .processes import can_fork, release_inherited_locks
from .progress import RENDERING, counting
from .publish import absolute, robots_txt

__all__ = [
    "LISTINGS",
    "PageMemo",
    "is_listing",
    "Renderer",
    "error_page",
    "render_listings",
    "render_pages",
    "rendered_listings",
    "rendered_pages",
]

log = logging.getLogger(__name__)
BUILT_IN_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def template_environment(templates: Path) -> jinja2.Environment:
    """Jinja over a templates folder, with the filters, tests and names every template may use."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # a changed templates folder gets a new Renderer (see `Renderer.sources`)
    )
    env.filters["type_label"] = type_label
    env.filters["method_label"] = method_label
    env.filters["plural"] = plural
    env.filters["json_script"] = json_script
    env.filters["html_escape"] = lambda text: Markup(escape(text))  # quotes as &quot; and &#x27;
    env.tests["uncertain"] = is_uncertain
    env.globals.update(
        brief_url=brief_url,
        entity_url=entity_url,
        author_url=author_url,
        section_url=section_url,
        tag_url=tag_url,
        archive_url=archive_url,
        navigation=NAVIGATION,
    )
    return env


class Renderer:
    def __init__(self, templates: Path, settings) -> None:
        self.settings = settings
        # what the memo's setup digest is made from: read before any template is compiled, so
        # that a template edited meanwhile can only make the next build render more, not less
        self.source_files = self.sources(templates)
        self.env = template_environment(templates)
        self.templates = templates
        self.md = markdown_parser(settings.allow_html)

    def markdown(self, text: str) -> str:
        return self.md.render(text)

    def compile_templates(self) -> None:
        """Compile every template now (Jinja would on first use): before rendering forks, so that
        the processes share the work instead of each doing it, or while the build waits for the
        model. A template with an error (or a file that is no template) is left for its first page
        to report."""
        for name in self.env.list_templates(filter_func=lambda name: not name.startswith("static/")):
            with contextlib.suppress(jinja2.TemplateError, UnicodeError, OSError):
                self.env.get_template(name)

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
        names = {
            "site_title": self.settings.title,
            "site_description": self.settings.description,
            "canonical": absolute(self.settings, path),
            "root": "../" * path.count("/"),
            "path": path,
            **context,
        }
        try:
            html = self.env.get_template(template).render(names)
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


def json_script(data) -> Markup:
    """JSON safe inside <script>: no "</script>" or "<!--" can close or confuse the element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)


def render_pages(site: Site, renderer: Renderer, memo: PageMemo | None = None) -> dict[str, bytes]:
    """Every page of `rendered_pages`, at once, in this process, as bytes: without a memo, or with
    one that holds the pages (the preview's)."""
    pages = dict(rendered_pages(site, renderer, memo))
    assert all(isinstance(data, bytes) for data in pages.values())
    return cast(dict[str, bytes], pages)


def rendered_pages(
    site: Site,
    renderer: Renderer,
    memo: PageMemo | None = None,
    jobs: int = 1,
    remembered: RememberedPages | None = None,
) -> Generator[tuple[str, PageFile], None, None]:
    """A page per brief and per entity (and per author, section, tag, month), each list among
    them split into pages, and the static files: what a reader opens from a link; (path, bytes)
    one at a time, as they are rendered. With a `memo`, a page whose data did not change since
    the last build is not rendered again. Unless the memo holds the pages in memory (the
    preview's), the pages are shared among `jobs` processes (see `_render_forked`). `remembered`:
    this build's `RememberedPages` for `memo`, when the listings are to be remembered too."""
    data = SiteData(site, renderer, memo)
    remembered = remembered if remembered is not None else RememberedPages(site, renderer, memo)
    each = [(kind, item_id, item) for kind in ITEM_KINDS for item_id, item in kind.each(site)]
    forked = None
    items: Iterator[dict[str, PageFile]]
    if (memo is None or not memo.holds_pages) and jobs > 1 and len(each) >= FORK_AT_LEAST and can_fork():
        items = forked = _render_forked(data, remembered, each, jobs)
    else:
        items = counting(map(partial(_item_pages, data, remembered, memo), each), len(each), RENDERING)
    try:
        for pages in items:
            yield from pages.items()
    finally:  # the caller may stop early (a page it could not write): stop the processes now
        if forked is not None:
            forked.close()
    if memo is not None:
        log.debug("Pages: %d rendered, %d kept from the last build", memo.rendered, memo.reused)
    yield from _site_files(renderer).items()


def _item_pages(data: SiteData, remembered: RememberedPages, memo: PageMemo | None, each: tuple) -> dict[str, PageFile]:
    """The pages of one item (a brief, an entity…): one, or one per page of its list."""
    kind, item_id, item = each
    path = kind.url(item_id)
    numbers = _page_numbers(kind, item, data)
    # what the item's pages are made from, digested once for all of them: each of the 3,500 pages
    # of an entity named in 70,000 briefs pickled the order of those briefs again
    own: tuple = ()
    if memo is not None:
        made_from = (remembered.digest(kind.name, item_id), data.chrome, *kind.own(item, data, memo), numbers)
        own = (digest_of_parts(made_from),)
    out = {}
    for number in numbers:
        page = page_path(path, number)
        render = partial(_item_page, kind, item, data, path, number, numbers)
        out[page] = remembered.page(page, (*own, number), render)
    return out


FORK_AT_LEAST = 200  # items: below this, starting the processes costs more than it saves
FORK_CHUNK = 50  # items a process renders at a time
_FORKED: tuple[SiteData, RememberedPages, list] | None = None  # what the forked processes render from


def _render_forked(
    data: SiteData, remembered: RememberedPages, each: list, jobs: int
) -> Generator[dict[str, PageFile], None, None]:
    """The pages of each item of `each`, rendered by `jobs` forked processes in chunks, and given
    in the order `each` gives, so the output is what one process would make. Each process starts
    with the site already linked (a fork's copy of this one); only the pages travel back, with
    what the memo (if any) remembers of each. A process that dies (killed for memory, say) stops
    the build with an error, not a hang."""
    global _FORKED
    _warm(data)
    chunks = [range(start, min(start + FORK_CHUNK, len(each))) for start in range(0, len(each), FORK_CHUNK)]
    _FORKED = (data, remembered, each)
    workers = min(jobs, len(chunks))
    context = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=release_inherited_locks)
    try:
        chunks_done = _in_order(pool, chunks, ahead=2 * workers)
        yield from counting(_each_item(chunks_done, remembered), len(each), RENDERING)
    except BrokenProcessPool:
        raise problem(
            "rendering", None, "a rendering process died (out of memory?)", "build again with --jobs 1"
        ) from None
    finally:  # also when the caller stops early (a write failed): the chunks not begun are dropped
        pool.shutdown(wait=True, cancel_futures=True)
        _FORKED = None


# per item of a chunk: its pages, what the memo remembers of them, and how many were rendered (not reused)
Rendered = list[tuple[dict[str, PageFile], dict[str, tuple], int]]


def _in_order(pool: ProcessPoolExecutor, chunks: list[range], ahead: int) -> Iterator[Rendered]:
    """The chunks' pages in order, with at most `ahead` chunks asked for at a time: pages that
    the writer has not caught up with wait in the processes, not in this one's memory."""
    pending: deque[Future] = deque()
    for chunk in chunks:
        pending.append(pool.submit(_render_chunk, chunk))
        if len(pending) >= ahead:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _each_item(chunks: Iterable[Rendered], remembered: RememberedPages) -> Iterator[dict[str, PageFile]]:
    """One step per item, for the progress line, from the chunks as they come back; what the
    processes' memos remember of each page goes into this one's."""
    for chunk in chunks:
        for pages, entries, rendered in chunk:
            remembered.took(pages, entries, rendered)
            yield pages


def _render_chunk(chunk: range) -> Rendered:
    assert _FORKED is not None
    data, remembered, each = _FORKED
    rendered = []
    for i in chunk:
        before = remembered.rendered()
        pages = _item_pages(data, remembered, remembered.memo, each[i])
        rendered.append((pages, remembered.entries(pages), remembered.rendered() - before))
    return rendered


def _warm(data: SiteData) -> None:
    """What every page draws on, computed once before the fork rather than once per process."""
    data.grouped, data.chrome, data.listed_at, data.briefs  # noqa: B018
    data.renderer.compile_templates()


def _item_page(
    kind: PageKind, item, data: SiteData, path: str, number: int, numbers: tuple[int, ...], entities, briefs
) -> bytes:
    """Page `number` of an item's page (of a brief, an entity…), looking things up through
    `entities` and `briefs` (the preview's memo records what it looks up)."""
    context = kind.context(item, data, entities, briefs)
    if kind.template is None:  # a data file (a feed): the context function made its bytes
        return context
    if kind.own_page is not None and number == 0:
        context.update(kind.own_page(item, data, entities, briefs))
    context = {**data.chrome, **context}
    if kind.paged:
        context = page_context(kind.paged, path, context, data.renderer.settings.page_size, number, numbers)
    page = page_path(path, number)
    return data.renderer.page(kind.template, page, nav=kind.nav, entities=entities, briefs=briefs, **context)


def _page_numbers(kind: PageKind, item, data: SiteData) -> tuple[int, ...]:
    """The numbers of an item's pages (just 0 for a page that is not a list)."""
    if kind.paged is None or kind.paged.length is None:
        return (0,)
    size = data.renderer.settings.page_size
    return tuple(page_numbers(kind.paged.length(item, data), size, kind.paged.from_oldest))


def _site_files(renderer: Renderer) -> dict[str, bytes]:
    """robots.txt, the marker that stops GitHub Pages running Jekyll, CNAME and the static files."""
    out = {"robots.txt": robots_txt(renderer.settings), ".nojekyll": b""}
    if renderer.settings.cname:
        out["CNAME"] = (renderer.settings.cname.strip() + "\n").encode()
    static = renderer.templates / "static"
    for path in sorted(static.rglob("*")) if static.is_dir() else []:
        if path.is_file():
            out["static/" + path.relative_to(static).as_posix()] = path.read_bytes()
    return out


def render_listings(site: Site, renderer: Renderer, memo: PageMemo | None = None) -> dict[str, bytes]:
    """Every page and data file of `rendered_listings`, at once, as bytes (no listing is kept)."""
    return cast(dict[str, bytes], dict(rendered_listings(site, renderer, memo)))


def rendered_listings(
    site: Site, renderer: Renderer, memo: PageMemo | None = None, remembered: RememberedPages | None = None
) -> Iterator[tuple[str, PageFile]]:
    """The pages and data that list the whole site (`LISTINGS`): home, glossary, quotes,
    timeline, 404, the feed, the sitemap and the JSON, each list split into pages; (path, bytes)
    one kind at a time. With `remembered` (a one-off build's, after its `rendered_pages`), a
    listing page whose items and names are as in the last build is kept, like any other page;
    the data files are always made."""
    data = SiteData(site, renderer, memo)
    counted = remembered.memo if remembered is not None else None
    before = (counted.rendered, counted.reused) if counted is not None else (0, 0)
    for kind in SITE_KINDS:
        if kind.exists(site):
            yield from _listing(kind, data, remembered).items()
    if counted is not None:
        rendered, reused = counted.rendered - before[0], counted.reused - before[1]
        log.debug("Listing pages: %d rendered, %d kept from the last build", rendered, reused)


def _listing(kind: PageKind, data: SiteData, remembered: RememberedPages | None = None) -> dict[str, PageFile]:
    if kind.template is None:
        made = kind.context(data)
        return {kind.path: made} if made is not None else {}
    common = dict(nav=kind.nav, entities=data.site.entities, briefs=data.briefs, **data.chrome)
    names = {**common, **kind.context(data)}
    if remembered is not None and remembered.memo is not None:
        return _remembered_listing(kind, data, names, common, remembered)
    size = data.renderer.settings.page_size
    return {
        path: data.renderer.page(kind.template, path, **context)
        for path, context in paged_contexts(kind.paged, kind.path, names, size)
    }


def _remembered_listing(
    kind: PageKind, data: SiteData, names: dict, common: dict, remembered: RememberedPages
) -> dict[str, PageFile]:
    """A listing's pages, each rendered again only if its own items, the listing's other names
    or what it looks up changed. A page's items are digested one page at a time, the names
    once; the site's `entities` and `briefs` are looked up through the memo, not digested."""
    assert kind.template is not None
    template, paged, size = kind.template, kind.paged, data.renderer.settings.page_size
    views = [key for key in ("entities", "briefs") if names.get(key) is common[key]]
    items = names[paged.key] if paged else []
    named: set[tuple[str, str]] = set()
    shared = digest_naming({k: v for k, v in names.items() if k not in views and not (paged and k == paged.key)}, named)
    numbers = tuple(page_numbers(len(items), size, paged.from_oldest)) if paged else (0,)
    out: dict[str, PageFile] = {}
    for number in numbers:
        path, on_page = page_path(kind.path, number), set(named)
        chunk = page_items(items, size, number, paged.from_oldest) if paged else []
        own = (kind.name, shared, digest_naming(chunk, on_page), number, len(items))  # (the pager follows from these)

        def render(entities: Mapping, briefs: Mapping, path: str = path, number: int = number) -> bytes:
            looked_up = {**names, **{key: {"entities": entities, "briefs": briefs}[key] for key in views}}
            context = page_context(paged, kind.path, looked_up, size, number, numbers) if paged else looked_up
            return data.renderer.page(template, path, **context)

        out[path] = remembered.page(path, own, render, on_page)
    return out


def error_page(errors: list[str]) -> bytes:
    """The page the preview shows while the build fails, from the built-in templates (the
    site's own may be what is broken)."""
    return template_environment(BUILT_IN_TEMPLATES).get_template("error.html").render(errors=errors).encode()
