"""New event from text on Emirati reports: "A strategic cooperation agreement
between A and B was signed", a name joined by "bin" before its post after a
comma, one "received today at the Al Watan Palace, Vice Premier of …", His
Highness as a form of address (and Sheikh then), and two delegations "led by A and B
respectively" (neither of one people)."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed, roles_proposed


def test_an_agreement_between_two_companies_and_a_minister_of_state(
        sample_store: Store) -> None:
    text = ("A strategic cooperation agreement between Abu Dhabi National Oil Company and China "
            "National Petroleum Company was signed.\n\n"
            "The MoU was inked by Dr. Sultan bin Ahmad Sultan Al Jaber, Minister of State, and "
            "He Lifeng, Chairman of the National Development and Reform Commission.")
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Abu Dhabi National Oil Company", "signatory", ""),
        ("China National Petroleum Company", "signatory", ""),
        ("Sultan bin Ahmad Sultan Al Jaber", "signatory", "Minister of State"),
        ("He Lifeng", "signatory", "Chairman")]
    assert roles_proposed(sample_store, text) == {}  # the NDRC is whose post, no signatory


def test_one_received_at_a_palace_by_his_highness(sample_store: Store) -> None:
    text = ("His Highness Sheikh Mansour bin Zayed Al Nahyan, Deputy Prime Minister, received "
            "today at the Al Watan Palace, Vice Premier of the State Council of the People's "
            "Republic of China Hu Chunhua, who is visiting the country.")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Mansour bin Zayed Al Nahyan", "host", ""),
        ("Hu Chunhua", "participant", "CN")]


def test_two_delegations_led_by_their_leaders_respectively(sample_store: Store) -> None:
    text = ("The Chinese and UAE delegations, led by President Xi Jinping and Crown Prince "
            "Mohamed bin Zayed respectively, signed 16 agreements.")
    # (neither is "UAE President Xi Jinping")
    assert new_proposed(sample_store, text, "name", "country") == [
        ("Xi Jinping", ""), ("Mohamed bin Zayed", "")]
