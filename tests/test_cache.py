"""The annotation cache key: every input that changes an annotation changes the key."""

import datetime as dt

from briefing.cache import annotation_key
from briefing.model import Brief
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
