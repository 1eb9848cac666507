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
