"""New event from text on reports of equipment handed over or donated: the
giver and the receiver both took part (the receiver up to what is said of
it), as did one "joined by" others at the ceremony; a form of address
written without its dot ("Ms Yan Yuqing") no part of the name."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed, roles_proposed


def test_an_academy_hands_equipment_to_a_university(sample_store: Store) -> None:
    text = ("Academy hands over laboratory equipment to Kenyan university\n\n"
            "The Chinese Academy of Sciences on Wednesday handed over modern laboratory "
            "equipment to Kenya's Maasai Mara University that is located southwest of "
            "Nairobi.")
    assert roles_proposed(sample_store, text) == {
        "Chinese Academy of Sciences": "participant"}
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Maasai Mara University", "participant", "KE")]


def test_an_embassy_donates_computers_and_its_ambassador_is_joined_by_officials(
        sample_store: Store) -> None:
    text = ("The Chinese Embassy donated 50 computers to the University of Botswana. "
            "Ambassador Wang Xuefeng was joined by Vice Chancellor David Norris at the "
            "ceremony.")
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Chinese Embassy", "participant", ""),
        ("University of Botswana", "participant", ""),
        ("Wang Xuefeng", "participant", "Ambassador"),
        ("David Norris", "participant", "Vice Chancellor")]


def test_a_form_of_address_without_its_dot_after_a_post(sample_store: Store) -> None:
    text = ("Consul-General of China in Lagos, Ms Yan Yuqing said her country would go on "
            "promoting exchanges in education.")
    assert new_proposed(sample_store, text, "name", "position", "country") == [
        ("Yan Yuqing", "Consul-General of China", "CN")]


def test_handed_over_to_no_one_named(sample_store: Store) -> None:
    # (what was handed over, to whom it is said in small letters: no one new)
    text = "The documents were handed over to the delegation."
    assert new_proposed(sample_store, text, "name") == []
