"""The tense of a date's clause (tense.py): which way a weekday or a month without a year points.

The brief is dated Tuesday 2015-11-24; each sentence is invented.
"""

import pytest


def values(annotation):
    return [(t.expression, t.value) for t in annotation.timexes]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "is to", "due to": present "be" with a to-infinitive plans the event
        ("The two envoys are to meet on Friday.", [("Friday", "2015-11-27")]),
        ("On Thursday, the ministers are to sign the accord.", [("Thursday", "2015-11-26")]),
        ("The ferry is due to dock on Monday.", [("Monday", "2015-11-30")]),
        # "set to", "expected to", "will be held"
        ("The vote is set to take place on Thursday.", [("Thursday", "2015-11-26")]),
        ("The summit will be held in March.", [("March", "2016-03")]),
        # a scheduling verb in the passive
        ("The harvest festival is scheduled for Saturday.", [("Saturday", "2015-11-28")]),
        ("A December 3 hearing has been scheduled by the court.", [("December 3", "2015-12-03")]),
        # modals of what may or must happen
        ("The new bridge should be finished in December.", [("December", "2015-12")]),
        ("The lease may be signed on January 5.", [("January 5", "2016-01-05")]),
        # the perfect points back, unless a preposition points ahead
        ("The curfew has remained in force until Friday.", [("Friday", "2015-11-27")]),
        ("The council has kept all libraries closed until Friday.", [("Friday", "2015-11-27")]),
        ("Fuel prices have fallen since Monday.", [("Monday", "2015-11-23")]),
        # a weekday named on its own day is that day; "next" and "last" are a week away
        ("The probe will land on Tuesday.", [("Tuesday", "2015-11-24")]),
        ("The probe will land next Tuesday.", [("next Tuesday", "2015-12-01")]),
        ("The probe landed last Tuesday.", [("last Tuesday", "2015-11-17")]),
    ],
)
def test_the_clause_decides_the_direction(annotate, text, expected):
    annotation, _ = annotate(text)
    assert values(annotation) == expected
