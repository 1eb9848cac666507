"""What a participant's affiliation and parent may be, said once for every
path that writes them: the form and the operations, and an import's bulk
writing and its table of participants.

A person has an affiliation (an organisation or group they work for); an
organisation or group has a parent (the organisation or group it sits
under), and so one that people work for or units sit under stays an
organisation or group.  A chain of parents never comes back to where it
started: a ministry under its own bureau would make every "with those under
it" filter and every hierarchy a reader draws from the data circular.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

ORGANISATIONS = ("organization", "group")
CIRCLE = "would make an organisation its own ancestor"

# The fields that describe only some kinds of participant: a person's post and
# employer, an organisation's or group's place in a hierarchy and its type.
# A country has none of them.
KIND_FIELDS = {"position": ("person",), "affiliation": ("person",),
               "parent": ORGANISATIONS, "org_type": ORGANISATIONS}


def fits_kind(field: str, kind: str | None) -> bool:
    """Whether ``field`` describes a participant of ``kind`` (the fields
    not in ``KIND_FIELDS`` describe every kind)."""
    return field not in KIND_FIELDS or kind in KIND_FIELDS[field]


def reference_problems(kind: str | None, affiliation_kind: str | None,
                       parent_kind: str | None = None, *, has_affiliation: bool,
                       has_parent: bool) -> list[tuple[str, str]]:
    """(field, message) for each rule a participant of ``kind`` breaks with
    an affiliation and a parent (of ``affiliation_kind`` and ``parent_kind``,
    None if unknown)."""
    problems = []
    if has_affiliation:
        if kind != "person":
            problems.append(("affiliation", "only a person has an affiliation"))
        if affiliation_kind is not None and affiliation_kind not in ORGANISATIONS:
            problems.append(("affiliation", "must be an organisation or group"))
    if has_parent:
        if kind not in ORGANISATIONS:
            problems.append(("parent", "only an organisation or group has a parent"))
        if parent_kind is not None and parent_kind not in ORGANISATIONS:
            problems.append(("parent", "must be an organisation or group"))
    return problems


def participant_problems(participant_id: str, kind: str | None, affiliation: str | None,
                         parent: str | None, kinds: Mapping[str, str | None],
                         parent_of: Callable[[str], str | None] | Mapping[str, str | None]
                         ) -> list[tuple[str, str]]:
    """(field, message) for each rule the participant breaks, its
    affiliation's and parent's kinds read from ``kinds`` (absent: unknown)
    and the chain of parents from ``parent_of``."""
    problems = reference_problems(kind, kinds.get(affiliation) if affiliation else None,
                                  kinds.get(parent) if parent else None,
                                  has_affiliation=bool(affiliation), has_parent=bool(parent))
    if comes_back(participant_id, parent, parent_of):
        problems.append(("parent", CIRCLE))
    return problems


def dependants_problem(kind: str | None, dependants: list[str]) -> str | None:
    """Why a participant of ``kind`` cannot be what ``dependants`` (their
    names) give as their affiliation or parent, if it cannot."""
    if kind in ORGANISATIONS or not dependants:
        return None
    named = ", ".join(dependants[:3]) + (f" and {len(dependants) - 3} more"
                                          if len(dependants) > 3 else "")
    return (f"{named} {'has' if len(dependants) == 1 else 'have'} it as affiliation or "
            "parent: only an organisation or group can be one")


def comes_back(participant_id: str, parent_id: str | None,
               parent_of: Callable[[str], str | None] | Mapping[str, str | None]) -> bool:
    """Whether the chain of parents from ``parent_id`` comes back to the
    participant (``parent_of`` gives each participant's parent).  A circle
    higher up the chain, which does not hold the participant, is not its
    doing: the walk stops there."""
    parent = parent_of.get if isinstance(parent_of, Mapping) else parent_of
    seen = {participant_id}
    current = parent_id
    while current is not None and current not in seen:
        seen.add(current)
        current = parent(current)
    return current == participant_id
