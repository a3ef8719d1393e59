"""Rendering a page again only when what it shows has changed: the preview's memory of the
brief and entity pages it rendered, and of the pieces of api/briefing.json; and a one-off
build's, kept on disk for the next build (`StoredPageMemo`).

A page is made from its own data (a brief, or an entity with its quotes and events) and from
whatever it looks up in the site's `entities` and `briefs` while it renders: the lookups are
recorded (`Recorded`), not declared, so a template that starts showing something new is still right.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import pickle
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .export import json_text
from .memo import IdentityMemo
from .model import BriefPage, Entity, Site

if TYPE_CHECKING:
    from .render import Renderer

log = logging.getLogger(__name__)


class PageMemo:
    """The brief and entity pages of the previous build in this process, each with what it was
    made from, so that a rebuild after one edit renders only the pages the edit can change.

    A page is made from its own data (a brief, or an entity with its quotes and events) and from
    whatever it looks up in the site's `entities` and `briefs` while it renders: the lookups are
    recorded, not declared, so a template that starts showing something new is still right. A page
    is reused when its own data digests as before and none of the records it looked up changed
    (`Digests`); anything else, a changed template or setting included, renders it again.
    The preview keeps one, with each page's bytes; a one-off build keeps a `StoredPageMemo`."""

    holds_pages = True  # each page's bytes are in memory (so the memo stays in one process)

    def __init__(self) -> None:
        self.code = ""  # what else the pages depend on beyond templates and settings (StoredPageMemo)
        self.setup = ""  # digest of the templates and settings the pages were rendered with
        self.pages: dict[str, tuple] = {}  # path → (own digest, lookups, its bytes, or None in a StoredPageMemo)
        self.lookup_keys: dict[tuple[str, str], tuple[str, str]] = {}  # each (kind, key) looked up, as one object
        self.digests: dict[tuple[str, str], str] = {}  # every brief's and entity's, as of the last build
        self.json: dict[tuple, str] = {}  # pieces of api/briefing.json, by the digest of what made them
        self.latest: Digests | None = None  # the last build's, for its listings
        self.setup_changed = True  # whether the last build's templates or settings differed from the one before
        self.rendered = self.reused = 0  # pages of the last build rendered, and reused
        self.objects: IdentityMemo[str] = IdentityMemo()  # object → its digest

    def start_afresh(self, setup: str) -> None:
        """Forget every page: they were made with other templates, settings or code."""
        self.setup, self.pages = setup, {}

    def digest_of(self, value) -> str:
        """The digest of an object this process may see again in the next build, unchanged."""
        return self.objects.for_one(value, digest)

    def digest_of_all(self, values: list) -> str:
        """The digest of a list of such objects (mentions, quotes, events that linking keeps
        for an unchanged brief): one look-up per object instead of pickling them all again."""
        return digest([self.digest_of(value) for value in values])

    def entry(self, own_digest: str, lookups: Iterable[tuple[str, str]], html: bytes) -> tuple:
        """What is remembered of a rendered page."""
        return (own_digest, self.shared(lookups), html)

    def shared(self, lookups: Iterable[tuple[str, str]]) -> tuple:
        """The lookups of a page as a tuple of (kind, key) pairs, each pair one object however
        many pages looked it up: the memo of a large archive holds millions of lookups (a set of
        its own per page took ten times the memory)."""
        keys = self.lookup_keys
        return tuple(keys.setdefault(key, key) for key in lookups)

    def kept(self, path: str, entry: tuple) -> bytes | KeptFile | None:
        """The bytes of a page remembered as `entry` (or where to find them), or None if they
        cannot be had."""
        return entry[2]


@dataclass(frozen=True)
class KeptFile:
    """A page the memo shows unchanged: the previous output's file is linked into the new one,
    not rendered, read or compared (`write.Staging.put`); the search index reads it back only if
    its part of the index is made again."""

    search: bytes | None  # the search index's digest of it (`search.SearchPages`); None: not searched


PageFile = bytes | KeptFile  # a page rendered, or the previous output's file of it


class StoredPageMemo(PageMemo):
    """A one-off build's page memo, saved beside the build's stamp for the next build, which
    then renders only the pages an edit can change. Instead of a page's bytes it keeps what
    `os.stat` said of its file at the end of the build (`files`: size, modification and change
    times, inode; a change time cannot be set back by hand): a page is reused only while its file
    is still that file, as a `KeptFile`. It is made for the pages' templates, settings and `code`
    (Briefing's own code and the libraries that render), and forgotten when any changes."""

    holds_pages = False
    FORMAT = 3  # raise when what the file holds changes
    # a new process has no objects to remember digests by; the preview, keeping its pages on
    # disk, lends its own `objects` for the next build (`memory.BuildMemory.with_page_memo`)
    remembers_objects = False

    def __init__(self, file: Path, out: Path, code: str) -> None:
        super().__init__()
        self.file, self.out, self.code = file, out, code
        # path → (its file's `_identity`, the search index's digest of it); the search index's
        # files too (with None)
        self.files: dict[str, tuple[tuple[int, ...], bytes | None]] = {}
        self.shards: dict[str, tuple[tuple, list[str]]] = {}  # search shard → (its key, its files)

    def start_afresh(self, setup: str) -> None:
        super().start_afresh(setup)
        self.shards = {}  # the search index's files too: how they are laid out may have changed

    def digest_of(self, value) -> str:
        return self.objects.for_one(value, digest) if self.remembers_objects else digest(value)

    def digest_of_all(self, values: list) -> str:
        """The digest of the list itself, as the next process will compute it (not of each
        object's digest, as `PageMemo.digest_of_all`): the memo on disk is that process's too."""
        if not self.remembers_objects:
            return digest(values)
        return self.objects.get(tuple(values), lambda: digest(values), key="all")

    def entry(self, own_digest: str, lookups: Iterable[tuple[str, str]], html: bytes) -> tuple:
        return (own_digest, self.shared(lookups), None)

    def kept(self, path: str, entry: tuple) -> KeptFile | None:
        known = self.files.get(path)
        if known is None or _identity(os.path.join(self.out, path)) != known[0]:
            return None
        return KeptFile(known[1])

    def kept_shard(self, shard: str, key: tuple) -> list[str] | None:
        """The files of a search shard in the output, if the last build wrote them for this `key`
        (the shard's pages are as they were) and each is still the file it wrote; else None."""
        saved = self.shards.get(shard)
        if saved is None or saved[0] != key:
            return None
        for name in saved[1]:
            known = self.files.get(name)
            if known is None or _identity(os.path.join(self.out, name)) != known[0]:
                return None
        return saved[1]

    @classmethod
    def load(cls, file: Path, out: Path, code: str) -> StoredPageMemo:
        """The memo saved in `file` by the last build into `out`, or an empty one if there is
        none or it cannot be read. (Its pages are forgotten when rendered with other templates,
        settings or code: `RememberedPages`.)"""
        memo = cls(file, out, code)
        try:
            saved = pickle.loads(file.read_bytes())
            if saved["format"] == cls.FORMAT:
                memo.setup, memo.pages = saved["setup"], saved["pages"]
                memo.digests, memo.files, memo.shards = saved["digests"], saved["files"], saved["shards"]
        except Exception:  # noqa: BLE001 (anything unpickling can raise: a memo not to trust, not an error)
            return cls(file, out, code)
        return memo

    def save(self, search: Mapping[str, bytes], shards: Mapping[str, tuple[tuple, list[str]]]) -> None:
        """Write the memo, with what `os.stat` says of each page's file now and the search
        index's digest of each, and the search index's `shards` (each one's key and files), whole
        or not at all. A memo that cannot be written is a warning: the site is built, and the
        next build renders every page."""
        index_files = [name for _, names in shards.values() for name in names]
        identities = {path: _identity(os.path.join(self.out, path)) for path in [*self.pages, *index_files]}
        files = {path: (identity, search.get(path)) for path, identity in identities.items() if identity}
        saved = {"format": self.FORMAT, "setup": self.setup, "pages": self.pages, "digests": self.digests}
        saved["files"], saved["shards"] = files, dict(shards)
        temporary = self.file.with_name(f".{self.file.name}.{os.getpid()}.tmp")
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(pickle.dumps(saved, protocol=5))
            temporary.replace(self.file)
        except OSError as err:
            temporary.unlink(missing_ok=True)
            log.warning("%s: could not keep the page memo (%s); the next build renders every page", self.file, err)


def _identity(path: str) -> tuple[int, ...]:
    """What tells a file from an edited or replaced one: size, modification and change times,
    inode (an empty tuple: no such file)."""
    try:
        info = os.stat(path)
    except OSError:
        return ()
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


# What a page shows of an entity it only names (a link, a mark in a brief, a pin on a map): the
# page depends on these fields alone (the lookup kind `LABEL`), so it is not rendered again each
# time another brief mentions the entity. At 100,000 briefs, one edit mentioning a country
# re-rendered the 100,000 pages that name it. A page reading any other field of the entity (its
# mentions, say) depends on the whole entity, as before (`Watched`).
LABEL = "entity label"
LABEL_FIELDS = ("id", "name", "type", "aliases", "place", "description", "entry")  # a tuple: digested in this order
_IN_LABEL = frozenset(LABEL_FIELDS)


class Digests:
    """Digests of a site's briefs and entities as the pages see them, each computed once.

    A brief is its front matter and text, its annotation, its pictures and the ids linking gave it; the
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
            value = self._parts[kind](self, key) if kind in self._parts else None
            known = self.known[(kind, key)] = digest_of_parts(value)
        return known

    def all(self) -> dict[tuple[str, str], str]:
        for key in self.briefs:
            self.of("brief", key)
        for key in self.site.entities:
            self.of("entity", key)
            self.of(LABEL, key)
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
            page.media,  # its pictures' files and sizes: an edited image alone changes the page
        )

    def _entity(self, key: str):
        entity = self.site.entities.get(key)
        if entity is None:
            return None
        return (replace(entity, mentions=[]), self.memo.digest_of_all(entity.mentions))

    def _label(self, key: str):
        entity = self.site.entities.get(key)
        return None if entity is None else tuple(getattr(entity, name) for name in LABEL_FIELDS)

    _parts = {"brief": _brief, "entity": _entity, LABEL: _label}


def digest(value) -> str:
    # Equal data pickles alike, in this process and the next (the model has no sets, whose
    # order would follow the hash seed); where it does not (objects shared differently), the
    # page is merely rendered again. Different data never pickles alike.
    return _hashed(pickle.dumps(value, protocol=5))


def digest_of_parts(value) -> str:
    """The digest of a tuple of a page's or a record's parts, however they are shared. A
    preview remembers digests by identity, so its tuple may hold one string object twice where
    a new process holds two equal ones (two empty lists of quotes digest alike); pickle would
    write the first as a reference to the second, and every entity page would be rendered
    again on the next one-off build. Without pickle's memo (`fast`), equal parts pickle alike.
    (The parts hold no cycles, which `fast` would refuse.)"""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.fast = True
    pickler.dump(value)
    return _hashed(buffer.getbuffer())


def _hashed(data: bytes | memoryview) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def digest_naming(value, named: set[tuple[str, str]]) -> str:
    """The digest of `value` (a listing page's items and names), with each brief page and
    entity in it given by its id, not pickled whole: their ids go into `named`, so the page is
    made again when one of them changes (`RememberedPages.page`). A home page of twenty briefs
    digests in microseconds instead of pickling twenty texts and their annotations."""
    buffer = io.BytesIO()
    _NamingPickler(buffer, named).dump(value)
    return _hashed(buffer.getbuffer())


class _NamingPickler(pickle.Pickler):
    """Pickles a brief page or an entity as a call that names it (never made: the bytes are only
    digested). A dispatch table, not `persistent_id`: that would be asked of every string."""

    def __init__(self, file: io.BytesIO, named: set[tuple[str, str]]) -> None:
        super().__init__(file, protocol=5)
        self.fast = True  # parts shared differently pickle alike (`digest_of_parts`)
        self.named = named
        self.dispatch_table = {BriefPage: self._brief, Entity: self._entity}

    def _brief(self, page: BriefPage) -> tuple:
        # with what a list may show of it that the brief's digest leaves out (its byline,
        # related briefs, state…): every field but the three the digest covers
        rest = tuple(getattr(page, f.name) for f in fields(page) if f.name not in _DIGESTED)
        return (_named, (*self._name("brief", page.brief.id), rest))

    def _entity(self, entity: Entity) -> tuple:
        return (_named, self._name("entity", entity.id))  # its digest covers every field

    def _name(self, kind: str, key: str) -> tuple[str, str]:
        self.named.add((kind, key))
        return (kind, key)


# a brief page's fields that its digest covers (`Digests._brief`; the document follows from the brief)
_DIGESTED = ("brief", "document", "annotation")


def _named(*name) -> tuple:
    return name


class Recorded(Mapping):
    """A read-only view of `entities` or `briefs` that notes each key looked up (an entity as
    the fields the page reads of it: `Watched`)."""

    def __init__(self, data: Mapping, kind: str, lookups: set[tuple[str, str]]) -> None:
        self.data, self.kind, self.lookups = data, kind, lookups

    def __getitem__(self, key):
        if self.kind == "entity" and key in self.data:
            self.lookups.add((LABEL, key))  # that it exists (`in`, `get`, a test of it) is in its label
            return Watched(self.data[key], key, self.lookups)
        self.lookups.add((self.kind, key))  # a key not there yet too: the page changes when it comes
        return self.data[key]

    def __iter__(self) -> Iterator:
        self.lookups.add((self.kind, "*"))  # a page that lists them all is not remembered
        return iter(self.data)

    def __len__(self) -> int:
        self.lookups.add((self.kind, "*"))
        return len(self.data)


class Watched:
    """An entity as a page looks it up: each field the page reads notes what the page depends
    on, the entity's label (`LABEL_FIELDS`) or the whole entity."""

    __slots__ = ("_entity", "_key", "_lookups")

    def __init__(self, entity: Entity, key: str, lookups: set[tuple[str, str]]) -> None:
        self._entity, self._key, self._lookups = entity, key, lookups

    def __getattr__(self, name: str):
        self._lookups.add((LABEL if name in _IN_LABEL else "entity", self._key))
        return getattr(self._entity, name)


class RememberedPages:
    """Renders the brief and entity pages of one build, reusing the memo's where it can."""

    def __init__(self, site: Site, renderer: Renderer, memo: PageMemo | None) -> None:
        self.site, self.memo = site, memo
        self.briefs = {page.brief.id: page for page in site.briefs}
        if memo is not None:
            self.digests = Digests(site, memo)
            memo.objects.forget_unused()  # a new build: keep the digests the last one asked for
            # the settings as the stamp sees them: those that cannot change a page (where to
            # annotate, how much the preview holds in memory) are left out of their repr
            setup = digest((memo.code, repr(renderer.settings), renderer.source_files))
            memo.setup_changed = memo.setup != setup
            if memo.setup_changed:
                memo.start_afresh(setup)
            self.previous, memo.pages = memo.pages, {}
            memo.latest = self.digests
            now, before = dict(self.digests.all()), memo.digests
            self.changed = {key for key in now.keys() | before.keys() if now.get(key) != before.get(key)}
            memo.digests = now
            memo.rendered = memo.reused = 0  # this build's

    def digest(self, kind: str, key: str) -> str:
        """The digest of a brief or an entity, for a page's own data ("" without a memo)."""
        return self.digests.of(kind, key) if self.memo is not None else ""

    def page(
        self, path: str, own: tuple, render: Callable[[Mapping, Mapping], bytes], named: Iterable = ()
    ) -> PageFile:
        """The page at `path`; `render(entities, briefs)` makes it, looking up through the two.
        `named`: the briefs and entities its own data names (`digest_naming`), looked up as well."""
        if self.memo is None:
            return render(self.site.entities, self.briefs)
        own_digest = digest_of_parts(own)
        previous = self.previous.get(path)
        if previous is not None and previous[0] == own_digest and self.changed.isdisjoint(previous[1]):
            html = self.memo.kept(path, previous)
            if html is not None:
                self.memo.pages[path] = previous
                self.memo.reused += 1
                return html
        lookups: set[tuple[str, str]] = set(named)
        html = render(Recorded(self.site.entities, "entity", lookups), Recorded(self.briefs, "brief", lookups))
        self.memo.rendered += 1
        if not any(key == "*" for _, key in lookups):
            self.memo.pages[path] = self.memo.entry(own_digest, lookups, html)
        return html

    def entries(self, pages: Mapping[str, PageFile]) -> dict[str, tuple]:
        """In a forked process: what its copy of the memo remembers of these pages."""
        if self.memo is None:
            return {}
        return {path: self.memo.pages[path] for path in pages if path in self.memo.pages}

    def rendered(self) -> int:
        """How many pages this process has rendered so far (not reused)."""
        return self.memo.rendered if self.memo is not None else 0

    def took(self, pages: Mapping[str, PageFile], entries: dict[str, tuple], rendered: int) -> None:
        """In the process that forked: a forked process rendered `rendered` of `pages` and reused the rest."""
        if self.memo is None:
            return
        for path, (own, lookups, html) in entries.items():
            self.memo.pages[path] = (own, self.memo.shared(lookups), html)  # one object per lookup again
        self.memo.rendered += rendered
        self.memo.reused += len(pages) - rendered


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
