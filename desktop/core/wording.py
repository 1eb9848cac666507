"""Values in words, as a message says them: counts ("1 event", "2 events"),
what a value a file holds is ("a number", "an object"), and fields by the
names the forms give them ("native title", not "native_title")."""

from __future__ import annotations

import json
from typing import Any

# How the window names an event's status (the store keeps the keys).
STATUS_LABELS = {"draft": "Draft", "needs_review": "Needs review", "verified": "Verified"}
# How the window names a participant's kind.
KIND_LABELS = {"person": "Person", "organization": "Organisation", "country": "Country",
               "group": "Group"}
# A count of participants of a kind, in words: "13 people", "1 organisation".
_KIND_NOUNS = {"person": ("person", "people"), "organization": ("organisation", "organisations"),
               "country": ("country", "countries"), "group": ("group", "groups")}


def counted_kind(count: int, kind: str) -> str:
    singular, plural = _KIND_NOUNS.get(kind, (kind, f"{kind}s"))
    return counted(count, singular, plural)


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """``count`` with the noun it counts, singular for exactly one; thousands
    separated as the rest of the app writes them ("2,994 events")."""
    noun = singular if count == 1 else plural or f"{singular}s"
    return f"{count:,} {noun}"


def changed_of(changed: int, total: int, noun: str) -> str:
    """What a change to several records did: "2 of 3 events changed; 1 was
    already so"."""
    said = f"{changed:,} of {counted(total, noun)} changed"
    same = total - changed
    return said + (f"; {same:,} {'was' if same == 1 else 'were'} already so" if same else "")


def json_kind(value: Any) -> str:
    """What a value is, in the words of the JSON a file holds it in."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, str):
        return f"the text {json.dumps(value, ensure_ascii=False)[:40]}"
    if isinstance(value, int | float):
        return "a number"
    return "a list" if isinstance(value, list) else "an object"


# Field names that read differently in words than with their "_" made a space.
_FIELD_WORDS = {"url": "URL", "sort_order": "order", "org_type": "organisation type",
                "copy_sha256": "saved copy", "copy_name": "saved copy's name",
                "participant_id": "participant", "co_hosts": "co-hosts",
                "co_organizers": "co-organizers", "source_url": "source URL"}


def field_in_words(field: str) -> str:
    """A field's name as the forms say it: "native_title" is "native title"."""
    return _FIELD_WORDS.get(field, field.replace("_", " "))


SAME_START = 40  # letters two values share before a cell starts at their difference


def from_the_difference(shown: str, other: str) -> str:
    """``shown``, starting a few words before where it differs from ``other``
    when they share a long start: a cell cut at its end (the merge's table, the
    History tab, Activity) showed a summary and its colleague's version alike
    ("A one-day forum in Luoyang on using AI t…") where one sentence at the end
    was theirs."""
    same = next((at for at, (mine, theirs) in enumerate(zip(shown, other, strict=False))
                 if mine != theirs), min(len(shown), len(other)))
    if same < SAME_START or shown == other:
        return shown
    start = shown.rfind(" ", 0, same - 15) + 1  # a word or two of what they share
    return "…" + shown[start:]
