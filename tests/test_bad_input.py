"""Every listed kind of bad input, end to end through the command line: exactly one message
naming the file and line, exit status 1, and the previous site and the content untouched."""

import pytest
from conftest import cli_site, refused, tree
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from briefing.annotate.nlp import resolve_model_name
from briefing.cli import main
from briefing.errors import BuildError

GOOD = "---\ntitle: Good\ndate: 2020-01-01\n---\nAngela Merkel spoke in Berlin on Tuesday.\n"

CASES = {
    "no front matter": (
        b"Just text\n",
        1,
        "no front matter — start the file with a '---' line, then 'title:' and 'date:', then '---'",
    ),
    "front matter not closed": (
        b"---\ntitle: x\ndate: 2015-11-24\nBody\n",
        1,
        "front matter is not closed — add a '---' line after the front matter",
    ),
    "YAML syntax error": (
        b"---\ntitle: [x\ndate: 2015-11-24\n---\nBody\n",
        3,
        "front matter is not valid YAML: expected ',' or ']', but got ':' — check the quoting and "
        "indentation on that line",
    ),
    "unknown key": (
        b"---\ntitle: x\ndate: 2015-11-24\nbyline: me\n---\nBody\n",
        4,
        "unknown front matter key 'byline' — use only: aliases, authors, corrections, date, dates, draft, ignore, "
        "image, section, source, speakers, summary, tags, title, updated",
    ),
    "mistyped newsroom key": (
        b"---\ntitle: x\ndate: 2015-11-24\nauthor: me\n---\nBody\n",
        4,
        "unknown front matter key 'author' — did you mean 'authors'?",
    ),
    "authors not a list of names": (
        b"---\ntitle: x\ndate: 2015-11-24\nauthors: [[Jane, Roe]]\n---\nBody\n",
        4,
        "'authors' must be a list of names, not [['Jane', 'Roe']] — write 'authors: [Jane Roe, John Poe]'",
    ),
    "draft not a boolean": (
        b"---\ntitle: x\ndate: 2015-11-24\ndraft: 'no'\n---\nBody\n",
        4,
        "'draft' must be true or false, not 'no' — write 'draft: true'",
    ),
    "correction with a bad date": (
        b"---\ntitle: x\ndate: 2015-11-24\ncorrections:\n  - {date: 2015-02-30, text: Fixed.}\n---\nBody\n",
        4,
        "correction date '2015-02-30' is not a date — write it as YYYY-MM-DD, e.g. 2015-11-25",
    ),
    "updated before the date": (
        b"---\ntitle: x\ndate: 2015-11-24\nupdated: 2015-11-23\n---\nBody\n",
        4,
        "'updated' 2015-11-23 is before the brief's date 2015-11-24 — an update comes after publication: "
        "fix either date",
    ),
    "mistyped key": (
        b"---\ntitel: x\ndate: 2015-11-24\n---\nBody\n",
        2,
        "unknown front matter key 'titel' — did you mean 'title'?",
    ),
    "missing title": (
        b"---\ndate: 2015-11-24\n---\nBody\n",
        1,
        "front matter needs a 'title' (text) — add a line like 'title: France and US step up strikes'",
    ),
    "title not text": (
        b"---\ntitle: [a, b]\ndate: 2015-11-24\n---\nBody\n",
        2,
        "'title' must be text, not list ['a', 'b'] — put it in quotes, like title: \"2015: the year in review\"",
    ),
    "missing date": (
        b"---\ntitle: x\n---\nBody\n",
        1,
        "front matter needs a 'date' — add the publication date as 'date: 2015-11-24'; relative dates "
        "are resolved against it",
    ),
    "date not a date": (
        b"---\ntitle: x\ndate: 2015-02-30\n---\nBody\n",
        3,
        "date '2015-02-30' is not a date — write it as YYYY-MM-DD, e.g. 2015-11-24",
    ),
    "date override not a calendar day": (
        b"---\ntitle: x\ndate: 2015-11-24\ndates:\n  - {expression: Monday, date: 2015-02-30}\n---\nBody\n",
        4,
        "date override '2015-02-30' is not an ISO value — use 2015-11-24, 2015-11, 2015-W48 or 2015",
    ),
    "empty body": (
        b"---\ntitle: x\ndate: 2015-11-24\n---\n\n   \n",
        5,
        "the brief has no text after its front matter — write the article body",
    ),
    "not UTF-8": (
        b"---\ntitle: x\ndate: 2015-11-24\n---\nfine\ncaf\xe9\n",
        6,
        "not UTF-8 text (byte 0xe9) — save the file as UTF-8",
    ),
    "5 MB brief": (
        b"---\ntitle: x\ndate: 2015-11-24\n---\n" + b"word " * 1_000_000,
        None,
        "file is 5,000,034 bytes, more than the 2,000,000 a brief may have — split it into several briefs",
    ),
    "binary file named .md": (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        3,
        "file is binary, not Markdown text — remove it from content/ or save it as UTF-8 text",
    ),
}


@pytest.fixture()
def built(tmp_path):
    return cli_site(tmp_path, GOOD)


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_gives_one_exact_message_and_changes_nothing(built, capsys, case):
    content, out, args = built
    data, line, message = CASES[case]
    bad = content / "bad.md"
    bad.write_bytes(data)
    where = f"{bad}:{line}" if line else f"{bad}"
    assert refused(args, content, out, capsys) == f"error: {where}: {message}\n"


def test_duplicate_ids(built, capsys):
    content, out, args = built
    (content / "Good.md").write_text(GOOD)
    before = tree(out)
    capsys.readouterr()
    assert main(args) == 1
    first, second = sorted([content / "Good.md", content / "good.md"])
    assert capsys.readouterr().err == (
        f"error: {second}:1: brief id 'good' is also the id of {first} — rename one of the two files\n"
    )
    assert tree(out) == before


def test_alias_claimed_by_two_glossary_entries(built, capsys):
    content, out, args = built
    entities = content / "entities"
    entities.mkdir()
    (entities / "a.md").write_text("---\nname: Angela Merkel\ntype: PERSON\n---\n")
    (entities / "b.md").write_text("---\nname: Merkel\ntype: PERSON\naliases: [Angela Merkel]\n---\n")
    capsys.readouterr()
    assert main(args) == 1
    assert capsys.readouterr().err == (
        f"error: {entities / 'b.md'}: alias 'Angela Merkel' is also claimed by "
        f"{entities / 'a.md'} — keep it in one of the two glossary entries\n"
    )


def test_author_file_with_an_unknown_key(built, capsys):
    content, out, args = built
    (content / "authors").mkdir()
    author = content / "authors" / "jane-roe.md"
    author.write_text("---\nname: Jane Roe\ntwitter: '@jroe'\n---\nBio.\n")
    before = tree(out)
    capsys.readouterr()
    assert main(args) == 1
    assert capsys.readouterr().err == (
        f"error: {author}:3: unknown front matter key 'twitter' — use only: links, name, photo, role\n"
    )
    assert tree(out) == before


def test_glossary_link_that_is_not_a_web_address(built, capsys):
    content, out, args = built
    (content / "entities").mkdir()
    entry = content / "entities" / "x.md"
    entry.write_text("---\nname: Angela Merkel\ntype: PERSON\nlinks: [{title: x, url: 'javascript:alert(1)'}]\n---\n")
    capsys.readouterr()
    assert main(args) == 1
    assert capsys.readouterr().err == (
        f"error: {entry}:4: link 'javascript:alert(1)' is not a web address — use an http(s):// or mailto: address\n"
    )


@pytest.mark.parametrize(
    "data",
    [
        "\ufeff---\ntitle: Good\ndate: 2020-01-01\n---\nAngela Merkel spoke in Berlin on Tuesday.\n".encode(),
        GOOD.replace("\n", "\r\n").encode(),
        ("\ufeff" + GOOD.replace("\n", "\r\n")).encode(),
    ],
    ids=["BOM", "CRLF", "BOM+CRLF"],
)
def test_bom_and_crlf_build_the_same_site(built, data):
    content, out, args = built
    expected = tree(out)
    (content / "good.md").write_bytes(data)
    assert main(args) == 0
    assert tree(out) == expected


def unsafe_markup(html: str) -> list[str]:
    """Scripts, event handlers and script URLs that are not the site's own."""
    from html.parser import HTMLParser

    found = []

    class Scan(HTMLParser):
        def handle_starttag(self, tag, attrs):
            attributes = dict(attrs)
            if tag == "script" and not (
                attributes.get("type") == "application/ld+json"
                or (attributes.get("src") or "").endswith("static/search.js")
                or (attributes.get("src") or "").endswith("static/filter.js")
            ):
                found.append(f"<script {attributes}>")
            for name, value in attrs:
                if name.startswith("on"):
                    found.append(f"{tag} {name}")
                if name in ("href", "src", "action") and (value or "").strip().lower().startswith(
                    ("javascript:", "data:", "vbscript:")
                ):
                    found.append(f"{tag} {name}={value}")

    Scan().feed(html)
    return found


# --- property: whatever arrives, a site or a clear message, never a traceback ----------------

text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
markdown_piece = st.one_of(
    text,
    st.sampled_from(
        [
            "# Heading",
            "> quoted",
            "- item",
            "**bold**",
            "[link](javascript:alert(1))",
            "<script>x",
            "</script>",
            "“Quote,” said Angela Merkel.",
            '"Hi," she said',
            "on Tuesday",
            "in 1990s",
            "```\ncode\n```",
            "| a | b |\n|---|---|\n| 1 | 2 |",
            "&amp; &#0; &#x110000;",
            "\x00",
            "\u202e\u200b",
            "Mr. Smith of the U.N. (UN)",
            "last week",
            "31 February 2020",
            "![A yard](yard.jpg)",
            "![](x.png)",
            '![a](https://example.org/a.png "t")',
            "![a](../../etc/passwd)",
        ]
    ),
)
front_value = st.one_of(
    text,
    st.sampled_from(["2015-11-24", "2015-02-30", "[1, 2]", "{a: b}", "''", "null", '"quoted: colon"', "|\n  block"]),
)


plain_title = st.text(st.characters(categories=("L", "Zs", "Nd")), min_size=1, max_size=40)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    title=st.one_of(plain_title, plain_title, plain_title, front_value),
    date=st.one_of(st.just("2015-11-24"), st.just("2020-02-29"), st.just("1999-12-31"), front_value),
    body=st.lists(markdown_piece, min_size=1, max_size=8),
    extra=st.sampled_from(
        [
            "",
            "source: wire\n",
            "summary: [x\n",
            "ignore: Merkel\n",
            "speakers: 3\n",
            "aliases: {Angela Merkel: [AM]}\n",
            "dates: [{expression: Tuesday, date: x}]\n",
            "authors: [Jane Roe, \u05d3\u05e0\u05d4 \u05dc\u05d5\u05d9]\n"
            "section: \U0001f525/\u0627\u0644\u0639\u0627\u0644\u0645\n",
            "tags: [a/b, ../x, '\U0001f30d', '']\n",
            "draft: true\n",
            "corrections: [{date: 2015-11-25}]\n",
            "updated: 1999-01-01\n",
            "image: {src: yard.jpg}\n",
            "image: {src: x.md, alt: A yard}\n",
        ]
    ),
)
def test_any_brief_builds_or_fails_clearly(tmp_path_factory, title, date, body, extra):
    tmp = tmp_path_factory.mktemp("prop")
    content = tmp / "content"
    content.mkdir()
    (content / "x.md").write_text(
        f"---\ntitle: {title}\ndate: {date}\n{extra}---\n\n" + "\n\n".join(body) + "\n",
        encoding="utf-8",
        errors="surrogatepass",
    )
    out = tmp / "out" / "site"
    import contextlib
    import io

    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        status = main(["build", "--content", str(content), "--out", str(out), "--quiet", "--jobs", "1", "--no-cache"])
    err = stderr.getvalue()
    assert "Traceback" not in err
    written = {p.relative_to(tmp).parts[0] for p in tmp.rglob("*")}
    assert written <= {"content", "out"}  # nothing outside the output folder
    if (tmp / "out").exists():
        assert {p.name for p in (tmp / "out").iterdir()} <= {"site", ".site.lock"}
    event("built" if status == 0 else "refused: " + err.split(": ", 2)[-1].split(" — ")[0][:50])
    if status == 0:
        assert (out / "index.html").exists() and (out / "api/briefing.json").exists()
        for page in out.rglob("*.html"):
            assert unsafe_markup(page.read_text(encoding="utf-8")) == [], page
    else:
        assert status == 1 and err.startswith("error: ")
        for line in err.strip().splitlines():
            assert line.startswith(f"error: {content / 'x.md'}")
            assert " — " in line  # every message says what to do


@pytest.mark.parametrize(
    ("setting", "extra", "message"),
    [
        ('titel = "Evening briefs"', [], "unknown setting [tool.briefing] 'titel' — "),
        ('model = "xx_no_such_model"', ["--force"], "the spaCy model xx_no_such_model is not installed — "),
        (
            'corrections_policy = "javascript:alert(1)"',
            [],
            "corrections_policy 'javascript:alert(1)' is not a web address or a path in the site — ",
        ),
        ("preview_in_memory_up_to = -1", [], "preview_in_memory_up_to must be 0 or more, not -1 — "),
        ("preview_in_memory_up_to = true", [], "preview_in_memory_up_to must be 0 or more, not True — "),
        ('preview_in_memory_up_to = "all"', [], "setting 'preview_in_memory_up_to' must be a whole number, not 'all'"),
    ],
)
def test_settings_problems_name_the_settings_file_given(built, tmp_path, capsys, setting, extra, message):
    content, out, args = built
    settings = tmp_path / "newsroom.toml"
    settings.write_text(f"[tool.briefing]\n{setting}\n")
    before = tree(out)
    capsys.readouterr()
    assert main([*args, "--config", str(settings), *extra]) == 1
    assert capsys.readouterr().err.startswith(f"error: {settings}: {message}")
    assert tree(out) == before


def test_a_missing_model_names_the_settings_file_that_chose_it(tmp_path):
    settings = tmp_path / "newsroom.toml"
    with pytest.raises(BuildError) as raised:
        resolve_model_name("xx_no_such_model", settings)
    assert str(raised.value).startswith(f"{settings}: the spaCy model xx_no_such_model is not installed — ")


def test_an_unknown_rule_to_switch_off_is_one_clear_error(built, capsys, monkeypatch):
    content, out, args = built
    monkeypatch.setenv("BRIEFING_DISABLE_RULES", "front_words, no_such_rule")
    before = tree(out)
    capsys.readouterr()
    assert main([*args, "--no-cache", "--force"]) == 1
    assert capsys.readouterr().err.startswith("error: BRIEFING_DISABLE_RULES: no rule 'no_such_rule' — use one of ")
    assert tree(out) == before
