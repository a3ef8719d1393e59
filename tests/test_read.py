"""Stage 1: every way a content file can be wrong gets one message with file and line."""

import pytest
from conftest import write_brief

from briefing.errors import BuildError
from briefing.read import read_brief, read_content, read_entry


def message(path) -> str:
    with pytest.raises(BuildError) as info:
        read_brief(path)
    assert len(info.value.problems) == 1
    return str(info.value.problems[0])


def test_reads_front_matter_and_body(tmp_path):
    path = write_brief(tmp_path, "2015-11-24-x.md", "Body text.", title="Hello", extra="source: wire\n")
    brief = read_brief(path)
    assert (brief.id, brief.title, brief.date.isoformat(), brief.source) == (
        "2015-11-24-x",
        "Hello",
        "2015-11-24",
        "wire",
    )
    assert brief.body.strip() == "Body text."
    assert brief.body_line == 6


def test_bom_and_crlf_build_like_plain_utf8(tmp_path):
    path = tmp_path / "x.md"
    path.write_bytes("\ufeff---\r\ntitle: T\r\ndate: 2015-11-24\r\n---\r\nBody \u00e9.\r\n".encode("utf-8"))
    brief = read_brief(path)
    assert brief.title == "T" and brief.body.strip() == "Body \u00e9."


def test_no_front_matter(tmp_path):
    path = tmp_path / "x.md"
    path.write_text("Just text\n")
    assert message(path).endswith(
        "x.md:1: no front matter — start the file with a '---' line, then 'title:' and 'date:', then '---'"
    )


def test_yaml_error_names_the_line(tmp_path):
    path = tmp_path / "x.md"
    path.write_text("---\ntitle: ok\ndate: 2015-11-24\nbad: [unclosed\n---\nBody\n")
    text = message(path)
    assert "x.md:5: front matter is not valid YAML" in text or "x.md:4: front matter is not valid YAML" in text


def test_unknown_key_suggests_the_right_one(tmp_path):
    path = write_brief(tmp_path, "x.md", "Body", extra="titel: oops\n")
    assert message(path).endswith("x.md:4: unknown front matter key 'titel' — did you mean 'title'?")


def test_missing_title(tmp_path):
    path = tmp_path / "x.md"
    path.write_text("---\ndate: 2015-11-24\n---\nBody\n")
    assert "x.md:1: front matter needs a 'title'" in message(path)


def test_invalid_date(tmp_path):
    path = write_brief(tmp_path, "x.md", "Body", date="2015-02-30")
    assert message(path).endswith("x.md:3: date '2015-02-30' is not a date — write it as YYYY-MM-DD, e.g. 2015-11-24")


def test_not_utf8_names_the_line(tmp_path):
    path = tmp_path / "x.md"
    path.write_bytes(b"---\ntitle: T\ndate: 2015-11-24\n---\nfine\ncaf\xe9\n")
    assert message(path).endswith("x.md:6: not UTF-8 text (byte 0xe9) — save the file as UTF-8")


def test_binary_file(tmp_path):
    path = tmp_path / "x.md"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert "file is binary" in message(path)


def test_empty_body(tmp_path):
    path = write_brief(tmp_path, "x.md", "   ")
    assert "the brief has no text after its front matter" in message(path)


def test_huge_file(tmp_path):
    path = write_brief(tmp_path, "x.md", "word " * 1_100_000)
    assert "more than the 2,000,000 a brief may have" in message(path)


def test_all_problems_of_a_folder_are_reported_together(tmp_path):
    write_brief(tmp_path, "a.md", "Body", date="soon")
    (tmp_path / "b.md").write_text("no front matter")
    with pytest.raises(BuildError) as info:
        read_content(tmp_path)
    assert [p.path.split("/")[-1] for p in info.value.problems] == ["a.md", "b.md"]


def test_keep_going_returns_the_good_briefs(tmp_path):
    write_brief(tmp_path, "a.md", "Body")
    (tmp_path / "b.md").write_text("no front matter")
    briefs, _, _, problems = read_content(tmp_path, keep_going=True)
    assert [b.id for b in briefs] == ["a"] and len(problems) == 1


def test_glossary_entry_with_bad_type(tmp_path):
    path = tmp_path / "isis.md"
    path.write_text("---\nname: Islamic State\ntype: GROUP\n---\nText\n")
    with pytest.raises(BuildError) as info:
        read_entry(path)
    assert "isis.md:3: type 'GROUP' is not an entity type" in str(info.value)


def test_glossary_entry_reads_aliases_and_body(tmp_path):
    path = tmp_path / "isis.md"
    path.write_text(
        "---\nname: Islamic State\ntype: ORG\naliases: [Daesh, IS]\ndescription: A group.\n---\nBackground.\n"
    )
    entry = read_entry(path)
    assert (entry.name, entry.type, entry.aliases, entry.body) == (
        "Islamic State",
        "ORG",
        ["Daesh", "IS"],
        "Background.",
    )
