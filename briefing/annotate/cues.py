"""What the words around a name say about what it is.

The small English model often knows that something is a name but not what kind: it calls a
browser a place ("Vexo 7"), a retailer a person ("Acme Mart"), a stock index an organisation
("Northland 50"). News copy usually says what a thing is, right next to it:

    "the electronics retailer Acme Mart"     a noun before the name
    "the Northland 50, the country's main index"     an appositive after it
    "Harbor Navigator is the #2 browser"     a copula
    "the elite group called the Iron Choir"  "called" / "named" / "known as"

A noun the name modifies is no cue: "the Boeing jet" and "the Acme device" name a maker.

`classifier_type` reads those patterns off spaCy's dependency parse and returns the entity
type the classifying noun implies, or None. The entity finder counts it as a strong vote.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .lexicon import LEXICON, bare

CLASSIFIERS: dict[str, str] = {}
for _nouns, _type in (
    (LEXICON.product_nouns, "PRODUCT"),
    (LEXICON.work_nouns, "WORK_OF_ART"),
    (LEXICON.org_nouns, "ORG"),
    (LEXICON.person_nouns, "PERSON"),
    (LEXICON.feature_nouns, "LOC"),
    (LEXICON.place_nouns, "GPE"),
):
    CLASSIFIERS.update(dict.fromkeys(_nouns, _type))


def is_person_noun(word: str) -> bool:
    """A noun of people: one the lexicon lists, or one made with a suffix of professions
    ("volcanologist", "statistician", "cartographer"; lexicon profession_suffixes)."""
    lower = word.lower()
    return lower in LEXICON.person_nouns or (len(lower) > 7 and lower.endswith(PROFESSION_SUFFIXES))


PROFESSION_SUFFIXES = tuple(sorted(LEXICON.profession_suffixes))


def _class_of(token: Token, name: Span, allow_adjective: bool = False) -> str | None:
    # right before a name the tagger sometimes reads the noun as an adjective: "the novel Silver Harbor"
    # a lower-case word is no proper noun, whatever the tagger says beside a name: "the rover Curiosity";
    # a trade opening a sentence is written with a capital ("Retailer Dunmore Mart said")
    written_as_a_word = token.is_lower or (token.is_sent_start and token.lower_ in LEXICON.trade_nouns)
    if token.pos_ not in (("NOUN", "ADJ", "PROPN") if allow_adjective else ("NOUN", "PROPN")) or not written_as_a_word:
        return None
    lemma = token.lemma_.lower() if token.lemma_.lower() in CLASSIFIERS else token.lower_
    if lemma in LEXICON.roles_bodies_fill:  # "joint administrators KPMG", "the publisher Jonathan Marsh"
        return "PERSON" if looks_like_a_persons_name(list(name)) else "ORG"
    return CLASSIFIERS.get(lemma) or ("PERSON" if is_person_noun(lemma) else None)


def classifier_type(name: Span, label: str, switches=None) -> str | None:
    """The type a classifying noun next to `name` gives it, by the first of `CUE_RULES` that finds
    one; rules `switches` turns off are skipped, and the rule that decides is counted."""
    for rule_name, rule in CUE_RULES:
        if switches is not None and not switches.on(rule_name):
            continue
        found = rule(name)
        if found:
            if switches is not None:
                switches.fire(rule_name)
            return found
    return None


def subject_of_a_clause_on_the_noun(name: Span) -> bool:
    """ "the company Jane Roe founded", "the ship Acme built last year": a name followed by a verb
    that has no object of its own is the subject of a clause whose object is the noun before it,
    so the noun says what the object is, not what the name is."""
    if name.end >= len(name.doc):
        return False
    verb = name.doc[name.end]
    return (
        verb.pos_ == "VERB"
        and verb.tag_ in ("VBD", "VBZ", "VBP")  # finite: "the retailer Acme Mart, based in X" is no clause
        and verb.dep_ in ("acl", "relcl")
        and verb.head.i < name.start
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
    )


def noun_before(name: Span) -> str | None:
    """A classifying noun right before the name: "the retailer Acme Mart", "her first album
    Quiet Rooms", "sculptor Ada Vell"."""
    before = [t for t in name.root.children if t.i < name.start and t.dep_ in ("compound", "appos", "nmod", "amod")]
    if before and before[-1].i == name.start - 1 and not subject_of_a_clause_on_the_noun(name):
        return _class_of(before[-1], name, allow_adjective=True)
    return None


def role_written_as_a_title(name: Span) -> str | None:
    """ "Nurse Ada Okafor said", "Striker Jo Bloggs scored": a noun of people written with a capital
    right before a full name (which `role_noun_before_name` cut off) says it is a person's; so do
    an elected member's letters after their party ("Independent TD Deirdre Nagle", "Labour MP"),
    and a title the model left outside a name it took for a body ("Governor Nadia Fourie said",
    "Deputy Governor …"; not a title that also names places and firms, "General", "Lord")."""
    role = _word_before_a_persons_name(name)
    if role is None:
        return None
    if role.text in LEXICON.member_letters:
        return "PERSON" if role.i > 0 and role.nbor(-1).is_title else None
    if role.is_title and role.lower_ in LEXICON.titles:  # not "Prime", "Vice": part of a longer title or a name
        return None if role.lower_ in LEXICON.naming_titles | LEXICON.shared_titles else "PERSON"
    if not role.is_title or not is_person_noun(role.lower_):
        return None
    return "PERSON" if role.i == 0 or not role.nbor(-1).is_title else None


# the last words of names of bodies, companies and events: no town's name has one
BODY_OR_EVENT_HEADS = (
    LEXICON.org_type_heads
    | LEXICON.org_name_heads
    | LEXICON.event_heads
    | LEXICON.company_words
    | LEXICON.legal_forms
    | LEXICON.industry_words
)
# the last words of names of places, bodies, companies and events: no person's name has one
NAME_HEADS = LEXICON.place_heads | LEXICON.building_heads | LEXICON.street_words | BODY_OR_EVENT_HEADS


def looks_like_a_persons_name(tokens: list[Token]) -> bool:
    """Two or three capitalised words, none a head word of a place, body or event, a number or
    a plural ("Ada Okafor", "Ada Okafor-Lindh", not "Edward Island", "Rights Act 2015",
    "Meridian One" or "Jones Dairies"). A part in lower case after a hyphen is its word's, as
    Cantonese and Korean given names are written ("Winnie Lo Ka-yan")."""
    words = [t for i, t in enumerate(tokens) if not joins_a_double_name(t) and not _continues_a_given_name(tokens, i)]
    return 2 <= len(words) <= 3 and all(
        _a_name_word(t) and t.lower_ not in NAME_HEADS and not t.like_num and t.tag_ != "NNPS" for t in words
    )


def _continues_a_given_name(tokens: list[Token], i: int) -> bool:
    """ "yan" of "Ka-yan": letters in lower case right after a hyphen that joins them to a name."""
    return i > 0 and joins_a_double_name(tokens[i - 1]) and tokens[i].is_alpha and tokens[i].is_lower


def _a_name_word(token: Token) -> bool:
    """A capitalised word of letters, an inner apostrophe or capital allowed: "Okafor", "O'Hara",
    "McCarthy"; not one in capitals ("UN")."""
    letters = token.text.replace("'", "").replace("’", "")
    return token.text[:1].isupper() and letters.isalpha() and not (len(letters) > 1 and letters.isupper())


def a_possessive_mark(token: Token) -> bool:
    """An "'s", tagged as one or not (the tagger misses some after a name it did not know)."""
    return token.tag_ == "POS" or token.lower_ in ("'s", "\u2019s")


def joins_a_double_name(token: Token) -> bool:
    """The hyphen of "Okafor-Lindh", spelt with no space either side."""
    return token.text == "-" and token.i > 0 and not token.nbor(-1).whitespace_ and not token.whitespace_


def noun_before_misparsed(name: Span) -> str | None:
    """ "The ferry Estonia sank", "the probe Juno reached Jupiter", "told the newspaper Dagens
    Nyheter that …": the parser may read the noun and the name as two subjects or two objects
    of one verb, or the name as the subject of a clause about the noun ("the car [that] Acme
    built"), but a clause with an object of its own has no gap for the noun to fill. Either way
    the noun right before the name classifies it."""
    if name.start == 0:
        return None
    noun, root = name.doc[name.start - 1], name.root
    if noun.dep_ in ("nsubj", "dobj") and root.dep_ == noun.dep_ and noun.head == root.head:
        return _class_of(noun, name)
    clause = root.head
    has_object = any(c.dep_ == "dobj" for c in clause.children)
    if root.dep_ == "nsubj" and clause.dep_ == "relcl" and clause.head == noun and has_object:
        return _class_of(noun, name)
    return None


def role_right_before_a_persons_name(name: Span) -> str | None:
    """ "operator Vexo chief executive Dana Orvane said", "party deputy Jo Roe Tarlow said": a role
    or a noun of people in lower case right before what looks like a person's name says a person,
    however the parser hung the two (it may hang the role on the body before it); not "prime" or
    "vice", parts of a longer title (lexicon title_openers), nor a name that is the subject of a
    clause on the noun ("the adviser Vexo Capital hired", see `noun_before`)."""
    role = _word_before_a_persons_name(name)
    if role is None or subject_of_a_clause_on_the_noun(name):
        return None  # "the adviser Vexo Capital hired": the clause's subject, not the adviser
    if not role.is_lower or role.lower_ in LEXICON.title_openers:
        return None
    return "PERSON" if role.lower_ in LEXICON.titles or is_person_noun(role.lower_) else None


def _word_before_a_persons_name(name: Span) -> Token | None:
    """The word right before a name that looks like a person's (`looks_like_a_persons_name`)."""
    if name.start == 0 or not looks_like_a_persons_name(list(name)):
        return None
    return name.doc[name.start - 1]


def head_of_appositive(name: Span) -> str | None:
    """The name in apposition to a classifying noun before it: "the retailer, Acme Mart"."""
    root = name.root
    if root.dep_ != "appos" or root.head.i >= name.start or subject_of_a_clause_on_the_noun(name):
        return None
    return _class_of(root.head, name)


def place_after_place(name: Span) -> str | None:
    """A place named after a place, a comma between: "in Eastport, Wexland"; not a person set off
    after a fronted phrase ("On Kellow Island, Jo Roe, who runs a guesthouse, said"), nor the
    holder of a post in a place the model read as a person, set off before the verb of speech
    ("the agency's manager for the Highlands, Jo Roe, said"; but "Residents of Eastport, Wexland,
    said" name a town and its county)."""
    root, head = name.root, name.root.head
    holder = set_off_before_speech(name[-1]) and name[-1].ent_type_ == "PERSON"
    if (
        root.dep_ in ("appos", "npadvmod")
        and not followed_by_who(name[-1])
        and not holder
        and head.ent_type_ in ("GPE", "LOC")
        and name.start > 0
        and name.doc[name.start - 1].text == ","
        and head.i == name.start - 2
    ):
        return "GPE"
    return None


def town_before_its_region(name: Span) -> str | None:
    """A town named before its state or country, set off by commas: "the fire reached Medlow,
    Ore., on Monday", "MEDLOW, Ore. —": a country, US state or its abbreviation the model took
    for a place, and then no "'s" ("Acme, Germany's biggest lender" is a firm)."""
    doc, comma = name.doc, name.end
    if comma + 1 >= len(doc) or doc[comma].text != "," or any(t.ent_type_ == "PERSON" for t in name):
        return None  # "Lena Voss, Germany, won": results and lists name people so too
    region = next((e for e in doc.ents if e.start == comma + 1 and e.label_ == "GPE"), None)
    if region is None or not (is_a_known_region(region.text) or region.text.endswith(".")):
        return None
    after = doc[region.end] if region.end < len(doc) else None
    return "GPE" if after is None or after.is_punct and after.text not in ("'s", "’s") else None


def earlier_appositive(name: Span) -> str | None:
    """Two appositives of one head: "VX, the primary Wexland index, the Vexo 100"."""
    root = name.root
    if root.dep_ != "appos":
        return None
    earlier = [c for c in root.head.children if c.dep_ == "appos" and c.i < name.start]
    return _class_of(earlier[-1], name) if earlier else None


def place_of(name: Span) -> str | None:
    """ "the town of Eastport", "the province of Wexland", every name of "the small communities of
    Copper Bend and Harlan Springs": only places, since "the president of Wexland" is no person."""
    root = first_of_its_list(name.root)
    head = root.head
    if (
        root.dep_ == "pobj"
        and head.lower_ == "of"
        and _class_of(head.head, name) == "GPE"
        and any(c.dep_ == "det" for c in head.head.children)
    ):
        return "GPE"
    return None


def example_of_a_kind(name: Span) -> str | None:
    """Names given as examples of a kind are of that kind: "14 districts including Chennai and
    Madurai", "cities such as Tacna", "retailers like Vexo and Pellar", every name of the list.
    Only a plural right before the examples: in "residents of 14 villages downstream, including
    Amba" the parse may hang the examples on the people; and people only by their names."""
    root = first_of_its_list(name.root)
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    such_as = prep.lower_ == "as" and prep.i > 1 and prep.nbor(-1).lower_ == "such"
    if prep.lower_ not in ("including", "like") and not such_as:
        return None
    before = prep.i - (2 if such_as else 1)
    before -= name.doc[before].text == ","
    kind = prep.head
    found = _class_of(kind, name) if kind.i == before and kind.tag_ == "NNS" else None
    if found == "PERSON" and not looks_like_a_persons_name(list(name)):
        return None  # "smaller players such as Vodafone": business writing's players are firms too
    return found


def one_of_its_kind_and_others(name: Span) -> str | None:
    """A name listed before "and other", "and surrounding" or "and nearby" and a plural is one of
    that plural's kind: "Tarlow and surrounding villages", "Vexo, Pellar and other retailers",
    "Jo Roe and fellow lawyers" (people only by their names, and not a body a post is of: in "the
    chairman of Acme and other directors" the directors are the chairman's fellows)."""
    kind = others_of_its_kind(name.doc, name.end)
    found = _class_of(kind, name) if kind is not None else None
    of_a_post = name.start > 0 and name.doc[name.start - 1].lower_ == "of"  # read on the words, as the list is
    if found == "PERSON" and (of_a_post or not looks_like_a_persons_name(list(name))):
        return None
    return found


def others_of_its_kind(doc: Doc, end: int) -> Token | None:
    """ "villages" of "Tarlow, Dunmore and surrounding villages" for the name ending at `end`: the
    rest of a list of names, "and" or "or", a word for more of the same (lexicon fellow_words),
    at most two more lower-case words, and a plural. Read on the words, not the parse, which
    hangs such lists every way ("Tarlow" as the plural's modifier, "other" as the list's member)."""
    i = end
    while i < len(doc) and i - end < 12 and (doc[i].text in (",", "-") or doc[i].text[:1].isupper()):
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ not in ("and", "or") or doc[i + 1].lower_ not in LEXICON.fellow_words:
        return None
    for word in doc[i + 2 : i + 5]:
        if not (word.is_lower and word.is_alpha):
            return None
        if word.tag_ == "NNS":
            return word
    return None


def maker_of(name: Span) -> str | None:
    """What a maker or developer makes is a product: "the maker of Vexo Quest"."""
    root, head = name.root, name.root.head
    if (
        root.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower() in LEXICON.maker_nouns
        and head.head.is_lower
    ):
        return "PRODUCT"
    return None


def appositive_after(name: Span) -> str | None:
    """A classifying noun in apposition after the name: "the Vexo 100, the primary Wexland index";
    an age ("Jo Roe, a 26-year-old from Kano"), which only a person has. Not a plural after a name
    the model read as one person's that a verb follows: that is the parser taking the next
    clause's subject for an apposition ("said Mrs Jo Roe, the labels "will help""; not "Dyson,
    the appliance makers, will move"). An apposition is set off by a comma, a dash or a bracket:
    with none, the parser has taken the post of a name that follows for one ("Corvane chief
    executive Jo Roe")."""
    if not set_off_after(name.doc, name.end):
        return None
    for child in name.root.children:
        if child.dep_ != "appos" or child.i < name.end:
            continue
        if child.tag_ == "NNS" and name.root.ent_type_ == "PERSON" and _opens_a_clause(child):
            continue
        if is_an_age(child):
            return "PERSON"  # "Yusuf Adeyemi, a 26-year-old from Kano,"
        if found := _class_of(child, name):
            return found
    return None


def set_off_after(doc: Doc, end: int) -> bool:
    """Is what follows a name (and its "'s": "St Aldhelm's, the hospital") set off from it by a
    comma, a dash or a bracket, as an apposition is?"""
    if end < len(doc) and doc[end].tag_ == "POS":
        end += 1
    return end < len(doc) and doc[end].is_punct


def _opens_a_clause(noun: Token) -> bool:
    """Is a verb or an opening quotation mark right after the noun's phrase, as after a subject
    ("the labels will help", "the labels "will help"")? Not a comma ("Dyson, the appliance makers, will")."""
    doc = noun.doc
    after = doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(doc) else None
    return after is not None and (after.pos_ in ("VERB", "AUX") or after.is_quote and after.is_left_punct)


def copula(name: Span) -> str | None:
    """The name is a classifying noun: "Vexo Browser is the second browser"."""
    root, head = name.root, name.root.head
    if root.dep_ == "nsubj" and head.lemma_ == "be":
        for child in head.children:
            if child.dep_ == "attr" and child.i > root.i and (found := _class_of(child, name)):
                return found
    return None


def published_in(name: Span) -> str | None:
    """Where a report appears is a publisher: "a report in the Tidewater Courier", "as reported in
    the Courier"; not a place put before the verb ("In Eastport, residents reported a glow")."""
    root, head = name.root, name.root.head
    if (
        root.dep_ == "pobj"
        and head.lower_ in ("in", "on", "by")
        and head.head.lemma_.lower() in LEXICON.published_things
        and (head.head.pos_ == "NOUN" or head.i > head.head.i)
    ):
        return "ORG"
    return None


def called(name: Span) -> str | None:
    """ "a group called the Iron Choir", "a town named Eastport": the noun before the naming verb."""
    root, head = name.root, name.root.head
    if root.dep_ in ("oprd", "attr", "xcomp", "dobj") and head.lemma_ in LEXICON.naming_verbs and head.dep_ == "acl":
        return _class_of(head.head, name)
    return None


def known_as(name: Span) -> str | None:
    """ "a town known as Eastport": the noun before "known as"."""
    root, head = name.root, name.root.head
    if (
        root.dep_ == "pobj"
        and head.lower_ == "as"
        and head.head.lemma_ in LEXICON.naming_verbs
        and head.head.dep_ == "acl"
    ):
        return _class_of(head.head.head, name)
    return None


def building_visited(name: Span) -> str | None:
    """A building the text locates something in or sends someone to is a place: "a speech from
    the Eastfield Museum", "they toured the Northtown Planetarium", "at the Harbor Convention
    Centre". Its head word must be a building's; "the Eastfield Museum said" stays as voted, and
    so does an institution's building ("patients at St Luke's Medical Center": an organisation),
    and a "House of …", a chamber of a parliament, a dynasty or a fashion house ("a bill tabled in
    the House of Delegates")."""
    root, head = name.root, name.root.head
    words = [t for t in name if t.is_alpha and t.lower_ not in LEXICON.head_connectors]
    if not words or not any(t.lower_ in LEXICON.building_heads for t in (words[-1], root)):
        return None
    if _an_institution(words) or _a_house_of(name):
        return None
    if root.dep_ == "pobj" and head.lower_ in LEXICON.locating_prepositions:
        return "LOC"
    if root.dep_ == "dobj" and head.lemma_.lower() in LEXICON.visiting_verbs:
        return "LOC"
    return None


def _a_house_of(name: Span) -> bool:
    """ "the House of Delegates", "the Vexmoor House of Assembly": "House of" and a capitalised word."""
    return any(
        t.lower_ == "house" and t.is_title and t.i + 2 < name.end and t.nbor(1).lower_ == "of" and t.nbor(2).is_title
        for t in name
    )


def _an_institution(words: list[Token]) -> bool:
    """ "St Luke's Hospital", "Eastfield Medical Centre": an institution's building, named by its
    head, or by the word before a centre; not "Medlow College Theatre", a venue."""
    heads = [words[-1]] + ([words[-2]] if len(words) > 1 and words[-1].lower_ in ("centre", "center") else [])
    return any(t.lower_ in LEXICON.institution_building_words for t in heads)


def site_of_an_owner(name: Span) -> str | None:
    """ "Torvane said it would cut jobs at its Kellow refinery", "the council's Medlow depot": a
    name before a site that a firm or body owns says where the site is, a place (the maker of a
    thing, "the Boeing jet", owns nothing here). Not where the owner is a place or a person:
    in "the city's Dunmore Mart store" and "Dagenham's Ford plant" the name is the firm."""
    root = name.root
    site = root.head
    if root.dep_ != "compound" or site.pos_ != "NOUN" or site.lemma_.lower() not in LEXICON.site_nouns:
        return None
    owners = [c for c in site.children if c.dep_ == "poss" and c.i < name.start]
    return "GPE" if any(_a_body(owner) for owner in owners) else None


def _a_body(owner: Token) -> bool:
    """ "its", "their", "the company's", "Acme's": a firm or body, not a place or a person."""
    return owner.lower_ in ("its", "their") or owner.ent_type_ == "ORG" or owner.lemma_.lower() in LEXICON.org_nouns


def place_before_its_kind(name: Span) -> str | None:
    """A name right before a lower-case word for a part of a country is that part: "homes in the
    Kisumu region", "Telangana's Warangal district", each name of "Jaisalmer and Barmer districts",
    "the Gauteng provincial government", "the Ebonyi state executive council". Not where the word
    is itself a modifier of a person or post ("the Acme district manager"), nor a people's
    adjective ("the Victorian state government" is Victoria's; a place the gazetteer knows the model
    read as a people is the place: "Punjab province"), nor a natural region the model saw
    ("the Lake Victoria region", "the Amazon region" stay places of nature, LOC). So is a town the
    gazetteer knows before its mayor: "Karratha mayor Loretta Vukovich" (not "Labour mayor",
    "Deputy mayor")."""
    doc, end = name.doc, _end_of_a_list_of_names(name)
    a_people = name[0].ent_type_ == "NORP" and known_place_or_part_type(name.text) != "GPE"  # not "Punjab province"
    if end >= len(doc) or not doc[end].is_lower or a_people or name[0].ent_type_ == "LOC":
        return None
    kind = doc[end]
    if end > name.end and (kind.tag_ != "NNS" or kind.lemma_.lower() not in LEXICON.area_nouns):
        return None  # "Jaisalmer and Barmer districts": each name of a list before a plural
    if kind.tag_ == "NNS" and (name[0].ent_type_ == "ORG" or name.text.isupper()):
        return None  # "Labour and Conservative boroughs", "NHS regions": a body's areas
    after = doc[end + 1] if end + 1 < len(doc) else None
    if kind.lower_ in LEXICON.area_adjectives and after is not None and after.lower_ in LEXICON.area_government_nouns:
        return "GPE"
    if kind.lower_ in LEXICON.town_offices:  # "Karratha mayor"; not "Labour mayor", "Deputy mayor"
        return "GPE" if known_place_type(name.text) == "GPE" else None
    if kind.lemma_.lower() not in LEXICON.area_nouns or (after is not None and after.is_lower and after.pos_ == "NOUN"):
        return None
    return "GPE"


def _end_of_a_list_of_names(name: Span) -> int:
    """Where the list of capitalised names the name opens or is in ends: "Kasulu, Kibondo and
    Uvinza" in "Kasulu, Kibondo and Uvinza districts"; the name's own end if it is in none."""
    doc, i = name.doc, name.end
    while i + 1 < len(doc) and doc[i].lower_ in (",", "and", "or") and _a_name_word(doc[i + 1]):
        i += 1
        while i < len(doc) and _a_name_word(doc[i]):
            i += 1
    return i


def region_written_with_the(name: Span) -> str | None:
    """ "jobs in the Pilbara and the Goldfields", "spraying across the Prairies", "cows on the
    Darling Downs": a name written with "the" where the text says where something is, with no
    word of a body, a building, a paper or an event in it, is a region. Not initials ("in the
    NHS"), nor a body news writes with "the" (lexicon bodies_written_with_the: "in the Senate"),
    nor what something is published in ("published in the Lancet", "an article in the Lancet")."""
    doc, root = name.doc, name.root
    if name.start < 1 or doc[name.start - 1].lower_ != "the" or name.text.isupper():
        return None
    first = first_of_its_list(root)
    on_it = first.dep_ == "pobj" and first.head.lower_ == "on"  # "cows on the Darling Downs"
    if not (located(root) or on_it) or not all(t.pos_ == "PROPN" for t in name):
        return None
    if _published_in(first):
        return None  # "published in the Lancet", "a study in the Lancet"
    words = {t.lower_ for t in name}
    if words & (NAME_HEADS | LEXICON.publication_heads | LEXICON.event_heads | LEXICON.bodies_written_with_the):
        return None
    return "LOC"


def neighbouring_place(name: Span) -> str | None:
    """ "in neighbouring Albay", "nearby Kigali": a name after a word of nearness is a place, not a
    body or a building ("the nearby Eastvale Hospital", "nearby Mount Kesh" keep their head's type)."""
    if name.start == 0 or name.doc[name.start - 1].lower_ not in LEXICON.neighbour_words:
        return None
    return None if any(t.lower_ in NAME_HEADS or t.lower_ in LEXICON.place_prefixes for t in name) else "GPE"


def town_of_someone(name: Span) -> str | None:
    """ "A Carlisle man was jailed", "a Preston charity", "two Leeds teenagers": a town the
    gazetteer knows, before a word for townsfolk or a local body (lexicon townsfolk_nouns) after "a"
    or a number, says where they are from; a trade or a team's post names an employer ("a
    Liverpool player", "a Mercedes driver")."""
    root = name.root
    noun = root.head
    if root.dep_ != "compound" or noun.i != name.end or not noun.is_lower:
        return None
    if noun.lemma_.lower() not in LEXICON.townsfolk_nouns:
        return None
    before = name.doc[name.start - 1] if name.start > 0 else None
    if before is None or not (before.lower_ in ("a", "an") or before.like_num):
        return None
    return "GPE" if known_place_type(name.text) == "GPE" else None


def home_of_someone(name: Span) -> str | None:
    """ "Kayla Brandt, 24, a nursing student from Corpus Christi", "a pensioner from Ennis", "Jo Roe
    from Leeds said": a town the gazetteer knows, after "from" on a person (a named one, a word for
    one described in apposition to a name, or a word for townsfolk), is where they live. A town no
    gazetteer knows too where "from" hangs on the word for the person, not on a name ("a
    64-year-old woman from Vexmoor", "a trader from Vexmoor"), and the name is no body's ("Jo Roe
    from Vexmoor" may be an employer; "a pensioner from Vexmoor Holdings", "from the Vexmoor").
    Not "a call from Jackson" or "signed a striker from Leeds", whose "from" hangs on no such person.
    ("Akio Toyoda of Toyota", "Paul O'Connell of Munster": "of" names an employer or a club as
    often as a town.)"""
    root = name.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "from" or prep.dep_ != "prep":
        return None
    if not _a_person_of_somewhere(prep.head):
        return None
    if known_place_type(name.text) == "GPE":
        return "GPE"
    return "GPE" if a_word_for_someone(prep.head) and _named_like_a_town(name) else None


def _a_person_of_somewhere(token: Token) -> bool:
    """A named person, a word for townsfolk, or a word describing a named person ("Jo Roe, a nurse");
    not one who moves between clubs ("signed Dean Hollis, 34, from Leicester"; lexicon transfer_verbs)."""
    person = token.head if token.dep_ == "appos" and token.head.ent_type_ == "PERSON" else token
    # "a retired officer from Pune", "the 23-year-old from Halifax"
    someone = a_word_for_someone(token) or token.lemma_.lower() in LEXICON.employee_nouns
    if person.ent_type_ != "PERSON" and not someone:
        return False
    return not moves_between_clubs(person)


def a_word_for_someone(token: Token) -> bool:
    """A word for townsfolk or for a person with a home, or an age ("the 52-year-old"); not a
    word for someone a body employs (lexicon employee_nouns: "officers from Dunmore Police")."""
    word = token.lemma_.lower()
    return word in LEXICON.townsfolk_nouns or word in LEXICON.resident_nouns or is_an_age(token)


def _named_like_a_town(name: Span) -> bool:
    """Capitalised words with no head word of a body, a company, an event or a police force, and
    no "the" before."""
    if name.text.isupper() or (name.start > 0 and name.doc[name.start - 1].lower_ == "the"):
        return False
    return not any(t.lower_ in NO_TOWNS_HEADS for t in name)


NO_TOWNS_HEADS = BODY_OR_EVENT_HEADS | LEXICON.police_words  # "Vexmoor Holdings", "Vexmoor Constabulary"


def is_an_age(token: Token) -> bool:
    """ "old" of "the 52-year-old", a person named by their age."""
    i = token.i
    return (
        token.lower_ == "old"
        and i >= 4
        and token.nbor(-1).text == "-"
        and token.nbor(-2).lower_ == "year"
        and token.nbor(-4).like_num
    )


def end_of_a_route(name: Span) -> str | None:
    """The ends of a journey are places: "carrying 214 passengers from Oban to Craignure",
    "flights from Inverness to Kirkwall", "sailings between Dublin and Holyhead". A "from … to …"
    pair needs a word of travel on it (lexicon journey_words): "moved from Barclays to HSBC" names
    two employers, "transferred from Leicester to Derby" two clubs. ("The Ryanair route", "the
    Kennedy route to the presidency": a name before "route" is no end of one.)"""
    return "GPE" if route_end(name.root) else None


def known_place_on_a_journey(name: Span) -> str | None:
    """A town, country or province the gazetteer knows, where a word of travel starts from it or
    goes to it, is a place, though the model read a body: "a patrol vessel from Durban",
    "passengers to Leeds", "the ferry from Oban" (one end of a route; `end_of_a_route` wants
    both). Only a place the gazetteer knows: "a vessel from Maersk" is the firm's."""
    root = name.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("from", "to", "towards") or prep.dep_ != "prep":
        return None
    if prep.head.lemma_.lower() not in LEXICON.journey_words:
        return None
    return "GPE" if known_place_type(name.text) == "GPE" else None


def route_end(token: Token) -> bool:
    """Is the token an end of a route (see `end_of_a_route`)?"""
    first = first_of_its_list(token)
    prep = first.head
    if first.dep_ != "pobj" or not _a_place_word(token):
        return False
    if prep.lower_ == "between":
        return prep.head.lemma_.lower() in LEXICON.journey_words and any(c.dep_ == "conj" for c in first.children)
    prepositions = _route_prepositions(prep)
    ends = [t for p in prepositions for t in p.children if t.dep_ == "pobj"]
    if len(ends) < 2 or not all(_a_place_word(t) for t in ends):
        return False
    return bool({p.head.lemma_.lower() for p in prepositions} & LEXICON.journey_words)


def _route_prepositions(prep: Token) -> list[Token]:
    """ "from" and "to" of one journey: siblings on one word, or "to" hung on "from"."""
    if prep.lower_ not in ("from", "to", "towards"):
        return []
    if prep.lower_ != "from" and prep.head.lower_ == "from":
        prep = prep.head
    siblings = [c for c in prep.head.children if c.dep_ == "prep" and c.lower_ in ("from", "to", "towards")]
    hung = [c for c in prep.children if c.dep_ == "prep" and c.lower_ in ("to", "towards")]
    found = {t.i: t for t in siblings + hung + [prep]}
    words = {t.lower_ for t in found.values()}
    return list(found.values()) if "from" in words and words & {"to", "towards"} else []


def _a_place_word(token: Token) -> bool:
    """A proper noun that may name a place: not a person, a date or a number the model saw."""
    return token.pos_ == "PROPN" and token.ent_type_ not in ("PERSON", "DATE", "TIME", "CARDINAL", "MONEY", "ORDINAL")


def place_before_based_or_born(name: Span) -> str | None:
    """A name glued by a hyphen to "born" or "raised" is where someone comes from ("the
    Warragul-born rider"), unless the model saw a people in it, or a body that the gazetteer knows
    no town by ("Disney-raised", "Harvard-raised"; "Harare-born" stays a place); one glued to
    "based" or "headquartered" is where a firm is, if the gazetteer knows it as a town
    ("Toulouse-based Veyrac"; "Android-based phones" name a product)."""
    doc, end = name.doc, name.end
    if end + 1 >= len(doc) or not joins_a_double_name(doc[end]):
        return None
    word = doc[end + 1].lower_
    a_known_body = name[0].ent_type_ == "ORG" and known_place_type(name.text) != "GPE"  # "Disney", not "Harare"
    if word in LEXICON.origin_participles and name[0].ent_type_ != "NORP" and not a_known_body:
        return "GPE"
    if word in LEXICON.seat_participles and known_place_type(name.text) == "GPE":
        return "GPE"
    return None


def known_place_located(name: Span) -> str | None:
    """A town, country, state or province the gazetteer knows, named where something is or
    happens, is that place: "power was restored in Bergen", "officials in Lima said", "homes
    across Halifax and Huddersfield", "breeding in Iran and Balochistan" (a province the model
    read as a body or a person needs a known place listed with it or a compass word before it).
    The preposition matters: "a call from Jackson" and "sold to Austin" may be people, and so
    does the word it hangs on: "confidence in Hamilton", "invested in Meta". A compass word and
    "of" place it too: "a station north of Reykjavik"."""
    if not (located(name.root) or compass_word_of(name.root)):
        return None
    found = known_place_type(name.text)
    if found is None and is_a_known_part_of_a_country(name.text):
        witnessed = _listed_with_a_known_place(name) or after_a_compass_word(name.root)  # "eastern Balochistan"
        found = "GPE" if name[0].ent_type_ not in ("ORG", "PERSON") or witnessed else None
    return found


SAINT_NAMED_BODY_HEADS = BODY_OR_EVENT_HEADS | LEXICON.court_and_clinic_heads | LEXICON.building_heads


def saint_named_place_located(name: Span) -> str | None:
    """A town or parish named for a saint, where the text puts something in it, is a place,
    though the model reads a saint: "commuters in St Kelvin and St Ormer", "a reservoir near St
    Colwen". Not a saint's church or a body named for the place ("a service in St Ormer's", "in
    the St Ormer Parish Court"), and not a saint where nothing is placed ("the relics of St
    Ormer", "prayers to St Kelvin")."""
    doc = name.doc
    if len(name) < 2 or bare(name[0].text) not in LEXICON.saint_words or not name[-1].is_title:
        return None
    if {bare(t.text) for t in name[1:]} & SAINT_NAMED_BODY_HEADS:
        return None
    if name.end < len(doc) and doc[name.end].text in ("'s", "’s", "'", "’"):  # "St Ormer's", "St Thomas'"
        return None
    return "GPE" if located(name.root) else None


def named_as_a_place_elsewhere(name: Span) -> str | None:
    """ "Eleven people were taken to hospital in Oban … lifeboats from Oban and Tobermory": a
    name the model reads as a place where the text puts something at it (`put_somewhere`) is
    that place wherever the brief names it, however the model read it there; the gazetteer
    need not know a small town. Not a name the model reads as a person anywhere in the brief
    (a town and a person called Preston), nor in sports copy, where a town names its club."""
    if name.root.ent_type_ == "PERSON" or about_sport(name.doc):
        return None
    return _names_placed_by_the_model(name.doc).get(name.text.lower())


def _published_in(first: Token) -> bool:
    """Is the name what something is published in ("published in Nature", "a study in the Lancet")?"""
    holder = first.head.head
    return holder.lemma_.lower() in LEXICON.publishing_verbs or holder.lemma_.lower() in LEXICON.published_things


def small_place_located(name: Span) -> str | None:
    """ "antenna sites near Inuvik", "a ranch outside Post", "appointments in Kirkwall": a name of
    one word, no body's, that the text puts in, near, outside, around or across something is a
    place, though the gazetteer does not know a town that small (nor a province by that name) and
    the model read it as a body.
    Not a body written as one word ("in Congress", "in NATO"), nor what is held in something
    ("invested in Meta": `located`) or published in ("published in Nature"), nor a name after
    "the" (a town takes no article), nor a province, nor a name a body's noun describes right
    after it ("in Marwick, the advertising agency"), nor one the text makes act or own anywhere
    ("Kirkwall said", "Kirkwall's plant"), as a body does."""
    word = name.root
    if len(name) != 1 or word.ent_type_ != "ORG" or not word.is_title or bare(word.text) in ONE_WORD_BODIES:
        return None
    if _a_body_described_after(word) or word.i > 0 and word.nbor(-1).lower_ == "the":
        return None  # a town takes no article: "papers published in the Vexlancet"
    if is_a_known_part_of_a_country(word.text):
        return None  # a province: `known_place_located` wants a second witness ("jobs went in Balochistan")
    first = first_of_its_list(word)
    # `located` also takes a compass word, "parts of" and "as far as": here only the prepositions
    if not located(word) or first.head.lower_ not in LEXICON.place_prepositions or _published_in(first):
        return None
    return None if _acts_anywhere(name.doc, word.text) else "GPE"


SITE_AT_NOUNS = (
    LEXICON.building_heads | LEXICON.site_nouns | LEXICON.place_heads | LEXICON.feature_nouns
) - LEXICON.sites_of_firms


def site_at_a_place(name: Span) -> str | None:
    """ "the pier at Vexmere", "its cheese plant at Tarlow Cross", "an airstrip at Kessel Flats": a
    name after "at" on a noun for a building, a site or a natural feature is where it stands, a
    place (GPE), though no gazetteer knows a town that small and the model read a body. Not a
    name with a body's head word or "the" before it ("the hall at Kessel Rugby Club", "the plant
    at the Vexo works"), nor one the text makes act or own anywhere ("Vexmere said"), as a body
    does ("jobs at Vexo" hang on no site)."""
    root = first_of_its_list(name.root)
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "at" or prep.head.pos_ != "NOUN":
        return None
    if prep.head.lemma_.lower() not in SITE_AT_NOUNS or not _named_like_a_town(name):
        return None
    return None if _acts_anywhere(name.doc, name.text) else "GPE"


def _a_body_described_after(word: Token) -> bool:
    """ "Marwick, the advertising agency founded by …": a comma, then a noun for a body within the
    next five words (before any punctuation), however the parser hung it."""
    doc = word.doc
    if word.i + 2 >= len(doc) or doc[word.i + 1].text != ",":
        return False
    for token in doc[word.i + 2 : word.i + 7]:
        if token.is_punct:
            return False
        if token.pos_ == "NOUN" and token.lemma_.lower() in LEXICON.org_nouns:
            return True
    return False


ONE_WORD_BODIES = NAME_HEADS | LEXICON.bodies_written_with_the | LEXICON.org_nouns


def _acts_anywhere(doc, text: str) -> bool:
    """Is the name a verb's subject, or an owner ("Acme's"), anywhere in the text? ("Inuvik was cut
    off" is no act.) A name of several words acts through its last word ("Vexo Marsh said")."""
    words = text.split()
    for token in doc:
        start = token.i - len(words) + 1
        if token.text == words[-1] and start >= 0 and [t.text for t in doc[start : token.i + 1]] == words:
            owner = token.i + 1 < len(doc) and token.nbor().tag_ == "POS"
            if owner or token.dep_ in ("nsubj", "poss"):
                return True
    return False


def _names_placed_by_the_model(doc) -> dict[str, str]:
    """Name (lower case) → GPE or LOC, for each the model labels so where the text places it;
    read once per text."""
    if "placed_names" not in doc.user_data:
        placed: dict[str, str] = {}
        for ent in doc.ents:
            if ent.label_ in ("GPE", "LOC") and put_somewhere(ent.root):
                placed.setdefault(ent.text.lower(), ent.label_)
        people = {ent.text.lower() for ent in doc.ents if ent.label_ == "PERSON"}
        doc.user_data["placed_names"] = {text: label for text, label in placed.items() if text not in people}
    return doc.user_data["placed_names"]


def compass_word_of(token: Token) -> bool:
    """Is the name the object of "of" after a compass word ("north of Hamar", "30km south-west of
    Kayes")? Only a place is where something else lies from."""
    first = first_of_its_list(token)
    prep = first.head
    return first.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in LEXICON.compass_words


def _listed_with_a_known_place(name: Span) -> bool:
    """ "breeding in Iran and Balochistan": a town or country the gazetteer knows in its list, or
    a country's part the model read as a place ("in Sindh and Balochistan"). A province's
    name the model read as a body or a person needs this second witness, since many are firms'
    and people's names too ("invested in Meta", "Rivera")."""
    others = [t for t in list_members(name.root) if not (name.start <= t.i < name.end)]
    return any(_a_known_place_in_a_list(t) for t in others)


def _a_known_place_in_a_list(token: Token) -> bool:
    name = _compound_name(token)
    if known_place_type(name) == "GPE":
        return True
    return token.ent_type_ in ("GPE", "LOC") and is_a_known_part_of_a_country(name)


def is_a_known_part_of_a_country(text: str) -> bool:
    """Does the gazetteer know a country's part (a province, a county) by this name?"""
    from ..gazetteer import load_gazetteer

    return load_gazetteer().is_part_of_a_country(text)


def put_somewhere(token: Token) -> bool:
    """Does the text put something at the name, or send something to or from it? `located` ("in",
    "near", "parts of"; not "confidence in"), a compass word and "of" ("north of Bowen"), a
    place visited ("the vessel left Kellow"), "at" ("trained at Ballyfoyle"; not "looked at"), a
    preposition only of places ("beyond", "above", "via"), and "to", "from", "between", "towards" on a word
    of travel or moving ("crossings to Quenport", "brought her from Ogbomoso"; not "staff moved
    from Derby to Leicester", two clubs or employers, nor "a call came from Leicester"), in a list
    with a place ("crews from Townsville and Rockhampton"), or the span of a noun ("schools from
    Bowen to Mackay"). Never after words a person may stand after ("sold to Austin", "a letter
    from Jackson", "according to Xinhua"), nor after "at" on a firm's staff or trade ("jobs at
    Vexo"), nor in sports copy, where "from" and "to" name clubs."""
    first = first_of_its_list(token)
    prep, verb = first.head, first.head.head
    if first.dep_ == "dobj":
        return prep.lemma_.lower() in LEXICON.visiting_verbs
    if first.dep_ != "pobj":
        return False
    if prep.lower_ in LEXICON.place_prepositions or prep.lower_ == "of" and not compass_word_of(token):
        return located(token)
    if as_far_away_as(first):
        return True
    if verb.lemma_.lower() in WORDS_A_PERSON_FOLLOWS or about_sport(token.doc):
        return False
    if prep.lower_ == "of" or prep.lower_ in LEXICON.way_prepositions:
        return True  # "north of Bowen", "the hills above Moffat"
    if prep.lower_ == "at":
        return verb.lemma_.lower() not in LEXICON.staff_nouns
    travel = verb.lemma_.lower() in LEXICON.journey_words | LEXICON.moving_verbs and not _moved_by_a_message(verb)
    with_a_place = any(t.ent_type_ in ("GPE", "LOC") for t in list_members(token) if t.i != token.i)
    span_of_a_noun = verb.pos_ != "VERB" and {"from", "to"} <= {c.lower_ for c in verb.children if c.dep_ == "prep"}
    return prep.lower_ in ("to", "from", "between", "into", "towards") and (travel or with_a_place or span_of_a_noun)


def after_words_of_someone(token: Token) -> bool:
    """Is the token (or its list's first name) the object of a preposition on a word a person or
    a body may stand after: "sold to Austin", "invested in Leicester", "jobs at Vexo", "a call came
    from Leicester" (`put_somewhere` never counts these)?"""
    first = first_of_its_list(token)
    if first.dep_ != "pobj":
        return False
    word = first.head.head
    lemma = word.lemma_.lower()
    return lemma in WORDS_A_PERSON_FOLLOWS | LEXICON.held_in_words | LEXICON.staff_nouns or _moved_by_a_message(word)


def where_a_body_may_stand(token: Token) -> bool:
    """Is a place's name where a body, an employer or a person may stand as well, so that only a
    word that locates it (`put_somewhere`) says a place is meant? A modifier of a word for the
    people or things a body has ("a Leicester player", "Leicester shares"; not "a Leicester
    auction house", "the Leicester stock exchange": what is there); after "of", "from", "to", "at", "as",
    "with", "against" ("Arjun Das of Nashik", "signed from Leicester", "a deal with Orange"), or
    "for" on a verb ("works for Toyota"; not "the officer for Saskatoon"); after words of someone
    (`after_words_of_someone`: "confidence in Leicester") or as their object ("thanked
    Florence"); after a plural noun other than a place's ("carmakers Toyota and Honda"); in a
    list with a body ("rivals Toyota and General Motors")."""
    first = first_of_its_list(token)
    head = first.head
    not_a_place_word = head.lemma_.lower() not in LEXICON.place_nouns | LEXICON.area_nouns
    modifier = first.dep_ in ("compound", "nmod", "amod") and head.i > first.i and not_a_place_word
    modifier = modifier and (head.pos_ != "NOUN" or head.lemma_.lower() in WHAT_A_BODY_HAS)
    prep = head.lower_ if first.dep_ == "pobj" else ""
    linking = prep in ("of", "from", "to", "at", "as", "with", "against", "between", "into", "towards")
    linked = (linking and not put_somewhere(token)) or (prep == "for" and head.head.pos_ in ("VERB", "AUX"))
    kind = head.tag_ == "NNS" and head.i < first.i and not_a_place_word
    thanked = first.dep_ == "dobj" and head.lemma_.lower() in WORDS_A_PERSON_FOLLOWS
    others = [t for t in list_members(token) if t.i != token.i]
    with_a_body = any(t.ent_type_ == "ORG" and not a_big_place(t.text) for t in others)
    return modifier or linked or kind or with_a_body or thanked or after_words_of_someone(token)


# "a Leicester player", "Leicester shares", "Vista smartphones": a club's, a firm's, a brand's
WHAT_A_BODY_HAS = LEXICON.person_nouns | LEXICON.staff_nouns | LEXICON.titles | LEXICON.product_nouns


def _moved_by_a_message(verb: Token) -> bool:
    """ "a call came from Leicester": what comes is a message, which a person sends."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(s.lemma_.lower() in WORDS_A_PERSON_FOLLOWS for s in subjects)


WORDS_A_PERSON_FOLLOWS = LEXICON.to_a_person_words | LEXICON.speech_verbs  # "sold to", "a letter from", "said to"


def set_off_before_speech(token: Token) -> bool:
    """Does a comma and a verb of speech come right after the token ("…, Jo Roe, said")?"""
    after = token.doc[token.i + 1 : token.i + 3]
    return len(after) == 2 and after[0].text == "," and after[1].lemma_.lower() in LEXICON.speech_verbs


def followed_by_who(token: Token) -> bool:
    """Does ", who" come right after the token ("Rewiti, who missed twice")?"""
    return [t.lower_ for t in token.doc[token.i + 1 : token.i + 3]] == [",", "who"]


def located(token: Token) -> bool:
    """Is the token (or the first name of the list it is in) the object of a preposition of place
    ("in", "near"; "of" after "parts", "areas"; "as far away as"), not one of a word of what is held or put in
    someone ("confidence in Hamilton", "invested in Meta")? Or a name with a lower-case compass
    word before it (`after_a_compass_word`)?"""
    first = first_of_its_list(token)
    if after_a_compass_word(token):
        return True  # "much of north Staffordshire", "eastern Free State"
    head = first.head
    if first.dep_ != "pobj":
        return False
    if as_far_away_as(first):
        return True
    if head.lower_ == "of" and head.head.lower_ in LEXICON.part_nouns:
        return True  # "coastal parts of Clare, Galway and Kerry"
    if head.lower_ not in LEXICON.place_prepositions:
        return False
    return head.head.lemma_.lower() not in LEXICON.held_in_words  # "confidence in", "invested in"


def as_far_away_as(first: Token) -> bool:
    """ "came from as far away as Motueka", "orders from as far afield as Norwich": how far a thing
    reaches is a place (not "as far as Smith is concerned"; "afield" not for a name the model took
    for a body, since it is figurative too: "as far afield as Walmart")."""
    i = first.head.i
    doc = first.doc
    far = first.head.lower_ == "as" and i >= 2 and doc[i - 2].lower_ == "far"
    return far and (doc[i - 1].lower_ == "away" or doc[i - 1].lower_ == "afield" and first.ent_type_ != "ORG")


def after_a_compass_word(token: Token) -> bool:
    """Does a lower-case compass word stand before the name whose head is `token` ("eastern Free
    State")? In news only a place takes one."""
    start = _compound_start(token)
    before = token.doc[start - 1] if start > 0 else None
    return before is not None and before.is_lower and before.lower_ in LEXICON.compass_words and before.head == token


def list_members(token: Token) -> list[Token]:
    """The names of the list the token is in, first first: "Halifax", "Leeds", "Huddersfield"."""
    first = first_of_its_list(token)
    return [first] + [t for t in first.subtree if t.dep_ == "conj" and first_of_its_list(t) == first]


def first_of_its_list(token: Token) -> Token:
    """ "Halifax" in "across Halifax, Leeds and Huddersfield", from any of its names."""
    seen = {token.i}
    while token.dep_ == "conj" and token.head.i < token.i and token.head.i not in seen:
        token = token.head
        seen.add(token.i)
    return token


def place_listed_with_places(name: Span) -> str | None:
    """A name listed with a place the gazetteer knows, where the list says where something is, is
    a place too, though no gazetteer knows a village: "air quality in Jurong West and Boon Lay",
    "works at Fenby and Godmanchester". Only proper names joined to the list, not a body in it
    ("talks in Geneva and the Acme Group")."""
    root = name.root
    if not located(root) or not any(t.pos_ == "PROPN" for t in name) or _a_body_or_a_new_clause(name):
        return None
    members = list_members(root)
    others = [t for t in members if not (name.start <= t.i < name.end)]
    if len(others) == len(members) or any(t.lower_ in LEXICON.org_name_heads for t in name):
        return None
    return "GPE" if any(known_place_or_part_type(_compound_name(t)) == "GPE" for t in others) else None


def known_place_listed_with_a_place(name: Span) -> str | None:
    """A town or province the gazetteer knows, listed with another the gazetteer knows and the
    model read as a place, is a place wherever a preposition puts the list: "patients from Kapsabet
    and Eldama Ravine", "flights to Leeds and Bradford"; a place the model read as a person's only
    so ("Madison and Houston, both 17, were arrested" are people). The preposition need not be one
    of place (`place_listed_with_places` asks for that): two names of places side by side are two
    places more often than two people who share towns' names. Not in sports copy, which names
    clubs by their towns ("Preston and Burnley drew"), nor a body in the list."""
    root = name.root
    if any_sport(name.doc) or _a_body_or_a_new_clause(name) or known_place_or_part_type(name.text) != "GPE":
        return None
    if name[0].ent_type_ == "PERSON" and first_of_its_list(root).dep_ != "pobj":
        return None  # "Madison and Houston, both 17, were arrested": people named like towns
    others = [t for t in list_members(root) if not (name.start <= t.i < name.end)]
    for other in others:
        if other.ent_type_ in ("GPE", "LOC") and known_place_or_part_type(_compound_name(other)) == "GPE":
            return "GPE"
    return None


def _a_body_or_a_new_clause(name: Span) -> bool:
    """What the model took for an organisation ("Nationwide", "Standard Life"), or for a site or a
    work in two words or more ("Camp Bastion"), or a name a verb follows with no subject of its
    own, which begins a new clause the parser joined to the list ("Hundreds queued in Leeds and
    Primark said …"; not "an engineer in Athlone or Ballinasloe can get …")."""
    doc = name.doc
    if name[0].ent_type_ == "ORG" or name[0].ent_type_ in ("LOC", "FAC", "WORK_OF_ART") and len(name) > 1:
        return True
    if name.end >= len(doc) or doc[name.end].pos_ not in ("VERB", "AUX"):
        return False
    verb = doc[name.end] if doc[name.end].pos_ == "VERB" else doc[name.end].head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "an engineer in Athlone or Ballinasloe can get …": the verb has its own subject before the list
    return not subjects or any(name.start <= c.i < name.end for c in subjects)


def _compound_name(token: Token) -> str:
    """ "Jurong West" from its head "West": the token with the proper nouns compounded before it."""
    return token.doc[_compound_start(token) : token.i + 1].text


def _compound_start(token: Token) -> int:
    """Where the words compounded right before a name's head begin ("Jurong" of "Jurong West")."""
    start, doc = token.i, token.doc
    while (
        start > 0
        and doc[start - 1].dep_ == "compound"
        and doc[start - 1].head.i == token.i
        and not doc[start - 1].is_lower
    ):
        start -= 1
    return start


def is_a_known_region(text: str) -> bool:
    """Does the gazetteer know a country, continent, US state or other country's part by this name?"""
    from ..gazetteer import load_gazetteer

    return load_gazetteer().region(text) is not None or is_a_known_part_of_a_country(text)


def known_place_type(text: str) -> str | None:
    """GPE for a country, US state or city the gazetteer knows by this name, LOC for a continent."""
    from ..gazetteer import load_gazetteer  # the places' table, loaded once per process on first use

    return load_gazetteer().place_type(text)


BIG_PLACE = 100_000  # people: a city this size is named far more often than a firm named after it


def a_big_place(text: str) -> bool:
    """A country, a US state or a city of `BIG_PLACE` people or more the gazetteer knows by this
    name (a place of type GPE, then)."""
    from ..gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    known = gazetteer.region(text)
    if known is not None:
        return known.kind != "continent"
    return any(city.population >= BIG_PLACE for city in gazetteer.cities_named(text))


def known_place_or_part_type(text: str) -> str | None:
    """`known_place_type`, or GPE for a country's part the gazetteer knows (a province, a county),
    for cues where the text already says a place is meant ("in Balochistan")."""
    found = known_place_type(text)
    return found if found is not None else "GPE" if is_a_known_part_of_a_country(text) else None


def known_town_type(text: str, common_nouns: frozenset[str] = frozenset()) -> str | None:
    """`known_place_type`, or GPE for a town too small for the map that the gazetteer knows by
    name ("Pitlochry"): many are words or people's names too ("Grant", "Vice"), so only for a
    name the text puts somewhere, and not one a body or a date is named by ("debated in Congress",
    "in May"), nor a common noun of the model's dictionary (`common_nouns`: "at Chase", "Shell")."""
    from ..gazetteer import load_gazetteer

    found = known_place_type(text)
    word = bare(text)
    if found is not None or word in NO_TOWNS_WORDS or word in common_nouns:
        return found
    return "GPE" if load_gazetteer().is_a_town(text) else None


NO_TOWNS_WORDS = ONE_WORD_BODIES | LEXICON.month_names | LEXICON.weekday_names  # once, not per name


def list_of_one_kind(name: Span) -> str | None:
    """A list names things of one kind: "Ana Ruiz, Tom Okafor and Lena Brandt"; the type every
    other name in it shares, if it has at least two others."""
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


def age_after_name(name: Span) -> str | None:
    """News gives a person's age between commas after the name: "Kellerman, 27, scored",
    "Jane Roe, 45, of Mill Lane". Only a whole number a person can be, set off by commas, and
    not in a list of names and numbers ("cases rose in Lagos, 45, Kano, 30, and Abuja, 12")."""
    doc, start, end = name.doc, name.start, name.end
    if age_between_commas(doc, end) is None or name.text.isupper():  # "GM, 3,": initials are no one
        return None
    listed_before = any(t.like_num and t.nbor(1).text == "," for t in doc[max(0, start - 4) : start])
    listed_after = any(t.text == "," and t.nbor(-1).like_num for t in doc[end + 4 : end + 8])
    return None if listed_before or listed_after else "PERSON"


def age_between_commas(doc, comma: int) -> int | None:
    """The age in ", 34," from the comma at `comma`: a whole number a person can be."""
    if comma + 2 >= len(doc) or doc[comma].text != "," or doc[comma + 2].text != ",":
        return None
    age = doc[comma + 1].text
    return int(age) if age.isdigit() and 0 < int(age) < 120 else None


def address_after_age(name: Span) -> str | None:
    """Local and court news gives a person's address after the age: "Dean Hollis, 34, of Ferry
    Lane, Dunmore", "Ann Roe, 61, from Eastvale": the street is a place (LOC) and the town after
    it, or alone, a town (GPE). What the model took for an organisation only if it is a street,
    a town the gazetteer knows, or a name like a town's after "from" ("Ann Roe, 61, from
    Vexmoor"): "of Barclays" is where someone works."""
    doc, start = name.doc, name.start
    street = name[-1].lower_ in LEXICON.street_words
    if not street and name[-1].lower_ in NAME_HEADS:
        return None
    # after an age, "from" gives a home far more often than an employer ("Ann Roe, 61, from Vexmoor")
    from_a_town = start > 0 and doc[start - 1].lower_ == "from" and _named_like_a_town(name)
    known = known_town_type(name.text)  # a small town too: "72, of Selbridge"
    if any(t.ent_type_ == "ORG" for t in name) and not (street or known or from_a_town):
        return None  # "Jo Roe, 41, of Barclays": an employer, not an address
    if _after_age_and_of(doc, start):
        return "LOC" if street else "GPE"
    if start >= 2 and doc[start - 1].text == ",":  # the town after the street
        of = next((i for i in range(start - 2, max(start - 6, 3), -1) if doc[i].lower_ == "of"), None)
        if of is not None and _after_age_and_of(doc, of + 1) and doc[start - 2].lower_ in LEXICON.street_words:
            return "GPE"
    return None


def _after_age_and_of(doc, i: int) -> bool:
    """Tokens before `i` read ", 34, of" or ", 34, from"; not "from" in a transfer ("signed Tom
    Reid, 24, from Barnsley": the club he left; lexicon transfer_verbs)."""
    if i < 4 or doc[i - 1].lower_ not in ("of", "from") or age_between_commas(doc, i - 4) is None:
        return False
    person = doc[i - 5] if i >= 5 else doc[0]
    return doc[i - 1].lower_ == "of" or not moves_between_clubs(person)


def moves_between_clubs(person: Token) -> bool:
    """Is the person the one signed, transferred or loaned (lexicon transfer_verbs)?"""
    mover = person.head if person.dep_ in ("dobj", "nsubj", "nsubjpass") else None
    return mover is not None and mover.lemma_.lower() in LEXICON.transfer_verbs


def speaks_as_i(name: Span) -> str | None:
    """ ""It was the hardest day of my career," Treloar said": whoever speaks of themselves as
    "I", "me" or "my" is a person; a body or a place speaks as "we". Only the subject of the
    sentence's own speech verb (not of a verb in the quote: ""Acme called me," Holt said"), and
    "I" only as a subject and not after a capitalised word ("Type I", "Charles I")."""
    root = name.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in LEXICON.speech_verbs or verb.i != verb.sent.root.i:
        return None
    return "PERSON" if any(_speaks_of_itself(t) and not name.start <= t.i < name.end for t in verb.sent) else None


def _speaks_of_itself(token: Token) -> bool:
    if token.pos_ != "PRON" or token.lower_ not in LEXICON.first_person_words:
        return False
    if token.lower_ != "i":
        return True
    return token.dep_ in ("nsubj", "nsubjpass") and not (token.i > 0 and token.nbor(-1).is_title)


def seated_somewhere(name: Span) -> str | None:
    """ "Toulouse-based Veyrac Optronique", "Hamburg-headquartered Nordlicht Linien": a name right
    after a place's name glued to "based" or "headquartered" (lexicon seat_participles) is a body
    with a seat there, however foreign its words; a person is "-born" or "-raised", and one based
    somewhere has a word for what they do before the name ("Leeds-based designer Jo Roe"), which
    `noun_before` reads, or a "who" after it (`who_after_name`, tried first). Not a name that
    owns or modifies what the place is the seat of ("Hong Kong-based Jo Roe's newspaper", "a
    Paris-based Africa analyst")."""
    doc, start, root = name.doc, name.start, name.root
    if start < 3 or doc[start - 1].lower_ not in LEXICON.seat_participles or not joins_a_double_name(doc[start - 2]):
        return None
    owner = name.end < len(doc) and a_possessive_mark(doc[name.end])
    modifier = root.dep_ == "compound" and root.head.i >= name.end
    return "ORG" if doc[start - 3].text[:1].isupper() and not owner and not modifier else None  # not "cloud-based"


def town_after_a_street(name: Span) -> str | None:
    """ "Gordon Pike, 61, of Ashby Lane, Wrexford, admitted …": a court report's address names the
    street, a comma, then the town; a name of one to three words there, ended by a comma or a
    full stop, is that town, however the model read it. Not a name that goes on ("Wall Street,
    Goldman Sachs said": a verb, not a stop, follows)."""
    return "GPE" if after_a_street(name.doc, name.start, name.end) and len(name) <= 3 else None


def after_a_street(doc, start: int, end: int) -> bool:
    """Does the name over tokens [start, end) follow "<Name> <street word>," and end at a stop,
    being no street itself?"""
    if start < 3 or doc[start - 1].text != ",":
        return False
    stop = end == len(doc) or doc[end].text in (",", ".", ";")
    another_street = doc[end - 1].lower_ in LEXICON.street_words  # "Hartside Road, Lowther Street, …"
    return ends_a_street(doc[start - 2]) and doc[start - 3].is_title and stop and not another_street


def ends_a_street(token: Token) -> bool:
    """ "Road" of "Ashby Road": a street word written with a capital, as a street's name ends."""
    return token.is_title and token.lower_ in LEXICON.street_words


def work_by_its_maker(name: Span) -> str | None:
    """ "the prize went to Dark Harbour, written by Leon Ames": what someone wrote, composed or
    painted is a work (lexicon authoring_verbs), whatever its name looks like; not a body or an
    event, which is "directed" or written about too."""
    if any(t.lower_ in NAME_HEADS | LEXICON.event_heads for t in name):
        return None  # "Kellow Ballet Company, written up by …": a body
    for child in name.root.children:
        made = child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in LEXICON.authoring_verbs
        if made and child.i >= name.end and any(c.dep_ == "agent" for c in child.children):
            return "WORK_OF_ART"
    return None


def who_after_name(name: Span) -> str | None:
    """ "Hartley, who founded the firm, said": "who" opens a clause about a person ("which" one
    about a thing). Not where the name is the object of a preposition ("a spokesman for Acme,
    who declined to be named"), whose clause may be about the noun before it, nor where the
    sentence treats it as many, as British copy writes of a club or its town: a plural verb or
    "their" ("Leeds, who sacked their coach, host Burnley")."""
    doc, end = name.doc, name.end
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "who":
        return None
    clause = doc[end + 1].head
    if clause.dep_ != "relcl" or clause.head.i != end - 1 or name.root.dep_ == "pobj":
        return None
    return None if _treated_as_many(name, clause) else "PERSON"


def _treated_as_many(name: Span, clause: Token) -> bool:
    """A plural verb in the clause or on the name, or "their", "they", "them" in the clause or on
    the main verb's own words ("sacked their manager", not "said workers would keep their jobs")."""
    main = name.root.head
    verbs = [clause, main, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
    plural = any(v.tag_ == "VBP" or v.lower_ in ("were", "are", "have") for v in verbs)
    near = [t for t in clause.subtree] + [t for t in main.sent if t.head == main or t.head.head == main]
    return plural or any(t.lower_ in ("their", "they", "them") for t in near)


CUE_RULES = [
    ("cue_noun_before", noun_before),
    ("cue_noun_before_misparsed", noun_before_misparsed),
    ("cue_role_right_before_a_persons_name", role_right_before_a_persons_name),
    ("cue_role_written_as_a_title", role_written_as_a_title),
    ("cue_head_of_appositive", head_of_appositive),
    ("cue_place_after_place", place_after_place),
    ("cue_town_before_its_region", town_before_its_region),
    ("cue_earlier_appositive", earlier_appositive),
    ("cue_place_of", place_of),
    ("cue_example_of_a_kind", example_of_a_kind),
    ("cue_one_of_its_kind_and_others", one_of_its_kind_and_others),
    ("cue_maker_of", maker_of),
    ("cue_appositive_after", appositive_after),
    ("cue_copula", copula),
    ("cue_published_in", published_in),
    ("cue_known_place_located", known_place_located),
    ("cue_saint_named_place_located", saint_named_place_located),
    ("cue_list_of_one_kind", list_of_one_kind),
    ("cue_building_visited", building_visited),
    ("cue_place_listed_with_places", place_listed_with_places),
    ("cue_known_place_listed_with_a_place", known_place_listed_with_a_place),
    ("cue_site_of_an_owner", site_of_an_owner),
    ("cue_place_before_its_kind", place_before_its_kind),
    ("cue_place_before_based_or_born", place_before_based_or_born),
    ("cue_end_of_a_route", end_of_a_route),
    ("cue_known_place_on_a_journey", known_place_on_a_journey),
    ("cue_town_of_someone", town_of_someone),
    ("cue_neighbouring_place", neighbouring_place),
    ("cue_region_written_with_the", region_written_with_the),
    ("cue_home_of_someone", home_of_someone),
    ("cue_called", called),
    ("cue_known_as", known_as),
    ("cue_age_after_name", age_after_name),
    ("cue_speaks_as_i", speaks_as_i),
    ("cue_work_by_its_maker", work_by_its_maker),
    ("cue_address_after_age", address_after_age),
    ("cue_town_after_a_street", town_after_a_street),
    ("cue_who_after_name", who_after_name),
    ("cue_seated_somewhere", seated_somewhere),
    ("cue_small_place_located", small_place_located),
    ("cue_site_at_a_place", site_at_a_place),
    ("cue_named_as_a_place_elsewhere", named_as_a_place_elsewhere),  # last: what the name's own words say goes first
]


def any_sport(doc) -> bool:
    """Sports copy (`about_sport`), or a scoreline alone ("Nice beat Marseille 2-1"): where a
    town's name may be a club's, rules that make a place of a name with no word that locates it
    hold back."""
    return about_sport(doc) or _has_a_score(doc)


def _has_a_score(doc) -> bool:
    """A scoreline ("2-1") anywhere in the text; read once per text, as `about_sport` is."""
    if "has_a_score" not in doc.user_data:
        doc.user_data["has_a_score"] = any(
            t.like_num and t.nbor(1).text in "-–" and t.nbor(2).like_num for t in doc[:-2]
        )
    return doc.user_data["has_a_score"]


def about_sport(doc) -> bool:
    """Two words of sport, or one and a scoreline ("2-1"): sports copy, which names clubs and
    national teams by their towns and countries. Read once per text: the rules ask it per name."""
    if "about_sport" not in doc.user_data:
        words = len({t.lower_ for t in doc} & LEXICON.sports_words)
        doc.user_data["about_sport"] = words + _has_a_score(doc) >= 2
    return doc.user_data["about_sport"]


# Sports copy names a national team by its country: "Northland defeated Southland 1–0".
def match_opponents(doc) -> list[tuple[int, int]]:
    """Token pairs (subject, opponent) of match verbs, in a text about sport: "Northland defeated
    Southland", "Eastland lost 1 – 2 to Westland". Empty for any other text, so that "the US
    faces China" in a trade story stays about countries."""
    if not about_sport(doc):
        return []
    pairs = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in LEXICON.match_verbs:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        # "defeated debutants Westland": the parser hangs the name on the verb
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
