"""The preview server, for real: `build.py serve` in a subprocess on a free loopback port,
watched by headless Chromium while the brief's Markdown changes on disk."""

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from conftest import ROOT, options, write_brief


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace")
    except OSError:
        return 0, ""


def wait_for(predicate, seconds: float = 60.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    return None


# `build.py serve` whose rebuilds (not the first build) say they have started, then wait until
# the test lets them go on: a rebuild that is in progress for as long as the test needs.
GATED_SERVE = """
import pathlib, sys, time
sys.path.insert(0, sys.argv[1])
import briefing.serve
from briefing.cli import main

gate, real_build, builds = pathlib.Path(sys.argv[2]), briefing.serve.build, []

def gated_build(options, memory=None):
    builds.append(1)
    if len(builds) > 1:
        (gate / "building").touch()
        deadline = time.monotonic() + 60
        while not (gate / "go").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
    return real_build(options, memory=memory)

briefing.serve.build = gated_build
sys.exit(main(sys.argv[3:]))
"""


def start_server(tmp_path, gated: bool = False, more: tuple[str, ...] = ()):
    content = tmp_path / "content"
    brief = write_brief(content, "one.md", "First version of the text. Angela Merkel spoke in Berlin.", title="One")
    write_brief(content, "two.md", "Emmanuel Macron spoke in Paris.", title="Two")
    port = free_port()
    arguments = ["serve", "--content", str(content), "--out", str(tmp_path / "site"), "--port", str(port), *more]
    program = ["-c", GATED_SERVE, str(ROOT), str(tmp_path)] if gated else [str(ROOT / "build.py")]
    process = subprocess.Popen(
        [sys.executable, *program, *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=tmp_path,
    )
    base = f"http://127.0.0.1:{port}/"
    if not wait_for(lambda: fetch(base + "briefs/one.html")[0] == 200):
        process.terminate()
        raise AssertionError(f"the server did not start: {process.communicate(timeout=10)[0]}")
    return base, brief, process


@pytest.fixture()
def server(tmp_path):
    base, brief, process = start_server(tmp_path)
    try:
        yield base, brief, process
    finally:
        process.terminate()
        process.output = process.communicate(timeout=10)[0]


def test_pages_are_served_while_a_rebuild_runs(tmp_path):
    base, brief, process = start_server(tmp_path, gated=True)
    try:
        brief.write_text(brief.read_text().replace("First version", "Second version"))
        assert wait_for((tmp_path / "building").exists, 30), "the edit started no rebuild"
        status, page = fetch(base + "briefs/one.html")  # the rebuild is waiting for the gate
        assert status == 200 and "First version" in page
        assert fetch(base + "briefs/two.html")[0] == 200
        (tmp_path / "go").touch()
        assert wait_for(lambda: "Second version" in fetch(base + "briefs/one.html")[1], 30)
    finally:
        process.terminate()
        process.communicate(timeout=10)


def test_an_archive_over_the_limit_is_previewed_with_its_pages_on_disk(tmp_path):
    """A site of more briefs than `preview_in_memory_up_to` (here 1) is rebuilt as a one-off
    build is, search index and all, with the model kept loaded; edits show all the same."""
    config = tmp_path / "settings.toml"
    config.write_text("[tool.briefing]\npreview_in_memory_up_to = 1\n")
    more = ("--config", str(config), "--cache-dir", str(tmp_path / "cache"))
    base, brief, process = start_server(tmp_path, more=more)
    index = tmp_path / "site/pagefind"

    def index_files() -> set[tuple[str, int]]:
        return {(path.name, path.stat().st_size) for path in index.rglob("*") if path.is_file()}

    try:
        before = index_files()
        brief.write_text(brief.read_text().replace("First version", "Quetzalcoatlus version"))
        assert wait_for(lambda: "Quetzalcoatlus" in fetch(base + "briefs/one.html")[1], 30)
        assert index_files() != before  # the new search index came with the page, not after it
        assert (tmp_path / "cache" / "annotations").is_dir()
        time.sleep(1.5)  # the rebuild writes its stamp and memo and says so after the swap
    finally:
        process.terminate()
        output = process.communicate(timeout=10)[0]
    assert "keeps this site's pages on disk (2 briefs; preview_in_memory_up_to = 1)" in output, output
    assert output.count("Built 2 briefs") == 2, output


def test_edit_reloads_the_open_tab_and_errors_show_in_the_browser(server, browser):
    base, brief, process = server
    page = browser.new_page()
    with page.expect_websocket() as socket_info:
        page.goto(base + "briefs/one.html")
    socket_info.value.wait_for_event("framereceived")  # livereload's hello: the tab is listening
    assert "First version" in page.text_content("article")
    page.evaluate("window.notReloaded = true")

    brief.write_text(brief.read_text().replace("First version", "Second version"))
    page.wait_for_function(
        "document.querySelector('article') && document.querySelector('article').textContent.includes('Second version')",
        timeout=30000,
    )
    assert page.evaluate("window.notReloaded") is None  # livereload reloaded the tab; nobody pressed F5

    good = brief.read_text()
    brief.write_text("---\ntitle: [broken\n---\nBody\n")
    page.wait_for_selector("h1:has-text('Build failed')", timeout=30000)
    message = page.text_content(".build-errors")
    assert (
        "one.md:2: front matter is not valid YAML" in message or "one.md:3: front matter is not valid YAML" in message
    )
    assert process.poll() is None  # the server keeps running
    assert "Second version" in (brief.parent.parent / "site/briefs/one.html").read_text()  # the last good site

    brief.write_text(good.replace("Second version", "Third version"))
    page.wait_for_function(
        "document.querySelector('article') && document.querySelector('article').textContent.includes('Third version')",
        timeout=30000,
    )
    page.close()


def test_only_files_inside_the_site_are_served(server):
    base, _, _ = server
    status, body = fetch(base + "briefs/one.html")
    assert status == 200 and "livereload" in body
    for path in ("../../etc/passwd", "%2e%2e/%2e%2e/etc/passwd", "briefs/..%2f..%2fcontent/one.md", "nope.html"):
        status, body = fetch(base + path)
        assert status == 404 and "root:" not in body and "First version" not in body, path
    status, body = fetch(base + "nope.html")
    assert "Page not found" in body


def test_a_burst_of_saves_is_one_rebuild(server):
    base, brief, process = server
    text = brief.read_text()
    for n in range(5):
        brief.write_text(text.replace("First version", f"Version {n}"))
        time.sleep(0.05)
    assert wait_for(lambda: "Version 4" in fetch(base + "briefs/one.html")[1])
    time.sleep(1.5)
    process.terminate()
    output = process.communicate(timeout=10)[0]
    assert output.count("Built 2 briefs") == 2, output  # the first build, then one for the burst


def search_titles(page, query: str) -> list[str]:
    page.fill("#search-input", query)
    page.wait_for_function("document.getElementById('search-status').textContent.includes('result')")
    return page.eval_on_selector_all("#search-results strong", "s => s.map(x => x.textContent)")


def test_search_works_in_the_preview(server, browser):
    base, brief, _ = server
    # the preview writes the pages first and the search index just after, in the background
    assert wait_for(lambda: (brief.parent.parent / "site/pagefind/shards.json").is_file(), 30)
    page = browser.new_page()
    loads = []
    page.on("load", lambda: loads.append(page.url))
    page.goto(base + "glossary.html")
    page.fill("#search-input", "Merkel")
    page.wait_for_function("document.getElementById('search-status').textContent.includes('result')")
    titles = page.eval_on_selector_all("#search-results strong", "s => s.map(x => x.textContent)")
    assert titles[0] == "Angela Merkel"
    time.sleep(2)  # longer than livereload's poll: nothing changed, so nothing reloads the tab
    assert loads == [base + "glossary.html"]
    page.close()


def test_an_edit_reaches_the_search_index_after_the_page(server, browser):
    base, brief, _ = server
    index = brief.parent.parent / "site/pagefind/shards.json"
    assert wait_for(index.is_file, 30)
    brief.write_text(brief.read_text().replace("First version", "Quetzalcoatlus version"))
    assert wait_for(lambda: "Quetzalcoatlus" in fetch(base + "briefs/one.html")[1])
    page = browser.new_page()
    page.goto(base + "glossary.html")

    def searchable() -> bool:
        if "One" in search_titles(page, "Quetzalcoatlus"):
            return True
        page.reload()  # the search script holds the index it loaded
        return False

    assert wait_for(searchable, 30), "the new word never reached the search index"
    page.close()


def test_a_rebuild_that_raises_shows_the_error_and_the_next_save_builds_again(tmp_path, monkeypatch):
    """Not bad input (that is a BuildError, shown as such above) but a bug: the builder thread
    says so, the browser shows it, and the preview goes on building and serving."""
    from briefing import serve
    from briefing.pipeline import BuildReport

    content = tmp_path / "content"
    brief = write_brief(content, "one.md", "Angela Merkel spoke in Berlin.", title="One")
    preview = serve.Preview(options(tmp_path, content=content))
    preview.built_from = serve._snapshot(preview.watched)
    built, reloads = [], []
    preview.reload_browsers = lambda: reloads.append(1)

    def failing_then_working_build(options, memory=None):
        built.append(1)
        if len(built) == 1:
            raise RuntimeError("an invented bug")
        return BuildReport(briefs=1)

    monkeypatch.setattr(serve, "build", failing_then_working_build)
    builder = preview.start_building()
    brief.write_text(brief.read_text().replace("Berlin", "Bonn"))
    preview.on_change()
    assert wait_for(lambda: preview.errors, 10)
    assert "RuntimeError: an invented bug" in preview.errors[0] and reloads
    brief.write_text(brief.read_text().replace("Bonn", "Paris"))
    preview.on_change()
    assert wait_for(lambda: len(built) == 2 and not preview.errors, 10)
    assert builder.is_alive()
