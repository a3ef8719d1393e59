"""What a name's own letters say: whether it looks like a name, its initials, its short forms.

Two tests of "short form", for two questions:
- `is_short_form` ("US", "WHO", "U.N."): a name of four letters or fewer in capitals collides
  with ordinary words, so it matches only as written, case included;
- `acronym_letters` ("L3V", "ROOTS"): can this token be the initialism a text defines in brackets
  beside a name, or that spells a name named before? Up to ten capitals and digits; or
  `initials_with_small_words`, with its small words in lower case ("DfT", "BoM").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..aliases import initials, is_short_form
from ..lexicon import LEXICON, bare

__all__ = [
    "acronym_letters",
    "company_short_name",
    "contains",
    "initials",
    "initials_of",
    "initials_with_small_words",
    "is_short_form",
    "looks_like_a_name",
    "names_people",
]


def looks_like_a_name(text: str) -> bool:
    """A name starts with a capital or digit ("iPhone" aside), has a letter, and is not a unit code,
    a social-media handle or hashtag ("@AcmeNews", "#SaveTheHarbour") or an -ism ("Velorism")."""
    if text in LEXICON.not_names or not any(c.isalpha() for c in text) or text[0] in "@#":
        return False
    if " " not in text and text.lower().endswith(tuple(LEXICON.not_name_endings)):
        return False
    first = text[0]
    return first.isupper() or first.isdigit() or (len(text) > 1 and text[1].isupper()) or not first.isalpha()


@lru_cache(maxsize=65536)  # asked for every pair of a name and a group
def initials_of(name: str, keep_connectors: bool = False) -> str:
    return initials(re.findall(r"[\w'-]+", name), keep_connectors)


@lru_cache(maxsize=65536)
def spellings_of_initials(name: str) -> frozenset[str]:
    """The initials of a name, with a letter for each part of a hyphenated word too ("EACC" of
    "Ethics and Anti-Corruption Commission")."""
    return frozenset({initials_of(name), initials_of(name.replace("-", " "))})


@lru_cache(maxsize=65536)
def initials_with_small_words(name: str) -> str:
    """The initials a name is often written short by in British and Commonwealth copy, its small
    words in lower case: "DfT" for "Department for Transport", "BoM" for "Bureau of
    Meteorology", "MoD" for "Ministry of Defence"; "" for a name with no small word inside."""
    words = [w for w in re.findall(r"[\w'-]+", name) if w.lower() != "the"]
    letters = "".join(w[0].lower() if w.lower() in LEXICON.connectors else w[0].upper() for w in words)
    return letters if any(c.islower() for c in letters[1:-1]) else ""


@lru_cache(maxsize=65536)
def acronym_letters(text: str) -> str | None:
    """ "L3V", "ROOTS", "U.N." without its dots; None for anything that is not an initialism."""
    letters = text.replace(".", "")
    capitals = sum(c.isupper() for c in letters)
    if (
        2 <= len(letters) <= 10
        and letters.isalnum()
        and capitals >= 2
        and capitals + sum(c.isdigit() for c in letters) == len(letters)
    ):
        return letters
    return None


def contains(full: list[str], part: list[str], anywhere: bool) -> bool:
    """Is `part` the start or end of `full` (or, with `anywhere`, any run of words in it)?"""
    if full[: len(part)] == part or full[-len(part) :] == part:
        return True
    return anywhere and any(full[i : i + len(part)] == part for i in range(1, len(full) - len(part)))


@lru_cache(maxsize=65536)
def is_company_word(word: str) -> bool:
    """A legal form or company word that may end a company's name: "Inc.", "Corp", "Group".
    A form that is also a word ("SpA", "AS") only in capitals or with dots: written as a word it
    ends a town's name ("Leamington Spa") or is one ("as"); "Orlen SA", "Vestnett AS" are firms."""
    bare = word.lower().strip(",").replace(".", "")
    written_as_a_word = word.strip(",").istitle() or word.islower()
    if bare in LEXICON.lettered_legal_forms and written_as_a_word and "." not in word:
        return False
    return bare in LEXICON.legal_forms or bare in LEXICON.company_words


def first_of_two_surnames(words: list[str]) -> str | None:
    """The first surname of a name with two, which Spanish and Portuguese copy writes alone: the
    middle word of a three-word name ("Quispe" for "Hernán Quispe Llosa"), the third of a
    four-word one with two given names ("Quintero" for "Andrés Felipe Quintero Ruiz"); None for
    an initial or a name with a particle, whose middle word is often a relative's ("Tamim bin
    Hamad Al Thani")."""
    lowered = {w.lower() for w in words}
    if len(words) not in (3, 4) or lowered & (LEXICON.name_particles | LEXICON.patronymic_words):
        return None
    if not all(w.isalpha() for w in words[:-1]) or bare(words[-1]) in LEXICON.generational_suffixes:
        return None  # "Jo A. Quintero Ruiz", "Martin Luther King Jr"
    return words[-2]


IRREGULAR_PLURALS = {"women": "woman", "men": "man", "children": "child", "people": "person"}


def names_people(word: str) -> bool:
    """Is the word a plural of a noun of people ("Farmers", "Women", "Veterans"), also one written
    as one word with what they work at ("Mineworkers", "Steelworkers", "Shipbuilders")?"""
    lower = word.lower()
    singular = IRREGULAR_PLURALS.get(lower) or (lower[:-1] if lower.endswith("s") else "")
    return singular in LEXICON.person_nouns or any(
        singular[cut:] in LEXICON.person_nouns for cut in range(3, len(singular) - 4)
    )


def company_short_name(name: str) -> str | None:
    """A company's name without the words that say what kind of company it is, as news writes
    it on second use: "Pellar Systems" → Pellar, "Vexo Motors Inc." → Vexo; None if nothing is
    left off or nothing is left."""
    words = name.split()
    kept = list(words)
    while len(kept) > 1 and (is_company_word(kept[-1]) or kept[-1].lower() in LEXICON.industry_words):
        kept.pop()
    return " ".join(kept).rstrip(",") if len(kept) < len(words) else None


@lru_cache(maxsize=65536)
def strip_legal_form(name: str) -> str:
    """A company's name without its legal form, its other company words kept: "Kessel-Tarn
    Holdings plc" → "Kessel-Tarn Holdings", whose initials ("KTH") a text may use for it."""
    return _without_last_words(name, _a_legal_form)


@lru_cache(maxsize=65536)
def strip_corporate(name: str) -> str:
    """A company's name without its legal form: "Acme Holdings Inc." → "Acme"."""
    return _without_last_words(name, is_company_word)


def _without_last_words(name: str, drop: Callable[[str], bool]) -> str:
    """The name without the last words `drop` accepts, one word at least kept."""
    words = name.split()
    while len(words) > 1 and drop(words[-1]):
        words.pop()
    return " ".join(words).rstrip(",")


def _a_legal_form(word: str) -> bool:
    return is_company_word(word) and bare(word).replace(".", "") in LEXICON.legal_forms


def speaks(token) -> bool:
    """Is the token the subject of a speech verb ("Montana said")?"""
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in LEXICON.speech_verbs
