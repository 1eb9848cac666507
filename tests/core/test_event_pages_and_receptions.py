"""New event from text on an event page's labelled lines, a delegation a
minister received, a body's short name given in brackets, and Chinese items
in traditional characters or naming companies beside a country."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def _offered(store: Store, text: str) -> list[tuple[str, ...]]:
    return new_proposed(store, text, "name", "kind", "role", "alias", "country", "position",
                        "affiliation")


def test_a_body_named_by_the_short_name_in_brackets_is_one_and_its_people_of_it(
        sample_store: Store) -> None:
    text = ("Indonesia and China sign MoU on digital talent\n\n"
            "JAKARTA, 22 May 2025 — Indonesia's Ministry of Communication and Digital Affairs "
            "(Komdigi) signed a memorandum of understanding with Huawei Indonesia on Thursday."
            "\n\nThe MoU was signed by Komdigi Secretary General Ismail and Huawei Indonesia "
            "CEO Jacky Chen. The training is organised by Komdigi and supported by the ASEAN "
            "Foundation.")
    ministry = "Ministry of Communication and Digital Affairs (Indonesia)"
    assert _offered(sample_store, text) == [
        # "organised by Komdigi" is the ministry again, which signed
        (ministry, "organization", "signatory", "Komdigi", "ID", "", ""),
        ("Huawei Indonesia", "organization", "signatory", "", "ID", "", ""),
        # one name alone after "Secretary General"; of the ministry, of Indonesia
        ("Ismail", "person", "signatory", "", "ID", "Secretary General", ministry),
        ("Jacky Chen", "person", "signatory", "", "ID", "CEO", "Huawei Indonesia"),
        # a body of ASEAN's, not our ASEAN; "supported by" as 协办 reads
        ("ASEAN Foundation", "organization", "co-organizer", "", "", "", "")]
    assert "Association of Southeast Asian Nations" not in roles_proposed(sample_store, text)


def test_who_received_a_delegation_hosts_it_and_who_led_it_stands_for_its_body(
        sample_store: Store) -> None:
    text = ("Vietnam, China boost cooperation in science and technology\n\n"
            "HANOI, April 8 (VNA) – Minister of Science and Technology Nguyen Manh Hung "
            "received a delegation of China's Ministry of Science and Technology led by Vice "
            "Minister Chen Jiachang in Hanoi on April 7.\n\n"
            "The Chinese delegation also visited the Vietnam Academy of Science and Technology "
            "and the Hoa Lac Hi-tech Park.")
    # the sample's Ministry of Science and Technology is China's
    assert roles_proposed(sample_store, text)["Ministry of Science and Technology"] == (
        "participant")
    assert [(name, role, country, position, affiliation)
            for name, _kind, role, _alias, country, position, affiliation in _offered(
                sample_store, text)] == [
        ("Nguyen Manh Hung", "host", "", "Minister of Science and Technology", ""),
        ("Chen Jiachang", "representative", "CN", "Vice Minister",
         "China's Ministry of Science and Technology"),
        ("Vietnam Academy of Science and Technology", "host", "VN", "", ""),
        ("Hoa Lac Hi-tech Park", "host", "", "", "")]


def test_an_event_page_its_date_line_its_speakers_listed_and_its_chair(
        empty_store: Store) -> None:
    text = ("Event: Governing AI in the Global South\n\n"
            "Date: Wednesday, 12 March 2025, 14:00–16:00 GMT\n"
            "Venue: Chatham House, London, and online\n\n"
            "Chatham House hosted a panel discussion on the governance of AI.\n\n"
            "Speakers:\n"
            "- Dr. Nanjala Nyabola, Director, Advox\n"
            "- Professor Xue Lan, Dean, Schwarzman College, Tsinghua University\n\n"
            "Chair: Alex Krasodomski, Senior Research Associate, Chatham House\n")
    with empty_store.session() as session:
        proposal = propose_event(session, text)
    assert proposal.title == "Governing AI in the Global South"
    # beside "Venue:", "Date:" is the event's, not the page's publication
    assert (proposal.date, proposal.published) == ("2025-03-12", "")
    assert [(name, role, position, affiliation)
            for name, _kind, role, _alias, _country, position, affiliation in _offered(
                empty_store, text)] == [
        ("Chatham House", "host", "", ""),
        ("Nanjala Nyabola", "speaker", "Director", "Advox"),
        ("Xue Lan", "speaker", "Dean", "Schwarzman College, Tsinghua University"),
        ("Alex Krasodomski", "speaker", "Senior Research Associate", "Chatham House")]


def test_a_traditional_chinese_item_keeps_its_characters(empty_store: Store) -> None:
    text = ("第三屆兩岸人工智慧論壇在台北舉行\n\n"
            "中央社台北11月5日電 第三屆兩岸人工智慧論壇今天在台北舉行，由財團法人資訊工業策進會與"
            "中華電信共同主辦，國立臺灣大學協辦。行政院政務委員吳誠文出席開幕式並致詞。"
            "論壇吸引產官學界約300人參加。")
    with empty_store.session() as session:
        proposal = propose_event(session, text)
    assert proposal.attendance is not None
    assert (proposal.attendance.number, proposal.attendance.qualifier) == (
        300, "approximately")
    assert [(name, kind, role, country, position, affiliation)
            for name, kind, role, _alias, country, position, affiliation in _offered(
                empty_store, text)] == [
        # 與 parts two hosts; the legal form 財團法人 left off
        ("資訊工業策進會", "organization", "co-host", "", "", ""),
        ("中華電信", "organization", "co-host", "", "", ""),
        ("國立臺灣大學", "organization", "co-organizer", "TW", "", ""),
        # 致詞 (词 in simplified): a speaker
        ("Wu Chengwen", "person", "speaker", "", "政務委員", "行政院")]
    assert proposal.new_names[-1].native_name == "吳誠文"


def test_companies_beside_a_country_sign_not_the_country(sample_store: Store) -> None:
    text = ("中国—东盟数字经济合作签约仪式在南宁举行\n\n"
            "人民网南宁9月17日电 仪式上，数字广西集团有限公司与马来西亚数字经济机构签署"
            "战略合作协议，"
            "腾讯云与印尼电信签署云计算合作备忘录。")
    roles = roles_proposed(sample_store, text)
    assert "Malaysia" not in roles and "Indonesia" not in roles
    assert [(name, role, country) for name, _kind, role, _alias, country, *_rest in _offered(
        sample_store, text)] == [
        ("数字广西集团", "signatory", ""),  # its legal form left off
        ("马来西亚数字经济机构", "signatory", "MY"),
        ("腾讯云", "signatory", ""),
        ("印尼电信", "signatory", "ID")]


def test_an_embassy_is_named_with_where_it_is(empty_store: Store) -> None:
    text = ("CAIRO, Feb. 18 (Xinhua) -- Egypt's Ministry of Communications and Information "
            "Technology and China's Harbin Institute of Technology on Tuesday launched a joint "
            "artificial intelligence laboratory, supported by the Chinese Embassy in Egypt.")
    assert ("Chinese Embassy in Egypt", "co-organizer", "CN") in [
        (name, role, country) for name, _kind, role, _alias, country, *_rest in _offered(
            empty_store, text)]
