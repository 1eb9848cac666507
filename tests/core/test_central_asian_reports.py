"""New event from text on reports from Kazakhstan and Pakistan: a dateline
closed by a full stop after the country ("ASTANA, Kazakhstan, September 1."),
a quotation's sayer after "said", a meeting between two officials each named
after their post and a comma, a body's meeting or a conference named after
"during the", those "accompanied" at a conference, "co-signing with", a
capital "in the capital city of", a body whose name opens with a city,
"negotiations were held between" two presidents, and a memorandum "between" a
body "under the President of" a country and one of ours, and a meeting that
"took place at the presidential palace in Astana" (a venue in small letters;
not a residence named with its owner, in a quarter)."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed

BUSINESS_COUNCIL = (
    "ASTANA, Kazakhstan, September 1. Kazakhstan backs the Chinese plan for a world body on "
    "artificial intelligence cooperation, said President of Kazakhstan Kassym-Jomart Tokayev "
    "during the 8th meeting of the Kazakh-Chinese Business Council, Trend reports.\n\n"
    "The president praised the digital progress of China and called for more joint work.\n\n"
    "Yesterday, the president took part in the summits of the Shanghai Cooperation "
    "Organization in the city of Tianjin, and in the evening he arrived in Beijing to attend "
    "the meeting of the council.")

MAZHILIS = (
    "ASTANA, Kazakhstan, February 14. Kazakhstan and China talked over shared projects in "
    "energy, artificial intelligence and tourism, Trend reports.\n\n"
    "The projects came up during a meeting between the Chairman of the Mazhilis (the lower "
    "house of the Parliament) of Kazakhstan, Yerlan Koshanov, and the Ambassador "
    "Extraordinary and Plenipotentiary of China to Kazakhstan, Han Chunlin.")

B2B_CONFERENCE = (
    "Pakistan and China took their technology cooperation further, with ten memorandums of "
    "understanding signed during the second Pak-China B2B Conference held in Beijing from "
    "September 3 to 5, 2025. Federal Minister for IT and Telecommunication Shaza Fatima "
    "Khawaja accompanied Prime Minister Shehbaz Sharif at the conference.\n\n"
    "Huawei Technologies signed an agreement with the National Telecommunication Corporation, "
    "while co-signing with Sky47 Limited to build a full-stack AI cloud.")


def _offered(store: Store, text: str) -> list[tuple[str, ...]]:
    return new_proposed(store, text, "name", "role", "country", "position", "affiliation")


def test_a_sayer_after_said_at_a_bodys_meeting_and_the_datelines_day(
        sample_store: Store) -> None:
    with sample_store.session() as session:
        proposal = propose_event(session, BUSINESS_COUNCIL, near="2025-09-05")
    # no headline: the meeting the first sentences say it was said at
    assert proposal.title == "8th meeting of the Kazakh-Chinese Business Council"
    # the dateline's day (its country left off), not the day of the summits a
    # later paragraph recalls with "Yesterday"
    assert (proposal.date, proposal.date_found) == ("2025-09-01", "September 1")
    # the city the meeting was in; the Shanghai Cooperation Organization is no venue
    assert proposal.place == "Beijing"
    # "…, said President of Kazakhstan Kassym-Jomart Tokayev during the meeting"
    assert _offered(sample_store, BUSINESS_COUNCIL) == [
        ("Kassym-Jomart Tokayev", "speaker", "KZ", "President of Kazakhstan", "")]


def test_a_meeting_between_two_officials_named_after_their_posts(sample_store: Store) -> None:
    with sample_store.session() as session:
        proposal = propose_event(session, MAZHILIS)
    assert proposal.place == "Astana"  # the dateline's city, its full stop read
    assert _offered(sample_store, MAZHILIS) == [
        # what the bracket says of the house is no part of its name
        ("Yerlan Koshanov", "participant", "KZ", "Chairman", "Mazhilis of Kazakhstan"),
        # an ambassador is of the country that sends them, and no body's
        ("Han Chunlin", "participant", "CN",
         "Ambassador Extraordinary and Plenipotentiary of China to Kazakhstan", "")]


def test_a_conference_named_after_during_and_those_accompanied_there(
        sample_store: Store) -> None:
    with sample_store.session() as session:
        proposal = propose_event(session, B2B_CONFERENCE)
    assert proposal.title == "Second Pak-China B2B Conference"
    assert proposal.event_type == "conference"
    assert (proposal.date, proposal.place) == ("2025-09-03/2025-09-05", "Beijing")
    assert _offered(sample_store, B2B_CONFERENCE) == [
        ("Shaza Fatima Khawaja", "attendee", "", "Federal Minister for IT and Telecommunication",
         ""),
        ("Shehbaz Sharif", "attendee", "", "Prime Minister", ""),
        ("Huawei Technologies", "signatory", "", "", ""),
        ("National Telecommunication Corporation", "signatory", "", "", ""),
        ("Sky47", "signatory", "", "", "")]


def test_a_meeting_in_a_capital_said_so_and_a_minister_of_a_portfolio(
        sample_store: Store) -> None:
    text = ("Kazakh leader backs a global AI body\n\n"
            "Speaking at a meeting on AI development in the capital city of Astana, President "
            "Kassym-Jomart Tokayev said advanced technologies matter for the economy. The "
            "Minister of Foreign Affairs of Laos, Thongsavanh Phomvihane, attended.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == "Astana"
    assert _offered(sample_store, text) == [
        ("Kassym-Jomart Tokayev", "speaker", "", "President", ""),
        # the post of a portfolio, no body of its own; of the country it closes with
        ("Thongsavanh Phomvihane", "attendee", "LA", "Minister of Foreign Affairs of Laos", "")]


def test_negotiations_between_two_presidents_of_their_republics(sample_store: Store) -> None:
    text = ("TASHKENT, Sept 02 (UzA/APP) : During the state visit, on September 2 in Beijing, "
            "negotiations were held between the President of the Republic of Uzbekistan "
            "Shavkat Mirziyoyev and the President of the People's Republic of China Xi Jinping "
            "with the participation of members of both delegations.")
    with sample_store.session() as session:
        proposal = propose_event(session, text, near="2025-09-05")
    # the dateline's agencies between brackets with a slash: the day after it is read
    assert (proposal.date, proposal.place) == ("2025-09-02", "Beijing")
    # the countries whose presidents they are took no part of their own
    assert proposal.roles == {}
    assert _offered(sample_store, text) == [
        ("Shavkat Mirziyoyev", "participant", "UZ", "President of the Republic of Uzbekistan",
         ""),
        ("Xi Jinping", "participant", "CN", "President of the People's Republic of China", "")]


def test_a_memorandum_between_a_body_under_a_president_and_one_of_ours(
        sample_store: Store) -> None:
    text = ("Tajikistan and China to set up a joint AI working group\n\n"
            "Among the documents was a Memorandum of Understanding on closer work in artificial "
            "intelligence between the Agency for Innovation and Technology under the President "
            "of the Republic of Tajikistan and the National Development and Reform Commission "
            "of the People's Republic of China.")
    # the headline's two countries "to set up" the group take part ("to" is no name's)
    assert roles_proposed(sample_store, text) == {
        "National Development and Reform Commission": "signatory", "China": "participant"}
    # the agency is named with whom it answers to, and is of that country
    assert _offered(sample_store, text) == [
        ("Tajikistan", "participant", "TJ", "", ""),
        ("Agency for Innovation and Technology under the President of the Republic of "
         "Tajikistan", "signatory", "TJ", "", "")]


def test_a_meeting_at_a_venue_in_small_letters_in_a_capital(sample_store: Store) -> None:
    text = ("Xi and Tokayev strengthen ties in bilateral talks\n\n"
            "The meeting between the two leaders took place at the presidential palace in "
            "Astana on Wednesday.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == "Astana"


def test_a_residence_named_with_its_owner_is_no_venue_in_a_town(sample_store: Store) -> None:
    text = ("In the meeting held at the residence of Chairperson Nepal in Koteshwar, matters "
            "of Nepal-China relations were discussed.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == ""  # (a quarter of Kathmandu)
