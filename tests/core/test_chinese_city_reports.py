"""New event from text on Chinese reports of cities' and regions' exchanges:
在南宁分别签署 (the place without how it was done), a campus in brackets
(香港科技大学（广州）, another body than 香港科技大学), 会见…一行并见证签约
(who met them witnessed it), a list of guests 参会 with Japanese names and
posts (副知事, 公使), a list closed by 等近200名中日来宾, a ministry's 司 and a
province's 外办 as bodies, 重庆市长 as a place's head (no one named 重庆), a
weekday and its date after a name, 总领事…同…会长 (China only whose), an
American mayor's name kept as written, a city's dateline without its wire,
and 出席活动，并共同签署 (those who attended signed it)."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def test_bodies_that_signed_respectively_and_one_who_met_their_heads_and_witnessed_it(
        sample_store: Store) -> None:
    place_countries.prepare()  # the towns, as the dialog reads them beside it
    text = ("4月9日，自治区政府与鹏城实验室和香港科技大学、香港科技大学（广州）在南宁分别签署"
            "战略合作协议。自治区党委书记陈刚会见鹏城实验室主任、中国工程院院士高文，香港科技大学"
            "校董会主席沈向洋一行并见证签约。")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert proposal.place == "南宁"
    assert [(new.name, new.role) for new in proposal.new_names] == [
        ("自治区政府", "signatory"), ("鹏城实验室", "signatory"), ("香港科技大学", "signatory"),
        ("香港科技大学（广州）", "signatory"), ("Chen Gang", "witness"),
        ("Gao Wen", "participant"), ("Shen Xiangyang", "participant")]
    assert roles_proposed(sample_store, text) == {}  # (the academy is whose post)


def test_guests_with_japanese_posts_and_a_list_of_many_who_took_part(
        sample_store: Store) -> None:
    place_countries.prepare()
    text = ("第二十一届中日地方交流促进研讨会在郑州举办\n"
            "文章来源：河南省外事网 发布日期：2025-07-25\n"
            "由日本自治体国际化协会主办、中国外交部外事管理司和河南省外办协办的研讨会于7月23日至25日"
            "在郑州举办。奈良县副知事西村高则，日本驻华使馆公使臼井将人，郑州市长庄建球等近200名中日"
            "来宾参会。")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert proposal.date == "2025-07-23/2025-07-25"
    assert [(new.name, new.role, new.country, new.position) for new in proposal.new_names] == [
        ("日本自治体国际化协会", "host", "JP", ""),
        ("中国外交部外事管理司", "co-organizer", "CN", ""),
        ("河南省外办", "co-organizer", "", ""),
        ("西村高则", "attendee", "JP", "副知事"),
        ("臼井将人", "attendee", "JP", "公使"),
        ("Zhuang Jianqiu", "attendee", "CN", "市长")]  # (郑州 is in China)
    assert roles_proposed(sample_store, text) == {}  # (China only whose the department is)


def test_two_mayors_one_met_on_a_weekday(sample_store: Store) -> None:
    place_countries.prepare()  # (重庆 is in China)
    text = ("重庆市长会见首尔市长\n\n"
            "重庆市市长胡衡华星期一（7月29日）会见了韩国首尔市市长吴世勋一行。")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Hu Henghua", "participant", "CN"), ("吴世勋", "participant", "KR")]


def test_a_consul_general_with_a_bodys_head_and_an_american_mayor(
        sample_store: Store) -> None:
    place_countries.prepare()  # the towns, as the dialog reads them beside it
    text = ("旧金山市同深圳市签署友好交流合作备忘录\n"
            "时间：2024-05-30 02:15:50\n"
            "旧金山5月29日电（记者邓圩）当地时间5月28日，深圳市与旧金山市政府签署友好交流合作备忘录。"
            "中国驻旧金山总领事张建敏同中国人民对外友好协会会长杨万明、旧金山市市长布里德出席并致辞。")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert proposal.date == "2024-05-28"
    assert roles_proposed(sample_store, text) == {}  # (China only whose the consul is)
    assert [(new.name, new.role, new.country) for new in proposal.new_names][2:] == [
        ("Zhang Jianmin", "speaker", "CN"), ("Yang Wanming", "speaker", "CN"),
        ("布里德", "speaker", "US")]


def test_those_who_attended_and_then_signed_together(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("8月23日，重庆市举行国际友好城市合作项目签约活动。重庆市市长唐良智，巴拿马共和国"
            "巴拿马省省长拉法埃尔·皮诺·平托出席活动，并共同签署《建立友好市省关系谅解备忘录》。")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Tang Liangzhi", "signatory", "CN"), ("拉法埃尔·皮诺·平托", "signatory", "PA")]
