"""How each of two related events reads their relation.

A relation is held by one event and names the other: "the signing is part of
the summit" is held by the signing; the summit reads it "includes the
signing".  Kept apart from the store so that the reports (the chronology) and
the command line read these words without loading SQLAlchemy.
"""

from __future__ import annotations

# part of it (a signing at a summit), a follow-up to it, an edition of the
# same series, or otherwise related
RELATION_KINDS = ("part_of", "follow_up", "same_series", "related")

# kind: (as the event holding it reads it, as the other event reads it)
_LABELS = {
    "part_of": ("Part of", "Includes"),
    "follow_up": ("Follow-up to", "Followed up by"),
    "same_series": ("Same series as", "Same series as"),
    "related": ("Related to", "Related to"),
}
SYMMETRIC = frozenset(kind for kind, (held, other) in _LABELS.items() if held == other)
# Every label once, in the order a menu offers them.
LABELS = tuple(dict.fromkeys(label for kind in RELATION_KINDS for label in _LABELS[kind]))


def label_of(kind: str, held: bool) -> str:
    """How an event reads a relation of ``kind`` it holds (or the other holds)."""
    return _LABELS[kind][0 if held else 1]


def kind_of(label: str) -> tuple[str, bool]:
    """The kind a label stands for, and whether the event reading it holds it."""
    for kind, (held, other) in _LABELS.items():
        if label == held:
            return kind, True
        if label == other:
            return kind, False
    raise ValueError(f"'{label}' is not a relation between events")


# The Relations filter: what an event is to others, by key, as the filter
# lists it; "part_of" and "includes" are the two ends of one kind, the other
# kinds read the same from either end.
RELATION_FACETS = {
    "part_of": "Part of another",
    "includes": "Includes others",
    "follow_up": "Follow-ups, either way",
    "same_series": "In a series",
    "related": "Related to another",
}
