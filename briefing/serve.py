"""`build.py serve`: build, serve the output with livereload, rebuild on every change.

- Rebuilds use the annotation cache, and the spaCy model stays loaded in this process, so a
  save re-annotates only the brief that changed. The process keeps the last build's briefs,
  annotations and pages in memory (`BuildMemory`): the whole site is linked again, but only the
  pages whose data changed are rendered again, so nothing stale survives a renamed or deleted
  brief and a save on a large site still shows in about a second. An archive of more than
  `preview_in_memory_up_to` briefs (a setting) keeps its pages on disk instead, with the page
  memo a one-off build keeps, and is rebuilt as a one-off build is, the listings and the search
  index written before the tab reloads: slower, in bounded memory.
- The tab reloads as soon as the brief and entity pages are written. The pages that list the
  whole site (home, glossary, quotes, timeline, the JSON) follow a moment later, in the
  background, and the tab reloads again; the search index (seconds on a large site) is rebuilt
  after that and swapped in when ready.
- Rebuilds run on a thread of their own (as MkDocs' do), never on the event loop that serves the
  pages: the site stays browsable while a rebuild runs. What the preview changes in livereload
  is in `livereload_adapter.py`.
- A burst of saves becomes one rebuild: the rebuild waits until the watched files stop changing.
- A failed build leaves the last good site on disk, and every page request gets an error page
  naming the file and line until the next good save; livereload reloads the tab either way.
- Files are served only from inside the output folder; anything else is a 404.
- It builds with `BuildOptions.preview`: drafts and scheduled briefs are shown too, each with a
  banner (schedule.py), so an editor sees a brief as it will look before it is published.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import mimetypes
import threading
import time
from pathlib import Path
from urllib.parse import unquote

from .errors import BuildError
from .memory import BuildMemory
from .pipeline import BuildOptions, BuildReport, build
from .render import error_page

log = logging.getLogger(__name__)
QUIET_SECONDS = 0.3  # a save burst is over when nothing changed for this long
POLL_SECONDS = 0.25  # how often the watched files are looked at (livereload's own poll: 0.8 s)
MAX_WAIT_SECONDS = 5.0


class Preview:
    """The WSGI app livereload serves (the built site, or the last build's error page), and the
    builder: rebuilds run on a thread of their own, so that pages are served while one runs."""

    def __init__(self, options: BuildOptions, reload_browsers=lambda: None) -> None:
        self.options = options
        self.errors: list[str] = []
        self.watched = [options.content, options.templates, options.pyproject]
        self.built_from: list | None = None  # the watched files' state at the last build
        self.reload_browsers = reload_browsers
        self.changed = threading.Event()  # a watched file changed since the builder last looked
        self.generation = 0  # counts builds, so a search index for an older build is never written
        self.indexing: threading.Thread | None = None
        self.memory = BuildMemory()  # briefs, annotations and pages of the last build, for the next
        self.warming: threading.Thread | None = None
        self.listings_pending = False  # the last build left its listings to the background
        self.last_report: BuildReport | None = None  # the last good build's

    # --- building ---------------------------------------------------------------------------

    def on_change(self) -> None:
        """Called by the watcher, on the event loop, for each watched path that changed. It only
        wakes the builder: the event loop also answers the page requests."""
        self.changed.set()

    def start_building(self) -> threading.Thread:
        """The builder thread (as MkDocs' preview does): one build per burst of saves, for ever."""

        def build_loop() -> None:
            while True:
                self.changed.wait()
                self.changed.clear()
                try:
                    self.build_if_changed()
                except Exception as err:  # a bug, not bad input: say so, and keep serving
                    log.exception("the preview's rebuild failed")
                    self.errors = [f"{type(err).__name__}: {err} — this is a bug in Briefing: please report it"]
                    self.reload_browsers()

        builder = threading.Thread(target=build_loop, name="preview-builder", daemon=True)
        builder.start()
        return builder

    def build_if_changed(self) -> None:
        snapshot = wait_until_quiet(self.watched)
        if snapshot == self.built_from:
            return  # another watched path of the same burst: already built
        self.built_from = snapshot
        self.rebuild()
        self.reload_browsers()
        if not self.listings_pending:
            self.settle()  # else once the listings are written (`listings_written`)

    def listings_written(self) -> None:
        """From the background: the home page, glossary, quotes, timeline and JSON are on disk."""
        self.reload_browsers()
        self.settle()

    @staticmethod
    def settle() -> None:
        """Once the tab has reloaded: collect the last build's garbage now, while nobody waits,
        then freeze what is left (the site this process remembers) out of the cycle collector,
        which would otherwise stop the next rebuild to scan it all, for a third of its time."""
        gc.unfreeze()
        gc.collect()
        gc.freeze()

    def warm_up(self) -> None:
        """Load the spaCy model in the background, so the first save does not wait for it."""

        def load() -> None:
            from .annotate.nlp import load_model, resolve_model_name
            from .settings import load_settings

            with contextlib.suppress(BuildError):  # the next build reports it, with what to do
                settings_file = self.options.pyproject
                load_model(resolve_model_name(load_settings(settings_file).model, settings_file), settings_file)

        self.warming = threading.Thread(target=load, daemon=True)
        self.warming.start()

    def rebuild(self) -> bool:
        if self.warming is not None:
            self.warming.join()  # never two loads at once, nor a fork while one is half done
        self.built_from = self.built_from or _snapshot(self.watched)
        self.generation += 1
        try:
            report = build(self.options, memory=self.memory)
        except BuildError as err:
            self.errors = [str(item) for item in err.problems]
            for item in err.problems:
                log.error("%s", item)
            log.info("The last good site is still on disk; the browser shows the error until the next good save.")
            return False
        self.errors = []
        for warning in report.warnings:
            log.warning("%s", warning)
        log.info("%s", report.summary(self.options.out))
        log.debug("Pages rendered again: %d, reused: %d", report.pages_rendered, report.pages_kept)
        self.last_report = report
        finishing = report.finishing
        self.listings_pending = finishing is not None and finishing.listings_later
        if finishing is not None:
            # the pages are on disk with the previous search index; the new one follows in a few
            # seconds, unless another save starts a newer build first
            generation = self.generation
            self.indexing = threading.Thread(
                target=finishing.run,
                daemon=True,
                args=(lambda: self.generation == generation, self.listings_written),
            )
            self.indexing.start()
        return True

    # --- serving ----------------------------------------------------------------------------

    def __call__(self, environ, start_response):
        path = unquote(environ.get("PATH_INFO", "/"))
        target = self.resolve(path)
        wants_page = target is None or target.suffix == ".html"
        if self.errors and wants_page:
            return self.respond(start_response, "500 Build failed", "text/html", error_page(self.errors))
        if target is None or not target.is_file():
            page = self.options.out / "404.html"  # the site's own, once a build has written it
            if page.is_file():
                return self.respond(start_response, "404 Not Found", "text/html", page.read_bytes())
            return self.respond(start_response, "404 Not Found", "text/plain", b"Not found")
        kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        return self.respond(start_response, "200 OK", kind, target.read_bytes())

    def resolve(self, path: str) -> Path | None:
        """The file for a URL path, or None if the path is not inside the output folder."""
        root = self.options.out.resolve()
        parts = [part for part in path.split("/") if part not in ("", ".")]
        if any(part == ".." or "\\" in part or "\0" in part for part in parts):
            return None
        target = root.joinpath(*parts)
        if target.is_dir():
            target = target / "index.html"
        try:
            target.resolve().relative_to(root)
        except ValueError:  # a symlink pointing out of the site
            return None
        return target

    @staticmethod
    def respond(start_response, status: str, kind: str, body: bytes):
        charset = "; charset=utf-8" if kind.startswith("text/") or kind.endswith(("javascript", "json")) else ""
        start_response(
            status,
            [("Content-Type", kind + charset), ("Content-Length", str(len(body))), ("Cache-Control", "no-store")],
        )
        return [body]


def wait_until_quiet(paths: list[Path]) -> list[tuple[str, int, int]]:
    """The files' state once none has changed for QUIET_SECONDS (a save burst is over)."""
    deadline = time.monotonic() + MAX_WAIT_SECONDS
    before = _snapshot(paths)
    while time.monotonic() < deadline:
        time.sleep(QUIET_SECONDS)
        after = _snapshot(paths)
        if after == before:
            break
        before = after
    return before


def _snapshot(paths: list[Path]) -> list[tuple[str, int, int]]:
    state = []
    for path in paths:
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for file in files:
            try:
                info = file.stat()
            except OSError:
                continue
            state.append((str(file), info.st_mtime_ns, info.st_size))
    return state


def _ignored(name: str) -> bool:
    """Editor scratch files are not content."""
    base = Path(name).name
    return base.startswith((".#", ".")) or base.endswith(("~", ".swp", ".swx", ".tmp"))


def serve(options: BuildOptions, host: str, port: int) -> int:
    from .livereload_adapter import LivereloadServer

    preview = Preview(options)
    server = LivereloadServer(preview, POLL_SECONDS)
    preview.reload_browsers = server.reload_browsers
    preview.rebuild()
    preview.settle()
    preview.warm_up()
    for path in preview.watched:
        server.watch(path, preview.on_change, ignore=_ignored)
    preview.start_building()
    log.info("Serving %s at http://%s:%d/ (Ctrl-C to stop)", options.out, host, port)
    server.serve(host, port)
    return 0
