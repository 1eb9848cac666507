"""New event from text on reports of Brazil's signings and visits with China:
"under the joint witness of" two presidents (witnesses, however the phrase
opens the sentence, and not signatories), a ministry "of the Federative
Republic of Brazil" (the sample's Brazilian ministry, no signing by Brazil),
one received as "the Chinese President, Xi Jinping", and "President Lula"
as the one named in full, Luiz Inácio Lula da Silva."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed, roles_proposed


def test_ministers_sign_under_the_joint_witness_of_two_presidents(sample_store: Store) -> None:
    text = ("On the afternoon of April 14, 2023, under the joint witness of Chinese President "
            "Xi Jinping and Brazilian President Luiz Inacio Lula da Silva, Chinese Minister of "
            "Science and Technology Wang Zhigang and Brazilian Minister of Science, Technology "
            "and Innovation Luciana Santos signed a memorandum of understanding between the "
            "Ministry of Science and Technology of the People's Republic of China and the "
            "Ministry of Science, Technology and Innovation of the Federative Republic of "
            "Brazil.")
    assert sorted(new_proposed(sample_store, text, "name", "role", "country")) == [
        ("Luciana Santos", "signatory", "BR"), ("Luiz Inacio Lula da Silva", "witness", "BR"),
        ("Wang Zhigang", "signatory", "CN"), ("Xi Jinping", "witness", "CN")]
    assert roles_proposed(sample_store, text) == {
        "Ministry of Science and Technology": "signatory",
        "Ministry of Science, Technology and Innovation (Brazil)": "signatory"}


def test_witnesses_opening_the_sentence_are_not_its_signatories(sample_store: Store) -> None:
    text = ("In the presence of Chinese President Xi Jinping and Brazilian President Lula, "
            "Wang Zhigang and Luciana Santos signed the memorandum.")
    assert sorted(new_proposed(sample_store, text, "name", "role")) == [
        ("Luciana Santos", "signatory"), ("Lula", "witness"), ("Wang Zhigang", "signatory"),
        ("Xi Jinping", "witness")]


def test_a_president_received_and_named_again_by_his_nickname(sample_store: Store) -> None:
    text = ("President Xi Jinping's visit strengthens cooperation\n\n"
            "In a ceremony held at the Alvorada Palace in Brasilia, President Luiz Inácio Lula "
            "da Silva received the Chinese President, Xi Jinping.\n\n"
            "President Lula highlighted the partnership in the aerospace sector, he said.")
    assert new_proposed(sample_store, text, "name", "role") == [
        ("Luiz Inácio Lula da Silva", "host"), ("Xi Jinping", "participant")]
