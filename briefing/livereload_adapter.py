"""Everything the preview relies on inside livereload (2.7) and tornado, in one place.

livereload serves a WSGI app with its reload script injected, runs a file watcher on tornado's
event loop and tells the open tabs to reload. The preview uses it with three changes, all here,
and tests/test_livereload_adapter.py fails if an upgrade moves what they rely on:

- its poll only runs the watcher: livereload drops a reload that comes within 3 s of the last
  one (a quick second save would leave the tab stale) and reloads a tab when its watcher first
  sees a file, so the preview tells the tabs itself, once per build (`reload_browsers`);
- the watcher polls every `poll_seconds` instead of livereload's fixed 0.8 s;
- reloads can be asked for from any thread (the preview builds on a thread of its own): they
  are handed to the event loop, the only thread that may write to a websocket.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path


class LivereloadServer:
    def __init__(self, app: Callable, poll_seconds: float) -> None:
        from livereload import Server
        from livereload.handlers import LiveReloadHandler
        from tornado.ioloop import IOLoop

        poll_only_the_watcher()
        self._handler = LiveReloadHandler
        self._loop = IOLoop.current()  # the one livereload's serve() runs
        self._server = Server(app=app, watcher=quick_watcher(poll_seconds))

    def watch(self, path: Path, on_change: Callable[[], None], ignore: Callable[[str], bool]) -> None:
        """Call `on_change()` on the event loop whenever a file under `path` changes."""
        self._server.watch(str(path), on_change, ignore=ignore)

    def reload_browsers(self) -> None:
        """Tell every open tab to reload; from any thread."""
        self._loop.add_callback(self._handler.reload_waiters, path="*")

    def serve(self, host: str, port: int) -> None:
        """Serve until interrupted."""
        self._server.serve(host=host, port=port, debug=False, open_url_delay=None, restart_delay=0)


def poll_only_the_watcher() -> None:
    """livereload's poll runs the watcher (which calls the preview's `on_change`) and reloads no tab."""
    from livereload.handlers import LiveReloadHandler

    LiveReloadHandler.poll_tasks = classmethod(lambda cls: cls.watcher.examine())


def quick_watcher(poll_seconds: float):
    """livereload's polling watcher, started by livereload at our interval: livereload calls
    `start(callback)` and, when it returns True, starts no poll of its own."""
    from livereload.watcher import Watcher
    from tornado.ioloop import PeriodicCallback

    class QuickWatcher(Watcher):
        def start(self, callback) -> bool:
            PeriodicCallback(callback, poll_seconds * 1000).start()
            return True

    return QuickWatcher()
