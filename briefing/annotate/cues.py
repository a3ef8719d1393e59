"""What the words around a name say about what it is.

The small English model often knows that something is a name but not what kind: it calls a
browser a place ("IE9"), a retailer a person ("Best Buy"), a stock index an organisation
("FTSE 100"). News copy usually says what a thing is, right next to it:

    "the electronics retailer Best Buy"      a noun before the name
    "the FTSE 100, the primary UK index"     an appositive after it
    "Internet Explorer is the #2 browser"    a copula
    "the elite group called the Iron Choir"  "called" / "named" / "known as"

A noun the name modifies is no cue: "the Boeing jet" and "the Acme device" name a maker.

`classifier_type` reads those patterns off spaCy's dependency parse and returns the entity
type the classifying noun implies, or None. The entity finder counts it as a strong vote.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import LEXICON

CLASSIFIERS: dict[str, str] = {}
for _nouns, _type in (
    (LEXICON.product_nouns, "PRODUCT"),
    (LEXICON.work_nouns, "WORK_OF_ART"),
    (LEXICON.org_nouns, "ORG"),
    (LEXICON.person_nouns, "PERSON"),
    (LEXICON.place_nouns, "GPE"),
):
    CLASSIFIERS.update(dict.fromkeys(_nouns, _type))


def _class_of(token: Token, allow_adjective: bool = False) -> str | None:
    # right before a name the tagger sometimes reads the noun as an adjective: "the novel Silver Harbor"
    if token.pos_ not in (("NOUN", "ADJ") if allow_adjective else ("NOUN",)) or not token.is_lower:
        return None
    return CLASSIFIERS.get(token.lemma_.lower()) or CLASSIFIERS.get(token.lower_)


def classifier_type(name: Span, label: str) -> str | None:
    """The type a classifying noun next to `name` gives it, or None."""
    root = name.root
    head = root.head
    # "the retailer Best Buy", "her graphic novel Moth Harbor", "illustrator Marta Sunday"
    before = [t for t in root.children if t.i < name.start and t.dep_ in ("compound", "appos", "nmod", "amod")]
    if before:
        found = _class_of(before[-1], allow_adjective=True)
        if found and before[-1].i == name.start - 1:
            return found
    if root.dep_ == "appos" and head.i < name.start:
        found = _class_of(head)
        if found:
            return found
    # "in Dayton, Ohio": a place named after a place, a comma between
    if (
        root.dep_ in ("appos", "npadvmod")
        and head.ent_type_ in ("GPE", "LOC")
        and name.start > 0
        and name.doc[name.start - 1].text == ","
        and head.i == name.start - 2
    ):
        return "GPE"
    # "UTC, the primary UK index, the FTSE 100": two appositives of one head
    if root.dep_ == "appos":
        earlier = [c for c in head.children if c.dep_ == "appos" and c.i < name.start]
        found = _class_of(earlier[-1]) if earlier else None
        if found:
            return found
    # "the town of Sivrice", "the province of Idlib": only places, since "the president of France" is no person
    if (
        root.dep_ == "pobj"
        and head.lower_ == "of"
        and _class_of(head.head) == "GPE"
        and any(c.dep_ == "det" for c in head.head.children)
    ):
        return "GPE"
    # "the maker of Call of Duty", "the developer of ChatGPT"
    if (
        root.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower() in ("maker", "manufacturer", "developer")
        and head.head.is_lower
    ):
        return "PRODUCT"
    # "the FTSE 100, the primary UK index"
    for child in root.children:
        if child.dep_ == "appos" and child.i >= name.end:
            found = _class_of(child)
            if found:
                return found
    # "Internet Explorer is the #2 browser"
    if root.dep_ == "nsubj" and head.lemma_ == "be":
        for child in head.children:
            if child.dep_ == "attr" and child.i > root.i:
                found = _class_of(child)
                if found:
                    return found
    if (
        root.dep_ == "pobj"
        and head.lower_ in ("in", "on", "by")
        and head.head.lemma_.lower() in LEXICON.published_things
    ):
        return "ORG"
    # "Ana Ruiz, Tom Okafor and Lena Brandt": a list names things of one kind
    found = _list_type(name)
    if found:
        return found
    # "a group called the Iron Choir", "a town known as X"
    if root.dep_ in ("oprd", "attr", "xcomp", "dobj") and head.lemma_ in LEXICON.naming_verbs and head.dep_ == "acl":
        found = _class_of(head.head)
        if found:
            return found
    if (
        root.dep_ == "pobj"
        and head.lower_ == "as"
        and head.head.lemma_ in LEXICON.naming_verbs
        and head.head.dep_ == "acl"
    ):
        found = _class_of(head.head.head)
        if found:
            return found
    return None


def _list_type(name: Span) -> str | None:
    """The type every other name in a list shares, if the list has at least two others."""
    root = name.root
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    members, frontier = [first], [first]
    while frontier:  # "A, B and C": B hangs on A and C on B, or both on A
        frontier = [c for t in frontier for c in t.children if c.dep_ == "conj"]
        members += frontier
    others = [t for t in members if not (name.start <= t.i < name.end)]
    if len(others) < 2:
        return None
    types = {t.ent_type_ for t in others}
    if (
        len(types) == 1
        and (found := types.pop()) in ("PERSON", "ORG", "GPE")
        and all(t.pos_ == "PROPN" for t in others)
    ):
        return found
    return None


def match_opponents(doc) -> list[tuple[int, int]]:
    """Token pairs (subject, opponent) of match verbs, in a text about sport: "Sweden defeated
    South Korea", "Peru lost 1 – 2 to Wales". Empty for any other text, so that "the US
    faces China" in a trade story stays about countries."""
    scoreline = any(t.like_num and t.nbor(1).text in "-–" and t.nbor(2).like_num for t in doc[:-2])  # "2-1"
    if len({t.lower_ for t in doc} & LEXICON.sports_words) + scoreline < 2:
        return []
    pairs = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in LEXICON.match_verbs:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        # "defeated debutants Iceland": the parser hangs the name on the verb
        opponents = [c for c in verb.children if c.dep_ == "dobj" or c.dep_ == "npadvmod" and c.pos_ == "PROPN"]
        opponents += [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("to", "against", "with")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        pairs += [(s.i, o.i) for s in subjects for o in opponents]
    return pairs
