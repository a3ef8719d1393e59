"""The search index: Pagefind over the rendered pages, plus one record per quote.

Runs on the rendered files in memory, before they are written, so the index is swapped in with
the rest of the site or not at all. Pages opt in with `data-pagefind-body` (briefs and entity
pages; navigation and lists stay out). Each quote becomes a small page that exists only for the
indexer; its `target` meta points the result at the quote inside its brief. If Pagefind cannot
run, the build carries on without search and says why.

Pagefind's command-line indexer is used rather than its Python API, which waits 0.1 s per
message: about 100 s for a 1,000-brief site against about 1 s here.
"""
from __future__ import annotations

import fcntl
import gzip
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from html import escape
from pathlib import Path

import cbor2

from .link import brief_url
from .model import Site
from .write import holds

FOLDER = "pagefind"
QUOTES = "_quotes"  # where the quote pages live while indexing; never published


class SearchUnavailable(Exception):
    """Pagefind could not build the index; the message says why."""


class SearchCancelled(Exception):
    """The caller no longer wants this index (the preview has a newer build to index)."""


def quote_pages(site: Site) -> dict[str, bytes]:
    """One tiny HTML page per quote, for the indexer only."""
    briefs = {page.brief.id: page.brief for page in site.briefs}
    pages = {}
    for quote in site.quotes:
        speaker = site.entities[quote.speaker].name if quote.speaker else "Unattributed"
        brief = briefs[quote.brief]
        title = f"{speaker}: “{_shorten(quote.text, 90)}”"
        pages[f"{QUOTES}/{quote.id}.html"] = (
            f'<!doctype html><html lang="en"><head><title>{escape(title)}</title></head><body>'
            f'<main data-pagefind-body data-pagefind-filter="kind:quote" '
            f'data-pagefind-sort="date:{brief.date.isoformat()}">'
            f'<span data-pagefind-meta="kind" data-pagefind-ignore>quote</span>'
            f'<span data-pagefind-meta="title" data-pagefind-ignore>{escape(title)}</span>'
            f'<span data-pagefind-meta="target" data-pagefind-ignore>{escape(brief_url(quote.brief))}#{quote.anchor}</span>'
            f'<span data-pagefind-filter="year" data-pagefind-ignore>{brief.date.year}</span>'
            f'<blockquote data-pagefind-weight="5">{escape(quote.text)}</blockquote>'
            f'<p>{escape(speaker)}</p></main></body></html>').encode("utf-8")
    return pages


def search_index(files: dict[str, bytes], extra_pages: dict[str, bytes], workdir: Path | None = None,
                 cache: Path | None = None, cancelled: Callable[[], bool] = lambda: False) -> dict[str, bytes]:
    """Pagefind's index files ({"pagefind/…": bytes}) for the opted-in pages of `files` plus `extra_pages`.
    The indexer works in a temporary folder inside `workdir` (the system's by default). With a
    `cache` folder, an index is kept under the hash of everything indexed, so a build whose
    indexed pages did not change does not run Pagefind again, and the pages Pagefind reads are
    staged there, so only the pages that changed are written again."""
    pages = indexed_pages(files, extra_pages)
    cached = _cache_get(cache, _index_key(pages))
    if cached is not None:
        return cached
    with _workspace(workdir, cache) as folder:
        target = Path(tempfile.mkdtemp(prefix=".index-", dir=folder))
        try:
            index = _run_pagefind(pages, folder, target, cancelled)
        finally:
            shutil.rmtree(target, ignore_errors=True)
    _cache_put(cache, _index_key(pages), index)
    return index


def cached_index(files: dict[str, bytes], extra_pages: dict[str, bytes], cache: Path | None) -> dict[str, bytes] | None:
    """The index of these pages from the cache, if it is there."""
    return _cache_get(cache, _index_key(indexed_pages(files, extra_pages)))


def index_into(site_folder: Path, files: dict[str, bytes], extra_pages: dict[str, bytes], workdir: Path | None = None,
               cache: Path | None = None) -> dict[str, bytes]:
    """Like `search_index`, but Pagefind writes straight into `site_folder`/pagefind, the folder
    being built: its thousands of files are made once, not once by Pagefind and again by the
    writer (making a file is the slow part on many disks). Returns the same files, for the cache."""
    pages = indexed_pages(files, extra_pages)
    with _workspace(workdir, cache) as folder:
        index = _run_pagefind(pages, folder, site_folder / FOLDER, lambda: False)
    _cache_put(cache, _index_key(pages), index)
    return index


def indexed_pages(files: dict[str, bytes], extra_pages: dict[str, bytes]) -> dict[str, bytes]:
    pages = {name: data for name, data in files.items() if name.endswith(".html") and b"data-pagefind-body" in data}
    pages.update(extra_pages)
    return pages


@contextmanager
def _workspace(workdir: Path | None, cache: Path | None) -> Iterator[Path]:
    """Where Pagefind's input is staged: the cache folder, locked (builds that share it take
    turns), or else a temporary folder."""
    if cache is None:
        if workdir is not None:
            workdir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".briefing-search-", dir=workdir) as folder:
            yield Path(folder)
        return
    cache.mkdir(parents=True, exist_ok=True)
    with open(cache / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield cache


def _index_key(pages: dict[str, bytes]) -> str:
    from importlib.metadata import PackageNotFoundError, version

    digest = hashlib.sha256()
    try:
        digest.update(version("pagefind").encode())
    except PackageNotFoundError:
        pass
    for name in sorted(pages):
        digest.update(name.encode() + b"\0" + hashlib.sha256(_indexed_part(pages[name])).digest())
    return digest.hexdigest()


def _indexed_part(page: bytes) -> bytes:
    """What Pagefind reads of a page: its language and the <main> element (every opted-in region
    is inside it). A change to the header or footer of every page keeps the index."""
    start, end = page.find(b"<main"), page.rfind(b"</main>")
    if start < 0 or end < 0:
        return page
    lang = page[page.find(b"<html"):page.find(b">", page.find(b"<html")) + 1]
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


def _sync_folder(folder: Path, pages: dict[str, bytes]) -> None:
    """Make `folder` hold exactly `pages`, writing only what changed (writes are the slow part)."""
    wanted = {folder.joinpath(*name.split("/")) for name in pages}
    for path in list(folder.rglob("*")) if folder.exists() else []:
        if path.is_file() and path not in wanted:
            path.unlink()
    for name, data in pages.items():
        path = folder.joinpath(*name.split("/"))
        if not holds(path, data):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)


def _run_pagefind(pages: dict[str, bytes], workdir: Path, target: Path, cancelled: Callable[[], bool]) -> dict[str, bytes]:
    """Pagefind over `pages`, staged in `workdir`/staging (kept between builds, updated in place),
    writing into the empty or missing folder `target`, which is left in canonical order."""
    try:
        from pagefind.service import get_executable
    except ImportError:
        raise SearchUnavailable("the pagefind package is not installed") from None
    binary = get_executable()
    if binary is None:
        raise SearchUnavailable("the Pagefind program is not installed (the pagefind[bin] package)")
    source = workdir / "staging"
    _sync_folder(source, pages)
    command = [str(binary), "--site", str(source), "--output-path", str(target), "--force-language", "en"]
    returncode, output = _run_until_done(command, cancelled, timeout=600)
    if returncode != 0:
        raise SearchUnavailable(f"Pagefind failed: {output.strip()[-300:]}")
    written = {f"{FOLDER}/{path.relative_to(target).as_posix()}": path.read_bytes()
               for path in sorted(target.rglob("*")) if path.is_file()}
    if f"{FOLDER}/pagefind.js" not in written:
        raise SearchUnavailable("Pagefind wrote no index")
    out = canonical_index(written)
    for name in sorted(written.keys() - out.keys()):  # the few files canonical_index renamed or rewrote
        target.joinpath(*name.split("/")[1:]).unlink()
    for name in sorted(out):
        if written.get(name) != out[name]:
            target.joinpath(*name.split("/")[1:]).write_bytes(out[name])
    return out


def _run_until_done(command: list[str], cancelled: Callable[[], bool], timeout: float) -> tuple[int, str]:
    """Run `command`; stop it as soon as `cancelled()` says its result is no longer wanted."""
    try:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    except OSError as err:
        raise SearchUnavailable(f"Pagefind did not run: {err}") from None
    deadline = time.monotonic() + timeout
    while True:
        try:
            output, _ = process.communicate(timeout=0.1)
            return process.returncode, output or ""
        except subprocess.TimeoutExpired:
            if cancelled() or time.monotonic() > deadline:
                process.kill()
                process.communicate()
                if cancelled():
                    raise SearchCancelled() from None
                raise SearchUnavailable(f"Pagefind did not finish in {timeout:.0f} s") from None


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
    return cbor2.loads(raw[len(HEADER):])


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
