"""Rules over the groups: later mentions, roles, teams, and groups that are no entities."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from spacy.tokens import Doc, Span, Token

from ..cues import (
    NAME_HEADS,
    a_big_place,
    about_sport,
    age_between_commas,
    any_sport,
    first_of_its_list,
    is_person_noun,
    known_place_or_part_type,
    known_place_type,
    known_town_type,
    match_opponents,
    put_somewhere,
    set_off_after,
    where_a_body_may_stand,
)
from ..lexicon import LEXICON, bare
from ..tree import sentence_of as sentence_span
from ..tree import text_of
from .finders import PLACE_TYPES
from .grouping import place_a_body_is_named_for
from .state import Finding, Group, Name
from .words import company_short_name, first_of_two_surnames, is_company_word, is_short_form, speaks

UNIQUE_ROLE_HEADS = LEXICON.titles - LEXICON.shared_titles  # "the mayor" is the one mayor of a brief


def later_mentions(found: Finding) -> None:
    """Later uses, as written, of a name or short form a group already has, and a person's
    surname alone, where the model missed them: "Bloggs" after "Jo Bloggs"."""
    forms: dict[str, Group] = {}
    first_surnames: dict[str, Group] = {}
    for group in found.groups:
        if group.type == "NORP":
            continue
        spellings = {n.text for n in group.names if n.how == "name"}
        if group.type == "PERSON":
            spellings |= {n.text.split()[-1] for n in group.names if n.how == "name" and len(n.text.split()) > 1}
            full = [n.text.split() for n in group.names if n.how == "name"]
            for first in filter(None, map(first_of_two_surnames, full)):
                first_surnames.setdefault(first, group)
        if group.record is not None:
            spellings |= {a for a in group.record.aliases | {group.record.name} if is_short_form(a) and len(a) > 1}
        for s in spellings:
            forms.setdefault(s, group)
    add_later_uses(found, forms)
    # the first of two surnames alone ("Quispe told local radio") only where it speaks: "Hope is fading" is no one
    add_later_uses(found, first_surnames, lambda span: speaks(span[-1]))


def add_later_uses(found: Finding, forms: dict[str, Group], keep: Callable[[Span], bool] = lambda span: True) -> None:
    """Each use, as written and not yet in a name (and one `keep` accepts), of a form as a mention of its group."""
    doc, taken = found.doc, found.taken
    if not forms:
        return
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    for match in re.finditer(r"(?<![\w.])(" + alternatives + r")(?![\w])", text_of(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="strict")
        if span is None or any(taken[span.start : span.end]) or not keep(span):
            continue
        first = doc[span.start]
        if first.is_sent_start and span.text.isupper() and len(span) == 1 and first.pos_ in ("AUX", "VERB"):
            continue  # "IS it true?"
        group = forms[match.group(1)]
        group.names.append(
            Name(
                span.start_char,
                span.end_char,
                span.text,
                group.type,
                found.sentence_of(span.start),
                group.record,
                how="alias",
                first_token=span.start,
                last_token=span.end - 1,
            )  # fmt: skip
        )
        taken[span.start : span.end] = [True] * len(span)


def company_short_names(found: Finding) -> None:
    """ "Pellar blamed weak demand" after "Pellar Systems": a company's name without what kind
    of company it is, where the model missed it; not where that is a common word ("General" of
    "General Motors"), a people's name ("British" of "British Airways") or a person's surname
    (Peter Hanson of Hanson Capital), or two companies share it."""
    surnames = {n.text.split()[-1] for g in found.groups if g.type == "PERSON" for n in g.names}
    forms: dict[str, Group | None] = {surname: None for surname in surnames}
    for group in found.groups:
        if group.type != "ORG":
            continue
        for name in group.names:
            for short in _short_names(name.text, found) if name.how == "name" else []:
                if short[0].isupper() and short.lower() not in found.common_nouns and not found.index.demonym(short):
                    forms[short] = group if forms.get(short, group) is group else None
    add_later_uses(found, {form: group for form, group in forms.items() if group is not None})


def _short_names(name: str, found: Finding) -> list[str]:
    """A company's name without what kind of company it is ("Pellar Systems" → Pellar); and its
    first word alone, since news writes "Brightmead Renewables Ltd" or "Vennor Mobility" as
    "Brightmead", "Vennor" whatever the words after say. Only where that word alone speaks or
    acts for a body somewhere (`_stands_for_a_body`: "Vennor said", "Vennor's chief executive",
    "Vennor managing director Ann Moran"), not only a noun's modifier or a place ("Tarlow Valley
    Water Ltd" … "Tarlow residents", "in Tarlow"), and not a place the gazetteer knows."""
    short = company_short_name(name)
    forms = [short] if short else []
    words = name.split()
    first = words[0]
    if len(words) < 2 or first in forms or known_place_type(first) is not None:
        return forms
    if any(t.text == first and _stands_for_a_body(t) for t in found.doc):
        forms.append(first)
    return forms


def _stands_for_a_body(token: Token) -> bool:
    """A word as a subject ("Vennor said"), an owner ("Vennor's chief executive") or the body of a
    post ("Vennor managing director Ann Moran"; not a town's mayor or member, "Kessock mayor")."""
    if token.dep_ in ("nsubj", "nsubjpass", "poss"):
        return True
    post = token.head  # the parser hangs "Vennor" on "director" as a compound, a modifier or an adjective
    return token.dep_ in ("compound", "nmod", "amod") and post.lower_ in BODY_POSTS


BODY_POSTS = (
    (LEXICON.titles - LEXICON.town_offices - LEXICON.offices_of_a_place)
    | LEXICON.company_post_words
    | LEXICON.spokesperson_nouns
)


def role_key(found: Finding, tokens) -> tuple[str, ...]:
    """A role's words as lemmas, a place in it by its record: "US President" = ("@United States", "president")."""
    key = []
    for t in tokens:
        record = found.index.lookup(t.text) or found.index.demonym(t.text)
        key.append("@" + record.name if record is not None and record.type in PLACE_TYPES else t.lemma_.lower())
    return tuple(key)


def roles(found: Finding) -> None:
    """Titles that introduce a person: "Northland President Jo Bloggs", "Bloggs, the Northland president"."""
    doc = found.doc
    for group in found.groups:
        if group.type != "PERSON":
            continue
        for name in group.names:
            if name.how != "name":
                continue
            words: list[Token] = []
            i = name.first_token - 1
            sentence_start = sentence_span(doc[name.first_token]).start
            while (
                i >= 0
                and doc[i].pos_ in ("PROPN", "NOUN", "ADJ")
                and (doc[i].ent_type_ != "PERSON" or bare(doc[i].text) in LEXICON.titles)  # "Cr" of "Cr Tran"
                and not doc[i].is_punct
                and sentence_span(doc[i]).start == sentence_start
            ):
                words.insert(0, doc[i])
                i -= 1
            if words and bare(words[-1].text) in LEXICON.titles:
                group.roles.add(role_key(found, words))
            if not set_off_after(doc, name.last_token + 1):
                continue  # "Corvane chief executive Jo Roe": the post of the name after, not an apposition
            for token in doc[name.first_token : name.last_token + 1]:
                for child in token.children:
                    if child.dep_ == "appos" and child.lower_ in LEXICON.titles | UNIQUE_ROLE_HEADS:
                        mods = [t for t in child.subtree if t.i <= child.i and t.dep_ != "det" and not t.is_punct]
                        group.roles.add(role_key(found, mods))


def role_mentions(found: Finding) -> None:
    """ "the Northland President" → the one person introduced with that title ("the mayor" → the
    one mayor, where a title is held by one person at a time)."""
    doc, taken = found.doc, found.taken
    people = [g for g in found.groups if g.type == "PERSON" and g.roles]
    if not people or not doc.has_annotation("DEP"):  # noun chunks need a parse
        return
    for chunk in doc.noun_chunks:
        if doc[chunk.start].lower_ != "the" or any(doc[i].ent_type_ == "PERSON" for i in range(chunk.start, chunk.end)):
            continue
        if chunk.end < len(doc) and doc[chunk.end].pos_ == "PROPN":
            continue  # "the Northland President Jo Bloggs": the name itself follows
        words = [t for t in chunk if t.dep_ != "det" and not t.is_punct]
        if not words or words[-1].lower_ not in LEXICON.titles:
            continue
        key = role_key(found, words)
        exact = [g for g in people if key in g.roles]
        if len(exact) != 1 and len(key) == 1 and key[0] in UNIQUE_ROLE_HEADS:
            exact = [g for g in people if any(r[-1] == key[0] for r in g.roles)]
        if len(exact) != 1:
            continue
        start = chunk.end  # the role's own words; a place inside it ("US") keeps its own link
        while start > chunk.start + 1 and not taken[start - 1]:
            start -= 1
        if start == chunk.end:
            continue
        taken[start : chunk.end] = [True] * (chunk.end - start)
        span = doc[start : chunk.end]
        exact[0].names.append(
            Name(
                span.start_char,
                span.end_char,
                span.text,
                "PERSON",
                found.sentence_of(start),
                None,
                how="role",
                first_token=start,
                last_token=chunk.end - 1,
            )  # fmt: skip
        )


def match_sides(found: Finding) -> None:
    """The two sides of a match are teams: countries there are national teams, and a club the
    model took for a person is a club ("Eastport United beat Westvale"), and so are two sides
    each named for its town and a plural nickname ("Derby Falcons beat Preston Otters"), unless
    the score is in sets. Two people stay people ("Madison Keys beat Ana Novak 6-3 6-4")."""
    group_at = {i: g for g in found.groups for n in g.names for i in range(n.first_token, n.last_token + 1)}
    in_sets = _set_scores(found.doc)
    for subject, opponent in match_opponents(found.doc):
        first, second = group_at.get(subject), group_at.get(opponent)
        if first is None or second is None:
            continue
        sides = [first, second]
        named_clubs = not in_sets and all(named_like_a_club(g.canonical.split()) for g in sides)
        if all(g.type == "GPE" for g in sides) or named_clubs or any(g.type == "ORG" or g.team for g in sides):
            for g in sides:
                if g.type in ("GPE", "PERSON", "LOC", "FAC"):
                    g.team = True


def _set_scores(doc: Doc) -> bool:
    """Two scores in a row ("6-3 6-4"): sets, which players win, not clubs."""
    scores = [t.i for t in doc[:-2] if t.like_num and t.nbor(1).text in "-–" and t.nbor(2).like_num]
    return any(b - a == 3 for a, b in zip(scores, scores[1:], strict=False))


def named_like_a_club(words: list[str]) -> bool:
    """A town the gazetteer knows and a plural nickname: "Leeds Rhinos", "Carlisle Wolfhounds"."""
    last = words[-1] if words else ""
    return len(words) >= 2 and last[:1].isupper() and last.endswith("s") and known_place_type(words[0]) is not None


def match_side_names(found: Finding) -> None:
    """A side of a match the model missed, named like a club: "Bedford Greys beat Carlisle
    Wolfhounds 24-22" (an organisation); not where the score is in sets, which players win."""
    doc = found.doc
    if _set_scores(doc):
        return
    for pair in match_opponents(doc):
        for i in pair:
            start, end = i, i + 1
            while start > 0 and doc[start - 1].is_title and doc[start - 1].ent_iob_ == "O":
                start -= 1
            if doc[i].is_title and found.free(start, end) and named_like_a_club([t.text for t in doc[start:end]]):
                found.add(start, end, "ORG")


def doubtful_person_located(found: Finding) -> None:
    """A name the text puts somewhere, or that something comes from or goes to, is a place: "crossings
    to Quenport", "a helicopter from Dalmore", "trained at Ballyfoyle", "between Proserpine and Ayr",
    "north-west of Tarlow", "the vessel left Kellow", "fans of Lyon in Wexland" (the "in" hangs on
    the name, not on a verb as in "police arrested Quenby in Wexland"). Its one-word "person" that
    nothing else shows to be a person (see `no_doubtful_people`) becomes a place (GPE) instead of
    being dropped; not where a person may stand after the word ("sold to Austin", "a letter from
    Jackson", "lost to Hamilton")."""
    doc = found.doc

    def placed(group: Group) -> bool:
        return any(put_somewhere(doc[n.last_token]) or _inside_a_place(doc, n) for n in group.names)

    _retype_doubtful_people(found, "GPE", placed)


def big_place_read_as_a_person(found: Finding) -> None:
    """A country, or a city of 100,000 people or more that the gazetteer knows (`cues.a_big_place`),
    which the model read as a one-word person nothing else shows to be one (see
    `no_doubtful_people`), is the place instead of being dropped: "bus cuts by Strathline,
    Glasgow's biggest operator". Not in sports copy, which names clubs by their towns, nor where a
    person may stand (`cues.where_a_body_may_stand`: "a letter from Jackson", "thanked Florence"),
    nor one whose people are a person's ("Jackson's lawyers"), or whom a person's pronoun or an
    age follows (`_said_of_one_person`)."""
    doc = found.doc
    if any_sport(doc):
        return

    def a_persons(token: Token) -> bool:
        owned = token.dep_ == "poss" and is_person_noun(token.head.lemma_)
        return owned or where_a_body_may_stand(token) or _said_of_one_person(token)

    def a_big_place_standing_alone(group: Group) -> bool:
        return not any(a_persons(doc[n.last_token]) for n in group.names) and a_big_place(group.canonical)

    _retype_doubtful_people(found, "GPE", a_big_place_standing_alone)


def group_named_with_the(found: Finding) -> None:
    """A person's name takes no article, and a plural one that does is a group's: a band, a
    team, a family ("the Quenbys", "the Rovers", which the tagger marks as plural proper
    nouns). Such a one-word "person" that nothing else shows to be a person (see
    `no_doubtful_people`) is an organisation (ORG) instead of being dropped."""
    _retype_doubtful_people(found, "ORG", lambda group: any(_plural_with_the(found.doc, n) for n in group.names))


def team_named_with_the(found: Finding) -> None:
    """ "the Leeds Rhinos", "the Kessel Tigers": a name ending in a plural common noun, with "the" as
    its own determiner, is a team or a band, which the model may take for a person or a product;
    a person's name takes no article. An organisation (ORG); not a place ("the Blue Mountains"),
    a set of documents ("the Harbour Papers") or a family ("the Mitford Sisters")."""
    doc = found.doc
    for group in found.groups:
        doubtful = group.record is None and group.type in ("PERSON", "PRODUCT") and not group.roles
        if doubtful and any(_team_with_the(doc, n, found.common_nouns) for n in group.names):
            group.retype("ORG")


def name_with_its_own_the(found: Finding) -> None:
    """A person's name takes no article: a name the model read as a person's with "the" as its
    own determiner is a body's, a newspaper's or a firm's ("told the Orvane Post", "the Kessel
    Courier reported", "a loan from the Orvane Mutual", "the Clarion said"), an organisation
    (ORG). Not where an honorific, a role or words beside it say it is a person, nor a place the
    gazetteer knows ("the Gambia"); "the" of a longer phrase ("the Jo Roe case") is not the
    name's own. (A title written with "the", "the Aga Khan", is read as a body too.)"""
    doc = found.doc
    for group in found.groups:
        said_a_person = group.roles or any(n.honorific or n.cue == "PERSON" for n in group.names)
        if group.record is not None or group.type != "PERSON" or said_a_person:
            continue
        with_the = [n for n in group.names if _with_its_own_the(doc, n) and _a_body_with_the(doc[n.last_token], n)]
        if with_the and not known_place_type(group.canonical):
            group.retype("ORG")


def _a_body_with_the(token: Token, name: Name) -> bool:
    """A name of two words or more; one word only where it speaks or is spoken to ("the Clarion
    reported", "told the Clarion"): "the Tarne" alone is as likely a river (a plural one is
    `group_named_with_the`'s)."""
    spoken_to = token.dep_ in ("dobj", "dative") and token.head.lemma_.lower() in LEXICON.speech_verbs
    hyphened = token.i > name.first_token and token.nbor(-1).text == "-"  # "the Kessel Courier-Leader"
    if not hyphened and _documents_or_a_family(token.lower_):
        return False  # "the Harbour Papers", "the Tarlow Report", "the Mitford Sisters"
    return name.last_token > name.first_token or speaks(token) or spoken_to


def _team_with_the(doc: Doc, name: Name, common_nouns: frozenset[str]) -> bool:
    last = doc[name.last_token]
    singular = last.lower_[:-1] if last.lower_.endswith("s") else ""
    return (
        name.last_token > name.first_token
        and _with_its_own_the(doc, name)
        and singular in common_nouns
        and last.lower_ not in LEXICON.place_heads
        and not _documents_or_a_family(last.lower_)
    )


def _documents_or_a_family(word: str) -> bool:
    """Does a name's last word (lower case) make it a document or a set of them ("the Tarlow
    Report", "the Harbour Papers"), or a family, by a plural noun of people ("the Mitford
    Sisters")?"""
    singular = word[:-1] if word.endswith("s") else ""
    return word in LEXICON.document_nouns or singular in LEXICON.document_nouns or singular in LEXICON.person_nouns


def known_town_no_body(found: Finding) -> None:
    """A town the gazetteer knows, which the model took for an organisation, is the town where the
    text puts something there and shows no body: "equalled at Onslow", "from here to Pitlochry",
    "the outskirts of Kelso" (see `cues.put_somewhere`). Not where a classifying noun beside it says what
    it is, where it acts as a body (`_acts_as_a_body`: "Leeds said it would appeal", "Toyota cut 300
    jobs", "engineers at Toyota"), where it is only a source or a rival ("according to Xinhua",
    "outsold rivals Toyota": firms named like towns), in sports copy (clubs are named by their
    towns: "Leeds beat Hull"), or in a name of more than one word."""
    for group in _one_word_bodies_acting_as_none(found):
        located_there = any(put_somewhere(found.doc[n.last_token]) for n in group.names)
        if located_there and known_town_type(group.canonical, found.common_nouns) == "GPE":
            group.retype("GPE")


def place_beside_its_body(found: Finding) -> None:
    """ "Halifax's new streetcar line" beside "Halifax Regional Council", "Leicester's deputy
    mayor" beside "Leicester Police": a name the model took for an organisation, which
    `place_a_body_is_named_for` kept apart from the body named for it, is the place the gazetteer
    knows, whatever it owns."""
    for group in found.groups:
        if group.type != "ORG" or group.record is not None:
            continue
        bodies = [other for other in found.groups if other is not group]
        if any(place_a_body_is_named_for(n, n.text.split(), body, found) for n in group.names for body in bodies):
            group.retype(known_place_or_part_type(group.canonical) or "GPE")


def big_place_no_body(found: Finding) -> None:
    """A country, or a city of 100,000 people or more, that the gazetteer knows and the model
    took for an organisation, is the place wherever the text shows no body (as in
    `known_town_no_body`) and names it where no body stands, even where nothing puts something
    there: "Zambia's capital Lusaka", "the medical officer for Saskatoon", "in Kasulu and Kibondo
    districts". A firm named like so big a place is rarer than the place, and acts as one somewhere
    ("Toyota cut jobs"). Not a name in capitals (initials: "FAO figures"), nor one where a body or an
    employer may stand (`where_a_body_may_stand`), nor one a person's pronoun or age follows
    (`_said_of_one_person`), nor in sports copy or a text with a score (`any_sport`: "Nice beat
    Marseille 2-1")."""
    doc = found.doc
    if any_sport(doc):
        return
    for group in _one_word_bodies_acting_as_none(found):
        if any(n.text.isupper() or where_a_body_may_stand(doc[n.last_token]) for n in group.names):
            continue
        if any(_said_of_one_person(doc[n.last_token]) for n in group.names):
            continue  # "thanked Florence for her years of service"
        if a_big_place(group.canonical):
            group.retype("GPE")


def _one_word_bodies_acting_as_none(found: Finding) -> list[Group]:
    """Groups typed ORG, unknown to the alias table, of one-word names with no classifying noun,
    none of which acts as a body; none in sports copy, where clubs are named by their towns."""
    doc = found.doc
    if about_sport(doc):
        return []
    return [
        group
        for group in found.groups
        if group.record is None
        and group.type == "ORG"
        and not any(n.cue for n in group.names)
        and not any(len(n.text.split()) > 1 or _acts_as_a_body(doc[n.last_token]) for n in group.names)
    ]


def _acts_as_a_body(token: Token) -> bool:
    """A subject of any verb, an owner, the body of a post ("Toyota cut 300 jobs", "Toyota's chief
    executive", `_stands_for_a_body`), or where people work or trade ("engineers at Toyota",
    "shares in Nokia"; lexicon staff_nouns)."""
    token = first_of_its_list(token)  # "Toyota and Honda cut jobs"
    if _stands_for_a_body(token):
        return True
    prep = token.head
    return token.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.lemma_.lower() in LEXICON.staff_nouns


def company_owned_in_shares(found: Finding) -> None:
    """ "a 10% stake in Corvane", "shareholders in Pellar": what a stake is held in is a company,
    which the model may take for a town ("in" Corvane) or a person (a firm named like one). Not
    "shares in London", which market reports write of places, not "the stakes in Runcorn", not a
    place the alias table knows ("a stake in Japan's recovery"), and not a person's stake "of"
    ("the 10% stake of Jo Roe" is the stake Jo Roe holds)."""
    doc = found.doc
    for group in found.groups:
        if group.record is not None or group.type not in ("GPE", "PERSON"):
            continue
        prepositions = ("in",) if group.type == "PERSON" else ("in", "of")
        if any(_owned_in_shares(doc[n.last_token], prepositions) for n in group.names):
            group.retype("ORG")


def _owned_in_shares(token: Token, prepositions: tuple[str, ...]) -> bool:
    preposition = token.head
    holding = preposition.head
    return (
        token.dep_ == "pobj"
        and preposition.lower_ in prepositions
        and holding.pos_ == "NOUN"
        and holding.lemma_.lower() in LEXICON.ownership_nouns
        and holding.lower_ != "stakes"
    )


def names_called_he_or_she(found: Finding) -> None:
    """ "Efraín Quiñones said the cuts would hurt. "I cannot sign it," he told reporters": a name
    that "he" or "she" refers back to is a person's, however the model read it (a cue, so that
    grouping joins "Quiñones" to the full name); bodies and places are "it" and "they". Only a
    name of one to three capitalised words, none a head word of a place or body and the last no
    common noun in the model's dictionary ("Crown Court"), that is no known place or alias-table
    entry and has no other cue; the subject of its clause, or in apposition to it; and the
    "he"/"she" is the next subject after it outside quotation marks ("his"/"her" owning one
    too), in a clause of the same sentence or of the next one, with no other person's name,
    unknown name or person noun of that gender between ("Acme said its chief, Jo Roe, … He said"),
    earlier in the name's sentence, or (for a "he" in that sentence) in the sentence before
    ("Midfielder Jo Roe signed. Harrowfield United said he would stay"); not a list's name."""
    for name in found.names:
        plain = name.cue is None and name.record is None and name.how == "name"
        if plain and _named_like_a_person(found, name) and _referred_to_as_he_or_she(found, name):
            name.cue = "PERSON"


def _named_like_a_person(found: Finding, name: Name) -> bool:
    words = name.text.split()  # "Elaine Ho Ka-yan": a hyphenated given name is one word
    return (
        len(words) <= 3
        and all(_a_name_word(word) and word.lower() not in NAME_HEADS for word in words)
        and words[-1].lower() not in found.common_nouns
        and known_place_or_part_type(name.text) is None
    )


def _a_name_word(word: str) -> bool:
    """ "Okafor", "O'Hara", "Ka-yan": capitalised, of letters, with inner apostrophes or hyphens;
    not in capitals."""
    letters = word.replace("'", "").replace("’", "").replace("-", "")
    return word[:1].isupper() and letters.isalpha() and not (len(letters) > 1 and letters.isupper())  # not "AIU"


def _referred_to_as_he_or_she(found: Finding, name: Name) -> bool:
    doc = found.doc
    root = doc[name.first_token : name.last_token + 1].root
    subject = root.head if root.dep_ == "appos" else root  # "One of the applicants, Jo Roe, told …"
    if subject.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ == "conj" for c in subject.children):
        return False  # not "Acme and Vexo said he …"
    verb, sentence = subject.head, sentence_span(subject)
    after = sentence.end + len(sentence_span(doc[sentence.end])) if sentence.end < len(doc) else sentence.end
    own = _the_persons_own_words(found, name, root)
    before_in_sentence, before_in_the_last = _people_before(found, name, subject, sentence, own)
    others: Genders = set()  # whom else "he" or "she" might mean
    quoted = False
    for token in doc[name.last_token + 1 : after]:
        if token.is_space and "\n" in token.text:
            return False  # a paragraph ends: the next one starts afresh
        quoted = _inside_quotes_after(token, quoted)
        if quoted or token.i in own:
            continue
        if gender := _gender_of_a_subject_pronoun(token):
            clause = token.sent != sentence or verb == token.head or verb in token.head.ancestors
            earlier = before_in_sentence | (before_in_the_last if token.sent == sentence else set())
            return clause and not (others | earlier) & {None, gender}
        if (other := _another_possible_antecedent(token)) is not False:
            others.add(other)
    return False


def _the_persons_own_words(found: Finding, name: Name, root: Token) -> set[int]:
    """Tokens that are no one else: the mentions with the name's last word ("Roe" of "Jo Roe")
    and its appositive after it ("Jo Roe, a member of the panel, …")."""
    doc = found.doc
    surname = doc[name.last_token].lower_
    own = {
        i for n in found.names if doc[n.last_token].lower_ == surname for i in range(n.first_token, n.last_token + 1)
    }
    return own | {t.i for c in root.children if c.dep_ == "appos" and c.i > root.i for t in c.subtree}


Genders = set[str | None]  # "m", "f", None for a person of either


def _people_before(
    found: Finding, name: Name, subject: Token, sentence: Span, own: set[int]
) -> tuple[Genders, Genders]:
    """The genders of whom "he" or "she" might mean before the name: earlier in its sentence
    ("Coach Jo Roe said Wharenui had been the better side. He said …"), and in the sentence
    before ("Midfielder Jo Roe signed. Harrowfield United said he would stay"), where a body
    reports on a person; not the subject's own words ("One of the applicants, Jo Roe")."""
    doc = found.doc
    begin = sentence_span(doc[sentence.start - 1]).start if sentence.start > 0 else 0
    people = {i for n in found.names if "PERSON" in (n.label, n.cue) for i in range(n.first_token, n.last_token + 1)}
    skipped = own | {t.i for t in subject.subtree}
    in_sentence: Genders = set()
    in_the_last: Genders = set()
    for token in doc[begin : name.first_token]:
        if token.is_space and "\n" in token.text:
            in_the_last.clear()  # a paragraph before says nothing of this one
        elif token.i not in skipped:
            other = None if token.i in people else _another_possible_antecedent(token)
            if other is not False:
                (in_sentence if token.i >= sentence.start else in_the_last).add(other)
    return in_sentence, in_the_last


def _gender_of_a_subject_pronoun(token: Token) -> str | None:
    """ "m" or "f" for "he"/"she" as a subject, or "his"/"her" owning one ("Her husband, a
    miner, is missing"), else None."""
    if token.lower_ in ("he", "she") and token.dep_ in ("nsubj", "nsubjpass"):
        return "m" if token.lower_ == "he" else "f"
    if token.lower_ in ("his", "her") and token.dep_ == "poss" and token.head.dep_ in ("nsubj", "nsubjpass"):
        return "m" if token.lower_ == "his" else "f"
    return None


def _inside_quotes_after(token: Token, quoted: bool) -> bool:
    """Whether the words after `token` are inside quotation marks, given whether those before were."""
    if token.text in ("“", "‘") or token.tag_ == "``":
        return True
    if token.text in ("”", "’") or token.tag_ == "''":
        return False
    return not quoted if token.text == '"' else quoted


def _another_possible_antecedent(token: Token) -> str | None | Literal[False]:
    """A proper noun or a person noun that "he" or "she" might mean instead: its gender ("m",
    "f", None for either), or False."""
    if token.pos_ == "PROPN" and token.ent_type_ not in PLACE_TYPES | {"ORG", "NORP", "DATE", "TIME"}:
        return None
    if token.pos_ != "NOUN":
        return False
    if token.lower_ in LEXICON.masculine_words | LEXICON.feminine_words:
        return "m" if token.lower_ in LEXICON.masculine_words else "f"
    return None if token.lemma_.lower() in LEXICON.person_nouns | LEXICON.titles else False


def things_described_with_which(found: Finding) -> None:
    """ "Penhallow Water, which bans swimming", "Électricité du Liban, which said": a relative
    clause opened by "which" on a name says it is no person, however the model read it. A group
    typed PERSON with such a name becomes a body (ORG), or a place (GPE) where the text puts it
    somewhere ("between Wellow and Hinton Charterhouse, which lies …"). Not where the parser hangs
    the clause on the name though it describes a noun before it or the whole clause ("the fight
    between Jo Roe and Ann Lee, which was due …": a name in a list; "… went to Jo Roe, which
    surprised critics"), nor a name with a title, a role, a cue or an age, nor one any "who" describes."""
    doc = found.doc
    for group in found.groups:
        if group.type != "PERSON" or group.record is not None or group.roles:
            continue
        if any(n.honorific or n.cue or n.how != "name" for n in group.names):
            continue
        heads = [doc[n.first_token : n.last_token + 1].root for n in group.names]
        if any(_described_by(head, "who") or age_between_commas(doc, head.i + 1) for head in heads):
            continue
        described = [h for h in heads if _described_by(h, "which") and not _in_a_list(h)]
        if described:
            group.retype("GPE" if any(put_somewhere(h) for h in described) else "ORG")


def bodies_by_their_posts(found: Finding) -> None:
    """ "Vexo's chief executive, Ann Roe", "Tarrant Lines managing director Jo Bloggs said",
    "Kestrava suspended its sailings": a firm's post is held at a body, and a person is never
    "it". A group typed PERSON whose name owns a firm's post (lexicon firm_posts) or names the
    firm right before one and its holder's name, or, named only by one word, is the subject of
    a verb whose object "its" owns, is a body (ORG), however the model read its name; so is a
    "place" the gazetteer does not know that names a firm before a post (a town's council has a
    chief executive too: "Leeds chief executive"). Not a name with a title, a role or a cue
    (one a "who" describes or "she" refers to has one), nor a full name before "its", which may
    be another thing's ("Ann Walsh criticised its handling")."""
    doc = found.doc
    for group in found.groups:
        if group.record is not None or group.roles or any(n.honorific or n.cue or n.how != "name" for n in group.names):
            continue
        posts = any(_owns_a_firms_post(doc, n) for n in group.names)
        one_word = all(" " not in n.text for n in group.names)
        its = one_word and any(_owns_with_its(doc[n.last_token]) for n in group.names)
        unknown_place = group.type in PLACE_TYPES and known_place_or_part_type(group.canonical) is None
        if group.type == "PERSON" and (posts or its) or unknown_place and posts:
            group.retype("ORG")


def _owns_a_firms_post(doc: Doc, name: Name) -> bool:
    """ "Vexo's chief executive": the name owns the post itself (not "Vexo's executive order");
    or "Tarrant Lines managing director Jo Bloggs": the post's words alone come right after the
    name and before a person's name, where the name opens its phrase (in "the union's Eastmoor
    chair Jo Roe" it says which branch)."""
    last = doc[name.last_token]
    if last.dep_ == "poss" and last.head.i > last.i and _a_firms_post(last.head):
        return True
    before = doc[name.first_token - 1] if name.first_token > 0 else None
    if before is not None and (before.tag_ in ("POS", "PRP$") or before.dep_ == "poss"):
        return False
    end = name.last_token + 1
    while end < len(doc) and end <= name.last_token + 2 and doc[end].is_lower and doc[end].lower_ in POST_WORDS:
        end += 1
    holder = doc[end] if end < len(doc) else None
    return (
        end > name.last_token + 1
        and _a_firms_post(doc[end - 1])
        and holder is not None
        and holder.ent_type_ == "PERSON"
    )


def _a_firms_post(word: Token) -> bool:
    """ "executive", "chairman", "CEO"; "director" after "managing"."""
    if word.lower_ == "director":
        return word.i > 0 and word.nbor(-1).lower_ == "managing"
    return word.lower_ in LEXICON.firm_posts


POST_WORDS = LEXICON.company_post_words | LEXICON.firm_posts | {"director"}


def _owns_with_its(name: Token) -> bool:
    """ "Kestrava suspended its sailings", "Halvard cut its forecast": the name is the subject,
    before its verb, of a verb whose object, or an object of whose preposition, "its" owns."""
    if name.dep_ != "nsubj" or name.head.i < name.i:
        return False
    objects = [c for c in name.head.children if c.dep_ == "dobj"]
    objects += [o for p in name.head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(c.lower_ == "its" and c.dep_ == "poss" for o in objects for c in o.children)


def _described_by(name: Token, pronoun: str) -> bool:
    """Does a relative clause on the name open with `pronoun` ("Acme, which …", "Jo Roe, who …"),
    not one that stands for the whole clause before it ("… went to Jo Roe, which surprised
    critics"; lexicon clause_which_verbs)?"""
    return any(
        c.dep_ == "relcl"
        and c.lemma_.lower() not in LEXICON.clause_which_verbs
        and any(w.lower_ == pronoun and w.dep_ in ("nsubj", "nsubjpass") for w in c.children)
        for c in name.children
    )


def _in_a_list(name: Token) -> bool:
    """ "Jo Roe, Ann Lee and Tom Hale, which …": the parser hangs a clause that follows a list on
    one of its names."""
    return name.dep_ == "conj" or any(c.dep_ == "conj" for c in name.children)


def no_doubtful_people(found: Finding) -> None:
    """A one-word "person" never given a full name, a title or a role, never the subject of a verb
    and never described ("Quenby, chief executive of ...", "Quenby, who …", "the striker Quenby")
    is the model's guess for a product or a place ("Vexo", "Safari"), not a person: dropped."""
    found.groups = [g for g in found.groups if not is_doubtful_person(g, found.doc)]


def _retype_doubtful_people(found: Finding, type_: str, applies: Callable[[Group], bool]) -> None:
    """Give `type_` to each group `no_doubtful_people` would drop for which `applies` holds,
    unless a classifying noun beside one of its names already says what it is."""
    for group in found.groups:
        if is_doubtful_person(group, found.doc) and not any(n.cue for n in group.names) and applies(group):
            group.retype(type_)


def no_common_nouns(found: Finding) -> None:
    """A group of nothing but a capitalised common noun that joined no longer name ("Government",
    "Court") is no entity: dropped."""
    found.groups = [g for g in found.groups if not is_common_noun(g)]


def no_field_of_a_post(found: Finding) -> None:
    """A post written in capitals beside its holder's name names the post's field, no body:
    "the agency's Director of Media and Advocacy, Ikechukwu Anozie", "its Head of Public
    Relations, Mr Tunde Ade", "the party's National Publicity Secretary, Mr Ikenna Udeh", "Minister
    of Rural Affairs Marta Kivi-Saar". With the holder named first, only a minister's, secretary's
    or commissioner's field (lexicon cabinet_offices), or one the post says is at a body: "Jo Roe,
    the Minister of Home Affairs, said", "Yusuf Harthy, Director of Coastal Conservation at the
    agency" ("Jo Roe, Director of Vexo, said" names a firm). A group named once, only there, with
    no head word of a body or place or a company's word ("Director-General of the Eastland Drug
    Agency, Mr Jo Roe" keeps the agency), whose name or last word the text writes nowhere else (a
    firm is named again: "Chief Executive of Barclays, Jes Staley, … Barclays shares fell"), and
    unknown to the alias table, is dropped."""
    doc = found.doc
    found.groups = [
        g
        for g in found.groups
        if not (g.record is None and g.type != "PERSON" and len(g.names) == 1 and _field_of_a_post(doc, g.names[0]))
    ]


def _field_of_a_post(doc: Doc, name: Name) -> bool:
    words = doc[name.first_token : name.last_token + 1]
    if any(t.lower_ in BODY_HEADS or is_company_word(t.text) for t in words) or known_place_type(name.text):
        return False
    if words[-1].lower_ in LEXICON.place_nouns:  # "Kettle County Commissioner"; not "Secretary of State for …"
        return False
    post = _the_post_around(doc, words)
    office = [t.lower_ for t in post if t.is_title and t.lower_ in LEXICON.portfolio_offices]
    a_firms_post = any(t.lower_ in LEXICON.company_post_words for t in post)  # "Managing Director of Safaricom"
    if not office or a_firms_post:
        return False
    at_a_body = post.end + 1 < len(doc) and doc[post.end].lower_ in ("at", "of") and doc[post.end + 1].lower_ == "the"
    holder_first = _holder_before(doc, post.start) and (at_a_body or any(o in LEXICON.cabinet_offices for o in office))
    if not (_holder_after(doc, post.end) or holder_first):
        return False
    outside = [t for t in doc if not post.start <= t.i < post.end]
    named_again = any(doc[t.i : t.i + len(words)].text == words.text for t in outside)
    return not named_again and not any(t.text == words[-1].text for t in outside)


def _the_post_around(doc: Doc, words: Span) -> Span:
    """The capitalised words and little words of a post around a name: "Head of Public Relations"."""
    start, end = words.start, words.end
    while start > 0 and not doc[start].is_sent_start and _a_word_of_a_post(doc[start - 1]):
        start -= 1
    while end < len(doc) and _a_word_of_a_post(doc[end]):
        end += 1
    return doc[start:end]


def _holder_after(doc: Doc, end: int) -> bool:
    """Is the holder named right after the post, or after its comma: "…, Mr Jo Roe", "… Jo Roe"?"""
    after_comma = end + 1 < len(doc) and doc[end].text == "," and _a_holder(doc[end + 1])
    return after_comma or end < len(doc) and doc[end].ent_type_ == "PERSON"


def _holder_before(doc: Doc, start: int) -> bool:
    """Is the holder named before the post and its comma: "Jo Roe, the Minister of …"?"""
    i = start - 1
    while i >= 0 and (doc[i].lower_ in LEXICON.articles or doc[i].tag_ in ("PRP$", "POS")):
        i -= 1  # "Jo Roe, the …", "Jo Roe, its …"
    return i >= 1 and doc[i].text == "," and doc[i - 1].ent_type_ == "PERSON"


BODY_HEADS = (  # words of a body's or a place's name: "Kenya Wildlife Service", "Amnesty International Nigeria"
    LEXICON.org_name_heads
    | LEXICON.not_company_words
    | LEXICON.place_heads
    | LEXICON.building_heads
    | LEXICON.street_words
)


def _a_word_of_a_post(token: Token) -> bool:
    """A capitalised word of a post, not its holder's, or a little word inside one ("Special Adviser
    to the President on Media")."""
    capitalised = token.is_title and token.pos_ in ("PROPN", "NOUN", "ADJ") and token.ent_type_ != "PERSON"
    return capitalised or token.lower_ in LEXICON.post_connectors


def _a_holder(token: Token) -> bool:
    """The first word of a person's name after a post: an honorific or title ("Senator Dr Ama
    Boateng") or a name the model saw as a person's."""
    return bare(token.text) in LEXICON.honorifics | LEXICON.titles or token.ent_type_ == "PERSON"


def no_common_word_opening_a_sentence(found: Finding) -> None:
    """A common noun is capitalised at the start of a sentence, and the model may take it for a
    name when it modifies the next word: "Hospital spokeswoman Ann Lee said … at the hospital".
    A group of nothing but such words is dropped when the text itself shows the word is common:
    it writes it in lower case elsewhere, never with a capital inside a sentence. (A dictionary
    is no evidence: it lists Shell, Apple and Labour as common nouns.)"""
    doc = found.doc
    capitalised_inside = _capitalised_inside_a_sentence(doc)
    lower_case = {t.text for t in doc if t.is_lower}

    def opening(name: Name) -> bool:
        token = doc[name.first_token]
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        return (
            name.first_token == name.last_token
            and name.how == "name"
            and _opens_sentence(token)
            and token.text not in capitalised_inside
            and token.lower_ in lower_case
            and following is not None
            and following.is_lower
            and following.pos_ in ("NOUN", "ADJ")
        )

    kept_types = PLACE_TYPES | {"NORP"}  # still names when they modify a noun: "Japan stocks", "Catholic leaders"
    found.groups = [
        g for g in found.groups if g.record is not None or g.type in kept_types or not all(map(opening, g.names))
    ]


def no_common_noun_opening_as_a_person(found: Finding) -> None:
    """ "Turnout was 41 per cent", "Metformin is on the essential medicines list": a word the
    dictionary has as a common noun, capitalised only because it opens a sentence, which the model
    read as a person. A group typed PERSON of nothing but such one-word names, which the text never
    writes with a capital inside a sentence, is dropped. Only people: a firm or a party may be
    named by a common noun alone ("Shell", "Labour"). Not the subject of a verb other than "be":
    the dictionary has "macron" and "baker" too ("Macron spoke."). Nothing without a dictionary."""
    doc = found.doc
    if not found.common_nouns:
        return
    capitalised_inside = _capitalised_inside_a_sentence(doc)

    def common_word_opening(name: Name) -> bool:
        token = doc[name.first_token]
        single = name.first_token == name.last_token and name.how == "name" and not name.honorific
        common = token.lower_ in found.common_nouns and token.text not in capitalised_inside
        return single and common and _opens_sentence(token) and not _does_something(token)

    found.groups = [
        g
        for g in found.groups
        if not (g.record is None and g.type == "PERSON" and not g.roles and all(map(common_word_opening, g.names)))
    ]


def no_plural_common_noun_opening(found: Finding) -> None:
    """ "Campaigners said the rise would hurt", "Commuters on Sunday were positive": the plural of
    a word the dictionary has as a common noun, capitalised only because it opens a sentence, is
    people or things in general, though the model read it as a person or a body and though it
    does something (a person's name is rarely a plural: "Macron spoke" is `no_common_noun_opening_as_a_person`'s
    limit). A group typed PERSON or ORG of nothing but such one-word names, no honorific, which the
    text never writes with a capital inside a sentence, is dropped; not one a person's pronoun or
    age follows (`_said_of_one_person`: "Peters, 52, was jailed", "Matthews said she had been
    threatened"; a surname alone is rarely a group of its own, since the full name comes first).
    Not in sports copy, whose clubs have plural names ("Wolves won"). Nothing without a dictionary."""
    doc = found.doc
    if not found.common_nouns or about_sport(doc):
        return
    capitalised_inside = _capitalised_inside_a_sentence(doc)

    def plural_opening(name: Name) -> bool:
        token = doc[name.first_token]
        single = name.first_token == name.last_token and name.how == "name" and not name.honorific
        plural = bool(_singular_of(token.lower_) & found.common_nouns)
        opening = token.text not in capitalised_inside and _opens_sentence(token)
        return single and plural and opening and not _said_of_one_person(token)

    found.groups = [
        g
        for g in found.groups
        if not (g.record is None and g.type in ("PERSON", "ORG") and not g.roles and all(map(plural_opening, g.names)))
    ]


def _said_of_one_person(token: Token) -> bool:
    """ "Matthews said she had been threatened", "Peters, 52, was jailed": a surname like a plural,
    with one person's pronoun after it in its sentence or an age set off by commas."""
    pronouns = LEXICON.masculine_pronouns | LEXICON.feminine_pronouns
    she = any(t.lower_ in pronouns for t in sentence_span(token) if t.i > token.i)
    return she or age_between_commas(token.doc, token.i + 1) is not None


def _singular_of(word: str) -> set[str]:
    """What a word ending in -s may be the plural of: "farmers" → farmer, "churches" → church,
    "bodies" → body."""
    if not word.endswith("s") or word.endswith("ss"):
        return set()
    forms = {word[:-1]}
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    return forms


def _does_something(token: Token) -> bool:
    """Is the token the subject of a verb other than "be" ("Macron spoke", not "Turnout was")?"""
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() != "be"


def _capitalised_inside_a_sentence(doc: Doc) -> set[str]:
    """Words the text writes with a capital somewhere other than at a sentence's start."""
    return {t.text for t in doc if t.is_title and not _opens_sentence(t)}


def _opens_sentence(token: Token) -> bool:
    """The first word of a sentence, an opening quotation mark aside."""
    before = token.nbor(-1) if token.i > 0 else None
    return bool(token.is_sent_start or (before is not None and before.is_sent_start and before.is_quote))


def is_common_noun(group: Group) -> bool:
    return group.record is None and all(
        n.how in ("name", "alias") and " " not in n.text and n.text.lower() in LEXICON.institution_words
        for n in group.names
    )


def is_doubtful_person(group: Group, doc: Doc) -> bool:
    if group.record is not None or group.type != "PERSON" or group.roles:
        return False
    if any(n.honorific or n.how != "name" or " " in n.text or n.cue == "PERSON" for n in group.names):
        return False  # a title, a full name, or words beside it that say it is a person
    tokens = [doc[n.last_token] for n in group.names]
    return not any(
        t.dep_ in ("nsubj", "nsubjpass", "appos") or any(c.dep_ == "appos" for c in t.children) or _according_to(t)
        for t in tokens
    )


def _according_to(token: Token) -> bool:
    """ "according to Quenby": a source, so a person."""
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "to" and head.i > 0 and head.nbor(-1).lower_ == "according"


def _plural_with_the(doc: Doc, name: Name) -> bool:
    """ "the Quenbys": a plural proper noun with "the" as its own determiner."""
    return _with_its_own_the(doc, name) and doc[name.last_token].tag_ == "NNPS"


def _with_its_own_the(doc: Doc, name: Name) -> bool:
    """ "the" right before the name, as the name's own determiner."""
    article = doc[name.first_token - 1] if name.first_token > 0 else None
    return article is not None and article.lower_ == "the" and article.head.i == name.last_token


def _inside_a_place(doc: Doc, name: Name) -> bool:
    """ "Lyon in Wexland": "in" on the name, and a place as its object."""
    after = name.last_token + 1
    if after + 1 >= len(doc) or doc[after].lower_ != "in" or doc[after].head.i != name.last_token:
        return False
    return any(c.dep_ == "pobj" and c.ent_type_ in PLACE_TYPES for c in doc[after].children)
