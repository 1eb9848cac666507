"""New event from text on South African and Nepali reports: ministers "and
(their) Chinese counterpart" who signed, posts of several ministers in a list,
"Among the signatories … were", an agreement "penned between", letters of
commitment exchanged, a summit "ahead of" which something happened (neither
its place nor its length the event's), "the official visit of" someone, a
speaker of a House of Representatives, "One Belt, One Road" naming no one."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def _offered(store: Store, text: str) -> list[tuple[str, ...]]:
    return new_proposed(store, text, "name", "role", "position")


def test_ministers_who_signed_with_their_counterparts(sample_store: Store) -> None:
    text = ("The agreements include a memorandum of understanding on satellite navigation, "
            "signed by Minister of Higher Education, Blade Nzimande and Chinese counterpart.\n\n"
            "Minister of Human Settlements Mmamoloko Kubayi signed a memorandum of understanding "
            "with her Chinese counterpart.\n\n"
            "Another agreement was on cultural heritage, penned between the National Cultural "
            "Heritage Administration of China and the South African Heritage Resources Agency.")
    assert _offered(sample_store, text) == [
        ("Blade Nzimande", "signatory", "Minister of Higher Education"),
        ("Mmamoloko Kubayi", "signatory", "Minister of Human Settlements"),
        ("National Cultural Heritage Administration of China", "signatory", ""),
        ("South African Heritage Resources Agency", "signatory", "")]


def test_the_signatories_listed_with_their_posts(sample_store: Store) -> None:
    text = ("The signing ceremony took place at the Great Hall of the People. Among the "
            "signatories accompanying Ramaphosa were Minister of Agriculture John Steenhuisen, "
            "Minister of Science and Technology Blade Nzimande, and Minister of Trade and "
            "Industry Parks Tau, as well as the CEO of the South African Heritage Agency, "
            "Lungisa Malgas.")
    assert _offered(sample_store, text) == [
        ("John Steenhuisen", "signatory", "Minister of Agriculture"),
        ("Blade Nzimande", "signatory", "Minister of Science and Technology"),
        ("Parks Tau", "signatory", "Minister of Trade and Industry"),
        ("Lungisa Malgas", "signatory", "CEO")]


def test_letters_exchanged_on_a_day_ahead_of_a_two_day_summit(sample_store: Store) -> None:
    text = ("South Africa, China lift ties\n\n"
            "Monday, September 3, 2018\n\n"
            "The state visit took place on Sunday, ahead of the two-day FOCAC Summit.\n\n"
            "The Department of Higher Education and Training (DHET) exchanged letters of "
            "commitment with the Chinese Embassy on the refurbishment of two colleges.")
    with sample_store.session() as session:
        assert propose_event(session, text).date == "2018-09-02"  # the summit's two days aside
    assert new_proposed(sample_store, text, "name", "role", "alias") == [
        ("Department of Higher Education and Training", "signatory", "DHET"),
        ("Chinese Embassy", "signatory", "")]


def test_a_framework_agreement_signed_days_ahead_of_a_summit_elsewhere(
        sample_store: Store) -> None:
    text = ("Nepal, China sign framework agreement on One Belt, One Road\n\n"
            "Nepal and China on Friday signed a framework agreement on the One Belt, One Road "
            "initiative, days ahead of a summit in Beijing.\n"
            "KATHMANDU: Nepal signed a memorandum of understanding with China's One Belt and One "
            "Road initiatives.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == "Kathmandu"  # not the summit's Beijing
    assert roles_proposed(sample_store, text) == {"China": "signatory"}
    assert _offered(sample_store, text) == [("Nepal", "signatory", "")]


def test_a_speaker_signed_during_an_official_visit_of_a_chairman(sample_store: Store) -> None:
    text = ("Nepal and China signed a memorandum in Kathmandu during the official visit of Li "
            "Zhanshu, Chairman of the Standing Committee of China's National People's "
            "Congress, to Nepal. The agreement was signed between Nepal House of "
            "Representatives Speaker Agni Prasad Sapkota and Li Zhanshu at the Parliament.")
    assert new_proposed(sample_store, text, "name", "role", "position", "affiliation") == [
        ("Nepal", "signatory", "", ""),
        ("Agni Prasad Sapkota", "signatory", "Speaker", "Nepal House of Representatives"),
        ("Li Zhanshu", "signatory", "Chairman",
         "Standing Committee of China's National People's Congress")]
