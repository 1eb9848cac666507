"""New event from text on a Thai report: a meeting "with Permanent Secretary Dr.
… of Ministry of Higher Education, Science, Research and Innovation of Thailand
in Bangkok" — the place where they met (past the "Dr."), and Thailand only
whose ministry it is (its name holds commas)."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed

MEETING = ("On June 30, 2025, Secretary General Shi Zhongjun of the ASEAN-China Centre (ACC) "
           "met with Permanent Secretary Dr. Supachai Pathumnakul of Ministry of Higher "
           "Education, Science, Research and Innovation of Thailand in Bangkok.")


def test_a_meeting_in_a_city_with_a_permanent_secretary_of_a_ministry(
        sample_store: Store) -> None:
    with sample_store.session() as session:
        proposal = propose_event(session, MEETING)
    assert (proposal.date, proposal.place) == ("2025-06-30", "Bangkok")
    assert roles_proposed(sample_store, MEETING) == {"Shi Zhongjun": "participant"}
    assert new_proposed(sample_store, MEETING, "name", "role", "country", "position") == [
        ("Supachai Pathumnakul", "participant", "TH", "Permanent Secretary")]
