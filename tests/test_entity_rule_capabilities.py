"""Issue 17's general capabilities of the entity layer, each rule on invented sentences as a
hand-built `Doc` (helpers from test_entity_rules.py): name boundaries, nested names, buildings
as places, post-nominal letters, and merges within a brief. Each test fails with its rule off."""

from __future__ import annotations

import pytest
from test_entity_rules import cut, entities, make_doc, mentions_of

from briefing.annotate.aliases import build_alias_table


@pytest.fixture(scope="module")
def index():
    return build_alias_table(None, []).index


def test_name_through_connector():
    parse = [(2, "det"), (2, "compound"), (7, "nsubj"), (2, "prep"), (6, "det"), (6, "compound"), (3, "pobj")]
    doc = make_doc(
        "The Federal Agency for the Financial Markets said",
        {"Federal Agency": "ORG"},
        {"said": "VERB"},
        [*parse, (7, "ROOT")],
    )
    assert cut(doc) == (1, 7, False)
    assert cut(doc, off="name_through_connector") == (1, 3, False)
    # a preposition of the verb, not of the name, is no part of it
    parse = [(1, "nsubj"), (1, "ROOT"), (1, "prep"), (2, "pobj")]
    doc = make_doc("Acme voted for Labour", {"Acme": "ORG"}, {"voted": "VERB", "for": "ADP"}, parse)
    assert cut(doc) == (0, 1, False)


def test_compound_after_place():
    parse = [(1, "nsubj"), (1, "ROOT"), (1, "prep"), (4, "compound"), (2, "pobj"), (1, "npadvmod")]
    doc = make_doc("They landed at Eastport Kingsmead today", {"Eastport": "GPE"}, {"landed": "VERB"}, parse)
    assert cut(doc) == (3, 5, False)
    assert cut(doc, off="compound_after_place") == (3, 4, False)
    # a role after a place is no name
    parse = [(4, "compound"), (2, "amod"), (4, "compound"), (4, "compound"), (5, "nsubj"), (5, "ROOT")]
    doc = make_doc("Eastland Foreign Minister Jo Bloggs said", {"Eastland": "GPE"}, {"said": "VERB"}, parse)
    assert cut(doc) == (0, 1, False)


def test_cue_building_visited(index):
    pos = {"spoke": "VERB", "said": "VERB", "from": "ADP"}
    parse = [(1, "det"), (2, "nsubj"), (2, "ROOT"), (2, "prep"), (6, "det"), (6, "compound"), (3, "pobj")]
    doc = make_doc("The minister spoke from the Eastfield Museum", {"Eastfield Museum": "ORG"}, pos, parse)
    assert entities(index, doc) == {"Eastfield Museum": "LOC"}
    assert entities(index, doc, off="cue_building_visited") == {"Eastfield Museum": "ORG"}
    # the museum acting is the organisation
    parse = [(2, "det"), (2, "compound"), (3, "nsubj"), (3, "ROOT")]
    doc = make_doc("The Eastfield Museum said", {"Eastfield Museum": "ORG"}, pos, parse)
    assert entities(index, doc) == {"Eastfield Museum": "ORG"}
    # an institution's building is the institution wherever the text puts it
    parse = [(1, "det"), (2, "nsubj"), (2, "ROOT"), (2, "prep"), (7, "det"), (7, "compound"), (7, "compound")]
    doc = make_doc(
        "The minister spoke from the Eastfield Medical Centre",
        {"Eastfield Medical Centre": "ORG"},
        pos,
        [*parse, (3, "pobj")],
    )
    assert entities(index, doc) == {"Eastfield Medical Centre": "ORG"}
    doc = make_doc(
        "The minister spoke from the Eastfield College Theatre",
        {"Eastfield College Theatre": "ORG"},
        pos,
        [*parse, (3, "pobj")],
    )
    assert entities(index, doc) == {"Eastfield College Theatre": "LOC"}  # a venue, whoever runs it


def test_cue_site_of_an_owner(index):
    """ "at its Kellow refinery": a name before a site someone owns says where it is."""
    pos = {"cut": "VERB", "at": "ADP", "its": "PRON", "the": "DET"}
    parse = [(1, "nsubj"), (1, "ROOT"), (1, "dobj"), (1, "prep"), (6, "poss"), (6, "compound"), (3, "pobj")]
    doc = make_doc("Torvane cut jobs at its Kellow refinery", {"Torvane": "ORG", "Kellow": "ORG"}, pos, parse)
    assert entities(index, doc) == {"Torvane": "ORG", "Kellow": "GPE"}
    assert entities(index, doc, off="cue_site_of_an_owner") == {"Torvane": "ORG", "Kellow": "ORG"}
    owned = [(1, "nsubj"), (1, "ROOT"), (1, "dobj"), (1, "prep"), (5, "det"), (8, "poss"), (5, "case")]
    owned += [(8, "compound"), (3, "pobj")]
    for owner, kellow in (("company", "GPE"), ("city", "ORG")):  # a place's site: Kellow may run it
        doc = make_doc(
            f"Torvane cut jobs at the {owner}'s Kellow refinery", {"Torvane": "ORG", "Kellow": "ORG"}, pos, owned
        )
        assert entities(index, doc) == {"Torvane": "ORG", "Kellow": kellow}, owner
    parse[4] = (6, "det")  # "the Kellow refinery" may be the maker's or the owner's: as voted
    doc = make_doc("Torvane cut jobs at the Kellow refinery", {"Torvane": "ORG", "Kellow": "ORG"}, pos, parse)
    assert entities(index, doc) == {"Torvane": "ORG", "Kellow": "ORG"}


def test_names_after_plural(index):
    doc = make_doc("the carmakers Acme and Vexo Motors said", {"Acme and Vexo Motors": "ORG"}, {"said": "VERB"})
    doc[1].tag_ = "NNS"
    assert entities(index, doc) == {"Acme": "ORG", "Vexo Motors": "ORG"}
    assert entities(index, doc, off="names_after_plural") == {"Acme and Vexo Motors": "ORG"}
    doc = make_doc("the brothers Jo and Al Bloggs said", {"Jo and Al Bloggs": "PERSON"}, {"said": "VERB"})
    doc[1].tag_ = "NNS"
    assert entities(index, doc) == {"Jo and Al Bloggs": "PERSON"}


def test_initials_of_names(index):
    doc = make_doc("In East Vale a fire. The EV police said", {"East Vale": "GPE"}, {"said": "VERB"})
    assert mentions_of(index, doc, "East Vale") == ["East Vale", "EV"]
    assert mentions_of(index, doc, "East Vale", off="initials_of_names") == ["East Vale"]


def test_an_exact_surname_wins_over_a_spelling_near_another(index):
    ents = {"Al Johnson": "PERSON", "Bo Johnston": "PERSON", "Johnston": "PERSON"}
    doc = make_doc("Al Johnson and Bo Johnston spoke. Later Johnston left", ents, {"spoke": "VERB", "left": "VERB"})
    assert mentions_of(index, doc, "Bo Johnston") == ["Bo Johnston", "Johnston"]


def test_a_one_word_owner_is_part_of_the_name():
    doc = make_doc("the Eastfield Women's Institute met", {"Women's Institute": "ORG"}, {"met": "VERB"})
    assert cut(doc) == (2, 5, False)


def test_post_nominal_letters_alone_are_no_name():
    doc = make_doc("Jane Roe, QC, said", {"Jane Roe": "PERSON", "QC": "GPE"}, {"said": "VERB"})
    assert cut(doc, which=1) is None
    assert cut(doc, off="post_nominal_letters", which=1) == (3, 4, False)


def test_descriptor_before_name():
    doc = make_doc("Nonpartisan Jane Roe said", {"Nonpartisan Jane Roe": "PERSON"}, {"said": "VERB"})
    doc[0].tag_ = "JJ"
    assert cut(doc) == (1, 3, False)
    assert cut(doc, off="descriptor_before_name") == (0, 3, False)


def test_descriptor_before_name_leaves_a_full_name():
    """The tagger calls an unfamiliar given name an adjective: "Cathal Brannigan" stays whole."""
    doc = make_doc("Cathal Brannigan , 61 , pleaded guilty", {"Cathal Brannigan": "PERSON"}, {"pleaded": "VERB"})
    doc[0].tag_ = "JJ"
    assert cut(doc) == (0, 2, False)


def test_honorific_names_take_a_hyphened_surname_whole(index):
    doc = make_doc("Later , Ms Delaney-Mensah left the court", {}, {"left": "VERB"})
    assert entities(index, doc) == {"Delaney-Mensah": "PERSON"}


def test_place_in_pro_or_anti():
    doc = make_doc("the pro-Eastland rally", {"Eastland": "GPE"})
    assert cut(doc) is None
    assert cut(doc, off="place_in_pro_or_anti") == (3, 4, False)


def test_a_hyphen_in_a_name_is_no_dash():
    doc = make_doc("Lee Ka-ming said", {"Lee Ka-ming": "PERSON"}, {"said": "VERB"})
    assert cut(doc) == (0, 4, False)
