"""Every kind of bad image, end to end through the command line: one message naming the brief's
file and the image's line, exit status 1, the previous site and the content untouched."""

from __future__ import annotations

import pytest
from conftest import cli_site, refused
from pictures import halves, png_header_only, save

from briefing.cli import main

GOOD = "---\ntitle: Good\ndate: 2020-01-01\n---\nThe council met in Lindham on Tuesday.\n"
PASSWORD_FILE_ESCAPE = "../../../../../../etc/passwd"
CASES = {
    "lead without alt": (
        "---\ntitle: x\ndate: 2020-01-01\nimage: {src: photo.jpg}\n---\nText.\n",
        4,
        "the image 'photo.jpg' has no alt text — say what the picture shows, for readers who cannot see it: "
        'alt: "Firefighters outside the depot"',
    ),
    "lead alt of spaces": (
        "---\ntitle: x\ndate: 2020-01-01\nsource: wire\nimage:\n  src: photo.jpg\n  alt: '   '\n---\nText.\n",
        5,
        "the image 'photo.jpg' has no alt text — say what the picture shows, for readers who cannot see it: "
        'alt: "Firefighters outside the depot"',
    ),
    "lead as a bare file name": (
        "---\ntitle: x\ndate: 2020-01-01\nimage: photo.jpg\n---\nText.\n",
        4,
        "'image' must be a mapping of src, alt, caption and credit — write image: {src: strike.jpg, "
        'alt: "What the picture shows", caption: "…", credit: "…"}',
    ),
    "Markdown image without alt": (
        "---\ntitle: x\ndate: 2020-01-01\n---\nText.\n\n![](photo.jpg)\n",
        7,
        "the image 'photo.jpg' has no alt text — say what the picture shows between the brackets: "
        "![Firefighters outside the depot](depot.jpg)",
    ),
    "Markdown alt of spaces": (
        "---\ntitle: x\ndate: 2020-01-01\n---\nText.\n\n![   ](photo.jpg)\n",
        7,
        "the image 'photo.jpg' has no alt text — say what the picture shows between the brackets: "
        "![Firefighters outside the depot](depot.jpg)",
    ),
    "image in running text": (
        "---\ntitle: x\ndate: 2020-01-01\n---\nText.\nMore text\n![A yard](photo.jpg)\n",
        7,
        "the image 'photo.jpg' shares its line or paragraph with other text — put it in a paragraph of its own, "
        "with a blank line before and after: it becomes a figure",
    ),
    "missing file": (
        "---\ntitle: x\ndate: 2020-01-01\n---\nText.\n\n![A yard](photos/yard.jpg)\n",
        7,
        "no image file 'photos/yard.jpg' (looked for content/photos/yard.jpg) — check the name, or put the "
        "picture beside the brief",
    ),
    "text file named .jpg": (
        "---\ntitle: x\ndate: 2020-01-01\n---\nText.\n\n![A yard](notes.jpg)\n",
        7,
        "the image 'notes.jpg' is not an image file Briefing can read — use a JPEG, PNG or WebP image",
    ),
    "GIF": (
        "---\ntitle: x\ndate: 2020-01-01\n---\nText.\n\n![A yard](yard.gif)\n",
        7,
        "the image 'yard.gif' is a GIF file — convert it to JPEG, PNG or WebP",
    ),
    "cut-short JPEG": (
        "---\ntitle: x\ndate: 2020-01-01\n---\nText.\n\n![A yard](cut.jpg)\n",
        7,
        "the image 'cut.jpg' is damaged or cut short (image file is truncated",
    ),
    "decompression bomb": (
        "---\ntitle: x\ndate: 2020-01-01\nimage: {src: bomb.png, alt: A field}\n---\nText.\n",
        4,
        "the image 'bomb.png' has more pixels than the 50 megapixels an image may have — resize it to at most "
        "50 megapixels (e.g. 8000×6000) before adding it",
    ),
    "60 megapixels": (
        "---\ntitle: x\ndate: 2020-01-01\n---\nText.\n\n![A field](wide.png)\n",
        7,
        "the image 'wide.png' is 10000×6000 pixels (60.0 megapixels), more than the 50 megapixels an image may "
        "have — resize it to at most 50 megapixels (e.g. 8000×6000) before adding it",
    ),
    "path out of content/": (
        f"---\ntitle: x\ndate: 2020-01-01\nimage: {{src: {PASSWORD_FILE_ESCAPE}, alt: A file}}\n---\nText.\n",
        4,
        f"the image '{PASSWORD_FILE_ESCAPE}' is outside the content folder — put the picture in content/ and give "
        "its path relative to the brief, e.g. strike.jpg",
    ),
    "absolute path": (
        "---\ntitle: x\ndate: 2020-01-01\n---\nText.\n\n![A file](/etc/passwd)\n",
        7,
        "the image '/etc/passwd' is outside the content folder — put the picture in content/ and give its path "
        "relative to the brief, e.g. strike.jpg",
    ),
    "web address": (
        "---\ntitle: x\ndate: 2020-01-01\n---\nText.\n\n![A yard](https://example.org/yard.jpg)\n",
        7,
        "the image 'https://example.org/yard.jpg' is not a file in the content folder (remote images are not "
        "fetched) — save the picture into content/ and give its path relative to the brief, e.g. strike.jpg",
    ),
}


@pytest.fixture()
def built(tmp_path):
    content, out, args = cli_site(tmp_path, GOOD, "--cache-dir", str(tmp_path / "cache"))
    (content / "notes.jpg").write_text("Remember to ask the council about the depot.\n")
    save(halves((40, 30)), content / "yard.gif", "GIF")
    (content / "cut.jpg").write_bytes(save(halves((400, 300)), tmp_path / "whole.jpg", "JPEG").read_bytes()[:900])
    (content / "bomb.png").write_bytes(png_header_only(100_000, 100_000))
    (content / "wide.png").write_bytes(png_header_only(10_000, 6_000))
    return content, out, args


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_bad_image_is_one_message_naming_the_brief_and_line(built, capsys, case):
    content, out, args = built
    text, line, message = CASES[case]
    (content / "bad.md").write_text(text)
    err = refused(args, content, out, capsys)
    assert err.startswith(f"error: {content / 'bad.md'}:{line}: {message}") and err.count("\n") == 1, err
    assert "Traceback" not in err


def test_an_unreadable_image_names_the_brief_and_line(built, capsys, monkeypatch):
    content, out, args = built
    save(halves((40, 30)), content / "locked.png", "PNG")
    bad = content / "bad.md"
    bad.write_text("---\ntitle: x\ndate: 2020-01-01\n---\nText.\n\n![A yard](locked.png)\n")
    real_open = open

    def refusing(path, *rest, **named):  # the tests run as root, whom file permissions do not stop
        if str(path).endswith("locked.png"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *rest, **named)

    monkeypatch.setattr("builtins.open", refusing)
    assert refused(args, content, out, capsys) == (
        f"error: {bad}:7: the image 'locked.png' cannot be read (Permission denied) — check its permissions\n"
    )


def test_keep_going_leaves_out_the_brief_with_a_bad_image(built, capsys):
    content, out, args = built
    (content / "bad.md").write_text("---\ntitle: x\ndate: 2020-01-01\n---\nText.\n\n![A yard](notes.jpg)\n")
    capsys.readouterr()
    assert main([*args, "--keep-going"]) == 1
    assert f"{content / 'bad.md'}:7: the image 'notes.jpg' is not an image file" in capsys.readouterr().err
    assert (out / "briefs" / "good.html").is_file() and not (out / "briefs" / "bad.html").exists()


def test_an_author_photo_that_is_not_an_image_names_the_author_file_and_line(built, capsys):
    content, out, args = built
    (content / "bad.md").write_text("---\ntitle: x\ndate: 2020-01-01\nauthors: Jo Pike\n---\nText.\n")
    entry = content / "authors" / "jo-pike.md"
    entry.parent.mkdir()
    entry.write_text("---\nname: Jo Pike\nphoto: ../notes.jpg\n---\nJo writes.\n")
    err = refused(args, content, out, capsys)
    assert err.startswith(f"error: {entry}:3: the image '../notes.jpg' ") and err.count("\n") == 1, err
