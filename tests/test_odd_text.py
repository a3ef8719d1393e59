"""Odd text never crashes the annotation (issue 17, "Bad input"): the real model and every rule,
on paragraphs a newsroom can paste by accident. Each must give an annotation whose offsets all
lie inside the text and whose quotes, mentions and dates are what the text holds."""

from __future__ import annotations

import pytest
import spacy

from briefing.parse import parse

NLP_VOCAB = spacy.blank("en").vocab

LONG_SENTENCE = " ".join(
    f"Jane Roe of Acme Corp told {word} officials in Eastport on Monday that “the plan works”"
    for word in ("state", "city", "federal", "county") * 130
)  # about 5,000 words and no full stop

ODD_TEXTS = {
    "empty paragraphs": "First line.\n\n\n\n\u00a0\n\n\u200b\n\nLast line.",
    "a 5,000-word sentence": LONG_SENTENCE,
    "only punctuation": "!!! ??? ... “ ” ‘ ’ \" ' — – - (( )) [[ ]] ;;; ,,, ::",
    "mixed scripts": "Путин said “Мы готовы” in 北京 on Tuesday, and Jane Roe replied «نعم» in Eastport.",
    "direction marks": "\u202eJane Roe\u202c said \u200f“we stay”\u200e on Monday.",
    "a quote never closed": "“It opens here, she said.\n\n“And it goes on.\n\nAnd then it stops without a mark.",
    "marks alone": '“”\n\n“ ”\n\n""',
    "capitals only": "THE MINISTER SAID ON MONDAY THAT ACME CORP WILL CLOSE ITS EASTPORT PLANT.",
    "one name a thousand times": "Jane Roe. " * 1000,
    "300 quotes, no full stop": " ".join(f'"word {i}" he said' for i in range(300)),
    "300 dates, no full stop": " ".join(f"on Monday {i % 28 + 1} March 2015 and last week" for i in range(100)),
}


@pytest.mark.parametrize("text", ODD_TEXTS.values(), ids=ODD_TEXTS.keys())
def test_odd_text_is_annotated_without_a_crash(annotate, text):
    annotation, _ = annotate(text)
    document = parse(text)
    length = len(document.text)
    assert all(0 <= m.start < m.end <= length for m in annotation.mentions)
    assert all(0 <= q.start < q.end <= length for q in annotation.quotes)
    assert all(q.speaker is None or 0 <= q.speaker < len(annotation.entities) for q in annotation.quotes)
    assert all(0 <= t.start < t.end <= length for t in annotation.timexes)


def test_the_long_sentence_still_yields_its_names_quotes_and_dates(annotate):
    annotation, _ = annotate(LONG_SENTENCE)
    names = {e.name for e in annotation.entities}
    assert "Jane Roe" in names
    assert len(annotation.quotes) > 100  # each “the plan works” is found
    assert any(t.value for t in annotation.timexes)


def test_rules_read_a_bounded_part_of_a_run_on_sentence():
    """Per quote and per date, the rules read at most `NEAR` tokens each side, so a paragraph of
    thousands of words and no full stop costs time in proportion to its length, not its square;
    a sentence of news is read whole."""
    from spacy.tokens import Doc

    from briefing.annotate.attribution import window
    from briefing.annotate.tree import NEAR, near

    words = ["word"] * 3000
    doc = Doc(NLP_VOCAB, words=words, sent_starts=[True] + [False] * 2999)
    sentence = doc[0:3000]
    assert len(near(sentence, 1500, 1504)) == 2 * NEAR + 5
    assert near(doc[10:60], 30, 31) == doc[10:60]
    assert len(window(doc, doc[1500], doc[1504])) == 2 * NEAR + 5
    short = Doc(NLP_VOCAB, words=words[:40], sent_starts=[True] + [False] * 39)
    assert len(window(short, short[20], short[22])) == 40
    # a sentence of news that introduces the quote with a colon is read whole, though its
    # first word is more than NEAR tokens from the quote
    two = Doc(
        NLP_VOCAB, words=["w"] * 69 + [":"] + ["w"] * 60, sent_starts=[True] + [False] * 69 + [True] + [False] * 59
    )
    assert len(window(two, two[110], two[112])) == 130


def test_subtrees_of_a_run_on_sentence_are_tested_by_ancestry_with_the_same_answer():
    from spacy.tokens import Doc

    from briefing.annotate.annotator import _subtree_within
    from briefing.annotate.attribution import governs_quote

    # a chain: each word the head of the next, so the first word's subtree is the whole sentence
    doc = Doc(NLP_VOCAB, words=["w"] * 1000, heads=[0] + list(range(999)), deps=["ROOT"] + ["dep"] * 999)
    around = doc[400:601]
    assert _subtree_within(doc[0], around) == list(range(400, 601))  # tested by ancestry
    assert _subtree_within(doc[550], around) == list(range(550, 601))
    assert _subtree_within(doc[700], around) == []
    assert governs_quote(doc[0], doc[500], doc[502])
    assert not governs_quote(doc[600], doc[500], doc[502])
