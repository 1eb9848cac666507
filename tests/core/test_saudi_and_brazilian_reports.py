"""New event from text on Saudi and Brazilian reports: rulers named by one name
("King Salman", "Prince Mohammed" of Mohammed bin Salman), a ruler who
received a leader, "the Kingdom" named no one, "signed, this Friday, in
Beijing, 15 agreements", "partnership agreements" (a signing, not a
partnership), posts before their holders in a list that "held separate
meetings with", and "held discussions with"."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def _offered(store: Store, text: str) -> list[tuple[str, ...]]:
    return new_proposed(store, text, "name", "role", "country", "position")


def test_rulers_named_by_one_name_receive_sign_and_witness(sample_store: Store) -> None:
    text = ("Saudi leaders and Chinese President sign deals in Riyadh\n\n"
            "Saudi Arabia's King Salman received Thursday China's President Xi Jinping in "
            "Riyadh at Al-Yamama Palace, in the presence of Crown Prince Mohammed bin Salman.\n\n"
            "King Salman and Xi then signed a comprehensive strategic partnership agreement.\n\n"
            "Prince Mohammed and Xi then witnessed the signing of several memoranda of "
            "understanding.\n\n"
            "The Kingdom also signed an agreement with China's Huawei Technologies.")
    assert _offered(sample_store, text) == [
        ("Salman", "host", "SA", "King"),
        ("Mohammed bin Salman", "witness", "", "Crown Prince"),
        ("Xi Jinping", "signatory", "CN", "President"),
        ("Huawei Technologies", "signatory", "CN", "")]


def test_a_king_named_in_full_is_not_the_prince_named_after_him(sample_store: Store) -> None:
    text = ("Saudi Arabia's King Salman bin Abdulaziz and Crown Prince Mohammed bin Salman "
            "welcomed the guests. King Salman signed the agreement.")
    assert ("Salman bin Abdulaziz", "signatory") in new_proposed(
        sample_store, text, "name", "role")


def test_signed_with_when_and_where_between_commas(sample_store: Store) -> None:
    text = ("Lula and Xi Jinping sign 15 partnership agreements in Beijing\n\n"
            "President Luiz Inácio Lula da Silva and Chinese President Xi Jinping signed, this "
            "Friday (14th), in Beijing, 15 trade and partnership agreements.")
    with sample_store.session() as session:
        assert propose_event(session, text).event_type == "agreement signing"
    assert _offered(sample_store, text) == [
        ("Luiz Inácio Lula da Silva", "signatory", "", "President"),
        ("Xi Jinping", "signatory", "CN", "President")]


def test_posts_before_their_holders_held_separate_meetings(sample_store: Store) -> None:
    text = ("The Premier of the State Council of the People's Republic of China, Li Qiang, and "
            "the Chairman of the Standing Committee of the National People's Congress of the "
            "People's Republic of China, Zhao Leji, held separate meetings with President Lula "
            "da Silva.")
    assert roles_proposed(sample_store, text) == {"Li Qiang": "participant"}
    assert _offered(sample_store, text) == [
        ("Zhao Leji", "participant", "CN", "Chairman"),
        ("Lula da Silva", "participant", "", "President")]


def test_a_minister_held_discussions_with_another(sample_store: Store) -> None:
    text = ("During the visit to China, Minister Abdulrahman Alfadley held discussions with "
            "Chinese Minister of Ecology and Environment Huang Runqiu.")
    assert _offered(sample_store, text) == [
        ("Abdulrahman Alfadley", "participant", "", "Minister"),
        ("Huang Runqiu", "participant", "CN", "Minister of Ecology and Environment")]


def test_one_named_by_one_word_in_the_headline_and_with_his_post_below_is_a_person(
        sample_store: Store) -> None:
    text = ("Xi meets Lula\n\n"
            "Chinese President Xi Jinping met Brazilian President Lula in Beijing on Friday.")
    assert ("Lula", "person", "President") in new_proposed(
        sample_store, text, "name", "kind", "position")
