"""Names the model missed, found by the words that make them names.

    "The Tidewater News observed ..."        a run of capitalised words ending in News, Council, Bank ...
    "walking from Kestrel Road Station"      ... or in Station, Airport, Square ...
    "Vexo creator Jo Bloggs"                 a proper noun right before a company role
    "a report in the Tidewater Courier"      a proper noun that publishes reports
    "in the city of Arequipa"                a name after a kind of place and "of"
    "Scioto County Sheriff Wade Tolliver"    a place before the title of its office
    "Typhoon Haiyan"                         a storm and its name
    "Lista 3 Valli (L3V)"                    a name and the short form it defines, either way round
    "CEO of the Housing Council Marta Delgado"  an organisation run on into its spokesperson's name

Each finder returns token ranges (start, end) not yet taken by another name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .aliases import head_word
from .cues import (
    a_big_place,
    after_a_street,
    any_sport,
    followed_by_who,
    joins_a_double_name,
    known_place_or_part_type,
    known_town_type,
    list_members,
    located,
    looks_like_a_persons_name,
    one_of_its_kind_and_others,
    place_before_based_or_born,
    place_before_its_kind,
    place_of,
    route_end,
    where_a_body_may_stand,
)
from .entity_rules.spans import CALENDAR_WORDS, NAME_LABELS, TITLES_AND_HONORIFICS, named_for_whose
from .entity_rules.words import acronym_letters, initials, is_company_word
from .lexicon import LEXICON, TITLE_LETTERS, bare


def _is_head(token, heads: frozenset[str]) -> bool:
    """A capitalised head word: "News" in "Tidewater News" (the lexicon lists it as "news"),
    "Ltd." in "Brightmead Renewables Ltd.", or a legal form no other word is, in capitals: "LLP"
    in "Farrow Kemp LLP" (not "AG" or "SA", which are also an attorney general and a state)."""
    word = bare(token.text)
    return word in heads and (token.is_title or token.is_upper and word in LEXICON.lower_case_legal_forms)


def _is_name_word(token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha


BODY_RUN_HEADS = LEXICON.org_name_heads | LEXICON.court_and_clinic_heads  # "… Council", "… Court", "… Clinic"

ORGANISATION_ENDS = (  # the last words of a body's name; an office's too: "the Attorney General's Office"
    BODY_RUN_HEADS
    | LEXICON.industry_words
    | LEXICON.legal_forms
    | LEXICON.company_words
    | LEXICON.possessive_name_heads
)


def organisation_runs(doc: Doc, taken: list[bool]) -> list[tuple[int, int]]:
    """Runs of capitalised words the model left unlabelled whose last word names a kind of
    organisation, a court or a hospital, or is a company's legal form written with a capital ("Tidewater News",
    "Refugee Action Coalition", "Brightmead Renewables Ltd"); not a form that is also a word
    ("Leamington Spa", "As"). A run ending in a trade ("Tarrant Hill Metals") is a company's
    only without a small word or a title, which make it a post's field ("Minister for Energy",
    "Director of Health Services")."""
    runs = _runs_ending_in(doc, taken, ORGANISATION_ENDS)
    return [
        (a, b)
        for a, b in runs
        if _is_head(doc[b - 1], BODY_RUN_HEADS)
        or is_company_word(doc[b - 1].text)
        or _a_trade_name(doc[a:b])
        or any(t.tag_ == "POS" for t in doc[a:b])  # "the Attorney General's Office": see _goes_on_a_run
    ]


def _a_trade_name(run: Span) -> bool:
    """A company's name ending in its trade, and no post's field: "Tarrant Hill Metals"."""
    return (
        _is_head(run[-1], LEXICON.industry_words)
        and run[0].lower_ not in LEXICON.titles
        and not any(t.is_lower or t.lower_ in LEXICON.run_connectors for t in run)
    )


def place_runs(doc: Doc, taken: list[bool]) -> list[tuple[int, int]]:
    """The same for places: "Kestrel Road Station", "Ormond Square"."""
    return _runs_ending_in(doc, taken, LEXICON.place_heads)


def place_prefix_runs(doc: Doc, taken: list[bool]) -> list[tuple[int, int]]:
    """Natural features named with the kind first: "the River Lesk", "Lake Orvel", "Mount Kesh":
    the kind and one name word, with no capitalised word after it, which would make the three
    words another name ("River Cottage Chef", "Loch Ness Monster", "Lake Shore Drive")."""
    found = []
    for token in doc[:-1]:
        if token.lower_ not in LEXICON.place_prefixes or not token.is_title or taken[token.i] or token.ent_type_:
            continue
        name, after = doc[token.i + 1], doc[token.i + 2] if token.i + 2 < len(doc) else None
        if (
            _is_name_word(name)
            and not taken[name.i]
            and not name.ent_type_
            and not (after is not None and after.is_title)
        ):
            found.append((token.i, token.i + 2))
    return found


def _runs_ending_in(doc: Doc, taken: list[bool], heads: frozenset[str]) -> list[tuple[int, int]]:
    found = []
    i = 0
    while i < len(doc):
        if taken[i] or not _is_name_word(doc[i]) or doc[i].ent_type_:
            i += 1
            continue
        end = i
        while end < len(doc) and not taken[end] and not doc[end].ent_type_ and _goes_on_a_run(doc, i, end):
            end += 1
        words = [t for t in doc[i:end] if t.lower_ not in LEXICON.run_connectors and t.text != "-" and not t.is_lower]
        if len(words) >= 2 and _is_head(doc[end - 1], heads):
            found.append((i, end))
        i = max(end, i + 1)
    return found


def _goes_on_a_run(doc: Doc, start: int, i: int) -> bool:
    """Does token i go on a run of name words begun at `start`: a name word, a hyphen inside one, a
    small joining word before a free name word ("Bank of Vexo", not "… Office on" + "Monday"), or
    an office's possessive before its court or office ("Magistrate's Court")?"""
    token = doc[i]
    if _is_name_word(token) or _inside_a_hyphened_name(doc, i):
        return True
    after = doc[i + 1] if i + 1 < len(doc) else None
    free_name_after = after is not None and _is_name_word(after) and not after.ent_type_
    joins = token.lower_ in LEXICON.run_connectors and free_name_after
    return joins or i > start and token.tag_ == "POS" and named_for_whose(doc, i)


def _inside_a_hyphened_name(doc: Doc, i: int) -> bool:
    """A hyphen, or a small word between two, inside one word of a name: "Stoke-on-Trent"."""
    if i < 1 or i + 1 >= len(doc):
        return False
    if joins_a_double_name(doc[i]):
        return _is_name_word(doc[i + 1]) or _inside_a_hyphened_name(doc, i + 1)
    return doc[i].is_lower and joins_a_double_name(doc[i - 1]) and joins_a_double_name(doc[i + 1])


def role_owners(doc: Doc, taken: list[bool]) -> list[tuple[int, int]]:
    """ "Vexo creator Jo Bloggs", "a Kremlin spokesman", "Narmada MD Sunita Rao": the proper noun is
    an organisation (also where the model read it into the name after, which the span rules cut:
    a body's word, or a person's before an officer's letters)."""
    found = []
    for token in doc[1:]:
        # an officer's letters only before a name: "Jane Roe MD said" is a doctor
        letters = token.text in LEXICON.company_post_letters and token.i + 1 < len(doc) and doc[token.i + 1].is_title
        if not letters and (token.lower_ not in LEXICON.company_roles or token.pos_ != "NOUN"):
            continue
        end = token.i
        start = end
        labels = ("", "ORG", "PERSON") if letters else ("", "ORG")  # "Kessel CFO Jo Roe", read as one person
        while start > 0 and _owner_word(doc[start - 1]) and not taken[start - 1] and doc[start - 1].ent_type_ in labels:
            start -= 1
        if start < end:
            found.append((start, end))
    return found


NOT_OWNERS = LEXICON.not_names | TITLE_LETTERS  # "a GP spokesman", "the MP spokesman": no body's initials


def _owner_word(token) -> bool:
    """A name word, or initials the tagger read as a common noun ("UNICEF spokeswoman"): capitals
    only, no lexicon not_names ("a GP spokesman") and no post's letters ("CEO", "MP")."""
    if _is_name_word(token):
        return True
    initials = token.is_alpha and token.is_upper and len(token.text) > 1
    return initials and token.text not in NOT_OWNERS


def _name_or_particle(doc: Doc, i: int) -> bool:
    """A name word, or a particle between two ("Surigao del Sur")."""
    if _is_name_word(doc[i]):
        return True
    return doc[i].lower_ in LEXICON.name_particles and i > 0 and _is_name_word(doc[i - 1]) and _is_name_word(doc[i + 1])


def places_by_kind_or_origin(doc: Doc, taken: list[bool]) -> list[tuple[int, int]]:
    """ "in the Kisumu region", "the Warragul-born rider": proper nouns the model left unlabelled
    that `cues.place_before_its_kind` or `cues.place_before_based_or_born` makes a place."""
    found = []
    for token in doc[1:]:
        start = end = token.i
        while start > 0 and not taken[start - 1] and not doc[start - 1].ent_type_ and _name_or_particle(doc, start - 1):
            start -= 1
        if (
            start < end
            and _is_name_word(doc[start])
            and (place_before_its_kind(doc[start:end]) or place_before_based_or_born(doc[start:end]))
        ):
            found.append((start, end))
    return found


def route_ends(doc: Doc, taken: list[bool]) -> list[tuple[int, int]]:
    """ "carrying passengers from Oban to Craignure", "flights from Inverness to Kirkwall": the ends
    of a journey the model left unlabelled (`cues.route_end`), with the proper nouns before each."""
    found = []
    for token in doc:
        if taken[token.i] or token.ent_type_ or not _is_name_word(token) or not route_end(token):
            continue
        if token.dep_ == "compound" and token.i + 1 < len(doc) and _is_name_word(doc[token.i + 1]):
            continue  # inside a longer name
        found.append((_compounded_start(doc, token.i, taken), token.i + 1))
    return found


def known_places_located(doc: Doc, taken: list[bool]) -> list[tuple[int, int]]:
    """ "crops damaged in Jaisalmer", "much of north Staffordshire", "attacked near Pitlochry": a
    town (however small), country or province the gazetteer knows, where the text says where
    something is (`cues.located`), is a place though the model left it unlabelled."""
    found = []
    for start, token in _unlabelled_names(doc, taken):
        who = followed_by_who(token)  # "potential in Kerry, who scored": a person, named like a county
        text = doc[start : token.i + 1].text
        if located(token) and not who and (known_place_or_part_type(text) == "GPE" or known_town_type(text) == "GPE"):
            found.append((start, token.i + 1))
    return found


def big_places_unlabelled(doc: Doc, taken: list[bool]) -> list[tuple[int, int]]:
    """ "since I left Gdansk", "between Proserpine and Nagpur": a country, or a city of 100,000
    people or more the gazetteer knows (`cues.a_big_place`), is a place wherever the model left it
    unlabelled, without words that locate it. Not a name in capitals ("(SAN)": letters), nor a
    sentence's first word ("Nice work"), nor one a "who" follows ("Austin, who"), nor the subject
    of a speech verb ("Jackson said"), nor where a body or a person may stand
    (`cues.where_a_body_may_stand`: "sold to Austin", "a Leicester player"), nor in sports copy
    or a text with a score (`cues.any_sport`), which name clubs by their towns."""
    if any_sport(doc):
        return []
    found = []
    for start, token in _unlabelled_names(doc, taken):
        name = doc[start : token.i + 1]
        if name.text.isupper() or name[0].is_sent_start or followed_by_who(token) or _a_speaker(token):
            continue
        if where_a_body_may_stand(token):
            continue
        if a_big_place(name.text):
            found.append((start, token.i + 1))
    return found


def people_after_a_party_or_nation(doc: Doc, taken: list[bool]) -> list[tuple[int, int]]:
    """ "keeping her lead over Republican Brent Haugland", "the Kenyan Ruth Chepngetich": a word
    the model read as a party's or nation's member (NORP), then two or three capitalised words it
    left unlabelled that look like a person's name (`cues.looks_like_a_persons_name`), no title
    among them, and end before a word that is no name, are that person ("Australian Prime Minister
    John Howard" is a title before a name)."""
    found = []
    for word in doc[:-2]:
        if word.ent_type_ != "NORP" or (word.i + 1 < len(doc) and doc[word.i + 1].ent_iob_ == "I"):
            continue
        end = word.i + 1
        while end < len(doc) and end - word.i <= 4 and _free_name_word(doc, taken, end):
            end += 1
        run = list(doc[word.i + 1 : end])
        title = any(bare(t.text) in TITLES_AND_HONORIFICS for t in run)  # "Prime Minister John Howard"
        name_goes_on = end < len(doc) and doc[end].is_title and not doc[end].is_sent_start
        if 2 <= len(run) <= 3 and looks_like_a_persons_name(run) and not title and not name_goes_on:
            found.append((word.i + 1, end))
    return found


def _free_name_word(doc: Doc, taken: list[bool], i: int) -> bool:
    token = doc[i]
    return not taken[i] and not token.ent_type_ and (_is_name_word(token) or joins_a_double_name(token))


def _a_speaker(token) -> bool:
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in LEXICON.speech_verbs


def _unlabelled_names(doc: Doc, taken: list[bool]):
    """(start, last token) of each run of free proper nouns the model left unlabelled, by its last
    word; a word of a model's name that the span rules left free counts too ("the National
    Hospital" + "in Colombo"), and so does a proper noun the model read into a date ("held in Pune
    last month")."""
    for token in doc:
        if taken[token.i] or not _is_name_word(token) or token.dep_ == "compound":
            continue
        if token.ent_type_ and not (token.ent_type_ in NAME_LABELS or _read_into_a_date(token)):
            continue
        yield _compounded_start(doc, token.i, taken), token


def _read_into_a_date(token) -> bool:
    """ "Pune last month": a proper noun, no month or weekday, at the start of the model's date."""
    return token.ent_type_ == "DATE" and token.ent_iob_ == "B" and token.lower_ not in CALENDAR_WORDS


def towns_after_a_street(doc: Doc, taken: list[bool]) -> list[tuple[int, int]]:
    """ "of Forest Road, Coalville, has been charged": the town of an address the model left
    unlabelled (`cues.after_a_street`)."""
    return [
        (start, token.i + 1)
        for start, token in _unlabelled_names(doc, taken)
        if after_a_street(doc, start, token.i + 1)
    ]


def places_after_their_kind(doc: Doc, taken: list[bool]) -> list[tuple[int, int]]:
    """ "in the city of Arequipa", "the village of Ossin": a proper name the model left unlabelled
    after a word for a kind of place and "of" (`cues.place_of`)."""
    return [
        (start, token.i + 1)
        for start, token in _unlabelled_names(doc, taken)
        if place_of(doc[start : token.i + 1]) == "GPE"
    ]


def places_before_titles(doc: Doc, taken: list[bool]) -> list[tuple[int, int]]:
    """ "Scioto County Sheriff Wade Tolliver", "Tamil Nadu Urban Development Minister S. Meenakshi":
    the place whose office a title before a person's name is, written before the title. The
    longest start of the capitalised words before the title that is a county ("X County") or a
    place the gazetteer knows; not where the rest names a body ("Victoria Police Chief
    Commissioner" is the police's)."""
    found = []
    for title in doc[1:-1]:
        if not (title.is_title and title.lower_ in LEXICON.titles and doc[title.i + 1].text[:1].isupper()):
            continue
        start = title.i
        while start > 0 and not taken[start - 1] and _is_name_word(doc[start - 1]):
            start -= 1
        for end in range(title.i, start, -1):
            rest = {t.lower_ for t in doc[end : title.i]}
            if rest & (LEXICON.org_name_heads | LEXICON.org_type_heads):
                break
            if _a_county(doc, start, end) or known_place_or_part_type(doc[start:end].text) == "GPE":
                found.append((start, end))
                break
    return found


def _a_county(doc: Doc, start: int, end: int) -> bool:
    return end - start >= 2 and doc[end - 1].is_title and doc[end - 1].lower_ in LEXICON.county_words


def places_listed_with_places(doc: Doc, taken: list[bool]) -> list[tuple[int, int]]:
    """A proper name the model left unlabelled in a list whose every other name it took for a
    place is a place too: "parts of Norfolk and Suffolk", "across Cambridgeshire, Bedfordshire
    and Norfolk". Not a list with a name of any other kind in it ("Acme, Vexo and Leeds")."""
    found = []
    for start, token in _unlabelled_names(doc, taken):
        members = list_members(token)
        others = [t for t in members if t.i != token.i]
        if len(members) >= 2 and all(t.ent_type_ == "GPE" and t.pos_ == "PROPN" for t in others):
            found.append((start, token.i + 1))
    return found


def names_before_others_of_their_kind(doc: Doc, taken: list[bool]) -> list[tuple[int, int, str]]:
    """ "Vexmere and other towns", "Dunmore, Tarlow and neighbouring villages", "Vexo and rival
    retailers": capitalised words the model left unlabelled, before the rest of a list and more
    of a kind of place or body (`cues.one_of_its_kind_and_others`), are a name of that kind. Not
    a sentence's first word the tagger reads as no proper noun ("Banks and other lenders")."""
    found = []
    for start, end in _free_capitalised_runs(doc, taken):
        if doc[start].is_sent_start and doc[start].pos_ != "PROPN":
            start += 1
        if start == end or any(t.lower_ in NO_NAME_WORDS for t in doc[start:end]):
            continue
        kind = one_of_its_kind_and_others(doc[start:end])
        if kind in ("GPE", "ORG"):
            found.append((start, end, kind))
    return found


NO_NAME_WORDS = CALENDAR_WORDS | TITLES_AND_HONORIFICS  # once, not per word


def _free_capitalised_runs(doc: Doc, taken: list[bool]):
    """(start, end) of each run of capitalised words no name holds, hyphens inside ("Ka-Velo")."""
    i = 0
    while i < len(doc):
        end = i
        while end < len(doc) and not taken[end] and (_capitalised_word(doc[end]) or _hyphen_inside(doc, end)):
            end += 1
        if end > i and _capitalised_word(doc[end - 1]):
            yield i, end
        i = end + 1


def _capitalised_word(token) -> bool:
    return token.is_alpha and token.text[:1].isupper()


def _hyphen_inside(doc: Doc, i: int) -> bool:
    return i + 1 < len(doc) and joins_a_double_name(doc[i])


def _compounded_start(doc: Doc, i: int, taken: list[bool]) -> int:
    """Where the name ending at `i` starts: the free proper nouns compounded before it ("Surigao" of "Surigao City")."""
    start = i
    while start > 0 and doc[start - 1].dep_ == "compound" and _is_name_word(doc[start - 1]) and not taken[start - 1]:
        start -= 1
    return start


def publications(doc: Doc, taken: list[bool]) -> list[tuple[int, int]]:
    """ "a report in the Tidewater Courier", "an interview with Vorlund Radio", "Gadget Weekly's analysis": where a
    report appears, or whose it is, a publisher."""
    found = []
    for token in doc:
        # "Gadget Weekly's recent analysis": the owner of a report publishes it
        owner = (
            token.dep_ == "poss"
            and token.head.lemma_.lower() in LEXICON.published_things
            and token.i + 1 < len(doc)
            and doc[token.i + 1].text in ("'s", "’s")
        )
        if not owner and (
            token.dep_ != "pobj"
            or token.head.lower_ not in ("in", "on", "with", "by")
            or token.head.head.lemma_.lower() not in LEXICON.published_things
        ):
            continue
        if owner:
            start, end = token.i, token.i + 1
            while start > 0 and _is_name_word(doc[start - 1]):
                start -= 1
            if all(_is_name_word(t) and not taken[t.i] and not t.ent_type_ for t in doc[start:end]):
                found.append((start, end))
            continue
        start, end = token.i, token.i + 1
        while start > token.head.i + 1 and _is_name_word(doc[start - 1]):
            start -= 1
        if all(_is_name_word(t) and not taken[t.i] and not t.ent_type_ for t in doc[start:end]):
            found.append((start, end))
    return found


def person_after_organisation(
    doc: Doc, start: int, end: int, org_heads: frozenset[str], roles: frozenset[str]
) -> int | None:
    """Where a person's name begins inside the organisation doc[start:end], or None.

    "Head of research at the Eastport branch of the Society for Coastal Trade Ada Vell said": news
    names a speaker by role, organisation and name with no comma, and the model reads the whole
    run as one organisation. Taken apart only when all of this holds: the run hangs off a role
    ("director of", "CEO of") by prepositions up the parse; it ends in two capitalised words
    (else three) that are no organisation's words; and what comes before them is an
    organisation's name by its head word ("Council" in "Council on Rural Housing")."""
    if end - start < 3 or not _hangs_off_a_role(doc[end - 1], roles):
        return None
    for length in (2, 3):
        person_start = end - length
        if person_start - start < 2 or doc[person_start - 1].lower_ in LEXICON.run_connectors:
            continue
        if not all(
            t.is_title and t.is_alpha and t.pos_ == "PROPN" and not _is_head(t, LEXICON.org_name_heads)
            for t in doc[person_start:end]
        ):
            continue
        head = head_word(" ".join(t.text for t in doc[start:person_start]))
        if head.lower() in org_heads or head.istitle() and head.lower() in LEXICON.org_name_heads:
            return person_start
    return None


def _hangs_off_a_role(token, roles: frozenset[str]) -> bool:
    """Whether a chain of prepositions and compounds leads up from `token` to a role noun."""
    for _ in range(8):
        if token.dep_ not in ("pobj", "prep", "compound", "appos") or token.head is token:
            return False
        token = token.head
        if token.lower_ in roles and token.pos_ in ("NOUN", "PROPN"):
            return True
    return False


def named_storms(doc: Doc, taken: list[bool]) -> list[tuple[int, int]]:
    """ "Typhoon Haiyan", "Hurricane Katrina", "Tropical Storm Alberto": one name, an event. Not
    where the capitalised words run on, which makes the storm's name part of a longer one: "the
    Storm Prediction Center", "the Hurricane Xandra Relief Fund"."""
    found = []
    for token in doc[:-1]:
        following = doc[token.i + 1]
        runs_on = token.i + 2 < len(doc) and _runs_on_a_name(doc[token.i + 2])
        if (
            _is_head(token, LEXICON.storm_words)
            and following.is_title
            and following.pos_ == "PROPN"
            and not runs_on
            and not taken[token.i]
            and not taken[following.i]
        ):
            start = token.i - 1 if token.i > 0 and doc[token.i - 1].text == "Tropical" else token.i
            found.append((start, following.i + 1))
    return found


def _runs_on_a_name(token) -> bool:
    """Does a capitalised proper noun carry a name on ("… Prediction Center")? Not a day or a month
    after it ("Storm Orvane Thursday night"), nor "I", nor a new sentence."""
    calendar = token.ent_type_ in ("DATE", "TIME") or token.lower_ in LEXICON.weekday_names | LEXICON.month_names
    return token.is_title and token.pos_ == "PROPN" and not token.is_sent_start and not calendar and token.text != "I"


def _acronym(token) -> str | None:
    return acronym_letters(token.text)


def _connector(token) -> bool:
    """A lower-case connector; a capitalised "Of" counts: "ROOTS (Rural Organisations Of The South)"."""
    return token.is_lower and token.text in LEXICON.connectors


def _initials(tokens) -> str:
    return initials([t.text for t in tokens if not _connector(t)], keep_connectors=True)


def defined_short_forms(doc: Doc) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(name, short form) token ranges where a text defines a short form by its initials, in
    brackets either way round: "deputies of Lista 3 Valli (L3V)", "ROOTS (Rural Organisations
    Of The South)". Only where the initials spell the short form
    exactly, so a bracketed aside is never mistaken for a name. Names the model already found
    there may be cut short or mislabelled ("Lista" a place, "Valli" a person): the
    caller decides."""
    found = []
    for open_ in doc:
        if open_.text != "(" or open_.i + 2 >= len(doc):
            continue
        close = next((t for t in doc[open_.i + 1 : open_.i + 14] if t.text == ")"), None)
        if close is None:
            continue
        inside = doc[open_.i + 1 : close.i]
        if len(inside) == 1 and (short := _acronym(inside[0])):
            # "Lista 3 Valli (L3V)": the shortest run of words before it with those initials
            for start in range(open_.i - 1, max(open_.i - 12, -1), -1):
                run = doc[start : open_.i]
                if not run[0].is_title and not run[0].like_num or _connector(run[0]):
                    continue
                if _initials(run) == short and all(
                    t.is_title or t.like_num or _connector(t) or t.is_upper for t in run
                ):
                    found.append(((start, open_.i), (inside[0].i, inside[0].i + 1)))
                    break
        elif len(inside) > 1 and inside[0].is_title:
            # "ROOTS Global network (Rural Organisations ...)": the short form just before it
            for token in doc[max(open_.i - 4, 0) : open_.i]:
                short = _acronym(token)
                if (
                    short
                    and _initials(inside).upper() == short
                    and len(short) == len([t for t in inside if not _connector(t)])
                ):
                    found.append(((inside.start, inside.end), (token.i, token.i + 1)))
                    break
    return found
