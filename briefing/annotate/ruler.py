"""The match step of spaCy's attribute ruler, answered from a table: same matches, a tenth of the time.

The English pipeline's `attribute_ruler` maps each fine-grained tag to its part of speech and
morphology, and fixes a few words ("his", "'s", "gon na"). It holds about 180 one-token patterns
and gives them all to spaCy's Matcher, which tries every pattern at every token: about 9% of
the whole pipeline's time, for what is mostly a dictionary lookup. Here the patterns that test
one token for equal values (TAG, LOWER, DEP, or a list of values with IN) go into tables keyed
by those values; the few others (several tokens, REGEX, NOT_IN, IS_SPACE) are tested only where
one of their equality tests holds. A pattern this does not understand (other attributes or
operators) goes to a Matcher of its own, as before. The ruler then sets the attributes from the
same list of matches in the same order (tests/test_ruler.py checks that on real articles).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import product
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.matcher import Matcher
from spacy.tokens import Doc

ATTRIBUTES = {"LOWER": LOWER, "DEP": DEP, "TAG": TAG, "IS_SPACE": IS_SPACE}  # the columns of doc.to_array below

Match = tuple[int, int, int, int]  # (rule number, match id, start, end), as AttributeRuler.match gives them
Test = tuple[str, str, Any]  # (column, "EQ" | "IN" | "NOT_IN" | "REGEX", a hash, a set of hashes or a regex)


def speed_up(nlp) -> None:
    """Give the pipeline's attribute ruler, if it has one, the table-driven match step."""
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        ruler.match = IndexedMatch(ruler)  # an instance attribute, in front of AttributeRuler.match


class IndexedMatch:
    """AttributeRuler.match for one ruler: the sorted list of its matches in a Doc."""

    def __init__(self, ruler) -> None:
        self.strings = strings = ruler.vocab.strings
        # {columns tested: {their values' hashes: [(rule number, match id)]}}
        self.tables: dict[tuple[str, ...], dict[tuple[int, ...], list[tuple[int, int]]]] = {}
        # The other patterns we can test, each with an equality test to find where it may start.
        self.scanned: list[tuple[int, int, list[list[Test]], tuple[int, str, set[int]] | None]] = []
        self.others = Matcher(ruler.vocab)  # and those we cannot
        for number, rule in enumerate(ruler.patterns):
            match_id = strings.add(str(number))  # how AttributeRuler.add names rule `number`
            for pattern in rule["patterns"]:
                tests = [t for t in (_token_tests(token, strings) for token in pattern) if t is not None]
                if not tests or len(tests) < len(pattern):
                    self.others.add(str(number), [pattern])
                elif len(tests) == 1 and all(kind in ("EQ", "IN") for _, kind, _ in tests[0]):
                    self._tabulate(number, match_id, tests[0])
                else:
                    self.scanned.append((number, match_id, tests, _anchor(tests)))

    def _tabulate(self, number: int, match_id: int, tests: list[Test]) -> None:
        columns = tuple(column for column in ATTRIBUTES for test_column, _, _ in tests if test_column == column)
        allowed = {column: sorted(value) if kind == "IN" else [value] for column, kind, value in tests}
        table = self.tables.setdefault(columns, {})
        for key in product(*(allowed[column] for column in columns)):
            if (number, match_id) not in table.setdefault(key, []):
                table[key].append((number, match_id))

    def __call__(self, doc: Doc) -> list[Match]:
        values = dict(zip(ATTRIBUTES, doc.to_array(list(ATTRIBUTES.values())).T.tolist(), strict=False))
        found: set[Match] = set()
        for columns, table in self.tables.items():
            for start, key in enumerate(zip(*(values[column] for column in columns), strict=False)):
                rules = table.get(key)
                if rules:
                    found.update((number, match_id, start, start + 1) for number, match_id in rules)
        for number, match_id, tests, anchor in self.scanned:
            starts: Iterable[int] = range(len(doc) - len(tests) + 1)
            if anchor is not None:
                offset, column, wanted = anchor
                starts = [
                    i - offset
                    for i, value in enumerate(values[column])
                    if value in wanted and 0 <= i - offset <= len(doc) - len(tests)
                ]
            for start in starts:
                if all(
                    self._holds(test, values[test[0]][start + offset])
                    for offset, token_tests in enumerate(tests)
                    for test in token_tests
                ):
                    found.add((number, match_id, start, start + len(tests)))
        for match_id, start, end in self.others(doc, allow_missing=True, as_spans=False) if len(self.others) else ():
            found.add((int(self.strings[match_id]), match_id, start, end))
        return sorted(found)

    def _holds(self, test: Test, value: int) -> bool:
        _, kind, expected = test
        if kind == "EQ":
            return value == expected
        if kind == "IN":
            return value in expected
        if kind == "NOT_IN":
            return value not in expected
        return bool(expected.search(self.strings[value]))


def _anchor(tests: list[list[Test]]) -> tuple[int, str, set[int]] | None:
    """(offset, column, values) of the pattern's most selective equality test, if it has one."""
    choices = [
        (list(ATTRIBUTES).index(column), offset, column, {value} if kind == "EQ" else value)
        for offset, token_tests in enumerate(tests)
        for column, kind, value in token_tests
        if kind in ("EQ", "IN")
    ]
    return min(choices, key=lambda choice: choice[:2])[1:] if choices else None


def _token_tests(token: dict, strings) -> list[Test] | None:
    """The tests of one token of a pattern, or None if it uses anything but plain values, IN,
    NOT_IN and REGEX on the columns above."""
    tests: list[Test] = []
    for column, condition in token.items():
        if column not in ATTRIBUTES:
            return None
        if isinstance(condition, bool):
            tests.append((column, "EQ", int(condition)))
        elif isinstance(condition, str):
            tests.append((column, "EQ", strings.add(condition)))
        elif isinstance(condition, dict) and len(condition) == 1:
            ((kind, argument),) = condition.items()
            if kind in ("IN", "NOT_IN") and all(isinstance(v, str) for v in argument):
                tests.append((column, kind, {strings.add(v) for v in argument}))
            elif kind == "REGEX" and isinstance(argument, str):
                tests.append((column, kind, re.compile(argument)))
            else:
                return None
        else:
            return None
    return tests
