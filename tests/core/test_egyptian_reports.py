"""New event from text on reports of Egypt's dealings with China: one named
before their post who "met with" another ("Dr. Amr Talaat, Minister of …
met with …"), a portfolio of two words joined by "and" that names no one
("… Communications and | Information Technology"), a company's "Rotating
CEO", a portfolio's acronym before the post ("… Technology (IT) Minister"),
an Arabic name's article joined by a dash ("Yasser al-Qadi"), where those met
("during his meeting with … in Cairo,"), a post of a people's body
("Speaker of the Egyptian House of Representatives"), one who "met on 22
January 2019 with" another, and "Sisi" as the one named in full with the
article before it ("Abdel-Fattah al-Sisi")."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def _offered(store: Store, text: str) -> list[tuple[str, ...]]:
    return new_proposed(store, text, "name", "role", "country", "position", "affiliation")


def test_a_minister_named_before_the_post_met_an_ambassador(sample_store: Store) -> None:
    text = ("Egypt and China talk over AI skills\n\n"
            "Dr. Amr Talaat, Minister of Communications and Information Technology met with "
            "Mr. Liao Liqiang, Ambassador of China to Egypt; the two spoke of digital skills.")
    assert _offered(sample_store, text) == [
        ("Amr Talaat", "participant", "", "Minister of Communications and Information "
         "Technology", ""),
        ("Liao Liqiang", "participant", "CN", "Ambassador of China", "")]


def test_a_companys_heads_and_a_minister_with_the_portfolios_acronym(
        sample_store: Store) -> None:
    text = ("Egypt's president praises partnership with Huawei\n\n"
            "The remarks came during his meeting with Huawei Rotating CEO Guo Ping and Huawei "
            "Egypt CEO Terry Liu in Cairo, attended by Egyptian Communications and Information "
            "Technology (IT) Minister Yasser al-Qadi.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == "Cairo"  # where they met
    assert _offered(sample_store, text) == [
        ("Guo Ping", "participant", "", "Rotating CEO", "Huawei"),
        ("Terry Liu", "participant", "EG", "CEO", "Huawei Egypt"),
        ("Yasser al-Qadi", "attendee", "EG", "Communications and Information Technology "
         "Minister", "")]


def test_a_speaker_of_a_peoples_house_met_in_a_headline(sample_store: Store) -> None:
    text = ("Li Qiang Meets with Speaker of the Egyptian House of Representatives Hanafy Ali "
            "Gebaly\n\nThe two spoke of the friendship between their countries.")
    assert roles_proposed(sample_store, text) == {"Li Qiang": "participant"}
    assert _offered(sample_store, text) == [
        ("Hanafy Ali Gebaly", "participant", "EG",
         "Speaker of the Egyptian House of Representatives", "")]


def test_a_prime_minister_met_on_a_day_with_a_companys_chairman(sample_store: Store) -> None:
    text = ("During his stay at the World Economic Forum, Dr. Mostafa Madbouly, the prime "
            "minister met on 22 January 2019 with Mr. Yan Lida, Chairman of Huawei Group.")
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Mostafa Madbouly", "participant", "prime minister"),
        ("Yan Lida", "participant", "Chairman")]


def test_a_president_named_by_his_family_name_after_its_article(sample_store: Store) -> None:
    text = ("Egyptian President Abdel-Fattah al-Sisi praised the partnership with Huawei on "
            "Saturday.\n\n\"President Sisi expressed hope for closer cooperation,\" Egyptian "
            "presidential spokesman Bassam Rady said in a statement.")
    # (one person, "President Sisi" of the quotation being him)
    assert [named for named in new_proposed(sample_store, text, "name", "country", "position")
            if "Sisi" in named[0]] == [("Abdel-Fattah al-Sisi", "EG", "President")]
