"""New event from text on Seychellois and Lesotho reports: an agreement
"signed earlier today by" two officials, one of them "the resident
Ambassador for China" (China's envoy, not a signatory of its own); one
"signed for the Chinese government by A, …, and for Seychelles by B, …"
(each of the side he signed for); a minister who "met with the 6-member
Chinese … Team"; and a meeting "between Ambassador to Lesotho, A, and B,
the local Minister in the Prime Minister's Office" (two people, the second
post read whole); an "Ambassador-designate of the People's Republic of China
to …, H.E Mrs. LIN Nan" (Lin Nan, China's, what "was discussed" no one); and
an envoy who "was accredited as the new ambassador …", then "After presenting
her credentials to President A and calling on the Vice-president B, Wei …",
at "State House, Victoria" in a text dated "Victoria, Seychelles"; and a
reception "held at a hotel in Maseru" that "officials including A and former
Deputy Prime Ministers B and C attended" (each of them that post), with
"Ministers who attended were …", and "China's new ambassador to Lesotho, …"."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def test_signed_earlier_today_by_a_minister_and_the_ambassador_for_china(
        sample_store: Store) -> None:
    text = ("China has granted 40 million yuan to the Government of Seychelles.\n\n"
            "The grant belongs to an economic and technical cooperation agreement signed "
            "earlier today by the Minister for Foreign Affairs, Mr. Jean-Paul Adam, and the "
            "resident Ambassador for China, Mr. Shi Zhongjun, at the Ministry.")
    assert roles_proposed(sample_store, text) == {"Shi Zhongjun": "signatory"}
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Jean-Paul Adam", "signatory", "Minister for Foreign Affairs")]


def test_each_signed_for_the_side_named_before_by(sample_store: Store) -> None:
    text = ("Seychelles and China sign a technical accord\n\n"
            "The accord was signed at State House for the Chinese government by Fu Ziying, "
            "Vice-Minister of Commerce, and for Seychelles by Jean-Paul Adam, Minister for "
            "Foreign Affairs.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Fu Ziying", "signatory", "CN", "Vice-Minister of Commerce"),
        ("Jean-Paul Adam", "signatory", "SC", "Minister for Foreign Affairs")]


def test_a_minister_who_met_with_a_team_of_so_many_members(sample_store: Store) -> None:
    text = ("On 22 January 2018, Hon. Lesego Makhothi, Minister of Foreign Affairs and "
            "International Relations of Lesotho, met with the 6-member Chinese Experts "
            "Technical Team sent by China's Ministry of Commerce.")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Lesego Makhothi", "participant", "LS")]


def test_a_meeting_between_an_ambassador_and_a_minister_in_an_office(
        sample_store: Store) -> None:
    text = ("MASERU, (CAJ News) – China and Lesotho are strengthening their ties.\n\n"
            "This came out of a meeting between Ambassador to Lesotho, Lei Kezhong, and Limpho "
            "Tau, the local Minister in the Prime Minister's Office.")
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Lei Kezhong", "participant", "Ambassador to Lesotho"),
        ("Limpho Tau", "participant", "Minister in the Prime Minister's Office")]


def test_an_ambassador_designate_named_after_a_comma_with_her_family_name_in_capitals(
        sample_store: Store) -> None:
    text = ("Ties between Seychelles and China were discussed during the meeting between the "
            "Ambassador-designate of the People's Republic of China to the Republic of "
            "Seychelles, H.E Mrs. LIN Nan, and the Minister for Foreign Affairs and Tourism, "
            "Mr. Sylvestre Radegonde, on Monday 11th December 2023.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Lin Nan", "participant", "CN", "Ambassador-designate of the People's Republic of "
         "China to the Republic of Seychelles"),
        ("Sylvestre Radegonde", "participant", "", "Minister for Foreign Affairs and Tourism")]


def test_an_envoy_accredited_then_presenting_her_credentials(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("Victoria, Seychelles | October 23, 2018, Tuesday @ 17:20 in National\n\n"
            "Guo Wei was accredited as the new ambassador of China to Seychelles on Tuesday in "
            "a brief ceremony at State House, Victoria.\n\n"
            "After presenting her credentials to President Danny Faure and calling on the "
            "Vice-president Vincent Meriton, Wei told reporters that talks on cooperation would "
            "follow.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Guo Wei", "participant", "CN", "ambassador of China to Seychelles"),
        ("Danny Faure", "host", "", "President"),
        ("Vincent Meriton", "host", "", "Vice-president")]
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    # (a town several countries have, written with its country in the dateline)
    assert (proposal.place, proposal.country) == ("Victoria", "SC")
    assert proposal.place_country is not None and proposal.place_country.named_in_text


def test_a_reception_with_officials_including_some_and_ministers_who_attended(
        sample_store: Store) -> None:
    place_countries.prepare()
    text = ("China's new ambassador to Lesotho, Lei Kezhong, pledged to strengthen relations.\n\n"
            "He spoke at a reception held at a hotel in Maseru. Serving and former senior "
            "government officials including Deputy Prime Minister Monyane Moleleki and former "
            "Deputy Prime Ministers Lesao Lehohla and Mothetjoa Metsing attended.\n\n"
            "Ministers who attended were Keketso Rantšo (Labour) and Moeketsi Majoro "
            "(Finance).")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Lei Kezhong", "participant", "CN", "ambassador to Lesotho"),
        ("Monyane Moleleki", "attendee", "", "Deputy Prime Minister"),
        ("Lesao Lehohla", "attendee", "", "former Deputy Prime Minister"),
        ("Mothetjoa Metsing", "attendee", "", "former Deputy Prime Minister"),
        ("Keketso Rantšo", "attendee", "", ""),
        ("Moeketsi Majoro", "attendee", "", "")]
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.place, proposal.country) == ("Maseru", "LS")


def test_a_dateline_day_with_no_space_after_the_months_dot(sample_store: Store) -> None:
    text = ("Maseru, Jan.21 –The Ministry of Foreign Affairs and the Chinese Embassy launched a "
            "coordination mechanism at the embassy on Tuesday.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    # (no year: the dialog asks for it, and says what the text names)
    assert (proposal.date, proposal.yearless) == ("", "Jan.21")
