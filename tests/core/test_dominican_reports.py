"""New event from text on reports from the Dominican Republic: "Dominican"
its people (not Dominica's, as the news means it); one "who came to Beijing
to sign" a communiqué after a meeting signed it, not the one who met him; an
embassy opened "in the country's capital Santo Domingo" opened there, though
the text names a post in Beijing after."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_one_who_came_to_sign_signed_not_the_one_he_met(sample_store: Store) -> None:
    text = ("Chinese Vice President Wang Qishan on Tuesday met with Dominican Foreign Minister "
            "Miguel Vargas, who came to Beijing to sign a joint communique on diplomatic ties "
            "between the two countries.")
    assert sorted(new_proposed(sample_store, text, "name", "role", "country")) == [
        ("Miguel Vargas", "signatory", "DO"), ("Wang Qishan", "participant", "CN")]


def test_an_embassy_opened_in_the_countrys_capital(sample_store: Store) -> None:
    text = ("China opens embassy in Dominican Republic\n\n"
            "China opened its embassy in the country's capital Santo Domingo on Friday.\n\n"
            "Rosa Ng Baez, the former Dominican trade representative in Beijing, said she was "
            "happy to have helped.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == "Santo Domingo"
