"""Search in a real browser: the Pagefind index of the seed site, served under a sub-path."""

import json
from pathlib import Path

import pytest
from conftest import ROOT

from briefing.search import canonical_index, quote_pages, search_index  # noqa: F401 (the module under test)

SHOTS = ROOT / ".cache" / "screenshots"


@pytest.fixture()
def page(browser, hosted_seed):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.requests = []
    page.on("request", lambda r: page.requests.append(r.url))
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.goto(hosted_seed.url + "timeline.html")
    yield page
    assert page.errors == []
    origin = hosted_seed.url.split("/briefing/")[0]
    assert [url for url in page.requests if not url.startswith(origin)] == []  # nothing leaves the site
    context.close()


def search(page, text: str) -> list[dict]:
    page.fill("#search-input", text)
    page.wait_for_function(
        "t => document.getElementById('search-status').textContent.includes('result')"
        " && document.getElementById('search-input').value === t",
        arg=text,
    )
    return page.eval_on_selector_all(
        "#search-results a",
        """links => links.map(a => ({
        href: a.href, kind: a.querySelector('.search-kind').textContent,
        title: a.querySelector('strong').textContent, marked: a.querySelectorAll('mark').length}))""",
    )


def test_speaker_name_finds_the_person_first(page, hosted_seed):
    results = search(page, "Hollande")
    assert results[0]["kind"] == "person" and results[0]["title"] == "François Hollande"
    assert results[0]["href"] == hosted_seed.url + "entities/francois-hollande.html"
    assert any(r["kind"] == "quote" and r["title"].startswith("François Hollande:") for r in results)
    page.screenshot(path=str(SHOTS / "search-desktop-light.png"))


def test_alias_finds_the_entity(page, hosted_seed):
    results = search(page, "Daesh")
    assert results[0]["title"] == "Islamic State" and results[0]["kind"] == "organisation"
    assert results[0]["marked"] >= 1  # the match is highlighted in the snippet


def test_a_snippet_keeps_the_spaces_around_the_highlighted_word(page, hosted_seed):
    search(page, "encouraged")
    excerpts = page.eval_on_selector_all(".search-excerpt", "spans => spans.map(s => s.textContent)")
    brief = next(text for text in excerpts if "encouraged" in text)
    assert "Hollande have encouraged Russian" in brief  # the space after the highlighted word too


def test_words_of_a_quote_find_the_quote_and_land_on_it(page, hosted_seed):
    results = search(page, "pool efforts struggle")
    assert results[0]["kind"] == "quote" and results[0]["title"].startswith("François Hollande: “All of this prompts")
    assert "/briefing/briefs/" in results[0]["href"] and "#quote-" in results[0]["href"]
    page.click("#search-results a >> nth=0")
    page.wait_for_url(results[0]["href"])
    anchor = results[0]["href"].split("#")[1]
    assert "All of this prompts us to pool efforts" in page.text_content(f"[id='{anchor}']")


def test_keyboard_only(page, hosted_seed):
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "search-input"
    page.keyboard.type("Obama")
    page.wait_for_function("document.querySelectorAll('#search-results a').length > 1")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    second = page.evaluate("document.activeElement.href")
    assert second == page.eval_on_selector_all("#search-results a", "a => a[1].href")
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.id") == "search-input"
    page.keyboard.press("ArrowDown")
    first = page.evaluate("document.activeElement.href")
    page.keyboard.press("Enter")
    page.wait_for_url(first)


def test_kind_and_year_filters(page, hosted_seed):
    page.click("#search-input")
    page.wait_for_function("document.querySelectorAll('#search-kind option').length > 2")
    kinds = page.eval_on_selector_all("#search-kind option", "o => o.map(x => x.value)")
    assert {"brief", "person", "organisation", "place", "quote"} <= set(kinds)
    assert page.eval_on_selector_all("#search-year option", "o => o.map(x => x.value)") == ["", "2015"]
    page.select_option("#search-kind", "quote")
    results = search(page, "Obama")
    assert results and all(r["kind"] == "quote" for r in results)
    page.select_option("#search-kind", "brief")
    results = search(page, "Obama")
    assert [r["kind"] for r in results] == ["brief"]


def test_phone_width(browser, hosted_seed):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(hosted_seed.url + "index.html")
    search(page, "Putin")
    box = page.eval_on_selector("#search-results", "e => e.getBoundingClientRect().toJSON()")
    assert box["right"] <= 390 and box["width"] > 300
    page.screenshot(path=str(SHOTS / "search-phone-light.png"))
    context.close()


def test_the_site_works_without_the_index(browser, hosted_seed, tmp_path):
    """If the index is missing (the indexer could not run), the box says so and nothing else breaks."""
    import shutil

    index = hosted_seed.root / "pagefind"
    moved = tmp_path / "pagefind"
    shutil.move(index, moved)
    try:
        context = browser.new_context()
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(hosted_seed.url + "index.html")
        page.fill("#search-input", "Obama")
        page.wait_for_function("document.getElementById('search-status').textContent.includes('not available')")
        assert errors == []
        assert page.is_disabled("#search-input")
        context.close()
    finally:
        shutil.move(moved, index)


def test_build_without_the_indexer_warns_and_still_builds(tmp_path, monkeypatch):
    from conftest import options

    from briefing.pipeline import build

    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "no-such-pagefind"))
    report = build(options(tmp_path))
    assert [str(w) for w in report.warnings if "search" in str(w)] == [
        f"search: no search index: Pagefind did not run: [Errno 2] No such file or directory: "
        f"'{tmp_path / 'no-such-pagefind'}' — the site works without search; run 'make site' to install Pagefind"
    ]
    assert (tmp_path / "site/index.html").exists() and not (tmp_path / "site/pagefind").exists()


def test_an_indexer_that_stops_or_talks_nonsense_is_a_warning_not_a_hang(tmp_path, monkeypatch):
    from conftest import options

    from briefing.pipeline import build

    fake = tmp_path / "pagefind"
    fake.write_text("#!/bin/sh\necho 'not base64 at all,'\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(fake))
    report = build(options(tmp_path))
    assert [str(w) for w in report.warnings if "search" in str(w)] == [
        "search: no search index: Pagefind failed: Pagefind stopped without answering — the site works without "
        "search; run 'make site' to install Pagefind"
    ]
    assert (tmp_path / "site/index.html").exists() and not (tmp_path / "site/pagefind").exists()


def test_index_is_byte_identical_across_builds(tmp_path):
    from conftest import options

    from briefing.pipeline import build

    trees = []
    for run in ("a", "b"):
        opts = options(tmp_path, out=tmp_path / run)
        build(opts)
        trees.append(
            {
                p.relative_to(opts.out).as_posix(): p.read_bytes()
                for p in sorted((opts.out / "pagefind").rglob("*"))
                if p.is_file()
            }
        )
    assert trees[0] == trees[1] and any(name.startswith("pagefind/2015/filter/") for name in trees[0])


def _child_processes() -> list[str]:
    """The names of this process's children, from /proc."""
    import os
    from pathlib import Path

    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        name, rest = text[text.index("(") + 1 : text.rindex(")")], text[text.rindex(")") + 1 :].split()
        if int(rest[1]) == os.getpid():
            children.append(name)
    return children


def test_an_index_nobody_wants_any_more_is_stopped():
    """The preview cancels the background indexer of an older build: Pagefind is stopped, not
    left running, and the next index is built as usual."""
    from itertools import count

    from briefing.search import SearchCancelled, _run_pagefind

    words = " ".join(f"word{n}" for n in range(300))
    pages = {
        f"briefs/{n}.html": (
            f'<html lang="en"><body><main data-pagefind-body><h1>Brief {n}</h1><p>{words} {n}</p></main></body></html>'
        ).encode()
        for n in range(2000)
    }
    asked = count()
    with pytest.raises(SearchCancelled):  # wanted until the fifth time it asks
        _run_pagefind(pages, cancelled=lambda: next(asked) >= 5)
    assert not any("pagefind" in name for name in _child_processes())
    index = _run_pagefind(dict(list(pages.items())[:50]), cancelled=lambda: False)
    assert "pagefind/pagefind.js" in index and sum(name.startswith("pagefind/fragment/") for name in index) == 50


# --- the index in shards: one per year of briefs, one for the entities ----------------------


def two_years(folder: Path) -> Path:
    """Content of two briefs, in 2019 and 2021, both with the word "Quetzal" and a quote."""
    from conftest import write_brief

    content = folder / "content"
    write_brief(
        content,
        "2019-05-02-harbour.md",
        "Angela Merkel opened the Quetzal harbour in Hamburg on Tuesday. “The harbour is open,” Merkel said.",
        title="Harbour",
        date="2019-05-02",
    )
    write_brief(
        content,
        "2021-03-02-bridge.md",
        "Emmanuel Macron opened the Quetzal bridge in Paris on Monday. “The bridge is open,” Macron said.",
        title="Bridge",
        date="2021-03-02",
    )
    return content


def test_pages_go_to_the_shard_of_their_year_or_to_the_entities(tmp_path, monkeypatch):
    from conftest import options

    from briefing import search
    from briefing.pipeline import build

    seen: dict[str, str] = {}
    real = search.page_shards
    monkeypatch.setattr(search, "page_shards", lambda site: seen.update(real(site)) or seen)
    build(options(tmp_path, content=two_years(tmp_path)))
    assert seen["briefs/2019-05-02-harbour.html"] == "2019" and seen["briefs/2021-03-02-bridge.html"] == "2021"
    quotes = {name: shard for name, shard in seen.items() if name.startswith(f"{search.QUOTES}/")}
    assert sorted(quotes.values()) == ["2019", "2021"]  # one quote in each brief, in its brief's year
    assert search.shard_of("entities/angela-merkel.html", seen) == search.ENTITIES
    names = [*seen, "entities/angela-merkel.html"]
    assert list(search.split_pages(names, seen)) == ["entities", "2019", "2021"]  # the order of shards.json
    assert search.split_pages([], seen) == {"entities": []}


def index_files(site: Path) -> dict[str, bytes]:
    """The search index of a built site, file by file."""
    from conftest import tree

    return {name: data for name, data in tree(site).items() if name.startswith("pagefind/")}


def clean_index(tmp_path: Path, content: Path) -> dict[str, bytes]:
    """The search index a build of `content` writes with a cache of its own: every shard indexed afresh."""
    from conftest import options

    from briefing.pipeline import build

    build(options(tmp_path / "clean", content=content))
    return index_files(tmp_path / "clean" / "site")


def _shard_label(pages: dict[str, bytes]) -> str:
    """Which shard `pages` are: the year of the brief among them, else "entities"."""
    briefs = [name for name in pages if name.startswith("briefs/")]
    return briefs[0][len("briefs/") : len("briefs/") + 4] if briefs else "entities"


def test_an_edit_indexes_again_only_its_year_and_the_entities(tmp_path, monkeypatch):
    from conftest import options

    from briefing import search
    from briefing.pipeline import build

    content = two_years(tmp_path)
    indexed: list[str] = []
    real = search._run_pagefind
    monkeypatch.setattr(
        search, "_run_pagefind", lambda pages, *a, **k: indexed.append(_shard_label(pages)) or real(pages, *a, **k)
    )
    build(options(tmp_path, content=content))
    assert sorted(indexed) == ["2019", "2021", "entities"]
    site = tmp_path / "site"
    assert json.loads((site / "pagefind/shards.json").read_text()) == ["entities", "2019", "2021"]
    assert (site / "pagefind/entities/pagefind.js").is_file() and not (site / "pagefind/2019/pagefind.js").exists()

    brief = content / "2021-03-02-bridge.md"
    brief.write_text(brief.read_text().replace("on Monday", "on Monday, to applause"))
    indexed.clear()
    build(options(tmp_path, content=content))
    assert sorted(indexed) == ["2021", "entities"]

    assert index_files(site) == clean_index(tmp_path, content)


def test_a_shard_an_edit_does_not_reach_is_linked_from_the_site_not_read_again(tmp_path, monkeypatch):
    """A one-off build's memo knows which files each shard wrote: a shard whose pages did not
    change keeps its files (the same inodes), read neither from the cache nor from the site,
    unless one of them is no longer the file the last build wrote."""
    import os

    from conftest import options

    from briefing import search
    from briefing.pipeline import build

    content = two_years(tmp_path)
    opts = options(tmp_path, content=content)
    build(opts)
    old = {path: path.stat().st_ino for path in (opts.out / "pagefind/2019").rglob("*") if path.is_file()}
    read_back: list[str] = []
    real = search._cache_get
    monkeypatch.setattr(search, "_cache_get", lambda cache, key: read_back.append(key) or real(cache, key))
    brief = content / "2021-03-02-bridge.md"
    brief.write_text(brief.read_text().replace("on Monday", "on Monday, to applause"))
    build(opts)
    assert len(read_back) == 2  # 2021 and the entities, whose pages changed
    assert {path: path.stat().st_ino for path in old} == old

    entry = opts.out / "pagefind/2019/pagefind-entry.json"
    before, text = entry.stat(), entry.read_bytes()
    entry.write_bytes(text.replace(b"{", b" ", 1))  # edited by hand, its size and time put back
    os.utime(entry, ns=(before.st_atime_ns, before.st_mtime_ns))
    brief.write_text(brief.read_text().replace("to applause", "to cheers"))
    build(opts)
    assert index_files(opts.out) == clean_index(tmp_path, content)


def test_a_search_finds_briefs_of_every_year(browser, tmp_path):
    """The shards are merged in the browser: a word in a brief of each year finds both, and the
    year filter offers both years."""
    from conftest import StaticHost, options

    from briefing.pipeline import build

    www = tmp_path / "www"
    host = StaticHost(www / "briefing", prefix="/briefing/")
    try:
        opts = options(tmp_path, content=two_years(tmp_path), out=www / "briefing")
        opts.base_url = host.url
        build(opts)
        context = browser.new_context()
        page = context.new_page()
        page.goto(host.url + "index.html")
        results = search(page, "Quetzal")
        assert {"Harbour", "Bridge"} <= {r["title"] for r in results}
        assert page.eval_on_selector_all("#search-year option", "o => o.map(x => x.value)") == ["", "2019", "2021"]
        page.select_option("#search-year", "2019")
        assert [r["title"] for r in search(page, "Quetzal") if r["kind"] == "brief"] == ["Harbour"]
        context.close()
    finally:
        host.close()


def test_the_cache_keeps_every_shard_of_the_last_build_and_a_few_more(tmp_path):
    import os

    from briefing.search import _prune

    for n in range(12):
        (tmp_path / f"old{n:02}.zip").write_bytes(b"")
        os.utime(tmp_path / f"old{n:02}.zip", (n, n))  # old11 the newest
    current = ["old00", "old01", "old02"]  # this build's shards, however old their bundles
    _prune(tmp_path, current)
    kept = sorted(path.stem for path in tmp_path.glob("*.zip"))
    assert kept == ["old00", "old01", "old02", "old06", "old07", "old08", "old09", "old10", "old11"]


def test_a_damaged_or_foreign_shard_bundle_is_indexed_again_not_trusted(tmp_path, monkeypatch):
    from dataclasses import replace

    from conftest import options, tree

    from briefing import search
    from briefing.pipeline import build

    opts = options(tmp_path, content=two_years(tmp_path))
    build(opts)
    expected = tree(opts.out)
    bundles = sorted((opts.cache.parent / "search").glob("*.zip"))
    assert len(bundles) == 3  # one per shard
    bundles[0].write_bytes(b"PK\x03\x04 cut short")
    bundles[1].write_bytes(bundles[2].read_bytes())  # another shard's index under this one's name
    indexed = []
    real = search._run_pagefind
    monkeypatch.setattr(search, "_run_pagefind", lambda pages, *a, **k: indexed.append(pages) or real(pages, *a, **k))
    build(replace(opts, force=True))
    assert len(indexed) == 2 and tree(opts.out) == expected


def test_a_new_version_of_briefing_writes_every_shard_again(tmp_path, monkeypatch):
    """The memo's shards are forgotten with its pages when Briefing's code changes: a version
    that lays the shards out differently does not keep the last one's files."""
    from conftest import options

    from briefing import search, stamp
    from briefing.pipeline import build

    content = two_years(tmp_path)
    opts = options(tmp_path, content=content)
    build(opts)
    in_shard, code_version = search._in_shard, stamp.code_version
    monkeypatch.setattr(search, "_in_shard", lambda index, shard, program: in_shard(index, shard, True))
    monkeypatch.setattr(stamp, "code_version", lambda: code_version() + " and a new layout")
    brief = content / "2021-03-02-bridge.md"
    brief.write_text(brief.read_text().replace("on Monday", "on Monday, to applause"))
    build(opts)
    assert (opts.out / "pagefind/2019/pagefind.js").is_file()  # every shard in the new layout
    assert index_files(opts.out) == clean_index(tmp_path, content)
