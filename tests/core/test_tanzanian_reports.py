"""New event from text on Tanzanian reports: a signatory described as "a
member of the Standing Committee of …" (his post; China only whose the
committee is) before the second signatory, a dateline's city in capitals
written as the text writes it ("Dar es Salaam"), and a post in capitals
("PRESIDENT John Magufuli")."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def test_a_member_of_a_committee_and_a_regional_commissioner_signed(
        sample_store: Store) -> None:
    text = ("Shaanxi and Dar es Salaam explore cooperation\n\n"
            "DAR ES SALAAM, Nov. 27 (Xinhua) -- The letter of intent was signed between Li "
            "Mingyuan, a member of the Standing Committee of Communist Party of China Shaanxi "
            "Provincial Committee, and Albert Chalamila, the regional commissioner.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == "Dar es Salaam"
    assert roles_proposed(sample_store, text) == {}
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Li Mingyuan", "signatory", "member"), ("Albert Chalamila", "signatory", "")]


def test_a_post_written_in_capitals(sample_store: Store) -> None:
    text = ("PRESIDENT John Magufuli yesterday witnessed the signing of three agreements "
            "between the governments of Tanzania and China.")
    assert ("John Magufuli", "witness", "President") in new_proposed(
        sample_store, text, "name", "role", "position")
