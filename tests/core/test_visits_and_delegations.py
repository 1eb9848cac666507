"""New event from text on visits, delegations and who was present: who
visited whom, who led each side (and which side that is), who received the
visitors, who else was there, and a signatory named before "who signed"."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def _offered(store: Store, text: str) -> list[tuple[str, ...]]:
    return new_proposed(store, text, "name", "role", "alias", "country", "position",
                        "affiliation")


def test_a_delegation_visiting_a_body_takes_part_and_the_body_hosts_it(
        empty_store: Store) -> None:
    text = ("Chinese trade delegation in Cyberjaya\n\n"
            "A 30-member delegation from the China Council for the Promotion of International "
            "Trade (CCPIT) visited the Malaysia Digital Economy Corporation (MDEC) in "
            "Cyberjaya on 20 June 2024. The delegation, headed by CCPIT vice-chairman Zhang "
            "Shenfeng, was received by MDEC chief executive officer Mahadhir Aziz.")
    assert _offered(empty_store, text) == [
        # (each of the country its name opens with)
        ("China Council for the Promotion of International Trade", "participant", "CCPIT",
         "CN", "", ""),
        ("Malaysia Digital Economy Corporation", "host", "MDEC", "MY", "", ""),
        # (of the bodies the acronyms were given to, by their names, and their countries)
        ("Zhang Shenfeng", "representative", "", "CN", "vice-chairman",
         "China Council for the Promotion of International Trade"),
        ("Mahadhir Aziz", "host", "", "MY", "chief executive officer",
         "Malaysia Digital Economy Corporation"),
    ]


def test_the_head_of_each_side_is_of_the_country_the_side_is_named_by(
        empty_store: Store) -> None:
    text = ("Kenya and China hold talks\n\n"
            "The Kenyan delegation was led by Principal Secretary John Tanui, while the "
            "Chinese side was led by Vice Minister of Science and Technology Wu Zhaohui.")
    assert _offered(empty_store, text) == [
        ("John Tanui", "representative", "", "KE", "Principal Secretary", ""),
        ("Wu Zhaohui", "representative", "", "CN", "Vice Minister of Science and Technology",
         ""),
    ]


def test_those_also_present_or_also_attending_are_attendees(empty_store: Store) -> None:
    assert [name for name, *_ in _offered(
        empty_store, "Talks in Nairobi\n\nRepresentatives of Safaricom, the Kenya ICT "
                     "Authority and the Chinese tech firms ZTE and Tencent also attended.")] == [
        "Safaricom", "Kenya ICT Authority", "ZTE", "Tencent"]
    assert [(name, role) for name, role, *_ in _offered(
        empty_store, "Visit to MDEC\n\nAlso present were representatives from Alibaba Cloud, "
                     "SenseTime and GDS Holdings.")] == [
        ("Alibaba Cloud", "attendee"), ("SenseTime", "attendee"), ("GDS Holdings", "attendee")]
    # "Officials of" opens the list; its "of" joins no two names into one
    assert [name for name, *_ in _offered(
        empty_store, "Visit\n\nOfficials of the Kenya ICT Authority and Safaricom were also "
                     "present.")] == ["Kenya ICT Authority", "Safaricom"]


def test_one_named_before_who_signed_is_a_signatory(empty_store: Store) -> None:
    text = ("Joint AI lab opens in Cairo\n\n"
            "The inauguration was led by Cairo University President Mohamed Sami Abdel-Sadek, "
            "who signed a cooperation agreement with Huawei Northern Africa President Jiang Tao.")
    assert _offered(empty_store, text) == [
        ("Mohamed Sami Abdel-Sadek", "signatory", "", "", "President", "Cairo University"),
        ("Jiang Tao", "signatory", "", "", "President", "Huawei Northern Africa"),
    ]
    # who attended, as those "who attended" a forum are not named as one
    assert _offered(empty_store, "Forum\n\nExperts who attended the forum praised it.") == []


def test_those_who_launched_a_centre_took_part_and_guests_after_while_attended(
        empty_store: Store) -> None:
    text = ("Tsinghua, NUS launch joint AI research centre\n\n"
            "SINGAPORE, 8 May 2024 — Tsinghua University and the National University of "
            "Singapore (NUS) on Wednesday launched a joint research centre. The centre was "
            "launched by NUS President Tan Eng Chye and Tsinghua Vice President Yang Bin. "
            "Singapore's Minister for Digital Development and Information Josephine Teo "
            "delivered the keynote address, while Chinese Ambassador to Singapore Cao "
            "Zhongming was among the guests.")
    assert [(name, role, country) for name, role, _alias, country, *_ in _offered(
        empty_store, text)] == [
        ("Tsinghua University", "participant", ""),
        ("National University of Singapore", "participant", "SG"),
        ("Tan Eng Chye", "participant", "SG"),  # of NUS, of Singapore
        ("Yang Bin", "participant", ""),
        ("Josephine Teo", "speaker", "SG"),
        ("Cao Zhongming", "attendee", "CN"),  # (the clause after "while": no "Digital …")
    ]
    # a name a country's owns is one of its own in a list: two launched it
    assert [(name, country) for name, _role, _alias, country, *_ in _offered(
        empty_store, "Launch\n\nIndonesia's Ministry of Communication and Digital Affairs "
                     "and China's Alibaba Cloud on Tuesday launched a program.")] == [
        ("Ministry of Communication and Digital Affairs (Indonesia)", "ID"),
        ("Alibaba Cloud", "CN")]


def test_a_unit_of_our_body_and_a_person_of_it_take_the_part_not_the_body(
        sample_store: Store) -> None:
    text = ("ASEAN-China dialogue on AI ethics\n\n"
            "Speakers included ASEAN Deputy Secretary-General for the ASEAN Economic "
            "Community Satvinder Singh and Professor Zeng Yi of the Chinese Academy of "
            "Sciences' Institute of Automation. The dialogue was co-organized by the ASEAN "
            "Secretariat and Pakistan's Federal Minister for Planning Ahsan Iqbal.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    # ASEAN and the academy are named, but their people spoke and their units organised
    assert proposal.roles == {}
    offered = {new.name: new for new in proposal.new_names}
    singh = offered["Satvinder Singh"]
    assert (singh.role, singh.position, singh.affiliation) == (
        "speaker", "Deputy Secretary-General for the ASEAN Economic Community", "ASEAN")
    assert offered["Zeng Yi"].affiliation == "Chinese Academy of Sciences' Institute of Automation"
    assert offered["ASEAN Secretariat"].role == "co-organizer"
    assert (offered["Ahsan Iqbal"].position, offered["Ahsan Iqbal"].affiliation) == (
        "Federal Minister for Planning", "")


def test_companies_by_where_they_are_based_a_long_name_after_a_post_and_a_colon_dateline(
        empty_store: Store) -> None:
    text = ("UAE's G42 and China's Zhipu AI sign partnership\n\n"
            "ABU DHABI, 12 February 2024: G42, the Abu Dhabi-based AI company, and "
            "Beijing-based Zhipu AI signed a strategic partnership agreement on Monday. The "
            "agreement was signed by G42 Group CEO Peng Xiao and Zhipu AI CEO Zhang Peng in "
            "the presence of UAE Minister of State for Artificial Intelligence Omar Sultan Al "
            "Olama.")
    with empty_store.session() as session:
        proposal = propose_event(session, text)
    assert proposal.place == "Abu Dhabi"  # the dateline's city, before its colon
    assert [(new.name, new.kind, new.role, new.country, new.position) for new in
            proposal.new_names] == [
        ("G42", "organization", "signatory", "", ""),
        ("Zhipu AI", "organization", "signatory", "", ""),  # a company, not a person
        ("Peng Xiao", "person", "signatory", "", "CEO"),
        ("Zhang Peng", "person", "signatory", "", "CEO"),
        # the four words of the name; the country the post is of, UAE
        ("Omar Sultan Al Olama", "person", "witness", "AE",
         "Minister of State for Artificial Intelligence"),
    ]


def test_who_spoke_at_a_launch_an_embassy_and_a_body_represented_by_its_head(
        empty_store: Store) -> None:
    text = ("South Africa and China launch AI skills initiative\n\n"
            "JOHANNESBURG, March 18, 2025 — South Africa's Department of Communications and "
            "Digital Technologies (DCDT) and the Chinese Embassy in South Africa on Tuesday "
            "jointly launched an AI skills initiative.\n\nSpeaking at the launch, Minister "
            "Solly Malatsi said the initiative would help. Huawei South Africa was "
            "represented by its CEO Will Meng.")
    assert [(name, role, alias, country, position) for name, role, alias, country, position, _
            in _offered(empty_store, text)] == [
        ("Department of Communications and Digital Technologies (South Africa)", "participant",
         "DCDT", "ZA", ""),
        ("Chinese Embassy in South Africa", "participant", "", "CN", ""),
        ("Solly Malatsi", "speaker", "", "", "Minister"),
        ("Will Meng", "representative", "", "", "CEO"),
    ]


def test_bodies_listed_beside_a_person_with_a_post_are_attendees_of_their_own(
        sample_store: Store) -> None:
    text = ("Russia, China discuss AI\n\nThe meeting was also attended by Sberbank First "
            "Deputy Chairman Alexander Vedyakhin and representatives of Yandex and Baidu.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert [(new.name, new.role) for new in proposal.new_names] == [
        ("Yandex", "attendee"), ("Baidu", "attendee")]
    # our Vedyakhin attended; Sberbank, whose post he holds, is named only so
    assert {name: proposal.roles.get(pid, "") for pid, name, _native in
            proposal.participants} == {"China": "", "Sberbank": "",
                                       "Alexander Vedyakhin": "attendee"}


def test_a_lab_opened_in_a_city_whose_dateline_has_accents_and_a_governor_in_attendance(
        sample_store: Store) -> None:
    text = ("Brazil's Senai and Huawei open AI innovation lab\n\n"
            "SÃO PAULO, Brazil, 14 Aug 2024 - Brazil's National Industrial Training Service "
            "(SENAI) and Huawei do Brasil opened an artificial intelligence innovation "
            "laboratory on Wednesday.\n\nThe lab was inaugurated by SENAI Director-General "
            "Gustavo Leal and Huawei Brazil CEO Sun Baocheng, with São Paulo state governor "
            "Tarcísio de Freitas in attendance.")
    place_countries.prepare()  # the towns, as the dialog reads them beside it
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    # the dateline's city; not Brazil, a place of events here, named in "Huawei Brazil CEO"
    assert (proposal.place, proposal.country) == ("São Paulo", "BR")
    assert [(new.name, new.kind, new.role, new.alias) for new in proposal.new_names] == [
        ("National Industrial Training Service", "organization", "participant", "SENAI"),
        ("Huawei do Brasil", "organization", "participant", ""),
        ("Gustavo Leal", "person", "participant", ""),
        ("Sun Baocheng", "person", "participant", ""),
        ("Tarcísio de Freitas", "person", "attendee", ""),
    ]


def test_bodies_that_jointly_organised_a_roundtable_and_a_brand_in_a_list(
        empty_store: Store) -> None:
    text = ("AI governance roundtable\n\nISLAMABAD, Nov. 5, 2024 — The Institute of Strategic "
            "Studies Islamabad (ISSI) and the China Institute of International Studies (CIIS) "
            "jointly organized a roundtable on Tuesday.")
    with empty_store.session() as session:
        proposal = propose_event(session, text)
    assert proposal.event_type == "seminar"  # a roundtable
    assert [(new.name, new.role) for new in proposal.new_names] == [
        ("Institute of Strategic Studies Islamabad", "co-organizer"),
        ("China Institute of International Studies", "co-organizer")]
    text = ("MDEC signs MoUs\n\nMDEC signed memoranda of understanding with SenseTime, iFlytek "
            "and Inspur on Thursday. Malaysian Digital Minister Gobind Singh Deo witnessed the "
            "signing.")
    assert [(name, role, country, position) for name, role, _alias, country, position, _
            in _offered(empty_store, text)] == [
        ("MDEC", "signatory", "", ""), ("SenseTime", "signatory", "", ""),
        # a brand in small letters goes on with the list
        ("iFlytek", "signatory", "", ""), ("Inspur", "signatory", "", ""),
        # the people's adjective gives the country, the word after it is the post's
        ("Gobind Singh Deo", "witness", "MY", "Digital Minister")]


def test_a_press_release_read_without_its_about_sections(sample_store: Store) -> None:
    text = ("Huawei and DEPA Launch AI Startup Accelerator\n\n"
            "BANGKOK, Jan. 15, 2025 /PRNewswire/ -- Huawei Technologies (Thailand) and the "
            "Digital Economy Promotion Agency (DEPA) today launched an accelerator.\n\n"
            "The launch ceremony was presided over by Thai Minister of Digital Economy and "
            "Society Prasert Jantararuangtong.\n\n"
            "About Huawei\nFounded in 1987, Huawei is a leading global provider of ICT.\n\n"
            "Media contact: press@example.com")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    # the newswire's dateline: its city and day, the publisher; not 1987, of "About Huawei"
    assert (proposal.place, proposal.date, proposal.publisher) == (
        "Bangkok", "2025-01-15", "PRNewswire")
    assert [(new.name, new.role, new.country, new.position) for new in
            proposal.new_names] == [
        ("Huawei Technologies (Thailand)", "participant", "TH", ""),
        ("Digital Economy Promotion Agency", "participant", "", ""),  # (not "… today")
        # what the post is of goes on past its "and"
        ("Prasert Jantararuangtong", "speaker", "TH", "Minister of Digital Economy and Society"),
    ]
    # Thailand is named in the company's name only: it launched nothing
    assert proposal.roles == {}


def test_those_listed_a_line_each_after_what_they_did(sample_store: Store) -> None:
    text = ("Participants at the China-Africa Digital Cooperation Forum\n\n"
            "The forum, held in Beijing on 20-21 August 2024, brought together:\n"
            "- Kenya's Ministry of Information, Communications and the Digital Economy\n"
            "- Nigeria's National Information Technology Development Agency (NITDA)\n"
            "- the African Union Commission\n"
            "- Huawei, ZTE and Transsion\n\n"
            "The forum was hosted by the Cyberspace Administration of China.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert [(new.name, new.role, new.country) for new in proposal.new_names] == [
        ("Ministry of Information, Communications and the Digital Economy (Kenya)",
         "participant", "KE"),
        ("National Information Technology Development Agency", "participant", "NG"),
        ("African Union Commission", "participant", ""),
        ("Huawei", "participant", ""), ("ZTE", "participant", ""),
        ("Transsion", "participant", "")]
    # our African Union is named in its commission's name: the commission took part
    assert {name: proposal.roles.get(pid, "") for pid, name, _n in proposal.participants} == {
        "African Union": "", "State Internet Information Office": "host"}


def test_partners_an_agreement_inked_between_two_and_what_was_launched(
        sample_store: Store) -> None:
    text = ("Alibaba Cloud partners with SDAIA\n\n"
            "RIYADH, Sept 10, 2024 (Reuters) - Alibaba Cloud, the cloud computing unit of "
            "China's Alibaba Group, has partnered with the Saudi Data and Artificial "
            "Intelligence Authority (SDAIA), the two organizations said on Tuesday. The "
            "agreement was inked at the Global AI Summit in Riyadh between SDAIA President "
            "Abdullah bin Sharaf Alghamdi and Alibaba Cloud International President Selina "
            "Yuan.")
    assert [(name, role) for name, role, *_ in _offered(sample_store, text)] == [
        ("Alibaba Cloud", "participant"),
        ("Saudi Data and Artificial Intelligence Authority", "participant"),
        ("Abdullah bin Sharaf Alghamdi", "signatory"), ("Selina Yuan", "signatory")]
    text = ("Accelerator launched\n\nHuawei and DEPA today launched the Thailand AI Startup "
            "Accelerator in Bangkok on 15 January 2025.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert [(new.name, new.role) for new in proposal.new_names] == [
        ("Huawei", "participant"), ("DEPA", "participant"),
        ("Thailand AI Startup Accelerator", "established (outcome)")]
    # our Thailand is named in the accelerator's name only: no outcome, nor anything else
    assert proposal.roles == {}
