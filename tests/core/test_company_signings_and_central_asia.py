"""New event from text on a company's signing (its legal form, the short
name a body goes by in small letters, a minister's portfolio), bodies named
after their country, and a Chinese item from Central Asia (发言, a foreign
name written without its dot, a body whose unnamed head signed)."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def _offered(store: Store, text: str) -> list[tuple[str, ...]]:
    return new_proposed(store, text, "name", "kind", "role", "alias", "country", "position",
                        "affiliation")


def _our_id(store: Store, name: str) -> str:
    """The id of the participant of ours a text naming ``name`` alone finds."""
    with store.session() as session:
        [(participant_id, _name, _native)] = propose_event(
            session, f"2025年3月1日，{name}出席论坛。").participants
    return participant_id


def test_a_company_named_with_its_legal_form_signs_and_its_people_are_of_it(
        sample_store: Store) -> None:
    text = ("depa and Huawei sign MoU to develop digital talent\n\n"
            "BANGKOK, 12 June 2025 — The Digital Economy Promotion Agency (depa) and Huawei "
            "Technologies (Thailand) Co., Ltd. signed a memorandum of understanding to train "
            "10,000 digital professionals. The MoU was signed by Dr. Nuttapon "
            "Nimmanphatcharin, President and CEO of depa, and Mr. Abel Deng, CEO of Huawei "
            "Technologies (Thailand) Co., Ltd., in the presence of Mr. Prasert "
            "Jantararuangtong, Deputy Prime Minister and Minister of Digital Economy and "
            "Society.")
    agency = "Digital Economy Promotion Agency"
    assert _offered(sample_store, text) == [
        # the dots of "Co., Ltd." end no sentence: both bodies before "signed" signed
        (agency, "organization", "signatory", "depa", "", "", ""),
        ("Huawei Technologies (Thailand)", "organization", "signatory", "", "TH", "", ""),
        # "of depa": of the agency, by the short name the text gave it
        ("Nuttapon Nimmanphatcharin", "person", "signatory", "", "", "President and CEO",
         agency),
        ("Abel Deng", "person", "signatory", "", "TH", "CEO",
         "Huawei Technologies (Thailand)"),
        # what a minister is of is a portfolio, no body
        ("Prasert Jantararuangtong", "person", "witness", "", "",
         "Deputy Prime Minister and Minister of Digital Economy and Society", "")]


def test_a_sentence_ending_with_a_companys_legal_form_ends_there(sample_store: Store) -> None:
    text = ("Tencent and Sany sign cloud deal\n\n"
            "SHANGHAI, 2 May 2025 — Tencent signed an agreement with Sany Heavy Industry "
            "Co., Ltd. Officials from the Ministry of Commerce attended the ceremony.")
    assert [(name, kind, role) for name, kind, role, *_rest in _offered(sample_store, text)] == [
        ("Tencent", "organization", "signatory"),
        # a company by its name's words, with its legal form left off
        ("Sany Heavy Industry", "organization", "signatory"),
        # "attended" reads back to its own sentence's start, after "Ltd."
        ("Ministry of Commerce", "organization", "attendee")]


def test_a_body_named_after_its_country_is_of_it(sample_store: Store) -> None:
    text = ("Pakistan and China hold IT industry forum in Beijing\n\n"
            "BEIJING, 3 July 2025 — Officials from the Pakistan Software Export Board, the "
            "Ministry of IT and Telecommunication and the Embassy of Pakistan in Beijing "
            "attended the Pakistan-China IT Industry Forum. The forum was organised by the "
            "China Council for the Promotion of International Trade.")
    offered = {name: (role, country) for name, _kind, role, _alias, country, *_rest
               in _offered(sample_store, text)}
    # a board is a body; "Officials from" name no one of their own
    assert offered["Pakistan Software Export Board"] == ("attendee", "PK")
    assert offered["China Council for the Promotion of International Trade"] == (
        "organizer", "CN")
    assert "Officials" not in " ".join(offered)


def test_a_kyrgyz_speaker_written_without_the_dot_and_a_university_whose_head_signed(
        sample_store: Store) -> None:
    text = ("中吉人工智能合作论坛在比什凯克举行\n\n"
            "2025年6月10日，中吉人工智能合作论坛在比什凯克举行。吉尔吉斯斯坦数字发展部副部长"
            "达乌列诺夫发言。吉尔吉斯斯坦国立技术大学校长与中国科学院代表签署合作协议。")
    assert roles_proposed(sample_store, text) == {"Chinese Academy of Sciences": "signatory"}
    assert _offered(sample_store, text) == [
        # 发言 is speaking; a Kyrgyz name kept as written, of the ministry, of Kyrgyzstan
        ("达乌列诺夫", "person", "speaker", "", "KG", "副部长", "吉尔吉斯斯坦数字发展部"),
        # 吉尔吉斯斯坦 as everyday Chinese writes it (ISO's 吉尔吉斯坦)
        ("吉尔吉斯斯坦国立技术大学", "organization", "signatory", "", "KG", "", "")]


def test_a_spokesperson_who_said_so_is_no_speaker(sample_store: Store) -> None:
    text = ("中方欢迎论坛成功举行\n\n"
            "2025年6月12日，外交部发言人毛宁表示，中方欢迎中国—东盟数字论坛成功举行。")
    offered = {name: role for name, _kind, role, *_rest in _offered(sample_store, text)}
    assert "speaker" not in offered.values()
    assert "speaker" not in roles_proposed(sample_store, text).values()


def test_what_was_opened_and_who_built_it_with_whose_support(sample_store: Store) -> None:
    text = ("China-Egypt AI Joint Laboratory opens in Cairo\n\n"
            "CAIRO, 20 March 2025 — The China-Egypt Artificial Intelligence Joint Laboratory "
            "was officially opened at Cairo University on Thursday. The laboratory was "
            "established jointly by Cairo University and Zhejiang University with support "
            "from the Egyptian Ministry of Communications and Information Technology.")
    assert [(name, role, country) for name, _kind, role, _alias, country, *_rest
            in _offered(sample_store, text)] == [
        # "was officially opened": the laboratory is what the event established
        ("China-Egypt Artificial Intelligence Joint Laboratory", "established (outcome)", ""),
        # those who built it took part, as 共建 reads
        ("Cairo University", "participant", ""),
        ("Zhejiang University", "participant", "CN"),
        # "with support from", as "supported by" and 协办; the people's adjective
        # before a ministry as "Egypt's"
        ("Ministry of Communications and Information Technology (Egypt)", "co-organizer",
         "EG")]


def test_a_minister_of_our_ministry_by_its_short_name_and_a_speaker_by_video(
        sample_store: Store) -> None:
    text = ("中国—东盟数字经济合作论坛在南宁开幕\n\n"
            "2025年9月17日，中国—东盟数字经济合作论坛在南宁开幕。科技部部长阴和俊出席开幕式并"
            "致辞，东盟秘书长高金洪以视频方式致辞。")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    offered = {new.native_name: new for new in proposal.new_names}
    # 科技部 alone (no country before it) is our Ministry of Science and Technology
    minister = offered["阴和俊"]
    assert (minister.role, minister.position, minister.country) == ("speaker", "部长", "CN")
    assert minister.affiliation_id == _our_id(sample_store, "科学技术部")
    # 以视频方式致辞: a speaker who took part by video, of ASEAN
    secretary = offered["高金洪"]
    assert (secretary.name, secretary.role, secretary.remote) == ("Gao Jinhong", "speaker", True)
    assert secretary.affiliation_id == _our_id(sample_store, "东盟")
    # a Cambodian 科技部 is Cambodia's, not ours
    with sample_store.session() as session:
        cambodian = propose_event(session, "2025年3月1日，柬埔寨科技部部长洪速等出席论坛。")
    assert [(new.affiliation, new.affiliation_id, new.country)
            for new in cambodian.new_names] == [("柬埔寨科技部", "", "KH")]


def test_an_event_pages_venue_line_gives_its_city(sample_store: Store) -> None:
    page = ("Event: ASEAN-China AI Governance Dialogue\n"
            "Date: 14 October 2025\n"
            "Venue: {venue}\n\n"
            "The dialogue was co-hosted by the ASEAN-China Centre and the Malaysia Digital "
            "Economy Corporation (MDEC).")
    places = {}
    for venue in ("Shangri-La Hotel, Kuala Lumpur", "Kuala Lumpur, Malaysia",
                  "Shangri-La Hotel", "Online"):
        with sample_store.session() as session:
            places[venue] = propose_event(session, page.format(venue=venue)).place
    assert places == {"Shangri-La Hotel, Kuala Lumpur": "Kuala Lumpur",
                      "Kuala Lumpur, Malaysia": "Kuala Lumpur",
                      # a building or "Online" alone names no city
                      "Shangri-La Hotel": "", "Online": ""}


def test_an_agreement_inked_by_a_minister_and_an_ambassador_named_with_their_peoples(
        sample_store: Store) -> None:
    text = ("China, Indonesia ink deal on AI talent training\n\n"
            "JAKARTA, Aug. 14 (Xinhua) -- China and Indonesia on Thursday inked an agreement "
            "on artificial intelligence talent training.\n\n"
            "The agreement was inked by Budi Arie Setiadi, Indonesian Minister of Communication "
            "and Informatics, and Wang Lutong, Chinese Ambassador to Indonesia, at the "
            "ministry's headquarters in Jakarta.")
    # "inked by" as "signed by"; the people's adjective before the post gives
    # the country; "to Indonesia" is where the ambassador is posted
    assert [(name, role, country, position) for name, _kind, role, _alias, country, position,
            _affiliation in _offered(sample_store, text)] == [
        ("Budi Arie Setiadi", "signatory", "ID", "Minister of Communication and Informatics"),
        ("Wang Lutong", "signatory", "CN", "Ambassador to Indonesia")]
    assert roles_proposed(sample_store, text) == {"China": "signatory",
                                                   "Indonesia": "signatory"}


def test_a_chinese_body_with_its_short_name_in_brackets_and_an_ambassador_of_four_characters(
        sample_store: Store) -> None:
    text = ("中国信通院与马来西亚数字经济机构签署合作备忘录\n\n"
            "2025年5月20日，中国信息通信研究院（中国信通院）与马来西亚数字经济机构在吉隆坡签署人工"
            "智能合作备忘录。中国信通院院长余晓晖、马来西亚数字经济机构首席执行官马哈迪尔·阿齐兹"
            "代表双方签约。马来西亚数字部部长哥宾德·辛格·迪奥、中国驻马来西亚大使欧阳玉靖见证签约。"
            "约100名中马企业代表出席活动。")
    academy = "中国信息通信研究院"
    assert _offered(sample_store, text) == [
        # one body, named in full and by its short name (in the headline too)
        (academy, "organization", "signatory", "中国信通院", "CN", "", ""),
        ("马来西亚数字经济机构", "organization", "signatory", "", "MY", "", ""),
        ("Yu Xiaohui", "person", "representative", "", "CN", "院长", academy),
        ("马哈迪尔·阿齐兹", "person", "representative", "", "MY", "首席执行官",
         "马来西亚数字经济机构"),
        ("哥宾德·辛格·迪奥", "person", "witness", "", "MY", "部长", "马来西亚数字部"),
        # a family name of two characters: four in all
        ("Ouyang Yujing", "person", "witness", "", "CN", "驻马来西亚大使", "")]
    # China, only as whose the academy is, and Malaysia, where the ambassador
    # is posted, do nothing themselves
    assert roles_proposed(sample_store, text) == {}
    with sample_store.session() as session:
        attendance = propose_event(session, text).attendance
    assert attendance is not None
    assert (attendance.number, attendance.qualifier) == (100, "approximately")


def test_a_professor_is_named_without_the_title(sample_store: Store) -> None:
    text = ("Singapore and China launch joint AI research programme\n\n"
            "SINGAPORE, 9 September 2025 – The National Research Foundation Singapore (NRF) "
            "and the National Natural Science Foundation of China (NSFC) today launched a "
            "joint research programme on trustworthy artificial intelligence.\n\n"
            "Speaking at the launch, NRF Chief Executive Officer Professor Low Teck Seng said "
            "the programme would fund up to 20 projects over five years.")
    offered = {name: (role, country, position, affiliation) for name, _kind, role, _alias,
               country, position, affiliation in _offered(sample_store, text)}
    assert offered["Low Teck Seng"] == ("speaker", "SG", "Chief Executive Officer",
                                        "National Research Foundation Singapore")
    assert offered["National Natural Science Foundation of China"][:2] == ("participant", "CN")


def test_talks_with_a_visiting_president(sample_store: Store) -> None:
    text = ("Xi holds talks with Kazakh president\n\n"
            "BEIJING, Sept. 2 (Xinhua) -- Chinese President Xi Jinping held talks with visiting "
            "Kazakh President Kassym-Jomart Tokayev in Beijing on Tuesday.")
    assert [(name, role, country, position) for name, _kind, role, _alias, country, position,
            _affiliation in _offered(sample_store, text)] == [
        ("Xi Jinping", "participant", "CN", "President"),
        ("Kassym-Jomart Tokayev", "participant", "KZ", "President")]


def test_who_guided_a_forum_supports_it_and_ningxia_is_chinas(sample_store: Store) -> None:
    text = ("2025年7月8日，由工业和信息化部指导、中国电子信息产业发展研究院主办的中国—阿拉伯国家"
            "人工智能合作论坛在银川举办。宁夏回族自治区副主席陈春平出席并致辞。")
    # 指导 (guided) is no hosting: it supported the forum, as 协办
    assert roles_proposed(sample_store, text) == {
        "Ministry of Industry and Information Technology": "co-organizer"}
    assert [(name, role, country, affiliation) for name, _kind, role, _alias, country,
            _position, affiliation in _offered(sample_store, text)] == [
        ("中国电子信息产业发展研究院", "host", "CN", ""),
        # (宁夏回族自治区, which ISO's Chinese names lack)
        ("Chen Chunping", "speaker", "CN", "宁夏回族自治区")]


def test_a_ministry_named_with_its_acronym_launched_a_named_academy(sample_store: Store) -> None:
    text = ("Microsoft and Thai government launch AI skilling initiative\n\n"
            "BANGKOK, 5 March 2025 — Microsoft Thailand and the Ministry of Digital Economy and "
            "Society (MDES) today launched \"THAI Academy\", an initiative to equip one million "
            "Thais with AI skills.")
    assert [(name, role, alias) for name, _kind, role, alias, *_rest
            in _offered(sample_store, text)] == [
        ("Microsoft Thailand", "participant", ""),
        # one ministry, "and Society (MDES)" the rest of its name
        ("Ministry of Digital Economy and Society", "participant", "MDES"),
        # launched, in quotes: the outcome
        ("THAI Academy", "established (outcome)", "")]


def test_his_excellency_signs_and_the_dots_of_his_address_end_no_sentence(
        sample_store: Store) -> None:
    text = ("UAE and China sign MoU on AI cooperation\n\n"
            "ABU DHABI, 18 April 2025 (WAM) — The UAE and China have signed a memorandum of "
            "understanding to strengthen cooperation in artificial intelligence. The MoU was "
            "signed by H.E. Omar Sultan Al Olama, Minister of State for Artificial Intelligence, "
            "Digital Economy and Remote Work Applications, and H.E. Zhang Yiming, Chinese "
            "Ambassador to the UAE.")
    offered = {name: (role, country, position) for name, _kind, role, _alias, country, position,
               _affiliation in _offered(sample_store, text)}
    assert offered["Omar Sultan Al Olama"][0] == "signatory"
    assert offered["Zhang Yiming"] == ("signatory", "CN", "Ambassador to the UAE")


def test_two_ministers_who_co_chaired_a_forum_co_host_it(sample_store: Store) -> None:
    text = ("Vietnam-China Digital Economy Forum held in Hanoi\n\n"
            "HANOI, Nov. 12 (VNA) – The Vietnam-China Digital Economy Forum took place in Hanoi "
            "on November 12, co-organised by the Ministry of Information and Communications of "
            "Vietnam and the Cyberspace Administration of China. Deputy Minister Phan Tam and "
            "CAC Vice Minister Wang Jingtao co-chaired the forum, which attracted about 300 "
            "delegates.")
    roles = roles_proposed(sample_store, text)
    assert roles["Phan Tam"] == "co-host"
    assert roles["State Internet Information Office"] == "co-organizer"
    offered = {name: role for name, _kind, role, *_rest in _offered(sample_store, text)}
    assert offered == {"Ministry of Information and Communications (Vietnam)": "co-organizer",
                       "Wang Jingtao": "co-host"}


def test_central_asian_ministers_written_without_dots(sample_store: Store) -> None:
    text = ("2024年11月5日至6日，第二届中国—中亚数字经济合作论坛在乌鲁木齐举行。论坛由新疆维吾尔"
            "自治区人民政府和国家互联网信息办公室共同主办。哈萨克斯坦数字发展、创新和航空航天工业部部长"
            "马吉耶夫、乌兹别克斯坦数字技术部副部长阿卜杜拉耶夫等出席。")
    assert [(name, role, country, position, affiliation) for name, _kind, role, _alias, country,
            position, affiliation in _offered(sample_store, text)] == [
        ("新疆维吾尔自治区人民政府", "co-host", "CN", "", ""),
        # the ministry's name made whole across its 、; its country the minister's
        ("马吉耶夫", "attendee", "KZ", "部长", "哈萨克斯坦数字发展、创新和航空航天工业部"),
        ("阿卜杜拉耶夫", "attendee", "UZ", "副部长", "乌兹别克斯坦数字技术部")]


def test_a_centres_unveiling_ceremony_and_an_official_of_the_region_named_before(
        sample_store: Store) -> None:
    text = ("2025年3月18日，中国—东盟人工智能应用合作中心揭牌仪式在南宁举行。广西壮族自治区党委书记"
            "陈刚、东盟副秘书长萨特温德·辛格共同为中心揭牌。自治区副主席刘宁主持仪式。")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    offered = {new.native_name or new.name: new for new in proposal.new_names}
    # the centre whose unveiling it was is what the event established
    assert offered["中国—东盟人工智能应用合作中心"].role == "established (outcome)"
    # 自治区 alone is the region the text named: ours, of China
    vice_chairman = offered["刘宁"]
    assert (vice_chairman.role, vice_chairman.affiliation, vice_chairman.country) == (
        "speaker", "广西壮族自治区", "CN")
    assert vice_chairman.affiliation_id == _our_id(sample_store, "广西壮族自治区")


def test_who_announced_the_opening_of_a_data_centre_took_part(sample_store: Store) -> None:
    text = ("Alibaba Cloud opens first data centre in Mexico\n\n"
            "MEXICO CITY, 20 February 2025 — Alibaba Cloud, the digital technology and "
            "intelligence backbone of Alibaba Group, today announced the opening of its first "
            "data centre in Mexico. The launch ceremony was attended by Mexico's Secretary of "
            "Economy Marcelo Ebrard and Chinese Ambassador to Mexico Zhang Run.")
    assert [(name, role, country) for name, _kind, role, _alias, country, *_rest
            in _offered(sample_store, text)] == [
        # (not Alibaba Group, of which it is said to be a part)
        ("Alibaba Cloud", "participant", ""),
        ("Marcelo Ebrard", "attendee", "MX"), ("Zhang Run", "attendee", "CN")]


def test_vice_ministers_posts_in_small_letters_and_of_a_countrys_ministry(
        sample_store: Store) -> None:
    text = ("Korea, China hold first AI policy dialogue\n\n"
            "SEOUL, June 4 (Yonhap) -- South Korea and China held their first dialogue on "
            "artificial intelligence policy in Seoul on Wednesday, the science ministry said.\n\n"
            "The meeting was co-chaired by Kang Do-hyun, second vice minister of science and "
            "ICT, and Chen Jiachang, vice minister of China's Ministry of Science and "
            "Technology.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    offered = {new.name: new for new in proposal.new_names}
    assert "ICT" not in offered
    assert (offered["Kang Do-hyun"].role, offered["Kang Do-hyun"].position) == (
        "co-host", "second vice minister of science and ICT")
    chen = offered["Chen Jiachang"]
    # China's ministry, ours: his affiliation, and his country
    assert (chen.role, chen.position, chen.country) == ("co-host", "vice minister", "CN")
    assert chen.affiliation_id == _our_id(sample_store, "科学技术部")


def test_technical_support_from_a_company_co_organises(sample_store: Store) -> None:
    text = ("China-Pakistan AI training programme concludes in Islamabad\n\n"
            "ISLAMABAD, Oct 30 2025 (APP): A two-week training programme on artificial "
            "intelligence for 40 Pakistani government officials concluded here on Thursday. The "
            "programme was jointly organised by the Ministry of Information Technology and "
            "Telecommunication and the Chinese Embassy in Islamabad, with technical support from "
            "Huawei Pakistan.")
    assert [(name, role, country) for name, _kind, role, _alias, country, *_rest
            in _offered(sample_store, text)] == [
        ("Ministry of Information Technology and Telecommunication", "co-organizer", ""),
        ("Chinese Embassy in Islamabad", "co-organizer", "CN"),
        ("Huawei Pakistan", "co-organizer", "PK")]


def test_dignitaries_a_comma_apart_before_a_list_of_countries_officials(
        sample_store: Store) -> None:
    text = ("2025年10月15日，2025中国—东盟人工智能合作论坛在广西南宁开幕。外交部副部长孙卫东，"
            "广西壮族自治区主席韦韬，东盟秘书长高金洪，柬埔寨、老挝、缅甸等东盟国家部长级官员"
            "出席开幕式。")
    assert [(name, role, position, affiliation) for name, _kind, role, _alias, _country,
            position, affiliation in _offered(sample_store, text)] == [
        # each of the list a comma apart attended, as the officials after them did
        ("Sun Weidong", "attendee", "副部长", "外交部"),
        ("Wei Tao", "attendee", "主席", "广西壮族自治区"),
        ("Gao Jinhong", "attendee", "秘书长", "东盟")]
    # (部长级官员, officials of a minister's rank, are no one to add)
    roles = roles_proposed(sample_store, text)
    assert (roles["Cambodia"], roles["Laos"]) == ("attendee", "attendee")


def test_those_who_signed_on_behalf_of_their_side_named_after_their_posts(
        sample_store: Store) -> None:
    text = ("Nigeria, Huawei sign agreement on digital skills\n\n"
            "ABUJA, Nigeria, 3 April 2025 — The National Information Technology Development "
            "Agency (NITDA) and Huawei Technologies Nigeria Limited have signed a memorandum of "
            "understanding on digital skills. Director-General of NITDA, Kashifu Inuwa "
            "Abdullahi, signed on behalf of the agency, while the Managing Director of Huawei "
            "Nigeria, Mr. Wang Shiyong, signed for the company.")
    agency = "National Information Technology Development Agency"
    assert [(name, role, country, position, affiliation) for name, _kind, role, _alias, country,
            position, affiliation in _offered(sample_store, text)] == [
        (agency, "signatory", "", "", ""),
        # (its legal form left off)
        ("Huawei Technologies Nigeria", "signatory", "NG", "", ""),
        # the post and its body first, the name after a comma; who signed for
        # their side represented it
        ("Kashifu Inuwa Abdullahi", "representative", "", "Director-General", agency),
        ("Wang Shiyong", "representative", "NG", "Managing Director", "Huawei Nigeria")]


def test_two_posts_of_one_body_a_comma_apart_and_who_signed_for_each_side(
        sample_store: Store) -> None:
    text = ("2025年6月5日，中国科学技术协会与巴西国家科学技术发展委员会在北京签署科技合作谅解"
            "备忘录。中国科协党组书记、常务副主席贺军科与巴西国家科学技术发展委员会主席里卡多·加尔文分别代表"
            "双方签字。")
    cast = _our_id(sample_store, "中国科学技术协会")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert proposal.roles == {cast: "signatory"}
    offered = {new.native_name or new.name: new for new in proposal.new_names}
    # 签字 signs; 中国科协, the association's short name, is ours
    he = offered["贺军科"]
    assert (he.role, he.position, he.affiliation_id, he.country) == (
        "representative", "党组书记、常务副主席", cast, "CN")
    assert offered["里卡多·加尔文"].role == "representative"
