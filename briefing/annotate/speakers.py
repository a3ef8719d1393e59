"""Who said a quote: an ordered list of named rules, each one pattern of English news.

`attribution.py` gives every quote a `QuoteContext`: the quote's tokens, and its cue, the
speech verb or phrase that reports it ("said", "according to"), if there is one. The rules
in `RULES` are tried in order and the first that names a speaker decides; a rule that does
not apply returns None. Each can be switched off by name (`QuoteFinder(disabled={...})`),
which is how the ablation measures what each one is worth.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..model import Block, LocalEntity, Quote
from .aliases import head_word
from .cues import NAME_HEADS, a_word_for_someone, age_between_commas, is_an_age, is_person_noun
from .entities import EntityResult
from .entity_rules.spans import TITLES_AND_HONORIFICS
from .entity_rules.words import is_company_word, strip_legal_form
from .lexicon import LEXICON, TITLE_LETTERS, bare
from .pronouns import pronoun_gender, recent_person
from .quotes import QuoteSpan, opens_a_sentence
from .tree import in_subtree, sentence_of

Attribution = tuple[int, str]  # (entity index, method: named | role | pronoun | continuation)


@dataclass
class QuoteContext:
    doc: Doc
    text: str
    found: EntityResult
    entities: list[LocalEntity]
    quotes: list[Quote]  # the quotes before this one, attributed
    inside: list[bool]  # token index → inside a quote (marks included)
    span: QuoteSpan
    first: Token  # the quote's first and last tokens
    last: Token
    cue: Token | None  # "said", "according" (to), "words" (in the words of)
    previous: tuple[Quote, QuoteSpan] | None


# --- helpers --------------------------------------------------------------------------------


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it hangs from ("… and added"); a relative
    clause's noun ("the minister, who said …"). Never a passive speech verb's subject: "she was
    told" names the listener."""
    for candidate in (verb, verb.head if verb.dep_ in ("conj", "xcomp", "advcl") else None):
        if candidate is None:
            continue
        for child in candidate.children:
            if (
                child.dep_ == "nsubj"
                or child.dep_ == "nsubjpass"
                and candidate.lemma_.lower() not in LEXICON.speech_verbs
            ):
                if child.lower_ in ("who", "which", "that") and candidate.dep_ == "relcl":
                    return what_is_based_there(candidate.head)
                return _last_part_of_a_hyphened_word(child)
    if verb.dep_ in ("relcl", "acl"):  # "a statement reading …", "the report, saying …"
        return verb.head
    if verb.pos_ == "NOUN":  # a speech verb taken for a noun ("Acme notes, …"): the phrase before it
        return next((c for c in verb.children if c.i < verb.i and c.dep_ in ("nmod", "compound", "amod")), None)
    return None


def _last_part_of_a_hyphened_word(token: Token) -> Token:
    """ "president" of "vice-president": the parser may split a hyphened noun into subjects of
    one verb, the last of which heads what follows ("vice-president of operations, Jane Roe")."""
    doc = token.doc
    while token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].dep_ == token.dep_:
        if doc[token.i + 2].head != token.head or doc[token.i + 1].whitespace_ or token.whitespace_:
            break
        token = doc[token.i + 2]
    return token


BASED = ("based", "headquartered")  # "a company based in Tarlow", "the Tarlow-based operator"


def what_is_based_there(token: Token) -> Token:
    """ "Acme, a company based in Tarlow, which said": the parser may hang the relative clause on
    the place where something is based; the something is what speaks, or the name it stands in
    apposition to ("Anna Roe, an economist based in Tarlow, who said")."""
    prep = token.head if token.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("in", "at") or prep.head.lower_ not in BASED:
        return token
    based = prep.head.head
    return based.head if based.dep_ == "appos" and based.head.ent_type_ else based


def _where_it_is_based(token: Token) -> bool:
    """ "the Tarlow-based operator", "a company based in Tarlow": a place that says where a body is."""
    head = token.head.head if token.dep_ == "pobj" and token.head.lower_ in ("in", "at") else token.head
    return head.lower_ in BASED


def entity_of(token: Token, q: QuoteContext) -> int | None:
    """The entity a noun phrase names: the token's own, else the last person in its phrase,
    else the last organisation or place ("the spokesman for Acme, Jane Roe" → Jane Roe)."""
    found, entities = q.found, q.entities
    if token.i in found.token_entity:
        return found.token_entity[token.i]
    in_phrase = [
        found.token_entity[t.i]
        for t in token.subtree
        if t.i in found.token_entity and not q.inside[t.i] and not _where_it_is_based(t)
    ]
    people = [e for e in in_phrase if entities[e].type == "PERSON"]
    if people:
        return people[-1]
    homes = {found.token_entity[t.i] for t in token.subtree if t.i in found.token_entity and _a_home(t)}
    bodies = [e for e in in_phrase if entities[e].type in ("ORG", "GPE", "NORP") and e not in homes]
    return bodies[-1] if bodies else None


def _a_home(token: Token) -> bool:
    """A name after "from" on a word for townsfolk, a person with a home or an age
    (`cues.a_word_for_someone`): "a 45-year-old woman from Marlow", "a trader from Suame" say
    where the unnamed speaker lives, and a town does not speak for her. Not after a word for
    someone a body employs or speaks through ("an officer from Dunmore Police", "a spokesman from
    Acme" may speak for the body)."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "from" and a_word_for_someone(prep.head)


def named(token: Token | None, q: QuoteContext) -> Attribution | None:
    """The entity `token` names, with "role" when the text named it by a role ("the President")."""
    if token is None or q.inside[token.i]:
        return None
    entity = entity_of(token, q)
    if entity is None:
        return None
    how = next((m.how for m in q.found.mentions if m.entity == entity and m.start <= token.idx < m.end), "name")
    return entity, "role" if how == "role" else "named"


def recent_entity(
    q: QuoteContext, before: Token, types: set[str], keep: Callable[[LocalEntity], bool] = lambda entity: True
) -> int | None:
    """The entity of one of `types` (and one `keep` accepts) named last before `before`; a place
    after a comma that only locates the place before it ("in Northtown, Eastshire") does not count."""
    doc, found = q.doc, q.found
    for i in range(before.i - 1, -1, -1):
        e = found.token_entity.get(i)
        if e is None or q.inside[i] or q.entities[e].type not in types or not keep(q.entities[e]):
            continue
        start = i
        while start > 0 and found.token_entity.get(start - 1) == e:
            start -= 1
        if start >= 2 and doc[start - 1].text == "," and q.entities[e].type == "GPE":
            container = found.token_entity.get(start - 2)
            if container is not None and container != e and q.entities[container].type == "GPE":
                continue
        return e
    return None


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _may_be_a_company(name: str) -> bool:
    """A company by its name (`_a_company`), or one capitalised word, which a company's short name
    often is ("Kessendra"); not initials, which are more often a public body's ("UN")."""
    return _a_company(name) or (len(name.split()) == 1 and not name.isupper())


def _a_company(name: str) -> bool:
    """A company, not a union or a ministry named since: a legal form anywhere after the first
    word ("Veltrix Systems Inc."), or a trade as the last word ("Dunmore Foods"), in a name with
    no word of a public body or a cause ("Department of Energy", "Amnesty International",
    "Westbury Residents Group")."""
    words = [w.lower().strip(",.") for w in name.split()]
    if len(words) < 2 or set(words) & LEXICON.not_company_words:
        return False
    return any(is_company_word(w) for w in name.split()[1:]) or words[-1] in LEXICON.industry_words


def phrase_object(cue: Token) -> Token | None:
    """The object of "according to X" or "in the words of X"."""
    doc = cue.doc
    if cue.i + 1 >= len(doc):
        return None
    preposition = cue.nbor()
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    if objects:
        return objects[0]
    if preposition.lower_ == "the" and preposition.i + 2 < len(doc):  # "in the words of"
        return phrase_object(preposition.nbor())
    return next((t for t in doc[preposition.i + 1 : preposition.i + 8] if t.pos_ in ("PROPN", "NOUN", "PRON")), None)


# --- the rules ------------------------------------------------------------------------------


def according_to(q: QuoteContext) -> Attribution | None:
    """ "…", according to Jane Roe. / In the words of Jane Roe, "…". The source is the object
    of the phrase; a news report prefers it to a passive speech verb nearby ("was told")."""
    if q.cue is None or q.cue.lower_ not in ("according", "words"):
        return None
    source = phrase_object(q.cue)
    return _source_set_off_after(source, q) or named(source, q)


def _source_set_off_after(role: Token | None, q: QuoteContext) -> Attribution | None:
    """ "according to her coach, Lisa Marne": a role noun with no one named in its phrase."""
    if role is None or role.pos_ != "NOUN" or any(t.i in q.found.token_entity for t in role.subtree):
        return None
    person = person_set_off_after(role, q)
    return (person, "named") if person is not None else None


def person_set_off_after(role: Token, q: QuoteContext) -> int | None:
    """The person named after a comma that ends a role's phrase, an honorific aside, whom the
    parser did not attach to the role: "her coach, Lisa Marne", "The Minister of Works, Mr Jo
    Roe,". The phrase runs on only through the role's own words (at most eight)."""
    doc, i = q.doc, role.i + 1
    while i < min(len(doc), role.i + 9) and doc[i].text != "," and in_subtree(doc[i], role):
        i += 1
    if i + 1 >= len(doc) or doc[i].text != ",":
        return None
    name = doc[i + 1]
    if name.i + 1 < len(doc) and bare(name.text) in LEXICON.honorifics:
        name = doc[name.i + 1]
    entity = q.found.token_entity.get(name.i)
    if entity is None or q.inside[name.i] or q.entities[entity].type != "PERSON":
        return None
    return entity


def quoted_as_saying(q: QuoteContext) -> Attribution | None:
    """Acme Radio quoted Jane Roe as saying "…" / Jane Roe was quoted as saying "…": the
    person quoted speaks, not the outlet quoting."""
    if q.cue is None:
        return None
    verb = q.cue
    if verb.lemma_ == "say" and verb.head.lower_ == "as":
        verb = verb.head.head
    if verb.lemma_.lower() != "quote":
        return None
    person = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return named(person, q)


def passive_agent(q: QuoteContext) -> Attribution | None:
    """ "…," the court was told by Jane Roe. A passive speech verb's subject is the listener;
    the speaker, if named at all, is its agent."""
    if q.cue is None or not is_passive(q.cue):
        return None
    agent = next((c for c in q.cue.children if c.dep_ == "agent"), None)
    person = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return named(person, q)


def subject_named(q: QuoteContext) -> Attribution | None:
    """Jane Roe said "…" / "…," said Acme Bank analyst Jane Roe / The country's Prime Minister,
    Jo Bloggs, said "…". The speech verb's subject, before or after it, names the speaker: the
    person in its phrase (in apposition to a role, or after one) before any organisation."""
    if q.cue is None or q.cue.lower_ in ("according", "words"):
        return None
    subject = subject_of(q.cue)
    if subject is None or q.inside[subject.i]:  # the parser hung the verb on the quote's own verb
        subject = _second_subject_after_the_quote(q) or _subject_read_into_the_quote(q)
    if (
        subject is not None
        and subject.lemma_.lower() in LEXICON.document_nouns
        and subject.i not in q.found.token_entity
    ):
        return None  # a document's phrase names its author, or the outlet that saw it: see document_subject
    if subject is not None and a_nationality_noun(subject, q):
        return None  # "the Swede said": a person named before, as "the striker said" (definite_role_subject)
    found = named(subject, q)
    if found is None and subject is not None:  # "The chair of the judges, the novelist Jo Roe, said"
        second = [c for c in subject.head.children if c.dep_ == "nsubj" and c.i > subject.i]
        found = named(second[0], q) if second else None  # the parser read the apposition as a second subject
    if found is not None and subject is not None and _a_bodys_role(subject, found[0], q):
        holder = person_given_the_role(subject, q, body=found[0])  # "the Acme captain": captain Jo Roe of Acme
        return (holder, "role") if holder is not None else found
    return found


def speaker_reporting_the_cue(q: QuoteContext) -> Attribution | None:
    """ "The Minerals Council said the closure was costing … and urged Transnet to reopen it
    '…'", "the ministry said security operations would continue '…'": the speech verb nearest the
    quote has a subject that cannot speak (no name, pronoun, person, body or document: "the
    closure", "operations"), or is passive with no agent, whose subject is what was spoken of ("the
    WBO said the title had been declared vacant '…'", "the ministry said the envoy had been declared
    persona non grata for '…'"); it sits in what an earlier speech verb reports, whose
    subject is the speaker where it is itself a name ("Rescue officials in Nepal said": no name
    names them)."""
    cue = q.cue
    if cue is None or cue.pos_ != "VERB" or cue.lower_ in ("according", "words"):
        return None
    subject = subject_of(cue)
    spoken_of = _what_a_passive_cue_reports(cue) if subject is None else None
    subject = subject or spoken_of
    if subject is None or q.inside[subject.i]:
        return None
    # a passive's subject is what was spoken of, whoever it is: "… said the envoy had been declared persona
    # non grata for '…'"; an active verb's, only a thing that cannot speak
    if spoken_of is None and not _cannot_speak(subject, q):
        return None
    for outer in cue.ancestors:
        if outer.pos_ == "VERB" and outer.lemma_.lower() in LEXICON.speech_verbs and not q.inside[outer.i]:
            reporter = subject_of(outer)  # itself a name: not "Rescue officials in Nepal", whom no name names
            if reporter is None or reporter.i not in q.found.token_entity or q.inside[reporter.i]:
                return None
            return named(reporter, q)
    return None


def _what_a_passive_cue_reports(cue: Token) -> Token | None:
    """ "the title" of "the title had been declared vacant": a passive speech verb's subject,
    where no agent says who spoke. Not a listener's ("the jury was told '…'": someone else spoke)."""
    if any(c.dep_ == "agent" for c in cue.children) or cue.lemma_.lower() in LEXICON.speech_to_a_listener:
        return None
    return next((c for c in cue.children if c.dep_ == "nsubjpass"), None)


def _cannot_speak(subject: Token, q: QuoteContext) -> bool:
    """A common noun that names no one who could speak: not a person's, a body's or a document's."""
    if subject.pos_ != "NOUN" or subject.i in q.found.token_entity:
        return False
    return subject.lemma_.lower() not in SPEAKING_NOUNS and not is_person_noun(subject.lemma_.lower())


SPEAKING_NOUNS = (
    LEXICON.person_nouns
    | LEXICON.titles
    | LEXICON.group_nouns
    | LEXICON.org_nouns
    | LEXICON.document_nouns
    | LEXICON.place_body_nouns
    | LEXICON.spokesperson_nouns
)


def _second_subject_after_the_quote(q: QuoteContext) -> Token | None:
    """'"… after school? The mall?" said Jo Roe': the parser took the quote's last words for the
    speech verb's subject, and the name after the verb for a second one, which speaks."""
    cue = q.cue
    if cue is None:
        return None
    return next((c for c in cue.children if c.dep_ == "nsubj" and c.i > cue.i and not q.inside[c.i]), None)


def _subject_read_into_the_quote(q: QuoteContext) -> Token | None:
    """'"…," the agency's director, Jo Roe, said': where the parser ran the quote on into the words
    after it, leaving the speech verb with no subject, the phrase between the closing mark and the
    verb is its subject: the one word there whose head lies outside it, or where the parser broke
    the phrase in two ("the agency's director-general" + "Jo Roe"), the one of those that is a
    name. Only a short phrase with no verb of its own."""
    cue = q.cue
    if cue is None or cue.i <= q.last.i or cue.i - q.last.i > 12:
        return None
    phrase = [t for t in q.doc[q.last.i + 1 : cue.i] if not q.inside[t.i] and not t.is_punct]
    if not phrase or any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return None
    heads = [t for t in phrase if not q.last.i < t.head.i < cue.i]
    names = [t for t in heads if t.i in q.found.token_entity]
    return heads[0] if len(heads) == 1 else names[-1] if len(names) == 1 else None


ROLE_NOUNS = LEXICON.person_nouns | LEXICON.titles


def _a_bodys_role(subject: Token, entity: int, q: QuoteContext) -> bool:
    """ "the Wallaroos captain": a role noun with "the", of a body or a place the text named."""
    return (
        subject.pos_ == "NOUN"
        and subject.i not in q.found.token_entity
        and _definite(subject)
        and subject.lemma_.lower() in ROLE_NOUNS
        and q.entities[entity].type != "PERSON"
    )


def name_after_a_fronted_phrase(q: QuoteContext) -> Attribution | None:
    """ "On Harbour Island, Jo Roe, who runs a guesthouse, said …" / "Speaking outside court, Jo
    Bloggs, of the Acme Police, said: '…'": after a phrase that opens the sentence, the parser may
    hang the name on the phrase (as the object of its participle, in a list or in apposition with
    its last noun) and leave the speech verb with no subject. The person or body named right after
    the phrase's comma, just before the verb or with only a phrase set off by commas between, is
    the speaker."""
    cue = q.cue
    if cue is None or cue.pos_ != "VERB" or subject_of(cue) is not None or cue.i == 0:
        return None
    sentence = sentence_of(cue)
    fronted = next((c for c in cue.children if c.i < cue.i and c.left_edge.i == sentence.start), None)
    if fronted is None or not _opens_on_a_phrase(sentence[0]):
        return None
    for start, end, entity in reversed(_names_between(q, sentence.start + 2, cue.i)):
        opening = start  # "…, Ms Justice Ann Lee said"
        while bare(q.doc[opening - 1].text) in TITLES_AND_HONORIFICS and opening - 1 > sentence.start:
            opening -= 1
        if q.doc[opening - 1].text != "," or q.entities[entity].type not in ("PERSON", "ORG"):
            continue
        if end == cue.i or _set_off_after(q.doc[end : cue.i], fronted):
            return entity, "named"
    return None


def _opens_on_a_phrase(first: Token) -> bool:
    """ "On the island, …", "Delivering the judgment, …": a preposition or a participle."""
    return first.pos_ == "ADP" or (first.pos_ == "VERB" and first.tag_ in ("VBG", "VBN"))


def _names_between(q: QuoteContext, start: int, end: int) -> list[tuple[int, int, int]]:
    """(first token, token after the last, entity) of each name from `start` to `end`, outside quotes."""
    names: list[tuple[int, int, int]] = []
    for i in range(start, end):
        entity = q.found.token_entity.get(i)
        if entity is None or q.inside[i]:
            continue
        if names and names[-1][1] == i and names[-1][2] == entity:
            names[-1] = (names[-1][0], i + 1, entity)
        else:
            names.append((i, i + 1, entity))
    return names


def _set_off_after(between: Span, fronted: Token) -> bool:
    """ ", who runs a guesthouse," / ", a fish trader,": commas on both ends, and every word
    between inside the fronted phrase, where the parser hung the name and what describes it."""
    if len(between) < 3 or between[0].text != "," or between[-1].text != ",":
        return False
    return all(in_subtree(t, fronted) for t in between[1:-1])


def role_noun_subject(q: QuoteContext) -> Attribution | None:
    """ "…," the spokeswoman said. A role noun with no name refers to the person the text gave
    that role before: "Acme spokeswoman Jane Roe", "Jane Roe, a spokeswoman for Acme"."""
    subject = subject_of(q.cue) if q.cue is not None and q.cue.lower_ not in ("according", "words") else None
    if subject is None or not _a_role_word(subject) or q.found.token_entity.get(subject.i) is not None:
        return None
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children):
        return None  # "a police spokesman said": someone new, not the spokesman named before
    person = person_given_the_role(subject, q)
    return (person, "role") if person is not None else None


def _a_role_word(token: Token) -> bool:
    """A common noun, or a title written with a capital that the tagger took for a name ("the Minister said")."""
    return token.pos_ == "NOUN" or token.pos_ == "PROPN" and bare(token.text) in LEXICON.titles and _definite(token)


def person_given_the_role(role: Token, q: QuoteContext, body: int | None = None) -> int | None:
    """The person the text gave this role noun last: "Acme spokeswoman Jane Roe", "captain Jo Roe";
    not one whose role is of another body or field ("Acme spokesman Jo Roe" is not "the bank
    spokesman", "Health Minister Jane Roe" not "the finance minister"). Where the role is of a
    `body` the text named ("the Tarlow captain"), only one whose role was given with that body."""
    for token in reversed(q.doc[: role.i]):
        if token.lemma_.lower() == role.lemma_.lower() and not q.inside[token.i]:
            person = role_holder(token, q)
            if person is not None and _same_kind_of_role(token, role) and _named_with(token, body, q):
                return person
    return None


def _named_with(role: Token, body: int | None, q: QuoteContext) -> bool:
    """Is `body` (if any) named in the role's own phrase ("Tarlow captain Jo Roe", "President Jo
    Roe of Tarlow"), not merely near it ("President Jo Roe of Eastland met leaders of Tarlow",
    "Captain Jo Roe, who beat Tarlow, …")?"""
    phrase = role.head if role.dep_ in ("compound", "appos") else role
    return body is None or any(q.found.token_entity.get(t.i) == body for t in _noun_phrase(phrase))


def _noun_phrase(head: Token) -> list[Token]:
    """The head and its words, without the clauses hung on it ("who beat Tarlow")."""
    words = [head]
    for child in head.children:
        if child.dep_ not in ("relcl", "acl", "advcl", "ccomp", "punct"):
            words += _noun_phrase(child)
    return words


def _same_kind_of_role(earlier: Token, role: Token) -> bool:
    """Do two mentions of a role noun qualify it alike, or one of them not at all? A word for any
    body is the body named before ("Kenya Power spokesman Jo Roe" … "the company spokesman"); the
    body a role is "of" or "for" qualifies it too ("Jo Roe, a spokeswoman for Acme")."""
    before, now = _qualifiers(earlier), _qualifiers(role)
    return not before or not now or now <= before | LEXICON.any_body_nouns


def _qualifiers(role: Token) -> set[str]:
    """The words that say whose or what kind a role is: "bank" of "the bank spokesman", "acme"
    and "motors" of "a spokeswoman for Acme Motors"."""
    words = {c.lower_ for c in role.children if c.dep_ in ("compound", "amod") and c.ent_type_ != "PERSON"}
    for prep in role.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
            for body in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ not in ("", "PERSON")):
                words |= {t.lower_ for t in body.subtree if t.ent_type_ == body.ent_type_}
    return words


def role_holder(role: Token, q: QuoteContext) -> int | None:
    """The person a role noun is attached to: "Acme spokeswoman Jane Roe", "Jane Roe, a
    spokeswoman for Acme", "the spokeswoman, Jane Roe", "Minister for Education Orla Keane" (a
    title with its portfolio, which the parser hangs on the name as a modifier)."""
    linked = [c for c in role.children if c.dep_ in ("appos", "compound")]
    if role.dep_ in ("appos", "compound") or role.dep_ == "nmod" and role.is_title:
        linked.append(role.head)
    for token in linked:
        e = q.found.token_entity.get(token.i)
        if e is not None and q.entities[e].type == "PERSON":
            return e
    return person_set_off_after(role, q) if role.lemma_.lower() in ROLE_NOUNS else None


def pronoun_subject(q: QuoteContext) -> Attribution | None:
    """ "…," she said. The nearest earlier person the pronoun can mean: one who speaks or is a
    subject, or is named in a fronted phrase ("For Jane Roe, …"), never one the text gives the
    other gender ("Mr", "chairwoman", an earlier "she")."""
    subject = subject_of(q.cue) if q.cue is not None else None
    if subject is None or subject.lower_ not in LEXICON.pronoun_people or q.inside[subject.i]:
        return None
    person = _person_a_pronoun_means(subject, q)
    return (person, "pronoun") if person is not None else None


def _person_a_pronoun_means(pronoun: Token, q: QuoteContext) -> int | None:
    """`recent_person`, where a spokesperson with no name speaks for a body ("A company
    spokeswoman said …. She said …": the company named last)."""

    def body_of(role: Token) -> int | None:
        return spokesperson_body(role, q) if role.lemma_.lower() in LEXICON.spokesperson_nouns else None

    return recent_person(pronoun, q.found, q.entities, q.quotes, q.inside, body_of)


def definite_role_subject(q: QuoteContext) -> Attribution | None:
    """ "…," the researcher said, "…," the 52-year-old said, "…," the MP said. A role noun (or a
    post's letters, lexicon.TITLE_LETTERS) or an age with "the" and nothing that introduces
    someone new (no name, no "who" clause, no possessor: "the ministry's spokesman" may be anyone
    there, nor a body's noun: "the bank spokesman") refers back, as a pronoun does, to a person
    the text has just named; "a spokesman" is new.
    Not when the quote speaks of someone as "he" or "she" (" 'She is stable,' the doctor said"):
    then the person just named is more likely whom the quote is about, even where the speaker
    speaks of themselves too (" 'I told him …,' the coach said" is as often about the player);
    unless that person has just spoken ("Captain Jo Roe said the squad was excited. 'He is
    honest,' the lock said": the one who speaks goes on speaking)."""
    subject = subject_of(q.cue) or _age_beside(q.cue) if q.cue is not None else None
    if subject is None or q.inside[subject.i]:
        return None
    letters = subject.text in TITLE_LETTERS  # "the MP said", "the CEO said"
    if not (subject.pos_ == "NOUN" or letters or _an_age(subject) or a_nationality_noun(subject, q)):
        return None
    if subject.tag_ in ("NNS", "NNPS") or not (
        subject.lemma_.lower() in LEXICON.person_nouns or letters or _an_age(subject) or a_nationality_noun(subject, q)
    ):
        return None
    determiners = [c.lower_ for c in subject.children if c.dep_ == "det"]
    if _an_age(subject) and subject.i >= 5:  # the parser may hang "the" on the verb
        determiners = [subject.nbor(-5).lower_]
    introducing = [c for c in subject.children if c.dep_ in ("poss", "relcl", "acl", "appos", "nummod")]
    introducing += [c for c in subject.children if c.dep_ == "compound" and _a_body_word(c, q)]  # "the bank spokesman"
    if determiners != ["the"] or introducing:
        return None
    if _an_age(subject):
        person = person_of_age(q, int(subject.nbor(-4).text), subject)
    elif letters:
        person = _holder_of_the_letters(subject, q)
    else:
        person = recent_person(subject, q.found, q.entities, q.quotes, q.inside)
    if person is None or (_speaks_of_a_third_person(q) and not _spoke_just_before(q, person, subject)):
        return None
    return person, "role"


def _holder_of_the_letters(letters: Token, q: QuoteContext) -> int | None:
    """Whom "the MP" means: the person the letters stood before or beside earlier ("Labour MP Jo
    Roe", "Jo Roe, the MP for Eastvale"); else the person just named, where no other person is
    named in that sentence ("Ingrid Solberg and Lars Eide met investors. '…,' the CEO said":
    which of the two, the letters cannot say)."""
    found, entities = q.found, q.entities
    titled = [e for t in q.doc[: letters.i] if t.text == letters.text and (e := _person_titled(t, q)) is not None]
    if titled:
        return titled[-1]
    person = recent_person(letters, found, entities, q.quotes, q.inside)
    last = max((i for i, e in found.token_entity.items() if e == person and i < letters.i), default=None)
    if person is None or last is None:
        return None
    beside = {found.token_entity[t.i] for t in q.doc[last].sent if t.i in found.token_entity} - {person}
    return None if any(entities[e].type == "PERSON" for e in beside) else person


def _person_titled(letters: Token, q: QuoteContext) -> int | None:
    """The person a post's letters stand before ("MP Jo Roe") or in apposition to ("Jo Roe, the MP")."""
    if q.inside[letters.i]:
        return None
    after = q.found.token_entity.get(letters.i + 1)
    owner = q.found.token_entity.get(letters.head.i) if letters.dep_ == "appos" else None
    people = [e for e in (after, owner) if e is not None and q.entities[e].type == "PERSON"]
    return people[0] if people else None


def _speaks_of_a_third_person(q: QuoteContext) -> bool:
    """Does the quote say "he" or "she"?"""
    return any(pronoun_gender(t.text) for t in q.doc[q.first.i : q.last.i + 1])


def _an_age(token: Token) -> bool:
    """ "the 52-year-old": an age in figures, which can be matched to the age the text gave
    someone ("Jo Roe, 52,"); "the twenty-year-old" cannot."""
    return is_an_age(token) and token.nbor(-4).text.isdigit()


def _a_body_word(token: Token, q: QuoteContext) -> bool:
    """A word before a role that names a body or a place ("bank" of "the bank spokesman", "the
    airport spokesman", "the city spokesman", "Acme"), not one that is part of the role ("head" of
    "the head coach", "study" of "the study author")."""
    word = token.lemma_.lower()
    return word in BODY_WORDS or token.lower_ in NAME_HEADS or token.i in q.found.token_entity


BODY_WORDS = LEXICON.group_nouns | LEXICON.place_nouns | LEXICON.place_body_nouns


def a_nationality_noun(token: Token, q: QuoteContext) -> bool:
    """ "the Swede", "the 24-year-old Pole", "the Dutchwoman": one person named by a nationality,
    with "the", which refers back to someone named before, as a role noun does."""
    if not token.is_title or token.tag_ in ("NNS", "NNPS") or token.lower_.endswith("s"):
        return False
    if not any(c.dep_ == "det" and c.text == "the" for c in token.children):
        return False  # "The Scotsman said": a capital "The" inside a sentence begins a name
    entity = q.found.token_entity.get(token.i)
    demonym = entity is not None and q.entities[entity].type == "NORP" or token.ent_type_ == "NORP"
    root = token.lower_.removesuffix("woman").removesuffix("man")
    return demonym or root != token.lower_ and root in LEXICON.nationality_man_roots


def person_of_age(q: QuoteContext, age: int, before: Token) -> int | None:
    """The person "the 31-year-old" means: the one the text gave that age ("Dan Hollis, 31,"), else
    the person just named, unless the text gave that one another age."""
    ages = {}
    for i in range(1, before.i - 2):
        e = q.found.token_entity.get(i - 1)
        stated_age = age_between_commas(q.doc, i)
        if e is not None and stated_age is not None:
            ages[e] = stated_age
    stated = next((e for e, given in reversed(ages.items()) if given == age), None)
    if stated is not None:
        return stated
    person = recent_person(before, q.found, q.entities, q.quotes, q.inside)
    return person if person not in ages else None


def _age_beside(verb: Token) -> Token | None:
    """ "the 24-year-old said", parsed with "old" as a modifier of the verb."""
    return next((c for c in verb.children if c.dep_ in ("amod", "npadvmod", "advmod") and _an_age(c)), None)


def document_subject(q: QuoteContext) -> Attribution | None:
    """ "…," a letter from the ministry says. A document speaks for its author: the body or
    person in its own phrase ("from X", "by X", "X's report"), not the outlet that saw it."""
    subject = subject_of(q.cue) if q.cue is not None else None
    if subject is None or subject.lemma_.lower() not in LEXICON.document_nouns:
        return None
    for token in subject.subtree:
        e = q.found.token_entity.get(token.i)
        if e is None or q.inside[token.i] or q.entities[e].type not in ("ORG", "PERSON", "GPE"):
            continue
        carrier = next((a for a in token.ancestors if a.dep_ == "agent" or a.pos_ == "ADP"), None)
        if carrier is not None and carrier.head.lemma_.lower() in ("see", "obtain", "leak", "receive"):
            continue  # "seen by the Herald": the outlet, not the author
        return e, "named"
    return None


def document_named_before(q: QuoteContext) -> Attribution | None:
    """ "…," the statement said. A document with "the" is the one the text named before, and
    speaks for whoever issued it there: "Acme said in a statement …", "In a letter, Jane Roe
    said …", "Acme issued a statement", "a statement from Acme", "Acme's letter"."""
    subject = subject_of(q.cue) if q.cue is not None else None
    if subject is None or q.inside[subject.i] or not _definite(subject):
        return None
    kind = subject.lemma_.lower()
    if subject.pos_ != "NOUN" or kind not in LEXICON.document_nouns:
        return None
    earlier = next((t for t in reversed(q.doc[: subject.i]) if t.lemma_.lower() == kind and not q.inside[t.i]), None)
    author = _author_of(earlier, q) if earlier is not None else None
    return (author, "named") if author is not None else None


def _author_of(document: Token, q: QuoteContext) -> int | None:
    """Who issued a document, by its own phrase ("Acme's", "from Acme") or the clause it is in:
    the subject of the verb it is the object of, or is "in" ("Acme said in a statement")."""
    for child in document.children:
        if child.dep_ == "poss" or child.dep_ == "prep" and child.lower_ in ("from", "by"):
            named_by = child if child.dep_ == "poss" else next((c for c in child.children if c.dep_ == "pobj"), None)
            found = named(named_by, q)
            if found is not None:
                return found[0]
    verb = document.head
    if document.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "in":
        verb = verb.head
    elif document.dep_ != "dobj":
        return None
    subject = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    if (
        subject is None
        or subject.i not in q.found.token_entity
        and not any(c.dep_ == "appos" for c in subject.children)
    ):
        return None  # "The family of Jo Roe issued a statement": not Jo Roe's words; "One of his friends, Jo Roe," is
    found = named(subject, q)
    return found[0] if found is not None else None


def subject_described_before(q: QuoteContext) -> Attribution | None:
    """ "…," the school said, where the text has called a body "the sailing school Westhaven
    Sailing" or "Harbour Press, the publisher of the Courier": a definite noun the text wrote
    right before a name, or set after it as its description, refers back to what that name
    names, whatever was named since, whether or not the lexicon knows the noun, and however the
    model typed the name."""
    subject = subject_of(q.cue) if q.cue is not None else None
    if subject is None or q.inside[subject.i] or subject.pos_ != "NOUN" or not subject.is_lower:
        return None
    if not _definite(subject) or subject.lemma_.lower() in LEXICON.company_nouns:
        return None  # "a Florida company" singles out no firm: `group_subject` goes by the name's form
    e = named_thing_described_as(subject, q)
    return (e, "role") if e is not None else None


def named_thing_described_as(noun: Token, q: QuoteContext) -> int | None:
    """The one entity the text described with `noun`'s word before: the word right before its
    name ("the shipping line Kestrel Lines"), the head of a description set after it ("Harbour
    Press, the publisher"), or a description with the name set after it ("a second school,
    Eastmere College"), not a subject of a clause of its own. None where two bear the noun, by
    such a description or by a name it heads ("Orin Lines, the shipping line …; Halvard Lines,
    the biggest shipping line"; "the central bank, Vexbanka, fined Kessel Bank": the noun singles
    out neither); and not one of another kind ("Acme spokesman Jo Roe" is not "the bank
    spokesman")."""
    word = noun.lemma_.lower()
    described = set()
    for t in q.doc[: noun.i]:
        if t.lemma_.lower() != word or not t.is_lower or q.inside[t.i] or not _same_kind_of_role(t, noun):
            continue
        named = [t.i + 1] if not _subject_of_a_new_clause(t.i + 1, q) else []
        named += [t.head.i] if t.dep_ == "appos" and t.head.i < t.i else []
        named += [c.i for c in t.children if c.dep_ == "appos" and c.i > t.i]
        described |= {q.found.token_entity[i] for i in named if i in q.found.token_entity}
    if described:  # a body whose name the noun heads bears it too ("Kessel Bank" beside "the central bank, Vexbanka")
        earlier = {e for i, e in q.found.token_entity.items() if i < noun.i}
        described |= {e for e in earlier if _headed_by(q.entities[e], word)}
    return described.pop() if len(described) == 1 else None


def _subject_of_a_new_clause(start: int, q: QuoteContext) -> bool:
    """ "Parents told the school Jo Roe had been bullied": the name that begins at `start`, after
    the noun, is the subject of a clause of its own, not the noun's name."""
    e, end = q.found.token_entity.get(start), start
    while e is not None and end < len(q.doc) and q.found.token_entity.get(end) == e:
        end += 1
    return any(t.dep_ in ("nsubj", "nsubjpass") for t in q.doc[start:end])


def _headed_by(entity: LocalEntity, word: str) -> bool:
    """Is the word the head of the entity's name, its legal form aside ("bank" of "Kessel Bank AS")?"""
    return head_word(strip_legal_form(entity.name)).lower() == word


def group_subject(q: QuoteContext) -> Attribution | None:
    """ "…," the ministry said / it said / the city argued / a council spokesman said. A body's
    noun, "it" or "they" refers to the organisation named last ("the company" to the company
    named last, not the UN named since); "the zoo" to the one named last with that head word
    ("Elmridge Zoo"); a city or town to the place named last; a spokesperson with no name to
    the body they speak for (`spokesperson_body`)."""
    subject = subject_of(q.cue) if q.cue is not None else None
    if subject is None or q.inside[subject.i]:
        return None
    word = subject.lemma_.lower()
    if subject.pos_ == "NOUN" and word in LEXICON.place_body_nouns:
        e = recent_entity(q, subject, {"GPE"})
        return (e, "role") if e is not None else None
    if subject.pos_ == "NOUN" and _definite(subject):  # "the zoo said": Elmridge Zoo, by its head word, a place or not
        e = recent_entity(q, subject, {"ORG", "LOC", "FAC"}, keep=lambda entity: _headed_by(entity, word))
        if e is not None:
            return e, "role"
    if word == "force":  # "the force said": the police named last, not a "task force" nor the council since
        unqualified = not any(c.dep_ in ("compound", "amod") for c in subject.children)
        e = recent_entity(q, subject, {"ORG"}, keep=_a_police_body) if unqualified and _definite(subject) else None
        return (e, "role") if e is not None else None
    if subject.pos_ == "NOUN" and (word in LEXICON.group_nouns or word in LEXICON.document_nouns):
        e = None
        if word in LEXICON.company_nouns:  # "the company said": a company, not the UN named since
            e = recent_entity(q, subject, {"ORG"}, keep=lambda entity: _may_be_a_company(entity.name))
        e = e if e is not None else recent_entity(q, subject, {"ORG"})
        return (e, "role") if e is not None else None
    if subject.lower_ in ("it", "they"):
        e = recent_entity(q, subject, {"ORG"})
        return (e, "pronoun") if e is not None else None
    if word in LEXICON.spokesperson_nouns:
        e = spokesperson_body(subject, q)
        return (e, "role") if e is not None else None
    return None


def _a_police_body(entity: LocalEntity) -> bool:
    return any(word in LEXICON.police_words for word in entity.name.lower().split())


def spokesperson_body(spokesperson: Token, q: QuoteContext) -> int | None:
    """The organisation a spokesperson with no name of their own speaks for: "a council
    spokesman" for the council named last ("Northtown Council", not a firm named since), "a
    company spokeswoman" for the company named last, "a spokesperson for the department" for the
    body named last, and a bare "a spokesperson" for the body that has just spoken ("The bureau
    said it would review the deal. A spokesperson said …")."""
    bodies = [c for c in spokesperson.children if c.dep_ == "compound" and c.lemma_.lower() in LEXICON.group_nouns]
    body = bodies[0] if bodies else None
    if body is not None:
        kind = body.lemma_.lower()
        if kind in LEXICON.company_nouns:
            if any(c.dep_ in ("compound", "amod") for c in body.children):
                return None  # "a law firm spokesman" speaks for a firm the text may not name
            return recent_entity(q, spokesperson, {"ORG"}, keep=lambda entity: _a_company(entity.name))
        return recent_entity(q, spokesperson, {"ORG"}, keep=lambda entity: kind in entity.name.lower().split())
    if _for_the_body(spokesperson) is not None:
        return recent_entity(q, spokesperson, {"ORG"})
    if not any(c.dep_ in ("compound", "prep", "poss") for c in spokesperson.children):
        e = recent_entity(q, spokesperson, {"ORG"})
        return e if e is not None and _spoke_just_before(q, e, spokesperson) else None
    return None


def _for_the_body(spokesperson: Token) -> Token | None:
    """ "department" of "a spokesperson for the department": a body's noun after "the"."""
    for prep in spokesperson.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            body = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if body is not None and body.lemma_.lower() in LEXICON.group_nouns and _definite(body):
                return body
    return None


def _spoke_just_before(q: QuoteContext, e: int, before: Token) -> bool:
    """Was the entity (a body, or a person) the subject of a speech verb in this sentence or the one before?"""
    start = sentence_of(before).start
    start = sentence_of(q.doc[start - 1]).start if start > 0 else start
    return any(
        q.found.token_entity.get(t.i) == e and t.dep_ == "nsubj" and t.head.lemma_.lower() in LEXICON.speech_verbs
        for t in q.doc[start : before.i]
    )


def continuation(q: QuoteContext) -> Attribution | None:
    """ "…," Jane Roe said. "…" A quote with no speech verb of its own that follows the last one
    in the same or the next paragraph, with no other speech between, continues it; not when
    its own sentence is about another person ("Her colleague, Jo Bloggs, was more cautious: "…"")."""
    if q.previous is None or q.previous[0].speaker is None or not continues(q.previous[1], q.span, q.text):
        return None
    other = person_introducing(q)
    if other is not None and other != q.previous[0].speaker:
        return None
    return q.previous[0].speaker, "continuation"


def person_introducing(q: QuoteContext) -> int | None:
    """The named person a sentence is about, where that sentence introduces the quote with a
    colon: "Jo Bloggs was more cautious: "…"". A quote the sentence uses as an object or
    complement ("Jo Bloggs suffered "a very serious injury"") is no introduction."""
    verb = clause_before_colon(q)
    subject = subject_of(verb) if verb is not None else None
    entity = entity_of(subject, q) if subject is not None and not q.inside[subject.i] else None
    return entity if entity is not None and q.entities[entity].type == "PERSON" else None


def clause_before_colon(q: QuoteContext) -> Token | None:
    """The verb of the clause that introduces a quote with a colon ("Jo Bloggs was blunt: "…""),
    whether the parser made it the sentence's root or hung it on the quote's own verb."""
    sentence = sentence_of(q.first)
    if not q.text[sentence.start_char : q.span.start].rstrip().endswith(":"):
        return None
    before = {t.i for t in sentence if t.i < q.first.i and not q.inside[t.i]}
    tops = [q.doc[i] for i in sorted(before) if q.doc[i].head.i not in before or q.doc[i].head.i == i]
    return next((t for t in tops if t.pos_ in ("VERB", "AUX")), None)


def _speaks_for_itself(verb: Token) -> bool:
    """ "Jo Bloggs was blunt:", "put it bluntly:", not "Jo Bloggs was sent a letter:" or "was handed
    a note by …:", which bring in words someone else wrote: no passive subject, no agent."""
    return not any(c.dep_ in ("nsubjpass", "agent") for c in verb.children)


def speaker_in_the_sentence_after(q: QuoteContext) -> Attribution | None:
    """ "We need tarpaulins and rice." He said most families had lost their stores. A quote that
    opens its paragraph with no speech verb of its own, whose paragraph goes on with a sentence
    in which someone speaks (a speech verb with a person or "he"/"she" as subject), is theirs."""
    following = _sentence_after_a_quote_alone(q)  # not the next paragraph's: `speaker_named_next`
    if following is None:
        return None
    verb, inside = following.root, q.inside
    subject = subject_of(verb) if verb.lemma_.lower() in LEXICON.speech_verbs else None
    if subject is None or inside[subject.i] or inside[verb.i]:
        return None
    if subject.lower_ in LEXICON.pronoun_people:
        person = _person_a_pronoun_means(subject, q)
        return (person, "pronoun") if person is not None else None
    entity = entity_of(subject, q)
    return (entity, "named") if entity is not None and q.entities[entity].type == "PERSON" else None


def speaker_identified_after(q: QuoteContext) -> Attribution | None:
    """ "…" That was Jo Roe, a nurse from Tarlow. / The words were those of Jo Roe. / That
    assessment came from Jo Roe. A quote that opens its paragraph with no speech verb of its own,
    whose paragraph goes on with a sentence that says whose words they were: its subject a word
    pointing back ("that", "these") or a noun for words said after one or "the" (lexicon
    words_pointing_back, words_said_nouns), and the person what it "was" ("was Jo Roe", "was the
    reaction of Jo Roe", "were those of Jo Roe") or where it "came from". Not a sentence that
    denies it ("That is not a view shared by Jo Roe"), nor "This comes as Jo Roe …"."""
    following = _sentence_after_a_quote_alone(q)
    if following is None:
        return None
    verb = following.root
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or not _points_back_to_words(subject) or any(c.dep_ == "neg" for c in verb.children):
        return None
    for owner in _owners_of_the_words(verb):
        entity = q.found.token_entity.get(owner.i)
        if entity is not None and q.entities[entity].type == "PERSON":
            return entity, "named"
    return None


def _owners_of_the_words(verb: Token) -> list[Token]:
    """Who "was" the words ("was Jo Roe"), whose they "were" ("those of Jo Roe", "the message
    from Jo Roe"), or whom they "came from", with what is set in apposition to them."""
    owners: list[Token] = []
    if verb.lemma_ == "be":
        owners = [c for c in verb.children if c.dep_ == "attr"]
        owners += [o for a in owners for p in a.children if p.lower_ in ("of", "from") for o in p.children]
    elif verb.lemma_ == "come":
        owners = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children]
    return owners + [c for o in owners for c in o.children if c.dep_ == "appos"]  # "the minister, Jo Roe"


def _sentence_after_a_quote_alone(q: QuoteContext) -> Span | None:
    """The sentence after a quote with no speech verb that opens its paragraph and is sentences
    of its own, where it goes on in the same paragraph."""
    doc, inside = q.doc, q.inside
    if q.cue is not None or not _opens_its_paragraph(q):
        return None
    first, last = sentence_of(q.first), sentence_of(q.last)
    if last.end >= len(doc) or not all(inside[t.i] or t.is_punct or t.is_space for t in doc[first.start : last.end]):
        return None
    following = _sentence_with_words_from(doc, last.end)
    return None if "\n" in q.text[q.span.end : following.start_char] else following


def _points_back_to_words(subject: Token) -> bool:
    """ "That", "these", "the words", "that assessment": what the quote just said."""
    if subject.lower_ in LEXICON.words_pointing_back:
        return True
    determiners = {c.lower_ for c in subject.children if c.dep_ == "det"}
    return subject.lemma_.lower() in LEXICON.words_said_nouns and bool(determiners & LEXICON.words_pointing_back)


def sentence_subject(q: QuoteContext) -> Attribution | None:
    """Jane Roe called the plan "a disgrace". With no speech verb, the person the sentence is
    about; for a quote that stands as a sentence of its own, the person the sentence before was
    about ("Jane Roe went on television. "…"")."""
    doc, inside = q.doc, q.inside
    sentence = sentence_of(q.first)
    root = sentence.root
    standalone = all(inside[t.i] or t.is_punct or t.is_space for t in sentence)
    if standalone and sentence.start > 0:
        root = sentence_of(doc[sentence.start - 1]).root
    if inside[root.i]:  # "Jo Bloggs was blunt: "…"" hung on the quote's verb
        clause = clause_before_colon(q)
        root = clause if clause is not None and _speaks_for_itself(clause) else root
    if inside[root.i] or root == q.cue:
        return None  # the cue's own subject is for the rules above
    subject = subject_of(root)
    if subject is None or inside[subject.i]:
        return None
    entity = entity_of(subject, q)
    if entity is not None and q.entities[entity].type == "PERSON":
        return entity, "continuation" if standalone else "named"
    if subject.lower_ in LEXICON.pronoun_people:
        person = _person_a_pronoun_means(subject, q)
        if person is not None:
            return person, "pronoun"
    return None


def speech_before(q: QuoteContext) -> Attribution | None:
    """As Jane Roe told reporters, the plan had failed. "…" A quote standing as a sentence of
    its own, after a sentence in which a named person speaks, is theirs."""
    doc, inside = q.doc, q.inside
    sentence = sentence_of(q.first)
    if sentence.start == 0 or not all(inside[t.i] or t.is_punct or t.is_space for t in sentence):
        return None
    before = sentence_of(doc[sentence.start - 1])
    for token in before:
        if inside[token.i] or token.lemma_.lower() not in LEXICON.speech_verbs or token.pos_ != "VERB":
            continue
        subject = subject_of(token)
        entity = entity_of(subject, q) if subject is not None and not inside[subject.i] else None
        if entity is not None and q.entities[entity].type == "PERSON":
            return entity, "continuation"
    return None


def speaker_named_next(q: QuoteContext) -> Attribution | None:
    """ "The water came up so fast." ¶ Amina Saide, a market trader, said she had lost her stock.
    A quote that is a paragraph of its own, which nothing before attributes, opens on its
    speaker: the named person the next paragraph begins with as its subject. Not where the
    sentence before it names something written (a charge, a letter, a sign: lexicon
    written_things), whose words the quote more likely gives."""
    doc, inside = q.doc, q.inside
    sentence = sentence_of(q.first)
    if q.cue is not None or not _opens_its_paragraph(q) or sentence.end >= len(doc):
        return None
    if not all(inside[t.i] or t.is_punct or t.is_space for t in sentence):
        return None
    following = _sentence_with_words_from(doc, sentence.end)
    if "\n" not in q.text[q.span.end : following.start_char]:
        return None  # the quote's paragraph goes on
    if sentence.start > 0 and any(_a_written_thing(t) for t in sentence_of(doc[sentence.start - 1])):
        return None
    subject = subject_of(following.root)
    if subject is not None and subject.dep_ != "nsubj":
        return None  # "Tom Hale, 15, has not been seen since Friday": whom an appeal is about
    entity = entity_of(subject, q) if subject is not None and not inside[subject.i] else None
    return (entity, "named") if entity is not None and q.entities[entity].type == "PERSON" else None


def _opens_its_paragraph(q: QuoteContext) -> bool:
    return q.span.start == 0 or q.text[: q.span.start].rstrip(" \t").endswith("\n")


def _sentence_with_words_from(doc: Doc, start: int) -> Span:
    """The first sentence from token `start` on with a word in it, past a closing quotation mark
    or a paragraph break the sentencizer left as sentences of their own."""
    following = sentence_of(doc[start])
    while not any(t.is_alpha for t in following) and following.end < len(doc):
        following = sentence_of(doc[following.end])
    return following


def _a_written_thing(token: Token) -> bool:
    """ "A sign on the door read:", "Prosecutors filed the charges": a noun of writing as a subject or
    object, not a verb ("charged with") or a fixed phrase ("in charge of", "free of charge")."""
    return (
        token.pos_ == "NOUN"
        and token.dep_ in ("nsubj", "nsubjpass", "dobj")
        and token.lemma_.lower() in LEXICON.written_things
    )


def continues(previous: QuoteSpan, span: QuoteSpan, text: str) -> bool:
    """Does this quote carry on the previous one: same paragraph, or the next paragraph
    opening with it, with no other named person or speech in between?"""
    if span.block - previous.block > 1:
        return False
    if span.block != previous.block:
        block_text_before = text[span.start - 1 : span.start] if span.start else ""
        if not (block_text_before in ("\n", "") or text[span.start - 2 : span.start] == "\n\n"):
            return False
    between = text[previous.end : span.start]
    return len(between.split()) <= 40 and not re.search(r"[.!?]\s+[A-Z][^.!?]*\b(said|says|told)\b", between)


Rule = Callable[[QuoteContext], "Attribution | None"]

# The order is the precedence: a quote's own cue first (its phrase, then its verb's subject in
# the forms news uses), then what the subject refers back to, then the quote's neighbours.
RULES: list[tuple[str, Rule]] = [
    ("according_to", according_to),
    ("quoted_as_saying", quoted_as_saying),
    ("passive_agent", passive_agent),
    ("subject_named", subject_named),
    ("speaker_reporting_the_cue", speaker_reporting_the_cue),
    ("name_after_a_fronted_phrase", name_after_a_fronted_phrase),
    ("role_noun_subject", role_noun_subject),
    ("pronoun_subject", pronoun_subject),
    ("definite_role_subject", definite_role_subject),
    ("document_subject", document_subject),
    ("document_named_before", document_named_before),
    ("subject_described_before", subject_described_before),
    ("group_subject", group_subject),
    ("speaker_identified_after", speaker_identified_after),
    ("continuation", continuation),
    ("speaker_in_the_sentence_after", speaker_in_the_sentence_after),
    ("sentence_subject", sentence_subject),
    ("speech_before", speech_before),
    ("speaker_named_next", speaker_named_next),
]


def speaker_given_where_it_runs_on(
    quotes: list[Quote], spans: list[QuoteSpan], blocks: list[Block], text: str, fired: dict[str, int]
) -> None:
    """ "My grandchildren may grow up without a home. ¶ "We have started to map it," Jo Roe
    said.": a quote left open at its paragraph's end runs on into the quote that opens the next
    paragraph, and news names the speaker of a quote over several paragraphs only once, often in
    a later one. A quote no rule attributed takes the speaker of the quote it runs on into; from
    the last paragraph back, so a quote over three paragraphs takes the speaker named in the third."""
    for n in range(len(quotes) - 2, -1, -1):
        quote, span, following = quotes[n], spans[n], spans[n + 1]
        if quote.speaker is not None or quotes[n + 1].speaker is None or not span.left_open:
            continue
        if not opens_a_sentence(text, blocks[span.block].start, span.start):
            continue  # a stray mark before words quoted inside a sentence: "called the plan "a betrayal"
        if following.block == span.block + 1 and following.start == blocks[following.block].start:
            quote.speaker, quote.method = quotes[n + 1].speaker, "named_later"
            name = speaker_given_where_it_runs_on.__name__
            fired[name] = fired.get(name, 0) + 1


RULE_NAMES = [name for name, _ in RULES] + [speaker_given_where_it_runs_on.__name__]  # runs after them all


def attribute(q: QuoteContext, disabled: frozenset[str] = frozenset(), fired: dict | None = None) -> Attribution | None:
    """The speaker the first rule that applies names, or None; `fired` counts which rule it was."""
    for name, rule in RULES:
        if name not in disabled:
            found = rule(q)
            if found is not None:
                if fired is not None:
                    fired[name] = fired.get(name, 0) + 1
                return found
    return None
