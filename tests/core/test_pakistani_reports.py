"""New event from text on Pakistani reports of an ambassador's calls and
memoranda signed: "received Amb. Jiang Zaidong, Ambassador of …" ("Amb." a form
of address, its dot no sentence's end), "Minister for Information and
Broadcasting Senator Shibli Faraz" (a senator's title no part of his name), a
headline's "Chinese Ambassador to Pakistan calls on …" naming no one, and an
MoU "signed between A and B" of two sides."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_the_prime_minister_received_an_ambassador(empty_store: Store) -> None:
    text = ("Chinese Ambassador to Pakistan calls on the Prime Minister\n"
            "ISLAMABAD : JAN 31 (DNA): For the Chinese New Year, the Prime Minister received "
            "Amb. Jiang Zaidong, Ambassador of the People's Republic of China, at the Prime "
            "Minister House.")
    assert new_proposed(empty_store, text, "name", "role", "country") == [
        ("Jiang Zaidong", "participant", "CN")]


def test_a_senator_holding_a_ministry(empty_store: Store) -> None:
    text = ("Chinese Ambassador Yao Jing called on Minister for Information and Broadcasting "
            "Senator Shibli Faraz in Islamabad.")
    assert new_proposed(empty_store, text, "name", "role", "position") == [
        ("Yao Jing", "participant", "Ambassador"),
        ("Shibli Faraz", "host", "Minister for Information and Broadcasting")]


def test_an_mou_between_two_companies(empty_store: Store) -> None:
    text = ("The second MoU was signed between Beijing Asian Africa Longyue and ASM Services. "
            "It concerns a textile park.")
    assert new_proposed(empty_store, text, "name", "role") == [
        ("Beijing Asian Africa Longyue", "signatory"), ("ASM Services", "signatory")]


def test_enterprises_named_by_what_they_are_are_no_sides(empty_store: Store) -> None:
    text = ("President Asif Ali Zardari witnessed the signing of three MoUs between Pakistani "
            "and Chinese enterprises.")
    assert new_proposed(empty_store, text, "name", "role") == [
        ("Asif Ali Zardari", "witness")]
