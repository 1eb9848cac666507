"""New event from text on Chinese reports of leaders' meetings: 在北京会见 and
在…同…会晤 say where they met; a hall names its town (人民大会堂: Beijing,
爱丽舍宫: Paris, "the Great Hall of the People" too); a ruler's name and number
(国王穆罕默德六世); everyday names of countries (澳洲外长); the dot of a
foreign name as Hong Kong writes it (約翰‧基); an article's 文章日期 line."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def test_met_in_a_city_with_an_australian_and_a_new_zealander(sample_store: Store) -> None:
    text = ("澳洲外長北京過生日 王毅:有特殊意義\n"
            "2023年11月06日 18:01\n"
            "外交部長王毅周一(6日)在北京會見澳洲外長黃英賢。\n"
            "王毅另會見訪華的新西蘭前總理約翰‧基。")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.date, proposal.place) == ("2023-11-06", "Beijing")
    assert roles_proposed(sample_store, text) == {"Wang Yi": "participant"}
    # (their names as the text writes them, not in pinyin: they are not Chinese)
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("黃英賢", "participant", "AU", "外長"), ("約翰·基", "participant", "NZ", "總理")]


def test_talks_with_a_king_in_the_great_hall(sample_store: Store) -> None:
    text = "國家主席習近平在人民大會堂同摩洛哥國王穆罕默德六世舉行會談。"
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    # (in Beijing, and no conference: the 大會 of the hall's name)
    assert (proposal.place, proposal.event_type) == ("Beijing", "")
    assert ("穆罕默德六世", "participant", "MA", "國王") in new_proposed(
        sample_store, text, "name", "role", "country", "position")


def test_met_a_president_at_his_palace_on_a_weekday_after_the_articles_date(
        sample_store: Store) -> None:
    text = ("王毅晤馬克龍\n"
            "文章日期:2019年10月23日\n"
            "正在法國訪問的國務委員兼外長王毅,當地時間周一(21日)在巴黎愛麗舍宮與法國總統馬克龍"
            "會晤。")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.date, proposal.place, proposal.published) == (
        "2019-10-21", "巴黎", "2019-10-23")
    assert ("馬克龍", "participant", "FR") in new_proposed(
        sample_store, text, "name", "role", "country")


def test_talks_at_the_great_hall_of_the_people_in_english(sample_store: Store) -> None:
    text = ("On the afternoon of 14 April, President Xi Jinping held talks with Brazilian "
            "President Lula da Silva, who is on a state visit to China, at the Great Hall of the "
            "People.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == "Beijing"
