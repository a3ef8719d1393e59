"""The annotation cache key: every input that changes an annotation changes the key."""

import datetime as dt
from dataclasses import replace
from pathlib import Path

from briefing.cache import annotation_key
from briefing.model import AnnotationFixes, Brief, Correction
from briefing.parse import parse


def key_of(markdown: str) -> str:
    brief = Brief(id="x", path="content/x.md", title="x", date=dt.date(2020, 5, 4), body=markdown, body_line=4)
    return annotation_key(brief, parse(markdown, False), "model", "1", "code", "aliases")


def test_a_paragraph_made_a_heading_is_annotated_again():
    # Same text, other blocks: a heading holds no quotes, so a cached paragraph's quote would be stale.
    paragraph, heading = "“We will win,” said Jane Roe.\n", "# “We will win,” said Jane Roe.\n"
    assert parse(paragraph, False).text == parse(heading, False).text
    assert key_of(paragraph) != key_of(heading)


def test_the_same_brief_has_the_same_key():
    assert key_of("Jane Roe spoke.\n") == key_of("Jane Roe spoke.\n")


def test_the_newsroom_front_matter_does_not_change_the_key_and_the_fixes_do():
    """Bylines, tags, corrections shown to readers and the schedule decide no annotation: adding
    them must not annotate a brief again. The annotation fixes (aliases, ignore…) do."""
    markdown = "Jane Roe spoke.\n"
    plain = Brief(id="x", path="content/x.md", title="x", date=dt.date(2020, 5, 4), body=markdown, body_line=4)
    dressed = replace(
        plain,
        authors=["Ann Lee"],
        section="World",
        tags=["Northland"],
        draft=True,
        updated=dt.date(2020, 5, 6),
        corrections=[Correction(dt.date(2020, 5, 6), "Fixed.")],
        published=dt.datetime(2020, 5, 4, 9, 30, tzinfo=dt.UTC),
    )
    fixed = replace(plain, fixes=AnnotationFixes(ignore=["Jane"]))
    document = parse(markdown, False)
    keys = [annotation_key(b, document, "model", "1", "code", "aliases") for b in (plain, dressed, fixed)]
    assert keys[0] == keys[1] != keys[2]
    # the key the code before the newsroom fields gave this brief (at a657faf): caches stay warm
    assert keys[0] == "0ee163a6001d68dc5205ab0dee997a215c13daee19074b8e8aa68534efd2d352"


def test_cached_annotations_follow_the_types_they_are_made_of_not_the_sites_model(monkeypatch, tmp_path):
    from briefing import model
    from briefing.annotate import _code_version

    before, source = _code_version(), Path(model.__file__).read_text(encoding="utf-8")

    def edited(kind):
        """model.py with a line added inside the class `kind`."""
        copy = tmp_path / f"model_{kind.__name__}.py"
        copy.write_text(source.replace(f"\nclass {kind.__name__}:\n", f"\nclass {kind.__name__}:\n    # edited\n", 1))
        return str(copy)

    monkeypatch.setattr(model, "__file__", edited(model.Entity))  # the site's model: pages, not annotations
    assert _code_version() == before
    monkeypatch.setattr(model, "__file__", edited(model.Timex))
    assert _code_version() != before


def test_cached_annotations_follow_the_annotation_code_not_how_the_work_is_shared_out(monkeypatch, tmp_path):
    """Annotating on more processes or on a cluster (parallel.py, cluster.py) gives the same
    annotations: a change there keeps an archive's cache; a change to a rule does not."""
    import shutil

    import briefing.annotate
    from briefing.annotate import _code_version

    package = Path(briefing.annotate.__file__).parent
    copy = tmp_path / "briefing"
    shutil.copytree(package, copy / "annotate", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(package.parent / "data", copy / "data")
    shutil.copy(package.parent / "gazetteer.py", copy / "gazetteer.py")  # the place cue reads its table
    monkeypatch.setattr(briefing.annotate, "__file__", str(copy / "annotate" / "__init__.py"))
    before = _code_version()
    for plumbing in ("parallel.py", "cluster.py"):
        with (copy / "annotate" / plumbing).open("a") as file:
            file.write("\n# how the work is shared out changed\n")
    assert _code_version() == before
    with (copy / "gazetteer.py").open("a") as file:
        file.write("\n# the places' table changed\n")
    assert _code_version() != before
    before = _code_version()
    with (copy / "annotate" / "quotes.py").open("a") as file:
        file.write("\n# a rule changed\n")
    assert _code_version() != before
