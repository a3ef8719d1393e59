"""The newsroom's front matter (bylines, section, tags, schedule, corrections) and author files:
read into the model, every mistake one message with file and line."""

import datetime as dt

import pytest
from conftest import write_brief

from briefing.errors import BuildError
from briefing.model import Correction
from briefing.read import read_brief, read_content
from briefing.read_newsroom import read_author

NEWSROOM = """authors: [Jane Roe, John Poe]
section: World
tags: [Northland, Air strikes]
updated: 2031-03-05
corrections:
  - {date: 2031-03-06, text: "An earlier version misnamed the bridge."}
  - {date: 2031-03-05, text: "An earlier version gave the wrong day."}
"""


def problem_of(path, reader=read_brief) -> str:
    with pytest.raises(BuildError) as info:
        reader(path)
    assert len(info.value.problems) == 1
    return str(info.value.problems[0])


def test_every_newsroom_field_is_read(tmp_path):
    brief = read_brief(write_brief(tmp_path, "x.md", "Body.", date="2031-03-04", extra=NEWSROOM))
    assert brief.authors == ["Jane Roe", "John Poe"]
    assert (brief.section, brief.tags, brief.draft) == ("World", ["Northland", "Air strikes"], False)
    assert brief.updated == dt.date(2031, 3, 5)
    assert brief.corrections == [  # oldest first, whatever the order written
        Correction(dt.date(2031, 3, 5), "An earlier version gave the wrong day."),
        Correction(dt.date(2031, 3, 6), "An earlier version misnamed the bridge."),
    ]
    assert brief.lines["corrections"] == 8


def test_a_brief_without_them_reads_as_before(tmp_path):
    brief = read_brief(write_brief(tmp_path, "x.md", "Body.", date="2031-03-04"))
    assert (brief.authors, brief.section, brief.tags, brief.draft, brief.updated, brief.corrections) == (
        [],
        None,
        [],
        False,
        None,
        [],
    )
    assert brief.published is None
    assert brief.goes_live == dt.datetime(2031, 3, 4, tzinfo=dt.UTC)


def test_one_author_as_text_and_names_with_one_slug_kept_once(tmp_path):
    extra = "authors: Jane Roe\ntags: [Middle East, middle-east, Harbour]\n"
    brief = read_brief(write_brief(tmp_path, "x.md", "Body.", extra=extra))
    assert brief.authors == ["Jane Roe"]
    assert brief.tags == ["Middle East", "Harbour"]


def test_a_date_with_time_and_zone(tmp_path):
    brief = read_brief(write_brief(tmp_path, "x.md", "Body.", date="2031-03-04T23:30:00-05:00"))
    assert brief.date == dt.date(2031, 3, 4)  # the day as written, not the day in UTC
    assert brief.published == dt.datetime(2031, 3, 4, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert brief.goes_live == dt.datetime(2031, 3, 5, 4, 30, tzinfo=dt.UTC)
    assert read_brief(write_brief(tmp_path, "z.md", "Body.", date="2031-03-04T09:30Z")).published == dt.datetime(
        2031, 3, 4, 9, 30, tzinfo=dt.UTC
    )


def test_the_annotation_fixes_are_not_the_readers_corrections(tmp_path):
    extra = "ignore: [Hope]\ncorrections: [{date: 2015-11-25, text: Fixed.}]\n"
    brief = read_brief(write_brief(tmp_path, "x.md", "Body.", extra=extra))
    assert brief.fixes.ignore == ["Hope"]
    assert brief.corrections == [Correction(dt.date(2015, 11, 25), "Fixed.")]


BAD = {
    "authors not names": ("authors: [Jane Roe, 7]\n", 4, "'authors' must be a list of names, not ['Jane Roe', 7]"),
    "authors a mapping": ("authors: {Jane: Roe}\n", 4, "'authors' must be a list of names, not {'Jane': 'Roe'}"),
    "tags not a list": ("tags: {a: b}\n", 4, "'tags' must be a list of names"),
    "section a list": ("section: [World, Europe]\n", 4, "'section' must be one name, not ['World', 'Europe']"),
    "draft not a boolean": ("draft: 'maybe'\n", 4, "'draft' must be true or false, not 'maybe'"),
    "updated before date": ("updated: 2015-11-20\n", 4, "'updated' 2015-11-20 is before the brief's date 2015-11-24"),
    "updated not a date": ("updated: soon\n", 4, "updated date 'soon' is not a date"),
    "correction without text": (
        "corrections:\n  - {date: 2015-11-25}\n",
        4,
        "a correction needs a 'date' and a 'text' and nothing else, not {'date': '2015-11-25'}",
    ),
    "correction without date": (
        "corrections: [{text: Fixed.}]\n",
        4,
        "a correction needs a 'date' and a 'text' and nothing else, not {'text': 'Fixed.'}",
    ),
    "correction with a bad date": (
        "corrections: [{date: 2015-13-01, text: Fixed.}]\n",
        4,
        "correction date '2015-13-01' is not a date",
    ),
    "correction text empty": ("corrections: [{date: 2015-11-25, text: ''}]\n", 4, "a correction's text must be"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_newsroom_front_matter_names_file_and_line(tmp_path, case):
    extra, line, message = BAD[case]
    text = problem_of(write_brief(tmp_path, "x.md", "Body.", extra=extra))
    assert f"x.md:{line}: {message}" in text
    assert " — " in text  # and says what to do


@pytest.mark.parametrize(
    ("date", "message"),
    [
        ("2031-03-04T09:30:00", "date '2031-03-04T09:30:00' has a time but no time zone — add the zone"),
        ("2031-03-04T25:00+01:00", "date '2031-03-04T25:00+01:00' is not a date and time"),
        ("2031-03-04T09", "date '2031-03-04T09' is not a date and time"),
    ],
)
def test_bad_date_times(tmp_path, date, message):
    assert f"x.md:3: {message}" in problem_of(write_brief(tmp_path, "x.md", "Body.", date=date))


def author_file(tmp_path, name: str, text: str):
    folder = tmp_path / "content" / "authors"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_author_file(tmp_path):
    path = author_file(
        tmp_path,
        "jane-roe.md",
        "---\nname: Jane A. Roe\nrole: Northland correspondent\nphoto: https://example.org/jane.jpg\n"
        "links: [{title: Web, url: 'https://example.org/jane'}]\n---\nJane covers *the north*.\n",
    )
    author = read_author(path)
    assert (author.slug, author.name, author.role, author.photo) == (
        "jane-roe",
        "Jane A. Roe",
        "Northland correspondent",
        "https://example.org/jane.jpg",
    )
    assert author.links == [{"title": "Web", "url": "https://example.org/jane"}]
    assert author.body == "Jane covers *the north*."


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("---\nname: Jo\nemail: jo@example.org\n---\n", 3, "unknown front matter key 'email'"),
        ("---\nphoto: ftp://x/jo.jpg\n---\n", 2, "photo 'ftp://x/jo.jpg' is neither a web address nor a file"),
        ("---\nlinks: [{url: 'javascript:x'}]\n---\n", 2, "link 'javascript:x' is not a web address"),
        ("---\nrole: [a, b]\n---\n", 2, "'role' must be one name"),
    ],
)
def test_bad_author_files(tmp_path, text, line, message):
    path = author_file(tmp_path, "jo.md", text)
    assert f"jo.md:{line}: {message}" in problem_of(path, read_author)


def test_read_content_reads_the_author_files_and_reports_all_problems_together(tmp_path):
    content = tmp_path / "content"
    write_brief(content, "x.md", "Body.", extra="authors: [Jane Roe]\n")
    author_file(tmp_path, "jane-roe.md", "---\nrole: Editor\n---\nBio.\n")
    briefs, _, authors, problems = read_content(content)
    assert [a.slug for a in authors] == ["jane-roe"] and problems == []
    author_file(tmp_path, "Jane-Roe.md", "---\nrole: Editor\n---\n")
    author_file(tmp_path, "zed.md", "---\nmood: happy\n---\n")
    write_brief(content, "y.md", "Body.", extra="draft: 1\n")
    with pytest.raises(BuildError) as info:
        read_content(content)
    assert [p.message.split(" ")[0:2] for p in info.value.problems] == [
        ["'draft'", "must"],
        ["author", "'jane-roe'"],
        ["unknown", "front"],
    ]
