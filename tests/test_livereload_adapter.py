"""What briefing/livereload_adapter.py relies on inside livereload and tornado. If an upgrade
moves any of it, a test here fails, rather than the preview silently never reloading a tab."""

import asyncio
import inspect
from concurrent.futures import ThreadPoolExecutor

from livereload import Server
from livereload.handlers import LiveReloadHandler
from livereload.watcher import Watcher

from briefing.livereload_adapter import poll_only_the_watcher, quick_watcher


class FakeWatcher:
    def __init__(self, change=(None, None)) -> None:
        self._tasks = {"somewhere": {}}
        self.filepath = None
        self.change = change
        self.started_with = None
        self.examined = 0

    def start(self, callback) -> bool:
        self.started_with = callback
        return True

    def examine(self):
        self.examined += 1
        return self.change


class FakeTab:
    def __init__(self) -> None:
        self.messages: list = []

    def write_message(self, message) -> None:
        self.messages.append(message)


def test_the_server_takes_the_arguments_the_adapter_passes():
    inspect.signature(Server).bind(app=object(), watcher=object())
    inspect.signature(Server.watch).bind(None, "content", lambda: None, ignore=lambda name: False)
    inspect.signature(Server.serve).bind(
        None, host="127.0.0.1", port=8000, debug=False, open_url_delay=None, restart_delay=0
    )


def test_livereload_starts_its_poll_through_the_watcher_and_no_poll_of_its_own(monkeypatch):
    watcher = FakeWatcher()
    monkeypatch.setattr(LiveReloadHandler, "watcher", watcher)
    monkeypatch.setattr(LiveReloadHandler, "_last_reload_time", None)
    LiveReloadHandler.start_tasks()  # would start a PeriodicCallback of its own if `start` said False
    assert watcher.started_with == LiveReloadHandler.poll_tasks


def test_the_poll_runs_the_watcher_and_reloads_no_tab(monkeypatch):
    watcher, tab = FakeWatcher(change=("content/a.md", None)), FakeTab()
    monkeypatch.setattr(LiveReloadHandler, "poll_tasks", LiveReloadHandler.poll_tasks)  # undone after the test
    monkeypatch.setattr(LiveReloadHandler, "watcher", watcher)
    monkeypatch.setattr(LiveReloadHandler, "waiters", {tab})
    monkeypatch.setattr(LiveReloadHandler, "_last_reload_time", 0.0)
    LiveReloadHandler.poll_tasks()
    assert tab.messages  # livereload itself reloads the tab on a change...
    tab.messages.clear()
    poll_only_the_watcher()
    LiveReloadHandler.poll_tasks()
    assert watcher.examined == 2 and tab.messages == []  # ...the adapted poll leaves that to the preview


def test_reload_waiters_tells_every_open_tab_to_reload(monkeypatch):
    tabs = {FakeTab(), FakeTab()}
    monkeypatch.setattr(LiveReloadHandler, "watcher", FakeWatcher())
    monkeypatch.setattr(LiveReloadHandler, "waiters", tabs)
    LiveReloadHandler.reload_waiters(path="*")
    for tab in tabs:
        assert len(tab.messages) == 1
        assert tab.messages[0]["command"] == "reload" and tab.messages[0]["path"] == "*"


def test_the_watcher_calls_back_for_a_changed_file_and_not_for_an_ignored_one(tmp_path):
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "a.md").write_text("one")
    calls = []
    watcher = Watcher()
    watcher.watch(str(folder), lambda: calls.append(1), ignore=lambda name: name.endswith(".swp"))
    watcher.examine()  # the first look records what is there
    calls.clear()
    (folder / ".a.md.swp").write_text("editor scratch")
    watcher.examine()
    assert calls == []
    (folder / "b.md").write_text("two")
    watcher.examine()
    assert calls == [1]


def test_the_quick_watcher_polls_at_its_own_interval():
    async def poll_for_a_moment() -> int:
        polls: list[int] = []
        watcher = quick_watcher(0.01)
        assert isinstance(watcher, Watcher)
        assert watcher.start(lambda: polls.append(1)) is True  # True: livereload starts no poll of its own
        await asyncio.sleep(0.2)
        return len(polls)

    # On a thread of its own: once a browser test has run, Playwright's sync API keeps an event
    # loop running on this one, where asyncio.run refuses to start another.
    with ThreadPoolExecutor(1) as thread:
        assert thread.submit(asyncio.run, poll_for_a_moment()).result() >= 5
