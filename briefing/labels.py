"""The words a reader sees for an entity's type and for how a quote's speaker was found, and
which of those ways an editor should check. Templates use them as the `type_label` and
`method_label` filters and the `uncertain` test (`quote.method is uncertain`)."""

from __future__ import annotations

TYPE_LABELS = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "EVENT": "event",
    "PRODUCT": "product",
    "WORK_OF_ART": "work",
    "LAW": "law",
}
METHOD_LABELS = {
    "named": "named in the text",
    "role": "named by role",
    "pronoun": "resolved from a pronoun",
    "continuation": "continues the quote before",
    "named_later": "named where the quote goes on",
    "override": "set by an editor",
    "none": "unattributed",
}
# Attributions that rest on an inference: pages mark these quotes for an editor to confirm.
UNCERTAIN_METHODS = frozenset({"pronoun", "continuation", "named_later", "role"})


def type_label(entity_type: str) -> str:
    return TYPE_LABELS.get(entity_type, entity_type.lower())


def method_label(method: str) -> str:
    return METHOD_LABELS.get(method, method)


def is_uncertain(method: str) -> bool:
    return method in UNCERTAIN_METHODS


def plural(count: int, word: str) -> str:
    """ "1 mention", "2 mentions": the `plural` filter (a filter, not a macro: thousands a build)."""
    return f"{count} {word}{'s' if count != 1 else ''}"


def type_class(entity_type: str) -> str:
    """The `t-…` class of a mention in a brief's body: types without a label share "other"."""
    return TYPE_LABELS.get(entity_type, "other")
