"""Wire stories open with a dateline, "LONDON (Reuters) -": a place in capitals, perhaps a
region, a date and an agency, then the story. It is no part of the first sentence, and its
place is a place whatever the model calls it."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .cues import known_place_type
from .lexicon import LEXICON
from .tree import capitalised_beside


def date_shaped(doc: Doc, start: int, i: int) -> bool:
    """Does the number at `i` end a date: "1996-08-30", "June 3", "3 June 2010"?"""
    iso = i >= 2 and doc[i - 1].text == "-" and doc[i - 2].like_num
    return iso or any(t.lower_ in LEXICON.month_names for t in doc[start:i])


DATELINE_DASHES = {"-", "--", "\u2013", "\u2014", ":"}


def dateline_end(doc: Doc, start: int) -> int | None:
    """The first word after a wire story's dateline at the start of a block: "LONDON (Reuters) -",
    "PARIS, June 3 (AFP) -", "NEW YORK, NY --", "LONDON 1996-08-30": a place in capitals, then
    perhaps a region after a comma, a date and an agency in brackets, ended by a dash or colon,
    or by the date itself."""
    i = capitals_end(doc, start)
    if i == start:
        return None
    bracket = region = False
    for token in doc[i : min(len(doc), i + 12)]:
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (
            token.text in DATELINE_DASHES
            and (token.text == ":" or token.nbor(-1).whitespace_)  # "BHP-Billiton", "US-China" are names
            and not (token.nbor(-1).like_num and following is not None and following.like_num)
        ):
            return token.i + 1 if following is not None and following.is_title else None
        if (
            token.like_num
            and date_shaped(doc, start, token.i)
            and following is not None
            and following.is_title
            and not following.like_num
            and following.lower_ not in LEXICON.month_names
        ):
            return following.i
        bracket = (bracket or token.text == "(") and token.text != ")"
        region = token.text == "," or region and (token.is_title or token.is_upper)
        allowed = token.text in ",()-" or token.like_num or token.lower_ in LEXICON.month_names or bracket or region
        if not allowed:
            return None
    return None


def dateline_place(doc: Doc) -> tuple[int, int] | None:
    """The token range of the place in capitals of a story's dateline ("NEW YORK" of "NEW YORK,
    NY --"), where the story opens with a whole one: the place with its region after a comma, a
    date or an agency in brackets. "BREAKING:", "NASA -", "FTSE 100 -" or an interview's
    "JOHNSON:" are no datelines' places, though they end a sentence."""
    end = dateline_end(doc, 0)
    if end is None:
        return None
    place_end = capitals_end(doc, 0)
    rest = doc[place_end:end]
    shaped = any(t.text in ",(" or t.like_num and date_shaped(doc, place_end, t.i) for t in rest)
    return (0, place_end) if shaped or bare_dateline_place(doc[0:place_end], rest) else None


def bare_dateline_place(capitals: Span, rest: Span) -> bool:
    """ "OTTAWA — Home sales rose …": capitals and a dash alone make a dateline where the story
    names them again as a place (after "in", "at", "near" …, or where the model saw a place:
    "searches in Vereeniging"), or where the gazetteer knows the town and the story does not name
    it again as something else. With a colon, as Indian, Pakistani and Malaysian copy writes it
    ("ISLAMABAD: Pakistan on Monday …"), only where the story names it again as a place: an
    interview's "JOHNSON:" and a kicker's "BREAKING:" are none. Nor are kickers ("PHOTOS —",
    "MARCH —") or acronyms ("UNICEF —")."""
    if len(rest) != 1 or capitals.text.lower() in LEXICON.month_names | LEXICON.weekday_names:
        return False
    words, doc = capitals.text.title().split(), capitals.doc
    again = [  # the name alone, not inside a longer one ("Phoenix Holdings", "the University of Abuja")
        t
        for t in doc[capitals.end :]
        if [w.text for w in doc[t.i : t.i + len(words)]] == words
        and not _inside_a_longer_name(doc[t.i : t.i + len(words)])
    ]
    as_a_place = [
        t for t in again if t.ent_type_ in ("GPE", "LOC") or doc[t.i - 1].lower_ in LEXICON.locating_prepositions
    ]
    if as_a_place:
        return True
    if rest[0].text == ":":
        return False
    # a town the gazetteer knows, unless the story names it again only as something else ("CHELSEA —
    # Chelsea have confirmed …", "ORANGE — Orange, the telecoms group, …")
    return not again and known_place_type(" ".join(words)) is not None


def _inside_a_longer_name(words: Span) -> bool:
    """ "Phoenix Holdings", "the University of Abuja": a capitalised word beside, or one before "of"."""
    doc, i = words.doc, words.start
    joined = not doc[i].is_sent_start and i >= 2 and doc[i - 1].lower_ in ("of", "for") and doc[i - 2].is_title
    return capitalised_beside(words) or joined


def capitals_end(doc: Doc, start: int) -> int:
    """The end of the run of words in capitals from `start` ("NEW YORK"); `start` if there is none."""
    i = start
    while i < len(doc) and doc[i].is_upper and doc[i].is_alpha and len(doc[i]) > 1:
        i += 1
    return i


def block_starts(doc: Doc) -> list[int]:
    """The first token of each block (blocks are joined by a blank line)."""
    return [0] + [t.i for t in doc[1:] if not t.is_space and "\n\n" in doc[t.i - 1].text_with_ws]
