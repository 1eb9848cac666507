"""New event from text on signings between governments and companies: a
country's government named by its people ("the Chinese Government"), one
person's two posts joined by "and", a portfolio of two before a post ("Trade
and Industry State Minister"), a post then its holder after a comma, a
company's head "of" the company, a dateline's day before the first name, and
what was said "At the conference,"."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed

SIGNING = (
    "Ethiopia, China sign MoU on national AI infrastructure\n\n"
    "ENA November 29/2019 Ethiopia and China have signed today a Memorandum of Understanding "
    "on national artificial intelligence infrastructure.\n\n"
    "The MoU was signed between Innovation and Technology State Minister, Sisay Tola, and "
    "Chen Kuan, the founder and CEO of Infervision of China.\n\n"
    "At the conference, Trade and Industry State Minister Teka Gebreyesus said both countries "
    "have a long history of cooperation.\n\n"
    "China's Industry and Information Technology Vice Minister, Wang Jiangping said the "
    "conference is a platform for investment.")


def _offered(store: Store, text: str) -> list[tuple[str, ...]]:
    return new_proposed(store, text, "name", "kind", "role", "country", "position",
                        "affiliation")


def test_ministers_named_by_their_portfolios_and_a_companys_head_of_it(
        sample_store: Store) -> None:
    assert _offered(sample_store, SIGNING) == [
        # the dateline's agency and day are no part of a name
        ("Ethiopia", "country", "signatory", "ET", "", ""),
        # a portfolio of two, the post, then the name after a comma
        ("Sisay Tola", "person", "signatory", "", "Innovation and Technology State Minister",
         ""),
        # "of Infervision of China": of the company, of China
        ("Chen Kuan", "person", "signatory", "CN", "founder and CEO", "Infervision"),
        # said "At the conference,": a speaker
        ("Teka Gebreyesus", "person", "speaker", "", "Trade and Industry State Minister", ""),
        # quoted, with China's portfolio of two before the post
        ("Wang Jiangping", "person", "", "CN",
         "Industry and Information Technology Vice Minister", "")]
    assert roles_proposed(sample_store, SIGNING) == {"China": "signatory"}


def test_a_government_named_by_its_people_is_the_country_and_an_envoy_with_two_posts(
        sample_store: Store) -> None:
    text = ("Africa Union and China sign MoU\n\n"
            "The African Union and the Chinese Government signed a Memorandum of Understanding "
            "on 27 January 2015. African Union Commission Chairperson Dr. Nkosazana Dlamini "
            "Zuma and Special Envoy of the Chinese Government and Vice Minister of Foreign "
            "Affairs Mr. Zhang Ming signed the MoU.")
    # the Chinese Government is China, ours, a signatory
    assert roles_proposed(sample_store, text) == {"African Union": "signatory",
                                                  "China": "signatory"}
    assert _offered(sample_store, text) == [
        ("Nkosazana Dlamini Zuma", "person", "signatory", "", "Chairperson",
         "African Union Commission"),
        # one person's two posts, not a "Special Envoy" of their own; of China, the
        # people the first post is of
        ("Zhang Ming", "person", "signatory", "CN",
         "Special Envoy of the Chinese Government and Vice Minister of Foreign Affairs", "")]


def test_a_government_named_by_its_people_that_is_not_ours_is_offered_as_the_country(
        sample_store: Store) -> None:
    text = "The Kenyan government and Huawei signed an agreement in Nairobi on 3 May 2025."
    assert [(name, kind, role, country) for name, kind, role, country, *_rest
            in _offered(sample_store, text)] == [
        ("Kenya", "country", "signatory", "KE"), ("Huawei", "organization", "signatory", "")]


def test_a_letter_of_intent_signed_with_a_company(sample_store: Store) -> None:
    text = ("South Africa's Department of Science, Technology and Innovation (DSTI) has signed "
            "a Letter of Intent with Chinese tech firm Huawei on 3 June 2024.")
    assert [(name, role) for name, _kind, role, *_rest in _offered(sample_store, text)] == [
        ("Department of Science, Technology and Innovation (South Africa)", "signatory"),
        ("Huawei", "signatory")]


def test_a_firm_described_before_its_name_is_a_body_and_who_greeted_a_visitor_hosts(
        sample_store: Store) -> None:
    text = ("Saudi Arabia, China sign deals for Xi's visit\n\n"
            "Xi arrived in Riyadh on 7 December 2022 for a three-day visit, and was greeted by "
            "Saudi Foreign Minister Prince Faisal bin Farhan. The King Abdullah University of "
            "Science and Technology signed a memorandum of understanding with the Chinese "
            "investment firm Sinovation Ventures.")
    assert [(name, kind, role, country) for name, kind, role, country, *_rest
            in _offered(sample_store, text)] == [
        # ("Prince" before a name of "bin"s his title, as "Sheikh" is)
        ("Faisal bin Farhan", "person", "host", "SA"),
        ("King Abdullah University of Science and Technology", "organization", "signatory", ""),
        # two capitalised words, but said to be a firm: a body, of China
        ("Sinovation Ventures", "organization", "signatory", "CN")]


def test_a_minister_who_met_a_delegation_and_those_attending_a_list_parted_by_semicolons(
        sample_store: Store) -> None:
    text = ("Vietnam and China strengthen AI cooperation\n\n"
            "On February 19, 2025, Minister of Information and Communications Nguyen Manh Hung "
            "met with a working delegation from Guangxi, China, led by Chen Gang, Secretary of "
            "the Guangxi Zhuang Autonomous Region.\n"
            "Also attending were Chinese Ambassador to Vietnam Ha Vi; Vietnamese Consul General "
            "in Nanning Nguyen Thi Huong and officials from several departments.")
    assert _offered(sample_store, text) == [
        # who met "a working delegation" took part, as its side did
        ("Nguyen Manh Hung", "person", "participant", "",
         "Minister of Information and Communications", ""),
        # who led it (from a place and its country) represents it; of a region of China
        ("Chen Gang", "person", "representative", "CN",
         "Secretary of the Guangxi Zhuang Autonomous Region", ""),
        # the whole list after "Also attending were", a ";" between its names
        ("Ha Vi", "person", "attendee", "CN", "Ambassador to Vietnam", ""),
        ("Nguyen Thi Huong", "person", "attendee", "VN", "Consul General in Nanning", "")]
    assert roles_proposed(sample_store, text)["Guangxi Zhuang Autonomous Region"] == (
        "participant")


def test_one_who_made_the_statement_at_the_roundtable_spoke_there(sample_store: Store) -> None:
    text = ("Vietnam attends China-ASEAN roundtable on AI\n\n"
            "The statement was made by Bui Hoang Phuong, Vietnamese Deputy Minister of Science "
            "and Technology, at the ASEAN-China ministerial roundtable on AI held on 18 "
            "September 2025 in Nanning.")
    assert _offered(sample_store, text) == [
        ("Bui Hoang Phuong", "person", "speaker", "VN",
         "Deputy Minister of Science and Technology", "")]


def test_one_who_signed_named_after_a_post_of_a_ministry_whose_name_holds_commas(
        sample_store: Store) -> None:
    text = ("China-Brazil AI agreement\n\n"
            "A memorandum on AI was signed in Beijing on 13 May 2025. The aim is to digitalise "
            "industry, said the executive secretary of the Ministry of Development, Industry, "
            "Trade and Services, Márcio Elias, who signed the agreement with the National "
            "Development and Reform Commission of the People's Republic of China.")
    # the post and its ministry, read back from "who signed", and ours by its whole name
    assert _offered(sample_store, text) == [
        ("Márcio Elias", "person", "signatory", "", "executive secretary",
         "Ministry of Development, Industry, Trade and Services")]
    assert roles_proposed(sample_store, text) == {
        "National Development and Reform Commission": "signatory"}


def test_a_deal_inked_beside_a_summit_is_a_signing_and_a_company_branch_gives_its_country(
        sample_store: Store) -> None:
    text = ("Huawei and Kenya's ICT Authority inked a deal on the sidelines of the Connected "
            "Summit in Nairobi on 12 May 2025. The agreement was signed by Huawei Kenya CEO "
            "Will Meng and ICT Authority CEO Stanley Kamanguya.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    # the summit is where it was done beside, not what it was
    assert (proposal.event_type, proposal.type_named_in) == (
        "agreement signing", "first sentence")
    assert [(new.name, new.country, new.affiliation) for new in proposal.new_names
            if new.kind == "person"] == [
        # of the country the branch's name closes with; of the body the text introduced
        ("Will Meng", "KE", "Huawei Kenya"), ("Stanley Kamanguya", "KE", "ICT Authority")]


def test_memoranda_exchanged_by_ministers_for_their_sides_with_malaysian_honorifics(
        sample_store: Store) -> None:
    text = ("Malaysia ties up with China's NDRC on AI\n\n"
            "This follows the signing of two Memoranda of Understanding (MoUs) between Malaysia "
            "and China's National Development and Reform Commission (NDRC) on April 16, 2025.\n"
            "The MoUs were exchanged by Digital Minister Gobind Singh Deo representing "
            "Malaysia, and NDRC Chairman Zheng Shanjie, in a ceremony witnessed by Prime "
            "Minister Datuk Seri Anwar Ibrahim and Chinese President Xi Jinping.")
    # "the signing of two Memoranda of Understanding (MoUs) between A and B"
    roles = roles_proposed(sample_store, text)
    assert roles["National Development and Reform Commission"] == "signatory"
    assert [(name, role, country, position) for name, _kind, role, country, position, _body
            in _offered(sample_store, text)] == [
        # exchanged the memoranda: signed them, for Malaysia
        ("Gobind Singh Deo", "signatory", "MY", "Digital Minister"),
        ("Zheng Shanjie", "signatory", "CN", "Chairman"),
        # "Datuk Seri" is a form of address, no part of his name
        ("Anwar Ibrahim", "witness", "", "Prime Minister"),
        ("Xi Jinping", "witness", "CN", "President")]


def test_a_post_of_a_countrys_region_before_the_name_is_of_the_region_not_the_region_itself(
        sample_store: Store) -> None:
    text = ("The exchange of six memoranda on 10 April 2025 was witnessed by the Governor of "
            "China's Guangxi Zhuang Autonomous Region, Lan Tianli.")
    assert [(name, role, country, position, body) for name, _kind, role, country, position, body
            in _offered(sample_store, text)] == [
        ("Lan Tianli", "witness", "CN", "Governor", "Guangxi Zhuang Autonomous Region")]
    assert roles_proposed(sample_store, text) == {}


def test_a_body_closed_by_its_short_name_and_a_company_after_it_both_sign(
        sample_store: Store) -> None:
    text = ("Bangkok, 12 March 2025 – The Ministry of Digital Economy and Society (MDES) and "
            "Alibaba Cloud today signed a Memorandum of Understanding.")
    assert [(name, role) for name, _kind, role, *_rest in _offered(sample_store, text)] == [
        ("Ministry of Digital Economy and Society", "signatory"), ("Alibaba Cloud", "signatory")]


def test_two_bodies_that_held_a_bilateral_meeting_and_a_delegation_that_visited_a_company(
        sample_store: Store) -> None:
    met = ("JAKARTA, 5 June 2025 – Indonesia's Ministry of Communication and Digital Affairs "
           "(Komdigi) and China's Cyberspace Administration held a bilateral meeting in Jakarta.")
    assert [(name, role, country) for name, _kind, role, country, *_rest
            in _offered(sample_store, met)] == [
        ("Ministry of Communication and Digital Affairs (Indonesia)", "participant", "ID"),
        ("Cyberspace Administration", "participant", "CN")]
    visit = ("The Thai delegation, led by Dr. Chai Wutiwiwatchai, Executive Director of the "
             "National Electronics and Computer Technology Center (NECTEC), visited iFlytek in "
             "Hefei on 3 July 2025.")
    with sample_store.session() as session:
        proposal = propose_event(session, visit)
    # where the visit was; the company, its name in small letters first, its host
    assert proposal.place == "Hefei"
    assert [(new.name, new.role) for new in proposal.new_names] == [
        ("Chai Wutiwiwatchai", "representative"), ("iFlytek", "host")]
