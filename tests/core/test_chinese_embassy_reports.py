"""New event from text on Chinese reports of embassies and summits: an
ambassador whose given name ends in 和 (李连和出席, not 李连 "and"), who spoke
after attending an event with a long name (出席…落成仪式并致辞), a later 李大使
that is that ambassador and not our Premier Li, 发表主旨讲话 as a speech, a year
another meeting is to be held in (将于2026年…举办) that is not the event's, and
a document whose title names its two parties (《A与B关于…的谅解备忘录》签署),
an embassy's chargé d'affaires (临时代办) and its diplomats named before
their posts (宋耀明经济商务公使、张漪波公参), and a line under the headline
with its time written on the day (2023年03月07日09:31)."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed

INNOVATION_CENTRE = (
    "2020年6月23日，驻阿尔及利亚大使李连和出席中兴通讯公司—阿尔及利亚国家科技园促进和发展署"
    "联合创新中心落成仪式并致辞，中兴通讯阿尔及利亚有限公司总经理张哲等出席了活动。\n\n"
    "李大使在致辞中表示，创新是发展的动力。")

MINISTERIAL = (
    "习近平出席中阿合作论坛部长级会议开幕式并发表主旨讲话\n\n"
    "新华社北京5月30日电 5月30日上午，国家主席习近平在北京出席中阿合作论坛第十届部长级会议"
    "开幕式并发表主旨讲话。习近平宣布，中方将于2026年在中国举办第二届中阿峰会。")

MEMORANDUM = (
    "中哥签署人工智能合作谅解备忘录\n\n"
    "6月18日，驻哥伦比亚大使朱京阳会见哥伦比亚科技创新部长，并见证《中国科学技术部与哥伦比亚"
    "科技创新部关于加强人工智能能力建设合作的谅解备忘录》签署仪式。")


def test_an_ambassador_named_with_he_who_spoke_after_attending(sample_store: Store) -> None:
    # 李大使 is the ambassador the item names in full, not our Premier Li Qiang
    assert roles_proposed(sample_store, INNOVATION_CENTRE) == {}
    assert new_proposed(sample_store, INNOVATION_CENTRE, "name", "native_name", "role",
                        "position") == [
        ("Li Lianhe", "李连和", "speaker", "驻阿尔及利亚大使"),
        ("Zhang Zhe", "张哲", "attendee", "总经理")]


def test_a_keynote_speech_and_a_year_of_another_meeting(sample_store: Store) -> None:
    with sample_store.session() as session:
        proposal = propose_event(session, MINISTERIAL)
    # no day: 2026 is the year the next summit is to be held, not this meeting's
    assert proposal.date == ""
    assert proposal.yearless == "5月30日"
    assert new_proposed(sample_store, MINISTERIAL, "name", "role", "position") == [
        ("Xi Jinping", "speaker", "国家主席")]


def test_a_documents_title_names_the_two_that_signed_it(sample_store: Store) -> None:
    assert roles_proposed(sample_store, MEMORANDUM) == {
        "Ministry of Science and Technology": "signatory"}
    assert ("哥伦比亚科技创新部", "signatory", "CO") in new_proposed(
        sample_store, MEMORANDUM, "name", "role", "country")


def test_a_body_named_after_its_countrys_one_character_short_form(sample_store: Store) -> None:
    algeria = ("驻阿尔及利亚大使李连和出席联合创新中心落成仪式，"
               "阿小型企业、初创企业和知识经济部部长亚辛·杰里丹等出席了活动。")
    # 阿 is Algeria, which the item names in full; the ministry's name holds 、
    minister = ("亚辛·杰里丹", "attendee", "DZ", "部长", "小型企业、初创企业和知识经济部")
    assert minister in new_proposed(sample_store, algeria, "name", "role", "country",
                                    "position", "affiliation")
    colombia = ("6月18日，驻哥伦比亚大使朱京阳会见哥科技创新部长奥拉亚，并见证《中国科学技术部与"
                "哥伦比亚科技创新部关于加强人工智能合作的谅解备忘录》签署仪式。")
    offered = new_proposed(sample_store, colombia, "name", "native_name", "country",
                           "affiliation")
    # a Colombian's name in Chinese characters is kept as written (no pinyin), and
    # 哥科技创新部 is the 哥伦比亚科技创新部 the item names in full
    assert ("奥拉亚", "", "CO", "哥伦比亚科技创新部") in offered
    assert ("哥伦比亚科技创新部", "", "CO", "") in offered


def test_a_charge_d_affaires_meets_a_visitor_with_the_embassys_diplomats(
        sample_store: Store) -> None:
    text = ("驻日本使馆临时代办会见山东省副省长\n\n"
            "2023年03月07日09:31  来源:中国驻日本大使馆\n\n"
            "3月6日，中国驻日本使馆临时代办杨宇会见来日访问的山东省副省长宋军继一行。"
            "使馆宋耀明经济商务公使、张漪波公参陪同会见。")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    # (the day in the year of the line under the headline, its time written on)
    assert proposal.date == "2023-03-06"
    assert new_proposed(sample_store, text, "name", "position", "affiliation") == [
        ("Yang Yu", "临时代办", "中国驻日本使馆"), ("Song Junji", "副省长", "山东省"),
        ("Song Yaoming", "经济商务公使", "使馆"), ("Zhang Yibo", "公参", "")]
