"""New event from text on Bangladeshi reports: bodies named with the country
they are in ("the Chinese Enterprises Association in Bangladesh (CEAB)"),
those at a signing listed as post, acronym and name ("Vice Chancellor of the
BUET Satya Prasad Majumder", "Pro-Vice Chancellor …"), and an ambassador who
"paid a call on" a minister (the visitor and the one visited), two
signatories each listed with post and body "and" apart, and a country's
"most reliable partner" (no partnership made)."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed

SIGNING = (
    "Chinese firms' association and Dhaka university to work together\n\n"
    "DHAKA, June 4 (Xinhua) -- The Chinese Enterprises Association in Bangladesh (CEAB) and the "
    "Bangladesh University of Engineering and Technology (BUET) have signed a memorandum of "
    "understanding here.\n\n"
    "Chinese Ambassador to Bangladesh Yao Wen, Vice Chancellor of the BUET Satya Prasad "
    "Majumder, President of the CEAB Ke Changliang, Pro-Vice Chancellor of the BUET Abdul "
    "Jabbar Khan, as well as representatives of Chinese firms attended the signing ceremony.")


def test_bodies_named_with_their_country_and_those_listed_by_post_and_acronym(
        sample_store: Store) -> None:
    assert new_proposed(sample_store, SIGNING, "name", "role", "country", "position",
                        "alias") == [
        ("Chinese Enterprises Association in Bangladesh", "signatory", "CN", "", "CEAB"),
        ("Bangladesh University of Engineering and Technology", "signatory", "BD", "", "BUET"),
        ("Yao Wen", "attendee", "CN", "Ambassador to Bangladesh", ""),
        ("Satya Prasad Majumder", "attendee", "", "Vice Chancellor of the BUET", ""),
        ("Ke Changliang", "attendee", "", "President of the CEAB", ""),
        ("Abdul Jabbar Khan", "attendee", "", "Pro-Vice Chancellor of the BUET", "")]


def test_an_ambassador_who_paid_a_call_on_a_minister(sample_store: Store) -> None:
    text = ("China keen to share technology with Bangladesh\n\n"
            "The wish was expressed today while Chinese Ambassador to Bangladesh Zhang Suo paid "
            "a call on Industries Minister Nurul Majid Mahmud Humayun at his office.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position",
                        "affiliation") == [
        ("Zhang Suo", "participant", "CN", "Ambassador to Bangladesh", ""),
        # a portfolio before the post, no body of its own
        ("Nurul Majid Mahmud Humayun", "host", "", "Industries Minister", "")]


def test_two_signatories_listed_with_post_and_body_and_apart(sample_store: Store) -> None:
    text = ("Chinese Enterprises Association in Bangladesh (CEAB) and Bangladesh University of "
            "Engineering and Technology (BUET) co-organized the seminar.\n\n"
            "Ke Changliang, President, CEAB and Prof Dr Muhammad Anisuzzaman Talukder, Director, "
            "RISE, BUET signed a memorandum of understanding during the programme.")
    signed = [found for found in new_proposed(sample_store, text, "name", "role", "position",
                                              "affiliation") if found[1] == "signatory"]
    assert signed == [
        ("Ke Changliang", "signatory", "President",
         "Chinese Enterprises Association in Bangladesh"),
        ("Muhammad Anisuzzaman Talukder", "signatory", "Director", "RISE, BUET")]


def test_what_one_country_is_to_another_is_no_partnership(sample_store: Store) -> None:
    text = ("Dhaka, June 04 - Chinese Ambassador to Bangladesh Yao Wen has said, China is "
            "Bangladesh's most reliable partner and trusted friend on its journey toward "
            "modernization.")
    with sample_store.session() as session:
        assert propose_event(session, text).event_type == ""


def test_sheikh_hasina_is_her_name(sample_store: Store) -> None:
    text = ("The instruments were signed in the presence of Bangladesh Prime Minister Sheikh "
            "Hasina and her Chinese counterpart Li Qiang.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Sheikh Hasina", "witness", "BD", "Prime Minister")]
