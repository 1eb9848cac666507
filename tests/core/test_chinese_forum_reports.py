"""New event from text on Chinese reports of a forum abroad and of a course:
a ministry whose name holds 、 after its topics (巴西发展、工业、贸易和服务部),
a post held with another (副总干事兼…执行干事), hosts a comma apart after 由,
a capital named after a description of its country, "local time" before
the day, an envoy named 驻…大使, and one who said so at the opening."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed

BRICS_FORUM = (
    "当地时间5月20日，金砖国家人工智能高级别论坛在金砖轮值主席国巴西首都巴西利亚举办。"
    "中国工业和信息化部副部长熊继军，巴西发展、工业、贸易和服务部副部长罗萨，"
    "巴西公共服务管理和创新部国家转型特别秘书弗朗西斯科·盖塔尼，巴西创业、微型企业和小型企业部"
    "副部长弗朗塔德乌·阿伦卡尔，联合国工业发展组织副总干事兼技术合作和可持续工业发展总司执行干事"
    "邹刺勇出席论坛并致辞。\n"
    "本次论坛是2025年金砖国家工业部长会议系列活动之一，由中国工业和信息化部，巴西公共服务管理和"
    "创新部，巴西发展、工业、贸易和服务部与巴西科技创新部共同主办。")


def _offered(store: Store, text: str) -> list[tuple[str, ...]]:
    return new_proposed(store, text, "name", "kind", "role", "country", "position",
                        "affiliation")


def test_each_speaker_of_a_list_commas_apart_with_a_ministry_whose_name_holds_a_pause(
        sample_store: Store) -> None:
    speakers = [new for new in _offered(sample_store, BRICS_FORUM) if new[1] == "person"]
    assert speakers == [
        ("Xiong Jijun", "person", "speaker", "CN", "副部长", "中国工业和信息化部"),
        # the ministry's whole name, its 、 after topics; a Brazilian's name kept as written
        ("罗萨", "person", "speaker", "BR", "副部长", "巴西发展、工业、贸易和服务部"),
        # the words between the ministry and the post are the post's
        ("弗朗西斯科·盖塔尼", "person", "speaker", "BR", "国家转型特别秘书",
         "巴西公共服务管理和创新部"),
        ("弗朗塔德乌·阿伦卡尔", "person", "speaker", "BR", "副部长",
         "巴西创业、微型企业和小型企业部"),
        # a post held with another (兼), the second ending in 执行干事
        ("Zou Ciyong", "person", "speaker", "", "副总干事兼技术合作和可持续工业发展总司执行干事",
         "联合国工业发展组织")]


def test_hosts_a_comma_apart_after_by_are_all_hosts_and_brazil_hosts_nothing_itself(
        sample_store: Store) -> None:
    roles = roles_proposed(sample_store, BRICS_FORUM)
    assert roles["Ministry of Industry and Information Technology"] == "co-host"
    # Brazil only opens its ministries' names
    assert "Brazil" not in roles
    hosts = [name for name, kind, role, *_rest in _offered(sample_store, BRICS_FORUM)
             if role == "co-host"]
    assert hosts == ["巴西公共服务管理和创新部", "巴西发展、工业、贸易和服务部", "巴西科技创新部"]


def test_the_forum_is_named_after_local_time_and_held_in_the_capital_of_the_country_described(
        sample_store: Store) -> None:
    with sample_store.session() as session:
        proposal = propose_event(session, BRICS_FORUM)
    assert proposal.title == "金砖国家人工智能高级别论坛"
    assert (proposal.event_type, proposal.date) == ("forum", "2025-05-20")
    assert proposal.place == "巴西利亚"


def test_a_course_named_by_its_session_and_one_who_said_so_at_its_opening(
        sample_store: Store) -> None:
    text = ("由外交部主辦、清華大學承辦的第二期人工智能能力建設研討班開班式12日在北京舉行。"
            "外交部副部長馬朝旭在開班式上表示，人工智能帶來機遇。"
            "贊比亞常駐聯合國代表莫萊博表示，研討班意義重大。")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    # the course (第二期…研討班), not its opening ceremony, as the text writes it
    assert (proposal.title, proposal.event_type) == ("第二期人工智能能力建設研討班", "seminar")
    offered = _offered(sample_store, text)
    # said at the opening: a speaker; one who only "表示" is not said to have been there
    assert ("Ma Chaoxu", "person", "speaker", "", "副部長", "外交部") in offered
    assert not [new for new in offered if "莫萊博" in new[0] or new[0].startswith("Mo ")]


def test_an_envoy_named_by_the_country_of_the_post_is_chinas(sample_store: Store) -> None:
    text = ("中哥签署人工智能合作谅解备忘录\n\n2025年6月18日，驻哥伦比亚大使朱京阳出席签署仪式。")
    assert _offered(sample_store, text)[0] == (
        "Zhu Jingyang", "person", "attendee", "CN", "驻哥伦比亚大使", "")


def test_speakers_commas_apart_with_party_posts_and_a_state_secretary(
        sample_store: Store) -> None:
    text = ("2025年9月18日，第二届中国—东盟人工智能合作论坛在南宁开幕。广西壮族自治区党委书记陈刚，"
            "老挝技术与通信部部长波万坎·冯达拉，柬埔寨邮电部国务秘书索·普提武出席开幕式并致辞。"
            "印度尼西亚驻华使馆副馆长帕鲁利安出席。东盟秘书长高金洪通过视频致辞。")
    assert _offered(sample_store, text) == [
        ("Chen Gang", "person", "speaker", "CN", "书记", "广西壮族自治区党委"),
        ("波万坎·冯达拉", "person", "speaker", "LA", "部长", "老挝技术与通信部"),
        # 国务秘书 is a post: the list is read whole, each speaking, not Cambodia
        ("索·普提武", "person", "speaker", "KH", "国务秘书", "柬埔寨邮电部"),
        ("帕鲁利安", "person", "attendee", "ID", "副馆长", "印度尼西亚驻华使馆"),
        ("Gao Jinhong", "person", "speaker", "", "秘书长", "东盟")]
    # the countries and ASEAN are named only as whose the posts are
    assert roles_proposed(sample_store, text) == {}


def test_a_company_called_hereinafter_and_witnesses_with_posts_in_latin_letters(
        sample_store: Store) -> None:
    text = ("中国外文局与华为签署合作协议\n\n"
            "2025年12月2日，中国外文出版发行事业局（下称“中国外文局”）与华为技术有限公司"
            "（下称“华为”）在深圳签署合作协议。\n"
            "中国外文局局长常勃，华为公司副总裁、ISP与传媒军团CEO岳坤，华为中国政企大企业"
            "Marketing与解决方案销售部总经理肖雪岗出席活动并见证签约。中国外文局副局长余应福，"
            "华为中国政企大企业系统部总经理刘涛分别代表双方签署协议。")
    # ours by the name the text gives it "hereinafter"; China, inside a unit's name, did nothing
    assert roles_proposed(sample_store, text) == {
        "China International Communications Group": "signatory"}
    assert _offered(sample_store, text) == [
        # the company by its name, its legal form left off, "华为" its short name
        ("华为技术", "organization", "signatory", "", "", ""),
        ("Chang Bo", "person", "witness", "CN", "局长", "中国外文局"),
        # two posts a 、 apart, one in Latin letters, written as the text writes it
        ("Yue Kun", "person", "witness", "", "副总裁、CEO", "华为公司"),
        ("Xiao Xuegang", "person", "witness", "", "总经理",
         "华为中国政企大企业Marketing与解决方案销售部"),
        # both who signed for their sides, a comma apart before 分别代表
        ("Yu Yingfu", "person", "representative", "CN", "副局长", "中国外文局"),
        ("Liu Tao", "person", "representative", "", "总经理", "华为中国政企大企业系统部")]


def test_a_speaker_in_his_speech_and_an_envoy_of_the_secretary_general(
        sample_store: Store) -> None:
    text = ("2025年7月26日，论坛在上海开幕。上海市副市长陈杰在致辞中介绍了上海的发展。"
            "中共中央政治局委员、上海市委书记陈吉宁，联合国秘书长特使吉尔出席。")
    offered = _offered(sample_store, text)
    assert offered[:2] == [
        # 在 before what he did is no part of his name
        ("Chen Jie", "person", "speaker", "CN", "副市长", "上海市"),
        ("Chen Jining", "person", "attendee", "CN", "书记", "上海市委")]
    # a post of a post: the Secretary-General's envoy, of the UN (his name, a
    # foreign one in Chinese characters, is for the analyst to write in its letters)
    assert [new[2:] for new in offered[2:]] == [("attendee", "", "秘书长特使", "联合国")]


def test_traditional_characters_posts_of_taiwan_and_a_body_with_zai_in_its_name(
        sample_store: Store) -> None:
    text = ("中央社台北10日電 國科會主委吳誠文今天出席台美人工智慧論壇並致詞，"
            "美國在台協會處長谷立言也出席。2025年3月10日，泰國數位經濟及社會部長差猜出席開幕式。")
    assert _offered(sample_store, text) == [
        # 主委 is a post; the day before what he did is no part of his name
        ("Wu Chengwen", "person", "speaker", "", "主委", "國科會"),
        # 在 inside a body's name before a post is no place; an American's name kept as written
        ("谷立言", "person", "attendee", "US", "處長", "美國在台協會"),
        ("差猜", "person", "attendee", "TH", "部長", "泰國數位經濟及社會部")]
    # Thailand and the United States are named only as whose the bodies are
    assert roles_proposed(sample_store, text) == {}


def test_two_bodies_joined_by_yu_both_sign_the_second_no_unit_of_the_first(
        sample_store: Store) -> None:
    text = "2025年5月3日，中国外文局与东盟中心在万象签署协议。"
    assert roles_proposed(sample_store, text) == {
        "China International Communications Group": "signatory",
        "ASEAN-China Centre": "signatory"}


def test_a_forum_named_after_its_host_and_co_organiser(sample_store: Store) -> None:
    text = "2025年6月5日，由中国信息通信研究院主办、华为公司协办的人工智能安全论坛在北京召开。"
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.title, proposal.event_type) == ("人工智能安全论坛", "forum")
