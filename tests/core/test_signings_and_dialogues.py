"""New event from text on signings, launches and dialogues: the country of a
post abroad or of a company's name is no participant, a long post with
commas in it, those who took part in talks or officiated a launch, a firm
described before its name, and how many were in attendance."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def _offered(store: Store, text: str) -> list[tuple[str, ...]]:
    return new_proposed(store, text, "name", "kind", "role", "country", "position")


def test_the_country_an_ambassador_is_posted_to_witnessed_nothing(
        sample_store: Store) -> None:
    text = ("Malaysia, China launch AI talent programme\n\n"
            "KUALA LUMPUR, 14 May 2025 (Bernama) -- Digital Minister Gobind Singh Deo "
            "officiated the launch, witnessed by Chinese Ambassador to Malaysia Ouyang Yujing.")
    assert "Malaysia" not in roles_proposed(sample_store, text)
    assert _offered(sample_store, text) == [
        # one who officiated the launch took part, "Digital" of his post
        ("Gobind Singh Deo", "person", "participant", "", "Digital Minister"),
        ("Ouyang Yujing", "person", "witness", "CN", "Ambassador to Malaysia")]


def test_a_ministry_with_and_in_its_name_opening_remarks_and_those_in_attendance(
        empty_store: Store) -> None:
    text = ("BANGKOK, Aug. 26 (Xinhua) -- The forum kicked off in Bangkok on Monday, with "
            "about 150 government officials, experts and industry representatives in "
            "attendance. It was jointly organized by Thailand's Ministry of Digital Economy "
            "and Society and the China Academy of Information and Communications Technology "
            "(CAICT).\n\nThai Deputy Prime Minister Prasert Jantararuangtong said in his "
            "opening remarks that AI governance required regional cooperation.")
    with empty_store.session() as session:
        proposal = propose_event(session, text)
    assert proposal.attendance is not None
    assert (proposal.attendance.number, proposal.attendance.qualifier) == (150, "approximately")
    assert _offered(empty_store, text) == [
        ("Ministry of Digital Economy and Society (Thailand)", "organization", "co-organizer",
         "TH", ""),
        ("China Academy of Information and Communications Technology", "organization",
         "co-organizer", "CN", ""),
        ("Prasert Jantararuangtong", "person", "speaker", "TH", "Deputy Prime Minister")]


def test_a_firm_described_before_its_name_signs_filed_from_a_dateline_with_no_year(
        empty_store: Store) -> None:
    text = ("Egypt's ITIDA signs MoU with iFlytek\n\n"
            "CAIRO, March 3 — Egypt's Information Technology Industry Development Agency "
            "(ITIDA) signed a memorandum of understanding with Chinese AI firm iFlytek on "
            "Sunday to develop Arabic speech recognition tools.")
    with empty_store.session() as session:
        proposal = propose_event(session, text)
    assert proposal.place == "Cairo"
    assert _offered(empty_store, text) == [
        ("Information Technology Industry Development Agency", "organization", "signatory",
         "EG", ""),
        ("iFlytek", "organization", "signatory", "CN", "")]


def test_a_company_named_with_its_country_signs_not_the_country(sample_store: Store) -> None:
    text = ("JAKARTA, Jan 9 (Reuters) - Indonesia's state-owned telecoms company Telkom "
            "Indonesia and China's Alibaba Cloud also signed a partnership agreement on cloud "
            "infrastructure during the visit.\n\n"
            "In Abuja, NITDA and Huawei Technologies Nigeria have signed a memorandum of "
            "understanding to train civil servants.")
    assert roles_proposed(sample_store, text) == {}  # not the sample's Indonesia nor China
    assert _offered(sample_store, text) == [
        ("Telkom Indonesia", "organization", "signatory", "ID", ""),
        ("Alibaba Cloud", "organization", "signatory", "CN", ""),
        ("NITDA", "organization", "signatory", "", ""),
        ("Huawei Technologies Nigeria", "organization", "signatory", "NG", "")]


def test_a_long_post_with_commas_and_those_who_took_part_in_the_talks(
        empty_store: Store) -> None:
    text = ("ABU DHABI, 12 February 2024: The UAE delegation was led by Omar Sultan Al Olama, "
            "Minister of State for Artificial Intelligence, Digital Economy and Remote Work "
            "Applications, while the Chinese delegation was headed by Vice Minister of Science "
            "and Technology Wu Zhaohui.\n\n"
            "Representatives of G42 and SenseTime also took part in the talks.")
    assert _offered(empty_store, text) == [
        # a name of four with a particle (and "Sultan" in it no post), what his post
        # is for after its commas naming no one
        ("Omar Sultan Al Olama", "person", "representative", "",
         "Minister of State for Artificial Intelligence"),
        ("Wu Zhaohui", "person", "representative", "CN",
         "Vice Minister of Science and Technology"),
        ("G42", "organization", "participant", "", ""),
        ("SenseTime", "organization", "participant", "", "")]


def test_those_who_unveiled_a_centre_in_chinese_and_an_assistant_secretary_general(
        sample_store: Store) -> None:
    text = ("新华社南宁6月6日电 6月6日，中国—东盟人工智能应用合作中心在广西南宁揭牌成立。"
            "该中心由广西壮族自治区人民政府与中国信息通信研究院共建。\n\n"
            "工业和信息化部副部长单忠德、广西壮族自治区主席蓝天立共同为中心揭牌。"
            "阿盟助理秘书长哈立德·马纳泽拉出席。")
    # the region built it with the academy: its part is its own, not its chairman's
    assert roles_proposed(sample_store, text)["Guangxi Zhuang Autonomous Region"] == (
        "participant")
    assert new_proposed(sample_store, text, "name", "native_name", "role", "position",
                        "affiliation") == [
        ("中国—东盟人工智能应用合作中心", "", "established (outcome)", "", ""),
        ("中国信息通信研究院", "", "participant", "", ""),
        ("Dan Zhongde", "单忠德", "participant", "副部长", "工业和信息化部"),
        ("Lan Tianli", "蓝天立", "participant", "主席", "广西壮族自治区"),
        ("哈立德·马纳泽拉", "", "attendee", "助理秘书长", "阿盟")]


def test_a_country_a_body_is_of_did_nothing_but_a_government_is_its_country(
        sample_store: Store) -> None:
    text = ("The Government of Laos and the Republic of Korea signed a memorandum with the "
            "Ministry of Foreign Affairs of Brazil. Tsinghua University and the National "
            "University of Singapore on Wednesday launched a joint research centre.")
    # the sample's Laos (as its government), not Brazil nor Singapore
    assert roles_proposed(sample_store, text) == {"Laos": "signatory"}
    assert [(name, kind, role, country) for name, kind, role, country, _post in
            _offered(sample_store, text)] == [
        ("South Korea", "country", "signatory", "KR"),
        ("Ministry of Foreign Affairs (Brazil)", "organization", "signatory", "BR"),
        ("Tsinghua University", "organization", "participant", ""),
        ("National University of Singapore", "organization", "participant", "SG")]
