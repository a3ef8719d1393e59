"""The tense of a dated expression's clause, from the verb that governs it.

`tense` walks up from the expression to its verb, then tries the rules of `TENSE_RULES` in order:
the first whose marker the clause carries gives the tense. The result is one of "future",
"perfect" ("has closed until Friday": past, unless a preposition points forward), "past",
"present", "arranged" ("was remanded until March 8": see dates._by_tense), "reported" ("In
December, officials said they would decide in January": ahead of a saying that is itself past),
"asked" ("told members to return on Thursday": ahead of the asking, which may itself be past) or
"unknown" (no verb governs the expression, or its tense does not settle which way the date lies:
"was due in court on Sept. 4"). A clause no rule marks is in the simple present, which is the
future where the date says when its verb happens (`scheduled_present`: "the trial opens on Friday"),
and "present" where it only says the date is near (`plain_present`).
Every rule has a name (`TENSE_RULE_NAMES`, "tense_" and its function's name) by which `make eval`
switches it off to measure what it is worth."""

from __future__ import annotations

import functools
from collections.abc import Callable

from spacy.tokens import Token

from .entity_rules.state import Switches
from .lexicon import LEXICON
from .tree import climb

MONTHS = {name.lower() for name in LEXICON.month_names}


def governing_verb(token: Token) -> Token | None:
    """The verb whose tense the expression takes; a non-finite verb takes its clause's."""
    verb = climb(token, lambda t: t.pos_ not in ("VERB", "AUX"), limit=6)
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    visited = {verb.i}
    while untensed(verb):
        head = climb(verb.head, lambda t: t.pos_ not in ("VERB", "AUX"))
        if head.i in visited or head.pos_ not in ("VERB", "AUX"):
            break
        verb = head
        visited.add(verb.i)
    return verb


def untensed(verb: Token) -> bool:
    """A verb with no tense of its own, which takes its clause's: "before dining on Sunday",
    "to meet on Friday", "will resume counting on Monday", a passive infinitive ("are to be
    completed by April", "expected the deal to be completed by May"), or a participle used as an
    adjective ("kept the schools closed until Friday")."""
    helpers = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if helpers == {"to", "be"}:
        return verb.dep_ in ("xcomp", "ccomp", "advcl", "acl", "conj")
    if helpers - {"to"}:
        return False
    if verb.tag_ == "VBN":
        return verb.dep_ in ("oprd", "amod", "ccomp")
    if verb.tag_ == "VBG" and verb.dep_ == "dobj":  # a gerund as object: "resume counting"
        return True
    return verb.tag_ in ("VBG", "VB") and verb.dep_ in ("pcomp", "advcl", "xcomp", "conj", "acl")


def lemma_in(verb: Token, words: frozenset[str]) -> bool:
    """Is the verb one of `words`? By its lemma, or by a present form of one of them, since the
    small model's lemmatizer slips on some ("hopes" → "hop")."""
    return verb.lemma_ in words or verb.tag_ in ("VBZ", "VBP", "VBG") and verb.lower_ in regular_forms(words)


@functools.cache
def regular_forms(words: frozenset[str]) -> frozenset[str]:
    """ "hope" → hopes, hoped, hoping; "vow" → vows, vowed, vowing; "bury" → buries, buried."""
    forms = set()
    for word in words:
        stem = word[:-1] if word.endswith("e") else word
        forms |= {word + "s", word + "es", word + "d", stem + "ed", stem + "ing"}
        if word.endswith("y"):
            forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    return frozenset(forms)


def auxiliaries(verb: Token) -> set[str]:
    """The auxiliaries of the verb and of the verbs up its chain ("had hoped to meet": had, to)."""
    return {c.lower_ for head in verb_chain(verb) for c in head.children if c.dep_ in ("aux", "auxpass")}


def verb_chain(verb: Token) -> list[Token]:
    """The verb and the verbs it is the complement or conjunct of ("said it plans to open …"); not
    past a conjunct with a subject of its own, which is a clause of its own ("Fares will rise,
    Acme announced on Monday")."""
    chain, visited = [verb], {verb.i}
    while (
        chain[-1].dep_ in ("xcomp", "conj")
        and chain[-1].head.i not in visited
        and not (chain[-1].dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in chain[-1].children))
    ):
        chain.append(chain[-1].head)
        visited.add(chain[-1].i)
    return chain


def will_or_future_verb(verb: Token) -> bool:
    """ "will meet on Friday"; "hopes to meet", "is expected to meet": a verb up the chain looks ahead."""
    if auxiliaries(verb) & LEXICON.future_aux or any(
        lemma_in(head, LEXICON.future_verbs) for head in verb_chain(verb)[1:]
    ):
        return True
    if lemma_in(verb, LEXICON.future_verbs) and any(to_infinitive(c) for c in verb.children):
        return True
    return promised(verb)


def promised(verb: Token) -> bool:
    """ "have agreed to meet on Monday", "has decided to hold the vote in January": a to-infinitive
    agreed or promised lies ahead of the promise, in the present or present perfect. Not in the
    simple or past perfect, where the date is as often the agreeing's ("agreed on Thursday to
    sell", "had agreed to meet on Thursday, but he never came")."""
    aux = auxiliaries(verb)
    present = verb.tag_ in ("VBZ", "VBP") and not aux or verb.tag_ == "VBN" and aux & LEXICON.perfect_aux
    return bool(present) and lemma_in(verb, LEXICON.commitment_verbs) and any(to_infinitive(c) for c in verb.children)


def to_infinitive(child: Token) -> bool:
    """ "hopes to meet", "expected the deal to be completed": a to-infinitive the verb governs."""
    return child.dep_ == "xcomp" or (child.dep_ == "ccomp" and any(c.lower_ == "to" for c in child.children))


def forward_modal(verb: Token) -> bool:
    """ "should be finished in October", "may be signed on Friday", "a new election could be held
    in January"; not "may have left on Friday", nor "could not" (what someone was unable to do:
    "could not reach him on Friday")."""
    aux = auxiliaries(verb)
    negated = any(c.dep_ == "neg" for head in verb_chain(verb) for c in head.children)
    could = "could" in aux and not negated
    return bool(aux & LEXICON.forward_modals or could) and "have" not in aux


def future_in_reported_speech(verb: Token) -> bool:
    """ "said a team would arrive on Friday", "said it would inspect every home by March":
    "would" in what someone said looks ahead of the saying, as "will" did in their words. News
    reports what was said lately, so this is the future, unless the saying has a date of its own
    that names a month or a year (`reported_long_ago`)."""
    return backshifted_future(verb) and reporting_verb(verb) is not None


def backshifted_future(verb: Token) -> bool:
    """What was "will" or "is likely" in the speaker's words, as reported speech shifts it back:
    "would" (not "would have", nor the "would" of a habit: "would often go uncollected in January",
    "would never forget the night in June"), or past "be" with a word of likelihood ("a cut was
    unlikely"; not "due", whose date has often gone: "was due in October but was never paid")."""
    aux = auxiliaries(verb)
    if "would" in aux and "have" not in aux:
        return not told_as_a_habit(verb)
    return verb.lemma_ == "be" and bool(expected_words(verb) - {"due"})


def conditional_ahead(verb: Token) -> bool:
    """ "If signed, the law would take effect from January", "the strike would go ahead if wages
    were not paid by December": "would" with an "if" clause weighs what may happen next, in the
    verb's own clause or in the "if" clause hung on it. Not "would have" (what did not happen),
    an "if" clause in the past perfect ("if the vote had passed in May"), nor a habit ("would
    often close in January if it snowed")."""
    main = verb.head if verb.dep_ == "advcl" and _opened_by_if(verb) else verb
    clauses = [c for c in main.children if c.dep_ == "advcl" and _opened_by_if(c)]
    aux = auxiliaries(main)
    if "would" not in aux or "have" in aux or not clauses:
        return False
    return not any("had" in auxiliaries(c) for c in clauses) and not told_as_a_habit(main)


def would_ahead(verb: Token) -> bool:
    """ "Any appeal would be heard in July", "a team that would arrive on Thursday": "would" with
    no reporting verb or "if" in sight still speaks of what comes after its moment, which in news
    is now. Not "would have" (what did not happen), a habit ("would often close in January"),
    nor a life told onward from its past ("would later move to Leeds in March")."""
    aux = auxiliaries(verb)
    if "would" not in aux or "have" in aux or told_as_a_habit(verb):
        return False
    return not any(c.dep_ == "advmod" and c.lower_ in LEXICON.narrated_ahead_words for c in verb.children)


def _opened_by_if(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "if" for c in clause.children)


def told_as_a_habit(verb: Token) -> bool:
    """ "would often go", "would always remember", "would see him most days", "each year"."""
    words = [t for head in verb_chain(verb) for t in head.subtree]
    return any(
        t.lower_ in (LEXICON.habitual_words - {"normally"}) | {"never"}  # "would run normally on Thursday"
        or t.lower_ in LEXICON.recurring_determiners
        and t.head.lemma_.lower() in LEXICON.recurring_time_nouns
        for t in words
    )


def reported_long_ago(verb: Token) -> bool:
    """ "In December, officials said they would decide in January": the saying may be long past,
    so only a weekday is surely ahead; a month or a day of one is the nearest (see
    dates._by_tense). A saying dated by a weekday ("said on Friday") is recent."""
    saying = reporting_verb(verb)
    if saying is None or not backshifted_future(verb):
        return False
    clause = climb(verb, lambda t: t.dep_ == "conj", limit=3)
    if any(c.dep_ == "advmod" and c.lower_ in LEXICON.earlier_time_adverbs for c in saying.children):
        return True  # "officials said then that …"
    return any(
        t.ent_type_ == "DATE" and (t.lower_ in ("year", "month") or t.is_title and t.lower_ in MONTHS or t.like_num)
        for child in saying.children
        if child != clause
        for t in child.subtree
    )


def reporting_verb(verb: Token) -> Token | None:
    """The speech verb whose report the verb's clause (or one it is joined to) is, if any; or the
    "according" of "…, according to the agency", which reports a clause as a speech verb does."""
    clause = climb(verb, lambda t: t.dep_ == "conj", limit=3)
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in LEXICON.speech_verbs:
        return clause.head
    return next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "according"), None)


def hoped_in_the_past(verb: Token) -> bool:
    """ "the railroad hoped to reopen the line by Friday": what was hoped or planned lies ahead of
    the hoping, as what was said would happen does, so it reads as reported speech: a weekday is
    ahead, a month the nearest ("hoped to raise £50,000 by June but fell short", said in November).
    The simple past spelt regularly, which the small model's lemmatizer slips on ("hoped" → "hop")."""
    return (
        verb.tag_ == "VBD"
        and verb.lower_ in regular_forms(LEXICON.future_verbs)
        and any(to_infinitive(c) for c in verb.children)
    )


def present_expectation(verb: Token) -> bool:
    """ "She now expects a cut in January", "the firm plans a launch in May": a verb of expecting
    in the present looks ahead to the date in what it expects; in the past, the date may be when
    it was expected ("In March, analysts predicted a fall")."""
    return lemma_in(verb, LEXICON.expecting_verbs) and verb.tag_ in ("VBZ", "VBP") and not auxiliaries(verb)


def be_to(verb: Token) -> bool:
    """ "are to meet on Friday", "is due to arrive", "a rise is likely in July": present "be" with
    a to-infinitive or a word of what is expected."""
    if verb.lemma_ != "be" or verb.lower_ not in LEXICON.present_be:
        return False
    for child in verb.children:
        if child.dep_ == "xcomp" and any(c.lower_ == "to" for c in child.children):
            return True
    return bool(expected_words(verb))


def expected_words(verb: Token) -> set[str]:
    """The words of what is expected after the verb: "is due", "was likely", "a cut was unlikely"."""
    return {c.lower_ for c in verb.children if c.dep_ == "acomp" and c.lower_ in LEXICON.expectation_words}


def scheduled(verb: Token) -> bool:
    """ "is scheduled for Friday", "a March vote has been set", "the vote, set for Friday": a scheduling
    verb in the passive, or as a participle after its noun."""
    if lemma_in(verb, LEXICON.forecasting_verbs):  # "is forecast for the weekend", not "was predicted in March"
        return (
            bool(auxiliaries(verb) & (LEXICON.present_be | LEXICON.perfect_aux))
            and not auxiliaries(verb) & LEXICON.past_aux
        )
    if not lemma_in(verb, LEXICON.scheduling_verbs) or set_to_a_state(verb):
        return False
    return any(c.dep_ == "auxpass" for c in verb.children) or (verb.tag_ == "VBN" and verb.dep_ == "acl")


def scheduled_before_the_past(verb: Token) -> bool:
    """ "A concert there had been scheduled for Tuesday", "the match had been set for Saturday": an
    arrangement told in the past perfect was made before a past the story tells of (it was called
    off, moved), so its date may have passed or still be ahead; neither tense settles which, so the
    nearer such date is likelier ("asked": `dates.nearer_way`)."""
    return scheduled(verb) and "had" in auxiliaries(verb)


def set_to_a_state(verb: Token) -> bool:
    """ "were set alight over the weekend", "was set on fire on Friday", "set up a trial": a
    particle or a state right after the verb; it arranges no time."""
    after = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if after is None or after.head != verb:
        return False
    on_fire = after.lower_ == "on" and any(c.lower_ == "fire" for c in after.children)
    return after.dep_ == "prt" or after.lower_ in LEXICON.states_set_in or on_fire


def scheduled_present(verb: Token, token: Token) -> bool:
    """ "The trial opens on Tuesday", "the law takes effect in January": news puts a planned
    event in the simple present. Only where the date says when the verb happens ("on Tuesday"
    hangs on "opens"), not a noun's ("results from the ruling of July 8"); only the -s form,
    since "workers quit in February" and "banks cut rates on Tuesday" may be past; not a
    reporting verb ("says on Monday"), "be" or "have". The plural form ("The Rovers play
    Leeds on Friday") too, unless its past is spelt the same ("banks cut rates on Tuesday").
    Not a verb of where one stands, whose date is of what put one there ("Spurs sit third
    after their win on Saturday")."""
    head = token.head.head if token.head.dep_ == "prep" else token.head
    return (
        head == verb
        and (verb.tag_ == "VBZ" or verb.tag_ == "VBP" and verb.lemma_.lower() not in LEXICON.same_past_verbs)
        and verb.lemma_.lower() not in LEXICON.standing_verbs
        and not auxiliaries(verb)
        and verb.lemma_ not in ("be", "have")
        and not reports_speech(verb)
    )


def plain_present(verb: Token, token: Token) -> bool:
    """ "The champion meets Ruiz in the final on Sunday", "the club are away at Dunmore on
    Saturday": a clause in the simple present that no rule marks says the date is near, not
    which way (dates.nearer_way). Not a verb with a modal ("could not reach him on Friday", past
    as often as not), one whose past is spelt the same ("banks cut rates on Friday"), nor a day
    that owns a noun ("a premium to Friday's closing price": its day has gone)."""
    owns = token.i + 1 < len(token.doc) and token.nbor(1).tag_ == "POS"
    return (
        verb.tag_ in ("VBZ", "VBP")
        and not auxiliaries(verb)
        and verb.lemma_.lower() not in LEXICON.same_past_verbs
        and not owns
    )


def reports_speech(verb: Token) -> bool:
    """ "says on Monday that talks failed": a speech verb that reports words, not one that names a
    thing to come ("announces its rate decision on Wednesday"), nor one whose subject is a thing
    that cannot speak ("the hearing continues on Thursday", "the inquiry concludes on Friday")."""
    if verb.lemma_ not in LEXICON.speech_verbs:
        return False
    objects = {c.dep_ for c in verb.children}
    if "ccomp" in objects:
        return True
    return "dobj" not in objects and not any(_a_thing_that_cannot_speak(c) for c in verb.children if c.dep_ == "nsubj")


def _a_thing_that_cannot_speak(subject: Token) -> bool:
    """ "the hearing", "the trial": a common noun that is no person or body ("the minister", "the council")."""
    return subject.pos_ == "NOUN" and subject.ent_type_ == "" and subject.lemma_.lower() not in SPEAKING_NOUNS


SPEAKING_NOUNS = (  # nouns of people and bodies, who may speak
    LEXICON.titles | LEXICON.spokesperson_nouns | LEXICON.person_nouns | LEXICON.group_nouns | LEXICON.org_type_heads
)


def present_progressive(verb: Token) -> bool:
    """ "is meeting on Friday"."""
    return bool(auxiliaries(verb) & LEXICON.present_be) and verb.tag_ == "VBG"


def arranged_in_the_past(verb: Token) -> bool:
    """ "was remanded in custody until March 8", "the judge adjourned the trial till May 3", "the
    council scheduled the vote for Monday": a date arranged in the past, by whoever arranged it,
    which may still be ahead; not past narrative ("played for the club until June", "by July the
    firm had run out of cash"), which has gone. Where the date points is `dates._arranged_for`'s.
    Not the present, nor a verb with a particle, which means something else ("the vote sets up a
    trial beginning Nov. 1")."""
    passive = any(c.dep_ == "auxpass" for head in verb_chain(verb) for c in head.children)  # "were bailed and remanded"
    past = passive or verb.tag_ == "VBD" and not any(c.dep_ == "prt" for c in verb.children)
    return lemma_in(verb, LEXICON.arranging_verbs) and past and not set_to_a_state(verb)


def due_in_the_past(verb: Token) -> bool:
    """ "was due in court on Sept. 4", "had been due to open in May", "signalled that a rise was
    likely in July": expected then, for a date that may still be ahead; neither tense settles which."""
    return verb.lemma_ == "be" and bool(expected_words(verb))


def perfect(verb: Token) -> bool:
    """ "has remained closed until Friday", "have met since March"."""
    return bool(auxiliaries(verb) & LEXICON.perfect_aux) and not auxiliaries(verb) & LEXICON.past_aux


def simple_past(verb: Token) -> bool:
    return verb.tag_ in ("VBD", "VBN") or bool(auxiliaries(verb) & LEXICON.past_aux)


def bare_infinitive(verb: Token) -> bool:
    """ "to meet on Friday" with no tense of its own: ahead of whatever introduced it."""
    return verb.tag_ == "VB" and "to" in auxiliaries(verb)


# Ordered: the first rule whose marker the clause carries gives the tense. Each has a name
# (`rule_name`), by which it can be switched off to measure it (`make eval`), as the entity and
# quote rules can.
TENSE_RULES: list[tuple[str, Callable[[Token], bool]]] = [
    ("future", will_or_future_verb),
    ("future", forward_modal),
    ("reported", reported_long_ago),
    ("future", future_in_reported_speech),
    ("future", conditional_ahead),
    ("future", would_ahead),
    ("future", be_to),
    ("asked", scheduled_before_the_past),  # the nearer such date, as a thing asked for
    ("future", scheduled),
    ("future", present_expectation),
    ("future", present_progressive),
    ("unknown", due_in_the_past),
    ("perfect", perfect),
    ("arranged", arranged_in_the_past),
    ("reported", hoped_in_the_past),
    ("past", simple_past),
    ("future", bare_infinitive),
]

# rules that look ahead from the verb: they say nothing of a date that hangs deeper (`deeper`)
LOOKING_AHEAD = (future_in_reported_speech, present_expectation)


def deeper(token: Token) -> bool:
    """Does the date hang on a noun inside a phrase of the verb's ("expects claims over the
    cancellations in October", "would be refunded within 14 days of the cancellation in May",
    "fewer complaints than in January")? Then it dates that noun's event, which a verb looking
    ahead says nothing of; "expects a cut in March" dates the cut it expects, and "would catch up
    before exams in January" looks ahead with its preposition."""
    prep = token.head if token.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep":
        return False
    holder = prep.head
    if holder.lower_ in ("than", "as"):  # "fewer complaints than in January": a comparison with then
        return True
    return (
        holder.pos_ in ("NOUN", "PROPN", "PRON")
        and holder.dep_ == "pobj"
        and holder.head.lower_ not in LEXICON.forward_preps  # "before exams in January" looks ahead
    )


def dates_a_noun(token: Token) -> bool:
    """ "quoting incident 437 of 11 February", "the ruling of July 8": the date says when the
    noun's event was, which a verb in the present or the future does not tell; a past one
    does ("On the night of June 30, the pair broke in")."""
    of = token.head
    return of.lower_ == "of" and of.dep_ == "prep" and of.head.pos_ in ("NOUN", "PROPN", "NUM")


def asked_ahead(token: Token) -> bool:
    """ "urged owners to register by Friday", "ordered the firm to pay on March 3": what someone was
    asked or told to do lies ahead of the asking, so the directive's past tense does not date it;
    neither does it say the day is still ahead ("asked residents to leave on Sunday"): the tense is
    "asked", and a weekday the nearer such day (`dates.nearer_way`). The date may
    hang on a gerund of the verb asked for ("ordered the firm to stop selling from May 1")."""
    verb = climb(token, lambda t: t.pos_ not in ("VERB", "AUX"), limit=6)
    verb = climb(verb, lambda t: t.dep_ == "xcomp" and t.tag_ == "VBG", limit=3)  # "to stop selling"
    verb = climb(verb, lambda t: t.dep_ == "conj", limit=3)  # "urged people to lock … and keep keys …"
    return (
        verb.tag_ == "VB"
        and verb.dep_ in ("xcomp", "ccomp")
        and any(c.lower_ == "to" for c in verb.children)
        and lemma_in(verb.head, LEXICON.directive_verbs)
        and simple_past(verb.head)
        and not auxiliaries(verb.head) & (LEXICON.future_aux | LEXICON.forward_modals | {"would"})
    )


def event_asked_ahead(token: Token) -> bool:
    """ "invited both sides to talks on Thursday", "planned a protest outside the plant on Friday":
    a date after the event someone was invited to, or planned, dates that event, which lies ahead
    of the inviting, as what a directive asks for does (`asked_ahead`): the tense is "asked" (a
    weekday is the nearer such day), or the future after a present perfect ("has invited both
    unions to talks on Monday"). The event is the object of a verb of planning (lexicon
    proposing_verbs) or what a verb of inviting invites to (inviting_verbs); the parser may hang
    the date on the event, or on the verb right after the event's phrase. A date before the event
    dates the inviting ("invited them on Monday to talks")."""
    return verb_asking_for_an_event(token) is not None


def verb_asking_for_an_event(token: Token) -> Token | None:
    """The verb of `event_asked_ahead`, in the past or the present perfect, or None."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    holder = prep.head
    verb = holder if holder.pos_ in ("VERB", "AUX") else _verb_of_an_event(holder)
    if verb is None or not simple_past(verb) or auxiliaries(verb) & LEXICON.future_aux:
        return None
    events = [e for e in _events_of(verb) if e.i < token.i]
    # on the verb, only right after the event's phrase: "convened a meeting of the board on Friday"
    # may date the convening, but nothing comes between the event and its day
    right_after = [e for e in events if e.right_edge.i + 1 == prep.i]
    return verb if (holder in events or holder is verb and right_after) else None


def _verb_of_an_event(noun: Token) -> Token | None:
    """The verb whose event the noun is: its object, or the object of its "to"."""
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.dep_ == "prep":
        return noun.head.head
    return None


def _events_of(verb: Token) -> list[Token]:
    """What a verb of planning plans (its object), or a verb of inviting invites to."""
    if lemma_in(verb, LEXICON.proposing_verbs):
        return [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    if lemma_in(verb, LEXICON.inviting_verbs):
        to = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
        return [o for p in to for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    return []


def foretold(token: Token) -> bool:
    """ "Forecasters warned of more severe weather Thursday", "with the Met Office predicting snow
    from Wednesday", "forecast more storms for the weekend": a date after what a forecast or a
    warning foretells, bare or after a preposition that points to a time ("for", "from", "until"),
    is when that comes, ahead of the foretelling. Not a date before it ("warned on Thursday of
    storms": when it was said), nor one after "on", which may date either, unless the foretelling
    is in the present perfect, which takes no day of its own ("has warned of rain on Tuesday");
    nor a forecast told in the past perfect ("had warned of rain from Thursday, and by Friday …":
    a narrative's)."""
    verb = _verb_foretelling(token)
    if verb is None:
        return False
    aux = auxiliaries(verb)
    if lemma_in(verb, LEXICON.forecasting_verbs):
        things = [c for c in verb.children if c.dep_ == "dobj"]
    elif verb.lemma_ == "warn":
        things = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"]
    else:
        return False
    if not things or token.i < things[0].i:
        return False
    if token.dep_ == "npadvmod":
        return token.head == verb
    # the present perfect takes no day of its own ("has warned of rain on Tuesday"): "on" is the rain's
    return _after_a_preposition_on(token, verb, LEXICON.foretold_preps | ({"on"} if aux & {"has", "have"} else set()))


def _verb_foretelling(token: Token) -> Token | None:
    """The verb a date hangs on, within three steps, unless it is told in the past perfect ("had
    warned of rain from Thursday": a narrative's forecast)."""
    verb = climb(token, lambda t: t.pos_ not in ("VERB", "AUX"), limit=3)
    return None if "had" in auxiliaries(verb) else verb


def _after_a_preposition_on(token: Token, verb: Token, prepositions: frozenset[str] | set[str]) -> bool:
    """Is the date the object of one of `prepositions` hung on `verb`?"""
    return token.dep_ == "pobj" and token.head.head == verb and token.head.lower_ in prepositions


def forecast_for_a_day(token: Token) -> bool:
    """ "More rain was forecast for Saturday", "gusts forecast for Saturday afternoon": a date after
    a preposition that points to a time ("for", "from", "until") on a forecasting verb in the
    passive, or its participle after the thing forecast, is when the forecast thing comes. The
    forecast's own past says nothing of which side of the brief's date that lies: the nearer such
    day (`foretold` reads the active verb, "forecast rain for Saturday")."""
    verb = _verb_foretelling(token)
    if verb is None or not lemma_in(verb, LEXICON.forecasting_verbs):
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children) or verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod")
    return passive and _after_a_preposition_on(token, verb, LEXICON.foretold_preps)


def deadline_ahead(token: Token) -> bool:
    """ "hoped to make an appointment by April", "submitting a restructuring plan by December 31",
    "asked for a full report by June 21", "arrears to be paid by the end of April": a date after
    "by" on a verb with no tense of its own (an infinitive with "to", a gerund, "to be" and a
    participle) or on a noun is a deadline, which news reports as it is set: ahead. Not "by" on a
    verb with a tense ("sales had fallen by March", "By Wednesday you couldn't get near the
    buffet": what had happened by then)."""
    token = _the_edge_it_is_of(token)
    prep = token.head
    # the parser reads "by" after a passive as its agent: "arrears to be paid by the end of April"
    if token.dep_ != "pobj" or prep.lower_ != "by" or prep.dep_ not in ("prep", "agent"):
        return False
    holder = prep.head
    if holder.pos_ == "NOUN":  # "a full report by June 21"; not a subject: "the toll by Friday had risen"
        return holder.dep_ not in ("nsubj", "nsubjpass")
    helpers = {c.lower_ for c in holder.children if c.dep_ in ("aux", "auxpass")}
    if hoped_in_the_past(holder.head):  # "hoped to raise £50,000 by June but fell short": see there
        return False
    infinitive = holder.tag_ == "VB" and "to" in helpers
    gerund = holder.tag_ == "VBG" and not helpers
    return infinitive or gerund or holder.tag_ == "VBN" and helpers == {"to", "be"}


def end_point_reported_or_conditional(token: Token) -> bool:
    """ "The agency said the permit was valid until December", "provided they were received by
    31 March": a month or a day of one after a preposition that points ahead (lexicon
    forward_preps: "until", "by" …), or after "the end of" one, in a clause a speech verb reports
    or an "if", "unless" or "provided" opens, is an end point that may still lie ahead, whatever
    the clause's past says (reported speech and conditions shift the tense back; "said the
    ballots were counted by 3 November" is as often past): the nearer such date, not the last
    one. Not a past perfect ("said he had worked there until March"), nor a weekday ("said the
    road was closed until Friday" tells of last week as often), nor a narrative's "He served
    until May"."""
    token = _the_edge_it_is_of(token)
    prep = token.head
    # the parser reads "by" after a passive as its agent: "provided they were received by 31 March"
    if token.dep_ != "pobj" or prep.dep_ not in ("prep", "agent") or prep.lower_ not in LEXICON.forward_preps:
        return False
    verb = climb(prep, lambda t: t.pos_ not in ("VERB", "AUX"), limit=4)
    if not any(t.lower_ in LEXICON.month_names for t in prep.subtree) or "had" in auxiliaries(verb):
        return False
    marks = [c for c in verb.children if c.dep_ == "mark"]
    if verb.dep_ == "pcomp":  # "provided they were received": the parser may make "provided" a preposition
        marks.append(verb.head)
    return any(m.lower_ in LEXICON.condition_marks for m in marks) or reporting_verb(verb) is not None


def _the_edge_it_is_of(date: Token) -> Token:
    """ "end" of "by the end of April" (lexicon edge_words): the phrase whose preposition places
    the date, where the date is the edge's; else the date itself."""
    of = date.head
    edge = of.head
    if date.dep_ == "pobj" and of.lower_ == "of" and edge.lower_ in LEXICON.edge_words and edge.dep_ == "pobj":
        return edge
    return date


def first_date_of_a_list(token: Token) -> Token:
    """ "Monday" of "on Monday and Tuesday": the later dates of a list take the first's tense."""
    return climb(token, lambda t: t.dep_ == "conj" and t.head.i < t.i and t.head.ent_type_ in ("DATE", "TIME"))


def expected_of_a_noun(token: Token) -> bool:
    """ "elections due in November", "a rise likely in July": a word of expectation on a noun, not
    after "be" (whose tense `due_in_the_past` and `be_to` read), puts the date ahead."""
    prep = token.head
    word = prep.head if prep.dep_ == "prep" else None
    return (
        word is not None
        and word.pos_ == "ADJ"
        and word.lower_ in LEXICON.expectation_words
        and word.head.lemma_ != "be"
        and not any(c.lemma_ == "be" for c in word.children)
    )


def tense(token: Token, switches: Switches | None = None) -> str:
    """future, perfect, past, present, arranged, reported, asked or unknown (see the module's
    docstring), from the verb that governs a token; the rules `switches` turns off are skipped,
    and the one that decides is counted."""
    switches = switches if switches is not None else Switches()

    def decides(rule: Callable, check: Callable[[], bool]) -> bool:
        name = rule_name(rule)
        if switches.on(name) and check():
            switches.fire(name)
            return True
        return False

    token = first_date_of_a_list(token)
    if decides(deadline_ahead, lambda: deadline_ahead(token)):
        return "future"
    if decides(expected_of_a_noun, lambda: expected_of_a_noun(token)):
        return "future"
    saying = verb_of_speech_right_before(token)
    verb = saying if saying is not None and decides(dates_the_saying, lambda: True) else governing_verb(token)
    if verb is None:
        return "unknown"
    if decides(asked_ahead, lambda: asked_ahead(token)):
        return "asked"
    asking = verb_asking_for_an_event(token)
    if asking is not None and decides(event_asked_ahead, lambda: True):
        return "future" if perfect(asking) else "asked"
    if decides(foretold, lambda: foretold(token)):
        return "future"
    if decides(forecast_for_a_day, lambda: forecast_for_a_day(token)):
        return "asked"  # the nearer such weekday; a month or a day of one, the nearer such date
    result = next((marks for marks, marked in TENSE_RULES if decides(marked, _marks(marked, verb, token))), None)
    if result is None and decides(scheduled_present, lambda: scheduled_present(verb, token)):
        result = "future"
    if result is None:
        result = "present" if decides(plain_present, lambda: plain_present(verb, token)) else "unknown"
    if result not in ("past", "perfect", "arranged") and decides(dates_a_noun, lambda: dates_a_noun(token)):
        return "unknown"
    end_point = end_point_reported_or_conditional
    if result == "past" and decides(end_point, lambda: end_point(token)):
        return "unknown"  # the nearer such date (dates._by_tense)
    return result


def verb_of_speech_right_before(token: Token) -> Token | None:
    """ "The ministry said on Friday it would propose …", "police said Tuesday they would reopen":
    a date right after a verb of speech with a tense (after "on" or not) dates the saying, though
    the parser, with no "that" to end the saying's words, often hangs the date on the verb
    reported, whose "would" would put it ahead. The verb of speech, or None."""
    start = token.left_edge.i
    before = token.doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ == "on" and start > 1:
        before = token.doc[start - 2]
    if before is None or before.tag_ not in ("VBD", "VBZ", "VBP") or before.lemma_.lower() not in LEXICON.speech_verbs:
        return None
    return before


def dates_the_saying(token: Token) -> bool:
    """The switch of `verb_of_speech_right_before` (see there)."""
    return verb_of_speech_right_before(token) is not None


def _marks(marked: Callable[[Token], bool], verb: Token, token: Token) -> Callable[[], bool]:
    """Does the verb carry the rule's marker, for this date? A rule that looks ahead from the
    verb says nothing of a date that hangs deeper (`deeper`)."""
    return lambda: marked(verb) and not (marked in LOOKING_AHEAD and deeper(token))


def rule_name(rule: Callable) -> str:
    """A tense rule's switch: "tense_" and its function's name ("tense_simple_past")."""
    return "tense_" + rule.__name__


_ALL_TENSE_RULES: list[Callable[..., bool]] = [  # every switchable tense rule, in the order `tense` tries them
    deadline_ahead,
    expected_of_a_noun,
    dates_the_saying,
    asked_ahead,
    event_asked_ahead,
    foretold,
    forecast_for_a_day,
    *(marked for _, marked in TENSE_RULES),
    scheduled_present,
    plain_present,
    dates_a_noun,
    end_point_reported_or_conditional,
]
TENSE_RULE_NAMES = [rule_name(rule) for rule in _ALL_TENSE_RULES]
