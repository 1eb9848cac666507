"""New event from text on Moroccan reports: "Signed by A and Ambassador of …
to Morocco, Li Changlin, this agreement …" (where an envoy is posted ends no
clause before their name), "The Head of Government, Mr. …, received, on the eve
of …, Mr. Zhao Leji, Chairman of …" (the host and the one received; "Head of
Government" a post), a party invited a delegation ("the National Rally of
Independents (RNI) of Morocco", a body by its short name too; the one invited
after it no inviter), and those met listed ";" apart to "among others"."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_two_who_signed_the_second_an_ambassador_named_after_his_post(
        sample_store: Store) -> None:
    text = ("Signed by Minister of Industry and Trade, Ryad Mezzour and Ambassador of China to "
            "Morocco, Li Changlin, this agreement aims to simplify procedures.")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Ryad Mezzour", "signatory", ""), ("Li Changlin", "signatory", "CN")]


def test_one_received_after_when_and_where_between_commas(sample_store: Store) -> None:
    text = ("The Head of Government, Mr. Aziz Akhannouch, received, on the eve of Thursday May "
            "11, 2023 in Rabat, Mr. Zhao Leji, Chairman of the Standing Committee of the "
            "National People's Congress, who is on a working visit to Morocco.")
    assert new_proposed(sample_store, text, "name", "role", "position")[:2] == [
        ("Aziz Akhannouch", "host", "Head of Government"), ("Zhao Leji", "participant", "Chairman")]


def test_a_party_invited_a_delegation_whose_head_met_several(sample_store: Store) -> None:
    text = ("At the invitation of the National Rally of Independents (RNI) of Morocco, Yin Li, "
            "Secretary of the CPC Beijing Municipal Committee, led a delegation to visit the "
            "country, and met with Hassan Benomar, Deputy Speaker of the House of "
            "Representatives; Abdellatif Ouahbi, Minister of Justice; and Rachid El Abdi, "
            "President of the Regional Council of Rabat-Salé-Kenitra, among others.")
    offered = new_proposed(sample_store, text, "name", "role", "alias")
    assert ("Yin Li", "participant", "") in offered
    assert ("National Rally of Independents of Morocco", "host", "RNI") in offered
    assert [name for name, role, _alias in offered if role == "participant"][1:] == [
        "Hassan Benomar", "Abdellatif Ouahbi", "Rachid El Abdi"]
