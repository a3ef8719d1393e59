"""Incremental builds: the annotation cache re-annotates only what changed, and what an
incremental build writes is byte for byte what a clean build writes."""

import json
import logging
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import ROOT, build_command, options, tree, write_brief

from briefing.pipeline import build
from briefing.settings import Settings


def clean_build(
    tmp_path: Path, content: Path, settings: Settings | None = None, templates: Path | None = None
) -> dict[str, bytes]:
    """What a build of `content` writes with no annotation cache, no memo and no previous site."""
    clean = replace(options(tmp_path / "clean", content=content, out=tmp_path / "clean-site"), cache=None)
    build(replace(clean, templates=templates or clean.templates), settings=settings)
    return tree(clean.out)


def three_briefs(content: Path) -> None:
    write_brief(
        content,
        "2020-01-01-a.md",
        "Angela Merkel met Emmanuel Macron in Paris on Tuesday.",
        title="A",
        date="2020-01-01",
    )
    write_brief(
        content, "2020-01-02-b.md", "“We agree on the budget,” Merkel said in Berlin.", title="B", date="2020-01-02"
    )
    write_brief(
        content, "2020-01-03-c.md", "The United Nations met in New York last week.", title="C", date="2020-01-03"
    )


def port_briefs(
    content: Path, days: int, sentence: str = "Maria Lindqvist opened the port of Eastport on day {day}."
) -> None:
    """A brief a day from 2016-01-01, "Port 1", "Port 2"…, each one `sentence` long."""
    for day in range(1, days + 1):
        text = sentence.format(day=day)
        write_brief(content, f"2016-01-0{day}-port.md", text, title=f"Port {day}", date=f"2016-01-0{day}")


def test_one_brief_edit_reannotates_exactly_one(tmp_path):
    content = tmp_path / "content"
    three_briefs(content)
    opts = options(tmp_path, content=content)
    first = build(opts)
    assert (first.annotated, first.cache_hits) == (3, 0)
    edited = content / "2020-01-02-b.md"
    edited.write_text(edited.read_text().replace("Berlin", "Hamburg"))
    second = build(opts)
    assert (second.annotated, second.cache_hits) == (1, 2)
    assert "Hamburg" in (opts.out / "briefs/2020-01-02-b.html").read_text()


def test_template_only_change_annotates_nothing(tmp_path):
    content = tmp_path / "content"
    three_briefs(content)
    templates = shutil.copytree(ROOT / "templates", tmp_path / "templates")
    opts = options(tmp_path, content=content)
    opts.templates = templates
    build(opts)
    base = templates / "base.html"
    base.write_text(base.read_text().replace("Skip to content", "Skip to the brief"))
    report = build(opts)
    assert report.annotated == 0 and report.cache_hits == 3
    assert all("Skip to the brief" in p.read_text() for p in opts.out.rglob("*.html") if p.name != "404.html")


def test_incremental_output_equals_a_clean_build_after_edits_deletions_and_renames(tmp_path):
    content = tmp_path / "content"
    three_briefs(content)
    entities = content / "entities"
    entities.mkdir()
    (entities / "un.md").write_text("---\nname: United Nations\ntype: ORG\naliases: [UN]\n---\nThe world body.\n")
    opts = options(tmp_path, content=content)
    build(opts)
    # edit one brief, delete another, rename the third (a new id and URL), rename an entity
    a = content / "2020-01-01-a.md"
    a.write_text(a.read_text().replace("Paris", "Lyon"))
    (content / "2020-01-02-b.md").unlink()
    (content / "2020-01-03-c.md").rename(content / "2020-01-03-renamed.md")
    (entities / "un.md").write_text(
        "---\nname: The United Nations\ntype: ORG\naliases: [UN, United Nations]\n---\nThe world body.\n"
    )
    incremental = build(opts)
    assert incremental.annotated >= 1 and incremental.cache_hits >= 0

    assert tree(opts.out) == clean_build(tmp_path, content)
    names = set(tree(opts.out))
    assert "briefs/2020-01-02-b.html" not in names and "briefs/2020-01-03-c.html" not in names
    assert "entities/the-united-nations.html" in names and "entities/united-nations.html" not in names
    assert "Berlin" not in (opts.out / "api/briefing.json").read_text()


def test_corrupt_or_foreign_cache_files_are_rebuilt_not_trusted(tmp_path):
    content = tmp_path / "content"
    three_briefs(content)
    opts = options(tmp_path, content=content)
    build(opts)
    expected = tree(opts.out)
    files = sorted(opts.cache.rglob("*.json"))
    assert len(files) == 3
    files[0].write_bytes(b"\x00\xffnot json")
    files[1].write_text('{"key": "someone else", "annotation": {}, "notes": []}')
    files[2].write_text(f'{{"key": "{files[2].stem}", "annotation": {{"mentions": 7}}, "notes": []}}')
    forced = replace(opts, force=True)  # the inputs are unchanged, so only --force builds again
    report = build(forced)
    assert report.annotated == 3
    assert tree(opts.out) == expected
    assert build(forced).annotated == 0  # and the rebuilt entries are good again


def test_two_builds_at_once_leave_a_whole_site(tmp_path):
    content = tmp_path / "content"
    three_briefs(content)
    out = tmp_path / "site"
    command = build_command(content, out)
    subprocess.run(command, check=True)
    expected = tree(out)
    runs = [subprocess.Popen(command) for _ in range(3)]
    assert [run.wait(timeout=120) for run in runs] == [0, 0, 0]
    assert tree(out) == expected
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".site.") and p.is_dir()] == []


def test_jobs_two_gives_the_same_site_as_jobs_one(tmp_path):
    content = tmp_path / "content"
    for n in range(20):  # enough for the process pool (2 workers, chunks of 8)
        write_brief(
            content,
            f"2020-02-{n + 1:02d}-x{n}.md",
            f"Angela Merkel met Emmanuel Macron in Paris on Tuesday, brief {n}. “We agree,” Macron said.",
            title=f"X{n}",
            date=f"2020-02-{n + 1:02d}",
        )
    outs = []
    for jobs in (1, 2):
        opts = options(tmp_path / f"jobs{jobs}", content=content, out=tmp_path / f"site{jobs}")
        opts.cache, opts.jobs = None, jobs
        build(opts)
        outs.append(tree(opts.out))
    assert outs[0] == outs[1]


def test_a_build_with_nothing_changed_writes_nothing_and_repeats_its_report(tmp_path):
    from briefing.stamp import output_state

    content = tmp_path / "content"
    three_briefs(content)
    (content / "entities").mkdir()
    (content / "entities" / "nobody.md").write_text("---\nname: Nobody Anywhere\ntype: PERSON\n---\n", encoding="utf-8")
    opts = options(tmp_path, content=content)
    first = build(opts)
    assert not first.up_to_date and first.warnings
    written = output_state(opts.out)
    again = build(opts)
    assert again.up_to_date
    assert output_state(opts.out) == written  # not one file touched
    assert (again.briefs, again.pages, again.warnings) == (first.briefs, first.pages, first.warnings)
    assert not build(replace(opts, force=True)).up_to_date


def test_any_changed_input_or_damaged_output_builds_again(tmp_path):
    content = tmp_path / "content"
    three_briefs(content)
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[tool.briefing]\ntitle = "First"\n', encoding="utf-8")
    opts = replace(options(tmp_path, content=content), templates=templates, pyproject=pyproject)
    build(opts)
    assert build(opts).up_to_date

    (opts.out / "glossary.html").unlink()  # a damaged output
    assert not build(opts).up_to_date
    assert (opts.out / "glossary.html").is_file()

    base = templates / "base.html"
    base.write_text(base.read_text(encoding="utf-8").replace("<head>", "<head>\n<!-- edited -->", 1), encoding="utf-8")
    assert not build(opts).up_to_date
    assert "<!-- edited -->" in (opts.out / "index.html").read_text(encoding="utf-8")

    pyproject.write_text('[tool.briefing]\ntitle = "Second"\n', encoding="utf-8")
    assert not build(opts).up_to_date
    assert "Second" in (opts.out / "index.html").read_text(encoding="utf-8")

    write_brief(content, "2020-01-04-d.md", "Olaf Scholz spoke in Bonn.", title="D", date="2020-01-04")
    assert not build(opts).up_to_date
    assert (opts.out / "briefs" / "2020-01-04-d.html").is_file()
    assert build(replace(opts, base_url="https://example.org/news/")).up_to_date is False


@pytest.mark.parametrize("pages", ["in memory", "on disk", "crossing the limit"])
def test_a_build_that_remembers_the_last_writes_what_a_clean_build_writes(tmp_path, pages):
    """The preview's BuildMemory renders again only the pages an edit can change; after every
    kind of edit the site must still be byte for byte a clean build's. On disk: the pages of an
    archive over `preview_in_memory_up_to` briefs are not held in memory but kept on disk, with
    the page memo a one-off build keeps (`BuildMemory.fit_to`). Crossing the limit: 4 briefs are
    over it, 3 (after a deletion) under, then 4 again (a new brief)."""
    from briefing.memory import BuildMemory

    limit = {"in memory": 20_000, "on disk": 0, "crossing the limit": 3}[pages]
    settings = Settings(preview_in_memory_up_to=limit)
    on_disk = []
    content = tmp_path / "content"
    three_briefs(content)
    write_brief(
        content,
        "2020-01-04-d.md",
        "Emmanuel Macron visited Berlin. Angela Merkel was away.",
        title="D",
        date="2020-01-04",
    )
    templates = shutil.copytree(ROOT / "templates", tmp_path / "templates")
    entities = content / "entities"
    entities.mkdir()
    opts = replace(options(tmp_path, content=content), templates=templates, search_later=True)
    memory = BuildMemory()
    a, b, c = content / "2020-01-01-a.md", content / "2020-01-02-b.md", content / "2020-01-03-c.md"
    edits = [
        ("nothing yet", lambda: None),
        ("a sentence", lambda: a.write_text(a.read_text().replace("on Tuesday", "on Wednesday"))),
        ("a title that other pages show", lambda: b.write_text(b.read_text().replace("title: B", "title: Bee"))),
        ("a new entity", lambda: b.write_text(b.read_text().replace("in Berlin", "in Berlin with Olaf Scholz"))),
        (
            "a glossary entry renames one",
            lambda: (entities / "merkel.md").write_text(
                "---\nname: Chancellor Angela Merkel\ntype: PERSON\naliases: [Merkel]\n---\nLed Germany.\n"
            ),
        ),
        ("a brief starts to mention an entity", lambda: c.write_text(c.read_text().replace(".", ". Macron spoke.", 1))),
        (
            "a quote about someone, and a dated event",
            lambda: b.write_text(b.read_text() + "\n“Emmanuel Macron is right,” Merkel said on Monday.\n"),
        ),
        ("a brief deleted", lambda: c.unlink()),
        (
            "a template",
            lambda: (templates / "entity.html").write_text(
                (templates / "entity.html").read_text().replace("<h1", "<h1 data-edited", 1)
            ),
        ),
        ("a date", lambda: a.write_text(a.read_text().replace("date: 2020-01-01", "date: 2019-12-31"))),
        (
            "a tag and a byline",
            lambda: a.write_text(a.read_text().replace("title: A", "title: A\ntags: [Summits]\nauthors: Jo Quill")),
        ),
        ("a tag edited", lambda: a.write_text(a.read_text().replace("tags: [Summits]", "tags: [Summit talks]"))),
        ("a section", lambda: b.write_text(b.read_text().replace("title: Bee", "title: Bee\nsection: Europe"))),
        (
            "an author file renames a byline",
            lambda: (
                (content / "authors").mkdir()
                or (content / "authors" / "jo-quill.md").write_text("---\nname: Jo A. Quill\n---\n")
            ),
        ),
        (
            "a new related brief",
            lambda: write_brief(
                content, "2020-01-05-e.md", "Olaf Scholz met Emmanuel Macron in Berlin.", title="E", date="2020-01-05"
            ),
        ),
        (
            "a correction",
            lambda: b.write_text(
                b.read_text().replace("title: Bee", "title: Bee\ncorrections: [{date: 2020-01-09, text: Fixed.}]")
            ),
        ),
    ]
    deferred = []
    for number, (what, edit) in enumerate(edits):
        edit()
        report = build(opts, settings=settings, memory=memory)
        on_disk.append(memory.pages_on_disk)
        if not memory.pages_on_disk:
            report.finishing.run(
                lambda: True, lambda what=what: deferred.append(what)
            )  # as the preview does, in the background
        else:  # written as a one-off build writes, search index and all
            assert report.finishing is None and memory.page_memo() is None
            assert not memory.pages.pages and not memory.output.files  # no page held in memory
        clean = replace(
            options(tmp_path / f"clean{number}", content=content, out=tmp_path / f"clean{number}-site"),
            templates=templates,
            cache=None,
        )
        build(clean, settings=settings)
        remembered, expected = tree(opts.out), tree(clean.out)
        remembered = {k: v for k, v in remembered.items() if not k.startswith("pagefind/")}
        expected = {k: v for k, v in expected.items() if not k.startswith("pagefind/")}
        assert remembered == expected, what
        if number == 0:
            assert report.pages_rendered > 0 and report.pages_kept == 0
        if what == "a sentence":  # brief A's page and its entities' pages, not brief C's
            assert report.pages_rendered > 0 and report.pages_kept > 0
        if what == "a brief starts to mention an entity":  # the entity's feeds gain the brief
            assert "<title>C</title>" in (opts.out / "entities" / "emmanuel-macron.xml").read_text()
            items = json.loads((opts.out / "entities" / "emmanuel-macron.json").read_text())["items"]
            assert "C" in [item["title"] for item in items]
    assert (opts.out / "entities" / "chancellor-angela-merkel.html").is_file()
    assert (opts.out / "tags" / "summit-talks.html").is_file() and not (opts.out / "tags" / "summits.html").exists()
    assert "Jo A. Quill" in (opts.out / "briefs" / "2020-01-01-a.html").read_text()
    assert "2020-01-05-e.html" in (opts.out / "briefs" / "2020-01-04-d.html").read_text()  # D's related briefs
    if pages == "in memory":
        # the listings waited for the background after content edits, never after a template edit
        assert "a sentence" in deferred and "a template" not in deferred
    crossing = [True] * 7 + [False] * 7 + [True] * 2  # over, under from "a brief deleted", over from "a new…"
    assert on_disk == {"in memory": [False] * 16, "on disk": [True] * 16, "crossing the limit": crossing}[pages]


def test_the_preview_with_its_pages_on_disk_digests_again_only_what_an_edit_changed(tmp_path, monkeypatch):
    """Its page memo, read from disk each build, digests the briefs this process kept unchanged
    by identity, as the in-memory memo does: after a one-brief edit, one brief is pickled. Its
    digests are a new process's: started after `make site`, it renders nothing again."""
    import briefing.page_memo
    from briefing.memory import BuildMemory
    from briefing.model import Brief

    content = tmp_path / "content"
    three_briefs(content)
    opts, settings, memory = options(tmp_path, content=content), Settings(preview_in_memory_up_to=0), BuildMemory()
    build(opts, settings=settings)
    previewed = replace(opts, preview=True, search_later=True)  # as `build.py serve` builds
    assert build(previewed, settings=settings, memory=memory).pages_rendered == 0
    digested: list[str] = []
    real = briefing.page_memo.digest

    def counted(value):
        if isinstance(value, Brief):
            digested.append(value.id)
        return real(value)

    monkeypatch.setattr(briefing.page_memo, "digest", counted)
    edited = content / "2020-01-02-b.md"
    edited.write_text(edited.read_text().replace("Berlin", "Hamburg"))
    report = build(previewed, settings=settings, memory=memory)
    assert digested == ["2020-01-02-b"] and report.pages_kept > 0
    # the memo it saved is a new process's too: digests alike, so a one-off build keeps pages
    edited.write_text(edited.read_text().replace("Hamburg", "Bremen"))
    rendered = rendered_templates(monkeypatch)
    report = build(opts, settings=settings)
    assert "briefs/2020-01-02-b.html" in rendered and "briefs/2020-01-03-c.html" not in rendered
    assert tree(opts.out) == clean_build(tmp_path, content)


def test_the_preview_replaces_only_changed_files_and_never_over_someone_elses_changes(tmp_path):
    from briefing.write import Written, write_site

    out = tmp_path / "site"
    written = Written()
    first = {"api/briefing.json": b"{}", "index.html": b"one", "briefs/a.html": b"a", "briefs/b.html": b"b"}
    write_site(first, out, written=written)  # the first write swaps in a whole folder
    folder = out.stat().st_ino
    write_site({"api/briefing.json": b"{}", "index.html": b"two", "briefs/a.html": b"a"}, out, written=written)
    assert tree(out) == {"api/briefing.json": b"{}", "index.html": b"two", "briefs/a.html": b"a"}
    assert out.stat().st_ino == folder  # the changed files were replaced in place: no new folder

    (out / "briefs" / "a.html").write_bytes(b"edited by hand")  # the folder is no longer what we wrote
    write_site({"api/briefing.json": b"{}", "index.html": b"three", "briefs/a.html": b"a"}, out, written=written)
    assert tree(out) == {"api/briefing.json": b"{}", "index.html": b"three", "briefs/a.html": b"a"}
    assert out.stat().st_ino != folder  # a whole new folder was swapped in
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".site.") and p.is_dir()] == []


def test_briefing_json_written_piece_by_piece_is_canonical_json(seed_site):

    data = (seed_site / "api" / "briefing.json").read_bytes()
    assert data == (
        json.dumps(json.loads(data), ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
    ).encode("utf-8")
    timeline = (seed_site / "api" / "timeline.json").read_bytes()
    assert timeline == (
        json.dumps(json.loads(timeline), ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
    ).encode("utf-8")


def test_the_preview_writes_the_edited_page_first_and_the_listings_right_after(tmp_path):
    from briefing.memory import BuildMemory

    content = tmp_path / "content"
    three_briefs(content)
    opts = replace(options(tmp_path, content=content), search_later=True)
    memory = BuildMemory()
    build(opts, memory=memory).finishing.run(lambda: True)
    b = content / "2020-01-02-b.md"
    b.write_text(b.read_text().replace("title: B", "title: Bumblebee"))
    report = build(opts, memory=memory)
    assert "Bumblebee" in (opts.out / "briefs" / "2020-01-02-b.html").read_text()
    assert "Bumblebee" not in (opts.out / "index.html").read_text()  # the last build's, for a moment
    listed = []
    report.finishing.run(lambda: True, lambda: listed.append("index.html"))
    assert listed and "Bumblebee" in (opts.out / "index.html").read_text()


def test_a_new_build_after_one_edit_writes_a_clean_builds_bytes(tmp_path):
    """A one-off build after an edit (and a page changed by hand) renders again every page the
    edit reaches and the page changed by hand: its output is byte for byte a clean build's."""
    content = tmp_path / "content"
    three_briefs(content)
    opts = options(tmp_path, content=content)
    build(opts)
    edited = content / "2020-01-02-b.md"
    edited.write_text(edited.read_text().replace("Berlin", "Hamburg"))
    (opts.out / "briefs/2020-01-03-c.html").write_text("changed by hand")
    build(opts)
    assert tree(opts.out) == clean_build(tmp_path, content)
    assert "Hamburg" in (opts.out / "briefs/2020-01-02-b.html").read_text()


def test_the_preview_renders_again_an_entitys_pages_when_a_date_moves_a_brief_between_them(tmp_path):
    """Which page of an entity's mentions lists a brief follows from the dates of all the
    entity's briefs, not only those the page shows: a date that moves a brief from the oldest
    page to the newest changes both, and the preview must render both again."""
    from briefing.memory import BuildMemory

    content = tmp_path / "content"
    port_briefs(content, 6)
    opts = replace(options(tmp_path, content=content), search_later=True)
    memory, settings = BuildMemory(), Settings(page_size=2)
    build(opts, settings=settings, memory=memory)
    oldest = content / "2016-01-01-port.md"
    oldest.write_text(oldest.read_text().replace("date: 2016-01-01", "date: 2016-01-09"))
    build(opts, settings=settings, memory=memory).finishing.run(lambda: True, lambda: None)
    clean = clean_build(tmp_path, content, settings)
    person = "entities/maria-lindqvist"
    assert b"Port 1<" in clean[f"{person}.html"]  # now the newest
    for page in (f"{person}.html", f"{person}/1.html", f"{person}/2.html"):
        assert (opts.out / page).read_bytes() == clean[page], page


def rendered_templates(monkeypatch) -> list[str]:
    """The output paths of the pages rendered from now on in this process."""
    from briefing.render import Renderer

    paths: list[str] = []
    render = Renderer.page

    def counted(self, template, path, **context):
        paths.append(path)
        return render(self, template, path, **context)

    monkeypatch.setattr(Renderer, "page", counted)
    return paths


def rendered_after_an_edit(opts, monkeypatch, edited: Path, old: str, new: str) -> list[str]:
    """Build; replace `old` with `new` in `edited`; build again: the pages the second build rendered."""
    build(opts)
    rendered = rendered_templates(monkeypatch)
    edited.write_text(edited.read_text().replace(old, new))
    build(opts)
    return rendered


def test_a_new_build_renders_only_the_pages_an_edit_reaches(tmp_path, monkeypatch):
    """The last build's page memo, kept beside its stamp, tells the next process which pages the
    edit cannot have changed: those are read back from the site, not rendered."""
    content = tmp_path / "content"
    three_briefs(content)
    opts = options(tmp_path, content=content)
    rendered = rendered_after_an_edit(opts, monkeypatch, content / "2020-01-02-b.md", "Berlin", "Hamburg")
    assert "briefs/2020-01-02-b.html" in rendered and "entities/hamburg.html" in rendered
    assert "briefs/2020-01-03-c.html" not in rendered and "entities/united-nations.html" not in rendered
    assert tree(opts.out) == clean_build(tmp_path, content)  # C's page, linked from the last site, included


def test_a_page_that_only_names_an_entity_is_not_rendered_again_when_another_brief_mentions_it(tmp_path, monkeypatch):
    """Briefs B and C name Merkel (a quote's speaker, the list of names) but show nothing of
    her other mentions: brief A mentioning her again changes her page, not theirs. (Every brief
    names her, so none is related to another by her.) On an archive, a country is named by a
    page in four; each edit that mentioned it rendered them all again."""
    content = tmp_path / "content"
    three_briefs(content)
    write_brief(content, "2020-01-03-c.md", "Angela Merkel spoke in Rome last week.", title="C", date="2020-01-03")
    opts = options(tmp_path, content=content)
    edited = content / "2020-01-01-a.md"
    rendered = rendered_after_an_edit(opts, monkeypatch, edited, "on Tuesday.", "on Tuesday. Merkel left early.")
    assert "briefs/2020-01-01-a.html" in rendered and "entities/angela-merkel.html" in rendered
    assert "briefs/2020-01-02-b.html" not in rendered and "briefs/2020-01-03-c.html" not in rendered
    assert tree(opts.out) == clean_build(tmp_path, content)


def test_a_page_that_reads_more_of_an_entity_than_its_label_depends_on_all_of_it():
    """`Watched` notes the entity's label for its name, type or place, and the whole entity for
    anything else a template reads of it (its mentions, its related entities)."""
    from briefing.model import Entity
    from briefing.page_memo import LABEL, Recorded

    lookups: set[tuple[str, str]] = set()
    entities = Recorded({"jo": Entity("jo", "Jo Roe", "PERSON", ["Roe"])}, "entity", lookups)
    assert entities["jo"].name == "Jo Roe" and entities["jo"].type == "PERSON"
    assert lookups == {(LABEL, "jo")}
    assert entities["jo"].mentions == []
    assert lookups == {(LABEL, "jo"), ("entity", "jo")}
    lookups.clear()
    assert "jo" in entities and entities.get("jo") is not None  # a page that links Jo only if she exists
    assert lookups == {(LABEL, "jo")}
    assert entities.get("ann") is None and "ann" not in entities  # a page that would show Ann once she is named
    assert ("entity", "ann") in lookups


def test_settings_that_cannot_change_a_page_keep_the_page_memo(tmp_path, monkeypatch):
    """How much the preview holds in memory changes no page, so the pages an edit did not reach
    are kept; a setting that pages show (the title) renders them all again."""
    content = tmp_path / "content"
    three_briefs(content)
    opts = options(tmp_path, content=content)
    build(opts, settings=Settings())
    edited = content / "2020-01-02-b.md"
    for number, (settings, untouched_rendered) in enumerate(
        [(Settings(preview_in_memory_up_to=0), False), (Settings(title="Evening briefs"), True)]
    ):
        edited.write_text(edited.read_text().rstrip("\n") + f" Edit {number}.\n")
        rendered = rendered_templates(monkeypatch)
        build(opts, settings=settings)
        assert ("briefs/2020-01-03-c.html" in rendered) is untouched_rendered, settings
    assert tree(opts.out) == clean_build(tmp_path, content, Settings(title="Evening briefs"))


def test_the_page_memo_is_forgotten_when_it_cannot_be_trusted(tmp_path, monkeypatch):
    """After a damaged memo file, a change to Briefing's code, or with `--force`, every page is
    rendered again, the pages an edit did not reach included."""
    import briefing.stamp
    from briefing.stamp import page_memo_path

    content = tmp_path / "content"
    three_briefs(content)
    opts = options(tmp_path, content=content)
    build(opts)
    memo = page_memo_path(opts.cache, opts.out)
    assert memo.is_file()
    edited = content / "2020-01-02-b.md"
    for number, damage in enumerate(("memo file", "code", "force")):
        if damage == "memo file":
            memo.write_bytes(b"\x80\x05not a pickle")
        elif damage == "code":
            monkeypatch.setattr(briefing.stamp, "code_version", lambda: "another version of Briefing")
        else:
            opts = replace(opts, force=True)
        edited.write_text(edited.read_text().rstrip("\n") + f" Edit {number}.\n")
        rendered = rendered_templates(monkeypatch)
        build(opts)
        assert "briefs/2020-01-03-c.html" in rendered, damage
    assert tree(opts.out) == clean_build(tmp_path, content)


def test_pages_rendered_on_two_processes_are_remembered_for_the_next_build(tmp_path, monkeypatch, caplog):
    """Forked processes send back what they rendered each page from, with the page."""
    import briefing.render
    from briefing import processes

    monkeypatch.setattr(briefing.render, "FORK_AT_LEAST", 1)
    monkeypatch.setattr(processes.threading, "active_count", lambda: 1)  # whatever threads the test session runs
    forked: list[int] = []
    render_forked = briefing.render._render_forked
    monkeypatch.setattr(briefing.render, "_render_forked", lambda *args: forked.append(1) or render_forked(*args))
    content = tmp_path / "content"
    three_briefs(content)
    opts = replace(options(tmp_path, content=content), jobs=2)
    build(opts)
    edited = content / "2020-01-02-b.md"
    edited.write_text(edited.read_text().replace("Berlin", "Hamburg"))
    with caplog.at_level(logging.DEBUG, logger="briefing.render"):
        build(opts)
    counts = [r.getMessage() for r in caplog.records if r.getMessage().startswith("Pages: ")]
    rendered, kept = (int(word) for word in counts[0].split() if word.isdigit())
    assert forked and 0 < rendered < kept
    assert tree(opts.out) == clean_build(tmp_path, content)


def test_a_new_build_renders_both_pages_a_brief_moves_between(tmp_path):
    """As in the preview (above): a date that moves a brief from an entity's oldest page of
    mentions to its newest changes both, and a new build renders both again."""
    content = tmp_path / "content"
    port_briefs(content, 6)
    opts, settings = options(tmp_path, content=content), Settings(page_size=2)
    build(opts, settings=settings)
    oldest = content / "2016-01-01-port.md"
    oldest.write_text(oldest.read_text().replace("date: 2016-01-01", "date: 2016-01-09"))
    build(opts, settings=settings)
    assert tree(opts.out) == clean_build(tmp_path, content, settings)


def test_a_build_in_a_new_process_keeps_the_pages_the_last_one_rendered(tmp_path):
    """The memo's digests do not depend on the process that made them: a build with another
    hash seed, after an edit, renders a few pages and takes the rest from the last build."""
    import os
    import sys

    content = tmp_path / "content"
    three_briefs(content)
    command = [sys.executable, str(ROOT / "build.py"), "build", "--content", str(content)]
    command += ["--out", str(tmp_path / "site"), "--cache-dir", str(tmp_path / "cache"), "--jobs", "1", "--verbose"]
    subprocess.run(command, env={**os.environ, "PYTHONHASHSEED": "1"}, check=True, capture_output=True)
    edited = content / "2020-01-02-b.md"
    edited.write_text(edited.read_text().replace("Berlin", "Hamburg"))
    env = {**os.environ, "PYTHONHASHSEED": "2"}
    done = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    counts = next(line for line in done.stderr.splitlines() if line.startswith("Pages: "))
    rendered, kept = (int(word) for word in counts.split() if word.isdigit())
    assert 0 < rendered < kept


def test_a_page_edited_by_hand_is_rendered_again_though_its_size_and_time_are_as_before(tmp_path):
    import os

    content = tmp_path / "content"
    three_briefs(content)
    opts = options(tmp_path, content=content)
    build(opts)
    page = opts.out / "briefs/2020-01-03-c.html"
    before, text = page.stat(), page.read_bytes()
    assert b"New York" in text
    page.write_bytes(text.replace(b"New York", b"New Yorx"))
    os.utime(page, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert page.stat().st_size == before.st_size and page.stat().st_mtime_ns == before.st_mtime_ns
    edited = content / "2020-01-02-b.md"
    edited.write_text(edited.read_text().replace("Berlin", "Hamburg"))
    build(opts)
    assert tree(opts.out) == clean_build(tmp_path, content)


def test_a_new_build_renders_again_only_the_listing_pages_an_edit_reaches(tmp_path, monkeypatch):
    """The numbered pages of the home page and the timeline are remembered like any page: after
    a new title for the oldest brief, the pages that list it are rendered again (they name the
    brief, whose title they show), the newest ones are not, and the site is a clean build's."""
    content = tmp_path / "content"
    port_briefs(content, 8, "Maria Lindqvist opened the port of Eastport on 2016-01-0{day}.")
    opts, settings = options(tmp_path, content=content), Settings(page_size=2)
    build(opts, settings=settings)
    assert (opts.out / "page-3.html").is_file() and (opts.out / "timeline-3.html").is_file()
    rendered = rendered_templates(monkeypatch)
    oldest = content / "2016-01-01-port.md"
    oldest.write_text(oldest.read_text().replace("title: Port 1", "title: The first port"))
    build(opts, settings=settings)
    assert "page-1.html" in rendered and "timeline-1.html" in rendered  # the oldest brief's
    assert "index.html" not in rendered and "page-3.html" not in rendered and "timeline.html" not in rendered
    assert "The first port" in (opts.out / "page-1.html").read_text()
    assert tree(opts.out) == clean_build(tmp_path, content, settings)


def test_a_list_page_is_rendered_again_for_what_it_shows_beyond_its_briefs_text(tmp_path):
    """A list page names each brief by its id and digests the rest of what it can show of it: a
    new name in an author's file changes every home page's byline. A page that shows the length
    of its list changes when a brief is added, though its own briefs did not change."""
    content, templates = tmp_path / "content", shutil.copytree(ROOT / "templates", tmp_path / "templates")
    index = templates / "index.html"
    index.write_text(index.read_text().replace("<h1>{{ site_title }}</h1>", "<h1>{{ pager.total }} briefs</h1>"))

    def port_brief(day: int) -> None:
        text, name = f"Maria Lindqvist opened the port on day {day}.", f"2016-01-0{day}-port.md"
        write_brief(content, name, text, title=f"Port {day}", date=f"2016-01-0{day}", extra="authors: Jane Roe\n")

    for day in range(1, 9):
        port_brief(day)
    (content / "authors").mkdir()
    (content / "authors" / "jane-roe.md").write_text("---\nname: Jane A. Roe\n---\nBio.\n")
    opts, settings = replace(options(tmp_path, content=content), templates=templates), Settings(page_size=2)
    build(opts, settings=settings)
    assert b"Jane A. Roe" in (opts.out / "page-1.html").read_bytes()
    for change in ("a new name", "a new brief"):
        if change == "a new name":
            (content / "authors" / "jane-roe.md").write_text("---\nname: Janet Q. Roe\n---\nBio.\n")
        else:
            port_brief(9)  # the number of briefs changes on every page; the oldest pages' briefs do not
        build(opts, settings=settings)
        assert tree(opts.out) == clean_build(tmp_path, content, settings, templates), change
    assert b"Janet Q. Roe" in (opts.out / "page-1.html").read_bytes()
    assert b"9 briefs" in (opts.out / "page-1.html").read_bytes()


def test_a_template_edited_during_a_build_is_rendered_in_full_by_the_next(tmp_path, monkeypatch):
    """Templates may compile early (while the model annotates, or before rendering forks); one
    edited after that is not in this build, and the memo must not say it was: the next build
    renders with it everywhere."""
    from briefing.render import Renderer

    content, templates = tmp_path / "content", shutil.copytree(ROOT / "templates", tmp_path / "templates")
    index = templates / "index.html"
    port_briefs(content, 1)
    opts = replace(options(tmp_path, content=content), templates=templates)
    build(opts)
    made = Renderer.__init__

    def compiled_then_edited(self, *args):
        made(self, *args)
        self.compile_templates()
        index.write_text(index.read_text().replace("<h1>{{ site_title }}</h1>", "<h1>Edited</h1>"))

    monkeypatch.setattr(Renderer, "__init__", compiled_then_edited)
    port_briefs(content, 2)
    build(opts)
    monkeypatch.setattr(Renderer, "__init__", made)
    build(opts)
    assert "<h1>Edited</h1>" in (opts.out / "index.html").read_text()
    assert tree(opts.out) == clean_build(tmp_path, content, templates=templates)
