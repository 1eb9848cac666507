"""What New event from text proposes, read as a test compares it."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event


def roles_proposed(store: Store, text: str) -> dict[str, str]:
    """New event from text's roles, by the participants' names."""
    with store.session() as session:
        proposal = propose_event(session, text)
    names = {pid: name for pid, name, _native in proposal.participants}
    return {names[pid]: role for pid, role in proposal.roles.items()}


def new_proposed(store: Store, text: str, *fields: str) -> list[tuple[str, ...]]:
    """The participants New event from text offers as new, each as the values
    of its ``fields`` ("name", "role", "country", …)."""
    with store.session() as session:
        proposal = propose_event(session, text)
    return [tuple(getattr(new, field) for field in fields) for new in proposal.new_names]
