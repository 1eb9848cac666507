"""New event from text on Colombian reports of a state visit: a president
named again by his first family name ("Petro" of "Gustavo Francisco Petro
Urrego", one person), a visit "at the invitation of the President of the
People's Republic of China, Xi Jinping," (the inviter, named after his post,
hosts; the visitor takes part), and days "between October 24 and 26, 2023"."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_a_president_named_again_by_his_first_family_name(sample_store: Store) -> None:
    text = ("President Xi Jinping held talks with visiting Colombian President Gustavo Francisco "
            "Petro Urrego in Beijing. Petro started a three-day state visit to China on Tuesday.")
    assert new_proposed(sample_store, text, "name", "country") == [
        ("Xi Jinping", ""), ("Gustavo Francisco Petro Urrego", "CO")]


def test_a_state_visit_at_the_invitation_of_a_president_named_after_his_post(
        sample_store: Store) -> None:
    text = ("At the invitation of the President of the People's Republic of China, Xi Jinping, "
            "the President of the Republic of Colombia, Gustavo Petro Urrego, paid a state visit "
            "to the People's Republic of China between October 24 and 26, 2023.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert proposal.date == "2023-10-24/2023-10-26"
    assert sorted((new.name, new.role, new.country) for new in proposal.new_names) == [
        ("Gustavo Petro Urrego", "participant", "CO"), ("Xi Jinping", "host", "CN")]
