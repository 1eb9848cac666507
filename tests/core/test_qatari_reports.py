"""New event from text on Qatari reports: names of several "bin"s ("HE Sheikh
Hamad bin Jassim bin Jabor al-Thani", "Jassim bin Saif Ahmed Al Sulaiti") read
whole after their posts, "HE" and "Dr" both as forms of address, and guests
"including" those named (attendees)."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_a_minister_named_with_several_bins(sample_store: Store) -> None:
    text = ("Chinese Premier Wen Jiabao and the Minister of Foreign Affairs HE Sheikh Hamad bin "
            "Jassim bin Jabor al-Thani attended the signing ceremony.")
    assert new_proposed(sample_store, text, "name", "position") == [
        ("Wen Jiabao", "Premier"),
        ("Hamad bin Jassim bin Jabor al-Thani", "Minister of Foreign Affairs")]


def test_guests_including_one_addressed_twice(sample_store: Store) -> None:
    text = ("The Chinese embassy marked the anniversary at a reception. Ambassador Cao Xiaolin "
            "welcomed the guests, including Qatar's Ministry of Foreign Affairs Secretary-General "
            "HE Dr Ahmed bin Hassan al-Hammadi.")
    assert ("Ahmed bin Hassan al-Hammadi", "attendee", "Secretary-General", "QA") in new_proposed(
        sample_store, text, "name", "role", "position", "country")
