"""The search index: Pagefind over the rendered pages, plus one record per quote.

Runs on the rendered files in memory, before they are written, so the index is swapped in with
the rest of the site or not at all. Pages opt in with `data-pagefind-body` (briefs and entity
pages; navigation and lists stay out). Each quote becomes a small page that exists only for the
indexer; its `target` meta points the result at the quote inside its brief. If Pagefind cannot
run, the build carries on without search and says why.

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
from collections.abc import Callable
from pathlib import Path
from typing import cast

import cbor2

from .model import Site

FOLDER = "pagefind"
QUOTES = "_quotes"  # where the quote pages live while indexing; never published
STOPPED = "Pagefind stopped without answering"
QUOTE_TEMPLATE = "search/quote.html"


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


def search_index(
    files: dict[str, bytes],
    extra_pages: dict[str, bytes],
    cache: Path | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> dict[str, bytes]:
    """Pagefind's index files ({"pagefind/…": bytes}) for the opted-in pages of `files` plus
    `extra_pages`. With a `cache` folder, an index is kept under the hash of everything indexed,
    so a build whose indexed pages did not change does not run Pagefind again."""
    pages = {name: data for name, data in files.items() if name.endswith(".html") and b"data-pagefind-body" in data}
    pages.update(extra_pages)
    key = _index_key(pages)
    index = _cache_get(cache, key)
    if index is None:
        index = _run_pagefind(pages, cancelled)
        _cache_put(cache, key, index)
    return index


def _index_key(pages: dict[str, bytes]) -> str:
    from importlib.metadata import PackageNotFoundError, version

    digest = hashlib.sha256()
    with contextlib.suppress(PackageNotFoundError):
        digest.update(version("pagefind").encode())
    for name in sorted(pages):
        digest.update(name.encode() + b"\0" + hashlib.sha256(_indexed_part(pages[name])).digest())
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


def _cache_put(cache: Path | None, key: str, index: dict[str, bytes], keep: int = 3) -> None:
    if cache is None:
        return
    cache.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=cache, suffix=".tmp")
    with os.fdopen(handle, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED) as bundle:
        bundle.comment = key.encode()
        for name in sorted(index):
            bundle.writestr(name, index[name])
    os.replace(temporary, cache / f"{key}.zip")
    bundles = sorted(cache.glob("*.zip"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in bundles[keep:]:  # the index of the last few builds is enough
        old.unlink(missing_ok=True)


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
