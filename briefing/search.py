"""The search index: Pagefind over the rendered pages, plus one record per quote.

Runs on the rendered pages before the site is swapped in (`SearchPages`: a digest of each page
and a way to read it again, from memory or from the new output folder), so the index is swapped
in with the rest of the site or not at all. Pages opt in with `data-pagefind-body` (briefs and entity
pages; navigation and lists stay out). Each quote becomes a small page that exists only for the
indexer; its `target` meta points the result at the quote inside its brief. If Pagefind cannot
run, the build carries on without search and says why.

The index is split into shards, because Pagefind cannot update an index: it indexes every page
it is given again. A brief and the quotes of that brief go into the shard of the brief's year;
entity pages (and any other opted-in page) into the `entities` shard. Each shard is its own
Pagefind index under `pagefind/<shard>/`, cached on its own under the hash of its own pages, so
an edit of one brief indexes again its year and the entities, not the whole site. The browser
loads the first shard named in `pagefind/shards.json` and merges the others into it
(`mergeIndex`, templates/static/search.js); only the first carries Pagefind's program files.

Pagefind runs in its service mode (`_run_pagefind`), which its Python API also uses; that API
waits 0.1 s per message (about 400 s for a 1,000-brief site), and the command-line indexer
needs every page written to disk and writes every index file, on some disks a millisecond
each. Through the pipes, nothing is written until the site is.
"""

from __future__ import annotations

import base64
import contextlib
import gzip
import hashlib
import io
import json
import os
import subprocess
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import cbor2

from .model import Site

FOLDER = "pagefind"
QUOTES = "_quotes"  # where the quote pages live while indexing; never published
STOPPED = "Pagefind stopped without answering"
QUOTE_TEMPLATE = "search/quote.html"
ENTITIES = "entities"  # the shard of every opted-in page that is not a brief or a quote
SHARDS = f"{FOLDER}/shards.json"  # the shard folders, the first one carrying Pagefind's program
# What a merged shard needs (its entry, metadata and index data): the rest is Pagefind's program
# and user interfaces, which the browser loads from the first shard only.
SHARD_DATA = ("pagefind-entry.json", "index/", "fragment/", "filter/")


class SearchUnavailable(Exception):
    """Pagefind could not build the index; the message says why."""


class SearchCancelled(Exception):
    """The caller no longer wants this index (the preview has a newer build to index)."""


def quote_pages(site: Site, templates: Path | None = None) -> dict[str, bytes]:
    """One tiny HTML page per quote, for the indexer only (templates/search/quote.html)."""
    from .render import BUILT_IN_TEMPLATES, template_environment

    template = template_environment(templates or BUILT_IN_TEMPLATES).get_template(QUOTE_TEMPLATE)
    briefs = {page.brief.id: page.brief for page in site.briefs}
    pages = {}
    for quote in site.quotes:
        speaker = site.entities[quote.speaker].name if quote.speaker else "Unattributed"
        title = f"{speaker}: “{_shorten(quote.text, 90)}”"
        page = template.render(quote=quote, brief=briefs[quote.brief], speaker=speaker, title=title)
        pages[f"{QUOTES}/{quote.id}.html"] = page.encode()
    return pages


@dataclass
class SearchIndex:
    """The index files ({"pagefind/…": bytes, or None: the previous output's file, unchanged}),
    which shards Pagefind ran on, the cache gave or the previous output kept, and each shard's
    key and files (`shard_files`, for the next build's `kept` shards)."""

    files: dict[str, bytes | None] = field(default_factory=dict)
    indexed: list[str] = field(default_factory=list)
    cached: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    keys: dict[str, tuple[str, bool]] = field(default_factory=dict)  # shard → (its key, carries the program)

    def shard_files(self) -> dict[str, tuple[tuple[str, bool], list[str]]]:
        """Each shard's key and the names of its files."""
        names: dict[str, list[str]] = {shard: [] for shard in self.keys}
        for name in sorted(self.files):
            shard = name[len(FOLDER) + 1 :].split("/", 1)[0]
            if shard in names:
                names[shard].append(name)
        return {shard: (self.keys[shard], names[shard]) for shard in self.keys}


# (shard, its key) → the names of the previous output's files of that shard, if they are still
# what a build with this key wrote (`page_memo.StoredPageMemo.kept_shard`), else None
KeptShard = Callable[[str, tuple[str, bool]], "list[str] | None"]


def no_shard_kept(shard: str, key: tuple[str, bool]) -> None:
    """A `KeptShard` for a build that knows nothing of its last output: no shard is kept."""
    return None


def page_shards(site: Site) -> dict[str, str]:
    """The shard of each brief page and quote page: the year of the brief. Any other page is not
    listed and goes to the `ENTITIES` shard (`shard_of`)."""
    from .link import brief_url

    years = {page.brief.id: str(page.brief.date.year) for page in site.briefs}
    shards = {brief_url(brief): year for brief, year in years.items()}
    shards.update({f"{QUOTES}/{quote.id}.html": years.get(quote.brief, ENTITIES) for quote in site.quotes})
    return shards


def shard_of(name: str, shards: Mapping[str, str]) -> str:
    """A page's shard: the one `page_shards` gives it, else the entities (and other pages)."""
    return shards.get(name, ENTITIES)


class SearchPages:
    """The pages Pagefind indexes, by output path: the digest of what Pagefind reads of each
    (`_indexed_part`, for the shards' cache keys), and the page itself, kept in memory or, with
    `read`, read back when its shard is indexed. A one-off build writes each page as it is
    rendered and reads back only the shards that changed, instead of holding the site."""

    def __init__(self, read: Callable[[str], bytes] | None = None) -> None:
        self.digests: dict[str, bytes] = {}
        self._kept: dict[str, bytes] = {}
        self._read = read

    @classmethod
    def of(cls, files: Mapping[str, bytes]) -> SearchPages:
        """The opted-in pages among `files`, kept in memory."""
        pages = cls()
        for name, data in files.items():
            pages.offer(name, data)
        return pages

    def offer(self, name: str, data: bytes) -> None:
        """Take `name` if it is an HTML page that opts in with `data-pagefind-body`."""
        if name.endswith(".html") and b"data-pagefind-body" in data:
            self.add(name, data)
        else:  # put again, no longer opted in
            self._forget(name)

    def known(self, name: str, digest: bytes | None) -> None:
        """Take `name` by the digest `add` gave it in an earlier build (None: it was not taken)."""
        if digest is None:
            self._forget(name)
        else:
            self.digests[name] = digest

    def _forget(self, name: str) -> None:
        self.digests.pop(name, None)
        self._kept.pop(name, None)

    def add(self, name: str, data: bytes, keep: bool = False) -> None:
        """Take `name` (`keep`: in memory, although it cannot be read back: it was never written)."""
        self.digests[name] = hashlib.sha256(_indexed_part(data)).digest()
        if keep or self._read is None:
            self._kept[name] = data

    def page(self, name: str) -> bytes:
        return self._kept[name] if name in self._kept else cast(Callable[[str], bytes], self._read)(name)


def split_pages(names: Iterable[str], shards: Mapping[str, str]) -> dict[str, list[str]]:
    """The pages of each shard, in the fixed order of shards.json: the entities, then the years.
    A site with no pages at all still gets one (empty) index, so that search says "no results"."""
    split: dict[str, list[str]] = {}
    for name in sorted(names):
        split.setdefault(shard_of(name, shards), []).append(name)
    order = sorted(split, key=lambda shard: (shard != ENTITIES, shard))
    return {shard: split[shard] for shard in order} or {ENTITIES: []}


def search_index(
    pages: SearchPages,
    shards: Mapping[str, str],
    cache: Path | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    kept: KeptShard = no_shard_kept,
) -> SearchIndex:
    """Pagefind's index for `pages`, one index per shard (`shards` maps a page to its shard, see
    `page_shards`). With a `cache` folder, each shard's index is kept under the hash of its
    pages, so a shard whose pages did not change does not run Pagefind again; one that `kept`
    finds unchanged in the previous output is not even read back (its files are None)."""
    result = SearchIndex()
    split = split_pages(pages.digests, shards)
    for number, (shard, names) in enumerate(split.items()):
        key = _index_key({name: pages.digests[name] for name in names})
        result.keys[shard] = (key, number == 0)  # the first shard also carries Pagefind's program
        unchanged = kept(shard, result.keys[shard])
        if unchanged is not None:
            result.files.update(dict.fromkeys(unchanged))
            result.kept.append(shard)
            continue
        index = _cache_get(cache, key)
        if index is None:
            index = _run_pagefind({name: pages.page(name) for name in names}, cancelled)
            _cache_put(cache, key, index)
            result.indexed.append(shard)
        else:
            result.cached.append(shard)
        result.files.update(_in_shard(index, shard, program=number == 0))
    result.files[SHARDS] = json.dumps(list(split)).encode()
    _prune(cache, [key for key, _ in result.keys.values()])
    return result


def _in_shard(index: dict[str, bytes], shard: str, program: bool) -> dict[str, bytes]:
    """A shard's index files moved under pagefind/<shard>/; Pagefind's program and user interfaces
    only in the first shard (`program`), the one the browser imports."""
    start = len(FOLDER) + 1
    return {
        f"{FOLDER}/{shard}/{name[start:]}": data
        for name, data in index.items()
        if program or name[start:].startswith(SHARD_DATA) or name.endswith(".pf_meta")
    }


def _index_key(digests: dict[str, bytes]) -> str:
    """The key of a shard's index: Pagefind's version and each page's name and digest."""
    from importlib.metadata import PackageNotFoundError, version

    digest = hashlib.sha256()
    with contextlib.suppress(PackageNotFoundError):
        digest.update(version("pagefind").encode())
    for name in sorted(digests):
        digest.update(name.encode() + b"\0" + digests[name])
    return digest.hexdigest()


def _indexed_part(page: bytes) -> bytes:
    """What Pagefind reads of a page: its language and the <main> element (every opted-in region
    is inside it). A change to the header or footer of every page keeps the index."""
    start, end = page.find(b"<main"), page.rfind(b"</main>")
    if start < 0 or end < 0:
        return page
    lang = page[page.find(b"<html") : page.find(b">", page.find(b"<html")) + 1]
    return lang + page[start:end]


def _cache_get(cache: Path | None, key: str) -> dict[str, bytes] | None:
    """The cached index, or None. A damaged or foreign cache file is ignored, never trusted."""
    if cache is None:
        return None
    try:
        with zipfile.ZipFile(cache / f"{key}.zip") as bundle:
            if bundle.comment != key.encode():
                return None
            index = {name: bundle.read(name) for name in bundle.namelist()}
    except (OSError, zipfile.BadZipFile, KeyError, ValueError):
        return None
    return index if f"{FOLDER}/pagefind.js" in index else None


def _cache_put(cache: Path | None, key: str, index: dict[str, bytes]) -> None:
    if cache is None:
        return
    cache.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=cache, suffix=".tmp")
    with os.fdopen(handle, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED) as bundle:
        bundle.comment = key.encode()
        for name in sorted(index):
            bundle.writestr(name, index[name])
    os.replace(temporary, cache / f"{key}.zip")


def _prune(cache: Path | None, current: list[str], spare_per_shard: int = 2) -> None:
    """Keep the bundles of this build's shards and, of the others, the newest few (two per shard:
    an undo of the last edits finds its shards still there); remove the rest."""
    if cache is None or not cache.is_dir():
        return
    wanted = {f"{key}.zip" for key in current}
    others = [path for path in cache.glob("*.zip") if path.name not in wanted]
    others.sort(key=_modified, reverse=True)
    for old in others[spare_per_shard * len(current) :]:
        old.unlink(missing_ok=True)


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:  # removed meanwhile
        return 0.0


def _run_pagefind(pages: dict[str, bytes], cancelled: Callable[[], bool], timeout: float = 600) -> dict[str, bytes]:
    """Pagefind over `pages` in its service mode (`pagefind --service`, the protocol its own Python
    API speaks: base64 JSON messages ended by commas, over stdin and stdout). Pages go in and the
    index comes out through the pipes: not one file is made for either, where the command line
    needs every page on disk and writes every index file (on some disks, a millisecond each)."""
    service = PagefindService(_start_pagefind(), cancelled, timeout)
    try:
        files = service.index(pages)
    except BrokenPipeError:
        raise SearchUnavailable(f"Pagefind failed: {STOPPED}") from None
    except (OSError, ValueError) as err:
        raise SearchUnavailable(f"Pagefind failed: {err}") from None
    finally:
        service.stop()
    out = {f"{FOLDER}/{file['path']}": base64.b64decode(file["content"]) for file in files}
    if f"{FOLDER}/pagefind.js" not in out:
        raise SearchUnavailable("Pagefind wrote no index")
    return canonical_index(out)


def _start_pagefind() -> subprocess.Popen:
    try:
        from pagefind.service import get_executable
    except ImportError:
        raise SearchUnavailable("the pagefind package is not installed") from None
    binary = get_executable()
    if binary is None:
        raise SearchUnavailable("the Pagefind program is not installed (the pagefind[bin] package)")
    try:
        return subprocess.Popen(
            [str(binary), "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
    except OSError as err:
        raise SearchUnavailable(f"Pagefind did not run: {err}") from None


class PagefindService:
    """One Pagefind process spoken to through its pipes. A thread reads the answers while this
    one writes, so that neither pipe can fill up and stall."""

    def __init__(self, process: subprocess.Popen, cancelled: Callable[[], bool], timeout: float) -> None:
        self.process, self.cancelled, self.timeout = process, cancelled, timeout
        self.stdin, self.stdout = cast(io.BufferedWriter, process.stdin), cast(io.BufferedReader, process.stdout)
        self.answers: dict[int, dict] = {}  # message id → payload; -1 once no more will come
        self.arrived = threading.Condition()
        self.sent = 0
        self.reader = threading.Thread(target=self._read_answers, daemon=True)
        self.reader.start()
        self.deadline = time.monotonic() + timeout

    def index(self, pages: dict[str, bytes]) -> list[dict]:
        """Pagefind's index files for `pages`: [{"path": …, "content": base64}, …]."""
        number = self._send({"type": "NewIndex", "config": {"force_language": "en"}})
        self.stdin.flush()
        index_id = self._answer(number)["index_id"]
        added = []
        for count, name in enumerate(sorted(pages), start=1):
            page = {"index_id": index_id, "file_path": name, "url": None, "file_contents": pages[name].decode("utf-8")}
            added.append(self._send({"type": "AddFile", **page}))
            if count % 200 == 0 and self.cancelled():
                raise SearchCancelled()
        self.stdin.flush()
        for number in added:
            self._answer(number)
        number = self._send({"type": "GetFiles", "index_id": index_id})
        self.stdin.flush()
        return self._answer(number).get("files") or []

    def stop(self) -> None:
        self.process.kill()
        self.process.wait()
        self.reader.join(timeout=10)
        for pipe in (self.stdin, self.stdout):
            with contextlib.suppress(OSError):
                pipe.close()

    def _send(self, payload: dict) -> int:
        self.sent += 1
        message = json.dumps({"message_id": self.sent, "payload": payload}).encode()
        self.stdin.write(base64.b64encode(message) + b",")
        return self.sent

    def _answer(self, number: int) -> dict:
        if self.cancelled():
            raise SearchCancelled()
        with self.arrived:
            while number not in self.answers and -1 not in self.answers:
                if self.cancelled():
                    raise SearchCancelled()
                if time.monotonic() > self.deadline:
                    raise SearchUnavailable(f"Pagefind did not finish in {self.timeout:.0f} s")
                self.arrived.wait(0.1)
            reply = self.answers[number] if number in self.answers else self.answers[-1]
        if reply.get("type") == "Error":
            raise SearchUnavailable(f"Pagefind failed: {str(reply.get('message'))[:300]}")
        return reply

    def _read_answers(self) -> None:
        pending = b""
        try:
            while chunk := self.stdout.read1(1 << 20):
                pending += chunk
                *messages, pending = pending.split(b",")
                for message in messages:
                    answer = json.loads(base64.b64decode(message))
                    with self.arrived:
                        self.answers[answer.get("message_id")] = answer.get("payload") or {}
                        self.arrived.notify_all()
        except (OSError, ValueError):
            pass  # garbled or cut short: as good as stopped
        finally:
            with self.arrived:
                self.answers[-1] = {"type": "Error", "message": STOPPED}  # no more answers will come
                self.arrived.notify_all()


# --- byte-identical output ------------------------------------------------------------------
# Pagefind (1.5) writes its filter files and the metadata that names them from hash maps, in a
# different order on every run (upstream issue #638: fixed for fragments, not for filters). We
# put them in sorted order and name them after their new content, so the same site gives the
# same bytes. The format: gzip of b"pagefind_dcd" + CBOR.

HEADER = b"pagefind_dcd"


def _decode(data: bytes):
    raw = gzip.decompress(data)
    if not raw.startswith(HEADER):
        raise SearchUnavailable("Pagefind wrote an index in a format this version does not know")
    return cbor2.loads(raw[len(HEADER) :])


def _encode(value) -> bytes:
    return gzip.compress(HEADER + cbor2.dumps(value), mtime=0)


def _digest(data: bytes, length: int) -> str:
    return hashlib.sha256(data).hexdigest()[:length]


def canonical_index(files: dict[str, bytes]) -> dict[str, bytes]:
    entry_name = f"{FOLDER}/pagefind-entry.json"
    entry = json.loads(files[entry_name])
    out = dict(files)
    for language, info in sorted(entry["languages"].items()):
        meta_name = f"{FOLDER}/pagefind.{info['hash']}.pf_meta"
        meta = _decode(out.pop(meta_name))
        filters = meta[3]  # [[filter name, filter file hash], ...]
        renamed = []
        for name, file_hash in filters:
            filter_name = f"{FOLDER}/filter/{file_hash}.pf_filter"
            filter_name_value, values = _decode(out.pop(filter_name))
            data = _encode([filter_name_value, sorted(values, key=lambda v: str(v[0]))])
            new_hash = f"{language}_{_digest(data, len(file_hash) - len(language) - 1)}"
            out[f"{FOLDER}/filter/{new_hash}.pf_filter"] = data
            renamed.append([name, new_hash])
        meta[3] = sorted(renamed)
        data = _encode(meta)
        info["hash"] = f"{language}_{_digest(data, len(info['hash']) - len(language) - 1)}"
        out[f"{FOLDER}/pagefind.{info['hash']}.pf_meta"] = data
    out[entry_name] = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return out


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"
