"""Nothing leaks, nothing is lost: hostile content runs no script in a real browser, and an
interrupted build leaves the previous site whole."""

import json
import signal
import subprocess
import time

import pytest
from conftest import StaticHost, build_command, options, tree, write_brief

from briefing.pipeline import build

HOSTILE_BODY = """<script>window.pwned = 1</script> Angela Merkel met <img src=x onerror="window.pwned = 2"> officials.

[Read more](javascript:window.pwned=3) and [data](data:text/html,<script>parent.pwned=4</script>) and
<a href="javascript:window.pwned=5">raw link</a>.

“</script><script>window.pwned = 6</script>” said Angela Merkel on Tuesday.

"\"><svg onload=window.pwned=7>" said John Smith in Berlin.
"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    content = tmp / "content"
    write_brief(
        content,
        "2020-01-01-x.md",
        HOSTILE_BODY,
        title=json.dumps('</script><script>window.pwned = 8</script> <b onmouseover="window.pwned=9">Hi</b>'),
        extra='summary: "<img src=x onerror=window.pwned=10>"\n',
    )
    entities = content / "entities"
    entities.mkdir()
    (entities / "john-smith.md").write_text(
        "---\nname: John Smith\ntype: PERSON\naliases: ['<img src=x onerror=window.pwned=11>']\n"
        "description: '<script>window.pwned=12</script>'\n"
        "links: [{title: '<i>x</i>', url: 'https://example.org/?q=<b>'}]\n---\n"
        "<script>window.pwned=14</script> A [link](javascript:window.pwned=15).\n"
    )
    www = tmp / "www"
    www.mkdir()
    host = StaticHost(www / "site", prefix="/site/")
    opts = options(tmp, content=content, out=www / "site")
    opts.base_url = host.url
    build(opts)
    yield host
    host.close()


def test_no_script_from_content_runs_in_a_browser(browser, hostile_site):
    context = browser.new_context()
    dialogs = []
    context.on("page", lambda p: p.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss())))
    root = hostile_site.root
    pages = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.html"))
    assert len(pages) > 5
    for name in pages:
        page = context.new_page()
        page.goto(hostile_site.url + name, wait_until="load")
        page.mouse.move(10, 10)
        for link in page.query_selector_all("a[href]"):
            href = link.get_attribute("href").strip().lower()
            assert not href.startswith(("javascript:", "data:")), (name, href)
        assert page.evaluate("window.pwned") is None, name
        page.close()
    # search results render snippets from the same hostile text
    page = context.new_page()
    page.goto(hostile_site.url + "index.html")
    for query in ("pwned", "script", "onerror", "Smith"):
        page.fill("#search-input", query)
        page.wait_for_function("document.getElementById('search-status').textContent.includes('result')")
        assert page.evaluate("window.pwned") is None, query
    assert page.query_selector("#search-results img, #search-results svg, #search-results script") is None
    assert dialogs == []
    context.close()


def test_json_ld_survives_closing_script_tags(hostile_site):
    page = (hostile_site.root / "briefs/2020-01-01-x.html").read_text()
    start = page.index('<script type="application/ld+json">') + len('<script type="application/ld+json">')
    block = page[start : page.index("</script>", start)]
    data = json.loads(block)
    assert data["headline"].startswith("</script><script>window.pwned = 8</script>")


# --- interrupted builds ----------------------------------------------------------------------


def test_an_interrupted_build_leaves_the_previous_site_whole(tmp_path):
    content = tmp_path / "content"
    for n in range(24):
        write_brief(
            content,
            f"2020-03-{n + 1:02d}-b{n}.md",
            f"Angela Merkel met Emmanuel Macron in Paris on Tuesday ({n}). “We agree,” Macron said. " * 6,
            title=f"Brief {n}",
            date=f"2020-03-{n + 1:02d}",
        )
    out = tmp_path / "site"
    command = build_command(content, out, "--no-cache")
    subprocess.run(command, check=True)
    old = tree(out)
    for brief in content.glob("*.md"):
        brief.write_text(brief.read_text().replace("Paris", "Lyon"))
    started = time.monotonic()
    subprocess.run(command, check=True)
    full = time.monotonic() - started
    new = tree(out)
    for brief in content.glob("*.md"):  # back to the old text, so "old" is what a whole old site looks like
        brief.write_text(brief.read_text().replace("Lyon", "Paris"))
    subprocess.run(command, check=True)
    assert tree(out) == old
    for brief in content.glob("*.md"):
        brief.write_text(brief.read_text().replace("Paris", "Lyon"))

    outcomes = set()
    for fraction, sig in ((0.2, signal.SIGINT), (0.5, signal.SIGKILL), (0.8, signal.SIGKILL), (0.95, signal.SIGINT)):
        run = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
        time.sleep(full * fraction)
        run.send_signal(sig)
        _, err = run.communicate(timeout=60)
        site = tree(out)
        assert site in (old, new), f"a half-written site after {sig.name} at {fraction:.0%}"
        outcomes.add("old" if site == old else "new")
        if sig == signal.SIGINT and run.returncode == 130:
            assert "interrupted: the previous site is unchanged" in err and "Traceback" not in err
        if site == new:  # the build finished first: put the old site back for the next round
            for brief in content.glob("*.md"):
                brief.write_text(brief.read_text().replace("Lyon", "Paris"))
            subprocess.run(command, check=True)
            for brief in content.glob("*.md"):
                brief.write_text(brief.read_text().replace("Paris", "Lyon"))
    assert "old" in outcomes  # at least one kill landed mid-build
    subprocess.run(command, check=True)  # and the next build cleans up and succeeds
    assert tree(out) == new
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".site.") and p.is_dir()] == []


def test_a_file_put_twice_into_a_new_output_never_changes_the_old_one(tmp_path):
    from briefing.write import Staging, write_site

    out = tmp_path / "site"
    write_site({"api/index.json": b"{}", "index.html": b"old home"}, out)
    with Staging(out) as staging:
        staging.put("api/index.json", b"{}")
        staging.put("index.html", b"old home")  # the same bytes: hard-linked to the old output's file
        staging.put("index.html", b"new home")  # replaced in the new folder, not written through the link
        assert tree(out) == {"api/index.json": b"{}", "index.html": b"old home"}  # untouched until the swap
        assert staging.read("index.html") == b"new home"
        staging.swap()
    assert tree(out) == {"api/index.json": b"{}", "index.html": b"new home"}


def test_an_error_while_filling_a_new_output_leaves_the_old_one_and_no_leftovers(tmp_path):
    from briefing.write import Staging, write_site

    out = tmp_path / "site"
    write_site({"api/index.json": b"{}", "index.html": b"old home"}, out)
    with pytest.raises(RuntimeError), Staging(out) as staging:
        staging.put("index.html", b"new home")
        raise RuntimeError("the disk is full")
    assert tree(out) == {"api/index.json": b"{}", "index.html": b"old home"}
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".site.") and p.is_dir()] == []


def test_a_one_off_build_writes_each_page_before_the_next_stage_not_all_at_the_end(tmp_path, monkeypatch):
    """The pages go to disk as they are rendered (an archive's pages would not fit in memory):
    when the listings are rendered, the brief pages are already in the new folder, the old site
    is still whole, and the search index is built from what was written."""
    from briefing import finish

    content = tmp_path / "content"
    for n in range(3):
        write_brief(content, f"2020-03-0{n + 1}-b{n}.md", f"Angela Merkel met Emmanuel Macron in Paris ({n}).")
    out = tmp_path / "site"
    build(options(tmp_path, content, out))
    old = tree(out)
    write_brief(content, "2020-03-01-b0.md", "Angela Merkel met Emmanuel Macron in Lyon.")
    seen: list[list[str]] = []
    real = finish.rendered_listings

    def listings_spy(site, renderer, memo=None, remembered=None):
        new_folders = [p for p in tmp_path.iterdir() if p.name.startswith(".site.new-")]
        seen.append([p.relative_to(new_folders[0]).as_posix() for p in new_folders[0].rglob("briefs/*.html")])
        assert tree(out) == old
        yield from real(site, renderer, memo, remembered)

    monkeypatch.setattr(finish, "rendered_listings", listings_spy)
    build(options(tmp_path, content, out))
    assert seen == [[f"briefs/2020-03-0{n + 1}-b{n}.html" for n in range(3)]]
    assert b"Lyon" in (out / "briefs" / "2020-03-01-b0.html").read_bytes()
    assert any(name.startswith("pagefind/") for name in tree(out))


def _at_most(size: int):
    """For a child process: files may grow to `size` bytes; past it, a write fails (EFBIG) instead of killing it."""

    def limit() -> None:
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return limit


def test_a_build_that_cannot_write_a_file_says_which_and_leaves_the_previous_site(tmp_path):
    content = tmp_path / "content"
    write_brief(content, "2020-03-01-a.md", "Angela Merkel met Emmanuel Macron in Paris. " * 400, title="Long")
    out = tmp_path / "site"
    command = build_command(content, out, "--no-cache")
    subprocess.run(command, check=True)
    old = tree(out)
    (content / "2020-03-01-a.md").write_text((content / "2020-03-01-a.md").read_text().replace("Paris", "Lyon"))
    page = len(old["briefs/2020-03-01-a.html"])  # changed by the edit, so written again, not linked
    run = subprocess.run(command, capture_output=True, text=True, preexec_fn=_at_most(page // 2))
    assert run.returncode == 1
    (line,) = run.stderr.strip().splitlines()
    assert "File too large" in line and "size limit" in line and "Traceback" not in run.stderr
    assert tree(out) == old
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".site.") and p.is_dir()] == []


def test_a_full_disk_while_writing_the_site_names_the_file_and_leaves_the_previous_site(tmp_path, monkeypatch):
    import errno

    from briefing import write
    from briefing.errors import BuildError

    content = tmp_path / "content"
    write_brief(content, "2020-03-01-a.md", "Angela Merkel met Emmanuel Macron in Paris.")
    out = tmp_path / "site"
    build(options(tmp_path, content, out))
    old = tree(out)
    write_brief(content, "2020-03-01-a.md", "Angela Merkel met Emmanuel Macron in Lyon.")
    written = []

    def fills_up(previous, target, data):
        if len(written) == 5:
            raise OSError(errno.ENOSPC, "No space left on device", str(target))
        written.append(target)

    monkeypatch.setattr(write, "_link_or_write", fills_up)
    with pytest.raises(BuildError) as raised:
        build(options(tmp_path, content, out))
    (problem,) = raised.value.problems
    assert problem.message.endswith("No space left on device") and "free some disk space" in problem.hint
    assert problem.path.startswith(str(out)) and problem.path != str(out)  # the file it could not write
    assert tree(out) == old
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".site.") and p.is_dir()] == []


def _worker_left_behind(ready) -> None:
    from briefing.processes import release_inherited_locks

    release_inherited_locks()  # what each forked rendering process does first
    ready.set()
    time.sleep(30)


def test_a_forked_worker_left_behind_does_not_keep_the_output_locked(tmp_path):
    """A rendering process outlives a build that was killed: it must not hold the output's lock
    (a lock lasts while any copy of it is open), or every later build would wait for ever."""
    import fcntl
    import multiprocessing

    from briefing.write import Staging

    out = tmp_path / "site"
    fork = multiprocessing.get_context("fork")
    ready = fork.Event()
    with Staging(out):
        worker = fork.Process(target=_worker_left_behind, args=(ready,), daemon=True)
        worker.start()
        assert ready.wait(10)
    try:
        with open(tmp_path / ".site.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)  # BlockingIOError if the worker held it
    finally:
        worker.kill()
        worker.join()


@pytest.mark.parametrize("name", ["../escape.html", "a/../../escape.html", "/etc/escape.html", "a/./../../escape"])
def test_a_page_is_never_put_outside_the_output_folder(tmp_path, name):
    """Every output path goes through one check, however the name is spelt; plain names stay plain."""
    from briefing.errors import BuildError
    from briefing.write import Staging

    out = tmp_path / "site"
    with Staging(out) as staging:
        staging.put("briefs/a.html", b"a")
        with pytest.raises(BuildError, match="outside the output folder"):
            staging.put(name, b"x")
        staging.swap()
    assert tree(out) == {"briefs/a.html": b"a"}
    assert [p.name for p in tmp_path.rglob("escape*")] == []
