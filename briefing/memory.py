"""What a build remembers for the next one: nothing in a one-off build, the last build in the preview.

`build()` asks its memory the same questions either way ("the documents for these briefs",
"the renderer for these templates"). `NoMemory`, the one-off build's, works each answer out;
the preview's `BuildMemory` gives back the last build's answer where its inputs are the same,
so that a rebuild after one save redoes only what the save changed. Every entry is keyed by
the bytes or the very objects it was made from (see memo.py), so none can be stale.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from .annotate.aliases import AliasTable, build_alias_table
from .cache import AnnotationCache
from .images import Media, prepare_media
from .link import LinkMemo
from .memo import IdentityMemo
from .model import Brief, BriefPage, Document, GlossaryEntry
from .newsroom import kept_related_briefs, ranked_from
from .page_memo import StoredPageMemo
from .parse import parse
from .read import read_content
from .render import PageMemo, Renderer, is_listing
from .resize import ImageCache, Resized
from .settings import Settings
from .write import Written

log = logging.getLogger(__name__)


class NoMemory:
    """A one-off build's memory: it remembers nothing, so every stage does all of its work."""

    keeps_model = False  # whether the spaCy model stays loaded in this process between builds
    links: LinkMemo | None = None  # each brief's share of the linked site (see link.link)
    pages: PageMemo | None = None  # the rendered pages and what each looked up (see render.PageMemo)
    output: Written | None = None  # what the last build wrote, to change only what differs

    def read(self, content: Path, keep_going: bool):
        return read_content(content, keep_going=keep_going)

    def fit_to(self, briefs: int, in_memory_up_to: int) -> None:
        """Told the size of the archive, once it is read: only the preview's memory cares."""

    def files_read(self) -> dict[str, tuple[bytes, object]] | None:
        """The bytes of the content files this build read ({path: (bytes, …)}), if it kept them."""
        return None

    def documents(self, briefs: list[Brief], allow_html: bool) -> list[Document]:
        return [parse(brief.body, allow_html) for brief in briefs]

    def without_tokens(self, documents: list[Document]) -> list[Document]:
        """The documents without their Markdown tokens, once the pictures are found: rendering
        parses each brief again (`markup.render_brief_body`), which costs a fraction of a
        millisecond, where holding the tokens of 100,000 briefs would take 1.5 GiB."""
        return [document.without_tokens() for document in documents]

    def alias_table(self, site_table: Path | None, entries: list[GlossaryEntry]) -> AliasTable:
        return build_alias_table(site_table, entries)

    def media(
        self, briefs: list[Brief], documents: list[Document], content: Path, cache: Path | None, authors: list
    ) -> Media:
        """The briefs' and author files' pictures, resized or from the image cache in `cache`."""
        return prepare_media(briefs, documents, content, ImageCache(cache), authors)

    def annotation_keys(
        self, pairs: list[tuple[Brief, Document]], key: Callable[[Brief, Document], str], salt: tuple
    ) -> list[str]:
        """The annotation cache key of each (brief, document); `salt` is what else `key` depends on."""
        return [key(brief, document) for brief, document in pairs]

    def annotation_cache(self, folder: Path | None, keys: list[str]) -> AnnotationCache:
        return AnnotationCache(folder)

    def renderer(self, templates: Path, settings: Settings) -> Renderer:
        return Renderer(templates, settings)

    def page_memo(self) -> PageMemo | None:
        """None: a one-off build has no memo in memory; it keeps one on disk, beside its stamp,
        for the next build (`page_memo.StoredPageMemo`, `pipeline._page_memo`)."""
        return None

    def with_page_memo(self, memo: StoredPageMemo | None) -> StoredPageMemo | None:
        """The page memo read from disk, as this build is to use it."""
        return memo

    def related_briefs(self, pages: list[BriefPage], kept: Path | None = None) -> list[list[str]]:
        """Each brief's related briefs, ranked, or read back from the `kept` folder."""
        return kept_related_briefs(pages, kept)

    def may_defer_listings(self, out: Path) -> bool:
        """Whether the last build's listings are on disk in `out`, to stand in for a moment."""
        return False

    def last_listings(self) -> dict[str, bytes]:
        return {}


@dataclass
class BuildMemory(NoMemory):
    """The preview's memory: the last build's briefs, documents, annotations, links, pages and
    output, each given back while what it was made from is unchanged."""

    briefs: dict = field(default_factory=dict)  # path → (file bytes, Brief or GlossaryEntry), see read_content
    parsed: dict = field(default_factory=dict)  # (Markdown, allow_html) → Document
    keys: IdentityMemo[str] = field(default_factory=IdentityMemo)  # (brief, document) → annotation cache key
    annotations: dict = field(default_factory=dict)  # annotation cache key → (Annotation, notes)
    links: LinkMemo = field(default_factory=LinkMemo)
    pages: PageMemo = field(default_factory=PageMemo)
    renderers: dict = field(default_factory=dict)  # (templates, settings, their files) → Renderer
    alias_tables: IdentityMemo[AliasTable] = field(default_factory=IdentityMemo)  # glossary entries → table
    images: dict[str, Resized] = field(default_factory=dict)  # image cache key → the picture resized
    output: Written = field(default_factory=Written)
    related: tuple = ([], [])  # (what decided them, `newsroom.ranked_from`; the related briefs of each)
    pages_on_disk: bool = False  # an archive too large for its pages to be held here (`fit_to`)
    keeps_model = True

    def read(self, content: Path, keep_going: bool):
        return read_content(content, keep_going=keep_going, memo=self.briefs)

    def fit_to(self, briefs: int, in_memory_up_to: int) -> None:
        """Hold the rendered site in memory (each page's bytes, in `pages` and `output`) only for
        an archive of up to `in_memory_up_to` briefs. A larger one is rendered and written as a
        one-off build does, its page memo on disk (`page_memo.StoredPageMemo`): its site, gigabytes
        at 100,000 briefs, would not fit. Either way the rest (briefs, documents, annotations,
        links, the model) stays here. Crossing the limit forgets the pages: they are no longer the
        ones on disk."""
        on_disk = briefs > in_memory_up_to
        if on_disk != self.pages_on_disk:
            self.pages, self.output, self.pages_on_disk = PageMemo(), Written(), on_disk
            log.info(
                "The preview keeps this site's pages %s (%d briefs; preview_in_memory_up_to = %d)",
                "on disk" if on_disk else "in memory",
                briefs,
                in_memory_up_to,
            )

    def related_briefs(self, pages: list[BriefPage], kept: Path | None = None) -> list[list[str]]:
        """The last build's related briefs while every brief's date and entities are as they
        were: an edit that names no new entity does not rank every brief against every other
        again (the cost grows with the square of the briefs that share an entity)."""
        made_from = ranked_from(pages)
        if self.related[0] != made_from:
            self.related = (made_from, kept_related_briefs(pages, kept, made_from))
        return self.related[1]

    def files_read(self) -> dict[str, tuple[bytes, object]]:
        return self.briefs

    def documents(self, briefs: list[Brief], allow_html: bool) -> list[Document]:
        previous, self.parsed = self.parsed, {}
        for brief in briefs:
            key = (brief.body, allow_html)
            self.parsed[key] = previous.get(key) or self.parsed.get(key) or parse(*key)
        return [self.parsed[(brief.body, allow_html)] for brief in briefs]

    def without_tokens(self, documents: list[Document]) -> list[Document]:
        """The documents as they are: the preview keeps the tokens of every brief, to render an
        edited brief's page without parsing the others again."""
        return documents

    def alias_table(self, site_table: Path | None, entries: list[GlossaryEntry]) -> AliasTable:
        """The last build's table while the site's table and the glossary entries are the same
        (an unchanged entry file gives the very same entry object, see read_content)."""
        table_bytes = site_table.read_bytes() if site_table is not None and site_table.is_file() else None
        table = self.alias_tables.get(
            tuple(entries), lambda: build_alias_table(site_table, entries), key=(site_table, table_bytes)
        )
        self.alias_tables.forget_unused()
        return table

    def media(
        self, briefs: list[Brief], documents: list[Document], content: Path, cache: Path | None, authors: list
    ) -> Media:
        """The pictures of the last build, in memory, for images whose bytes are unchanged."""
        return prepare_media(briefs, documents, content, ImageCache(cache, self.images), authors)

    def annotation_keys(
        self, pairs: list[tuple[Brief, Document]], key: Callable[[Brief, Document], str], salt: tuple
    ) -> list[str]:
        keys = [self.keys.get((b, d), partial(key, b, d), key=salt) for b, d in pairs]
        self.keys.forget_unused()
        return keys

    def annotation_cache(self, folder: Path | None, keys: list[str]) -> AnnotationCache:
        """The cache, in front of it the annotations of this build's briefs kept from the last
        (those of briefs that have since changed are forgotten)."""
        self.annotations = {key: self.annotations[key] for key in keys if key in self.annotations}
        return AnnotationCache(folder, self.annotations)

    def renderer(self, templates: Path, settings: Settings) -> Renderer:
        """The last build's renderer, with its compiled templates, while they are unchanged."""
        key = (templates, repr(settings), tuple(Renderer.sources(templates)))
        if key not in self.renderers:
            self.renderers = {key: Renderer(templates, settings)}
        return self.renderers[key]

    def page_memo(self) -> PageMemo | None:
        return None if self.pages_on_disk else self.pages

    def with_page_memo(self, memo: StoredPageMemo | None) -> StoredPageMemo | None:
        """With the pages on disk: the memo read from disk digests the briefs, annotations and
        mentions this process kept from the last build by identity, as the in-memory memo does,
        instead of pickling each again (a third of the pages stage at 10,000 briefs)."""
        if memo is not None:
            memo.objects, memo.remembers_objects = self.pages.objects, True
        return memo

    def may_defer_listings(self, out: Path) -> bool:
        """Not after a template or settings change: the listings must fail in the build, loudly."""
        return (
            not self.pages.setup_changed
            and self.output.folder == out.resolve()
            and all(path in self.output.files for path in ("index.html", "api/index.json"))
        )

    def last_listings(self) -> dict[str, bytes]:
        return {path: data for path, data in self.output.files.items() if is_listing(path)}
