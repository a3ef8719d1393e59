"""Grouping names into one entity per real thing.

Longest names first, each joins: the group of its alias-table record; else the group of the
same name; else the group of the name it was defined beside in brackets; else the one group
whose full name it stands for by one of `SHORT_FOR_RULES` (in `__init__.py`); else a group of its own.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from ..aliases import name_key
from ..cues import NAME_HEADS, about_sport, known_place_or_part_type, known_place_type
from ..lexicon import LEXICON, bare
from .finders import PLACE_TYPES
from .state import Finding, Group, Name
from .words import (
    acronym_letters,
    contains,
    first_of_two_surnames,
    initials,
    initials_of,
    initials_with_small_words,
    is_company_word,
    speaks,
    spellings_of_initials,
    strip_corporate,
    strip_legal_form,
)


def group_names(found: Finding) -> None:
    """One group per real thing (see the module's docstring)."""
    by_record: dict[str, Group] = {}
    by_key: dict[str, Group] = {}
    names = found.names
    # longest first; of one length, a name the text marks (a cue, an honorific) before the others, so
    # that the mark decides the group its unmarked repeats join ("Mr Adeyemi" … "Adeyemi")
    marked = [bool(n.cue or n.honorific) for n in names]
    for i in sorted(range(len(names)), key=lambda i: (-len(names[i].text.split()), not marked[i], names[i].start)):
        name = names[i]
        person = person_before_alias_table(name, found)
        if person is not None:
            person.names.append(name)
            continue
        if name.record is not None:
            group = by_record.get(name.record.name)
            if group is None:
                group = by_record[name.record.name] = Group(record=name.record, switches=found.switches)
                found.groups.append(group)
            group.names.append(name)
            continue
        key = name_key(name.text)
        group = by_key.get(key)
        if group is None and name.text in found.introduced:
            group = by_key.get(name_key(found.introduced[name.text].text))
        if group is None:
            group = containing_group(name, found)
        if group is None:
            group = Group(switches=found.switches)
            found.groups.append(group)
        group.names.append(name)
        by_key.setdefault(key, group)


def person_before_alias_table(name: Name, found: Finding) -> Group | None:
    """ "Jordan said he was tired" after "Michael Jordan": a name the alias table knows as
    something else (a country), which the model reads as a person here, is the surname of the
    person the brief named in full; the table does not overrule what the text says."""
    if name.record is None or name.record.type == "PERSON" or not read_as_person(name, found):
        return None
    if not found.switches.on("person_before_alias_table"):
        return None
    words = name.text.split()
    people = [g for g in found.groups if g.type == "PERSON" and part_of_person(name, words, g, g.canonical.split())]
    if len(people) != 1:
        return None
    found.switches.fire("person_before_alias_table")
    return people[0]


def read_as_person(name: Name, found: Finding) -> bool:
    """The model's own label for these words is PERSON (the alias table's type may stand in `label`),
    or they speak: "Montana said" after "Kira Montana" is her, not the state."""
    last = found.doc[name.last_token]
    speaking = speaks(last)
    said = [c for c in last.head.children if c.dep_ == "ccomp"] if speaking else []
    as_a_body = any(s.dep_ == "nsubj" and s.lower_ in ("it", "we") for clause in said for s in clause.children)
    return (
        name.label == "PERSON"
        or speaking
        and not as_a_body  # "Washington said it would not lift them": a government
        or any(e.label_ == "PERSON" and e.start <= name.first_token and name.last_token < e.end for e in found.doc.ents)
    )


def containing_group(name: Name, found: Finding) -> Group | None:
    """The one group whose full name this shorter name stands for; where several people share
    a surname, or several organisations their first words, the one introduced first: the story's
    subject. A town's newspaper is not called by the town's name: "Kingsmere" beside "the Kingsmere
    Gazette" and "Kingsmere United" is the club, whichever came first."""
    from . import SHORT_FOR_RULES  # the order lives in __init__.py

    words = name.text.split()
    candidates: list[tuple[Group, str]] = []
    for group in found.groups:
        if (
            group.record is not None
            and group.record.type in PLACE_TYPES
            and not (name.label in PLACE_TYPES and group.record.name.split()[0].lower() in LEXICON.compass_words)
        ):
            continue
        full_words = group.canonical.split()
        if names_another_thing(name, words, group, found):
            continue
        for rule_name, rule in SHORT_FOR_RULES:
            if found.switches.on(rule_name) and rule(name, words, group, full_words):
                candidates.append((group, rule_name))
                break
    exact = [(g, r) for g, r in candidates if r not in FALLBACK_RULES]
    spelled = [(g, r) for g, r in exact if r in SPELLING_RULES]
    exact = spelled or exact
    unique = list({id(g): g for g, _ in exact or candidates}.values())
    if len(unique) > 1 and spelled:
        return None  # "the Church of England and the Council of Europe … CoE": which, the letters cannot say
    for _, rule_name in exact or candidates:
        found.switches.fire(rule_name)
    by_initials = any(r == "initials_of_given_names" for _, r in exact or candidates)
    organisations = all(g.type == "ORG" for g in unique)
    if len(unique) > 1 and organisations:  # a town's paper is seldom called by the town
        unique = [g for g in unique if g.canonical.split()[-1].lower() not in LEXICON.publication_heads] or unique
    if len(unique) > 1 and (organisations or all(g.type == "PERSON" for g in unique)) and not by_initials:
        return min(unique, key=lambda g: min(n.start for n in g.names))
    return unique[0] if len(unique) == 1 else None


def names_another_thing(name: Name, words: list[str], group: Group, found: Finding) -> bool:
    """Whether one of `NOT_SHORT_FOR_RULES` says `name` is not a short form of `group`."""
    from . import NOT_SHORT_FOR_RULES

    for rule_name, rule in NOT_SHORT_FOR_RULES:
        if found.switches.on(rule_name) and rule(name, words, group, found):
            found.switches.fire(rule_name)
            return True
    return False


def parent_of_a_national_arm(name: Name, words: list[str], group: Group, found: Finding) -> bool:
    """ "Carvell Motors" beside "Carvell Motors Australia (Pty Ltd)": a company's name followed by a
    country or region the alias table knows names its arm there; the bare name is the parent
    company, not a short form of the arm. Only a place that ends the name ("Bank of Eastland" is
    no arm), and not a bare name of common nouns alone ("Cancer Research" of "Cancer Research
    UK" is the charity's short name)."""
    full_words = strip_corporate(group.canonical).split()
    if group.type != "ORG" or len(full_words) <= len(words) or full_words[: len(words)] != words:
        return False
    if len(words) > 1 and all(w.lower() in found.common_nouns for w in words):
        return False
    place = found.record_for(" ".join(full_words[len(words) :]))
    return place is not None and place.type in PLACE_TYPES and not place.ignore


# words that head a public body's or a paper's name: "… Council", "… Court", "… Times"
NAMED_BODY_HEADS = LEXICON.org_name_heads | LEXICON.publication_heads | LEXICON.institution_words


def place_a_body_is_named_for(name: Name, words: list[str], group: Group, found: Finding) -> bool:
    """ "Halifax" beside "Halifax Regional Council", "Cornwall" beside "Cornwall Council",
    "Leicester" beside "Leicester Police": a place the gazetteer knows (a town, a country, a
    province), whose name opens or ends ("… of Leicester") a body's name, is the place, not the
    body's short form: local news names councils, police, courts, hospitals and papers for their
    towns. Only a body whose name a word for a body heads ("… Council", "… Court", "… Times";
    "Bom Jesus do Monte" is a longer place's name), not a company named for a place (a company,
    trade or legal word: "Toyota" for "Toyota Motor Corporation"), not in sports copy ("Leeds"
    for "Leeds United"), not a name written after "the" ("the Halifax"), one the model read as a
    person's, or one that is a verb's subject ("Cornwall said it would appeal")."""
    full_words = group.canonical.split()
    if group.type != "ORG" or len(full_words) <= len(words) or name.label == "PERSON":
        return False
    if name.after_the and not name.modifier:  # "the Halifax"; not "the Halifax tram"
        return False
    at_start = full_words[: len(words)] == words
    at_end = full_words[-len(words) :] == words and full_words[-len(words) - 1].lower() == "of"
    if not (at_start or at_end) or known_place_or_part_type(name.text) is None:
        return False
    rest = full_words[len(words) :] if at_start else full_words[: -len(words)]
    head = bare(rest[-1] if at_start else rest[-2])  # "… Court" of "Supreme Court of Leicester"
    if head not in NAMED_BODY_HEADS or any(_a_trade_or_legal_form(word) for word in rest) or about_sport(found.doc):
        return False
    return found.doc[name.last_token].dep_ not in ("nsubj", "nsubjpass")


# An acronym that spells a name stands for it, even where it also begins another name ("NEA" for
# "Northland Education Agency" beside "the NEA Foundation", which is named after it).
SPELLING_RULES = {"initials_of_group", "initials_of_last_words"}
# tried only where no other rule finds a group
FALLBACK_RULES = {"surname_spelled_differently", "given_name_spelled_differently", "given_name_alone"}


def _shorter(name: Name, words: list[str], full_words: list[str]) -> bool:
    return len(full_words) > len(words) and words[0].lower() not in LEXICON.connectors


def initials_of_group(name: Name, words: list[str], group: Group, full_words: list[str]) -> bool:
    """An acronym stands for the name it spells: "VTO" for "Vintners Trade Office",
    with or without connectors, the company's legal form or its other company words ("KTH" for
    "Kessel-Tarn Holdings plc"), with a letter for each part of a hyphenated name ("HW" for
    "Harlow-Weiss Corp."), and without a country's initials before it
    ("SEC" for "U.S. Securities and Exchange Commission") or the place it is of after it ("MPA" for
    "Maritime and Port Authority of Singapore", a province too: "CME" for "Chamber of Minerals and
    Energy of Western Australia"); of any length up to ten ("GNECB"), and with its
    small words in lower case ("DfT" for "Department for Transport")."""
    full = group.canonical
    letters = name.text.replace(".", "")
    spelt = acronym_letters(name.text) is not None and letters in spellings_of_a_full_name(full)  # "GNECB", "U.N."
    return (
        (spelt or len(letters) > 2 and letters == initials_with_small_words(full))  # "DfT", "BoM"
        and group.type != "PERSON"
        and (len(full_words) > 1 or len(strip_corporate(full).replace("-", " ").split()) > 1)
    )


def spellings_of_a_full_name(full: str) -> set[str]:
    """The acronyms `initials_of_group` reads as standing for the name `full`."""
    full_words = full.split()
    bare = strip_corporate(full)
    spellings = {*spellings_of_initials(full), *spellings_of_initials(bare), initials_of(full, keep_connectors=True)}
    kept = spellings_of_initials(strip_legal_form(full))  # "KTH" of "Kessel-Tarn Holdings plc"
    spellings |= {letters for letters in kept if len(letters) >= 3}  # not "AG" of "Atlas Group Ltd"
    if len(full_words) > 2 and acronym_letters(full_words[0]):
        spellings.add(initials_of(" ".join(full_words[1:])))
    body, of, place = bare.rpartition(" of ")
    if of and len(body.split()) > 1 and known_place_or_part_type(place):
        spellings.add(initials_of(body))
    return spellings


def initials_of_last_words(name: Name, words: list[str], group: Group, full_words: list[str]) -> bool:
    """A name whose first words are written out and the rest as initials: "East N.V." for "East
    North Vale", "Port W.C." for "Port Wex City"."""
    kept = len(words) - 1
    letters = words[-1].replace(".", "")
    return (
        kept > 0
        and group.type != "PERSON"
        and len(full_words) - kept >= 2
        and len(letters) >= 2
        and letters.isupper()
        and words[:kept] == full_words[:kept]
        and letters == initials(full_words[kept:])
    )


def part_of_person(name: Name, words: list[str], group: Group, full_words: list[str]) -> bool:
    """A surname ("Bloggs" for "Jo Bloggs", "Da Silva" for "Ana da Silva", "Le Roux" for "Jo Le
    Roux"), or a first name the model calls a person, or the first of two surnames, which
    Spanish and Portuguese copy writes alone ("Quispe" for "Hernán Quispe Llosa"), also where
    the model took it alone for a body, unless the gazetteer knows a place so named; not where the
    model took it for a place or the text calls it one, since a name the model misread as a
    person's may be named for it ("the village of Orvane" beside "Keep Orvane Green").
    Not a middle name after a particle, which is often a relative's ("Hamad" of "Tamim bin Hamad
    Al Thani")."""
    if group.type != "PERSON" or len(full_words) <= len(words):
        return False
    lowered, full_lowered = [w.lower() for w in words], [w.lower() for w in full_words]
    surname = full_lowered[-len(words) :] == lowered and _a_surname_start(words[0])
    if not _shorter(name, words, full_words):
        return surname
    first_surname = words == [first_of_two_surnames(full_words)]
    if first_surname and name.label != "PERSON":  # a body's reading, not a place's
        place = name.label in PLACE_TYPES or name.cue in PLACE_TYPES or known_place_or_part_type(words[0]) is not None
        return not place and not name.modifier
    return surname or name.label == "PERSON" and (full_words[: len(words)] == words or first_surname)


def _a_surname_start(word: str) -> bool:
    """A surname may open with a particle the lexicon also lists as a connector, written with
    a capital as a surname writes it ("Le Roux" of "Jo Le Roux", "De Vries"); "of Wales"
    is no surname."""
    return word.lower() not in LEXICON.connectors or word[:1].isupper() or word.lower() in LEXICON.name_particles


def given_name_alone(name: Name, words: list[str], group: Group, full_words: list[str]) -> bool:
    """A person's given name alone, as news writes it of children, of victims and in sport ("After
    I beat Faizan in round nine", "'I was shaking,' Kaiya told the paper"), where the model took it
    for a place, a body, a product or a work (not a people or an event: "Christian" beside
    "Christian Vexo" may be the faith's follower): the first word
    of a person's full name of two or three words, which names no place the gazetteer knows
    ("Preston" beside "Preston Hale" stays the town), and not a brand's use of a word, before a
    noun or an "'s" ("Alexa speakers", "Wendy's said"). Only where no other rule finds a group
    (a fallback), so a surname or a body's name goes first; the model's own PERSON reading is
    `part_of_person`'s."""
    return (
        group.type == "PERSON"
        and name.label in PLACE_TYPES | {"ORG", "PRODUCT", "WORK_OF_ART"}
        and not name.modifier
        and len(words) == 1
        and 2 <= len(full_words) <= 3
        and full_words[0] == words[0]
        and not any(w.lower() in NAME_HEADS for w in full_words)  # "Kellow Airfield" is no person
        and known_place_or_part_type(words[0]) is None
    )


def surname_of_a_misread_person(name: Name, words: list[str], group: Group, full_words: list[str]) -> bool:
    """ "starring Ishaan Mehrotra as a general … Mehrotra, 38, thanked audiences": the model took
    the full name for something else, but the text shows its last word alone is a person's (an
    age after it, an honorific or a role before it: a cue). Two or three capitalised words with no
    head word of a body or a place are a person named in full; the group's vote then hears the cue."""
    if group.type == "PERSON" or group.record is not None or not (name.cue == "PERSON" or name.honorific):
        return False
    plain = not any(w.lower() in NAME_HEADS for w in full_words) and all(w[:1].isupper() for w in full_words)
    return len(words) == 1 and 2 <= len(full_words) <= 3 and full_words[-1] == words[0] and plain


def initials_of_given_names(name: Name, words: list[str], group: Group, full_words: list[str]) -> bool:
    """A person's given names written as initials: "J.F. Marston" or "J. F. Marston" for "John F.
    Marston", "J. Marston" for "John Marston": the same surname, and each given name's first
    letter (and where they fit two people, Jane and John Marston, neither)."""
    if group.type != "PERSON" or len(words) < 2 or len(full_words) < 2 or words[-1] != full_words[-1]:
        return False
    letters = "".join(words[:-1]).replace(".", "")
    if not (letters.isalpha() and letters.isupper()) or "".join(words[:-1]) == "".join(full_words[:-1]):
        return False
    return letters == "".join(w[0] for w in full_words[:-1])


def part_of_organisation(name: Name, words: list[str], group: Group, full_words: list[str]) -> bool:
    """The start or end of an organisation's name ("Coast Guard" in "Northland Coast Guard"), or any
    run of it if several words or an institution word ("the Court" for "Court of Audit"). Not a
    name the text places, which is the place a body is named for ("north of Reykjavik" beside "the
    Reykjavik District Court")."""
    if not _shorter(name, words, full_words) or group.type != "ORG" or name.cue in PLACE_TYPES:
        return False
    if name.label not in ("ORG", "PRODUCT", "FAC", "PERSON"):
        return False
    variants = (full_words, strip_corporate(group.canonical).split())
    anywhere = len(words) > 1 or words[0].lower() in LEXICON.institution_words
    return any(contains(v, words, anywhere=anywhere) for v in variants)


def start_of_a_company(name: Name, words: list[str], group: Group, full_words: list[str]) -> bool:
    """ "Veltrix" for "Veltrix Systems Inc.", "Kustflyg" for "Kustflyg AB", "Carrow" for "Carrow
    Foodmarkets": a company named by the words that open its name, which the model often takes for a
    place or a people. Where the rest is no trade or legal form the lexicon lists, only if it is no
    body's head word either ("… Council", "… Gazette", "… Hospital": bodies named for their towns) nor
    a title ("Kellow Mayor …" is a misread post), and the text never puts the words in a place ("in
    Kellow"). Not a place the gazetteer knows ("Leeds" beside "Leeds Building Society"), one the text
    classes as anything but a body ("the town of Eastvale", "the app Kellow"), a sea or a desert
    written with "the" ("the Pacific" beside "Pacific Energy Ltd"), one named by a place word ("Hudson
    Bay"), or what the model read as a person or a people ("European regulators")."""
    if not _shorter(name, words, full_words) or group.type != "ORG" or full_words[: len(words)] != words:
        return False
    if name.label in ("PERSON", "NORP") or name.after_the:
        return False
    if name.cue not in (None, "ORG") or any(w.lower() in LEXICON.place_heads | LEXICON.place_nouns for w in words):
        return False
    if known_place_or_part_type(" ".join(words)) is not None:
        return False
    rest = full_words[len(words) :]
    if any(_a_trade_or_legal_form(word) for word in rest):
        return True
    return not name.placed and not any(bare(w) in TOWN_NAMED_HEADS or bare(w) in LEXICON.titles for w in rest)


# heads of bodies and buildings that take their town's name: "Kessel Council", "Kessel Prison", "Kessel Zoo"
TOWN_NAMED_HEADS = NAMED_BODY_HEADS | LEXICON.building_heads | LEXICON.place_heads


def _a_trade_or_legal_form(word: str) -> bool:
    return is_company_word(word) or word.lower().strip(",.") in LEXICON.industry_words


def start_of_place(name: Name, words: list[str], group: Group, full_words: list[str]) -> bool:
    """ "Eastport" for "Eastport City", "Eastland" for "Eastland Province": a place's name without the
    kind of place that ends it, however the model read the short form, a town it does not know
    being often read as a body ("officials in Vemba" beside "Vemba Province"). Only a kind word:
    "East" is no short form of "East Vale"; and not where a classifying noun makes it a body."""
    return (
        _shorter(name, words, full_words)
        and group.type in PLACE_TYPES
        and _read_as_a_place_or_body(name)
        and full_words[: len(words)] == words
        and all(word.lower() in LEXICON.place_nouns for word in full_words[len(words) :])
    )


def _read_as_a_place_or_body(name: Name) -> bool:
    """The model or the text read the name as a place, or the model as a body where nothing beside
    it says it is one ("talks in Vemba town", "officials in Vemba")."""
    return name.label in PLACE_TYPES or name.cue in PLACE_TYPES or name.label == "ORG" and name.cue is None


def start_of_a_feature(name: Name, words: list[str], group: Group, full_words: list[str]) -> bool:
    """ "Kanlaon" for "Kanlaon Volcano", "Orvel" for "Orvel Glacier": a natural feature's name
    without the word that ends it, however the model read the short form (lexicon feature_heads;
    not a building's, whose first words are often its town's: "Kellow" beside "Kellow Airfield").
    Not a place of its own, which the gazetteer knows or its last word says ("Leicester" beside
    "Leicester River", "Vexo County" beside "Vexo County River"), nor a person the model saw where
    it saw the feature as a place ("the Simpson Desert … Simpson, a farmer")."""
    rest = full_words[len(words) :]
    return (
        _shorter(name, words, full_words)
        and group.type in PLACE_TYPES
        and full_words[: len(words)] == words
        and len(rest) == 1
        and rest[0].lower() in LEXICON.feature_heads
        and known_place_type(" ".join(words)) is None
        and words[-1].lower() not in LEXICON.place_nouns | LEXICON.county_words
        and (name.label != "PERSON" or any(n.label == "PERSON" for n in group.names))
    )


def place_without_compass(name: Name, words: list[str], group: Group, full_words: list[str]) -> bool:
    """ "Korea" where the brief names only "North Korea": a compass word left off a known country
    or region (one the alias table knows). Not a city whose name begins with one: "East Eastport"
    is a district of its own, not Eastport."""
    return (
        _shorter(name, words, full_words)
        and group.record is not None
        and group.type in PLACE_TYPES
        and name.label in PLACE_TYPES
        and full_words[-len(words) :] == words
        and " ".join(full_words[: -len(words)]).lower() in LEXICON.compass_words
    )


def compass_short_form(name: Name, words: list[str], group: Group, full_words: list[str]) -> bool:
    """ "the North" for "North Korea", "the South" for "South Sudan": a country named by its compass
    word alone, where the brief names the country in full (a country the alias table knows, and only
    one such: "the South" stays apart when two countries begin with "South")."""
    return (
        len(words) == 1
        and len(full_words) > 1
        and words[0].lower() in LEXICON.compass_words
        and full_words[0] == words[0]
        and group.record is not None
        and group.type == "GPE"
    )


def other_legal_form(name: Name, words: list[str], group: Group, full_words: list[str]) -> bool:
    """ "Acme Corporation" for "Acme Inc.": one company's name with two legal forms (or with
    "Group", "Holdings") is one company."""
    base = strip_corporate(name.text)
    return (
        group.type == "ORG"
        and base != name.text
        and base != group.canonical
        and base == strip_corporate(group.canonical)
    )


def given_name_spelled_differently(name: Name, words: list[str], group: Group, full_words: list[str]) -> bool:
    """ "John Smyth" and "Jon Smyth" in one brief: the same surname, and given names that differ by
    one letter left out or doubled (Philip and Phillip, Mohamed and Mohammed), is one person spelt
    two ways. Tried only where no other rule finds a group."""
    if not (name.label == "PERSON" and group.type == "PERSON" and len(words) == len(full_words) >= 2):
        return False
    if words[1:] != full_words[1:] or words[0] == full_words[0]:
        return False
    short, long_ = sorted((words[0], full_words[0]), key=len)
    if len(short) < 3 or len(long_) != len(short) + 1 or short[0] != long_[0]:
        return False
    return any(long_[:i] + long_[i + 1 :] == short for i in range(1, len(long_)))


def end_of_product(name: Name, words: list[str], group: Group, full_words: list[str]) -> bool:
    """The last words of a product's, work's or event's name: "Browser" for "Vexo Browser"
    (the first word alone, "Vexo", is the company and stays apart)."""
    return (
        _shorter(name, words, full_words)
        and group.type in ("PRODUCT", "WORK_OF_ART", "EVENT")
        and full_words[-len(words) :] == words
    )


def surname_spelled_differently(name: Name, words: list[str], group: Group, full_words: list[str]) -> bool:
    """A person's surname spelt two ways in one brief ("Ms Kowalsky" for "Anna Kowalski"): one
    word the model calls a person, of five letters or more, beginning with the same letter and
    nearly the same as the surname of a person named in full. Tried only where the surname
    matches no one exactly."""
    surname = full_words[-1]
    return (
        len(words) == 1
        and len(full_words) > 1
        and name.label == "PERSON"
        and group.type == "PERSON"
        and min(len(surname), len(words[0])) >= 5
        and words[0] != surname
        and words[0][0] == surname[0]
        and SequenceMatcher(None, words[0].lower(), surname.lower()).ratio() >= 0.85
    )


def place_after_its_kind(name: Name, words: list[str], group: Group, full_words: list[str]) -> bool:
    """A place's name after the word for its kind: "Eastland" for "the State of Eastland" or
    "Kingdom of Eastland" (a country's formal name), "Ballykerin" for "County Ballykerin" or "Co.
    Ballykerin", "Tarawe" for "Mount Tarawe", "Orvane" for "Lake Orvane" (lexicon state_words,
    county_words, place_prefixes), however the model read the short form (see `start_of_place`). A
    mountain's or a lake's last words are no place the gazetteer knows: "Kenya" beside "Mount Kenya"
    is the country. A short form the model read as a person's only where it read the whole so too
    ("Mount Kerelo … Kerelo erupted")."""
    if group.type not in PLACE_TYPES or not _shorter(name, words, full_words) or full_words[-len(words) :] != words:
        return False
    kind = [bare(word) for word in full_words[: -len(words)]]
    formal = len(kind) == 2 and kind[0] in LEXICON.state_words and kind[1] == "of"
    if formal or len(kind) == 1 and kind[0] in LEXICON.county_words:
        return _read_as_a_place_or_body(name)
    if len(kind) != 1 or kind[0] not in LEXICON.place_prefixes:
        return False
    person = name.label == "PERSON" and any(n.label == "PERSON" for n in group.names)
    return (_read_as_a_place_or_body(name) or person) and known_place_type(" ".join(words)) is None
