"""Rendering: the table of page kinds, the marks in a brief's body, the preview's error page and
the pages fed to the search indexer. Names are invented."""

import os
import re
import shutil
import threading
from dataclasses import replace

import pytest
from conftest import ROOT, options, tree, write_brief

import briefing.processes as processes
import briefing.render as render
from briefing.errors import BuildError
from briefing.pages import PAGE_KINDS
from briefing.pipeline import build
from briefing.render import LISTINGS, error_page

BODY = (
    "Minister Odile *Brannagh* opened the Vestrane bridge on Tuesday. "
    "“The bridge is open,” Brannagh said. Ask [Odile Brannagh](https://example.org/) about it."
)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("render")
    content = tmp / "content"
    newsroom = (
        "authors: [Ada Quill]\nsection: Transport\ntags: [Bridges]\ncorrections: [{date: 2021-03-03, text: Fixed.}]\n"
    )
    write_brief(content, "2021-03-02-bridge.md", BODY, title="A bridge", date="2021-03-02", extra=newsroom)
    # a place the gazetteer knows, for the world map file
    write_brief(
        content, "2021-03-01-ferry.md", "The ferry from Lisbon docked on Monday.", title="A ferry", date="2021-03-01"
    )
    (content / "entities").mkdir()
    (content / "entities" / "odile-brannagh.md").write_text(
        "---\nname: Odile Brannagh\ntype: PERSON\naliases: [Brannagh]\n---\n", encoding="utf-8"
    )
    opts = options(tmp, content=content)
    opts.base_url = "https://example.org/briefs/"
    build(opts)
    return opts.out


def test_every_kind_of_page_in_the_table_is_built(site):
    for kind in PAGE_KINDS:
        made = sorted(site.glob(kind.path.replace("{id}", "*")))
        assert made, f"no {kind.name} page at {kind.path}"
    assert all((site / path).is_file() for path in LISTINGS)


def test_the_navigation_lists_the_menu_kinds_and_marks_the_current_one(site):
    menu = [kind for kind in PAGE_KINDS if kind.menu]
    home = (site / "index.html").read_text()
    links = re.findall(r'<li><a href="([^"]+)"( aria-current="page")?>([^<]+)</a></li>', home.split("</nav>")[0])
    assert [(href, label) for href, _, label in links] == [(kind.path, kind.menu) for kind in menu]
    assert [label for _, current, label in links if current] == ["Briefs"]
    entity = (site / "entities/odile-brannagh.html").read_text()
    assert '<a href="../glossary.html" aria-current="page">Glossary</a>' in entity
    assert entity.count('aria-current="page"') == 1


def test_a_mention_cut_by_emphasis_keeps_one_id_and_no_link_goes_inside_a_link(site):
    page = (site / "briefs/2021-03-02-bridge.html").read_text()
    body = page.split('<div class="brief-body">')[1].split("</div>")[0]
    mention = 'class="mention t-person" id="m-0" href="../entities/odile-brannagh.html" title="Odile Brannagh (person)"'
    assert mention in body
    assert '<em><a class="mention t-person" href="../entities/odile-brannagh.html"' in body  # the cut part: no id
    assert body.count('id="m-0"') == 1
    inside_link = body.split('<a href="https://example.org/">')[1].split("</a>")[0]
    assert inside_link == "Odile Brannagh"
    assert 'data-speaker="Odile Brannagh"' in body and 'href="../quotes.html#' in body


def test_the_quote_pages_for_the_indexer_point_at_the_quote_and_escape_its_text(site):
    from briefing import pipeline, search

    captured = {}
    real = search.quote_pages

    def keep(built_site, *args):
        captured.update(real(built_site, *args))
        return captured

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search, "quote_pages", keep)
        content = site.parent / "content"
        write_brief(content, "2021-03-03-x.md", "“<b>No</b> & more,” Brannagh said.", title="X", date="2021-03-03")
        pipeline.build(options(site.parent, content=content, out=site.parent / "other"))
    page = next(html.decode() for name, html in captured.items() if "2021-03-03" in html.decode())
    assert "&lt;b&gt;No&lt;/b&gt; &amp; more" in page and "<b>" not in page
    assert re.search(r'data-pagefind-meta="target" data-pagefind-ignore>briefs/2021-03-03-x\.html#quote-1<', page)
    assert "<p>Odile Brannagh</p>" in page


def test_the_error_page_escapes_the_errors():
    page = error_page(["x.md:1: <script>alert(1)</script> — fix it", "y.md:2: again"]).decode()
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; — fix it" in page
    assert page.count("<li><code>") == 2 and "<h1>Build failed</h1>" in page


def test_pages_rendered_by_forked_processes_are_one_processs_bytes(tmp_path, monkeypatch):
    """Two processes, each rendering two items at a time, make byte for byte what one makes."""
    content = tmp_path / "content"
    for n, (person, place) in enumerate([("Odile Brannagh", "Vestrane"), ("Tomas Quell", "Lisbon")] * 3):
        body = f"{person} opened the bridge in {place} on Tuesday. “It is open,” {person.split()[1]} said."
        write_brief(content, f"2021-03-0{n + 1}-b.md", body, title=f"Bridge {n}", date=f"2021-03-0{n + 1}")
    forked, render_forked = [], render._render_forked
    monkeypatch.setattr(render, "_render_forked", lambda *a: forked.append(a[-1]) or render_forked(*a))
    monkeypatch.setattr(render, "FORK_AT_LEAST", 1)
    monkeypatch.setattr(render, "FORK_CHUNK", 2)
    monkeypatch.setattr(processes.threading, "active_count", lambda: 1)  # whatever threads the test session runs
    sites = {}
    for jobs in (1, 2):
        opts = options(tmp_path / str(jobs), content=content, out=tmp_path / f"site-{jobs}")
        opts.jobs = jobs
        build(opts)
        sites[jobs] = tree(opts.out)
    assert forked == [2]  # the one build with two jobs forked, the other did not
    assert sites[1] == sites[2]


def test_a_template_error_in_a_forked_process_names_the_template_and_line(tmp_path, monkeypatch):
    monkeypatch.setattr(render, "FORK_AT_LEAST", 1)
    monkeypatch.setattr(processes.threading, "active_count", lambda: 1)
    content = tmp_path / "content"
    write_brief(content, "2021-03-01-b.md", BODY, title="A bridge", date="2021-03-01")
    templates = shutil.copytree(ROOT / "templates", tmp_path / "templates")
    (templates / "brief.html").write_text("{% extends 'base.html' %}\n{% block main %}{{ no_such.name }}{% endblock %}")
    opts = options(tmp_path, content=content)
    opts.jobs, opts.templates = 2, templates
    with pytest.raises(BuildError) as raised:
        build(opts)
    assert "brief.html:2: template error" in str(raised.value)


def die_rendering(chunk):
    os._exit(3)  # as a process killed for memory would


def test_a_rendering_process_that_dies_stops_the_build_with_an_error_not_a_hang(tmp_path, monkeypatch):
    monkeypatch.setattr(render, "FORK_AT_LEAST", 1)
    monkeypatch.setattr(processes.threading, "active_count", lambda: 1)
    monkeypatch.setattr(render, "_render_chunk", die_rendering)
    content = tmp_path / "content"
    write_brief(content, "2021-03-01-b.md", BODY, title="A bridge", date="2021-03-01")
    opts = options(tmp_path, content=content)
    opts.jobs = 2
    with pytest.raises(BuildError, match="a rendering process died .* --jobs 1"):
        build(opts)


def test_no_fork_while_another_thread_runs(tmp_path, monkeypatch):
    """A fork copies the locks other threads hold; with one running, the pages are rendered here."""
    monkeypatch.setattr(render, "FORK_AT_LEAST", 1)
    forked, render_forked = [], render._render_forked
    monkeypatch.setattr(render, "_render_forked", lambda *a: forked.append(1) or render_forked(*a))
    content = tmp_path / "content"
    write_brief(content, "2021-03-01-b.md", BODY, title="A bridge", date="2021-03-01")
    opts = options(tmp_path, content=content)
    opts.jobs = 2
    stop = threading.Event()
    waiting = threading.Thread(target=stop.wait)
    waiting.start()
    try:
        build(opts)
    finally:
        stop.set()
        waiting.join()
    assert forked == [] and (opts.out / "briefs/2021-03-01-b.html").is_file()
    monkeypatch.setattr(processes.threading, "active_count", lambda: 1)  # as in a build.py process
    build(replace(opts, force=True))
    assert forked == [1]
