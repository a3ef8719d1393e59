"""Dates resolved against the brief's date, with the tense of their clause."""

import pytest


def values(annotation):
    return [(t.expression, t.value) for t in annotation.timexes]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ankara downed a Russian jet on Tuesday.", [("Tuesday", "2015-11-24")]),
        (
            "The leader will hold talks on Wednesday and on Sunday.",
            [("Wednesday", "2015-11-25"), ("Sunday", "2015-11-29")],
        ),
        ("The attacks in Paris on November 13 killed 130 people.", [("November 13", "2015-11-13")]),
        ("Those strikes were joined in September by Russia.", [("September", "2015-09")]),
        ("Hollande met earlier this week with David Cameron.", [("earlier this week", "2015-W48")]),
        ("Prices rose last week and fell last month.", [("last week", "2015-W47"), ("last month", "2015-10")]),
        ("Yesterday he left; tomorrow he returns.", [("Yesterday", "2015-11-23"), ("tomorrow", "2015-11-25")]),
        (
            "The plan was drafted in 2004 and revised on March 4, 2011.",
            [("2004", "2004"), ("March 4, 2011", "2011-03-04")],
        ),
        ("Seventeen years ago this was not possible.", [("Seventeen years ago", "1998")]),
        ("Sales fell in the last week of March.", [("the last week of March", "2015-W13")]),
        ("Markets will stay closed until Friday.", [("Friday", "2015-11-27")]),
    ],
)
def test_resolution(annotate, text, expected):
    annotation, _ = annotate(text)
    assert values(annotation) == expected


def test_impossible_and_odd_dates_are_left_off(annotate):
    annotation, _ = annotate("The meeting on February 30 was cancelled. It cost 2,000 dollars in '08.")
    assert values(annotation) == []


def test_editor_override_fixes_a_value(annotate):
    annotation, notes = annotate(
        "The vote took place on Tuesday.",
        dates=[
            {"expression": "Tuesday", "context": "vote", "date": "2015-11-17"},
            {"expression": "Monday", "date": "2015-11-23"},
        ],
    )
    assert values(annotation) == [("Tuesday", "2015-11-17")]
    assert notes == ["date override for 'Monday' matches no dated expression"]


def test_event_summary_is_the_clause(annotate):
    annotation, _ = annotate(
        "Officials said that Ankara downed a Russian jet on Tuesday, a move that angered Moscow "
        "and raised fears of a wider conflict across the region."
    )
    assert annotation.timexes[0].summary.startswith("Ankara downed a Russian jet on Tuesday")
