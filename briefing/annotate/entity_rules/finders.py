"""Rules that find names: the model's, cleaned, and those it missed.

Each rule takes the brief's `Finding` and adds names to it; the order is `DOC_RULES` in `__init__.py`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .. import missed
from ..cues import (
    ONE_WORD_BODIES,
    a_possessive_mark,
    about_sport,
    age_between_commas,
    ends_a_street,
    first_of_its_list,
    followed_by_who,
    is_a_known_part_of_a_country,
    is_a_known_region,
    is_person_noun,
    joins_a_double_name,
    known_place_or_part_type,
    known_place_type,
    looks_like_a_persons_name,
    put_somewhere,
)
from ..datelines import dateline_place
from ..lexicon import LEXICON, bare
from ..tree import capitalised_beside
from .spans import NAME_LABELS, ORG_HEADS, SPEAKER_ROLES, Cut, a_surname_first, hyphen_between, is_title_word
from .state import Finding
from .words import acronym_letters, initials_of, is_company_word, is_short_form, speaks

PLACE_TYPES = {"GPE", "LOC", "FAC"}


def known_places_with_small_words(found: Finding) -> None:
    """A town or country the gazetteer knows whose name has a small word or hyphen inside is one
    place, though the model or the alias table would take its parts: "Port of Spain" (not "Port"
    and "Spain"), "Trinidad and Tobago", "Newcastle upon Tyne", "Rio de Janeiro"."""
    doc, taken = found.doc, found.taken
    i = 0
    while i < len(doc):
        end = _longest_known_place_from(doc, i, taken)
        if end is not None and _runs_into_a_body(doc, i, end):
            end = None
        if end is None:
            i += 1
            continue
        found.add(i, end, "GPE")
        i = end


def bodies_named_for_a_country(found: Finding) -> None:
    """A country's or region's name after the field of a body, with nothing between, is the
    body's name where it acts as one: "Environment Canada said", "reported by NTV Uganda", "data
    from Public Health Scotland", "NFU Scotland's region". The field is capitalised proper nouns
    or initials, none a compass word, title or honorific ("Northern Ireland", "President Kenya"
    are not bodies), ending in initials or a field's word (`_names_a_field`), and no person's
    name ("Michael Jordan")."""
    doc = found.doc
    for start, end in _places_after_a_field(found):
        if _acts_as_a_body_by_name(doc[end - 1]):
            found.add(start, end, "ORG")


def _places_after_a_field(found: Finding) -> list[tuple[int, int]]:
    doc, taken = found.doc, found.taken
    runs = []
    for i in range(1, len(doc)):
        if taken[i] or taken[i - 1] or not doc[i].is_title or not _names_a_field(doc[i - 1]):
            continue
        place_end = next((j for j in (i + 2, i + 1) if j <= len(doc) and _a_country_or_region(found, doc[i:j])), None)
        if place_end is None:
            continue
        start = i
        while start > 0 and not taken[start - 1] and _a_field_word(doc[start - 1]):
            start -= 1
        run = doc[start:place_end]
        if start < i and not any(t.ent_type_ == "PERSON" for t in run) and not _a_known_place(found, run):
            runs.append((start, place_end))
    return runs


def _a_country_or_region(found: Finding, span: Span) -> bool:
    """A country or region the alias table knows ("Canada", "Scotland"), or a country's part the
    gazetteer knows ("Galway"); not a town, since many are named like words ("Union", "Police")."""
    known = _alias_type(found, span.text) == "GPE" or is_a_known_part_of_a_country(span.text)
    return span[-1].is_title and known


def _a_known_place(found: Finding, span: Span) -> bool:
    return known_place_or_part_type(span.text) == "GPE" or _alias_type(found, span.text) in PLACE_TYPES


def _alias_type(found: Finding, text: str) -> str | None:
    """The type the brief's corrections or the alias table give a name, if they know it."""
    record = found.record_for(text)
    return record.type if record is not None else None


def _names_a_field(token) -> bool:
    """The word right before the country: initials ("NTV Uganda") or a field of public life or
    sport ("Environment Canada", "Cricket Australia"; lexicon institution_words, field_words), not
    a word of its time or kind ("Rural Ireland", "Modern India", "Brexit Britain", "Federal
    Germany")."""
    # initials the model took for a name of their own, or a headline's tag, are no field: "told CNN
    # Israel would", "WATCH Kenya's president speaks"
    initials = _initials(token) and not token.ent_type_ and not token.is_sent_start
    return _a_field_word(token) and (initials or bare(token.text) in LEXICON.institution_words | LEXICON.field_words)


def _initials(token) -> bool:
    return token.is_upper and 2 <= len(token.text) <= 5


def _a_field_word(token) -> bool:
    """ "Environment", "Public Health", "NTV": a capitalised proper noun or initials."""
    word = bare(token.text)
    written = token.pos_ == "PROPN" and token.is_title or _initials(token)
    singular = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    kind = {word, singular} & (LEXICON.place_nouns | LEXICON.county_words)  # "Counties Galway, Mayo"
    return written and token.is_alpha and word not in FIELD_EXCLUDED and not token.is_stop and not kind


FIELD_EXCLUDED = (
    LEXICON.compass_words | LEXICON.area_adjectives | LEXICON.titles | LEXICON.honorifics | LEXICON.place_prefixes
)


def _acts_as_a_body_by_name(token) -> bool:
    """A subject, an owner, or what reports, data or a ban come "from", "by" or "with"."""
    token = first_of_its_list(token)  # "by the Daily Monitor and NTV Uganda"
    if token.dep_ in ("nsubj", "nsubjpass", "poss"):
        return True
    return token.dep_ == "pobj" and token.head.lower_ in ("by", "from", "with")


def _longest_known_place_from(doc, start: int, taken: list[bool]) -> int | None:
    """The end of the longest run from `start`, of three to six words, capitalised at both ends
    with a small word or hyphen inside, that the gazetteer knows as a town or country; not inside
    a longer name, nor one with a body's word in it."""
    if taken[start] or not doc[start].is_title:
        return None
    for end in range(min(len(doc), start + 6), start + 2, -1):
        run = doc[start:end]
        inner = run[1:-1]
        joined = all(t.is_title or t.lower_ in SMALL_WORDS_OF_PLACES or t.text == "-" for t in inner)
        if (
            run[-1].is_title
            and joined
            and any(not t.is_title for t in inner)
            and not any(taken[t.i] or t.is_sent_start for t in run[1:])
            and not capitalised_beside(run)  # "Isle of Man Coastguard": a body's name
            and not any(t.lower_ in ORG_HEADS for t in run)  # "University of Texas"
            and known_place_type(run.text) == "GPE"
        ):
            return end
    return None


SMALL_WORDS_OF_PLACES = LEXICON.connectors | {"upon"}


def alias_table_names(found: Finding) -> None:
    """Names from the alias table the model missed or cut short ("Islamic State" where it saw a
    NORP "Islamic"), unless the model found a longer name around them ("US Coast Guard" around
    "US"), or the one word is part of a longer run of capitalised words it missed: "Island"
    (Iceland's own name) in "Prince Edward Island Premier Council", or the place a body is of
    ("Kenya" of "the Anti-Doping Agency of Kenya", which the body's rules take whole)."""
    doc = found.doc
    if found.matcher is None:
        return
    for _, start, end in sorted(found.matcher(doc), key=lambda m: (m[1], -(m[2] - m[1]))):
        if not found.free(start, end) or _inside_a_capitalised_run(doc, start, end) or _of_a_body(doc, start):
            continue
        if _runs_into_a_body(doc, start, end):
            continue
        if doc[start:end].text.endswith(".") and not _after_a_town(doc, start):
            continue  # "Conn. Smythe", "Ma and Pa.": a dotted abbreviation only where it follows a town
        covering = [e for e in doc.ents if e.start <= start and end <= e.end and (e.end - e.start) > (end - start)]
        if covering and covering[0].label_ in NAME_LABELS:
            continue
        found.add(start, end, "ORG")


def _runs_into_a_body(doc, start: int, end: int) -> bool:
    """Does a body's name the model found begin inside the run and go on past it ("Trinidad and
    [Tobago Coast Guard]")? Then the place opens the body's name."""
    return any(start < e.start < end < e.end and e.label_ == "ORG" for e in doc.ents)


def _of_a_body(doc, start: int) -> bool:
    """ "… Agency of", "… University of" or "… Supreme Court of" right before: the name is part of
    the body's (lexicon possessive_name_heads: court, office, service … end public bodies' names).
    A company's trade before "of" is no such word: "Dorne Systems of Ohio" is where the firm is."""
    if start < 2 or doc[start - 1].lower_ != "of" or not doc[start - 2].is_title:
        return False
    return doc[start - 2].lower_ in HEADS_BEFORE_OF


HEADS_BEFORE_OF = ORG_HEADS | LEXICON.possessive_name_heads


def _after_a_town(doc, start: int) -> bool:
    """ "Salem, Ore.", "MEDLOW, Ore. —": a comma after a capitalised word comes right before."""
    return start >= 2 and doc[start - 1].text == "," and doc[start - 2].text[:1].isupper()


def _inside_a_capitalised_run(doc, start: int, end: int) -> bool:
    """One capitalised word (not an acronym) with a capitalised word right before it, inside its
    sentence, or right after it."""
    if end - start != 1 or not doc[start].is_title:
        return False
    before = doc[start - 1] if start > 0 and not doc[start].is_sent_start else None
    after = doc[end] if end < len(doc) and not doc[end].is_sent_start else None
    return any(t is not None and t.is_title and t.is_alpha for t in (before, after))


def named_storms(found: Finding) -> None:
    """A storm and its name are one event, not a place and a person: "Typhoon Xandra"."""
    for start, end in missed.named_storms(found.doc, found.taken):
        found.add(start, end, "EVENT")


def model_names(found: Finding) -> None:
    """The model's names, each cut to the name itself (`SPAN_RULES`), then placed by `ENT_RULES`."""
    from . import ENT_RULES, clean_span  # the order lives in __init__.py

    cuts = [(ent, clean_span(ent, found.switches)) for ent in found.doc.ents if ent.label_ in NAME_LABELS]
    for ent, cut in cuts:
        if cut is not None and _inside_a_longer_cut(cut, cuts):
            continue  # "the Culture" + ", Media" + "and Sport Committee": one name, found from its last part
        if cut is not None and not found.free(cut.start, cut.end):
            cut = _within_the_models_span(found, ent, cut)
        if cut is None:
            continue
        for rule_name, rule in ENT_RULES:
            if found.switches.on(rule_name) and rule(found, ent, cut):
                found.switches.fire(rule_name)
                break
        else:
            found.add(cut.start, cut.end, ent.label_, cut.honorific)


def _inside_a_longer_cut(cut: Cut, cuts: list[tuple[Span, Cut | None]]) -> bool:
    """Did a span rule stretch another of the model's names over this one, from either side?"""
    longer = [other for _, other in cuts if other is not None and other.end - other.start > cut.end - cut.start]
    return any(other.start <= cut.start and cut.end <= other.end for other in longer)


def _within_the_models_span(found: Finding, ent: Span, cut: Cut) -> Cut | None:
    """A name a span rule ran on into one already found ("Dorne Systems" through "of" into the
    alias table's "Ohio") keeps what the model saw, if that is free, rather than being lost."""
    inner = Cut(max(cut.start, ent.start), min(cut.end, ent.end), cut.honorific)
    return inner if inner.start < inner.end and found.free(inner.start, inner.end) else None


def dateline_places(found: Finding) -> None:
    """A wire story's dateline names where it was filed: "MILBROOK (Wire) -" is a place (GPE),
    whatever the model called it, or where it missed it; and so is that name written in the
    story after "in", "at", "near" … ("at Milbrook on Saturday"), which then names the page."""
    doc = found.doc
    place = dateline_place(doc)
    if place is None:
        return
    words = [t.text.title() for t in doc[place[0] : place[1]]]
    in_story = [
        t.i
        for t in doc[place[1] :]
        if [w.text for w in doc[t.i : t.i + len(words)]] == words
        and t.i > 0
        and doc[t.i - 1].lower_ in LEXICON.locating_prepositions
        and found.free(t.i, t.i + len(words))
    ]
    for start in in_story:
        found.add(start, start + len(words), "GPE")
    named = [n for n in found.names if place[0] <= n.first_token < place[1]]
    if in_story:  # the story's spelling names the page, not the capitals
        found.names = [n for n in found.names if n not in named]
        found.taken[place[0] : place[1]] = [False] * (place[1] - place[0])
    elif named:
        for name in named:
            name.cue = "GPE"
    elif found.free(*place):
        found.add(*place, "GPE")


def place_read_as_a_people_or_thing(found: Finding, ent: Span, cut: Cut) -> bool:
    """ "flown to Mount Hagen", "examined by a conservator in Kuressaare", "near Lambourn": a
    plain name the model took for a people, a product or a work of art is a place where the text
    puts it somewhere (`put_somewhere`). Not a nationality or a faith ("in Kenyan hands"); and
    "in", "on", "at" or "of" put a product or a work somewhere only where the gazetteer knows the
    place ("starred in Hamlet", "sold on Vexo")."""
    doc = found.doc
    words = doc[cut.start : cut.end]
    if ent.label_ not in ("NORP", "PRODUCT", "WORK_OF_ART") or not 0 < len(words) <= 3:
        return False
    if not all(t.is_title and t.pos_ == "PROPN" for t in words):
        return False
    text = words.text
    if found.index.demonym(text) or found.record_for(text) is not None or text.lower() in LEXICON.faith_names:
        return False
    if not put_somewhere(words.root):
        return False
    known = known_place_or_part_type(text)
    if known is None and ent.label_ != "NORP" and first_of_its_list(words.root).head.lower_ in ("in", "on", "at", "of"):
        return False
    found.add(cut.start, cut.end, known or "GPE")
    return True


def demonym(found: Finding, ent: Span, cut: Cut) -> bool:
    """A nationality word is its people: "Eastlandic" links to Eastland through the alias table's
    demonyms; a NORP without a known place stays a NORP."""
    text = found.doc[cut.start : cut.end].text
    index = found.index
    if not (ent.label_ == "NORP" or (cut.end - cut.start == 1 and index.demonym(text) and not found.record_for(text))):
        return False
    _add_nationality(found, cut.start, cut.end, index.demonym(text))
    return True


def nationality_before_a_person(found: Finding, ent: Span, cut: Cut) -> bool:
    """ "Peruvian Mateo Quispe won the stage", "Kenyan Mary Wambui": a nationality glued in front
    of what looks like a person's full name is no part of it. The word is its country's people
    (as `demonym`), the rest a person (a PERSON vote), whatever the model took the whole for. Not
    where the rest is a body's, a place's or an event's ("Norwegian Air Shuttle", "Japanese Grand
    Prix", "Chinese New Year": the model's event), or the whole or the rest is a name the alias
    table knows ("British Red Cross")."""
    doc = found.doc
    place = found.index.demonym(doc[cut.start].text)
    rest = list(doc[cut.start + 1 : cut.end])
    if place is None or ent.label_ not in ("PERSON", "ORG", "GPE", "NORP") or not looks_like_a_persons_name(rest):
        return False
    if any(found.record_for(doc[start : cut.end].text) for start in (cut.start, cut.start + 1)):
        return False
    if ent.label_ in ("ORG", "GPE") and not _written_alone_after(rest[-1]):
        return False  # "Irish Daily Mail", "British American Tobacco": the model's body stands
    _add_nationality(found, cut.start, cut.start + 1, place)
    found.add(cut.start + 1, cut.end, "PERSON", honorific=True)
    return True


def _written_alone_after(last: Token) -> bool:
    """Is the last word of a name written alone later in the text ("Quispe said"; not "the Mail")?"""
    return any(
        t.text == last.text and not t.nbor(-1).is_title and t.nbor(-1).lower_ != "the" for t in last.doc[last.i + 1 :]
    )


def _add_nationality(found: Finding, start: int, end: int, place) -> None:
    """A nationality word as its country's people: linked to the country (the alias table's
    record), or a NORP of its own."""
    if place is not None and not place.ignore:
        found.add(start, end, "GPE", how="demonym", record=place)
    else:
        found.add(start, end, "NORP")


def person_of_a_place(found: Finding, ent: Span, cut: Cut) -> bool:
    """ "beat Rohan Baruah of Guwahati", "on behalf of Marguerite Kessel-Orvane of Kamloops": a
    person's full name, "of" and a town the gazetteer knows, which the model read as one name, are
    a person and where they are from. Not a name that goes on after the town ("Jo Roe of Leeds
    United"), nor a title's ("Duke of Kent": one word), nor a body's ("National Industrial Court of
    Nigeria": its head word). Where the model read the whole as a body, the name before "of" keeps
    that reading for the vote to weigh (a firm may be named like a person: "Jardine Matheson of
    Hong Kong"); the town is a place either way."""
    doc = found.doc
    of = next((t.i for t in doc[cut.start : cut.end] if t.lower_ == "of"), None)
    if of is None or ent.label_ not in ("PERSON", "ORG") or of + 1 >= cut.end or about_sport(doc):
        return False  # in sports copy "of" names a club: "Paul O'Connell of Munster"
    name = list(doc[cut.start : of])
    if not looks_like_a_persons_name(name) or ent.label_ == "ORG" and any(_a_bodys_or_posts_word(t) for t in name):
        return False  # "National Industrial Court of Kochi", "Attorney General of Ghana"
    if known_place_type(doc[of + 1 : cut.end].text) != "GPE":
        return False
    found.add(cut.start, of, ent.label_, cut.honorific)
    found.add(of + 1, cut.end, "GPE")
    return True


def _a_bodys_or_posts_word(token: Token) -> bool:
    """ "Court", "Solicitors", "Press", "Ltd": a word that heads or ends a body's name; "Attorney",
    "General": a post's."""
    return token.lower_ in WORDS_OF_BODIES_NAMES or is_company_word(token.text) or bare(token.text) in LEXICON.titles


def person_of_a_body(found: Finding, ent: Span, cut: Cut) -> bool:
    """ "Ivona Novak of the Faculty of Law", "Clayton Ferris of Harcourt Bell Solicitors": a
    person's full name, "of" and a body's name (after "the", or ending in a body's head word), which
    the model read as one name, are a person and the body they speak for. Not a title's ("Duke of
    the Isles": one word), nor a body's own name ("Friends of the Earth")."""
    doc = found.doc
    of = next((t.i for t in doc[cut.start : cut.end] if t.lower_ == "of"), None)
    if of is None or of + 1 >= cut.end or ent.label_ not in ("PERSON", "ORG"):
        return False
    person = list(doc[cut.start : of])
    if not looks_like_a_persons_name(person) or is_title_word(person[0]) or _a_things_name(person):
        return False
    named_with_the = doc[of + 1].lower_ == "the"
    start = of + 2 if named_with_the else of + 1
    body = doc[start : cut.end]
    if not body or not all(t.is_title or t.lower_ in LEXICON.connectors for t in body) or not body[0].is_title:
        return False
    if known_place_or_part_type(body.text) is not None:
        return False  # "Jo Roe of the Western Cape": a place (`person_of_a_place` reads a town)
    head = bare(body[-1].text)
    if not named_with_the and head not in BODY_OR_TRADE_HEADS and not is_company_word(body[-1].text):
        return False
    found.add(cut.start, of, "PERSON", cut.honorific)
    found.add(start, cut.end, "ORG")
    return True


def _a_things_name(words: list[Token]) -> bool:
    """ "All-Share Index", "Kestrel Shuttle": a word for a product or a work names a thing."""
    return any(t.lower_ in THINGS_NOUNS for t in words)


THINGS_NOUNS = LEXICON.product_nouns | LEXICON.work_nouns
BODY_OR_TRADE_HEADS = ORG_HEADS | LEXICON.industry_words  # "… Solicitors", "… Metals"
WORDS_OF_BODIES_NAMES = HEADS_BEFORE_OF | BODY_OR_TRADE_HEADS | LEXICON.publication_heads  # "Court", "Metals", "Press"


def person_after_organisation(found: Finding, ent: Span, cut: Cut) -> bool:
    """A speaker named by role, organisation and name with no comma, which the model read as one
    organisation: "director of the Council on Rural Housing Marta Delgado said"."""
    text = found.doc[cut.start : cut.end].text
    if ent.label_ != "ORG" or found.record_for(text) is not None:
        return False
    person_start = missed.person_after_organisation(
        found.doc, cut.start, cut.end, LEXICON.org_type_heads, SPEAKER_ROLES
    )
    if person_start is None:
        return False
    found.add(cut.start, person_start, "ORG")
    found.add(person_start, cut.end, "PERSON")
    return True


def role_inside_a_name(found: Finding, ent: Span, cut: Cut) -> bool:
    """ "Ministry of Health spokesperson Adrian Kessel-Orvane said", "Vexo Bank chief economist Jo
    Tarlow": a body's name, a role written in lower case and a person's full name, which the model
    read as one name, are the body and the person who speaks for it. A word in lower case between
    capitalised words is no part of a name unless it joins one (lexicon connectors: "of", "and";
    name_particles: "van", "de"); one run of such words ending in a noun of people is the person's
    role. Only where the words after the role look like a person's name and the words before it
    end in a capitalised word; those are a place where the gazetteer knows them, else a body. Not
    a person's or a family's spokesman ("Jo Roe's spokesman Amir Vexo", "the Tarlow family
    spokesman"): no possessive, and the role's words none of kin (lexicon kin_words)."""
    doc = found.doc
    words = doc[cut.start : cut.end]
    lower = [t.i for t in words if t.is_lower and t.lower_ not in JOINING_WORDS]
    if not lower or lower[0] == cut.start or lower[-1] - lower[0] + 1 != len(lower):
        return False
    if any(a_possessive_mark(t) for t in words):
        return False
    if any(doc[i].lower_ in LEXICON.kin_words for i in lower):
        return False
    role = doc[lower[-1]]
    if not (is_person_noun(role.lemma_) or role.lower_ in LEXICON.titles | LEXICON.spokesperson_nouns):
        return False
    before = doc[cut.start : lower[0]]
    if not looks_like_a_persons_name(list(doc[role.i + 1 : cut.end])) or not before[-1].text[:1].isupper():
        return False
    found.add(before.start, before.end, known_place_or_part_type(before.text) or "ORG")
    found.add(role.i + 1, cut.end, "PERSON")
    return True


JOINING_WORDS = LEXICON.connectors | LEXICON.name_particles


def field_before_a_taken_and(found: Finding, ent: Span, cut: Cut) -> bool:
    """ "the Maritime and" + "Coastguard Agency", "the Animal and" + "Plant Health Agency": one
    capitalised word between "the" and "and", right before a body's name the model began after
    the "and", is the body's first field where the model's dictionary knows it as a common noun
    or an adjective, whether the model read the word as a name of its own or as none. A firm's
    name is no word of the dictionary ("the Vexbank and Financial Conduct Authority" are two);
    nor a place the gazetteer knows, a body's one-word name ("the Treasury and …") or a firm's word.
    Called on the model's name of the word, or, where it read none there, on the body's."""
    doc = found.doc
    if cut.end - cut.start == 1 and cut.end + 1 < len(doc) and doc[cut.end].lower_ == "and":
        word, body = cut.start, next((e for e in doc.ents if e.start == cut.end + 1), None)
    elif cut.start >= 3 and doc[cut.start - 1].lower_ == "and" and doc[cut.start - 2].ent_iob_ == "O":
        word, body = cut.start - 2, ent
    else:
        return False
    if body is None or body.label_ != "ORG" or not _a_field_of_the_dictionary(found, doc[word]):
        return False
    of = next((t.i for t in body[1:] if t.lower_ == "of"), body.end)
    if doc[word - 1].lower_ != "the" or doc[of - 1].lower_ not in LEXICON.org_name_heads:
        return False
    if not found.free(word, body.end):
        return False
    found.add(word, body.end, "ORG")
    return True


def _a_field_of_the_dictionary(found: Finding, token: Token) -> bool:
    """A capitalised word the model's dictionary knows in lower case ("Maritime", "Employment"),
    and no place, one-word body or firm's word."""
    word = token.lower_
    dictionary = word in found.common_nouns or word in found.adjectives
    if not (token.is_title and dictionary) or word in ONE_WORD_BODIES or is_company_word(token.text):
        return False  # ONE_WORD_BODIES holds every body's head word
    return known_place_type(token.text) is None


def given_name_before_a_person(found: Finding, ent: Span, cut: Cut) -> bool:
    """A given name the model left out of a person's longer name: "a spokesperson for the health
    office, Ramesh Kumar Yadav," read as "Kumar Yadav"; "Superintendent of Public Health Miriam
    Farrugia Sciberras". The word before a name of two words or more the model read as a person's,
    written with a capital and given to no other name, joins it where the model's dictionary has
    no common noun of it: a title, a rank or a field is a noun ("Minister for Education Orla
    Roe", "Corporal Jo Roe"; in the plural too, "Registrar of Voters Jo Roe"), a given name is
    not. Not a word of a role or an honorific the lexicon lists. A sentence's first word, where
    titles of every language stand ("Smt Kamala Devi Sharma was sworn in", "Pte Michael John
    Hartley died"), joins only a name of two words: a name of three is as long as most ("Abdi Guyo
    Dida, the county's agriculture executive, said").
    Two given names may be missing from a name of four, as Spanish and Portuguese copy writes it
    ("Energy Minister Ana Lucía Prieto Vidal" read as "Prieto Vidal"). Nothing without a
    dictionary to ask."""
    doc = found.doc
    start = cut.start
    if ent.label_ != "PERSON" or start != ent.start or cut.end - start < 2 or start == 0 or not found.common_nouns:
        return False
    if not _a_given_name_before(found, doc[start - 1], cut.end - start):
        return False
    start -= 1
    if start > 0 and cut.end - start < 4 and _a_given_name_before(found, doc[start - 1], cut.end - start):
        start -= 1  # a second given name, in a name of four words at most
    if not found.free(start, cut.end):
        return False
    found.add(start, cut.end, "PERSON", cut.honorific)
    return True


def _a_given_name_before(found: Finding, word: Token, name_length: int) -> bool:
    """Whether `word` may be a given name the model left out before a name of `name_length` words."""
    if not (word.is_title and word.is_alpha and word.pos_ == "PROPN" and word.ent_iob_ == "O"):
        return False
    if word.is_sent_start and name_length > 2:
        return False
    return not _a_description(found, word)


def names_after_plural(found: Finding, ent: Span, cut: Cut) -> bool:
    """A plural noun before "A and B" says they are two things, which the model read as one name:
    "the carmakers Acme and Vexo Motors", "the schools St Anne and Holy Cross". Not people, who
    may share a surname ("the brothers Jo and Al Bloggs")."""
    doc = found.doc
    if ent.label_ not in ("ORG", "GPE", "LOC", "FAC") or cut.start == 0:
        return False
    before = doc[cut.start - 1]
    if before.tag_ != "NNS" or not before.is_lower:
        return False
    joins = [i for i in range(cut.start + 1, cut.end - 1) if doc[i].lower_ == "and"]
    if len(joins) != 1 or not (doc[joins[0] - 1].is_title and doc[joins[0] + 1].is_title):
        return False
    found.add(cut.start, joins[0], ent.label_)
    found.add(joins[0] + 1, cut.end, ent.label_)
    return True


def club_named_by_a_club_word(found: Finding, ent: Span, cut: Cut) -> bool:
    """A sports club named by a club word and its city, "Real Madrid", "Dynamo Kessel", which the
    model reads as the city alone or as a person: the whole is an organisation."""
    doc = found.doc
    start = cut.start
    if ent.label_ not in ("GPE", "LOC", "PERSON", "ORG", "PRODUCT"):
        return False  # "the Real ID Act" is a law
    if start > 0 and _is_club_prefix(doc[start - 1]) and not found.taken[start - 1]:
        start -= 1
    elif not (_is_club_prefix(doc[start]) and cut.end - start > 1):
        return False
    if found.record_for(doc[start : cut.end].text) is not None:
        return False
    found.add(start, cut.end, "ORG")
    return True


def _is_club_prefix(token: Token) -> bool:
    return token.lower_ in LEXICON.club_prefixes and token.text[0].isupper()


def places_split_by_commas(found: Finding, ent: Span, cut: Cut) -> bool:
    """An address or a place and the larger place it lies in, which the model read as one name:
    "Hollins Road, Brackley", "Irving, Texas". Each part is a place; those after a comma are
    the towns, regions and countries around the first (GPE). An address is one whatever the
    model called it ("Ballyragget Road, Kilkenny" as a body): its street is a place (LOC)."""
    doc = found.doc
    commas = [i for i in range(cut.start + 1, cut.end - 1) if doc[i].text == ","]
    street = bool(commas) and ends_a_street(doc[commas[0] - 1])
    if ent.label_ not in PLACE_TYPES and not street:
        return False
    bounds = [cut.start, *commas, cut.end]
    parts = [(a + (a != cut.start), b) for a, b in zip(bounds, bounds[1:], strict=False)]
    if not commas or not all(b > a and doc[a].is_title for a, b in parts):
        return False
    for n, (a, b) in enumerate(parts):
        found.add(a, b, (ent.label_ if ent.label_ in PLACE_TYPES else "LOC") if n == 0 else "GPE")
    return True


def places_listed_as_one_name(found: Finding, ent: Span, cut: Cut) -> bool:
    """Places in a list, which the model read as one name: "routes to Bristol and Rennes",
    "commuters across Yorkshire and Lancashire", "homes in Timaru, Temuka and Geraldine",
    "Cuernavaca, Morelos". Each is a place where the gazetteer knows every one, or knows one
    (a town, a province) and the text puts the list somewhere ("in", "across", "near"). A name
    the gazetteer knows whole stays whole ("Trinidad and Tobago"); so does a part that is not
    a plain name ("Nobody in Lerwick"), and a list of names none of which is a known place
    ("Marks and Spencer", "Romeo and Juliet")."""
    doc = found.doc
    parts = _list_parts(doc, cut)
    if len(parts) < 2 or known_place_type(doc[cut.start : cut.end].text) is not None:
        return False
    if not all(all(t.is_title and t.pos_ == "PROPN" for t in doc[a:b]) and b - a <= 3 for a, b in parts):
        return False
    known = [known_place_or_part_type(doc[a:b].text) for a, b in parts]
    every_one = all(known_place_type(doc[a:b].text) == "GPE" for a, b in parts)
    if not (every_one or any(known) and put_somewhere(doc[parts[0][1] - 1])):
        return False
    for a, b in parts:
        found.add(a, b, "GPE")
    return True


def _list_parts(doc, cut: Cut) -> list[tuple[int, int]]:
    """The runs of a span between its commas and its "and" or "or" (one, before the last part)."""
    joins = [i for i in range(cut.start + 1, cut.end - 1) if doc[i].lower_ in ("and", "or")]
    if len(joins) > 1:
        return []
    bounds = [i for i in range(cut.start + 1, cut.end - 1) if doc[i].text == "," or i in joins]
    parts, a = [], cut.start
    for i in [*bounds, cut.end]:
        if i > a:
            parts.append((a, i))
        a = i + 1
    return parts if not joins or joins[0] + 1 == parts[-1][0] else []


def government_is_its_place(found: Finding, ent: Span, cut: Cut) -> bool:
    """ "the Eastland Government", "the Northland administration" is the place acting."""
    doc = found.doc
    if not (ent.label_ == "ORG" and cut.end - cut.start > 1 and doc[cut.end - 1].lower_ in LEXICON.government_words):
        return False
    place = found.record_for(doc[cut.start : cut.end - 1].text)
    if place is None or place.type not in PLACE_TYPES:
        return False
    found.add(cut.start, cut.end - 1, place.type)
    return True


def demonym_needs_its_place(found: Finding) -> None:
    """A demonym links to its place only where the brief names that place too: "Eastlandic
    officials" alone makes no page for Eastland."""
    named_places = {n.record.name for n in found.names if n.record is not None and n.how == "name"}
    found.names = [
        n for n in found.names if n.how != "demonym" or (n.record is not None and n.record.name in named_places)
    ]


def honorific_names(found: Finding) -> None:
    """A run of capitalised proper nouns after an honorific is a person, even where the model
    missed it: "Ms Quenby said", "Ms Delaney-Mensah left" (a surname written with a hyphen whole).
    Of two honorifics, the second begins the name: "Dr Haji Rosli"."""
    doc, taken = found.doc, found.taken
    for token in doc[:-1]:
        stacked = bare(doc[token.i + 1].text) in LEXICON.honorifics
        if bare(token.text) in LEXICON.honorifics and token.is_title and not taken[token.i + 1] and not stacked:
            end = token.i + 1
            while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and not taken[end]:
                joined = hyphen_between(doc, end) and doc[end + 2].is_title and not taken[end + 2]
                end += 3 if joined else 1
            if end > token.i + 1 and not a_surname_first(doc, token.i, end):  # "Hon Lik"
                found.add(token.i + 1, end, "PERSON", honorific=True)


def names_before_who(found: Finding) -> None:
    """Two or three capitalised proper nouns the model left unlabelled, set off before ", who": a
    person ("Sandeep Dhillon, who runs a furniture business, …"). Bodies take "which"."""
    for comma in found.doc[2:-1]:
        if comma.text == "," and comma.nbor(1).lower_ == "who":
            _add_a_bare_name_before(found, comma.i)


def names_before_a_description(found: Finding) -> None:
    """Two or three capitalised proper nouns the model left unlabelled, set off before ", a" and a
    noun of people: a person described ("Kemi Adeyemi-Clarke, a political scientist at the
    university, said"), as news introduces sources; or before a post with no article, set off by
    commas on both sides ("Ásgeir Þór Kristjánsson, chief superintendent, said"). Not before a
    noun of anything else ("Vexo Quest, a game")."""
    for comma in found.doc[2:-2]:
        if comma.text != ",":
            continue
        if comma.nbor(1).lower_ in ("a", "an"):
            described = comma.nbor(1).head
            if described.pos_ == "NOUN" and described.i > comma.i and is_person_noun(described.lemma_):
                _add_a_bare_name_before(found, comma.i)
        elif _a_post_set_off_after(comma):
            _add_a_bare_name_before(found, comma.i)


def names_set_off_after_a_role(found: Finding) -> None:
    """Two or three capitalised proper nouns the model left unlabelled, set off by commas right
    after a post or a noun of people, or after the body's name the post is of: a person, named
    after the role news gives first ("The President of the Tarlow Hotels Association, Lemalu
    Sina Orvane, said"; "its chief executive, Jo Roe,"). Not after a noun of anything else ("the
    capital, Port Vexmere,") nor after a common noun the post is of ("the manager of the band,
    Silver Kettle,": the band's name)."""
    doc, taken = found.doc, found.taken
    for comma in doc[1:-3]:
        if comma.text != "," or not _a_role_phrase_ends_at(comma):
            continue
        end = comma.i + 1
        while end < len(doc) and not taken[end] and (_a_bare_name_word(doc[end]) or joins_a_double_name(doc[end])):
            end += 1
        closed = end < len(doc) and doc[end].text == ","
        if closed and looks_like_a_persons_name(list(doc[comma.i + 1 : end])):
            found.add(comma.i + 1, end, "PERSON")


def _a_role_phrase_ends_at(comma: Token) -> bool:
    """Does the phrase that ends at the comma end in a post or a noun of people, or in the name of
    what a post is "of" ("The President of the Tarlow Hotels Association")?"""
    word = comma.doc[comma.i - 1]
    if _a_post_or_person_noun(word):
        return True
    if word.pos_ != "PROPN":
        return False  # "the manager of the band, Silver Kettle,": the band's name
    for _ in range(6):  # up through the body's name and its "of" to the post
        if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.i < word.i:
            return _a_post_or_person_noun(word.head.head)
        if word.dep_ != "compound" or word.pos_ != "PROPN" or word.head.i >= comma.i:
            return False
        word = word.head
    return False


def _a_post_or_person_noun(word: Token) -> bool:
    return word.pos_ in ("NOUN", "PROPN") and (word.lower_ in LEXICON.titles or is_person_noun(word.lemma_.lower()))


def _a_post_set_off_after(comma: Token) -> bool:
    """ ", chief superintendent," ", spokeswoman for the council,": a noun of people in lower case
    with no article, right after the comma, whose phrase another comma closes."""
    doc = comma.doc
    described = comma.nbor(1).head if comma.nbor(1).dep_ in ("amod", "compound") else comma.nbor(1)
    if not described.is_lower or described.i <= comma.i or any(c.dep_ == "det" for c in described.children):
        return False
    if not (described.pos_ == "NOUN" and (is_person_noun(described.lemma_) or described.lower_ in LEXICON.titles)):
        return False
    after = described.right_edge.i + 1
    return after < len(doc) and doc[after].text == ","


def double_barrelled_names(found: Finding) -> None:
    """One or two given names and a surname of two capitalised parts joined by a hyphen, which the
    model left unlabelled: a person ("IEBC chairperson Fatuma Wario-Chebet told reporters", "Carys
    Pritchard-Bowen completed the podium"), as few bodies or places are named. A given name the
    model's dictionary has as a common noun, a role or a title is the description before the name
    ("Butcher Gethin Pryce-Morgan"); a country or a people the alias table knows in the surname, a
    determiner before the name or a common noun after it make it no person's ("a Kessel
    German-Vexo deal", "the Vexo Kessel-Orvane bypass")."""
    doc, taken = found.doc, found.taken
    for hyphen in doc[2:-1]:
        if not joins_a_double_name(hyphen) or taken[hyphen.i - 1] or taken[hyphen.i + 1]:
            continue
        parts = (doc[hyphen.i - 1], doc[hyphen.i + 1])
        if not all(_a_bare_name_word(p) and len(p) >= 3 and not _a_place_or_people(found, p) for p in parts):
            continue
        if parts[1].dep_ == "compound" and parts[1].head.pos_ == "NOUN":
            continue  # a name before a common noun names a thing: "the Vexo Kessel-Orvane bypass"
        if hyphen.i + 2 < len(doc) and doc[hyphen.i + 2].is_title and not doc[hyphen.i + 2].is_sent_start:
            continue  # the hyphened name opens a longer one: "Kessel-Orvane Foods"
        start = hyphen.i - 1
        while start > max(0, hyphen.i - 4) and not taken[start - 1] and _a_bare_name_word(doc[start - 1]):
            start -= 1
        while start < hyphen.i - 1 and _a_description(found, doc[start]):
            start += 1
        after_a_determiner = start > 0 and doc[start - 1].lower_ in LEXICON.articles
        if (
            start < hyphen.i - 1
            and not after_a_determiner
            and looks_like_a_persons_name(list(doc[start : hyphen.i + 2]))
        ):
            found.add(start, hyphen.i + 2, "PERSON")


def _a_place_or_people(found: Finding, word: Token) -> bool:
    """A country or region the gazetteer knows, or a people the alias table knows ("German")."""
    return is_a_known_region(word.text) or found.index.demonym(word.text) is not None


def _a_description(found: Finding, word: Token) -> bool:
    """A word before a name that describes its bearer, not a given name: a common noun of the model's
    dictionary (in the plural too: "Registrar of Voters"), a role, a title or an honorific."""
    lower = bare(word.text)
    plural_noun = word.tag_ == "NNPS" and lower.endswith("s") and lower[:-1] in found.common_nouns
    return (
        lower in found.common_nouns
        or plural_noun
        or lower in SPEAKER_ROLES
        or lower in LEXICON.honorifics
        or is_person_noun(lower)
    )


def _add_a_bare_name_before(found: Finding, comma: int) -> None:
    """The unlabelled run of two or three name words (a double-barrelled surname's hyphen aside) right
    before the comma, not after another capitalised word, as a person, if it looks like one."""
    doc, taken = found.doc, found.taken
    start = comma
    while start > 0 and not taken[start - 1]:
        word = doc[start - 1]
        if not (_a_bare_name_word(word) or joins_a_double_name(word)):
            break
        start -= 1
    words = [t for t in doc[start:comma] if not joins_a_double_name(t)]
    if len(words) > 3:
        return
    if (start == 0 or not doc[start - 1].is_title) and looks_like_a_persons_name(list(doc[start:comma])):
        found.add(start, comma, "PERSON")


def full_names_of_surnames(found: Finding) -> None:
    """Two or three capitalised proper nouns the model left unlabelled, whose last word the text
    uses alone elsewhere (or after an honorific: "Mrs Whitcombe"): a person, named in full once and
    by surname after ("went on to beat Ana Petrović 4-6 … when Petrović netted"), as news names
    people and not bodies or places (those are shortened to their first words). A run that opens
    a sentence only as its subject, or before an age ("Doreen Whitcombe, 83, fell"), and not after
    a title; after a role noun that opens the sentence, without it ("Conductor Anders Holmqvist,
    …": Anders Holmqvist); never a place the gazetteer knows ("Northern Ireland" beside "Ireland")."""
    doc, taken = found.doc, found.taken
    alone = {t.text for t in doc if _a_surname_alone(t)}
    for start in range(len(doc) - 1):
        for end in (start + 3, start + 2):
            if end > len(doc) or doc[end - 1].text not in alone:
                continue  # the most selective test first: this loop sees every token
            run = doc[start:end]
            after_a_role = (
                start > 0 and bool(doc[start - 1].is_sent_start) and bare(doc[start - 1].text) in LEXICON.person_nouns
            )
            if (
                (not doc[start].is_sent_start or _opens_as_a_person(run))
                and not _part_of_a_longer_name(run, after_a_role)
                and all(_a_bare_name_word(t) and not taken[t.i] for t in run)
                and looks_like_a_persons_name(list(run))
                and known_place_type(run.text) is None
                and known_place_type(run[-1].text) is None
            ):
                found.add(start, end, "PERSON")
                break


def surnames_of_misread_people(found: Finding) -> None:
    """ "first five-eighth Kahurangi Whaanga kicked …. Whaanga, who had missed twice, …": where the
    model took a person's full name for a place or a body and missed the surname written alone
    after it, that surname, with a sign of a person beside it (", who" after it, an honorific
    before it, or a speech verb it is the subject of), is a mention of a person; it then joins the
    full name (`surname_of_a_misread_person`), whose vote it carries. Only for a full name of two
    or three words that looks like a person's, and not a surname that is also a common noun ("Western
    Force … Force, who": a club's word as likely as a surname)."""
    doc, taken = found.doc, found.taken
    misread = {
        n.text.split()[-1]
        for n in found.names
        if n.label not in ("PERSON", "NORP")
        and n.record is None
        and 2 <= len(n.text.split()) <= 3
        and looks_like_a_persons_name(list(doc[n.first_token : n.last_token + 1]))
    }
    for token in doc:
        if token.text not in misread or taken[token.i] or token.ent_type_ or not _a_surname_alone(token):
            continue
        if token.lower_ in found.common_nouns:
            continue  # "Western Force … Force, who": a club's or a firm's word, as likely as a surname
        before = doc[token.i - 1] if token.i > 0 else None
        honorific = before is not None and bare(before.text) in LEXICON.honorifics
        if honorific or followed_by_who(token) or speaks(token):
            found.add(token.i, token.i + 1, "PERSON", honorific=True)


def _a_surname_alone(token: Token) -> bool:
    """A capitalised proper noun standing alone, or after an honorific ("Mrs Whitcombe"); not one
    half of a double surname ("Lindqvist-Haddad")."""
    if not (token.is_title and token.pos_ == "PROPN") or token.ent_type_ in ("DATE", "TIME", "NORP"):
        return False
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 and not token.is_sent_start else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if any(t is not None and joins_a_double_name(t) for t in (before, after)):
        return False
    honorific = before is not None and bare(before.text) in LEXICON.honorifics
    return (before is None or not before.is_title or honorific) and (after is None or not after.is_title)


def _part_of_a_longer_name(run: Span, after_a_role: bool) -> bool:
    """A capitalised word beside the run (`capitalised_beside`); after a role noun that opens
    the sentence, beside the role and the run together."""
    return capitalised_beside(run.doc[run.start - 1 : run.end] if after_a_role else run)


def _opens_as_a_person(run: Span) -> bool:
    """Does a run opening a sentence read as a person's name: the subject, or before an age, and
    not begun by a title or honorific ("President Obama", "Mrs Roe"), nor by a role noun before
    two more words ("Conductor Anders Holmqvist")?"""
    first = bare(run[0].text)
    if first in LEXICON.titles or first in LEXICON.honorifics:
        return False
    if first in LEXICON.person_nouns and len(run) >= 3:
        return False  # "Conductor Anders Holmqvist": the two words after the role are the name; "Walker Brandt" is one
    return run[-1].dep_ in ("nsubj", "nsubjpass") or age_between_commas(run.doc, run.end) is not None


def _a_bare_name_word(token: Token) -> bool:
    return token.is_title and token.pos_ == "PROPN" and not token.ent_type_


def title_names(found: Finding) -> None:
    """Capitalised proper nouns after a title written as one ("Detective Superintendent Jo Roe
    said") are a person, even where the model missed them all: one to three name words, none of
    them a word that heads an organisation's or a place's name ("General Motors", "Bishop
    Auckland Hospital") or a street ("King Street"), with no capitalised word after them. Not
    after "the" or a possessive, where the title is the role itself: "the Chief Constable said"."""
    doc, taken = found.doc, found.taken
    for token in doc[:-1]:
        if not is_title_word(token) or taken[token.i] or (token.i > 0 and is_title_word(doc[token.i - 1])):
            continue
        before = token.i - 1
        while before >= 0 and doc[before].is_title and doc[before].pos_ != "DET" and not doc[before + 1].is_sent_start:
            before -= 1  # "the Assistant Chief Constable"
        if (
            before >= 0
            and not doc[before + 1].is_sent_start
            and (doc[before].pos_ == "DET" or doc[before].tag_ == "POS")
        ):
            continue
        start = token.i
        while start < len(doc) and is_title_word(doc[start]):
            start += 1
        end = _end_of_plain_name(doc, start, taken)
        ends_the_name = end == len(doc) or not doc[end].text[:1].isupper()
        words = [t for t in doc[start:end] if t.text != "-"]  # "Jo Roe-Lee": two name words
        if 0 < len(words) <= 3 and ends_the_name and not any(doc[i].ent_type_ for i in range(token.i, end)):
            found.add(start, end, "PERSON", honorific=True)


def _end_of_plain_name(doc, start: int, taken: list[bool]) -> int:
    """Past the plain name words from `start`, a double surname's hyphen included ("Lindqvist-Haddad")."""
    end = start
    while end < len(doc) and not taken[end]:
        if _is_plain_name_word(doc[end]):
            end += 1
        elif end > start and joins_a_double_name(doc[end]) and end + 1 < len(doc) and not taken[end + 1]:
            if not _is_plain_name_word(doc[end + 1]):
                break
            end += 2
        else:
            break
    return end


def holders_after_a_portfolio(found: Finding) -> None:
    """ "Minister for Health Ana Moreno said", "Federal Minister for Privatisation Imtiaz Qureshi
    told reporters": after an office and the field it is "for" or "of", all capitalised, the last
    two capitalised words before a verb or a comma are the holder's name, which the model often
    misses or runs on from the field ("Privatisation Imtiaz Qureshi"); an initial may open it
    ("Director of Public Health R. Kalaiselvi"). A field may list several with commas ("Minister of
    Transport, Works and Water Resources Ryan Maynard-Clarke"); a double surname is one word. Not a
    place or a kind of one that ends the field ("Commissioner for Health Lagos State")."""
    doc, taken = found.doc, found.taken
    for office in doc[:-3]:
        if not (office.is_title and bare(office.text) in LEXICON.portfolio_offices):
            continue
        if doc[office.i + 1].lower_ not in ("for", "of"):
            continue
        end = office.i + 2
        while end < len(doc) and (doc[end].is_title or _inside_a_portfolio(doc, end)):
            end += 1
        after = doc[end] if end < len(doc) else None
        start = _start_of_last_two_words(doc, end)
        if start - (office.i + 2) < 1 or after is None or not (after.pos_ in ("VERB", "AUX") or after.text == ","):
            continue
        holder = all((_is_plain_name_word(t) or joins_a_double_name(t)) and not taken[t.i] for t in doc[start:end])
        if holder and not _a_place_word(found, doc[end - 1]):
            found.add(start, end, "PERSON", honorific=True)


def _inside_a_portfolio(doc, i: int) -> bool:
    """A small word between two of a portfolio's capitalised words ("Foreign Affairs and Trade"), a
    comma in its list ("Transport, Works and Water Resources"), or a double surname's hyphen."""
    listed = doc[i].text == "," and doc[i - 1].is_title and _and_before_a_comma(doc, i + 1)
    return _a_small_word_inside(doc, i) or listed or joins_a_double_name(doc[i])


def _and_before_a_comma(doc, i: int) -> bool:
    """Do capitalised words from `i` run on to an "and" (a list: "Works and Water Resources"), not
    to another comma (a name set off: ", Kamran Gilani, told")?"""
    while i < len(doc) and doc[i].is_title:
        i += 1
    return i + 1 < len(doc) and doc[i].lower_ == "and" and doc[i + 1].is_title


def _start_of_last_two_words(doc, end: int) -> int:
    """Where the last two words before `end` begin, a double surname counting as one."""
    start = end
    for _ in range(2):
        start -= 1
        if start >= 2 and joins_a_double_name(doc[start - 1]):
            start -= 2
    return max(start, 0)


def parties_of_a_nation_or_creed(found: Finding) -> None:
    """ "Scottish Labour", "the Welsh Conservatives", "Liberal Democrats": a demonym the alias
    table knows, or a creed, written with a capital before a word a party is named by (lexicon
    party_creeds, party_words, creed_party_words), is one party's name, which the model splits
    into a nationality and a body or reads as a person. Not after another capitalised word ("US
    Senate Democrats" are members of a chamber), nor before one ("Progressive Labour Party" is
    a longer name)."""
    doc = found.doc
    for word in doc[:-1]:
        party = doc[word.i + 1]
        if not word.is_title or found.taken[word.i] or not _names_a_party(found, word.text, party.text):
            continue
        before = doc[word.i - 1] if word.i > 0 and not word.is_sent_start else None
        if before is not None and before.is_title and before.lower_ not in LEXICON.articles:
            continue
        after = doc[party.i + 1] if party.i + 1 < len(doc) else None
        if after is not None and after.is_title:
            continue  # "Progressive Labour Party": a longer name
        if found.free(word.i, party.i + 1):
            found.add(word.i, party.i + 1, "ORG")


def _names_a_party(found: Finding, first: str, second: str) -> bool:
    if first in LEXICON.party_creeds:
        return second in LEXICON.party_words | LEXICON.creed_party_words
    return second in LEXICON.party_words and found.index.demonym(first) is not None


def _a_place_word(found: Finding, token: Token) -> bool:
    """ "Director of Public Health England", "Commissioner for Health Lagos State": the field's
    last word is a place or a kind of one, not a surname."""
    kinds = LEXICON.place_nouns | LEXICON.area_nouns | LEXICON.county_words
    return token.lower_ in kinds or _alias_type(found, token.text) in PLACE_TYPES


def _a_small_word_inside(doc, i: int) -> bool:
    """ "and", "of", "the" between two capitalised words of a portfolio: "Foreign Affairs and Trade"."""
    small = doc[i].lower_ in LEXICON.post_connectors
    return small and 0 < i < len(doc) - 1 and doc[i - 1].is_title and doc[i + 1].is_title


def _is_plain_name_word(token: Token) -> bool:
    word = token.lower_
    return (
        token.is_title
        and token.pos_ == "PROPN"
        and bare(token.text) not in LEXICON.titles
        and word not in NOT_PERSONAL_NAME_WORDS
    )


# words that end the name of a body, a place, a street or a company's trade: "General Motors",
# "King Street", "Premier Oil" are no title before a person's name
NOT_PERSONAL_NAME_WORDS = (
    LEXICON.org_name_heads | LEXICON.place_heads | LEXICON.company_words | LEXICON.street_words | LEXICON.industry_words
)


def _add_free(found: Finding, ranges: list[tuple[int, int]], label: str) -> None:
    for start, end in ranges:
        if found.free(start, end):
            found.add(start, end, label)


def organisation_runs(found: Finding) -> None:
    """An unlabelled run of capitalised words ending in an organisation's head word: "Tidewater News"."""
    _add_free(found, missed.organisation_runs(found.doc, found.taken), "ORG")


def role_owners(found: Finding) -> None:
    """The proper noun before a company role is the company: "Acme spokesman", "Vexo founder"."""
    _add_free(found, missed.role_owners(found.doc, found.taken), "ORG")


def publications(found: Finding) -> None:
    """Where a report appears, or whose it is, is a publisher: "a report in the Tidewater Courier"."""
    _add_free(found, missed.publications(found.doc, found.taken), "ORG")


def place_runs(found: Finding) -> None:
    """An unlabelled run of capitalised words ending in a place's head word: "Kestrel Road Station"."""
    _add_free(found, missed.place_runs(found.doc, found.taken), "LOC")


def places_by_kind_or_origin(found: Finding) -> None:
    """An unlabelled name before a word for a part of a country, or glued to "-born": "the Kisumu
    region", "the Warragul-born rider"."""
    _add_free(found, missed.places_by_kind_or_origin(found.doc, found.taken), "GPE")


def route_ends(found: Finding) -> None:
    """An unlabelled end of a journey: "carrying passengers from Oban to Craignure"."""
    _add_free(found, missed.route_ends(found.doc, found.taken), "GPE")


def known_places_located(found: Finding) -> None:
    """An unlabelled town, country or province the gazetteer knows, named where something is:
    "crops damaged in Jaisalmer", "much of north Staffordshire"."""
    _add_free(found, missed.known_places_located(found.doc, found.taken), "GPE")


def people_after_a_party_or_nation(found: Finding) -> None:
    """An unlabelled person's name after a party's or nation's member: "over Republican Brent Haugland"."""
    _add_free(found, missed.people_after_a_party_or_nation(found.doc, found.taken), "PERSON")


def big_places_unlabelled(found: Finding) -> None:
    """An unlabelled country or big city the gazetteer knows, wherever it stands: "since I left Gdansk"."""
    _add_free(found, missed.big_places_unlabelled(found.doc, found.taken), "GPE")


def towns_after_a_street(found: Finding) -> None:
    """An unlabelled town after a street in an address: "of Forest Road, Coalville, has been charged"."""
    _add_free(found, missed.towns_after_a_street(found.doc, found.taken), "GPE")


def places_after_their_kind(found: Finding) -> None:
    """An unlabelled name after a kind of place and "of": "in the city of Arequipa"."""
    _add_free(found, missed.places_after_their_kind(found.doc, found.taken), "GPE")


def places_before_titles(found: Finding) -> None:
    """A place before the title of its office: "Scioto County Sheriff Wade Tolliver"."""
    _add_free(found, missed.places_before_titles(found.doc, found.taken), "GPE")


def places_listed_with_places(found: Finding) -> None:
    """An unlabelled name in a list of places: "parts of Norfolk and Suffolk"."""
    _add_free(found, missed.places_listed_with_places(found.doc, found.taken), "GPE")


def names_before_others_of_their_kind(found: Finding) -> None:
    """An unlabelled name before "and other" and a plural of a kind of place or body: "Vexmere
    and other towns", "Vexo and rival retailers"."""
    for start, end, label in missed.names_before_others_of_their_kind(found.doc, found.taken):
        _add_free(found, [(start, end)], label)


def place_prefix_runs(found: Finding) -> None:
    """An unlabelled natural feature named with its kind first: "the River Lesk", "Lake Orvel"."""
    _add_free(found, missed.place_prefix_runs(found.doc, found.taken), "LOC")


def initials_of_names(found: Finding) -> None:
    """Initials the model took for no name stand for the one name of the brief they spell: "the
    EV police" where the brief names East Vale. Only capitals, two or more, and only a place's or
    organisation's name of two words or more."""
    spelled: dict[str, str | None] = {}
    for name in found.names:
        if name.label in ("ORG", "GPE", "LOC", "FAC") and len(name.text.split()) > 1:
            letters = initials_of(name.text)
            spelled[letters] = name.label if spelled.get(letters, name.label) == name.label else None
    doc = found.doc
    for token in doc:
        written = acronym_letters(token.text)
        label = spelled.get(written) if written else None
        if label and is_short_form(token.text) and token.ent_iob_ == "O" and not found.taken[token.i]:
            found.add(token.i, token.i + 1, label)
