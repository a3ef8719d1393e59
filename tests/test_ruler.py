"""The attribute ruler's indexed match step gives exactly the matches of spaCy's Matcher."""

from __future__ import annotations

import spacy
from conftest import ROOT
from spacy.pipeline import AttributeRuler

from briefing.annotate.ruler import IndexedMatch

TRICKY = (
    "I said you'd come, but it wasn't there. Let's go: we're gonna win, y'all, ain't we? "
    "C'mon!  There is   a dog.\n\n  Whether or not he got ta leave, she gave it to me and you.\n"
    "But I do. Did he? He did his best; hers wasn't, and nothin' changed. Its end is near."
)


def _before_the_ruler(nlp, text: str):
    with nlp.select_pipes(enable=[name for name in nlp.pipe_names if name in ("tok2vec", "tagger", "parser")]):
        return nlp(text)


def _token_attributes(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_the_english_model_gives_the_same_matches_and_attributes(annotator):
    nlp = annotator.nlp
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match, IndexedMatch)
    assert len(ruler.match.others) == 0, "every pattern of the English model should be answered without the Matcher"
    texts = [TRICKY, (ROOT / "seeds" / "000_18c8feda4b92f015.txt").read_text(encoding="utf-8")]
    texts += [path.read_text(encoding="utf-8") for path in sorted((ROOT / "content").glob("*.md"))]
    compared = 0
    for text in texts:
        doc = _before_the_ruler(nlp, text)
        assert ruler.match(doc) == AttributeRuler.match(ruler, doc)
        by_spacy, by_us = doc.copy(), doc.copy()
        AttributeRuler.set_annotations(ruler, by_spacy, AttributeRuler.match(ruler, by_spacy))
        ruler(by_us)
        assert _token_attributes(by_us) == _token_attributes(by_spacy)
        compared += len(doc)
    assert compared > 1000


def test_patterns_it_cannot_index_still_go_through_the_matcher():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "new"}, {"LOWER": "york"}]], {"TAG": "NNP"}, index=1)
    ruler.add([[{"LOWER": {"IN": ["cats", "dogs"]}}]], {"TAG": "NNS"})
    ruler.add([[{"IS_SPACE": True}]], {"TAG": "_SP"})
    ruler.add([[{"LOWER": {"REGEX": "^[0-9]+$"}}]], {"TAG": "CD"})
    ruler.add([[{"LOWER": {"NOT_IN": ["the", "a"]}, "IS_PUNCT": False}]], {"LEMMA": "word"})  # IS_PUNCT: not indexed
    ruler.add([[{"LENGTH": 3}]], {"LEMMA": "three"})
    ruler.add([[{"LOWER": "very", "OP": "+"}, {"LOWER": "big"}]], {"TAG": "JJ"}, index=-1)
    indexed = IndexedMatch(ruler)
    assert len(indexed.others) == 3 and len(indexed.scanned) == 2 and indexed.tables
    for text in ("New York has cats and dogs.", "very very big  42 dogs in New york", "the a an, 7 new York!"):
        doc = nlp.make_doc(text)
        assert indexed(doc) == AttributeRuler.match(ruler, doc)
        assert indexed(doc), "the example should match something"
