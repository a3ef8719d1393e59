"""One type per entity: a vote over its mentions, then what the name's own head word says.

The first of `TYPE_RULES` (in `__init__.py`) that applies to the voted type decides.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from ..aliases import head_word
from ..cues import is_a_known_part_of_a_country, is_a_known_region, known_place_type
from ..lexicon import LEXICON, bare
from .state import Name, Switches
from .words import is_company_word

VOTE_ORDER = ["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"]  # who wins a tie


def vote_type(names: list[Name]) -> str:
    """The model's labels as votes: a full name counts double a short form; where the text itself
    says what a thing is ("the retailer Acme"), that outweighs any number of the model's guesses,
    and an honorific is the text saying so too: "the agency's director, Mrs Jo Roe, the labels …"
    is a person whatever the parse hangs beside her."""
    votes: dict[str, float] = defaultdict(float)
    longest = max(len(n.text.split()) for n in names)
    for n in names:
        if n.how == "demonym":
            continue
        full = len(n.text.split()) == longest
        votes[n.label] += 1 if full else 0.5
        if full and longest > 1:
            votes[n.label] += 1
    cues = Counter("PERSON" if n.honorific else n.cue or "" for n in names if n.cue or n.honorific)
    if cues:
        votes = dict(cues)
    if not votes:
        return "NORP"
    return max(votes, key=lambda t: (votes[t], -VOTE_ORDER.index(t) if t in VOTE_ORDER else -99))


def decide_type(name: str, names: list[Name], switches: Switches) -> tuple[str, str | None]:
    """(type, the rule that decided it, or None where the vote stands). A rule that reads only the
    name's shape (`SHAPE_RULES`) yields to the text: a cue that says something else ("the law firm
    Orvane Kessel-Tarlow"), or a name only ever written before a common noun ("the Tarlow
    Kessel-Vexo road")."""
    voted = vote_type(names)
    decided, rule = explain_type(name, voted, switches)
    if rule in SHAPE_RULES and (any(n.cue not in (None, decided) for n in names) or all(n.modifier for n in names)):
        return voted, None
    return decided, rule


def explain_type(name: str, voted: str, switches: Switches) -> tuple[str, str | None]:
    from . import TYPE_RULES  # the order lives in __init__.py

    words = name.split()
    head = head_word(name).lower() if len(words) > 1 else ""
    for rule_name, rule in TYPE_RULES:
        if switches.on(rule_name) and (decided := rule(name, words, head, voted)) is not None:
            return decided, rule_name
    return voted, None


def place_type(name: str, voted: str, switches: Switches | None = None) -> str:
    """The voted type, corrected by what the name's own head word says."""
    return explain_type(name, voted, switches or Switches())[0]


def operation_is_event(name: str, words: list[str], head: str, voted: str) -> str | None:
    """ "Operation Desert Wind" is a military operation, an event."""
    first = words[0]
    return (
        "EVENT"
        if len(words) > 1 and first.istitle() and first.lower() in LEXICON.operation_words and voted != "PERSON"
        else None
    )


def product_or_work_head(name: str, words: list[str], head: str, voted: str) -> str | None:
    """ "Vexo Development Kit" is a product, "Northern Lights Album" a work, whatever the model said."""
    if (head in LEXICON.product_heads or head in LEXICON.work_heads) and voted in ("ORG", "GPE", "LOC", "FAC"):
        return "PRODUCT" if head in LEXICON.product_heads else "WORK_OF_ART"
    return None


def law_head(name: str, words: list[str], head: str, voted: str) -> str | None:
    """ "the Kessel Water Act", "the Treaty of Orvane", "the Finance Amendment Bill": a name of two
    words or more headed by a law's word is a law (LAW), which the model often calls a body; not
    one it read as a person's ("Buffalo Bill") or a product's ("the Vexo Accord", a car; "USS
    Constitution", a ship)."""
    if len(words) > 1 and head in LEXICON.law_heads and voted in ("ORG", "GPE", "LOC", "FAC"):
        return "LAW"
    return None


def version_number_is_product(name: str, words: list[str], head: str, voted: str) -> str | None:
    """People and places have no version numbers: "Vexo 9", "Galaxy Q24" are products."""
    if voted in ("PERSON", "GPE", "LOC", "NORP") and any(c.isdigit() for c in name):
        return "PRODUCT"
    return None


def vessel_prefix_is_product(name: str, words: list[str], head: str, voted: str) -> str | None:
    """ "HMS Eastshire", "USS Jo Bloggs", "MV Northern Star" are ships, named like places or
    people: a vessel is a product, whatever the model said."""
    return "PRODUCT" if len(words) > 1 and words[0].rstrip(".") in LEXICON.vessel_prefixes else None


def faith_is_a_belief(name: str, words: list[str], head: str, voted: str) -> str | None:
    """A faith ("Islam", "Christianity") is a belief, as spaCy's NORP has it, not the body the
    model often calls it; a church or movement with a name of its own keeps its type."""
    return "NORP" if name in LEXICON.faith_names else None


def event_head(name: str, words: list[str], head: str, voted: str) -> str | None:
    """A name headed by an event word is an event ("Eastport Air Show"); but a conference the
    model calls an organisation may be one ("Bishops' Conference")."""
    if (
        head in LEXICON.event_heads
        and (
            voted in ("ORG", "FAC", "GPE", "LOC", "PRODUCT") or voted == "WORK_OF_ART" and head in LEXICON.battle_heads
        )
        and not (voted == "ORG" and head in LEXICON.meeting_heads)
    ):
        return "EVENT"
    return None


def legal_form_is_an_organisation(name: str, words: list[str], head: str, voted: str) -> str | None:
    """A name that ends in a company's legal form or company word is an organisation, however
    the model read its short form: "Veyra Resources Ltd", "Kessel Holdings", "Tamsk Oyj"."""
    return (
        "ORG" if len(words) > 1 and is_company_word(words[-1]) and voted in ("PERSON", "GPE", "LOC", "NORP") else None
    )


ORGANISATION_TYPE_HEADS = LEXICON.org_type_heads | LEXICON.industry_words  # "Dorrow Ridge Coal", "Orwen Rail"


def organisation_head(name: str, words: list[str], head: str, voted: str) -> str | None:
    """A name headed by an organisation word or a company's trade is an organisation: "Institute
    for the Study of X", "Orwen Rail", which the model may read as a person's or a place; no law's
    name ends in one ("the Competition and Consumer Commission" the model read as a law). Not a
    person's two-word name whose head some people bear as a surname ("Jane Lines", "Tom Herald",
    "Tom Steel"); "Meghdoot Pictures Ltd" and "Kestrel Ocean Lines" are longer. A name whose head
    comes before "of" and whose last word is an organisation's is the body that runs what it
    names: "Port of Tarlow Authority". A body's name word (lexicon org_name_heads) makes an
    organisation of what the model read as a law, or as a person or a work in three words or more
    ("the Hollin Bus Users Forum", "Kestrel Valley Post"; "Tomas Post" is a person); of a place,
    only its kind does (a museum the text visits is one)."""
    body_of_a_place = head != words[-1].lower() and words[-1].lower() in LEXICON.org_type_heads | LEXICON.org_name_heads
    kind = head in ORGANISATION_TYPE_HEADS or body_of_a_place
    named_as_a_body = head in LEXICON.org_name_heads and (voted == "LAW" or _long_and_read_as(words, voted))
    if not (kind and voted in ("EVENT", "GPE", "LOC", "FAC", "PERSON", "LAW") or named_as_a_body):
        return None
    if voted == "PERSON" and len(words) == 2 and head in LEXICON.surname_org_heads:
        return None
    return "ORG"


def _long_and_read_as(words: list[str], voted: str) -> bool:
    """Three words or more the model read as a person's or a work's name."""
    return voted in ("PERSON", "WORK_OF_ART") and len(words) >= 3


def place_head(name: str, words: list[str], head: str, voted: str) -> str | None:
    """Buildings, stations and stadiums are places to a reader: the model's FAC, and any name
    headed by a place word ("Kestrel Road Station", "Ossin Reservoir"), is a place (LOC); a name the
    model read as a person's only where its head is no surname too ("Ricki Lake", "Michael Bay";
    lexicon surname_place_heads). Not a town the gazetteer knows that the vote made one ("Richards
    Bay")."""
    if voted == "FAC":
        return "LOC"
    if head not in LEXICON.place_heads or name.lower().startswith("the "):
        return None
    if voted == "GPE" and known_place_type(name) == "GPE":
        return None
    person = voted == "PERSON" and head not in LEXICON.surname_place_heads
    return "LOC" if voted in ("ORG", "GPE", "PRODUCT", "WORK_OF_ART") or person else None


def place_after_a_prefix(name: str, words: list[str], head: str, voted: str) -> str | None:
    """A mountain's, a lake's or a river's name with its kind first ("Mount Tarawe", "Lake Orvane",
    "Loch Carran"; lexicon place_prefixes) is a place (LOC), which the model often reads as a body
    or, after "Mount" or "Loch", a person (lexicon prefixes_no_one_bears). Only the kind and one
    word ("Mount Pleasant Dairies" is a firm, "the Mount Tarawe Observatory" a body), no county or
    town the gazetteer knows ("River Cess", "Lake Charles"), and no person whose given name is
    "River" or "Lake"; a town the model saw ("Lake Placid") keeps its vote."""
    if len(words) != 2 or words[0].lower() not in LEXICON.place_prefixes or _a_body_word(words[1]):
        return None
    if known_place_type(name) is not None or is_a_known_part_of_a_country(name):
        return None
    person = voted == "PERSON" and words[0].lower() in LEXICON.prefixes_no_one_bears
    return "LOC" if voted in ("ORG", "PRODUCT", "WORK_OF_ART") or person else None


def _a_body_word(word: str) -> bool:
    """A body's head, trade or legal form: "Trust", "Poultry", "Ltd"."""
    return word.lower() in BODY_WORDS or is_company_word(word)


BODY_WORDS = LEXICON.org_name_heads | LEXICON.industry_words


def street_head(name: str, words: list[str], head: str, voted: str) -> str | None:
    """A name that ends in a street's word is a street, a place (LOC): "Hazelmere Avenue",
    "Kestrel Road", which the model often reads as a body or a person. Not a person's name
    that ends in a street word people have as a surname ("Lois Lane"; lexicon surname_street_words),
    nor one headed before "of" ("Office of Rail and Road")."""
    last = words[-1].lower()
    if len(words) < 2 or last not in LEXICON.street_heads or head != last:
        return None
    person = voted == "PERSON" and last not in LEXICON.surname_street_words
    return "LOC" if voted in ("ORG", "GPE") or person else None


def county_name(name: str, words: list[str], head: str, voted: str) -> str | None:
    """A county is a place (GPE), which the model often takes for a body or a person where it
    stands before a noun ("a County Antrim charity", "Ballina, Co. Mayo"): "County" or "Co" and
    a name after it, or a name and "County" ("Kettle County"). Not a body of the county ("Kettle
    County Council"), whose head word says what it is."""
    if len(words) < 2 or len(words) > 4 or voted not in ("ORG", "PERSON", "LOC", "FAC"):
        return None
    first, last = bare(words[0]), words[-1].lower()
    before = len(words) == 2 and first in LEXICON.county_words and words[0][0].isupper() and words[1][:1].isupper()
    after = last == "county" and words[-1][0].isupper()
    kind = LEXICON.org_type_heads | LEXICON.org_name_heads | LEXICON.building_heads | LEXICON.place_heads
    return "GPE" if before and last not in kind | {"court"} or after else None  # not "County Court", "County Hall"


def known_place_of_several_words(name: str, words: list[str], head: str, voted: str) -> str | None:
    """A name of two words or more that the gazetteer knows as a country's part (a state, a
    province, a region) is that place, however the model read it: "Tamil Nadu will begin
    vaccinating", "Western Australia's lower house"; no person or body is named exactly so. Not a
    town's name, which people and teams share ("Glen Iris, a nurse", "Kansas City beat Denver"),
    and not one word ("Meta" is a firm's too)."""
    if len(words) < 2 or voted not in ("PERSON", "ORG"):
        return None
    return "GPE" if is_a_known_part_of_a_country(name) else None


def double_barrelled_surname(name: str, words: list[str], head: str, voted: str) -> str | None:
    """A given name and a surname of two capitalised parts joined by a hyphen is a person's name:
    "Folake Adebisi-Ware", "Dimitrios Karalis-Vranas", which the model often reads as a body (a
    place keeps its vote). Two or three words, each capitalised, the last of two parts of three letters or more
    ("Ras Al-Khaimah" is a place); no word, nor part of one, a body's, a place's or a trade's
    ("Kessel-Vane Media", "Mercedes-Benz Stadium"), no place the gazetteer knows and no country or
    region in it ("Agence France-Presse"; a town's name is many a surname's: "Sandhu-Bell"). A hyphened
    name alone ("Hewlett-Packard", "Rolls-Royce") is as often a firm's: not that."""
    if voted not in ("ORG", "WORK_OF_ART") or not 2 <= len(words) <= 3:
        return None  # a place keeps its vote: "North Rhine-Westphalia"
    parts = words[-1].split("-")
    if len(parts) != 2 or not all(len(p) >= 3 and p.isalpha() and p.istitle() for p in parts):
        return None
    if not all(w.isalpha() and w.istitle() for w in words[:-1]):
        return None
    if any(_a_body_or_place_word(part) or is_a_known_region(part) for word in words for part in word.split("-")):
        return None  # "Agence France-Presse"
    return "PERSON" if known_place_type(name) is None and not is_a_known_part_of_a_country(name) else None


def _a_body_or_place_word(word: str) -> bool:
    return _a_body_word(word) or word.lower() in NOT_A_PERSONS_WORDS


SHAPE_RULES = {"double_barrelled_surname"}


NOT_A_PERSONS_WORDS = (
    LEXICON.org_type_heads
    | LEXICON.publication_heads
    | LEXICON.institution_words
    | LEXICON.place_heads
    | LEXICON.building_heads
    | LEXICON.feature_heads
    | LEXICON.street_heads
    | LEXICON.event_heads
    | LEXICON.product_heads
    | LEXICON.generic_region_words
    | LEXICON.saint_words
    | LEXICON.place_prefixes
    | LEXICON.place_name_openers
)
