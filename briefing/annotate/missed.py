"""Names the model missed, found by the words that make them names.

    "The Deseret News observed ..."          a run of capitalised words ending in News, Council, Bank ...
    "Facebook creator Mark Zuckerberg"       a proper noun right before a company role
    "a report in Ars Technica"               a proper noun that publishes reports
    "Typhoon Haiyan"                         a storm and its name

Each finder returns token ranges (start, end) not yet taken by another name.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .cues import PUBLISHED_THINGS

# The last word of many organisations' names says what they are.
ORG_NAME_HEADS = {
    "News", "Times", "Post", "Herald", "Journal", "Tribune", "Gazette", "Telegraph", "Chronicle", "Weekly",
    "Magazine", "Review", "Council", "Association", "Institute", "University", "Society", "Foundation",
    "Agency", "Commission", "Committee", "Ministry", "Department", "Corporation", "Company", "Party", "Union",
    "Federation", "League", "Bank", "Organisation", "Organization", "Authority", "Board", "Club", "Group",
    "Airlines", "Airways", "Motors", "Industries", "Technologies", "Laboratories", "Studios", "Records",
    "Network", "Police", "Trust", "Fund", "Coalition", "Alliance", "Academy", "College", "Hospital", "Museum",
}
NAME_CONNECTORS = {"of", "and", "for", "on", "&"}
# Roles that belong to an organisation: "<Organisation> creator", "<Organisation> spokesman".
COMPANY_ROLES = {"creator", "founder", "co-founder", "cofounder", "ceo", "chairman", "chairwoman", "spokesman",
                 "spokeswoman", "spokesperson", "owner", "boss", "executive", "executives", "employee",
                 "employees", "shareholders", "subsidiary"}


def _is_name_word(token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha


def organisation_runs(doc: Doc, taken: list[bool]) -> list[tuple[int, int]]:
    """Runs of capitalised words the model left unlabelled whose last word names a kind of
    organisation: "Deseret News", "Refugee Action Coalition"."""
    found = []
    i = 0
    while i < len(doc):
        if taken[i] or not _is_name_word(doc[i]) or doc[i].ent_type_:
            i += 1
            continue
        end = i
        while end < len(doc) and not taken[end] and not doc[end].ent_type_ and (
                _is_name_word(doc[end]) or doc[end].lower_ in NAME_CONNECTORS and end + 1 < len(doc)
                and _is_name_word(doc[end + 1])):
            end += 1
        words = [t for t in doc[i:end] if t.lower_ not in NAME_CONNECTORS]
        if len(words) >= 2 and doc[end - 1].text in ORG_NAME_HEADS:
            found.append((i, end))
        i = max(end, i + 1)
    return found


def role_owners(doc: Doc, taken: list[bool]) -> list[tuple[int, int]]:
    """"Facebook creator Mark Zuckerberg", "a Kremlin spokesman": the proper noun is an organisation."""
    found = []
    for token in doc[1:]:
        if token.lower_ not in COMPANY_ROLES or token.pos_ != "NOUN":
            continue
        end = token.i
        start = end
        while start > 0 and _is_name_word(doc[start - 1]) and not taken[start - 1] and not doc[start - 1].ent_type_:
            start -= 1
        if start < end:
            found.append((start, end))
    return found


def publications(doc: Doc, taken: list[bool]) -> list[tuple[int, int]]:
    """"a report in Ars Technica", "an interview with Vorlund Radio": where a report appears, a publisher."""
    found = []
    for token in doc:
        if token.dep_ != "pobj" or token.head.lower_ not in ("in", "on", "with", "by") \
                or token.head.head.lemma_.lower() not in PUBLISHED_THINGS:
            continue
        start, end = token.i, token.i + 1
        while start > token.head.i + 1 and _is_name_word(doc[start - 1]):
            start -= 1
        if all(_is_name_word(t) and not taken[t.i] and not t.ent_type_ for t in doc[start:end]):
            found.append((start, end))
    return found


STORM_WORDS = {"Hurricane", "Typhoon", "Cyclone", "Storm"}


def named_storms(doc: Doc, taken: list[bool]) -> list[tuple[int, int]]:
    """"Typhoon Haiyan", "Hurricane Katrina", "Tropical Storm Alberto": one name, an event."""
    found = []
    for token in doc[:-1]:
        following = doc[token.i + 1]
        if token.text in STORM_WORDS and following.is_title and following.pos_ == "PROPN" \
                and not taken[token.i] and not taken[following.i]:
            start = token.i - 1 if token.i > 0 and doc[token.i - 1].text == "Tropical" else token.i
            found.append((start, following.i + 1))
    return found
