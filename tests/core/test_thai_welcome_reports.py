"""New event from text on Thai reports: "welcomed his Chinese counterpart Li
Keqiang" (the host and the one welcomed), a sentence opening with
"Afterwards" (no one so named), and "co-chaired the … Strategic Dialogue with
Nong Rong, Assistant Minister …" (both chairs co-host), a signing "presided
over by" two prime ministers (witnesses) and the countries that "strengthened
relations … with the signing of" it (its parties), "the Thailand and Chinese
prime ministers" (no doing of Thailand's), a quotation opening a sentence (no
speaker) and a clause opened by "When" (no part of a name)."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed, roles_proposed


def test_a_prime_minister_who_welcomed_his_counterpart(sample_store: Store) -> None:
    text = ("Thailand's Prime Minister Prayut Chan-o-cha welcomed his Chinese counterpart Li "
            "Keqiang at Government House. Afterwards the two prime ministers witnessed the "
            "signing of three memorandums.")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Prayut Chan-o-cha", "host", "TH"), ("Li Keqiang", "participant", "CN")]


def test_a_dialogue_co_chaired_with_another(sample_store: Store) -> None:
    text = ("On July 25 Sarun Charoensuwan, Permanent Secretary for Foreign Affairs, co-chaired "
            "the 6th Thailand - China Strategic Dialogue with Nong Rong, Assistant Minister of "
            "Foreign Affairs of the People's Republic of China, in Beijing.")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Sarun Charoensuwan", "co-host", ""), ("Nong Rong", "co-host", "CN")]


def test_a_signing_presided_over_by_two_prime_ministers(sample_store: Store) -> None:
    text = ("Thailand and China strengthened relations on Thursday with the signing of 14 "
            "memoranda of understanding at an event presided over by Thai Prime Minister "
            "Paetongtarn Shinawatra and Chinese Premier Li Qiang.")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Paetongtarn Shinawatra", "witness", "TH")]
    # (the two countries, which strengthened relations by signing them, their parties)
    assert roles_proposed(sample_store, text) == {
        "Li Qiang": "witness", "Thailand": "signatory", "China": "signatory"}


def test_two_countries_prime_ministers_unnamed_are_no_country_of_their_own(
        sample_store: Store) -> None:
    text = ("Afterwards the Thailand and Chinese prime ministers witnessed the signing of "
            "three memorandums of understanding.")
    assert roles_proposed(sample_store, text) == {}


def test_a_quotation_opening_a_sentence_names_no_speaker(sample_store: Store) -> None:
    text = ("\"China is a good friend,\" said the Ambassador while speaking at a seminar "
            "organised by the Thailand-China Business Council.")
    assert roles_proposed(sample_store, text) == {}  # (not China)


def test_a_clause_opened_by_when_is_no_part_of_a_name(sample_store: Store) -> None:
    text = ("When Thai Prime Minister Srettha Thavisin visited Beijing, Chinese Premier Li Qiang "
            "called on her.")
    assert new_proposed(sample_store, text, "name", "role", "country", "affiliation") == [
        ("Srettha Thavisin", "participant", "TH", "")]
