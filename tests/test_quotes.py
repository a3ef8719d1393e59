"""Quotes: extraction on text alone, attribution with the real model."""

from briefing.annotate.quotes import find_quote_spans
from briefing.parse import parse


def spans(markdown):
    doc = parse(markdown)
    return [doc.text[s.inner_start : s.inner_end] for s in find_quote_spans(doc.text, doc.blocks)]


def test_straight_and_curly_quotes():
    assert spans('He said "we will win the war" and “they will not”.') == ["we will win the war", "they will not"]


def test_unbalanced_quote_is_dropped_at_the_paragraph_end():
    assert spans('She said “this never closes.\n\nNext paragraph with "a real quote here".') == ["a real quote here"]


def test_multi_paragraph_quote_continues_when_reopened():
    found = spans("“First part of a long statement.\n\n“Second part of it,” he said.")
    assert found == ["First part of a long statement.", "Second part of it,"]


def test_speech_in_single_marks_where_a_paragraph_has_no_double_ones():
    text = "'We are delighted,' said the coach. 'The players deserve it.' \u2018We will go on.\u2019"
    assert spans(text) == ["We are delighted,", "The players deserve it.", "We will go on."]


def test_a_single_quote_runs_on_into_the_next_paragraph_that_reopens_it():
    found = spans("'The first part of a long statement.\n\n'And the second part of it,' he said.")
    assert found == ["The first part of a long statement.", "And the second part of it,"]
    # not where the next paragraph opens no quote, nor where the open mark was a scare quote's
    assert spans("'The first part of a long statement.\n\nHe left.") == []
    text = "Ministers defended the so-called 'bedroom tax' in the Commons.\n\n'It is fair,' said Jo Bloggs."
    assert spans(text) == ["It is fair,"]
    # the open quote may begin a later sentence of its paragraph: British copy reopens it below
    text = "'We cut what we could,' said Jo Bloggs. 'Nobody wanted this.\n\n'But there was no choice,' she said."
    assert spans(text) == ["We cut what we could,", "Nobody wanted this.", "But there was no choice,"]
    text = "He said the plan was 'very sound'. 'Nobody wanted this.\n\nThe vote was held."  # not reopened
    assert spans(text) == ["very sound"]


def test_apostrophes_open_and_close_no_single_quotes():
    found = spans(
        "The farmers' union was 'disappointed' by it. 'We don't accept it, and we'll appeal,' said "
        "Jo Bloggs. 'It's the '90s all over again. Let 'em try,' he said. Rock 'n' roll."
    )
    assert found == ["We don't accept it, and we'll appeal,", "It's the '90s all over again. Let 'em try,"]
    assert spans("'The '08 crash hit us hard,' said a farmer.") == ["The '08 crash hit us hard,"]


def test_words_quoted_in_single_marks_inside_a_sentence_close_before_its_punctuation():
    text = (
        "The union called the offer 'an insult to our drivers'. Jo Bloggs said she was 'angry and "
        "let down', and left. The farmers' union was 'disappointed'. It was the Smiths' idea."
    )
    assert spans(text) == ["an insult to our drivers", "angry and let down"]
    # speech quoted whole, from the start of a sentence, runs past a plural possessive
    text = "'The money is the taxpayers', not the government's,' said Lucy Hill."
    assert spans(text) == ["The money is the taxpayers', not the government's,"]


def test_words_quoted_in_single_marks_inside_a_sentence_that_goes_on():
    text = (
        "Clubs were bought 'on a credit card' by owners. The port said it 'regrets the action' and"
        " would talk. It said the rise recognised 'the vital role teachers play' in schools."
    )
    assert spans(text) == ["on a credit card", "regrets the action", "the vital role teachers play"]
    # not a plural possessive before the word it owns, nor a scare quote after "so-called"
    assert spans("She praised 'the work of the farmers' union members today.") == []
    assert spans("Ministers defended the so-called 'bedroom tax' in the Commons.") == []


def test_single_marks_beside_double_ones_are_nested_quotes_not_speech():
    assert spans("“She told me 'we are leaving now,' and left,” he said.") == [
        "She told me 'we are leaving now,' and left,"
    ]


def test_quotes_in_headings_are_not_quotes():
    assert spans('# The "big" story\n\nText.') == []


def speakers(annotation):
    return [
        (q.text, annotation.entities[q.speaker].name if q.speaker is not None else None, q.method)
        for q in annotation.quotes
    ]


def test_speaker_after_and_before_the_quote(annotate):
    annotation, _ = annotate(
        "“We will continue to defend our nation,” Angela Merkel said on Monday.\n\n"
        "Merkel said: “The talks were very useful for everyone.”"
    )
    assert [s[1:] for s in speakers(annotation)] == [("Angela Merkel", "named"), ("Angela Merkel", "named")]


def test_according_to(annotate):
    annotation, _ = annotate("The plan will cost “far more than anyone expected”, according to John Smith.")
    assert speakers(annotation) == [("far more than anyone expected", "John Smith", "named")]


def test_role_and_pronoun(annotate):
    annotation, _ = annotate(
        "US President Barack Obama met Francois Hollande in Paris on Tuesday.\n\n"
        "“We stand with France,” said the US President.\n\n"
        "Hollande thanked the American people. “This is a fight for all of us,” he said."
    )
    result = speakers(annotation)
    assert result[0][1:] == ("Barack Obama", "role")
    assert result[1][1:] == ("Francois Hollande", "pronoun")


def test_quote_without_speaker_stays_unattributed(annotate):
    annotation, _ = annotate("Critics were unhappy. “Russia right now is a coalition of two countries”.")
    assert speakers(annotation) == [("Russia right now is a coalition of two countries", None, "none")]


def test_scare_quotes_are_not_quotes(annotate):
    annotation, _ = annotate('The girls were granted "parole" status in the "Hope" building.')
    assert annotation.quotes == []


def test_a_short_quote_that_is_a_sentence_of_its_own_is_speech(annotate):
    annotation, _ = annotate("“We are writing everything by hand,” said Maria Lopez. “It's chaos.”")
    assert [s[1:] for s in speakers(annotation)] == [("Maria Lopez", "named"), ("Maria Lopez", "continuation")]
    annotation, _ = annotate("The band, known as “The Owls.”, split. Critics called the name “Too Long.”")
    assert [s[0] for s in speakers(annotation)] == []  # names inside a sentence are no speech


def test_declining_to_comment_is_no_speech(annotate):
    annotation, _ = annotate(
        "“Bruno did a great job,” said Rui Costa. “I hope to continue it.” Bruno Alves declined to comment."
    )
    assert [s[1] for s in speakers(annotation)] == ["Rui Costa", "Rui Costa"]


def test_continuation_inherits_the_speaker(annotate):
    annotation, _ = annotate(
        "“Ten years ago, none of this was open to us,” said Ambassador Farid Nazari.\n\n"
        "“They represent our aspirations and resilience.”"
    )
    assert [s[1:] for s in speakers(annotation)] == [("Farid Nazari", "named"), ("Farid Nazari", "continuation")]


def test_editor_override_sets_and_reports(annotate):
    annotation, notes = annotate(
        "“We must act now before it is too late”, an official said.",
        speakers=[{"quote": "We must act", "speaker": "Jane Doe"}, {"quote": "Nothing like this", "speaker": None}],
    )
    assert speakers(annotation) == [("We must act now before it is too late", "Jane Doe", "override")]
    assert notes == ["speaker override for quote 'Nothing like this' matches no quote"]


def test_quotes_closed_or_opened_with_a_mark_of_the_wrong_direction():
    assert spans("She said “we will stay“ and left.") == ["we will stay"]
    assert spans("He said ”the vote was fair” on Monday.") == ["the vote was fair"]


def test_a_block_quotation_without_marks_is_a_quote():
    assert spans("Jane Roe wrote to the board:\n\n> The plant will close by spring.\n\nThen she left.") == [
        "The plant will close by spring."
    ]


def test_a_block_quotation_with_its_own_marks_is_not_quoted_twice():
    assert spans("> “The plant will close,” she wrote.") == ["The plant will close,"]


def test_a_block_quotation_is_attributed_to_its_introduction(annotate):
    annotation, _ = annotate(
        "Jane Roe wrote to the board:\n\n> The plant will close by spring.\n\nJohn Doe said “it will not” then."
    )
    assert speakers(annotation) == [
        ("The plant will close by spring.", "Jane Roe", "named"),
        ("it will not", "John Doe", "named"),
    ]


def test_no_sentence_crosses_a_paragraph_break(annotate):
    markdown = "NORTHTOWN, March 4\n\nAcme Bank said it would cut jobs.\n\n# Jobs\n\nThe cuts start in May."
    annotation, _ = annotate(markdown)
    text = parse(markdown).text
    assert [text[start:end].strip() for start, end in annotation.sentences] == [
        "NORTHTOWN, March 4",
        "Acme Bank said it would cut jobs.",
        "Jobs",
        "The cuts start in May.",
    ]
    assert all("\n\n" not in text[m.start : m.end] for m in annotation.mentions)


def test_a_quote_opening_a_paragraph_keeps_its_introduction(annotate):
    annotation, _ = annotate("Jane Roe stated,\n\n“The driver took the old road. Nobody saw him again.”")
    assert speakers(annotation) == [("The driver took the old road. Nobody saw him again.", "Jane Roe", "named")]


def test_words_quoted_in_single_marks_are_attributed(annotate):
    annotation, _ = annotate("Union organiser Ada Quell called the offer 'an insult to our drivers'.")
    assert speakers(annotation) == [("an insult to our drivers", "Ada Quell", "named")]


def test_speech_in_single_marks_is_attributed(annotate):
    annotation, _ = annotate("'We are delighted,' said coach Tom Hale. 'The players deserve it.'")
    assert speakers(annotation) == [
        ("We are delighted,", "Tom Hale", "named"),
        ("The players deserve it.", "Tom Hale", "continuation"),
    ]
