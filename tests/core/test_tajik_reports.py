"""New event from text on Tajik reports: a guest "warmly met by" his host, a
visit that "continued in the city of Xi’an", and a post of a country named
with its "the" kept as written ("President of the Republic of Tajikistan")."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_a_guest_met_by_his_host_where_a_visit_went_on(sample_store: Store) -> None:
    text = ("Tajikistan and China hold top-level talks\n\n"
            "On 18 May 2023, the state visit of the President of the Republic of Tajikistan, "
            "Emomali Rahmon, continued in the city of Xi'an, People's Republic of China.\n\n"
            "The guest, the President of the Republic of Tajikistan, Emomali Rahmon, was warmly "
            "met by the leader of the host country, the President of the People's Republic of "
            "China, Xi Jinping.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.place, proposal.date, proposal.event_type) == ("Xi'an", "2023-05-18", "visit")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Emomali Rahmon", "participant", "TJ", "President of the Republic of Tajikistan"),
        ("Xi Jinping", "host", "CN", "President of the People's Republic of China")]
