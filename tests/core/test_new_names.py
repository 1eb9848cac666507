"""New event from text: the participants a text gives a role that the
database does not hold yet, offered as new ones."""

from __future__ import annotations

from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from desktop.core.models import Participant
from desktop.core.new_participant import NewName
from desktop.core.operations import Operations
from tests.core.proposals import roles_proposed

SIGNING = ("Malaysia and China Sign MoU on Digital Economy\n\n"
           "Kuala Lumpur, 14 March 2025 — Malaysia's Ministry of Digital and China's Ministry "
           "of Commerce signed a memorandum of understanding on digital economy cooperation on "
           "Friday. The signing was witnessed by Prime Minister Anwar Ibrahim and Chinese Vice "
           "Premier Ding Xuexiang. Some 200 officials and business leaders attended.")


def _new(store: Store, text: str) -> list[NewName]:
    with store.session() as session:
        return propose_event(session, text).new_names


def test_the_signatories_and_witnesses_not_in_the_database_are_offered(
        sample_store: Store) -> None:
    new = _new(sample_store, SIGNING)
    assert [(name.name, name.kind, name.role, name.country, name.position) for name in new] == [
        ("Ministry of Digital (Malaysia)", "organization", "signatory", "MY", ""),
        ("Ministry of Commerce (China)", "organization", "signatory", "CN", ""),
        ("Anwar Ibrahim", "person", "witness", "", "Prime Minister"),
        ("Ding Xuexiang", "person", "witness", "CN", "Vice Premier"),  # "Chinese …"
    ]
    # Malaysia and China are in the sample: linked, not offered again
    with sample_store.session() as session:
        known = [name for _id, name, _native in propose_event(session, SIGNING).participants]
    assert known == ["Malaysia", "China"]


def test_a_name_with_commas_and_ands_is_one_name_and_a_list_is_cut_between_names(
        empty_store: Store) -> None:
    new = _new(empty_store, (
        "The seminar was organised by Cambodia's Economic, Social and Cultural Council, "
        "the Ministry of Science, Technology and Innovation, NDRC and Huawei."))
    assert [(name.name, name.kind) for name in new] == [
        ("Economic, Social and Cultural Council (Cambodia)", "organization"),
        ("Ministry of Science, Technology and Innovation", "organization"),
        ("NDRC", "organization"),
        ("Huawei", "organization")]
    assert new[0].country == "KH"


def test_words_naming_no_one_in_particular_are_not_offered(empty_store: Store) -> None:
    assert _new(empty_store, "The forum was attended by Chinese government officials and "
                             "diplomatic envoys from ten countries.") == []
    assert _new(empty_store, "The talks were hosted by both sides.") == []


def test_a_native_name_or_acronym_in_brackets_goes_with_the_name(empty_store: Store) -> None:
    new = _new(empty_store, "The forum was co-hosted by the ASEAN-China Center (中國—東盟中心) "
                            "and China International Communications Group (CICG).")
    assert [(name.name, name.native_name, name.alias, name.role) for name in new] == [
        ("ASEAN-China Center", "中國—東盟中心", "", "co-host"),
        ("China International Communications Group", "", "CICG", "co-host")]


def test_chinese_hosts_and_speakers_not_in_the_database(sample_store: Store) -> None:
    text = ("2025年4月10日，中国—上海合作组织人工智能合作论坛在天津开幕。论坛由外交部、"
            "工业和信息化部和天津市人民政府共同主办。中国科学院院长侯建国、老挝技术与通信部副部长"
            "出席并致辞。")
    new = _new(sample_store, text)
    # 工业和信息化部 and 中国科学院 are the sample's: the others are new; the
    # vice minister is named by no name, so is no one to add
    assert [(name.name, name.native_name, name.kind, name.role, name.position)
            for name in new] == [
        ("外交部", "", "organization", "co-host", ""),
        ("天津市人民政府", "", "organization", "co-host", ""),
        ("Hou Jianguo", "侯建国", "person", "speaker", "院长")]
    # the academy is his, it did not speak itself
    assert "Chinese Academy of Sciences" not in roles_proposed(sample_store, text)
    # of the academy the sample holds: his affiliation
    with sample_store.session() as session:
        academy = session.scalars(select(Participant.id).where(
            Participant.native_name == "中国科学院")).one()
    assert (new[2].affiliation, new[2].affiliation_id) == ("中国科学院", academy)


ORGANISERS = ("The conference is hosted by several Chinese government ministries and the "
              "Shanghai Municipal People's Government (上海市人民政府), with Donghao Lansheng "
              "Group (东浩兰生集团) as executive organizer. Co-organizing ministries include "
              "the National Development and Reform Commission (国家发展和改革委员会), the "
              "Ministry of Industry and Information Technology (工业和信息化部) and the Chinese "
              "Academy of Sciences (中国科学院).")


def test_organisers_the_sample_holds_are_not_offered_and_all_are_when_it_is_empty(
        sample_store: Store, empty_store: Store) -> None:
    assert _new(sample_store, ORGANISERS) == []
    assert [(name.name, name.native_name, name.role) for name in _new(empty_store, ORGANISERS)
            ] == [("Shanghai Municipal People's Government", "上海市人民政府", "host"),
                  ("Donghao Lansheng Group", "东浩兰生集团", "executive organizer"),
                  ("National Development and Reform Commission", "国家发展和改革委员会",
                   "co-organizer"),
                  ("Ministry of Industry and Information Technology", "工业和信息化部",
                   "co-organizer"),
                  ("Chinese Academy of Sciences", "中国科学院", "co-organizer")]


def test_a_body_named_after_its_country_is_offered_and_the_country_gets_no_role(
        sample_store: Store) -> None:
    text = ("The forum was co-hosted by the ASEAN-China Center and the Malaysia Digital "
            "Economy Corporation (MDEC).")
    assert roles_proposed(sample_store, text) == {
        "ASEAN-China Centre": "co-host"}  # not Malaysia, whose corporation it is
    assert [(name.name, name.alias, name.kind, name.role) for name in _new(sample_store, text)
            ] == [("Malaysia Digital Economy Corporation", "MDEC", "organization", "co-host")]


KEY_PARTICIPANTS = (
    "Key participants included Secretary General Shi Zhongjun (石中軍) of the ASEAN-China "
    "Center, Cambodia's minister of information Kem Gunawadh, Vietnam's deputy minister Phan "
    "Tam, ASEAN Deputy Secretary-General San Lwin (via video), and President Du Zhanyuan "
    "(杜占元) of the China International Communications Group.")


def test_key_participants_are_offered_with_their_posts_countries_and_bodies(
        empty_store: Store) -> None:
    new = _new(empty_store, KEY_PARTICIPANTS)
    assert [(name.name, name.native_name, name.country, name.position, name.affiliation,
             name.remote, name.role) for name in new] == [
        ("Shi Zhongjun", "石中軍", "", "Secretary General", "ASEAN-China Center", False,
         "participant"),
        ("Kem Gunawadh", "", "KH", "minister of information", "", False, "participant"),
        ("Phan Tam", "", "VN", "deputy minister", "", False, "participant"),
        ("San Lwin", "", "", "Deputy Secretary-General", "ASEAN", True, "participant"),
        ("Du Zhanyuan", "杜占元", "CN", "President", "China International Communications Group",
         False, "participant")]
    # the bodies they are of took part through them: none is offered on its own
    assert all(name.kind == "person" for name in new)


def test_a_new_persons_body_we_have_is_their_affiliation(sample_store: Store) -> None:
    with sample_store.session() as session:
        proposal = propose_event(session, (
            "Speakers included President Zhang Wei of the China International Communications "
            "Group and Director Lin Fang of the Example Institute of Things."))
        ours = {name: pid for pid, name, _native in proposal.participants}
    zhang, lin = proposal.new_names
    assert (zhang.name, zhang.role, zhang.affiliation_id) == (
        "Zhang Wei", "speaker", ours["China International Communications Group"])
    assert (lin.name, lin.affiliation, lin.affiliation_id) == (
        "Lin Fang", "Example Institute of Things", "")  # a body not in the database


def test_a_name_written_otherwise_than_ours_is_taken_as_ours_with_its_role(
        sample_store: Store) -> None:
    text = ("The forum was co-hosted by Donghao Lansheng Group Co., Ltd. and the National "
            "Development & Reform Commission, and attended by the Shanghai State Owned Assets "
            "Supervision and Administration Commission and the China Institute for "
            "International Studies.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    named = {pid: name for pid, name, _native in proposal.participants}
    assert {named[pid]: role for pid, role in proposal.roles.items()} == {
        "Donghao Lansheng Group": "co-host",
        "National Development and Reform Commission": "co-host",
        "Shanghai State-owned Assets Supervision and Administration Commission": "attendee",
        "China Institute of International Studies": "attendee"}
    assert {named[pid]: written for pid, written in proposal.written_as.items()} == {
        "National Development and Reform Commission": "National Development & Reform Commission",
        "Shanghai State-owned Assets Supervision and Administration Commission":
            "Shanghai State Owned Assets Supervision and Administration Commission",
        "China Institute of International Studies": "China Institute for International Studies"}
    assert proposal.new_names == []


def test_a_person_named_like_one_of_ours_is_offered_as_new_with_ours_named(
        empty_store: Store) -> None:
    Operations(empty_store, "Tester").create_participant(
        {"kind": "person", "name": "Wang Xiaoming", "position": "Director"})
    new = _new(empty_store, "Speakers included Professor Wang Xiao Ming of Tsinghua.")
    # two people may share a name: not taken as ours, but said to be like ours
    assert [(name.name, name.alike.name if name.alike else "") for name in new] == [
        ("Wang Xiao Ming", "Wang Xiaoming")]


def test_a_new_person_sharing_a_family_name_with_ours_is_not_taken_for_ours(
        sample_store: Store) -> None:
    """The sample's one Wang is Wang Yi: "Professor Wang" alone would be him,
    "Professor Wang Xiao Ming" is someone new."""
    text = "Speakers included Professor Wang Xiao Ming of Tsinghua University."
    assert roles_proposed(sample_store, text) == {}
    assert [name.name for name in _new(sample_store, text)] == ["Wang Xiao Ming"]
    assert roles_proposed(sample_store, "Foreign Minister Wang addressed the forum.") == {
        "Wang Yi": "speaker"}


def test_two_people_with_long_posts_are_cut_apart_and_a_name_of_three_kept_whole(
        empty_store: Store) -> None:
    new = _new(empty_store, (
        "The dialogue was co-chaired by Deputy Minister of Science and Technology Bui The Duy "
        "and Chinese Vice Minister of Industry and Information Technology Shan Zhongde, and "
        "attended by Minister of Digital Gobind Singh Deo and Governor of Bali Wayan Koster."))
    assert [(name.name, name.position, name.role) for name in new] == [
        ("Bui The Duy", "Deputy Minister of Science and Technology", "co-host"),
        ("Shan Zhongde", "Vice Minister of Industry and Information Technology", "co-host"),
        ("Gobind Singh Deo", "Minister of Digital", "attendee"),
        ("Wayan Koster", "Governor of Bali", "attendee")]


def test_people_named_then_described_after_a_comma(sample_store: Store) -> None:
    text = ("The agreement was signed by Zhang Ming, vice chairman of the National Development "
            "and Reform Commission, and Luciana Santos, Brazil's Minister of Science.")
    new = _new(sample_store, text)
    assert [(name.name, name.position, name.country, name.affiliation, name.role)
            for name in new] == [
        # (of China, as the sample's NDRC is)
        ("Zhang Ming", "vice chairman", "CN", "National Development and Reform Commission",
         "signatory"),
        ("Luciana Santos", "Minister of Science", "BR", "", "signatory")]
    assert new[0].affiliation_id  # the sample's NDRC
    # the commission and Brazil say who they are: neither signed
    assert roles_proposed(sample_store, text) == {}
    assert [name.name for name in _new(sample_store, (
        "Speakers included Jane Smith, director of the Example Institute, and John Doe."))] == [
        "Jane Smith", "John Doe"]


def test_a_company_signing_with_a_ministry_is_an_organisation(empty_store: Store) -> None:
    new = _new(empty_store, (
        "Kenya's Ministry of Information, Communications and the Digital Economy signed a "
        "memorandum with Huawei Technologies Co., Ltd. on Tuesday."))
    assert [(name.name, name.kind, name.country, name.role) for name in new] == [
        ("Ministry of Information, Communications and the Digital Economy (Kenya)",
         "organization", "KE", "signatory"),
        ("Huawei Technologies", "organization", "", "signatory")]


def test_a_persons_country_from_their_peoples_adjective_and_a_list_going_on(
        empty_store: Store) -> None:
    new = _new(empty_store, (
        "The summit, hosted by Indonesian President Prabowo Subianto, was attended by leaders "
        "of the ASEAN member states, including Singapore's Prime Minister Lawrence Wong and "
        "Chinese Premier Li Qiang."))
    assert [(name.name, name.country, name.position, name.role) for name in new] == [
        ("Prabowo Subianto", "ID", "President", "host"),
        ("Lawrence Wong", "SG", "Prime Minister", "attendee"),
        ("Li Qiang", "CN", "Premier", "attendee")]


def test_wire_reports_people_with_cabinet_posts_ambassadors_and_names_with_particles(
        empty_store: Store) -> None:
    new = _new(empty_store, (
        "NAIROBI, March 3, 2025 (Reuters) - Kenya and China opened a joint AI skills centre, "
        "in a ceremony attended by Kenyan Cabinet Secretary for Information, Communications "
        "and the Digital Economy William Kabogo and Chinese Ambassador to Kenya Guo Haiyan."))
    # (the two countries opened the centre: they took part)
    assert [(name.name, name.country, name.position, name.role) for name in new] == [
        ("Kenya", "KE", "", "participant"), ("China", "CN", "", "participant"),
        ("William Kabogo", "KE",
         "Cabinet Secretary for Information, Communications and the Digital Economy",
         "attendee"),
        ("Guo Haiyan", "CN", "Ambassador to Kenya", "attendee")]
    # after a dateline's dash, the signatories; a leader named by one word is the
    # one the text names in full
    new = _new(empty_store, (
        "BRASILIA, Nov 20 2024 - Brazil's Ministry of Science, Technology and Innovation and "
        "the Chinese Academy of Sciences signed a memorandum of understanding during President "
        "Xi Jinping's state visit to Brazil. The signing was witnessed by Brazilian President "
        "Luiz Inacio Lula da Silva and Xi."))
    assert [(name.name, name.kind, name.country, name.role) for name in new] == [
        ("Ministry of Science, Technology and Innovation (Brazil)", "organization", "BR",
         "signatory"),
        ("Chinese Academy of Sciences", "organization", "CN", "signatory"),
        ("Luiz Inacio Lula da Silva", "person", "BR", "witness"),
        ("Xi Jinping", "person", "", "witness")]


def test_representatives_of_companies_a_host_city_and_people_who_attended(
        empty_store: Store) -> None:
    new = _new(empty_store, (
        "Representatives from Huawei, Viettel Group and FPT Corporation also spoke at the "
        "event."))
    assert [(name.name, name.role) for name in new] == [
        ("Huawei", "speaker"), ("Viettel Group", "speaker"), ("FPT Corporation", "speaker")]
    new = _new(empty_store, (
        "Seoul hosts Korea-China AI governance seminar\n\n"
        "SEOUL, June 12 (Yonhap) -- South Korea and China held a seminar on AI governance in "
        "Seoul on Thursday, hosted by the Korea Institute for International Economic Policy "
        "(KIEP). South Korean Vice Minister of Science and ICT Kang Do-hyun and Chinese "
        "Ambassador Dai Bing attended the seminar, along with some 80 experts."))
    # the city it was held in hosted it, but is no participant (the institute is
    # South Korea's, its name opening with "Korea" as news names the South)
    assert [(name.name, name.country, name.position, name.role) for name in new] == [
        ("Korea Institute for International Economic Policy", "KR", "", "host"),
        ("Kang Do-hyun", "KR", "Vice Minister of Science and ICT", "attendee"),
        ("Dai Bing", "CN", "Ambassador", "attendee")]


def test_a_foreign_name_written_in_chinese_is_kept_as_written(empty_store: Store) -> None:
    new = _new(empty_store, (
        "国家互联网信息办公室副主任王京涛、老挝技术与通信部部长波万坎·冯达拉出席开幕式并致辞。"))
    assert [(name.name, name.native_name, name.position, name.affiliation, name.country,
             name.role) for name in new] == [
        ("Wang Jingtao", "王京涛", "副主任", "国家互联网信息办公室", "", "speaker"),
        ("波万坎·冯达拉", "", "部长", "老挝技术与通信部", "LA", "speaker")]


def test_a_panel_its_speakers_with_their_posts_and_a_brand_named_in_small_letters(
        empty_store: Store) -> None:
    text = ("CSIS hosts panel on China's AI diplomacy\n\n"
            "Washington, D.C., April 8, 2025 — The Center for Strategic and International "
            "Studies (CSIS) hosted a panel discussion featuring Dr. Jane Smith, Senior Fellow "
            "at the Brookings Institution, and Professor Tan Wei of the National University of "
            "Singapore. Chinese Vice Premier Ding Xuexiang attended and addressed the panel.")
    with empty_store.session() as session:
        proposal = propose_event(session, text)
    assert proposal.date == "2025-04-08"  # the dateline's, the text naming no other day
    assert [(name.name, name.position, name.affiliation, name.role)
            for name in proposal.new_names] == [
        ("Center for Strategic and International Studies", "", "", "host"),
        ("Jane Smith", "Senior Fellow", "Brookings Institution", "speaker"),
        ("Tan Wei", "Professor", "National University of Singapore", "speaker"),
        ("Ding Xuexiang", "Vice Premier", "", "speaker")]
    new = _new(empty_store, (
        "Russia's Sberbank and the Chinese technology company iFlytek signed an agreement. It "
        "was signed by iFlytek President Liu Qingfeng."))
    assert [(name.name, name.kind, name.country, name.position, name.affiliation)
            for name in new] == [
        ("Sberbank", "organization", "RU", "", ""),
        ("iFlytek", "organization", "CN", "", ""),
        # (of a new body of China's, and so of China)
        ("Liu Qingfeng", "person", "CN", "President", "iFlytek")]


def test_both_sides_of_talks_with_all_the_text_says_of_each(
        empty_store: Store, sample_store: Store) -> None:
    new = _new(empty_store, (
        "Wang Yi holds talks with Lao foreign minister\n\n"
        "BEIJING, March 3, 2025 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with "
        "Lao Deputy Prime Minister and Foreign Minister Thongsavanh Phomvihane in Beijing on "
        "Monday. Later, Premier Li Qiang met with Thongsavanh."))
    # (Wang Yi, named bare in the headline, with the post and country the text gives later)
    assert [(name.name, name.country, name.position, name.role) for name in new] == [
        ("Wang Yi", "CN", "Foreign Minister", "participant"),
        ("Thongsavanh Phomvihane", "LA", "Deputy Prime Minister and Foreign Minister",
         "participant"),
        ("Li Qiang", "", "Premier", "participant")]
    new = _new(empty_store, (
        "王毅同老挝外长通伦举行会谈\n\n2025年3月3日，中共中央政治局委员、外交部长王毅在万象同"
        "老挝副总理兼外长通伦·西苏里举行会谈。"))
    # 通伦 of the headline is the minister the text names in full
    assert [(name.name, name.native_name, name.country, name.position, name.affiliation)
            for name in new] == [
        ("Wang Yi", "王毅", "", "部长", "外交部"),
        ("通伦·西苏里", "", "LA", "副总理兼外长", "")]
    # the country a person is of took no part of its own
    assert roles_proposed(sample_store, "李强会见老挝副总理兼外长通伦·西苏里。") == {
        "Li Qiang": "participant"}


def test_chinese_dignitaries_parted_by_commas_witnesses_and_a_body_named_beside_another(
        empty_store: Store) -> None:
    new = _new(empty_store, (
        "国务院副总理丁薛祥，老挝副总理沙伦赛·贡玛西，马来西亚数字部长哥宾德·辛格·迪奥出席揭牌仪式。"))
    assert [(name.name, name.country, name.position, name.affiliation, name.role)
            for name in new] == [
        ("Ding Xuexiang", "", "副总理", "国务院", "attendee"),
        ("沙伦赛·贡玛西", "LA", "副总理", "", "attendee"),
        ("哥宾德·辛格·迪奥", "MY", "部长", "马来西亚数字部", "attendee")]
    new = _new(empty_store, (
        "华为与泰国数字经济和社会部签署人工智能合作备忘录。泰国副总理兼数字经济和社会部部长巴瑟·詹塔拉乌泰、"
        "中国驻泰国大使韩志强见证签约。"))
    assert [(name.name, name.kind, name.country, name.position, name.role)
            for name in new] == [
        ("华为", "organization", "", "", "signatory"),
        ("泰国数字经济和社会部", "organization", "TH", "", "signatory"),
        ("巴瑟·詹塔拉乌泰", "person", "TH", "副总理兼数字经济和社会部部长", "witness"),
        ("Han Zhiqiang", "person", "CN", "驻泰国大使", "witness")]
    new = _new(empty_store, "论坛由外交部主办，东盟秘书处、中国—东盟中心协办。")
    assert [(name.name, name.role) for name in new] == [
        ("外交部", "host"), ("东盟秘书处", "co-organizer"), ("中国—东盟中心", "co-organizer")]


def test_another_countrys_body_named_as_ours_is_not_ours(sample_store: Store) -> None:
    text = ("The dialogue was co-organized by Vietnam's Ministry of Science and Technology and "
            "China's Ministry of Industry and Information Technology (MIIT).")
    # the sample's Ministry of Science and Technology is China's
    assert roles_proposed(sample_store, text) == {
        "Ministry of Industry and Information Technology": "co-organizer"}
    assert [(name.name, name.country, name.role) for name in _new(sample_store, text)] == [
        ("Ministry of Science and Technology (Vietnam)", "VN", "co-organizer")]
    # named with no country, or with its own, it is ours
    assert roles_proposed(sample_store, text.replace("Vietnam's", "China's")) == {
        "Ministry of Science and Technology": "co-organizer",
        "Ministry of Industry and Information Technology": "co-organizer"}


def test_two_posts_after_a_name_a_subsidiary_of_a_country_and_a_target_year(
        empty_store: Store) -> None:
    new = _new(empty_store, (
        "The Digital Economy Promotion Agency (DEPA) and Huawei Technologies (Thailand) signed "
        "an agreement. Nuttapon Nimmanphatcharin, President and CEO of DEPA, and David Li, CEO "
        "of Huawei Thailand, signed the agreement."))
    assert [(name.name, name.country, name.position, name.affiliation) for name in new] == [
        ("Digital Economy Promotion Agency", "", "", ""),
        ("Huawei Technologies (Thailand)", "TH", "", ""),
        # (of the body named so in brackets, by the name it will be stored under)
        ("Nuttapon Nimmanphatcharin", "", "President and CEO",
         "Digital Economy Promotion Agency"),
        # (a company's head: of the company, of the country closing its name)
        ("David Li", "TH", "CEO", "Huawei Thailand")]
    # a year the text says something is to be done by is not the event's
    with empty_store.session() as session:
        proposal = propose_event(session, (
            "JAKARTA, Aug 5 (Antara) - The ministry launched a program to train 100,000 AI "
            "talents by 2027."))
    assert (proposal.date, proposal.yearless) == ("", "Aug 5")


def test_one_who_also_spoke_with_the_head_of_a_body_of_a_country(empty_store: Store) -> None:
    new = _new(empty_store, (
        "Kazakh Prime Minister Olzhas Bektenov addressed the opening session. Zhuang Rongwen, "
        "head of the Cyberspace Administration of China, also spoke."))
    assert [(name.name, name.country, name.position, name.affiliation, name.role)
            for name in new] == [
        ("Olzhas Bektenov", "KZ", "Prime Minister", "", "speaker"),
        ("Zhuang Rongwen", "CN", "head", "Cyberspace Administration of China", "speaker")]


def test_who_met_whom_in_a_clause_of_its_own_and_an_acronym_of_two_words(
        empty_store: Store) -> None:
    new = _new(empty_store, (
        "China and Brazil launched a joint centre on Monday, Brazil's science ministry said, "
        "as Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva "
        "on the sidelines of the G20 summit."))
    # (the two countries launched the centre: they took part too)
    assert [(name.name, name.country, name.role) for name in new] == [
        ("China", "CN", "participant"), ("Brazil", "BR", "participant"),
        ("Xi Jinping", "CN", "participant"), ("Luiz Inacio Lula da Silva", "BR", "participant")]
    new = _new(empty_store, (
        "The United Nations Department of Economic and Social Affairs (UN DESA) and China's "
        "Ministry of Foreign Affairs co-hosted a workshop."))
    assert [(name.name, name.alias) for name in new] == [
        ("United Nations Department of Economic and Social Affairs", "UN DESA"),
        ("Ministry of Foreign Affairs (China)", "")]


def test_a_cloud_company_a_minister_of_a_kingdom_and_a_company_named_short_in_a_headline(
        empty_store: Store) -> None:
    new = _new(empty_store, "SDAIA signed a memorandum with China's Alibaba Cloud on Sunday.")
    assert [(name.name, name.kind, name.country) for name in new] == [
        ("SDAIA", "organization", ""), ("Alibaba Cloud", "organization", "CN")]
    new = _new(empty_store, (
        "科大讯飞与沙特数据和人工智能局签署合作协议\n\n科大讯飞股份有限公司与沙特数据和人工智能局在利雅得"
        "签署合作协议。沙特通信和信息技术大臣阿卜杜拉·斯瓦哈出席签约仪式。"))
    assert [(name.name, name.country, name.position, name.role) for name in new] == [
        # (the company's legal form left off its name, as the headline writes it)
        ("科大讯飞", "", "", "signatory"),
        ("沙特数据和人工智能局", "SA", "", "signatory"),
        ("阿卜杜拉·斯瓦哈", "SA", "大臣", "attendee")]


def test_signatories_after_a_chinese_dateline_with_the_day_and_place_they_signed(
        empty_store: Store) -> None:
    new = _new(empty_store, (
        "新华社开罗1月14日电 中国科技部副部长陈家昌与埃及通信和信息技术部部长阿姆鲁·塔拉特"
        "14日在开罗签署《中埃人工智能合作谅解备忘录》。"))
    assert [(name.name, name.country, name.position, name.affiliation, name.role)
            for name in new] == [
        ("Chen Jiachang", "CN", "副部长", "中国科技部", "signatory"),
        ("阿姆鲁·塔拉特", "EG", "部长", "埃及通信和信息技术部", "signatory")]


def test_a_post_then_a_comma_and_a_name_with_mr(empty_store: Store) -> None:
    new = _new(empty_store, (
        "The MoU was signed by NITDA Director-General Kashifu Inuwa Abdullahi and Huawei "
        "Nigeria's Managing Director, Mr. Wang Shiyong."))
    assert [(name.name, name.position, name.affiliation) for name in new] == [
        ("Kashifu Inuwa Abdullahi", "Director-General", "NITDA"),
        ("Wang Shiyong", "Managing Director", "Huawei Nigeria")]


def test_the_heads_of_delegations_stand_for_their_sides(empty_store: Store) -> None:
    new = _new(empty_store, (
        "The Japanese side was led by Mr. Kenji Yamada, director general of the ministry's "
        "Economic Affairs Bureau, while the Chinese delegation was headed by Ms. Liu Jing, a "
        "senior official of the Cyberspace Administration of China."))
    assert [(name.name, name.country, name.position, name.affiliation, name.role)
            for name in new] == [
        ("Kenji Yamada", "JP", "director general", "Economic Affairs Bureau", "representative"),
        ("Liu Jing", "CN", "senior official", "Cyberspace Administration of China",
         "representative")]
