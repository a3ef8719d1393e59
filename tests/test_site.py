"""End to end: the seed built into a site whose every link resolves, and bad input that does no damage."""

import json

import pytest
from conftest import ROOT, options, tree, write_brief

from briefing.check import check_site
from briefing.cli import main
from briefing.pipeline import build


def test_every_internal_link_and_anchor_resolves(seed_site):
    assert check_site(seed_site) == []
    pages = {p.relative_to(seed_site).as_posix() for p in seed_site.rglob("*.html")}
    assert {"index.html", "glossary.html", "quotes.html", "timeline.html", "404.html"} <= pages
    assert any(p.startswith("briefs/") for p in pages) and any(p.startswith("entities/") for p in pages)


def test_api_has_the_documented_fields(seed_site):
    data = json.loads((seed_site / "api/briefing.json").read_text())
    assert set(data["briefs"][0]) >= {"id", "title", "date", "url"}
    assert data["briefs"][0]["date"] == "2015-11-24"
    for entity in data["entities"]:
        assert set(entity) >= {"id", "name", "type", "aliases", "url", "mentions"}
        assert all(set(m) >= {"brief", "text", "sentence"} for m in entity["mentions"])
    for quote in data["quotes"]:
        assert set(quote) >= {"id", "brief", "text", "speaker", "url", "attribution"}
    for event in data["timeline"]:
        assert set(event) >= {"id", "brief", "date", "expression", "text", "entities", "url"}
    ids = {e["id"] for e in data["entities"]}
    assert all(q["speaker"] in ids for q in data["quotes"] if q["speaker"])


def test_seed_annotations(seed_site):
    data = json.loads((seed_site / "api/briefing.json").read_text())
    by_id = {e["id"]: e for e in data["entities"]}
    names = {e["name"]: e for e in data["entities"]}
    hollande = names.get("François Hollande") or names["Hollande"]  # the seed has a glossary entry for him
    assert hollande["type"] == "PERSON" and "Hollande" in [hollande["name"], *hollande["aliases"]]
    isis = next(e for e in data["entities"] if "Daesh" in e["aliases"] or e["name"] == "Daesh")
    assert {"ISIS", "IS"} <= set(isis["aliases"]) | {isis["name"]}
    assert "Islamic" not in names
    assert len(data["quotes"]) == 9
    speakers = {q["text"][:20]: (by_id[q["speaker"]]["name"] if q["speaker"] else None) for q in data["quotes"]}
    assert speakers["Russian Federation r"] is None
    assert speakers["I want you to know t"] == "Barack Obama"
    assert speakers["We have to let the V"] == "Barack Obama"
    assert speakers["mutual enemy"] == "Vladimir Putin" or speakers["mutual enemy"] == "Putin"
    dates = {(t["expression"], t["date"]) for t in data["timeline"]}
    assert {
        ("Tuesday", "2015-11-24"),
        ("Wednesday", "2015-11-25"),
        ("Thursday", "2015-11-26"),
        ("Sunday", "2015-11-29"),
        ("earlier this week", "2015-W48"),
        ("November 13", "2015-11-13"),
        ("September", "2015-09"),
    } <= dates


def test_brief_page_links_mentions_quotes_and_dates(seed_site):
    page = next((seed_site / "briefs").glob("*.html")).read_text()
    assert 'class="mention t-person" id="m-' in page and 'href="../entities/barack-obama.html"' in page
    assert 'class="quote' in page and 'href="../quotes.html#' in page
    assert '<time datetime="2015-11-24">Tuesday</time>' in page


def test_build_is_deterministic(tmp_path, seed_site):
    build(options(tmp_path))
    first = {p.relative_to(seed_site): p.read_bytes() for p in seed_site.rglob("*") if p.is_file()}
    second = {p.relative_to(tmp_path / "site"): p.read_bytes() for p in (tmp_path / "site").rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []


@pytest.mark.parametrize(
    "bad, expected",
    [
        ("---\ntitle: x\n---\nBody\n", "bad.md:1: front matter needs a 'date'"),
        ("---\ntitle: [x\ndate: 2015-11-24\n---\nBody\n", "bad.md:3: front matter is not valid YAML"),
        ("---\ntitle: x\ndate: yesterday\n---\nBody\n", "bad.md:3: date 'yesterday' is not a date"),
    ],
)
def test_bad_brief_fails_clearly_and_keeps_the_previous_site(tmp_path, small_content, capsys, bad, expected):
    out = tmp_path / "out"
    args = ["build", "--content", str(small_content), "--out", str(out), "--no-cache", "--quiet"]
    assert main(args) == 0
    before = tree(out)
    (small_content / "bad.md").write_text(bad)
    content_before = tree(small_content)
    assert main(args) == 1
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err
    assert tree(out) == before
    assert tree(small_content) == content_before


def test_keep_going_builds_the_rest_and_lists_problems(tmp_path, small_content, capsys):
    (small_content / "bad.md").write_text("no front matter")
    out = tmp_path / "out"
    assert (
        main(["build", "--content", str(small_content), "--out", str(out), "--no-cache", "--keep-going", "--quiet"])
        == 1
    )
    assert "bad.md:1: no front matter" in capsys.readouterr().err
    assert (out / "briefs/2020-01-02-one.html").exists()


def test_template_error_names_the_template_and_keeps_the_site(tmp_path, small_content, capsys):
    templates = tmp_path / "templates"
    import shutil

    shutil.copytree(ROOT / "templates", templates)
    out = tmp_path / "out"
    base = [
        "build",
        "--content",
        str(small_content),
        "--out",
        str(out),
        "--no-cache",
        "--quiet",
        "--templates",
        str(templates),
    ]
    assert main(base) == 0
    before = tree(out)
    (templates / "quotes.html").write_text("{% extends 'base.html' %}{% block main %}{{ oops( }}{% endblock %}")
    assert main(base) == 1
    assert "quotes.html:1: template error" in capsys.readouterr().err
    assert tree(out) == before


def test_refuses_to_replace_a_folder_it_did_not_build(tmp_path, small_content, capsys):
    out = tmp_path / "precious"
    out.mkdir()
    (out / "thesis.docx").write_text("years of work")
    assert main(["build", "--content", str(small_content), "--out", str(out), "--no-cache", "--quiet"]) == 1
    assert "did not build" in capsys.readouterr().err
    assert (out / "thesis.docx").read_text() == "years of work"


def test_hostile_content_is_escaped(tmp_path):
    content = tmp_path / "content"
    write_brief(
        content,
        "x.md",
        '<script>alert(1)</script> <img src=x onerror="alert(2)">\n\n'
        "[click](javascript:alert(3)) and “</script><script>alert(4)</script>” said John Smith.",
        title='Title "with" <b>tags</b> & </script>',
    )
    build(options(tmp_path, content=content))
    for page in (tmp_path / "site").rglob("*.html"):
        html = page.read_text()
        assert "<script>alert" not in html and "<img src=x" not in html and 'href="javascript' not in html
        assert "<b>tags</b>" not in html
    data = json.loads((tmp_path / "site/api/briefing.json").read_text())
    assert data["briefs"][0]["title"] == 'Title "with" <b>tags</b> & </script>'


def test_import_writes_a_brief_and_never_overwrites(tmp_path, capsys):
    content = tmp_path / "content"
    source = ROOT / "seeds" / "000_18c8feda4b92f015.txt"
    assert main(["import", str(source), "--date", "2015-11-24", "--content", str(content)]) == 0
    written = next(content.glob("*.md"))
    assert written.name.startswith("2015-11-24-france-us-agree")
    text = written.read_text()
    assert text.startswith(
        "---\ntitle: France, US agree to step up strikes on ISIS targets in Syria\ndate: 2015-11-24\n"
    )
    assert main(["import", str(source), "--date", "2015-11-24", "--content", str(content)]) == 1
    assert "exists already" in capsys.readouterr().err
    assert written.read_text() == text


@pytest.mark.parametrize("date", ["20310709", "2031-W28", "2031-07", "2031-02-30"])
def test_import_wants_a_day_written_yyyy_mm_dd(tmp_path, capsys, date):
    source = tmp_path / "article.txt"
    source.write_text("Harbour reopens\nThe harbour at Velmora reopened after the storm.\n")
    assert main(["import", str(source), "--date", date, "--content", str(tmp_path / "content")]) == 1
    assert capsys.readouterr().err == f"error: {source}: --date {date!r} is not a date — write it as YYYY-MM-DD\n"
    assert not (tmp_path / "content").exists()


def test_glossary_entry_curates_an_entity(tmp_path):
    content = tmp_path / "content"
    write_brief(content, "x.md", "The Islamic State claimed the attack. Daesh fighters fled. Paris mourned.")
    (content / "entities").mkdir()
    (content / "entities" / "islamic-state.md").write_text(
        "---\nname: Islamic State\ntype: ORG\naliases: [Daesh]\ndescription: A jihadist group.\n---\n"
        "Background *text*.\n"
    )
    (content / "entities" / "nobody.md").write_text("---\nname: Nobody Here\ntype: PERSON\n---\n")
    report = build(options(tmp_path, content=content))
    page = (tmp_path / "site/entities/islamic-state.html").read_text()
    assert "A jihadist group." in page and "<em>text</em>" in page
    assert [w.message for w in report.warnings] == ["glossary entry 'Nobody Here' matches no entity in any brief"]


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("build", "serve", "import", "check", "clean"):
        assert command in out


def test_timelinejs_export(seed_site):
    data = json.loads((seed_site / "api/timeline.json").read_text())
    events = {e["unique_id"]: e for e in data["events"]}
    api = json.loads((seed_site / "api/briefing.json").read_text())
    assert set(events) == {t["id"] for t in api["timeline"]}
    week = next(e for e in data["events"] if e["display_date"] == "2015-W48")
    assert week["start_date"] == {"year": 2015, "month": 11, "day": 23}  # the week's Monday
    assert all("headline" in e["text"] for e in data["events"])
