"""New event from text on Chinese reports of provinces and cities signing
with their counterparts abroad: each place, after its country's name, is a
signatory of that country (西班牙卡斯蒂亚拉曼查自治区, 老挝万象市, 巴西…市), the
country itself no signatory; Inner Mongolia's league is China's, Mongolia's
province Mongolia's (内蒙古 is not 蒙古); a list closed by 等中外地方政府共
签署; a body that did it somewhere (海南省政府在博鳌分别与…) and a foreign
region (芬兰北芬兰区), and a country named only as whose a place is, no
participant of its own; one who signed for a city with another's mayor or
with several cities (A代表B与C共同签署, A代表B分别与C、D签订), and a named
conference's days (11月18日至19日), not the month since which two cities have
been partners (自2023年6月…以来)."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def test_a_province_signs_with_regions_and_cities_of_other_countries(
        sample_store: Store) -> None:
    place_countries.prepare()
    text = ("四川与多个国际友好城市签署合作协议\n"
            "开幕式上，四川省与西班牙卡斯蒂亚拉曼查自治区签署建立友好省区协议；"
            "与老挝万象市、越南太原省签署建立友好合作关系备忘录。")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("四川省", "signatory", "CN"), ("卡斯蒂亚拉曼查自治区", "signatory", "ES"),
        ("万象市", "signatory", "LA"), ("太原省", "signatory", "VN")]
    # (Laos, Vietnam and Spain only whose the places are)
    assert roles_proposed(sample_store, text) == {}


def test_two_cities_in_traditional_characters(sample_store: Store) -> None:
    place_countries.prepare()
    text = "中國台山市與巴西聖若澤多斯坎波斯市簽署友好合作關係備忘錄"
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("台山市", "signatory", "CN"), ("聖若澤多斯坎波斯市", "signatory", "BR")]
    assert roles_proposed(sample_store, text) == {}


def test_inner_mongolia_is_chinas_and_mongolia_its_own(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("在昆明举行的友好城市大会上，内蒙古自治区兴安盟与蒙古国东方省等中外地方政府"
            "共签署8份建立友好城市关系协议书。")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("内蒙古自治区兴安盟", "signatory", "CN"), ("东方省", "signatory", "MN")]


def test_a_provincial_government_signs_somewhere_with_three_places_abroad(
        sample_store: Store) -> None:
    place_countries.prepare()
    text = ("4月9日中午，海南省政府在博鳌分别与柬埔寨西哈努克省、克罗地亚扎达尔省签署结好意向，"
            "与芬兰北芬兰区签署深化友好合作关系谅解备忘录。")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("海南省政府", "signatory", "CN"), ("西哈努克省", "signatory", "KH"),
        ("扎达尔省", "signatory", "HR"), ("北芬兰区", "signatory", "FI")]
    assert roles_proposed(sample_store, text) == {}


def test_a_city_and_its_government_are_one_signatory(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("旧金山市同深圳市签署友好交流合作备忘录\n"
            "当地时间5月28日，深圳市与旧金山市政府签署友好交流合作备忘录。")
    assert sorted(new_proposed(sample_store, text, "name", "role")) == [
        ("旧金山市政府", "signatory"), ("深圳市", "signatory")]


def test_a_country_named_only_as_whose_a_city_is_is_no_participant(
        sample_store: Store) -> None:
    with sample_store.session() as session:
        proposal = propose_event(session, "四川省与老挝万象市签署建立友好合作关系备忘录。")
        both = propose_event(session, "老挝万象市与中国签署合作协议。")
    assert proposal.participants == []  # (Laos only whose 万象市 is)
    assert [name for _pid, name, _native in both.participants] == ["China"]


def test_a_deputy_mayor_signs_for_his_city_with_a_mayor_abroad(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("在签约仪式上，运城市副市长孙鹏程代表运城市与韩国义王市市长金成济共同签署了"
            "建立友好城市关系协议书。")
    assert new_proposed(sample_store, text, "name", "role", "country", "position",
                        "affiliation") == [
        ("Sun Pengcheng", "representative", "CN", "副市长", "运城市"),
        ("运城市", "signatory", "", "", ""),
        ("金成济", "signatory", "KR", "市长", "")]  # (a Korean's name as written)


def test_a_mayor_signs_for_his_city_with_several_cities(sample_store: Store) -> None:
    place_countries.prepare()
    text = "绍兴市市长俞志宏代表绍兴市分别与新西兰陶波市、塞尔维亚苏博蒂察市签订了友好城市协议书。"
    with sample_store.session() as session:
        assert propose_event(session, text).event_type == "agreement signing"
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Yu Zhihong", "representative", "CN"), ("绍兴市", "signatory", ""),
        ("陶波市", "signatory", "NZ"), ("苏博蒂察市", "signatory", "RS")]


def test_the_days_of_a_named_conference_not_the_month_since_which(sample_store: Store) -> None:
    text = ("11月18日至19日，2024中国国际友好城市大会在昆明举办。自2023年6月两市建立友好"
            "合作关系以来，双方交往不断。")
    with sample_store.session() as session:
        assert propose_event(session, text).date == "2024-11-18/2024-11-19"
