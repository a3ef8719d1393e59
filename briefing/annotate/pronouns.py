"""Whom "he" or "she" refers to: the nearest earlier person who can be meant, with the gender
the text itself gives each person (an honorific, a gendered role or kinship noun, the pronouns
already used for them). No list of first names: a name says nothing here until the text does."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ..model import LocalEntity, Quote
from .entities import EntityResult
from .lexicon import LEXICON, bare
from .tree import climb, near, sentence_of, sentences

_GENDERS = "briefing.genders"


def pronoun_gender(word: str) -> str | None:
    word = word.lower()
    return "m" if word in LEXICON.masculine_pronouns else "f" if word in LEXICON.feminine_pronouns else None


def word_gender(word: str) -> str | None:
    word = bare(word)
    return "m" if word in LEXICON.masculine_words else "f" if word in LEXICON.feminine_words else None


def person_genders(
    doc: Doc, found: EntityResult, entities: list[LocalEntity], inside: list[bool] | None = None
) -> dict[int, str]:
    """Each person's gender where the text shows it: "Ms Roe", "chairwoman Jane Roe", "Jane Roe,
    the mother of two", and a sentence naming only her that goes on with "she" as a subject
    ("Jane Roe said she would stay"); an object pronoun there is someone else ("Roe told him").
    Only words outside quotation marks (`inside`) count in a sentence: a person named inside a
    quote is seldom its speaker (""… the mayor told them it was safe," she said")."""
    outside = [not q for q in inside] if inside is not None else [True] * len(doc)
    cached = doc.user_data.get(_GENDERS)
    if cached is not None:
        return cached
    votes: dict[int, Counter] = defaultdict(Counter)
    seen: set[tuple[int, int]] = set()
    for i, e in found.token_entity.items():
        if entities[e].type != "PERSON":
            continue
        token = doc[i]
        neighbours = [doc[i - 1]] if i > 0 else []
        neighbours += [c for c in token.children if c.dep_ in ("compound", "appos")]
        if token.dep_ in ("compound", "appos"):
            neighbours.append(token.head)
        for word in neighbours:
            gender = word_gender(word.text)
            if gender and (e, word.i) not in seen and found.token_entity.get(word.i) in (None, e):
                seen.add((e, word.i))
                votes[e][gender] += 1
    for sentence in sentences(doc):
        people = {found.token_entity[t.i] for t in sentence if t.i in found.token_entity and outside[t.i]}
        people = {e for e in people if entities[e].type == "PERSON"}
        if len(people) != 1:
            continue
        (e,) = people
        first = min(t.i for t in sentence if found.token_entity.get(t.i) == e and outside[t.i])
        used = {
            pronoun_gender(t.text)
            for t in sentence
            if t.i > first
            and outside[t.i]
            and t.pos_ == "PRON"
            and (t.dep_ in ("nsubj", "nsubjpass") or t.lower_.endswith("self"))
        }
        used -= _others_of_a_gender(sentence, first, found.token_entity, e)
        if len(used - {None}) == 1:
            votes[e][(used - {None}).pop()] += 1
    genders = {e: count.most_common(1)[0][0] for e, count in votes.items() if len(count) == 1 or _clear(count)}
    doc.user_data[_GENDERS] = genders
    return genders


def _others_of_a_gender(sentence, first: int, token_entity: dict[int, int], e: int) -> set[str | None]:
    """The genders of other people the sentence names by a noun after the person ("Joseph Kiptoo,
    whose daughter is among the injured, said she had called him"): "she" may be the daughter.
    Not the person's own ("Jane Roe, the mother of two, said she …")."""
    own = {t.i for t in sentence if token_entity.get(t.i) == e}
    return {
        word_gender(t.text)
        for t in sentence
        if t.i > first
        and t.pos_ == "NOUN"
        and t.i not in own
        and not (t.dep_ in ("appos", "compound") and t.head.i in own)
    } - {None}


def _clear(count: Counter) -> bool:
    (top, n), (_, m) = count.most_common(2)
    return n >= 2 * m


def recent_person(
    pronoun: Token,
    found: EntityResult,
    entities: list[LocalEntity],
    quotes: list[Quote],
    inside: list[bool],
    body_of_role: Callable[[Token], int | None] = lambda role: None,
) -> int | None:
    """The person a "he"/"she" most likely refers to. Sentence by sentence back from the
    pronoun (four at most, not counting sentences wholly inside quotes): a person who speaks
    (subject of a speech verb, or "according to" them), else a person in subject position or
    named in a fronted phrase; a person the text gives the other gender is never chosen. A role
    noun with no name that speaks there ("A bank spokeswoman said …") is whom the pronoun means:
    the person or (for "a" spokeswoman) the organisation its phrase names or `body_of_role`
    finds ("a company spokeswoman": the company named last), else no one; "the minister" with no
    name in its phrase refers on back. Else the last such speaker."""
    doc = pronoun.doc
    wanted = pronoun_gender(pronoun.text) or word_gender(pronoun.text)  # "she", or "the spokeswoman"
    genders = person_genders(doc, found, entities, inside)

    def agrees(e: int | None) -> bool:
        return e is not None and entities[e].type == "PERSON" and (wanted is None or genders.get(e, wanted) == wanted)

    sentence, reach, looked_at = sentence_of(pronoun), pronoun.i, 0
    while looked_at < 4:
        words = [t for t in near(sentence, reach, reach) if t.i < pronoun.i and not inside[t.i]]
        own = sentence.start <= pronoun.i < sentence.end
        looked_at += own or any(not (t.is_punct or t.is_space) for t in words)  # a quoted sentence is skipped whole
        speaking = _quoted_in(sentence, quotes)
        people = [
            (2.0 if found.token_entity[t.i] in speaking else person_weight(t, sentence), t.i, found.token_entity[t.i])
            for t in words
            if agrees(found.token_entity.get(t.i))
        ]
        roles = [(2.0, t.i, -1) for t in words if speaking_role(t, found, wanted) and not reported(t.head)]
        weight, i, e = max(people + roles, default=(0, 0, None))
        if e == -1:  # "A bank spokeswoman said …. "…," she said": the role, not a person before it
            role = doc[i]
            definite = any(c.lower_ == "the" for c in role.children)  # "the minister" may be someone named before
            e = _named_in_phrase(role, found, entities, inside, bodies=not definite)
            if e is None and not definite:
                e = body_of_role(role)
            if e is not None or not definite:
                return e
            weight, i, e = max(people, default=(0, 0, None))
        if weight > 0:
            return e
        if sentence.start == 0:
            break
        sentence = sentence_of(doc[sentence.start - 1])
        reach = sentence.end - 1
    for quote in reversed(quotes):
        if quote.speaker is not None and agrees(quote.speaker):
            return quote.speaker
    return None


def _quoted_in(sentence: Span, quotes: list[Quote]) -> set[int]:
    """Whom the sentence's quotes were given to: a person who speaks there, however the parser
    read the sentence ("On Harbour Island, Jo Roe, who runs a guesthouse, said …")."""
    return {q.speaker for q in quotes if q.speaker is not None and sentence.start_char <= q.start < sentence.end_char}


def speaking_role(token: Token, found: EntityResult, wanted: str | None) -> bool:
    """A role noun with no name that is a speech verb's subject ("a bank spokeswoman said"), of
    the gender `wanted` or of none."""
    return (
        token.dep_ == "nsubj"
        and token.pos_ == "NOUN"
        and token.tag_ != "NNS"
        and token.i not in found.token_entity
        and token.head.lemma_.lower() in LEXICON.speech_verbs
        and token.lemma_.lower() in LEXICON.person_nouns | LEXICON.titles
        and word_gender(token.text) in (None, wanted)
    )


def _named_in_phrase(
    role: Token, found: EntityResult, entities: list[LocalEntity], inside: list[bool], bodies: bool = False
) -> int | None:
    """The person a role's phrase names as its holder ("the spokeswoman, Jane Roe", "spokeswoman
    Jane Roe"), not the one it works for ("Ms Lee's solicitor", "a spokesman for Jo Roe"); else
    (`bodies`) the organisation it speaks for ("an Acme spokeswoman", "a spokeswoman for Acme")."""
    named = [t for t in role.subtree if t.i in found.token_entity and not inside[t.i]]
    people = [
        found.token_entity[t.i]
        for t in named
        if entities[found.token_entity[t.i]].type == "PERSON" and not _works_for(t, role)
    ]
    orgs = [found.token_entity[t.i] for t in named if entities[found.token_entity[t.i]].type == "ORG"]
    return people[-1] if people else orgs[-1] if orgs and bodies else None


def _works_for(token: Token, role: Token) -> bool:
    """Is the name at `token` whom the role works for: its possessor ("Ms Lee's solicitor") or
    the object of its preposition ("a spokesman for Jo Roe")?"""
    name = climb(token, lambda t: t.dep_ in ("compound", "flat"))
    return name.dep_ == "poss" and name.head == role or name.dep_ == "pobj" and name.head.head == role


def reported(verb: Token) -> bool:
    """Is the verb inside what another speech verb reports ("Jo Roe said a nurse had told her")?
    A role speaking there is not who speaks next."""
    for clause in [verb, *verb.ancestors]:
        if clause.dep_ in ("ccomp", "xcomp", "advcl", "relcl") and clause.head.lemma_.lower() in LEXICON.speech_verbs:
            return True
    return False


def person_weight(token: Token, sentence: Span) -> float:
    """2 for a speaker, 1 for the subject of the main clause (or one of several), the doer of a
    passive or a person named in a fronted phrase, 0.5 for the subject of a clause inside it
    ("Zelinski scored twice as Pohara won": Zelinski is what the sentence is about), 0 otherwise. A person named after
    the role that is the subject counts as the subject: "Truro director of rugby Jo Roe said"."""
    hung_on = verb_of_a_name_hung_before_it(climb(token, lambda t: t.dep_ in ("compound", "flat")))
    if hung_on is not None:
        return 2 if _reports_something(hung_on) else 0 if _declined_to_speak(hung_on) else 1
    head = climb(token, lambda t: t.dep_ in ("compound", "flat", "appos", "conj"))  # "Doe and Roe said"
    head = holder_of_role(head)
    governor = head.head
    if head.dep_ in ("nsubj", "nsubjpass") and _reports_something(governor):
        return 2
    if head.dep_ == "nsubj" and _declined_to_speak(governor):
        return 0  # "The landlord, Jo Roe, declined to comment": not who speaks next
    if head.dep_ == "pobj" and _according_to(governor):
        return 2
    if head.dep_ == "pobj" and governor.dep_ == "agent":
        return 1  # the doer of a passive: "The farm is run by Jo Roe. He said …"
    if head.dep_ in ("nsubj", "nsubjpass"):
        main = governor.i == sentence.root.i or (governor.dep_ == "conj" and governor.head.i == sentence.root.i)
        return 1 if main or _watched_by_the_main_clause(governor) else 0.5
    if head.dep_ == "ROOT" and any(c.dep_ == "acl" and c.pos_ == "VERB" and c.i > head.i for c in head.children):
        return 1  # the parser made the name the root and its verb a clause on it: "Jo Roe, who …, left"
    if (
        head.dep_ == "pobj"
        and governor.lower_ in LEXICON.fronting_prepositions
        and governor.i == sentence.start
        and governor.head.i == sentence.root.i
    ):
        return 1  # "For Jane Roe, the verdict came too late."
    return 0


def _according_to(preposition: Token) -> bool:
    """The "to" of "according to", or "according" itself, on which the parser may hang the name
    ("according to the authority's chief veterinary officer, Dr Orla Roe")."""
    after_according = preposition.lower_ == "to" and preposition.i > 0 and preposition.nbor(-1).lower_ == "according"
    return after_according or preposition.lower_ == "according"


def verb_of_a_name_hung_before_it(name: Token) -> Token | None:
    """ "At a shelter in Kellow, Jo Roe, 71, said …", "Acme Bank chief executive Jo Roe said …":
    the parser may hang the name in apposition on a noun before it (the place the sentence opens
    on, the body in the subject's phrase) and leave the verb right after the name's phrase with no
    subject, or with that phrase as its subject. The name is what does that verb; not a name
    inside a clause of its own ("The committee, which includes the caretaker, Jo Roe, voted")."""
    doc, after = name.doc, name.right_edge.i + 1
    if after < len(doc) and doc[after].text == ",":  # the phrase's closing comma, hung elsewhere
        after += 1
    if name.dep_ != "appos" or after >= len(doc):
        return None
    verb = doc[after]
    if verb.pos_ != "VERB" or not verb.is_ancestor(name):
        return None
    between = [t for t in name.ancestors if verb.is_ancestor(t)]
    if any(t.dep_ in ("relcl", "acl", "ccomp") for t in between):
        return None  # "The committee, which includes the caretaker, Jo Roe, voted": the clause's object
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return verb if all(s.is_ancestor(name) for s in subjects) else None


def _reports_something(verb: Token) -> bool:
    """A speech verb that reports something: "said", not "agreed to back it" (an xcomp)."""
    return verb.lemma_.lower() in LEXICON.speech_verbs and not any(c.dep_ == "xcomp" for c in verb.children)


def _declined_to_speak(verb: Token) -> bool:
    """ "declined to comment", "refused to say": someone who would not speak."""
    return verb.lemma_.lower() in LEXICON.declining_verbs and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in LEXICON.speech_verbs for c in verb.children
    )


def _watched_by_the_main_clause(clause: Token) -> bool:
    """ "Reid was on the bench when Lowe scored": where the main clause only places its subject
    ("be"), the clause inside it holds the event, and its subject is as likely who speaks next.
    A main clause of reaction ("Reid was livid after Lowe was sent off", "looked on as") keeps
    its subject ahead: what follows is as often the reactor's verdict."""
    return (
        clause.dep_ == "advcl"
        and clause.head.lemma_ == "be"
        and not any(c.dep_ == "acomp" for c in clause.head.children)
    )


def holder_of_role(token: Token) -> Token:
    """The title a person's name hangs from through "of" ("director of rugby Jo Roe"), or through
    "for" where the title is an office written with a capital ("Minister for Health Jo Roe"; "a
    spokesman for Jo Roe" is someone else), else the name itself: the role's place in the sentence
    is the person's."""
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ not in ("of", "for") or preposition.dep_ != "prep":
        return token
    role = preposition.head  # "Minister of Social Security Jo Roe": a title written with a capital too
    if preposition.lower_ == "for" and not role.is_title:
        return token
    capitalised = role.is_title and role.lower_ in LEXICON.capitalised_titles  # "Member of Parliament Jo Roe"
    return role if role.pos_ in ("NOUN", "PROPN") and (role.lower_ in LEXICON.titles or capitalised) else token
