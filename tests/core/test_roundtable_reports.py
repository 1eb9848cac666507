"""New event from text on a report of a ministerial roundtable and of the
signings around it: the officials it quotes with their posts (two posts
of one person, a country's portfolio of two, a mission abroad, a post of a
country's ministry in small letters), an event named "Forum on …", a first
line that is a sentence or a dateline alone, and where it began."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed

ROUNDTABLE = (
    "China and ASEAN countries opened their first ministers' talks on artificial intelligence "
    "on Thursday, setting up a regular channel for cooperation as both sides push AI "
    "innovation forward.\n"
    "Ministers and officials from China and ASEAN countries attend the China-ASEAN "
    "Ministerial Roundtable on Artificial Intelligence in Nanning, Guangxi Zhuang autonomous "
    "region, Sept. 18, 2025.\n"
    "The roundtable, co-hosted by China's National Development and Reform Commission and the "
    "regional government of Guangxi, was held during the 22nd China-ASEAN Expo (CAEXPO) in "
    "Nanning.\n"
    "Chen Gang, secretary of the CPC Guangxi Zhuang Autonomous Regional Committee and "
    "chairman of the Standing Committee of Guangxi People's Congress, said Guangxi would "
    "make the new application centre a hub for the region.\n"
    "Wang Changlin, deputy head of the NDRC, stressed that AI drives growth.\n"
    "Laos Technology and Communications Minister Boviengkham Vongdara said AI could help "
    "schools and hospitals. Cambodia's telecommunications ministry official Sok Puthyvuth "
    "called AI central to his country's plans.\n"
    "Parulian George Andreas Silalahi, deputy chief of mission of the embassy of Indonesia "
    "in China, said AI matters for the region.\n"
    "Southeast Asian officials said the technology brings risks too. Xinhua said the talks "
    "went well.")


def _offered(store: Store, text: str) -> list[tuple[str, ...]]:
    return new_proposed(store, text, "name", "role", "country", "position", "affiliation")


def test_officials_quoted_with_their_posts_are_offered_for_the_analyst_to_give_a_role(
        sample_store: Store) -> None:
    assert _offered(sample_store, ROUNDTABLE) == [
        # two posts of one person: the first's body is theirs, the second kept in the post
        ("Chen Gang", "", "CN",
         "secretary; chairman of the Standing Committee of Guangxi People's Congress",
         "CPC Guangxi Zhuang Autonomous Regional Committee"),
        # of the NDRC, ours, by its acronym: China's
        ("Wang Changlin", "", "CN", "deputy head", "NDRC"),
        # a country's portfolio of two before the post: Laos's minister, not Laos
        ("Boviengkham Vongdara", "", "LA", "Technology and Communications Minister", ""),
        # what a country's post is, in small letters
        ("Sok Puthyvuth", "", "KH", "telecommunications ministry official", ""),
        # a mission abroad is its country's, not the host country's
        ("Parulian George Andreas Silalahi", "", "ID", "deputy chief of mission",
         "Embassy of Indonesia in China")]


def test_a_quoted_body_or_a_name_without_a_post_is_not_offered(sample_store: Store) -> None:
    text = ("Forum on digital trade opens\n\nThe Forum on Digital Trade opened in Hanoi on "
            "3 March 2025. Xinhua said the forum drew crowds. John Smith said it went well. "
            "Nguyen Van An, director of the Vietnam Digital Agency, said the plan is ready.")
    assert [name for name, *_rest in _offered(sample_store, text)] == ["Nguyen Van An"]


def test_one_who_said_so_at_the_event_or_addressing_it_is_a_speaker(
        sample_store: Store) -> None:
    opening = "The China-ASEAN Roundtable was held in Nanning on 18 September 2025. "
    for said in ("Wang Changlin, deputy head of the NDRC, said at the roundtable that China "
                 "is ready.",
                 "Addressing the roundtable, Wang Changlin, deputy head of the NDRC, said "
                 "China is ready."):
        assert _offered(sample_store, opening + said) == [
            ("Wang Changlin", "speaker", "CN", "deputy head", "NDRC")]


def test_a_report_without_a_headline_takes_the_roundtable_it_names_and_where_it_was(
        sample_store: Store) -> None:
    with sample_store.session() as session:
        proposal = propose_event(session, ROUNDTABLE)
    # the long first line closed by a full stop is the first paragraph, not a headline;
    # the event is the one the officials attend ("… in Nanning" is where, not its name)
    assert proposal.title == "China-ASEAN Ministerial Roundtable on Artificial Intelligence"
    assert proposal.date == "2025-09-18"
    # "held during the 22nd China-ASEAN Expo (CAEXPO) in Nanning"
    assert proposal.place == "Nanning"
    roles = roles_proposed(sample_store, ROUNDTABLE)
    assert roles["National Development and Reform Commission"] == "co-host"


def test_a_forum_named_forum_on_that_began_somewhere_else_than_the_dateline(
        sample_store: Store) -> None:
    text = ("BEIJING, Sept. 16, 2025\n\n"
            "On September 16, 2025, the Forum on China-ASEAN Technology Transfer and "
            "Collaborative Innovation 2025 began in Nanning, Guangxi. Officials and scholars "
            "from China and ASEAN member states took part.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    # a city and a day alone on the first line are a dateline, no headline
    assert proposal.title == ("Forum on China-ASEAN Technology Transfer and Collaborative "
                              "Innovation 2025")
    assert (proposal.event_type, proposal.type_named_in) == ("forum", "name")
    assert proposal.date == "2025-09-16"
    assert proposal.place == "Nanning"  # where it began, not where it was filed from


def test_a_headline_with_a_year_at_its_end_stays_a_headline(sample_store: Store) -> None:
    with sample_store.session() as session:
        proposal = propose_event(session, "China, ASEAN meet in 2025\n\nThe ministers met in "
                                          "Nanning on 18 September 2025.")
    assert proposal.title == "China, ASEAN meet in 2025"


def test_a_centre_inaugurated_during_the_meeting_is_its_outcome_and_the_name_gives_the_type(
        sample_store: Store) -> None:
    text = ("China, ASEAN pledge closer AI ties\n\n"
            "China and ASEAN will work more closely on AI, officials said. "
            "They spoke at the 2025 China-ASEAN Ministerial Roundtable on Artificial "
            "Intelligence held on Thursday in Nanning. During the meeting, the China-ASEAN "
            "Countries Artificial Intelligence Application Cooperation Center was inaugurated "
            "to offer open-source services.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    # the headline names no type: the event the text names does (a roundtable)
    assert (proposal.event_type, proposal.type_named_in) == ("seminar", "name")
    assert [(new.name, new.role) for new in proposal.new_names] == [
        ("China-ASEAN Countries Artificial Intelligence Application Cooperation Center",
         "established (outcome)")]


def test_witnesses_with_two_capitalised_posts_and_a_minister_of_a_country(
        sample_store: Store) -> None:
    text = ("VIENTIANE, Laos, Feb. 24, 2025 /PRNewswire/ — A report from the region.\n\n"
            "On February 23, the signing ceremony for the China-Laos AI Innovation Cooperation "
            "Center was held in Vientiane. The ceremony was witnessed by Chen Gang, Party "
            "Secretary of the CPC Guangxi Zhuang Autonomous Region Committee and Chairman of "
            "the Standing Committee of the People's Congress of Guangxi Zhuang Autonomous "
            "Region, and Boviengkham Vongdara, Minister of Technology and Communications of "
            "Laos.")
    assert _offered(sample_store, text) == [
        ("Chen Gang", "witness", "CN",
         "Party Secretary; Chairman of the Standing Committee of the People's Congress of "
         "Guangxi Zhuang Autonomous Region", "CPC Guangxi Zhuang Autonomous Region Committee"),
        # a post closing with its country is of that country
        ("Boviengkham Vongdara", "witness", "LA",
         "Minister of Technology and Communications of Laos", "")]
    # Guangxi is named only in his posts: it witnessed nothing itself
    assert "Guangxi Zhuang Autonomous Region" not in roles_proposed(sample_store, text)


def test_a_minister_of_a_country_named_before_the_name(sample_store: Store) -> None:
    text = ("Vice premier meets Lao foreign minister\n\n"
            "BEIJING, March 14 (Xinhua) -- Chinese Vice Premier Ding Xuexiang met with "
            "Minister of Foreign Affairs of the Lao PDR Thongsavanh Phomvihane in Beijing on "
            "Friday.")
    assert _offered(sample_store, text)[1] == (
        "Thongsavanh Phomvihane", "participant", "LA",
        "Minister of Foreign Affairs of the Lao PDR", "")
