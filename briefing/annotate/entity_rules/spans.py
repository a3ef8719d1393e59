"""Where a name the model found begins and ends: each rule moves one edge for one reason.

A rule takes the model's span and the `Cut` so far (token range and whether an honorific stood
before it) and moves its edges; the order is `SPAN_RULES` in `__init__.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..cues import (
    is_a_known_region,
    is_person_noun,
    joins_a_double_name,
    known_place_or_part_type,
    known_place_type,
    looks_like_a_persons_name,
)
from ..lexicon import LEXICON, TITLE_LETTERS, bare
from .words import initials_of, is_company_word, is_short_form, names_people, spellings_of_initials

NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
SPEAKER_ROLES = LEXICON.titles | LEXICON.person_nouns  # what "<role> of <organisation> <name>" may begin with
CALENDAR_WORDS = LEXICON.month_names | LEXICON.weekday_names  # never a surname the model cut off


@dataclass
class Cut:
    start: int
    end: int
    honorific: bool = False


TITLES_AND_HONORIFICS = LEXICON.titles | LEXICON.honorifics  # words before a name that are no part of it


def is_title_word(token) -> bool:
    """A title before a name: "President", "Sheriff", "Sen."; or an elected member's or a police
    rank's letters ("MP", "ACP")."""
    return token.is_title and bare(token.text) in LEXICON.titles or token.text in TITLE_LETTERS


AMOUNT = re.compile(r"[A-Z][A-Za-z]{0,2}\$?\d[\d,.]*[mbk]?")  # "N15", "Sh480", "Rs412", "R48m"


def amount_of_money(span: Span, cut: Cut) -> None:
    """A currency's letters run onto a number ("N15 million" in naira, "Sh480 million" in
    shillings), or written apart from it ("Tk 25,000" in taka), is an amount, not a name, whether
    the model's span ends before the word of amount or takes it in; after a name, the name ends
    before it ("Kafubu Metals Plc K2.4 million fine")."""
    doc = span.doc
    inside = next((t.i for t in span[1:] if _an_amount_in_letters(t)), None)
    if inside is not None:
        cut.end = min(cut.end, inside)
        return
    words = list(span)
    if len(words) > 1 and words[-1].lower_ in LEXICON.amount_words:
        words = words[:-1]
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    amount_follows = len(words) < len(span) or after in LEXICON.amount_words
    joined = len(words) == 1 and AMOUNT.fullmatch(words[0].text) is not None and amount_follows
    apart = len(words) == 2 and CURRENCY_LETTERS.fullmatch(words[0].text) is not None and words[1].like_num
    if joined or apart:
        cut.end = cut.start


def _an_amount_in_letters(token) -> bool:
    """ "K2.4" of "K2.4 million": a currency's letters run onto a number, then a word of amount."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        AMOUNT.fullmatch(token.text) is not None
        and not token.text[-1].isalpha()
        and following is not None
        and following.lower_ in LEXICON.amount_words
    )


CURRENCY_LETTERS = re.compile(r"[A-Z][a-z]{0,2}")  # "Tk", "Rs", "Sh", "N" before an amount written apart


def front_words(span: Span, cut: Cut) -> None:
    """An article, an honorific or (for a person) a title is no part of the name: "the Acme
    Trust" → Acme Trust, "Mr Jo Bloggs" → Jo Bloggs (a PERSON vote), "President Jo Bloggs"; a
    rank the model took for a person of its own before the person's name is none ("Det Supt").
    A rank or council title written short is an honorific whatever the model read ("Cllr Roe",
    lexicon ranks_written_short). A body or a building named for someone keeps the honorific:
    "the Sir Charles Gairdner Hospital"."""
    doc = span.doc
    named_for_someone = span.label_ != "PERSON" and _named_for_someone(doc[cut.start : cut.end])
    while cut.start < cut.end - 1 and (
        doc[cut.start].lower_ in LEXICON.articles
        or bare(doc[cut.start].text) in PERSON_MARKS
        and not named_for_someone
        and not a_surname_first(doc, cut.start, cut.end)
        or span.label_ == "PERSON"
        and (bare(doc[cut.start].text) in LEXICON.titles or doc[cut.start].text in TITLE_LETTERS)
    ):
        cut.honorific = cut.honorific or bare(doc[cut.start].text) in PERSON_MARKS
        cut.start += 1
    next_is_a_person = cut.end < len(doc) and doc[cut.end].ent_iob_ == "B" and doc[cut.end].ent_type_ == "PERSON"
    if span.label_ == "PERSON" and next_is_a_person and all(is_title_word(t) for t in doc[cut.start : cut.end]):
        cut.start = cut.end  # "Det Supt" + "Maria Okafor": the model's rank alone is no one


PERSON_MARKS = LEXICON.honorifics | LEXICON.ranks_written_short


def a_surname_first(doc, start: int, end: int) -> bool:
    """ "Hon Lik": an honorific that is a surname too (lexicon surname_honorifics) before one word
    only is the name's first word, unless the text writes it before a full name too, as its
    honorific ("Hon Elison Rodi … Hon Rodi said")."""
    word = doc[start].text
    if bare(word) not in LEXICON.surname_honorifics or end - start >= 3:
        return False
    return not any(
        t.text == word and t.i + 2 < len(doc) and doc[t.i + 1].is_title and doc[t.i + 2].is_title for t in doc
    )


def _named_for_someone(words: Span) -> bool:
    """Do the words end in a body's or a building's head after two words or more ("Sir Charles
    Gairdner Hospital")? Not a head some bear as a surname ("Jo Park")."""
    return len(words) >= 3 and words[-1].lower_ in NAMED_FOR_SOMEONE_HEADS


NAMED_FOR_SOMEONE_HEADS = (
    LEXICON.org_name_heads | LEXICON.place_heads | LEXICON.building_heads
) - LEXICON.surname_place_heads


def post_letters_after_the(span: Span, cut: Cut) -> None:
    """ "the MLA said", "the CEO said": a post's letters (lexicon member_letters, rank_letters,
    company_post_letters) after "the", with no name or noun after them, are a role that refers
    back to a person, as "the minister" does, not a body's name. ("MLA Roddy Kett" is a title
    before a name; "the ACP group of states" a body's initials before its noun.)"""
    doc = span.doc
    if cut.end - cut.start != 1 or doc[cut.start].text not in TITLE_LETTERS:
        return
    after_the = cut.start > 0 and doc[cut.start - 1].lower_ == "the"
    word_after = cut.end < len(doc) and (doc[cut.end].is_title or doc[cut.end].pos_ in ("NOUN", "PROPN"))
    if after_the and not word_after:
        cut.start = cut.end


def title_before_a_full_name(span: Span, cut: Cut) -> None:
    """A title before what looks like a person's full name makes it a person's, whatever the model
    took the whole for: "Sheriff Ray Castellanos said" (a work of art to the model), "Governor
    Ana Ruiz" (a body) → Ray Castellanos, Ana Ruiz, a PERSON vote; so does a rank of two titles
    before a surname ("Det Sgt Dunleavy"), and a rank's letters before the surname of a person
    the text names in full ("said SACP Molefe", "DC Rowe-Lark said"; not "DC United"). Not where
    the rest is a place's, a body's or a race's ("Prince Edward Island", "General Motors",
    "Queen Anne Stakes")."""
    doc = span.doc
    first = doc[cut.start]
    if span.label_ == "PERSON" or cut.end - cut.start < 2 or not is_title_word(first):
        return
    if first.text in LEXICON.member_letters or bare(first.text) in LEXICON.naming_titles:
        return  # "TD Asset Management", "King Edward Hotel", "Prince Adebayo Okafor" (a given name)
    titles = 1
    while cut.start + titles < cut.end - 1 and is_title_word(doc[cut.start + titles]):
        titles += 1  # "Det Sgt Dunleavy": a rank written in two titles
    rest = doc[cut.start + titles : cut.end]
    if (
        (titles > 1 or first.text in LEXICON.rank_letters and _named_in_full(rest))
        and _one_surname(rest)
        or len(rest) > 1
        and looks_like_a_persons_name(list(rest))
        and not any(t.lower_ in LEXICON.place_nouns for t in rest)
    ):
        cut.start += titles
        cut.honorific = True


def _one_surname(words: Span) -> bool:
    """One capitalised word, or a double name joined by a hyphen ("Rowe-Lark", "McCarthy",
    "O'Hara"); no title ("Deputy Prime Minister" is a post, no surname)."""
    parts = words.text.split("-")
    written = all(p[:1].isupper() and p.replace("'", "").replace("’", "").isalpha() for p in parts)
    return " " not in words.text and written and not is_title_word(words[0])


def _named_in_full(surname: Span) -> bool:
    """Does the text write this surname elsewhere after a given name ("Kerensa Rowe", however the
    model labelled it)?"""
    doc, first = surname.doc, surname[0]
    return any(
        t.text == first.text
        and not first.i - 1 <= t.i < surname.end
        and t.i > 0
        and doc[t.i - 1].is_title
        and doc[t.i - 1].is_alpha
        and not doc[t.i - 1].is_stop  # "The Molefe family"
        and not is_title_word(doc[t.i - 1])
        for t in doc
    )


def descriptor_before_name(span: Span, cut: Cut) -> None:
    """A describing word glued in front of a person's name is no part of it: "Nonpartisan Jane
    Roe", "pro-reform Jo Bloggs" → Jane Roe, Jo Bloggs. A capitalised one only where a full name
    is left: the tagger calls many an unfamiliar given name an adjective ("Cathal Brannigan")."""
    doc = span.doc
    while span.label_ == "PERSON" and cut.end - cut.start > 1:
        first = doc[cut.start]
        hyphened = [t for t in doc[cut.start : cut.end] if t.i > cut.start and t.text == "-"]
        if hyphened and hyphened[0].i == cut.start + 1 and first.is_lower and not first.whitespace_:
            cut.start += 3  # "pro", "-", "reform"
        elif hyphened and hyphened[0].i == cut.start + 1 and not first.whitespace_:
            return  # one hyphenated name, whatever the tagger says of its first part: "Lopez-Garcia"
        elif first.is_lower and first.is_alpha or first.tag_ == "JJ" and cut.end - cut.start > 2:
            cut.start += 1  # a capitalised word the tagger calls an adjective only before a full name
        else:
            return


def party_member_before_name(span: Span, cut: Cut) -> None:
    """A party's member written before a person's full name describes them and is no part of the
    name, whatever the model took the whole for: "Democrat Jo Roe", "New Democrat Amrit Singh",
    "Social Democrat Anna Berg" → the person, a PERSON vote (lexicon party_members, with a creed
    of party_creeds or "New" before it). Not a name of the member noun alone ("Conservative
    Party"), nor a body's whose other words have a creed ("the Conservative Christian
    Fellowship")."""
    doc = span.doc
    start = cut.start
    if doc[start].text in LEXICON.party_creeds | {"New"} and start + 1 < cut.end:
        start += 1
    if doc[start].text not in LEXICON.party_members:
        return
    rest = list(doc[start + 1 : cut.end])
    if looks_like_a_persons_name(rest) and not any(t.text in LEXICON.party_creeds for t in rest):
        cut.start, cut.honorific = start + 1, True


def role_noun_before_name(span: Span, cut: Cut) -> None:
    """A noun of people written as a title before a person's full name is no part of it, as at
    the start of a sentence: "Neighbour Tom Baird said", "Striker Jo Bloggs scored" → Tom Baird,
    Jo Bloggs. Only before two or more capitalised words, so a one-word name stays whole. Where
    the model saw a place or an organisation, only before what looks like a person's name
    ("Striker Jess Omond", not "Student Finance England"), and never a title, which names places
    and races too ("Prince Edward Island", "Queen Anne Stakes")."""
    doc = span.doc
    role = bare(doc[cut.start].text)
    if not (role in LEXICON.person_nouns or span.label_ == "PERSON" and is_person_noun(role)):
        return  # "Optician Vision Plus": a role made by its suffix cuts only what the model saw as a person
    rest = [t for t in doc[cut.start + 1 : cut.end] if t.is_alpha]
    if span.label_ == "PERSON":  # a surname's small words too: "Lifeguard Hanna de Wit"
        named = len(rest) >= 2 and rest[-1].is_title and all(t.is_title or _a_particle(t) for t in rest)
    else:
        named = (
            role not in LEXICON.titles
            and span.label_ in ("GPE", "LOC", "NORP", "ORG")
            and looks_like_a_persons_name(list(doc[cut.start + 1 : cut.end]))
        )
    if named:
        cut.start += 1


def verb_inside_name(span: Span, cut: Cut) -> None:
    """A verb written in lower case is no part of a name: the model ran "Vance told Wikinews"
    together as one title → Vance. Titles capitalise their verbs ("The Empire Strikes Back")."""
    doc = span.doc
    for i in range(cut.start + 1, cut.end):
        verb = doc[i].tag_ in ("VBD", "VBZ", "VBP") and doc[i].pos_ in ("VERB", "AUX")
        if doc[i].is_lower and verb and doc[i].lower_ not in LEXICON.name_particles:  # "Maria do Rosário"
            cut.end = i
            return


def trade_noun_before_name(span: Span, cut: Cut) -> None:
    """A firm's trade written with a capital at the start of a sentence is no part of the name
    after it: "Retailer Dunmore Mart said", "Insurer Kestrel AG" → Dunmore Mart, Kestrel AG.
    Only before a capitalised word; the trade still says what the name is (cues.py)."""
    doc = span.doc
    first = doc[cut.start]
    if (
        cut.end - cut.start >= 2
        and first.is_title
        and first.is_sent_start
        and first.lower_ in LEXICON.trade_nouns
        and doc[cut.start + 1].is_title
    ):
        cut.start += 1


def title_inside_name(span: Span, cut: Cut) -> None:
    """A person's title after the body or place it is held in is no part of the name: "Ross
    County Sheriff Wade Tolliver", "Acme Chief Executive Jo Bloggs" → Wade Tolliver, Jo Bloggs.
    Only a capitalised title after capitalised words, with a full name after it, two or three
    words and no "Jr." ("Martin Luther King Jr." keeps its King).
    Where the model took the whole for a place or a body, only before what looks like a
    person's full name, which the title then marks as a person's."""
    doc = span.doc
    for i in range(cut.end - 2, cut.start, -1):
        after = doc[i + 1 : cut.end]
        if (
            is_title_word(doc[i])
            and 2 <= len(after) <= 3
            and all(t.is_title and bare(t.text) not in LEXICON.titles | LEXICON.generational_suffixes for t in after)
            and all(t.is_title for t in doc[cut.start : i])
        ):
            if span.label_ != "PERSON" and not looks_like_a_persons_name(list(after)):
                return
            cut.start = i + 1
            cut.honorific = cut.honorific or span.label_ != "PERSON"
            return


def place_in_pro_or_anti(span: Span, cut: Cut) -> None:
    """ "pro-Eastland", "anti-Wexland protests": a stance, not a mention of the place."""
    doc = span.doc
    if (
        cut.start >= 2
        and doc[cut.start - 1].text == "-"
        and doc[cut.start - 2].lower_ in LEXICON.stance_prefixes
        and not doc[cut.start - 2].whitespace_
        and not doc[cut.start - 1].whitespace_
    ):
        cut.start = cut.end


def hashtag(span: Span, cut: Cut) -> None:
    """ "#MeToo", "#SaveTheHarbour": a hashtag is a topic, not a name, though the tokenizer
    splits off its "#" and the model may label the rest a person."""
    doc = span.doc
    if cut.start > 0 and doc[cut.start - 1].text == "#" and not doc[cut.start - 1].whitespace_:
        cut.start = cut.end


def run_on_into_the(span: Span, cut: Cut) -> None:
    """A comma left out, and the model ran a name on into the next noun phrase: "According to
    Bloggs the Harbour Trust said", "Acme a Vexo supplier". A lower-case article inside a name
    begins a second phrase unless a connector or preposition joins it ("Friends of the Earth",
    "Rage Against the Machine")."""
    doc = span.doc
    for i in range(cut.start + 1, cut.end - 1):
        before = doc[i - 1]
        if (
            doc[i].text in LEXICON.articles
            and before.is_title
            and before.pos_ not in ("ADP", "CCONJ", "SCONJ", "DET", "PART")
            and before.lower_ not in LEXICON.connectors
        ):
            cut.end = i
            return


def unclosed_bracket(span: Span, cut: Cut) -> None:
    """A bracket opened and not closed inside the span belongs to what follows the name:
    "World Vintners Organisation (WVO" → World Vintners Organisation."""
    doc = span.doc
    opened = [i for i in range(cut.start, cut.end) if doc[i].text == "("]
    if opened and not any(doc[i].text == ")" for i in range(opened[-1], cut.end)):
        cut.end = opened[-1]


POSSESSIVES = ("'s", "’s", "'", "’")  # "Acme's", "the Farmers'"


def possessive_and_punctuation(span: Span, cut: Cut) -> None:
    """No possessive, trailing punctuation or connector: "Acme's" → Acme, "Acme," → Acme ("Acme
    Inc." keeps its stop), "Union of Bakers and" → Union of Bakers."""
    doc = span.doc
    while cut.end > cut.start and (
        doc[cut.end - 1].text in POSSESSIVES
        or doc[cut.end - 1].is_punct
        and doc[cut.end - 1].text not in ".)"
        or doc[cut.end - 1].lower_ in LEXICON.connectors
        and doc[cut.end - 1].is_lower
        and cut.end - 1 > cut.start
        and bool(doc[cut.end - 2].whitespace_)  # a word of its own, not "Jae-in"
    ):
        cut.end -= 1


def saint_named_body(span: Span, cut: Cut) -> None:
    """A saint's name with a possessive opens the name of what is named after the saint, which
    the model often leaves off or labels apart: "St Anne's Primary School", "St. Luke's
    Hospital", "St Columba's Regional Medical Center" are one name each. Only up to a head word
    of a school, hospital, church or park, four capitalised words at most."""
    doc = span.doc
    if bare(doc[cut.start].text) not in LEXICON.saint_words:
        return
    reach = range(cut.start + 1, min(cut.end + 1, len(doc)))
    possessive = next((i for i in reach if doc[i].text in ("'s", "’s")), None)
    if possessive is None:
        return
    end = possessive + 1
    while end < min(len(doc), possessive + 5) and doc[end].is_title:
        end += 1
    heads = [i for i in range(possessive + 1, end) if doc[i].lower_ in LEXICON.saint_named_heads]
    if heads:
        cut.end = max(cut.end, heads[-1] + 1)


def owner_before_possessive(span: Span, cut: Cut) -> None:
    """A possessive inside a model's name parts an owner from what it owns: "Acme Foods' Vexo
    Mart", "Northland Rail's Coastal Line" → the owner. A one-word owner is often part of one
    name ("Women's Institute"), and so is a company word after it ("Sam's Holdings"), a body's
    head word after an owner that is no body itself ("the Information Commissioner's Office", but
    "Eastfield University's Department of Physics" is the university's) and a plural of people a
    body is named for ("Eastland Farmers' Union", "Department of Veterans' Affairs")."""
    doc = span.doc
    if bare(doc[cut.start].text) in LEXICON.saint_words:
        return  # "St Anne's Primary School" is named for the saint: see saint_named_body
    for i in range(cut.start + 2, cut.end - 1):
        if (
            doc[i].text in POSSESSIVES
            and doc[i + 1].is_title
            and not is_company_word(doc[i + 1].text)
            and not _body_named_for_whose(doc, i)
            and not names_people(doc[i - 1].text)
        ):
            cut.end = i
            return


def body_named_for_people(span: Span, cut: Cut) -> None:
    """A body named for the people it serves, where the model stopped at their possessive or began
    after it: "Jim Pattison Children's" + "Hospital", "East Anglian Writers'" + "Guild". A plural of
    people, its possessive and a body's head word after it (up to three capitalised words) are one
    name; so are up to three capitalised words before such people and the head. So is an office's
    title before its court or office (lexicon possessive_name_heads): "the Kasane Magistrate" + "'s
    Court", "the Court of King" + "'s Bench"."""
    doc = span.doc
    possessive = next((i for i in (cut.end - 1, cut.end) if _possessive_at(doc, i)), None)
    if possessive is not None and possessive > cut.start and named_for_whose(doc, possessive):
        end = _name_words_after(doc, possessive + 1, lambda t: t.ent_type_ in ("", "ORG", "PERSON"))
        if end > possessive + 1 and doc[end - 1].lower_ in HEADS_AFTER_A_POSSESSIVE:
            cut.end = end
        return
    people = cut.start - 2
    after_people = people >= 0 and _possessive_at(doc, cut.start - 1) and names_people(doc[people].text)
    if after_people and doc[cut.end - 1].lower_ in ORG_HEADS:
        cut.start = _name_words_before(doc, cut.start - 1, _may_open_a_name)


def _possessive_at(doc, i: int) -> bool:
    return i < len(doc) and doc[i].text in POSSESSIVES


def named_for_whose(doc, possessive: int) -> bool:
    """People ("Children's") or an office's title before its court or office ("Magistrate's Court")."""
    owner, after = doc[possessive - 1], doc[possessive + 1] if possessive + 1 < len(doc) else None
    office = bare(owner.text) in LEXICON.titles and after is not None and after.lower_ in LEXICON.possessive_name_heads
    return names_people(owner.text) or office


def _may_open_a_name(token) -> bool:
    """A capitalised word no other name took, not "The" nor a sentence's first word alone."""
    return token.is_title and token.lower_ not in LEXICON.articles and token.ent_type_ in ("", "NORP", "ORG")


def _body_named_for_whose(doc, i: int) -> bool:
    """ "Commissioner's Office": the possessive at `i` is followed by a body's head word, and
    what comes before it is no organisation's name."""
    return doc[i + 1].lower_ in LEXICON.possessive_name_heads and doc[i - 1].lower_ not in ORG_HEADS


ORG_HEADS = LEXICON.org_type_heads | LEXICON.org_name_heads
HEADS_AFTER_A_POSSESSIVE = ORG_HEADS | LEXICON.possessive_name_heads  # "… Children's Hospital", "… Magistrate's Court"


def name_through_and(span: Span, cut: Cut) -> None:
    """The model stopped an organisation at "and" (or took the "and" and no more), and the short
    form in brackets after the rest shows where the name ends: "the Union of Bakers and Millers
    (UBM)". Not where the short form spells only the words after "and": "Acme and General Widgets
    (GW)" are two companies."""
    doc = span.doc
    end = cut.end - 1 if cut.end == span.end and doc[cut.end - 1].lower_ == "and" else cut.end
    if not (span.label_ == "ORG" and end >= span.end - 1 and end + 1 < len(doc) and doc[end].lower_ == "and"):
        return
    after = end + 1
    while after < min(len(doc), end + 5) and doc[after].is_title:
        after += 1
    short = doc[after + 1].text if after + 2 < len(doc) else ""
    tail = doc[end + 1 : after].text
    if (
        after > end + 1
        and after + 2 < len(doc)
        and doc[after].text == "("
        and doc[after + 2].text == ")"
        and is_short_form(short)
        and short[0] == doc[cut.start].text[0]
        and short.replace(".", "") != initials_of(tail)
    ):
        cut.end = after


def body_cut_at_its_and(span: Span, cut: Cut) -> None:
    """The model read one body's name with "the" and "and" inside as two: "the Australian Nursing"
    + "and" + "Midwifery Federation", "the Highland Crofting" + "and" + "Farming Alliance". Where
    the first has "the" before it, two words or more and no head word of its own, and the second
    begins right after "and" and ends in a public body's head word (lexicon listed_body_heads,
    association_heads), they are one name (after a possessive too: "the state's Animal Husbandry and
    Fisheries Department"); two firms stay two ("Barclays and
    Lloyds Bank", "the Goldman Sachs and Deutsche Bank deal"), and so do two bodies each with "the"
    ("the Orlby School District and the Orlby Police Department") and a one-word body ("the
    Vexbank and Financial Conduct Authority")."""
    doc = span.doc
    and_ = cut.end
    if span.label_ != "ORG" or cut.end != span.end or and_ + 2 >= len(doc) or doc[and_].lower_ != "and":
        return
    before = doc[cut.start - 1].lower_ if cut.start > 0 else ""
    the = before == "the" or before in POSSESSIVES or doc[span.start].lower_ == "the"  # "the state's Animal …"
    words = [t for t in doc[cut.start : cut.end] if t.lower_ != "the"]
    if not the or len(words) < 2 or doc[cut.end - 1].lower_ in HEADS_OF_A_WHOLE_NAME:
        return  # one word is as likely a body's whole name: "the Vexbank and Financial Conduct Authority"
    if is_company_word(doc[cut.end - 1].text):
        return
    after = next((e for e in doc.ents if e.start == and_ + 1 and e.label_ == "ORG"), None)
    if (
        after is not None
        and doc[after.start].lower_ not in LEXICON.articles
        and doc[after.end - 1].lower_ in PUBLIC_BODY_HEADS
    ):
        cut.end = after.end


PUBLIC_BODY_HEADS = LEXICON.listed_body_heads | LEXICON.association_heads  # not a firm's "Bank"


def _may_begin_the_body(token) -> bool:
    """A capitalised word, not "The", that no name took."""
    return token.is_title and token.lower_ not in LEXICON.articles and token.ent_type_ == ""


def name_after_a_taken_and(span: Span, cut: Cut) -> None:
    """The model took an organisation's "and" and stopped: "the Organisation for Economic
    Co-operation and" + "Development" (or read the first half as a law's name: "The Australian
    Competition and" + "Consumer Commission", which the head word then makes a body). The
    capitalised words after it end the name (up to three, none a person's or a place's the model
    saw; a person's only where they end in a body's head word: "… and Farming Alliance")."""
    doc = span.doc
    if span.label_ not in ("ORG", "LAW") or cut.end < span.end - 1 or doc[span.end - 1].lower_ != "and":
        return
    # words the model read as a person's, where they end in a body's head word: "… and Farming Alliance"
    end = _name_words_after(doc, span.end, lambda t: t.ent_type_ in ("", "ORG", "PERSON"))
    if end > span.end and doc[end - 1].lower_ not in LEXICON.org_name_heads:
        end = _name_words_after(doc, span.end, lambda t: t.ent_type_ in ("", "ORG"))
    if end > span.end:
        cut.end = end


def name_before_a_taken_and(span: Span, cut: Cut) -> None:
    """The model began an organisation after its "and": "Kelso Fire and" + "Rescue Service",
    "Maritime and" + "Port Authority of Singapore". Up to three capitalised words before the "and"
    that no other name took (the first may be a place's or a people's: "Australian Competition
    and") begin it, where the name is headed by an organisation's word and the word before "and"
    is none, nor a company's ("Acme Foods and" + "Union Transport Authority" are two bodies). One
    word alone begins it only where the text spells the whole name's initials ("MPA"):
    "Barclays and" + "Lloyds Bank" are two banks. A body named for its fields and its country has
    its own test (`_fields_before_a_country`)."""
    doc = span.doc
    and_ = cut.start - 1
    if span.label_ != "ORG" or cut.start != span.start or and_ < 1 or doc[and_].lower_ != "and":
        return
    if _fields_before_a_country(doc, and_, cut):
        return
    of = next((t.i for t in span[1:] if t.lower_ == "of"), span.end)
    if doc[of - 1].lower_ not in LEXICON.org_name_heads:  # "Rescue Service", "Port Authority of Singapore"
        return
    start = _name_words_before(doc, and_, _may_begin_the_body)
    if start > 0 and start < and_ and doc[start - 1].is_title and doc[start - 1].ent_type_ in ("NORP", "GPE"):
        start -= 1  # "Australian Competition and"
    before_and = doc[and_ - 1]
    if start == and_ or _a_firms_word(before_and):
        return
    if and_ - start == 1 and (known_place_type(doc[start].text) or not _spelled_elsewhere(doc, start, of)):
        return  # "Harwick and" + "Dunmore Council"; "Barclays and" + "Lloyds Bank", two companies
    cut.start = start


def _fields_before_a_country(doc, and_: int, cut: Cut) -> bool:
    """ "Fisheries and" + "Oceans Canada", "Environment and" + "Climate Change Canada": a body named
    for its fields and its country (as `finders.bodies_named_for_a_country` reads "Environment
    Canada"), which the model began after the "and". Where the name the model saw ends in a
    country or region, the words before the country are fields (two or more, or one plural or
    listed: not "Ford" of "GM and" + "Ford Canada", a firm's arm), and one to three capitalised
    words no name took, or a plural field the model took alone, before the "and" (none a place
    the gazetteer knows nor a firm's word) begin it. Moves `cut` and says whether it did."""
    country = next(
        (k for k in (cut.end - 1, cut.end - 2) if k > cut.start and is_a_known_region(doc[k : cut.end].text)), None
    )
    if country is None:
        return False
    start = _name_words_before(doc, and_, _a_field_before_and)
    if start == and_ or any(known_place_type(t.text) or _a_firms_word(t) for t in doc[start:and_]):
        return False
    fields = doc[cut.start : country]
    if any(_a_firms_word(t) for t in fields) or len(fields) == 1 and not _one_field_word(fields[0]):
        return False  # "Ford and" + "GM Canada", "Unions and" + "Kessel Canada": a firm's arm
    cut.start = start
    return True


def _a_firms_word(token) -> bool:
    return token.lower_ in HEADS_OF_A_WHOLE_NAME or is_company_word(token.text)


def _one_field_word(token) -> bool:
    """One word that is a field, not a firm's name: a plural ("Oceans") or one the lexicon lists."""
    plural = token.tag_ in ("NNS", "NNPS") or token.lower_.endswith("s") and not token.lower_.endswith("ss")
    return plural or bare(token.text) in LEXICON.field_words | LEXICON.institution_words


def _a_field_before_and(token) -> bool:
    """A capitalised word no name took, or a field in the plural the model took for a body of its
    own ("Fisheries"; not "Apple" of "Apple and Google Canada")."""
    plural_field = token.ent_type_ == "ORG" and token.tag_ in ("NNS", "NNPS")
    return _may_begin_the_body(token) or plural_field and token.is_title


def place_with_and_opening_a_body(span: Span, cut: Cut) -> None:
    """The model began a body's name inside the name of the place it is of, after that name's
    "and": "Trinidad and" + "Tobago Coast Guard", "Saint Vincent and the" + "Grenadines Coast
    Guard". Where the words before "and" and the body's first words are a place the gazetteer
    knows whole, the place opens the body's name."""
    doc = span.doc
    and_ = cut.start - 2 if cut.start >= 2 and doc[cut.start - 1].lower_ == "the" else cut.start - 1
    if span.label_ != "ORG" or and_ < 1 or doc[and_].lower_ != "and" or cut.end - cut.start < 2:
        return
    for start in range(and_ - 1, max(-1, and_ - 3), -1):
        for place_end in range(cut.start + 1, min(cut.end, cut.start + 3)):
            if known_place_type(doc[start:place_end].text) == "GPE":
                cut.start = start
                return


HEADS_OF_A_WHOLE_NAME = LEXICON.org_name_heads | LEXICON.industry_words  # "Acme Bank and", "Acme Foods and"


def _spelled_elsewhere(doc, start: int, end: int) -> bool:
    """Does the text write the initials of the name from `start` to `end` as a short form ("Maritime
    and Port Authority" … "MPA")? One word before "and" begins a body only with such evidence."""
    spellings = spellings_of_initials(doc[start:end].text)
    return any(len(letters) >= 3 and t.text.replace(".", "") == letters for t in doc for letters in spellings)


def _name_words_before(doc, end: int, may_take) -> int:
    """The start of up to three words ending at `end` that `may_take`; `end` itself if there are none."""
    start = end
    while start > max(0, end - 3) and may_take(doc[start - 1]):
        start -= 1
    return start


def _name_words_after(doc, start: int, may_take, stop=lambda t: False) -> int:
    """The end of up to three capitalised words from `start` that `may_take`, not past a new
    sentence or a word that `stop`s the name; `start` itself if there are none."""
    end = start
    while end < min(len(doc), start + 3) and doc[end].is_title and may_take(doc[end]):
        if end > start and (doc[end].is_sent_start or stop(doc[end])):
            break
        end += 1
    return end


def name_after_a_taken_of(span: Span, cut: Cut) -> None:
    """The model took an organisation's or a place's "of" or "for" and stopped: "the Police
    Service of" + "Northern Ireland", "the Commission for" + "Racial Equality", "the Bay of" +
    "Biscay". The capitalised words after it (up to three, none a person's the model saw) end the
    name; a place there is part of it."""
    doc = span.doc
    if (
        span.label_ not in ("ORG", "LOC", "FAC")
        or cut.end < span.end - 1
        or doc[span.end - 1].lower_ not in ("of", "for")
    ):
        return
    # "the Police Service of Northern Ireland Chief Constable": the title is the holder's
    end = _name_words_after(doc, span.end, lambda t: t.ent_type_ != "PERSON", lambda t: t.lower_ in LEXICON.titles)
    if end > span.end:
        cut.end = end


def town_after_in(span: Span, cut: Cut) -> None:
    """The model ran an organisation's name on into where it is: "the Pacific Institute for
    Affordable Housing in Vancouver" → the institute; "in" and a town the gazetteer knows are
    where, not part of the name ("University of Eastfield at Northtown" keeps its "at")."""
    doc = span.doc
    for i in range(cut.start + 1, cut.end - 1):
        if doc[i].lower_ == "in" and known_place_type(doc[i + 1 : cut.end].text) is not None:
            cut.end = i
            return


def fields_listed_in_a_name(span: Span, cut: Cut) -> None:
    """A body named for the fields it covers, which the model cut at a comma or before "and": "the
    Department for Culture" + ", Media and Sport", "the Ministry of Housing" + ", Communities and
    Local Government", "the Department of Agriculture, Food" + "and the Marine". Only after "for"
    or "of" in the name, and only capitalised words no person or place of the model's takes,
    ending in "and" and one to three words (or "the" and one word that is no body's own: "…
    Health, Education and the Treasury" names the Treasury). Two fields without a comma only
    where a public body's head word comes before "of" ("the Ministry of Revenue" + "and Excise",
    "the Department of Harbours" + "and Coastal Services") and the words after "and" are no name
    of their own: none ends in a body's word, and the text never writes them, or their first word,
    alone."""
    doc = span.doc
    of = next((t.i for t in doc[cut.start : cut.end] if t.lower_ in ("for", "of")), None)
    ends_in_a_comma = cut.end == span.end - 1 and doc[cut.end].text == ","  # "Levelling Up," + "Housing"
    if span.label_ != "ORG" or of is None or not (cut.end == span.end or ends_in_a_comma):
        return
    already_listed = any(t.text == "," for t in doc[of : cut.end])  # the model took ", Food"
    i = cut.end
    while i + 1 < len(doc) and doc[i].text == "," and _a_field(doc[i + 1]):
        i += 2
    if i >= len(doc) or doc[i].lower_ != "and":
        return
    end = _fields_after_and(doc, i + 1, may_take_the=already_listed)
    if end == i + 1:
        return
    if i == cut.end and not already_listed and not _a_second_field(doc, cut.start, of, i + 1, end):
        return
    cut.end = end


def _a_second_field(doc, start: int, of: int, field_start: int, field_end: int) -> bool:
    """Are the words after "and" in "the Ministry of Revenue and Excise" the body's second field:
    a public body's head word before "of", and words that are no name of their own?"""
    head = doc[of - 1].lower_ if of > start else ""
    field = doc[field_start:field_end]
    if head not in PUBLIC_BODY_HEADS or _a_whole_name(field):
        return False
    return not _written_alone(doc, field) and not _written_alone(doc, field[:1])  # "Kerrigan Foods … Kerrigan"


def _written_alone(doc, words: Span) -> bool:
    """Does the text write these words somewhere else, and not after "and"?"""
    n = len(words)
    return any(
        doc[i : i + n].text == words.text and (i == 0 or doc[i - 1].lower_ != "and")
        for i in range(len(doc) - n + 1)
        if i != words.start
    )


def _fields_after_and(doc, start: int, may_take_the: bool) -> int:
    """The end of the one to three field words after a list's "and" ("Sport", "Rural Affairs"), or
    of "the" and one ("the Marine", only where the model took a field of the list itself: "the
    Bank of Ireland" + ", Tesco and the Post" are three); `start` if there are none."""
    if may_take_the and start + 1 < len(doc) and doc[start].lower_ == "the":
        word = doc[start + 1]
        one_word = start + 2 >= len(doc) or not doc[start + 2].is_title
        is_a_body = word.lower_ in LEXICON.bodies_written_with_the
        return start + 2 if _a_field(word) and one_word and not is_a_body else start
    return _name_words_after(doc, start, _a_field)


def _a_field(token) -> bool:
    """A capitalised word of a list of fields; the model reads some as a people ("Mediation"), but
    a plural it reads so is a people ("Germans")."""
    people = token.ent_type_ == "NORP" and token.lower_.endswith("s")
    return token.is_title and token.ent_type_ in ("", "ORG", "NORP") and not people and not token.is_sent_start


def fields_before_a_body_head(span: Span, cut: Cut) -> None:
    """A public body named for three or more fields it covers, listed before its head word, which
    the model cut at a comma or at "and", or read as names of their own: "the Culture, Media" +
    "and Sport Committee", "the Services," + "Industrial, Professional and Technical Union". Only
    after "the", only a body's head word (`listed_body_heads`: a list of firms, clubs or parties
    is no name, "the Toyota, Nissan and Honda Motor Company"), only fields of one to three
    capitalised words, none a known place nor ending in a body's or a company's word, joined by
    commas and one "and" that comes last ("the Police and Fire, Rescue Committee" is no list).
    Two fields are `name_before_a_taken_and`'s, which takes only words no name took: "the
    Treasury and Financial Conduct Authority" are two bodies."""
    doc = span.doc
    if span.label_ != "ORG" or cut.start != span.start or doc[cut.end - 1].lower_ not in LEXICON.listed_body_heads:
        return
    saw_and = any(t.lower_ == "and" for t in doc[cut.start : cut.end])
    start = cut.start
    while True:
        joiner = _list_joiner_before(doc, start)
        if joiner == start or (doc[start - 1].lower_ == "and") == saw_and:  # one "and", and it comes last
            break
        saw_and = True
        words = _name_words_before(doc, joiner, _a_field)
        if words == joiner or _a_whole_name(doc[words:joiner]):
            break
        start = words
    listed = any(t.text == "," for t in doc[start : cut.end])
    if start < cut.start and listed and start > 0 and doc[start - 1].lower_ == "the":
        cut.start = start


def _a_whole_name(words: Span) -> bool:
    """Do the words before a joiner name a place or a body of their own ("the Kent, Essex and",
    "the Premier League,", "the Acme Ltd,"), not a field?"""
    last = words[-1]
    known_place = known_place_type(words.text) is not None
    return known_place or last.lower_ in LEXICON.org_name_heads or is_company_word(last.text)


def _list_joiner_before(doc, end: int) -> int:
    """The start of the ",", "and" or ", and" that ends at `end`; `end` if there is none."""
    if end >= 2 and doc[end - 1].lower_ == "and" and doc[end - 2].text == ",":
        return end - 2
    return end - 1 if end >= 1 and doc[end - 1].lower_ in (",", "and") else end


def _capitalised_run(doc, start: int) -> int:
    """The end of the run of capitalised words from `start` within one sentence, no person in it."""
    end = start
    while (
        end < len(doc)
        and doc[end].is_title
        and not (end > start and doc[end].is_sent_start)
        and doc[end].ent_type_ != "PERSON"
    ):
        end += 1
        if hyphen_between(doc, end - 1) and doc[end + 1].is_title:  # "Antwerp-Bruges"
            end += 1
    return end


def name_through_connector(span: Span, cut: Cut) -> None:
    """The model stopped an organisation's or a place's name at "of", "for", "for the" or "at",
    where the name goes on in capitals: "the Federal Agency for the Financial Markets",
    "University of Eastfield at Northtown". The joining word must hang on the name (a
    prepositional phrase of the name, not of a verb: "Acme voted for Labour" stays Acme); "at"
    only inside a name that already has its "of" or "for"; a numbered part stays apart from its
    whole ("Gate 3 of Eastport Airport"); no name crosses a sentence or paragraph. ("and" joins
    two names as often as it joins one: name_through_and.)"""
    doc = span.doc
    kind_word = cut.end - cut.start == 1 and doc[cut.start].lower_ in LEXICON.place_nouns | {"port"}  # "Port" of X
    if span.label_ not in ("ORG", "FAC", "LOC") and not kind_word or cut.end != span.end or doc[cut.end - 1].like_num:
        return
    end = cut.end
    while end + 1 < len(doc) and doc[end].lower_ in LEXICON.name_connectors and not doc[end].is_sent_start:
        joiner = doc[end]
        inner = any(doc[i].lower_ in LEXICON.head_connectors for i in range(cut.start + 1, end))
        if joiner.lower_ not in LEXICON.head_connectors and not inner:
            return
        first = end + 2 if doc[end + 1].lower_ == "the" else end + 1
        last = _capitalised_run(doc, first)
        if last == first or not cut.start <= joiner.head.i < last:
            return
        cut.end = end = last


def name_through_particle(span: Span, cut: Cut) -> None:
    """A name's small words ("van der", "ap", "de la") do not end it: the model may stop at one
    and start again after it ("Rhodri" … "Gwilym" of "Rhodri ap Gwilym"), or start after the
    ones that open a sentence ("Van der Laan said"). Only particles between capitalised words,
    in one sentence. Gaelic ones are capitalised ("Caoimhe" … "Ní Bhriain" of "Caoimhe Ní
    Bhriain"), and a name that begins with one has its given name before it, where the model
    left that out ("Bríd" of "Bríd Ní Mhurchú"; not an honorific or a title, "Ms Ní Mhurchú")."""
    doc = span.doc
    end = cut.end
    while end < len(doc) and _a_particle(doc[end]):
        end += 1
    stopped_at_one = span.label_ == "PERSON" and cut.end - cut.start > 1 and _a_particle(doc[cut.end - 1])
    through = cut.end < end or stopped_at_one  # "Cathal Mac" + "Giolla Rua"; not "Fleetwood Mac Friday"
    if through and end < len(doc) and doc[end].is_title and not doc[end].is_sent_start:
        while end < len(doc) and doc[end].is_title and not doc[end].is_sent_start:
            end += 1
        while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end - 1].ent_type_ == "PERSON":
            end += 1  # to the end of the person's name the words after the particle begin: "… Khalid al-Tamimi"
        cut.end = end
    start = cut.start
    while start > 0 and doc[start - 1].lower_ in LEXICON.name_particles and not doc[start].is_sent_start:
        start -= 1
    opens = doc[start].is_sent_start or not doc[start - 1].is_title
    if start < cut.start and opens and doc[start].is_title and not doc[start].like_num:  # not "Ten Leeds fans"
        cut.start = start  # "Van der Laan, who won": capitalised particles begin the name
    if span.label_ == "PERSON" and doc[cut.start].lower_ in LEXICON.capital_name_particles and cut.start > 0:
        given = doc[cut.start - 1]
        courtesy = is_title_word(given) or bare(given.text) in LEXICON.honorifics
        if given.is_title and given.pos_ == "PROPN" and not courtesy and not given.ent_type_:
            cut.start -= 1  # "Bríd Ní Mhurchú"


def _a_particle(token: Token) -> bool:
    """ "van", "der", "ap" in lower case; "Ní", "Mac" capitalised."""
    if token.is_lower:
        return token.lower_ in LEXICON.name_particles
    return token.is_title and token.lower_ in LEXICON.capital_name_particles


def hyphenated_name_whole(span: Span, cut: Cut) -> None:
    """A name written with hyphens is one word, wherever the model cut it: "Henley-on-Thames",
    "Ashby-de-la-Zouch District Council" where it saw "Henley", "Ashby" or "Zouch District
    Council" (with the capitalised words after the chain). Only
    a chain with a lower-case joining word inside (a town's "-on-", "-upon-", "-de-la-"), or a
    person's double-barrelled surname ("Babatunde Ajayi-Coker" where it saw "Babatunde Ajayi", or
    "Neo Sebina" and a name "Phiri" of its own); one the text writes whole after a given name, on
    either side of the hyphen ("Dr Simons-Tucker" where it saw "Tucker", after "Lorna Simons-Tucker");
    not two names joined ("US-China talks") nor a word run on ("Kenya-based", "pro-Moscow")."""
    doc = span.doc
    end = _hyphen_chain_end(doc, cut.end)
    pieces = doc[cut.end - 1 : end]
    named = cut.end - cut.start >= 2 or cut.start > 0 and bare(doc[cut.start - 1].text) in LEXICON.honorifics
    double_barrelled = len(pieces) == 3 and (
        span.label_ == "PERSON"
        and named  # "Ms Delaney" + "-Mensah"
        or cut.end - cut.start == 1
        and _surname_of_someone_named(doc, pieces)  # "Koirala" + "-Bhandari said"
    )
    # "Zouch District Council": that name takes the chain back; a surname's one word the model took
    # for a body or a person does not, unless the pair describes a noun ("the Biden-Xi summit"),
    # nor one the text writes in the whole surname elsewhere
    described = end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].is_lower
    surname_piece = _one_word_name(doc, end - 1) and (
        pieces[-1].ent_type_ in ("ORG", "PERSON") and not described or _surname_of_someone_named(doc, pieces)
    )
    another = pieces[-1].ent_iob_ == "B" and not (double_barrelled and surname_piece)
    if end > cut.end and pieces[-1].is_title and not another and (_joining_word_inside(pieces) or double_barrelled):
        cut.end = _name_words_after(doc, end, lambda t: t.ent_type_ in ("", span.label_))  # "… District Council"
    start = cut.start
    while start >= 2 and hyphen_between(doc, start - 2):
        start -= 2
    before = doc[start : cut.start + 1]
    surname = span.label_ == "PERSON" and len(before) == 3 and _surname_of_someone_named(doc, before)
    if start < cut.start and doc[start].is_title and (_joining_word_inside(before) or surname):
        cut.start = start


def _one_word_name(doc, i: int) -> bool:
    """Does a name of the model's begin and end at token i?"""
    return doc[i].ent_iob_ == "B" and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I")


def place_of_two_hyphened_words(span: Span, cut: Cut) -> None:
    """A place named with two capitalised words joined by a hyphen is one name, where the model
    took one half: "Emilia-Romagna", "Saxony-Anhalt", "near Vexmoor-Tarlow". Not two places
    joined: where either half is a country or both are places the gazetteer knows ("the
    Greece-Macedonia dispute", "Lagos-Ibadan"), the other half is a name the model saw ("US-China
    talks"), or a thing between places follows ("the Tolan-Bexby road", "the Tolan-Bexby border
    dispute"; lexicon between_places_nouns, journey_words)."""
    doc = span.doc
    if span.label_ not in ("GPE", "LOC") or cut.end - cut.start != 1:
        return
    here = cut.start
    other = here + 2 if hyphen_between(doc, here) else here - 2 if here >= 2 and hyphen_between(doc, here - 2) else None
    if other is None or not (doc[other].is_title and doc[other].is_alpha) or doc[other].ent_iob_ != "O":
        return
    first, last = min(here, other), max(here, other)
    if hyphen_between(doc, last) or first >= 2 and hyphen_between(doc, first - 2):
        return  # a longer chain: `hyphenated_name_whole`'s
    if _between_two_places(doc, last) or _two_known_places(doc[first].text, doc[last].text):
        return
    cut.start, cut.end = first, last + 1


def _between_two_places(doc, last: int) -> bool:
    """Is the pair before a thing between places: the next word, or the noun the pair hangs on?"""
    nouns = [doc[last + 1]] if last + 1 < len(doc) else []
    head = doc[last].head
    nouns += [head] if head.i > last and head.pos_ == "NOUN" else []
    return any(t.lemma_.lower() in BETWEEN_PLACES_WORDS for t in nouns)


BETWEEN_PLACES_WORDS = LEXICON.between_places_nouns | LEXICON.journey_words


def _two_known_places(first: str, last: str) -> bool:
    """Either a country, or both places the gazetteer knows."""
    from ...gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    countries = [gazetteer.region(word) for word in (first, last)]
    if any(region is not None and region.kind == "country" for region in countries):
        return True
    return bool(known_place_or_part_type(first) and known_place_or_part_type(last))


def _surname_of_someone_named(doc, pieces) -> bool:
    """Does the text write this hyphened word elsewhere after a given name ("Sabitri
    Koirala-Bhandari"), as a person's surname, where the model took that person whole?"""
    words = [t.text for t in pieces]
    return any(
        i != pieces.start
        and [t.text for t in doc[i : i + len(words)]] == words
        and doc[i - 1].is_title
        and doc[i - 1].ent_type_ == doc[i].ent_type_ == "PERSON"
        for i in range(1, len(doc) - len(words) + 1)
    )


def _hyphen_chain_end(doc, end: int) -> int:
    """The end of the words joined by hyphens to the token before `end`."""
    while end + 1 < len(doc) and hyphen_between(doc, end - 1):
        end += 2
    return end


def hyphen_between(doc, i: int) -> bool:
    """Is token i joined to token i + 2 by a hyphen, with no space on either side?"""
    return i + 2 < len(doc) and joins_a_double_name(doc[i + 1])


def _joining_word_inside(pieces) -> bool:
    """ "Henley-on-Thames": a lower-case word between capitalised ones."""
    return any(t.is_lower and t.is_alpha for t in pieces[1:-1])


def place_kind_word(span: Span, cut: Cut) -> None:
    """ "Eastfield province", "Northvale region": the place is the name; the lower-case word after
    it says what kind of place it is."""
    doc = span.doc
    while (
        span.label_ in ("GPE", "LOC")
        and cut.end - cut.start > 1
        and doc[cut.end - 1].is_lower
        and doc[cut.end - 1].is_alpha
    ):
        cut.end -= 1


def organisation_kind_words(span: Span, cut: Cut) -> None:
    """ "Acme news agency", "the Vexo holding company": the organisation is the name; the
    lower-case words after it say what kind of body it is."""
    doc = span.doc
    if span.label_ != "ORG" or doc[cut.end - 1].lower_ not in LEXICON.org_nouns or not doc[cut.end - 1].is_lower:
        return
    end = cut.end
    while end - cut.start > 1 and doc[end - 1].is_lower and doc[end - 1].is_alpha:
        end -= 1
    if not doc[end - 1].is_lower:
        cut.end = end


def score_after_name(span: Span, cut: Cut) -> None:
    """A score or a range after a name is no part of it: "Northland 2 – 1", "Southland 1" before "– 0"."""
    doc = span.doc
    digits = [i for i in range(cut.start + 1, cut.end) if doc[i].like_num]
    if digits and (digits[0] + 1 < len(doc) and doc[digits[0] + 1].text in LEXICON.score_dashes):
        cut.end = digits[0]


def dash_between_names(span: Span, cut: Cut) -> None:
    """A dash with a space on each side parts two names, or a name from a dateline or an aside:
    "based in Eastport - Acme", "Acme – a Vexo supplier"; a hyphen inside a word ("Lee Ka-ming")
    is no dash."""
    doc = span.doc
    for i in range(cut.start + 1, cut.end - 1):
        if doc[i].text in LEXICON.score_dashes and doc[i].text != ":" and doc[i - 1].whitespace_ and doc[i].whitespace_:
            cut.end = i
            return


def flight_after_airline(span: Span, cut: Cut) -> None:
    """A flight is named by its airline and number: in "Acme Air Flight 801" the airline is the
    name; the flight is no entity of its own."""
    doc = span.doc
    for i in range(cut.start + 1, cut.end):
        if doc[i].is_title and doc[i].lower_ in LEXICON.numbered_vehicles and i + 1 < len(doc) and doc[i + 1].like_num:
            cut.end = i
            return


def compound_before(span: Span, cut: Cut) -> None:
    """The model saw only the last word of a name; an untagged capitalised compound before it
    belongs to it: "Harbor Navigator" where it saw "Navigator", "Sadia Khan" where it saw "Khan"
    (a person's surname alone: one given name; before a longer name, a capitalised descriptor is
    as likely: "Substitute Jo Marston"), also where the model took the surname for a place: "the
    minister, Ana Petrova," where it saw "Petrova" (and "Little Harrow" is one place's name). Not
    an honorific, a title or a role ("Dr Ines Marquez", "Mayor Khan")."""
    doc = span.doc
    one_word = len(span) == 1 or len(span) == 3 and joins_a_double_name(span[1])  # "Delaney-Mensah"
    given_name = span.label_ in ("PERSON", "GPE", "LOC") and one_word
    while (
        (span.label_ in ("ORG", "PRODUCT") or given_name and cut.start == span.start)
        and cut.start > 0
        and not (given_name and doc[cut.start - 1].lower_ in NOT_NAME_WORDS)
        and bare(doc[cut.start - 1].text) not in TITLES_AND_HONORIFICS
        and cut.start <= span.start
        and doc[cut.start - 1].pos_ == "PROPN"
        and doc[cut.start - 1].is_title
        and not doc[cut.start - 1].ent_type_
        and doc[cut.start - 1].dep_ == "compound"
        and cut.start - 1 < doc[cut.start - 1].head.i < span.end
    ):
        cut.start -= 1


NOT_NAME_WORDS = LEXICON.titles | LEXICON.company_roles | LEXICON.person_nouns | LEXICON.institution_words


def compound_after_place(span: Span, cut: Cut) -> None:
    """The model saw only the first word of a name that begins with a place: "Eastport
    Kingsmead" (an airport), "Northvale Riverside" (a stadium) is one name, not a mention of
    Eastport; the place modifies the capitalised words after it that no name of the model took.
    A role or an institution word after a place is no name ("Eastland Foreign Minister")."""
    if span.label_ in ("GPE", "LOC"):
        _run_on_to_the_head(span, cut)


def surname_after_person(span: Span, cut: Cut) -> None:
    """The model stopped a person's name before its last surname: "Enrique Peña Nieto",
    "Hernán Quispe Llosa", where the parser hangs the name's words on the last, which no name
    of the model took."""
    if span.label_ == "PERSON":
        _run_on_to_the_head(span, cut)


def person_runs_into_person(span: Span, cut: Cut) -> None:
    """The model cut one person's long name in two: "Mohd" + "Razak" + "Abdul Hamid", where the
    parser hangs every word on the last, as it does a name's. A person's name whose last word is
    a compound of a person's name the model began just after it (with only untagged capitalised
    words between, no comma or "and") runs on to that name's end; so does one right before a
    person's name whose last word the parser gave the same role on the same word, or put in
    apposition as well ("the climber Andrés Felipe" + "Quintero Ruiz"): two readings of one name."""
    doc = span.doc
    if span.label_ != "PERSON" or cut.end < span.end or any(is_title_word(t) for t in doc[cut.start : cut.end]):
        return  # "Det Supt" + "Maria Okafor", "Greens MLA" + "Sarah Kwan": a rank or a post before a name
    if _double_barrelled_surname_at(doc, cut.end):
        cut.end += 3
        return
    start = _end_of_a_run_of_names(doc, cut.end)
    if start >= len(doc) or doc[start].ent_iob_ != "B" or doc[start].ent_type_ != "PERSON":
        return
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if _compound_of_a_word_in(doc[cut.end - 1], cut.end, end) or _read_alike(doc, cut.end, end):
        cut.end = end


def _double_barrelled_surname_at(doc, i: int) -> bool:
    """ "Aled Prys" + "Hughes-Evans": do two proper nouns joined by a hyphen, which the model read
    as a name of their own (any but a people's) or as none, come right after the person's name, in
    its sentence? They are the person's surname: a name of its own would be set off by a comma or
    a word."""
    if i + 3 > len(doc) or doc[i].is_sent_start or not hyphen_between(doc, i):
        return False
    if not all(t.is_title and t.tag_ == "NNP" and t.ent_type_ != "NORP" for t in (doc[i], doc[i + 2])):
        return False  # "Jo Roe Sino-Japanese relations": an adjective of peoples
    states = [t.ent_iob_ for t in doc[i : i + 4]]  # the pair, and the word after it if any
    return states[:3] == ["O", "O", "O"] or states[:3] == ["B", "I", "I"] and states[3:] != ["I"]


def _read_alike(doc, first_end: int, end: int) -> bool:
    """Do the last words of the name ending at `first_end` and of the next, ending at `end`, hang
    on one word in one role, or both in apposition (to whatever words)?"""
    first, second = doc[first_end - 1], doc[end - 1]
    same_role = first.dep_ == second.dep_ != "compound"
    return same_role and (first.head == second.head or first.dep_ == "appos")


def given_name_read_as_a_place(span: Span, cut: Cut) -> None:
    """ "the Minister for Education, Fergal Moynihan, said", read as a place "Fergal" and a person
    "Moynihan": a one-word name the model took for a place, right before a person's name and
    hanging on it as a compound, as a given name does, is the person's given name, where the
    gazetteer knows no place of that name, it is no title or honorific, and no initials of the
    whole follow in brackets ("Azione Civica Sarda (ACS)" is a body the model cut)."""
    doc = span.doc
    if span.label_ != "PERSON" or cut.start != span.start or cut.start == 0:
        return
    word = doc[cut.start - 1]
    one_word = word.ent_iob_ == "B" and word.ent_type_ in ("GPE", "LOC")
    if not (one_word and word.is_title and word.is_alpha and _compound_of_a_word_in(word, cut.start, cut.end)):
        return
    if known_place_type(word.text) is not None or bare(word.text) in TITLES_AND_HONORIFICS:
        return
    if _initials_in_brackets_after(doc[cut.start - 1 : cut.end]):
        return  # "Azione Civica Sarda (ACS)": a body defines its short form; a person seldom does
    cut.start -= 1


def _initials_in_brackets_after(name: Span) -> bool:
    doc = name.doc
    if name.end + 1 >= len(doc) or doc[name.end].text != "(":
        return False
    return doc[name.end + 1].text in spellings_of_initials(name.text)


def _compound_of_a_word_in(token, start: int, end: int) -> bool:
    """Does the token hang as a compound on a word from `start` to `end`, as a name's words do on its last?"""
    return token.dep_ == "compound" and start <= token.head.i < end


def person_after_a_title(span: Span, cut: Cut) -> None:
    """The model stopped at a title and left the person's name after it: "Kanata MPP" + "Kavya
    Venkataraman said", "Ross County Sheriff" + "Wade Tolliver" → the person, a PERSON vote; a
    double surname whole ("MLA" + "Roddy Ashbury-Kett")."""
    doc = span.doc
    if cut.end != span.end or not is_title_word(doc[cut.end - 1]):
        return
    end = _end_of_a_run_of_names(doc, cut.end)
    while end > cut.end and hyphen_between(doc, end - 1) and _end_of_a_run_of_names(doc, end + 1) > end + 1:
        end = _end_of_a_run_of_names(doc, end + 1)
    if end > cut.end and looks_like_a_persons_name(list(doc[cut.end : end])):
        cut.start, cut.end = cut.end, end
        cut.honorific = True


def _end_of_a_run_of_names(doc, start: int) -> int:
    """Where the capitalised proper nouns from `start` that no name took end."""
    end = start
    while (
        end < len(doc)
        and doc[end].is_title
        and (doc[end].pos_ == "PROPN" or doc[end].tag_ in ("NNS", "NNPS"))
        and doc[end].ent_iob_ == "O"
        and not doc[end].is_sent_start
        and bare(doc[end].text) not in NOT_NAME_WORDS
    ):
        end += 1
    return end


def _run_on_to_the_head(span: Span, cut: Cut) -> None:
    """Extend the name over the capitalised proper nouns after it that no name took, where its
    last word hangs on one of them as a compound ("Wigan Warriors": a capitalised plural counts
    too); never over a role or an institution word."""
    doc = span.doc
    if cut.end != span.end:
        return
    end = _end_of_a_run_of_names(doc, cut.end)
    if end > cut.end and _compound_of_a_word_in(doc[cut.end - 1], cut.end, end):
        cut.end = end


def legal_form_after(span: Span, cut: Cut) -> None:
    """A company's legal form the model gave to neither name: "Halvorsen LLC Dana Price" →
    Halvorsen LLC; "Fenwright Bank plc" (British copy writes some forms in lower case)."""
    doc = span.doc
    end = cut.end
    if (
        span.label_ == "ORG"
        and end == span.end
        and end < len(doc)
        and (doc[end].text[:1].isupper() or bare(doc[end].text) in LEXICON.lower_case_legal_forms)
        and bare(doc[end].text) in LEXICON.legal_forms
    ):
        cut.end += 1


def first_name_after_organisation(span: Span, cut: Cut) -> None:
    """A first name between an organisation and the rest of a person's name, which the model gave
    to neither: "the Housing Council Marta Delgado"."""
    doc = span.doc
    start = cut.start
    if (
        span.label_ == "PERSON"
        and start == span.start
        and start >= 2
        and doc[start - 1].is_title
        and doc[start - 1].is_alpha
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].ent_iob_ == "O"
        and doc[start - 2].ent_type_ == "ORG"
        and doc[start - 1].lower_ not in SPEAKER_ROLES
        and doc[start - 1].lower_ not in LEXICON.honorifics
    ):
        cut.start -= 1


def surname_read_as_date(span: Span, cut: Cut) -> None:
    """A one-word person followed by a capitalised proper noun the model gave to no name (often
    read as a date): "illustrator Marta Sunday"; never a day or month itself."""
    doc = span.doc
    end = cut.end
    if (
        span.label_ == "PERSON"
        and end - cut.start == 1
        and end == span.end
        and end < len(doc)
        and doc[end].pos_ == "PROPN"
        and doc[end].is_title
        and doc[end].ent_type_ not in NAME_LABELS
        and doc[end].lower_ not in CALENDAR_WORDS
    ):
        cut.end += 1


def post_nominal_letters(span: Span, cut: Cut) -> None:
    """Letters after a person's name are honours or offices, not a place or a body: "Jane Roe QC",
    "Jo Bloggs MP, OBE" → Jane Roe, Jo Bloggs; "QC" alone after a person is no name at all. Where
    the model took the whole for a body ("Orla Ní Chonaill SC"), the letters after what looks like
    a person's full name say it is a person's."""
    doc = span.doc
    end = cut.end
    while end > cut.start and doc[end - 1].text.replace(".", "") in LEXICON.post_nominals:
        end -= 1
        while end > cut.start and doc[end - 1].text == ",":
            end -= 1
    if end == cut.end:
        return
    owner = end - 1 if end > cut.start else cut.start - 1 - (cut.start >= 2 and doc[cut.start - 1].text == ",")
    if owner >= 0 and (doc[owner].ent_type_ == "PERSON" or span.label_ == "PERSON" and end > cut.start):
        cut.end = end
    elif end > cut.start and looks_like_a_persons_name(list(doc[cut.start : end])):
        cut.end = end
        cut.honorific = True


def honorific_before(span: Span, cut: Cut) -> None:
    """An honorific just before the name makes it a person's: "Mr" "Bloggs"; also where a rule
    ran the model's span back to a given name ("Mrs" "Folake" + the model's "Ogunleye-Bassey").
    A body or a building named for someone takes it into its name: "the Sir" + "Charles Gairdner
    Hospital"."""
    doc = span.doc
    start = min(span.start, cut.start)
    if start > 0 and bare(doc[start - 1].text) in LEXICON.honorifics and doc[start - 1].is_title:
        if _named_for_someone(doc[start - 1 : cut.end]) and cut.start == start:
            cut.start = start - 1
        else:
            cut.honorific = True


def honorific_inside_name(span: Span, cut: Cut) -> None:
    """An honorific inside what the model took for one name begins a person's name: "the Adviser
    on Media and Publicity, Mr Chukwuemeka Obiora-Lawal" → Chukwuemeka Obiora-Lawal, a person.
    Only before what looks like a person's full name, and not inside a father's name ("Rosli
    bin Haji Ahmad Latif")."""
    doc = span.doc
    for i in range(cut.start + 1, cut.end - 2):
        if doc[i].lower_ in LEXICON.patronymic_words:
            return
        if doc[i].is_title and bare(doc[i].text) in LEXICON.honorifics:
            if looks_like_a_persons_name(list(doc[i + 1 : cut.end])):
                cut.start = i + 1
                cut.honorific = True
            return
