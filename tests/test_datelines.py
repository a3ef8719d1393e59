"""A wire story's dateline ends where its first sentence begins (invented datelines)."""

import pytest
import spacy

from briefing.annotate.datelines import dateline_end
from briefing.parse import parse

NLP = spacy.blank("en")


@pytest.mark.parametrize(
    ("text", "first_word"),
    [
        ("EASTPORT (Wire) - Acme Bank cut jobs.", "Acme"),
        ("EASTPORT, Northland, June 3 (Wire) - Acme Bank cut jobs.", "Acme"),
        ("NORTH VALE, NV -- Acme Bank cut jobs.", "Acme"),
        ("EASTPORT \u2014 Acme Bank cut jobs.", "Acme"),
        ("EASTPORT: Acme Bank cut jobs.", "Acme"),
        ("EASTPORT 1996-08-30 Acme Bank cut jobs.", "Acme"),
        ("EASTPORT 3 June 2010 Acme Bank cut jobs.", "Acme"),
    ],
)
def test_a_dateline_ends_before_the_first_sentence(text, first_word):
    doc = NLP(text)
    end = dateline_end(doc, 0)
    assert end is not None and doc[end].text == first_word


@pytest.mark.parametrize(
    "text",
    [
        "NATO said on Monday it would send troops.",  # an acronym that begins a sentence
        "US President Jo Bloggs - the leader - said so.",  # words after the capitals are no region
        "UN 2030 Agenda was adopted.",  # a number that is no date
        "Acme Bank - the lender - cut jobs.",  # no capitals at all
        "BHP-Vexo Chief Executive Jo Bloggs said so.",  # a hyphen inside a name
        "US-Eastland trade talks resumed.",
    ],
)
def test_no_dateline(text):
    assert dateline_end(NLP(text), 0) is None


def test_a_dateline_is_a_sentence_of_its_own(annotate):
    markdown = "EASTPORT (Wire) - Acme Bank said on Monday it would cut 300 jobs."
    annotation, _ = annotate(markdown)
    text = parse(markdown).text
    assert [text[start:end].strip() for start, end in annotation.sentences] == [
        "EASTPORT (Wire) -",
        "Acme Bank said on Monday it would cut 300 jobs.",
    ]
