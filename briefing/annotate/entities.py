"""Entities within one brief: spaCy's names, cleaned, grouped into one entity per real thing.

1. find names: spaCy NER, plus names from the alias table the NER missed ("Islamic State"
   where the model saw a NORP "Islamic");
2. clean them: no "the", no possessive, no honorific ("Mr Hollande" → "Hollande", a vote for PERSON);
3. group them: the alias table; surnames and first names with a full name; short forms of
   organisations ("Air Force" in "U.S. Air Force"); acronyms by their initials or introduced in
   brackets; demonyms to their place ("Iraqi" → Iraq);
4. one type per entity by a vote over its mentions;
5. roles: "US President Barack Obama" teaches that "the US President" is Obama;
6. further mentions: every later use of a known short form ("IS") or name the NER missed.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..model import Corrections, LocalEntity, Mention
from .aliases import AliasIndex, AliasRecord, head_word, is_short_form, name_key
from .cues import PERSON_NOUNS, PRODUCT_HEADS, WORK_HEADS, classifier_type, match_opponents
from .missed import (
    defined_short_forms,
    named_storms,
    organisation_runs,
    person_after_organisation,
    place_runs,
    publications,
    role_owners,
)
from .tree import sentence_of as sentence_span
from .tree import sentences, text_of

NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
PLACE_TYPES = {"GPE", "LOC", "FAC"}
HONORIFICS = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "rev",
    "reverend",
    "fr",
    "father",
    "mister",
    "madam",
    "madame",
    "monsieur",
    "herr",
    "señor",
}
TITLES = {
    "president",
    "vice",
    "senator",
    "sen",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "governor",
    "gov",
    "general",
    "gen",
    "colonel",
    "col",
    "captain",
    "capt",
    "chancellor",
    "minister",
    "premier",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "judge",
    "justice",
    "ambassador",
    "secretary",
    "chairman",
    "chairwoman",
    "chair",
    "mayor",
    "sheikh",
    "emir",
    "ayatollah",
    "cardinal",
    "bishop",
    "archbishop",
    "coach",
    "detective",
    "sergeant",
    "sgt",
    "lieutenant",
    "lt",
    "major",
    "commissioner",
    "chief",
    "director",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ceo",
    "prime",
    "attorney",
    "inspector",
    "officer",
    "superintendent",
    "councillor",
    "councilman",
    "dean",
    "chef",
    "founder",
    "executive",
    "professor",
    "speaker",
    "leader",
    "economist",
    "analyst",
    "manager",
}
SPEAKER_ROLES = TITLES | PERSON_NOUNS  # what "<role> of <organisation> <name>" may begin with
# A role that names one person when it is "the <role>" and only one person in the brief holds it.
UNIQUE_ROLE_HEADS = TITLES - {
    "vice",
    "prime",
    "officer",
    "executive",
    "analyst",
    "economist",
    "manager",
    "detective",
    "leader",
    "founder",
}
CORPORATE_SUFFIXES = {
    "inc",
    "inc.",
    "corp",
    "corp.",
    "corporation",
    "co",
    "co.",
    "company",
    "ltd",
    "ltd.",
    "plc",
    "llc",
    "group",
    "limited",
    "holdings",
    "ag",
    "sa",
    "s.a.",
    "gmbh",
}
SCORE_DASHES = {"-", "–", "—", ":"}
# A name written out in brackets after its short form: "FNV (Federation of Northern Vintners)"
BRACKETED_NAME = r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|of|and|for|the|on|in|de|del|di|des|la|le)){1,8}"
COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}
LEGAL_SUFFIXES = {"inc", "corp", "ltd", "plc", "llc", "llp", "ag", "gmbh", "nv", "bv", "sa", "spa"}
CALENDAR_WORDS = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
}
CONNECTORS = {"of", "and", "the", "for", "&", "de", "der", "di", "del", "la", "le", "du", "on", "in", "to"}


@dataclass
class Name:
    """A candidate mention before grouping."""

    start: int  # character offsets of the cleaned name
    end: int
    text: str  # the cleaned name as written
    label: str  # spaCy's label, or the alias table's type
    sentence: int
    record: AliasRecord | None = None
    honorific: bool = False
    how: str = "name"
    first_token: int = 0
    last_token: int = 0
    cue: str | None = None  # the type a classifying noun beside it implies ("the retailer Best Buy")


@dataclass
class Group:
    names: list[Name] = field(default_factory=list)
    record: AliasRecord | None = None
    roles: set[tuple[str, ...]] = field(default_factory=set)
    team: bool = False  # a country that plays a match: its national team

    # Names are only ever added, so a result holds while the number of names is the same.
    _memo: dict[str, tuple[int, str]] = field(default_factory=dict, repr=False)

    @property
    def canonical(self) -> str:
        if self.record is not None:
            return self.record.name
        return self._remember("canonical", self._fullest_name)

    @property
    def type(self) -> str:
        if self.team:
            return "ORG"
        if self.record is not None:
            return self.record.type
        return self._remember("type", lambda: place_type(self.canonical, vote_type(self.names)))

    def _remember(self, what: str, compute) -> str:
        known = self._memo.get(what)
        if known is None or known[0] != len(self.names):
            known = self._memo[what] = (len(self.names), compute())
        return known[1]

    def _fullest_name(self) -> str:
        named = [n for n in self.names if n.how == "name"] or self.names
        counts = Counter(n.text for n in named)
        first_seen = {n.text: i for i, n in reversed(list(enumerate(named)))}
        return max(counts, key=lambda t: (len(t.split()), counts[t], len(t), -first_seen[t]))


@dataclass
class EntityResult:
    entities: list[LocalEntity]
    mentions: list[Mention]
    token_entity: dict[int, int]  # token index → entity index, for quote attribution


# Buildings, stations and stadiums are places to a reader: the glossary files spaCy's FAC
# under LOC. A name headed by one of these words is a place whatever the model said.
PLACE_HEADS = {
    "station",
    "stadium",
    "arena",
    "airport",
    "tower",
    "towers",
    "bridge",
    "square",
    "cathedral",
    "palace",
    "memorial",
    "hall",
}


# A name headed by one of these is an organisation, whatever the model said ("Institute for the Study of War").
ORG_HEADS = {
    "institute",
    "university",
    "bank",
    "council",
    "committee",
    "commission",
    "agency",
    "ministry",
    "department",
    "association",
    "society",
    "foundation",
    "union",
    "party",
    "company",
    "corporation",
    "municipality",
}

# A name headed by one of these is an event, whatever the model said ("Dubai Air Show").
EVENT_HEADS = {
    "battle",
    "siege",
    "massacre",
    "show",
    "festival",
    "expo",
    "championship",
    "championships",
    "cup",
    "olympics",
    "games",
    "summit",
    "conference",
    "convention",
    "tournament",
    "fair",
    "war",
    "election",
    "elections",
}


def place_type(name: str, voted: str) -> str:
    """The voted type, corrected by what the name's own head word says."""
    words = name.split()
    head = head_word(name).lower() if len(words) > 1 else ""
    if len(words) > 1 and words[0] == "Operation" and voted != "PERSON":
        return "EVENT"  # "Operation Desert Storm"
    if head in PRODUCT_HEADS | WORK_HEADS and voted in ("ORG", "GPE", "LOC", "FAC"):
        return "PRODUCT" if head in PRODUCT_HEADS else "WORK_OF_ART"
    if voted in ("PERSON", "GPE", "LOC", "NORP") and any(c.isdigit() for c in name):
        return "PRODUCT"  # people and places have no version numbers: "IE6", "Galaxy S24"
    if (
        head in EVENT_HEADS
        and (
            voted in ("ORG", "FAC", "GPE", "LOC", "PRODUCT")
            or voted == "WORK_OF_ART"
            and head in ("battle", "siege", "massacre")
        )
        and not (voted == "ORG" and head in ("conference", "convention"))
    ):
        return "EVENT"  # but a conference the model calls an organisation may be one: "Bishops' Conference"
    if head in ORG_HEADS and voted in ("EVENT", "GPE", "LOC", "FAC", "PERSON"):
        return "ORG"
    if voted == "FAC" or (
        voted in ("ORG", "GPE", "PERSON", "PRODUCT", "WORK_OF_ART")
        and head in PLACE_HEADS
        and not name.lower().startswith("the ")
    ):
        return "LOC"
    return voted


def vote_type(names: list[Name]) -> str:
    votes: Counter[str] = Counter()  # float weights
    longest = max(len(n.text.split()) for n in names)
    for n in names:
        if n.how == "demonym":
            continue
        label = n.label
        # the full name says most about what a thing is; a short form ("Chrome") only half as much
        full = len(n.text.split()) == longest
        votes[label] += 1 if full else 0.5
        if full and longest > 1:
            votes[label] += 1
        if n.honorific:
            votes["PERSON"] += 3
    # where the text itself says what a thing is ("the retailer Best Buy"), that outweighs any
    # number of the model's guesses
    cues = Counter(n.cue for n in names if n.cue)
    if cues:
        votes = cues
    if not votes:
        return "NORP"
    order = ["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"]
    return max(votes, key=lambda t: (votes[t], -order.index(t) if t in order else -99))


def clean_span(span: Span) -> tuple[int, int, bool] | None:
    """Token range of the name inside an entity span: no article, honorific or possessive."""
    start, end = span.start, span.end
    doc = span.doc
    honorific = False
    while start < end - 1 and (
        doc[start].lower_ in ("the", "a", "an")
        or doc[start].lower_.rstrip(".") in HONORIFICS
        or span.label_ == "PERSON"
        and doc[start].lower_.rstrip(".") in TITLES
    ):
        honorific = honorific or doc[start].lower_.rstrip(".") in HONORIFICS
        start += 1
    # "According to Whitcombe the Lantern Society property…": a comma left out, and the model ran a name
    # on into the next noun phrase. (Not "Rage Against the Machine", "Friends of the Earth".)
    if span.label_ in ("ORG", "GPE", "LOC", "FAC"):
        cut = next(
            (
                i
                for i in range(start + 1, end - 1)
                if doc[i].text == "the"
                and doc[i - 1].is_title
                and doc[i - 1].pos_ not in ("ADP", "CCONJ", "SCONJ", "DET", "PART")
                and doc[i - 1].lower_ not in CONNECTORS
            ),
            None,
        )
        end = cut if cut is not None else end
    # a bracket opened and not closed inside the span belongs to what follows the name:
    # "World Health Organisation (WHO" → "World Health Organisation"
    opened = [i for i in range(start, end) if doc[i].text == "("]
    if opened and not any(doc[i].text == ")" for i in range(opened[-1], end)):
        end = opened[-1]
    while end > start and (
        doc[end - 1].text in ("'s", "’s", "'", "’") or doc[end - 1].is_punct and doc[end - 1].text not in ".)"
    ):
        end -= 1
    # "The Union of Bakers and Millers (UBM)": the model stopped at "and"; the
    # short form in brackets shows where the name ends
    if span.label_ == "ORG" and end == span.end and end + 1 < len(doc) and doc[end].lower_ == "and":
        after = end + 1
        while after < min(len(doc), end + 5) and doc[after].is_title:
            after += 1
        short = doc[after + 1].text if after + 2 < len(doc) else ""
        tail = doc[end + 1 : after].text
        if (
            after > end + 1
            and doc[after].text == "("
            and doc[after + 2].text == ")"
            and is_short_form(short)
            and short[0] == doc[start].text[0]
            and short.replace(".", "") != initials(tail)
        ):
            end = after  # but "Ford and General Motors (GM)" are two companies
    # "Elazig province", "Hebei region": the place is the name; the lowercase word says what it is
    while span.label_ in ("GPE", "LOC") and end - start > 1 and doc[end - 1].is_lower and doc[end - 1].is_alpha:
        end -= 1
    # a score is no part of a team's name: "Chile 2 – 1", "Sweden 1" before "– 0"
    digits = [i for i in range(start + 1, end) if doc[i].like_num]
    if digits and (digits[0] + 1 < len(doc) and doc[digits[0] + 1].text in SCORE_DASHES):
        end = digits[0]
    if start >= end:
        return None
    # "Internet Explorer" where the model saw only "Explorer"
    while (
        span.label_ in ("ORG", "PRODUCT")
        and start > 0
        and start <= span.start
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].is_title
        and not doc[start - 1].ent_type_
        and doc[start - 1].dep_ == "compound"
        and start - 1 < doc[start - 1].head.i < span.end
    ):
        start -= 1
    if (
        span.label_ == "ORG"
        and end == span.end
        and end < len(doc)
        and doc[end].text[:1].isupper()
        and doc[end].lower_.rstrip(".") in LEGAL_SUFFIXES
    ):
        end += 1  # "Halvorsen LLC Dana Price": the model gave "LLC" to neither name
    if (
        span.label_ == "PERSON"
        and start == span.start
        and start >= 2
        and doc[start - 1].is_title
        and doc[start - 1].is_alpha
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].ent_iob_ == "O"
        and doc[start - 2].ent_type_ == "ORG"
        and doc[start - 1].lower_ not in SPEAKER_ROLES | HONORIFICS
    ):
        start -= 1  # "the Housing Council Marta Delgado": a first name the model gave to neither name
    if (
        span.label_ == "PERSON"
        and end - start == 1
        and end == span.end
        and end < len(doc)
        and doc[end].pos_ == "PROPN"
        and doc[end].is_title
        and doc[end].ent_type_ not in NAME_LABELS
        and doc[end].lower_ not in CALENDAR_WORDS
    ):
        end += 1  # "illustrator Marta Sunday": a surname the model read as a date
    # an honorific just before the entity: "Mr" "Hollande"
    if span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in HONORIFICS and doc[span.start - 1].is_title:
        honorific = True
    return start, end, honorific


# Codes the model often tags as organisations that are units, not things with a page.
NOT_NAMES = {
    "UTC",
    "GMT",
    "EST",
    "EDT",
    "PST",
    "PDT",
    "CST",
    "CDT",
    "CET",
    "CEST",
    "BST",
    "USD",
    "EUR",
    "GBP",
    "JPY",
    "CNY",
    "AUD",
    "CAD",
    "CHF",
    "RUB",
    "INR",
}


def looks_like_a_name(text: str) -> bool:
    """A name starts with a capital or digit ("iPhone" aside), has a letter, and is not a unit code,
    a social-media handle or hashtag ("@POTUS", "#MeToo") or an -ism ("Islamophobia")."""
    if text in NOT_NAMES or not any(c.isalpha() for c in text) or text[0] in "@#":
        return False
    if " " not in text and text.lower().endswith(("ism", "isms", "phobia")):
        return False
    first = text[0]
    return first.isupper() or first.isdigit() or (len(text) > 1 and text[1].isupper()) or not first.isalpha()


def initials(name: str, keep_connectors: bool = False) -> str:
    words = re.findall(r"[\w'-]+", name)
    return "".join(
        w[0].upper() if not w[0].isdigit() else w for w in words if keep_connectors or w.lower() not in CONNECTORS
    )


def contains(full: list[str], part: list[str], anywhere: bool) -> bool:
    """Is `part` the start or end of `full` (or, with `anywhere`, any run of words in it)?"""
    if full[: len(part)] == part or full[-len(part) :] == part:
        return True
    return anywhere and any(full[i : i + len(part)] == part for i in range(1, len(full) - len(part)))


def strip_corporate(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip(",") in CORPORATE_SUFFIXES:
        words.pop()
    return " ".join(words).rstrip(",")


class EntityFinder:
    """Finds and groups a brief's entities; built once per spaCy model and alias table."""

    def __init__(self, nlp, index: AliasIndex) -> None:
        self.index = index
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.matcher.add("ALIAS", [nlp.make_doc(p) for p in index.phrases()])

    def __call__(self, doc: Doc, corrections: Corrections) -> EntityResult:
        index = self.index
        brief_records = self._brief_records(corrections)
        ignored = {name_key(n) for n in corrections.ignore}
        sentence_of = sentence_lookup(doc)

        def record_for(text: str) -> AliasRecord | None:
            return brief_records.get(name_key(text)) or index.lookup(text)

        names: list[Name] = []
        taken = [False] * len(doc)

        def add(
            start_tok: int,
            end_tok: int,
            label: str,
            honorific: bool = False,
            how: str = "name",
            record: AliasRecord | None = None,
        ) -> None:
            span = doc[start_tok:end_tok]
            text = span.text
            if name_key(text) in ignored or not looks_like_a_name(text):
                return
            record = record or record_for(text)
            if record is not None and record.ignore:
                return
            cue = classifier_type(span, label) if record is None and how == "name" else None
            names.append(
                Name(
                    span.start_char,
                    span.end_char,
                    text,
                    record.type if record else label,
                    sentence_of(start_tok),
                    record,
                    honorific,
                    how,
                    start_tok,
                    end_tok - 1,
                    cue,
                )
            )
            for i in range(start_tok, end_tok):
                taken[i] = True

        # 1. names from the alias table the model missed or cut short
        for _, start, end in sorted(self.matcher(doc), key=lambda m: (m[1], -(m[2] - m[1]))):
            if any(taken[start:end]):
                continue
            covering = [e for e in doc.ents if e.start <= start and end <= e.end and (e.end - e.start) > (end - start)]
            if covering and covering[0].label_ in NAME_LABELS:
                continue  # the model found a longer name around it ("US Air Force" around "US")
            add(start, end, "ORG")
        # storms: "Typhoon Haiyan" is one event, not a place and a person
        for start, end in named_storms(doc, taken):
            add(start, end, "EVENT")
        # 2. the model's names
        for ent in doc.ents:
            if ent.label_ not in NAME_LABELS:
                continue
            cleaned = clean_span(ent)
            if cleaned is None:
                continue
            start, end, honorific = cleaned
            if any(taken[start:end]):
                continue
            text = doc[start:end].text
            if ent.label_ == "NORP" or (end - start == 1 and index.demonym(text) and not record_for(text)):
                place = index.demonym(text)
                if place is not None and not place.ignore:
                    add(start, end, "GPE", how="demonym", record=place)
                else:
                    add(start, end, "NORP")
                continue
            person_start = (
                person_after_organisation(doc, start, end, ORG_HEADS, SPEAKER_ROLES)
                if ent.label_ == "ORG" and record_for(text) is None
                else None
            )
            if person_start is not None:  # "director of the Council on Rural Housing Marta Delgado"
                add(start, person_start, "ORG")
                add(person_start, end, "PERSON")
                continue
            if ent.label_ == "ORG" and end - start > 1 and doc[end - 1].lower_ in ("government", "administration"):
                place = record_for(doc[start : end - 1].text)
                if place is not None and place.type in PLACE_TYPES:
                    add(start, end - 1, place.type)  # "the US Government" is the US acting
                    continue
            add(start, end, ent.label_, honorific)
        # a demonym links to its place only where the brief names that place too
        named_places = {n.record.name for n in names if n.record is not None and n.how == "name"}
        names = [n for n in names if n.how != "demonym" or n.record.name in named_places]
        # 3. a name after an honorific is a person, even where the model missed it ("Mr Hollande")
        for token in doc[:-1]:
            if token.lower_.rstrip(".") in HONORIFICS and token.is_title and not taken[token.i + 1]:
                end = token.i + 1
                while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and not taken[end]:
                    end += 1
                if end > token.i + 1:
                    add(token.i + 1, end, "PERSON", honorific=True)
        # names the model missed whose own words say they are organisations ("Tidewater News")
        for start, end in organisation_runs(doc, taken) + role_owners(doc, taken) + publications(doc, taken):
            if not any(taken[start:end]):
                add(start, end, "ORG")
        for start, end in place_runs(doc, taken):
            if not any(taken[start:end]):
                add(start, end, "LOC")
        # a name the model missed or cut up, defined with its short form: "Lista 3 Valli (L3V)",
        # where the model saw only a person "Stelle"
        definitions = []
        for (start, end), (short_start, short_end) in defined_short_forms(doc):
            inside = [n for n in names if start <= n.first_token and n.last_token < end]
            across = [n for n in names if n not in inside and n.first_token < end and n.last_token >= start]
            if across or any(n.record is not None or (n.first_token, n.last_token) == (start, end - 1) for n in inside):
                continue  # the model's own name for it, or a known one: the brackets are handled below
            names = [n for n in names if n not in inside]
            taken[start:end] = [False] * (end - start)
            # the kind the model gave the short form, if any: "Internet Explorer 9 (IE9)" is a product
            short_name = next((n for n in names if (n.first_token, n.last_token) == (short_start, short_end - 1)), None)
            label = short_name.label if short_name is not None else "ORG"
            if not any(taken[start:end]):
                add(start, end, label)
                if not any(taken[short_start:short_end]):
                    add(short_start, short_end, label)
                definitions.append(((start, end), doc[short_start:short_end].text))
        # 4. short forms introduced in brackets: "the Islamic State (IS)"
        introduced = self._bracketed_short_forms(doc, names, taken, sentence_of)
        for (start, end), short in definitions:
            defined = next((n for n in names if (n.first_token, n.last_token) == (start, end - 1)), None)
            if defined is not None:
                introduced.setdefault(short, defined)
        groups = self._group(names, introduced)
        # 5. later uses of a group's short forms and names that the model missed
        self._find_more(doc, groups, taken, sentence_of)
        self._find_roles(doc, groups)
        self._find_role_mentions(doc, groups, taken, sentence_of)
        self._find_teams(doc, groups)
        return self._result([g for g in groups if not is_doubtful_person(g, doc) and not is_common_noun(g)])

    def _brief_records(self, corrections: Corrections) -> dict[str, AliasRecord]:
        records: dict[str, AliasRecord] = {}
        for name, aliases in corrections.aliases.items():
            base = self.index.lookup(name)
            record = AliasRecord(
                base.name if base else name, base.type if base else "ORG", set(aliases), source="front matter"
            )
            if base is not None:
                record.aliases |= base.aliases
            for alias in [name, *aliases]:
                records[name_key(alias)] = record
        return records

    def _bracketed_short_forms(self, doc: Doc, names: list[Name], taken: list[bool], sentence_of) -> dict[str, Name]:
        """Short forms defined in brackets beside a name, either way round: "Government
        Accountability Office (GAO)", "FNV (Federation of Northern Vintners)". A short form or long
        name the model missed becomes a name of its own, so the two are grouped together."""
        found: dict[str, Name] = {}
        text = text_of(doc)
        covered = [False] * (len(text) + 1)
        for name in names:
            covered[name.start : name.end] = [True] * (name.end - name.start)
        for name in list(names):
            if name.label == "PERSON":
                continue
            after = text[name.end : name.end + 80]
            short = re.match(r"\s*\(([A-Z][A-Za-z0-9.&-]{1,9})\)", after)
            long = re.match(r"\s*\((" + BRACKETED_NAME + r")\)", after)
            if short and len(name.text.split()) > 1:
                found[short.group(1)] = name
                start = name.end + short.start(1)
                extra = self._name_at(doc, start, start + len(short.group(1)), name.label, covered, taken, sentence_of)
            elif long and is_short_form(name.text):
                start = name.end + long.start(1)
                end = start + len(long.group(1))
                existing = next((n for n in names if (n.start, n.end) == (start, end)), None)
                extra = None if existing else self._name_at(doc, start, end, name.label, covered, taken, sentence_of)
                if existing or extra:
                    found[name.text] = existing or extra
            else:
                continue
            if extra is not None:
                names.append(extra)
        return found

    @staticmethod
    def _name_at(
        doc: Doc, start: int, end: int, label: str, covered: list[bool], taken: list[bool], sentence_of
    ) -> Name | None:
        span = doc.char_span(start, end, alignment_mode="strict")
        if span is None or any(covered[start:end]) or any(taken[span.start : span.end]):
            return None
        covered[start:end] = [True] * (end - start)
        taken[span.start : span.end] = [True] * len(span)
        return Name(
            start, end, span.text, label, sentence_of(span.start), first_token=span.start, last_token=span.end - 1
        )

    def _group(self, names: list[Name], introduced: dict[str, Name]) -> list[Group]:
        groups: list[Group] = []
        by_record: dict[str, Group] = {}
        by_key: dict[str, Group] = {}
        # longest names first, so short forms find the full name they belong to
        order = sorted(range(len(names)), key=lambda i: (-len(names[i].text.split()), names[i].start))
        for i in order:
            name = names[i]
            if name.record is not None:
                group = by_record.get(name.record.name)
                if group is None:
                    group = by_record[name.record.name] = Group(record=name.record)
                    groups.append(group)
                group.names.append(name)
                continue
            key = name_key(name.text)
            group = by_key.get(key)
            if group is None and name.text in introduced:
                group = by_key.get(name_key(introduced[name.text].text))
            if group is None:
                group = self._containing_group(name, groups)
            if group is None:
                group = Group()
                groups.append(group)
            group.names.append(name)
            by_key.setdefault(key, group)
        return groups

    def _containing_group(self, name: Name, groups: list[Group]) -> Group | None:
        """The group whose full name this shorter name stands for: a surname or first name of a
        person, part of an organisation's name, the start of a place's name, or an acronym.
        Where several people share a surname, the one introduced first."""
        words = name.text.split()
        candidates = []
        for group in groups:
            if (
                group.record is not None
                and group.record.type in PLACE_TYPES
                and not (name.label in PLACE_TYPES and group.record.name.split()[0].lower() in COMPASS)
            ):
                continue
            full = group.canonical
            full_words = full.split()
            group_type = group.type
            spellings = {initials(full), initials(strip_corporate(full)), initials(full, keep_connectors=True)}
            if (
                is_short_form(name.text)
                and group_type != "PERSON"
                and len(full_words) > 1
                and name.text.replace(".", "") in spellings
            ):
                candidates.append(group)
                continue
            if len(full_words) <= len(words) or words[0].lower() in CONNECTORS:
                continue
            if group_type == "PERSON":
                surname = full_words[-len(words) :] == words
                first_name = full_words[: len(words)] == words and name.label == "PERSON"
                if surname or first_name:
                    candidates.append(group)
            elif group_type == "ORG" and name.label in ("ORG", "PRODUCT", "FAC", "PERSON"):
                variants = (full_words, strip_corporate(full).split())
                anywhere = len(words) > 1 or words[0].lower() in INSTITUTION_WORDS  # "the Court"
                if any(contains(v, words, anywhere=anywhere) for v in variants):
                    candidates.append(group)
            elif group_type in PLACE_TYPES and name.label in PLACE_TYPES and full_words[: len(words)] == words:
                candidates.append(group)  # "Washington" for "Washington D.C.", not "Angeles" for "Los Angeles"
            elif (
                group_type in PLACE_TYPES
                and name.label in PLACE_TYPES
                and full_words[-len(words) :] == words
                and " ".join(full_words[: -len(words)]).lower() in COMPASS
            ):
                candidates.append(group)  # "Korea" where the brief names only "South Korea"
            elif group_type in ("PRODUCT", "WORK_OF_ART", "EVENT") and full_words[-len(words) :] == words:
                candidates.append(group)  # "Chrome" for "Google Chrome"; "Google" stays the company
        unique = list({id(g): g for g in candidates}.values())
        if len(unique) > 1 and all(g.type == "PERSON" for g in unique):
            return min(unique, key=lambda g: min(n.start for n in g.names))
        return unique[0] if len(unique) == 1 else None

    def _find_more(self, doc: Doc, groups: list[Group], taken: list[bool], sentence_of) -> None:
        """Later uses, as written, of a name or short form a group already has."""
        forms: dict[str, Group] = {}
        for group in groups:
            if group.type == "NORP":
                continue
            spellings = {n.text for n in group.names if n.how == "name"}
            if group.type == "PERSON":  # a surname alone, where the model missed it
                spellings |= {n.text.split()[-1] for n in group.names if n.how == "name" and len(n.text.split()) > 1}
            if group.record is not None:
                spellings |= {a for a in group.record.aliases | {group.record.name} if is_short_form(a) and len(a) > 1}
            for s in spellings:
                forms.setdefault(s, group)
        if not forms:
            return
        pattern = re.compile(
            r"(?<![\w.])(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?![\w])"
        )
        for match in pattern.finditer(text_of(doc)):
            span = doc.char_span(match.start(), match.end(), alignment_mode="strict")
            if span is None or any(taken[span.start : span.end]):
                continue
            if (
                doc[span.start].is_sent_start
                and span.text.isupper()
                and len(span) == 1
                and doc[span.start].pos_ in ("AUX", "VERB")
            ):
                continue
            group = forms[match.group(1)]
            name = Name(
                span.start_char,
                span.end_char,
                span.text,
                group.type,
                sentence_of(span.start),
                group.record,
                how="alias",
                first_token=span.start,
                last_token=span.end - 1,
            )
            group.names.append(name)
            for i in range(span.start, span.end):
                taken[i] = True

    def _find_roles(self, doc: Doc, groups: list[Group]) -> None:
        """Titles that introduce a person: "US President Barack Obama", "Hollande, the French president"."""
        for group in groups:
            if group.type != "PERSON":
                continue
            for name in group.names:
                if name.how != "name":
                    continue
                words = []
                i = name.first_token - 1
                while (
                    i >= 0
                    and (doc[i].pos_ in ("PROPN", "NOUN", "ADJ") and doc[i].ent_type_ != "PERSON")
                    and not doc[i].is_punct
                    and sentence_span(doc[i]).start == sentence_span(doc[name.first_token]).start
                ):
                    words.insert(0, doc[i])
                    i -= 1
                if words and words[-1].lower_ in TITLES:
                    group.roles.add(self._role_key(words))
                for token in doc[name.first_token : name.last_token + 1]:
                    for child in token.children:
                        if child.dep_ == "appos" and child.lower_ in TITLES | UNIQUE_ROLE_HEADS:
                            mods = [t for t in child.subtree if t.i <= child.i and t.dep_ != "det" and not t.is_punct]
                            group.roles.add(self._role_key(mods))

    def _role_key(self, tokens) -> tuple[str, ...]:
        key = []
        for t in tokens:
            record = self.index.lookup(t.text) or self.index.demonym(t.text)
            key.append("@" + record.name if record is not None and record.type in PLACE_TYPES else t.lemma_.lower())
        return tuple(key)

    def _find_role_mentions(self, doc: Doc, groups: list[Group], taken: list[bool], sentence_of) -> None:
        """ "the US President" → the one person introduced with that title."""
        people = [g for g in groups if g.type == "PERSON" and g.roles]
        if not people:
            return
        for chunk in doc.noun_chunks:
            if doc[chunk.start].lower_ != "the":
                continue
            if any(doc[i].ent_type_ == "PERSON" for i in range(chunk.start, chunk.end)):
                continue
            if chunk.end < len(doc) and doc[chunk.end].pos_ == "PROPN":
                continue  # "the US President Barack Obama": the name itself follows
            words = [t for t in chunk if t.dep_ != "det" and not t.is_punct]
            if not words or words[-1].lower_ not in TITLES:
                continue
            key = self._role_key(words)
            exact = [g for g in people if key in g.roles]
            if len(exact) != 1 and len(key) == 1 and key[0] in UNIQUE_ROLE_HEADS:
                exact = [g for g in people if any(r[-1] == key[0] for r in g.roles)]
            if len(exact) != 1:
                continue
            group = exact[0]
            # the role's own words; a place inside it ("US") keeps its own link
            start = chunk.end
            while start > chunk.start + 1 and not taken[start - 1]:
                start -= 1
            if start == chunk.end:
                continue
            for i in range(start, chunk.end):
                taken[i] = True
            span = doc[start : chunk.end]
            group.names.append(
                Name(
                    span.start_char,
                    span.end_char,
                    span.text,
                    "PERSON",
                    sentence_of(start),
                    None,
                    how="role",
                    first_token=start,
                    last_token=chunk.end - 1,
                )
            )

    def _find_teams(self, doc: Doc, groups: list[Group]) -> None:
        """The two sides of a match are teams: countries there are national teams, and a club the
        model took for a person is a club ("Manchester United beat Chelsea"). Two people stay
        people ("Nadal beat Federer")."""
        group_at = {i: g for g in groups for n in g.names for i in range(n.first_token, n.last_token + 1)}
        for subject, opponent in match_opponents(doc):
            sides = [group_at.get(subject), group_at.get(opponent)]
            if any(g is None for g in sides):
                continue
            if all(g.type == "GPE" for g in sides) or any(g.type == "ORG" or g.team for g in sides):
                for g in sides:
                    if g.type in ("GPE", "PERSON", "LOC", "FAC"):
                        g.team = True

    def _result(self, groups: list[Group]) -> EntityResult:
        groups = [g for g in groups if g.names]
        # stable order: by first mention
        groups.sort(key=lambda g: min(n.start for n in g.names))
        entities: list[LocalEntity] = []
        mentions: list[Mention] = []
        token_entity: dict[int, int] = {}
        for index, group in enumerate(groups):
            canonical = group.canonical
            spellings = {n.text for n in group.names if n.how in ("name", "alias", "demonym")}
            if group.record is not None:
                spellings |= {a for a in group.record.aliases}
            words = canonical.split()
            if len(words) > 2 and self.index.demonym(words[0]) and group.type != "PERSON":
                spellings.add(" ".join(words[1:]))  # "Belgian Court of Audit" is also "Court of Audit"
            aliases = sorted({s for s in spellings if name_key(s) != name_key(canonical)})
            roles = sorted(" ".join(w.lstrip("@") for w in role) for role in group.roles)
            entities.append(LocalEntity(name=canonical, type=group.type, aliases=aliases, roles=roles))
            for n in group.names:
                mentions.append(Mention(n.start, n.end, n.text, index, n.sentence, n.how))
                for t in range(n.first_token, n.last_token + 1):
                    token_entity[t] = index
        mentions.sort(key=lambda m: (m.start, m.end))
        return EntityResult(entities, mentions, token_entity)


# Capitalised nouns that stand for a longer name ("the Court" for "the Court of
# Audit") but are no name on their own.
INSTITUTION_WORDS = {
    "government",
    "state",
    "education",
    "court",
    "ministry",
    "council",
    "commission",
    "department",
    "agency",
    "office",
    "party",
    "church",
    "union",
    "university",
    "bank",
    "committee",
    "cabinet",
    "police",
    "army",
    "navy",
    "military",
    "administration",
    "board",
    "authority",
    "company",
    "group",
    "city",
    "county",
    "municipality",
    "region",
    "province",
    "republic",
    "health",
    "justice",
    "treasury",
    "interior",
    "defence",
    "defense",
    "finance",
    "home",
    "foreign",
    "federal",
    "national",
    "institute",
    "foundation",
    "association",
    "society",
    "tribunal",
    # the policy area in a minister's title: "Commerce Secretary Gina Raimondo" (not
    # "Labour": a party)
    "commerce",
    "energy",
    "transport",
    "transportation",
    "agriculture",
    "environment",
    "trade",
    "culture",
    "tourism",
    "housing",
    "immigration",
    "homeland",
    "security",
    "economy",
    "industry",
    "development",
    "communications",
    "science",
    "technology",
    "sport",
    "sports",
    "digital",
    "veterans",
    "welfare",
    "employment",
    "infrastructure",
    "climate",
}


def is_common_noun(group: Group) -> bool:
    """A group of nothing but a capitalised common noun that joined no longer name: "Government"."""
    return group.record is None and all(
        n.how in ("name", "alias") and " " not in n.text and n.text.lower() in INSTITUTION_WORDS for n in group.names
    )


def is_doubtful_person(group: Group, doc: Doc) -> bool:
    """A one-word "person" never given a full name, a title or a role, never the subject of a
    verb and never described ("Solomon, chief executive of ..."): the model's guess for a
    product or a place ("Chrome", "Safari"), not a person."""
    if group.record is not None or group.type != "PERSON" or group.roles:
        return False
    if any(n.honorific or n.how != "name" or " " in n.text for n in group.names):
        return False
    tokens = [doc[n.last_token] for n in group.names]
    return not any(
        t.dep_ in ("nsubj", "nsubjpass", "appos") or any(c.dep_ == "appos" for c in t.children) or _according_to(t)
        for t in tokens
    )


def _according_to(token: Token) -> bool:
    """'according to Shurkin': a source, so a person."""
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "to" and head.i > 0 and head.nbor(-1).lower_ == "according"


def sentence_lookup(doc: Doc):
    starts = [s.start for s in sentences(doc)]

    def sentence_of(token_index: int) -> int:
        return bisect.bisect_right(starts, token_index) - 1

    return sentence_of
