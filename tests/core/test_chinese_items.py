"""New event from text on Chinese news items that open with their first
paragraph: the event's name for a title, a ministry whose name holds a 、,
who chaired the opening, a secretariat that signed for its body, and a post
of a body whose name says no more than the name (东盟副秘书长)."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed

FORUM = ("2023年12月5日至6日，由中国国际经济交流中心主办的“中国—中亚人工智能合作论坛”在新疆乌鲁木齐"
         "举行。来自中亚五国的官员和专家约300人参加论坛。\n\n"
         "哈萨克斯坦数字发展、创新和航空航天工业部部长巴格达特·穆辛在开幕式上致辞。"
         "中国国际经济交流中心理事长毕井泉主持开幕式。")


def test_an_item_opening_with_its_paragraph_is_titled_by_the_name_it_gives_the_event(
        empty_store: Store) -> None:
    with empty_store.session() as session:
        proposal = propose_event(session, FORUM)
    # the first line is a paragraph (it holds a 。), not a headline
    assert (proposal.title, proposal.native_title) == ("中国—中亚人工智能合作论坛",
                                                       "中国—中亚人工智能合作论坛")
    assert proposal.title_is_name
    assert proposal.date == "2023-12-05/2023-12-06"


def test_a_ministry_named_with_a_comma_is_whole_and_who_chaired_the_opening_spoke(
        empty_store: Store) -> None:
    assert new_proposed(empty_store, FORUM, "name", "native_name", "role", "country",
                        "position", "affiliation") == [
        ("中国国际经济交流中心", "", "host", "CN", "", ""),
        ("巴格达特·穆辛", "", "speaker", "KZ", "部长", "哈萨克斯坦数字发展、创新和航空航天工业部"),
        ("Bi Jingquan", "毕井泉", "speaker", "CN", "理事长", "中国国际经济交流中心"),
    ]


def test_a_secretariat_signs_for_itself_and_a_post_of_asean_is_of_ours(
        sample_store: Store) -> None:
    text = ("2024年10月9日，东盟秘书处与中国信息通信研究院在雅加达签署合作谅解备忘录。"
            "东盟副秘书长萨特温德·辛格与中国信息通信研究院院长余晓晖代表双方签署备忘录。")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
        asean = next(pid for pid, name, _native in proposal.participants
                     if name == "Association of Southeast Asian Nations")
    # ASEAN is named (in 东盟秘书处), but its secretariat signed
    assert asean not in proposal.roles
    offered = {new.native_name or new.name: new for new in proposal.new_names}
    assert offered["东盟秘书处"].role == "signatory"
    assert (offered["萨特温德·辛格"].affiliation, offered["萨特温德·辛格"].affiliation_id) == (
        "东盟", asean)
    # 主持召开: a meeting called, no one chairing another's opening
    with sample_store.session() as session:
        assert propose_event(session, "2025年3月1日，李强主持召开国务院常务会议。").new_names == []


def test_an_embassy_a_ministry_named_with_yu_and_companies_listed_before_deng(
        empty_store: Store) -> None:
    text = ("新华社曼谷6月28日电（记者林昊）中国—泰国数字经济合作论坛28日在曼谷举行。"
            "本次论坛由中国驻泰国大使馆和泰国数字经济与社会部共同主办。"
            "华为、阿里巴巴、京东等30余家中泰企业代表参加论坛。")
    with empty_store.session() as session:
        proposal = propose_event(session, text)
    # the reporter's name after the dateline is not the event's
    assert proposal.title == "中国—泰国数字经济合作论坛"
    assert [(new.name, new.role, new.country) for new in proposal.new_names] == [
        ("中国驻泰国大使馆", "co-host", "CN"),  # China's embassy, in Thailand
        ("泰国数字经济与社会部", "co-host", "TH"),
        # their representatives attended
        ("华为", "attendee", ""), ("阿里巴巴", "attendee", ""), ("京东", "attendee", ""),
    ]


def test_a_meeting_held_online_and_co_chaired(empty_store: Store) -> None:
    text = ("2024年9月12日，中国—东盟数字部长会议以线上方式召开。"
            "会议由老挝技术与通信部部长波万坎·冯达拉和中国国家互联网信息办公室副主任牛一兵共同主持。")
    with empty_store.session() as session:
        proposal = propose_event(session, text)
    assert proposal.title == "中国—东盟数字部长会议"
    # 共同主持: co-chaired, as "co-chaired by" makes co-hosts
    assert [(new.native_name or new.name, new.role) for new in proposal.new_names] == [
        ("波万坎·冯达拉", "co-host"), ("牛一兵", "co-host")]


def test_heads_of_state_and_a_foreign_name_in_chinese_characters(empty_store: Store) -> None:
    text = ("新华社北京5月20日电 国家主席习近平20日在人民大会堂会见"
            "来华进行国事访问的越南国家主席苏林。工业和信息化部部长李乐成参加会见。")
    assert new_proposed(empty_store, text, "name", "native_name", "role", "country",
                        "position", "affiliation") == [
        ("Xi Jinping", "习近平", "participant", "", "国家主席", ""),
        # what is said of him before 的 is not his name; a Vietnamese name is kept as
        # written (its pinyin, "Su Lin", would be no one's)
        ("苏林", "", "participant", "VN", "国家主席", ""),
        ("Li Lecheng", "李乐成", "attendee", "", "部长", "工业和信息化部"),
    ]


def test_a_lab_built_by_two_bodies_is_the_outcome_of_its_opening(empty_store: Store) -> None:
    text = ("新华社雅加达3月15日电（记者李明）由浙江大学与印度尼西亚万隆理工学院共建的"
            "中国—印尼人工智能联合实验室15日在雅加达揭牌。")
    assert new_proposed(empty_store, text, "name", "role", "country") == [
        ("浙江大学", "participant", "CN"),  # of Zhejiang province
        ("印度尼西亚万隆理工学院", "participant", "ID"),
        ("中国—印尼人工智能联合实验室", "established (outcome)", ""),
    ]


def test_a_provincial_delegation_visiting_who_invited_it_led_it_and_went_along(
        empty_store: Store) -> None:
    text = ("浙江省代表团访问老挝 推动数字经济合作\n\n"
            "新华社万象11月12日电（记者郭磊）应老挝技术与通信部邀请，浙江省副省长卢山率浙江省代表团于"
            "11月10日至12日访问老挝。\n\n"
            "阿里巴巴集团、海康威视等浙江企业代表随团访问。")
    assert new_proposed(empty_store, text, "name", "native_name", "role", "country",
                        "position", "affiliation") == [
        # who invited them, and the country visited, hosted the visit
        ("老挝技术与通信部", "", "host", "LA", "", ""),
        # the vice-governor of Zhejiang, China's province, led it
        ("Lu Shan", "卢山", "representative", "CN", "副省长", "浙江省"),
        ("Laos", "", "host", "LA", "", ""),
        # the companies' representatives went with it
        ("阿里巴巴集团", "", "participant", "", "", ""),
        ("海康威视", "", "participant", "", "", ""),
    ]


def test_a_person_written_otherwise_in_chinese_than_ours_is_offered_as_alike(
        sample_store: Store) -> None:
    """The sample's ASEAN-China Centre secretary-general is 石中軍, "Shi
    Zhongjun"; 史忠俊 is read so too, but is not him for sure."""
    text = "中国—东盟中心秘书长史忠俊、广西大学校长出席开幕式并致辞。"
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    shi = next(new for new in proposal.new_names if new.native_name == "史忠俊")
    assert (shi.name, shi.role, shi.position) == ("Shi Zhongjun", "speaker", "秘书长")
    assert shi.alike is not None and shi.alike.name == "Shi Zhongjun" and not shi.alike.sure
    assert all(name != "Shi Zhongjun" for _pid, name, _native in proposal.participants)
