"""New event from text on Botswanan and Malawian reports: a minister's
portfolio in small letters after a comma, with the country it is of ("the
minister of finance and economic development of Botswana"); an agreement
signed "here" where the dateline was filed, though an earlier forum in another
city is named; a speaker welcoming a guest named after his post and "His
Excellency, Mr"; a member of parliament's letters ("…, MP") no one; the Right
Honourable no part of a post; capitals that "deepen their" ties no venue;
talks "with the country's vice president" and one who "arrived … and went
on" to hold them."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_a_portfolio_in_small_letters_and_a_signing_here(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("China, Botswana sign aid agreement\n\n"
            "GABORONE, July 5 (Xinhua) -- China and Botswana signed an aid agreement here "
            "on Thursday.\n\n"
            "Zhao Yanbo, the Chinese ambassador to Botswana, and Kenneth Matambo, the minister "
            "of finance and economic development of Botswana, signed the agreement.\n\n"
            "Zhao recalled that President Mokgweetsi Masisi attended the Forum on China-Africa "
            "Cooperation (FOCAC) in Beijing in September 2018.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.place, proposal.country) == ("Gaborone", "BW")
    assert ("Kenneth Matambo", "signatory", "BW",
            "minister of finance and economic development of Botswana") in new_proposed(
        sample_store, text, "name", "role", "country", "position")
    owned = ("Speaking at the signing ceremony, Peggy Serame, Botswana's minister of finance "
             "and economic development, said the relationship had come a long way.")
    assert new_proposed(sample_store, owned, "name", "role", "country", "position") == [
        ("Peggy Serame", "speaker", "BW", "minister of finance and economic development")]


def test_a_forum_named_with_its_short_name_is_another_event(sample_store: Store) -> None:
    text = ("Days ahead of the Forum on China-Africa Cooperation (FOCAC) in Beijing, the two "
            "ministers signed a loan agreement in Gaborone.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == "Gaborone"


def test_a_speaker_welcoming_a_vice_chairman_and_his_delegation(sample_store: Store) -> None:
    text = ("Chinese lawmakers in Malawi to deepen ties\n\n"
            "A Chinese parliamentary delegation is in Malawi as Lilongwe and Beijing deepen "
            "their bilateral relationship.\n\n"
            "Speaker of Parliament Catherine Gotani Hara, MP on Monday welcomed the Vice "
            "Chairman of the Standing Committee of the National People's Congress of China, "
            "His Excellency, Mr Cai Dafeng and his delegation for a three-day visit.\n\n"
            "Cai held talks with the Speaker of Parliament, Right Honourable Catherine Gotani "
            "Hara on Tuesday.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == ""
    found = new_proposed(sample_store, text, "name", "kind", "role", "country", "position")
    assert [name for name, *_rest in found] == ["Catherine Gotani Hara", "Cai Dafeng"]
    assert found[1] == ("Cai Dafeng", "person", "participant", "CN", "Vice Chairman")
    assert found[0][:3] == ("Catherine Gotani Hara", "person", "host")
    assert "Right" not in found[0][4]


def test_talks_with_the_countrys_vice_president_after_arriving(sample_store: Store) -> None:
    text = ("President Lazarus Chakwera arrived Monday in China and went straight to work, "
            "holding bilateral talks with the country's vice president Han Zheng.")
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Lazarus Chakwera", "participant", "President"),
        ("Han Zheng", "participant", "vice president")]
