"""New event from text on Kenyan and Ethiopian reports: speeches "given" or
"by" someone, posts in small letters with the province a city is in, an
embassy named with where it is, Kenya's Cabinet Secretaries, "the Governments
of A and B", signings "overseen by" two ministers, a visit by someone,
agreements that "have been signed", places of signings and stops, an
earlier event a report recalls, and one who spoke at a joint press conference
(no speaker of the talks)."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def _offered(store: Store, text: str) -> list[tuple[str, ...]]:
    return new_proposed(store, text, "name", "role", "country", "position", "affiliation")


def test_speeches_given_and_by_and_posts_in_small_letters_at_a_forum(
        sample_store: Store) -> None:
    text = ("Embassy co-hosts forum on rural electrification\n\n"
            "Ethiopian Ambassador to China Tefera Deribew gives a speech at the forum in Beijing "
            "on May 13, 2024.\n\n"
            "The Ethiopian Embassy in China, in cooperation with the Ethio-China Friendship and "
            "Cooperation Committee, co-hosted the forum on Monday.\n\n"
            "The opening speech was followed by a speech by Xu Junjun, chairwoman of the "
            "Ethiopia-China Friendship and Cooperation Committee.\n\n"
            "Zhang Dianhu, deputy mayor of Rizhao, East China's Shandong Province, and Xiao "
            "Rangjian, deputy director of the Foreign Affairs office of Hefei, East China's "
            "Anhui Province, introduced their cities at the forum.")
    assert _offered(sample_store, text) == [
        ("Tefera Deribew", "speaker", "ET", "Ambassador to China", ""),
        ("Ethiopian Embassy in China", "co-host", "ET", "", ""),
        ("Ethio-China Friendship and Cooperation Committee", "co-organizer", "", "", ""),
        ("Xu Junjun", "speaker", "", "chairwoman",
         "Ethiopia-China Friendship and Cooperation Committee"),
        ("Zhang Dianhu", "", "CN", "deputy mayor of Rizhao", ""),
        ("Xiao Rangjian", "", "CN", "deputy director", "Foreign Affairs office of Hefei")]
    # (China, where the embassy is, hosts nothing)
    assert "China" not in roles_proposed(sample_store, text)


def test_the_governments_of_two_countries_signed_before_two_witnesses(
        sample_store: Store) -> None:
    text = ("10 May 2014: The Governments of Kenya and China have signed fifteen agreements "
            "on farming, health and transport. Kenyan President Uhuru Kenyatta and Chinese "
            "Premier Li Keqiang witnessed the agreement signings in Nairobi, Kenya, on 10 May "
            "2014.")
    assert _offered(sample_store, text) == [
        ("Kenya", "signatory", "KE", "", ""),
        ("Uhuru Kenyatta", "witness", "KE", "President", ""),
        ("Li Keqiang", "witness", "CN", "Premier", "")]
    assert roles_proposed(sample_store, text) == {"China": "signatory"}
    with sample_store.session() as session:
        assert propose_event(session, text).place == "Nairobi"


def test_signings_overseen_by_two_foreign_ministers(sample_store: Store) -> None:
    text = ("China, Kenya sign six agreements on trade and investment\n\n"
            "NAIROBI, Kenya, Jan 6 – China and Kenya on Thursday signed six memorandums of "
            "understanding on trade and infrastructure in an event overseen by China's foreign "
            "minister Wang Yi and his Kenyan counterpart Raychelle Omamo.")
    assert _offered(sample_store, text) == [
        ("Kenya", "signatory", "KE", "", ""), ("Raychelle Omamo", "witness", "KE", "", "")]
    assert roles_proposed(sample_store, text) == {"China": "signatory", "Wang Yi": "witness"}


def test_a_visit_by_a_minister_and_a_cabinet_secretary_who_chaired(
        sample_store: Store) -> None:
    text = ("Kenya signs six trade agreements with China\n\n"
            "Kenya has signed six MoUs with China following a visit by Chinese Foreign Minister "
            "Wang Yi. The meeting was held in Mombasa.\n"
            "In the meeting chaired by Foreign Affairs CS Raychelle Omamo, China pledged "
            "vaccines.\n"
            "The new oil terminal, which is being built by China Communication Construction "
            "Company and paid for by Kenya Ports Authority (KPA), takes four ships at once.")
    # (the visitor took part, not signed; who build a terminal took no part)
    assert roles_proposed(sample_store, text) == {"China": "signatory", "Wang Yi": "participant"}
    assert _offered(sample_store, text) == [
        ("Kenya", "signatory", "KE", "", ""),
        ("Raychelle Omamo", "host", "", "Foreign Affairs CS", "")]


def test_two_leaders_agreed_in_a_city_named_by_the_headline(sample_store: Store) -> None:
    text = ("China-Kenya ink 15 agreements in Nairobi\n"
            "May 11, 2014, 4:59 am\n\n"
            "Visiting Chinese Premier Li Keqiang and Kenyan President Uhuru Kenyatta agreed in "
            "Nairobi on Saturday to advance bilateral ties.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.place, proposal.date) == ("Nairobi", "2014-05-10")
    # (the headline's two countries that signed, the text naming no other signatories)
    assert roles_proposed(sample_store, text) == {"China": "signatory"}
    assert _offered(sample_store, text) == [
        ("Kenya", "signatory", "KE", "", ""),
        ("Li Keqiang", "participant", "CN", "Premier", ""),
        ("Uhuru Kenyatta", "participant", "KE", "President", "")]


def test_a_visit_to_a_city_and_a_conference_the_report_recalls(sample_store: Store) -> None:
    text = ("Kenya and China deepened their ties with the signing of six new trade deals "
            "between the two nations.\n"
            "The deals were signed when China's Minister for Foreign Affairs, Wang Yi, visited "
            "the coastal city of Mombasa on Thursday.\n"
            "They follow nine programmes announced by President Xi Jinping during the 8th "
            "Ministerial Conference of FOCAC held in Dakar, Senegal in November 2021.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    # (the conference and its month are an earlier event's)
    assert (proposal.title, proposal.event_type, proposal.date, proposal.place) == (
        "", "agreement signing", "", "Mombasa")
    assert roles_proposed(sample_store, text) == {"Wang Yi": "participant"}


def test_agreements_that_have_been_signed_and_a_headlines_full_stop(
        sample_store: Store) -> None:
    text = ("Six new agreements have been signed between Kenya and China.\n\n"
            "NAIROBI, Kenya (AP) — Wang Yi and Kenyan Foreign Affairs Minister Raychelle Omamo "
            "signed six bilateral agreements on Thursday.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert proposal.title == "Six new agreements have been signed between Kenya and China"
    assert ("Kenya", "signatory") in new_proposed(sample_store, text, "name", "role")
    assert roles_proposed(sample_store, text) == {"China": "signatory", "Wang Yi": "signatory"}


def test_a_release_date_line_dates_a_meeting_on_a_weekday(sample_store: Store) -> None:
    text = ("China, Ethiopia elevate ties to all-weather strategic partnership\n\n"
            "Release Date:2023-10-17 17:18:05     Source:Xinhua\n\n"
            "Chinese President Xi Jinping met with Ethiopian Prime Minister Abiy Ahmed on "
            "Tuesday, before the third Belt and Road Forum.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.date, proposal.publisher) == ("2023-10-17", "Xinhua")


def test_a_leader_meets_a_senior_diplomat_during_a_stop_in_a_city(sample_store: Store) -> None:
    text = ("Ethiopian Prime Minister Abiy Ahmed meets senior Chinese diplomat Wang Yi for "
            "talks during a surprise stop in Addis Ababa.\n"
            "Wang says Beijing will help Ethiopia recover.\n"
            "Kenyan President Uhuru Kenyatta held bilateral talks with Chinese President Xi "
            "Jinping a year earlier.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == "Addis Ababa"
    assert roles_proposed(sample_store, text) == {"Wang Yi": "participant"}
    assert new_proposed(sample_store, text, "name", "role") == [
        ("Abiy Ahmed", "participant"), ("Uhuru Kenyatta", "participant"),
        ("Xi Jinping", "participant")]


def test_one_who_spoke_at_a_press_conference_is_no_speaker_of_the_talks(
        sample_store: Store) -> None:
    text = ("Visiting Chinese Premier Li Keqiang and Kenyan President Uhuru Kenyatta agreed in "
            "Nairobi on Saturday to advance ties.\n"
            "\"Kenya has a new partner,\" Kenyatta said during a joint press conference.")
    assert new_proposed(sample_store, text, "name", "role") == [
        ("Li Keqiang", "participant"), ("Uhuru Kenyatta", "participant")]
