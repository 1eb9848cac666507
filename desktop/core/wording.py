"""Counts in words, as a message says them: "1 event", "2 events"."""

from __future__ import annotations


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """``count`` with the noun it counts, singular for exactly one; thousands
    separated as the rest of the app writes them ("2,994 events")."""
    noun = singular if count == 1 else plural or f"{singular}s"
    return f"{count:,} {noun}"
