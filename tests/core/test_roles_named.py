"""The roles a report gives participants in so many words, read for those it
names within the words the role governs."""

from __future__ import annotations

import pytest

from desktop.core.by_video import remote_named
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from desktop.core.operations import Operations
from desktop.core.roles_named import roles_named
from tests.core.proposals import roles_proposed

KNOWN = ["ASEAN-China Centre", "China International Communications Group", "NDRC", "MIIT",
         "Chinese Association for Science and Technology", "Donghao Lansheng Group",
         "Cambodia", "Laos", "中国外文局", "东盟中心", "东浩兰生集团", "国家发展改革委",
         "工业和信息化部"]
ROLES = {"host", "co-host", "organizer", "co-organizer", "executive organizer", "signatory",
         "speaker", "attendee", "witness", "participant"}


def _names_in(words: str) -> list[str]:
    return [name for name in KNOWN if name in words]


@pytest.mark.parametrize(("text", "roles"), [
    ("Co-hosted by the ASEAN-China Centre and China International Communications Group, "
     "the forum launched joint initiatives with Laos.",
     {"ASEAN-China Centre": "co-host", "China International Communications Group": "co-host"}),
    ("The forum, hosted by NDRC in Beijing, was attended by Laos.",
     {"NDRC": "host", "Laos": "attendee"}),
    ("It was jointly organized by Cambodia's Council and MIIT.", {"MIIT": "co-organizer"}),
    ("Co-organizing ministries include NDRC, the MIIT, and the Chinese Association for "
     "Science and Technology.", {"NDRC": "co-organizer", "MIIT": "co-organizer",
                                 "Chinese Association for Science and Technology":
                                     "co-organizer"}),
    ("WAIC is hosted by NDRC, with Donghao Lansheng Group as executive organizer.",
     {"NDRC": "host", "Donghao Lansheng Group": "executive organizer"}),
    ("The MoU was signed by NDRC and MIIT.", {"NDRC": "signatory", "MIIT": "signatory"}),
    ("Co-chaired by NDRC and MIIT, the dialogue met twice.", {"NDRC": "co-host",
                                                              "MIIT": "co-host"}),
    ("The meeting, chaired by Laos, adopted a plan.", {"Laos": "host"}),
    ("本届论坛由中国外文局和东盟中心联合主办，东浩兰生集团承办。",
     {"中国外文局": "co-host", "东盟中心": "co-host", "东浩兰生集团": "executive organizer"}),
    # a list with the enumeration comma, "and others" after it
    ("李强出席开幕式并致辞。大会由外交部、国家发展改革委、工业和信息化部等共同主办。",
     {"国家发展改革委": "co-host", "工业和信息化部": "co-host"}),
    # the role first, its holders after it
    ("论坛主办单位为中国外文局、东盟中心，承办单位为东浩兰生集团。",
     {"中国外文局": "host", "东盟中心": "host", "东浩兰生集团": "executive organizer"}),
    ("中国外文局出席开幕式，东浩兰生集团承办。",
     {"中国外文局": "attendee", "东浩兰生集团": "executive organizer"}),
    # who spoke and who attended, in so many words
    ("东浩兰生集团承办。中国外文局、东盟中心出席开幕式并致辞，国家发展改革委出席。",
     {"东浩兰生集团": "executive organizer", "中国外文局": "speaker", "东盟中心": "speaker",
      "国家发展改革委": "attendee"}),
    ("The forum was attended by Laos and Cambodia, with speeches by NDRC and MIIT.",
     {"Laos": "attendee", "Cambodia": "attendee", "NDRC": "speaker", "MIIT": "speaker"}),
    # who hosted or organised, said the other way round
    ("In Beijing on Monday, NDRC hosted the forum, and MIIT co-organised the event.",
     {"NDRC": "host", "MIIT": "co-organizer"}),
    ("Laos and Cambodia co-hosted a seminar.", {"Laos": "co-host", "Cambodia": "co-host"}),
    # a headline's present tense, its article left out; "hosts" as a noun gives none
    ("NDRC Hosts Laos on AI", {"NDRC": "host"}),
    ("MIIT co-organises a forum with Laos.", {"MIIT": "co-organizer"}),
    ("NDRC hosts 40 delegations; its hosts thank MIIT.", {}),
    # who signed, and not those before whom, nor where, it was signed
    ("During a meeting in Cambodia on July 5, 2025, NDRC (国家发展改革委) and MIIT signed a "
     "series of agreements.",
     {"NDRC": "signatory", "国家发展改革委": "signatory", "MIIT": "signatory"}),
    # a day or month the sentence opens with, no comma after it
    ("On 3 May 2025 NDRC and Laos signed a memorandum of understanding (MoU) on AI.",
     {"NDRC": "signatory", "Laos": "signatory"}),
    ("In March NDRC and MIIT signed a memorandum.", {"NDRC": "signatory", "MIIT": "signatory"}),
    ("On Monday NDRC hosted the forum.", {"NDRC": "host"}),
    # "jointly" after the verb, "co-signed"
    ("The forum was organised jointly by NDRC and the ASEAN-China Centre.",
     {"NDRC": "co-organizer", "ASEAN-China Centre": "co-organizer"}),
    ("The forum was hosted jointly by NDRC and Laos.", {"NDRC": "co-host", "Laos": "co-host"}),
    ("NDRC and MIIT co-signed a memorandum.", {"NDRC": "signatory", "MIIT": "signatory"}),
    ("On Sunday, Laos and Cambodia inked an AI pact.",
     {"Laos": "signatory", "Cambodia": "signatory"}),
    ("The pact was praised by MIIT and signed on Sunday.", {}),
    ("The centre opened, with NDRC and MIIT signing a memorandum on its work.",
     {"NDRC": "signatory", "MIIT": "signatory"}),
    # at the signing, not a party to it
    ("Laos attended the signing ceremony of the agreement.", {"Laos": "attendee"}),
    ("Vice Minister Kang and NDRC attended the seminar, with some 80 experts who attended "
     "the forum.", {"NDRC": "attendee"}),
    ("NDRC's deputy head represented Laos in signing the agreements.", {}),
    # an owner named with the apostrophe alone
    ("Laos' Ministry of Technology and MIIT co-hosted a seminar.", {"MIIT": "co-host"}),
    ("2025年10月9日，中国外文局与东盟中心在万象签署合作备忘录。",
     {"中国外文局": "signatory", "东盟中心": "signatory"}),
    # before whom it was signed: witnesses (两国元首 names no one)
    ("双方在国家发展改革委见证下签署合作备忘录。", {"国家发展改革委": "witness"}),
    ("2025年7月5日，在中国外文局和东盟中心的共同见证下，国家发展改革委与工业和信息化部签署协议。",
     {"中国外文局": "witness", "东盟中心": "witness", "国家发展改革委": "signatory",
      "工业和信息化部": "signatory"}),
    ("双方在两国元首见证下签署合作备忘录。", {}),
    ("During a meeting in Cambodia on 5 July 2025, Laos and Cambodia witnessed the signing "
     "of an AI cooperation pact between Laos' NDRC and MIIT.",
     {"Laos": "witness", "Cambodia": "witness", "NDRC": "signatory", "MIIT": "signatory"}),
    ("An agreement was signed between NDRC and MIIT in the presence of Laos.",
     {"NDRC": "signatory", "MIIT": "signatory", "Laos": "witness"}),
    ("The memorandum signed between NDRC and MIIT in March was praised by Laos.",
     {"NDRC": "signatory", "MIIT": "signatory"}),
    ("国家发展改革委出席签约仪式。", {"国家发展改革委": "attendee"}),
    # the host who also spoke is the host
    ("中国外文局致辞。本届论坛由中国外文局主办。", {"中国外文局": "host"}),
    # who spoke, said the other way round; not what a plan addressed, nor to whom one spoke
    ("At the opening ceremony, NDRC addressed the forum and MIIT delivered a keynote speech.",
     {"NDRC": "speaker", "MIIT": "speaker"}),
    ("Laos spoke at the closing session; Cambodia gave brief remarks.",
     {"Laos": "speaker", "Cambodia": "speaker"}),
    ("The plan NDRC drafted addressed the concerns of Laos. MIIT spoke with reporters.", {}),
    ("NDRC hosted the forum. NDRC addressed the audience.", {"NDRC": "host"}),
    # both sides of talks, and who met whom
    ("NDRC held talks with Laos in Beijing on Monday.", {"NDRC": "participant",
                                                        "Laos": "participant"}),
    ("Later, MIIT met with Cambodia.", {"MIIT": "participant", "Cambodia": "participant"}),
    ("中国外文局在北京同东盟中心举行会谈。",
     {"中国外文局": "participant", "东盟中心": "participant"}),
    # as "attended by" and 出席 say
    ("Laos and Cambodia attended the forum.", {"Laos": "attendee", "Cambodia": "attendee"}),
    ("与会者学习贯彻国家发展改革委重要讲话精神。", {}),  # a speech given elsewhere
])
def test_the_roles_a_report_states(text: str, roles: dict[str, str]) -> None:
    assert roles_named(text, _names_in, ROLES) == roles


def test_a_role_the_vocabulary_lacks_is_not_given_and_the_first_role_stays() -> None:
    assert roles_named("Hosted by NDRC. The MoU was signed by NDRC.", _names_in,
                       {"host", "signatory"}) == {"NDRC": "host"}
    assert roles_named("Organised by NDRC.", _names_in, {"host"}) == {}


def test_new_event_from_text_gives_the_seed_pages_roles(sample_store: Store) -> None:
    """As the sample dataset records them from the same page."""
    text = ("2025 ASEAN-China Media Cooperation Forum\n\nThe forum convened on May 25, 2025, "
            "in Luoyang. Co-hosted by the ASEAN-China Center (中國—東盟中心) and China "
            "International Communications Group (中國外文局), the forum launched joint "
            "initiatives.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    names = {pid: name for pid, name, _native in proposal.participants}
    assert {names[pid]: role for pid, role in proposal.roles.items()} == {
        "ASEAN-China Centre": "co-host", "China International Communications Group": "co-host"}


def test_who_the_text_says_took_part_by_video() -> None:
    names = {"san": ["San Lwin"], "du": ["Du Zhanyuan", "杜占元"], "xi": ["石中军"]}
    text = ("ASEAN Deputy Secretary-General San Lwin (via video), and President Du Zhanyuan "
            "(杜占元) of the China International Communications Group; 石中军以视频方式致辞。")
    assert remote_named(text, names) == {"san", "xi"}
    assert remote_named("San Lwin spoke; the video was shown.", names) == set()
    assert remote_named("Ministers attended, with San Lwin joining via video and Du Zhanyuan "
                        "who spoke by videoconference.", names) == {"san", "du"}
    assert remote_named("San Lwin spoke at length. The video was posted.", names) == set()
    # a speech given by video, what was addressed between
    assert remote_named("San Lwin addressed the opening session via video link; Du Zhanyuan "
                        "delivered a keynote speech in person.", names) == {"san"}
    assert remote_named("Du Zhanyuan addressed the forum, and a video of it was posted by "
                        "video editors.", names) == set()
    # a name within a longer word is not the name; a Chinese title between is passed over
    assert remote_named("Delegates from Mali joined via video.", {"li": ["Li"]}) == set()
    assert remote_named("杜占元局长以视频方式致辞。", names) == {"du"}
    assert remote_named("杜占元发表视频致辞，石中军出席。", names) == {"du"}
    assert remote_named("杜占元作视频讲话。", names) == {"du"}
    assert remote_named("杜占元观看了宣传视频。", names) == set()


def test_a_person_named_by_title_and_family_name_is_noted_as_remote_and_a_speaker(
        sample_store: Store) -> None:
    """"President Putin" is the sample's Vladimir Putin, 李总理 its Li Qiang (李強):
    what the text says they did is said of them."""
    with sample_store.session() as session:
        for text in ("President Putin addressed the forum via video link.",
                     "At the opening, Premier Li delivered a speech by video.",
                     "李总理通过视频致辞。"):
            proposal = propose_event(session, text)
            assert len(proposal.participants) == 1, text
            (person, _name, _native), = proposal.participants
            assert proposal.roles == {person: "speaker"}, text
            assert proposal.remote == {person}, text


def test_new_event_from_text_notes_who_took_part_by_video(sample_store: Store) -> None:
    text = ("2025 ASEAN-China Media Cooperation Forum\n\nThe forum convened on May 25, 2025, "
            "in Luoyang. ASEAN Deputy Secretary-General San Lwin (via video) and President "
            "Du Zhanyuan (杜占元) spoke.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    names = {pid: name for pid, name, _native in proposal.participants}
    assert {names[pid] for pid in proposal.remote} == {"San Lwin"}


def test_a_speaker_named_with_post_and_organisation_is_the_person_alone(
        sample_store: Store) -> None:
    text = ("Media forum opens\n\n2025年5月25日，论坛在洛阳开幕。中国—东盟中心秘书长石中军、"
            "中国外文局局长杜占元出席开幕式并致辞。中国外交部长王毅出席。")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    names = {pid: name for pid, name, _native in proposal.participants}
    assert {names[pid]: role for pid, role in proposal.roles.items()} == {
        "Shi Zhongjun": "speaker", "Du Zhanyuan": "speaker", "Wang Yi": "attendee"}


def test_a_country_before_a_chinese_organisation_we_do_not_know_is_given_no_role(
        sample_store: Store) -> None:
    """巴西科技创新部 is Brazil's ministry, which the sample does not know: it
    co-hosted, not Brazil (the ministry is offered as a new one of Brazil's,
    and Brazil, named only as whose it is, is no participant); 巴西和中国签署
    names the two countries as signatories."""
    with sample_store.session() as session:
        hosted = propose_event(session, "论坛由巴西科技创新部和国家发展改革委共同主办。")
        signed = propose_event(session, "巴西和中国签署人工智能合作备忘录。")
    names = {pid: name for pid, name, _native in hosted.participants}
    assert set(names.values()) == {"National Development and Reform Commission"}
    assert [(new.name, new.role, new.country) for new in hosted.new_names] == [
        ("巴西科技创新部", "co-host", "BR")]
    assert {names[pid]: role for pid, role in hosted.roles.items()} == {
        "National Development and Reform Commission": "co-host"}
    names = {pid: name for pid, name, _native in signed.participants}
    assert {names[pid]: role for pid, role in signed.roles.items()} == {
        "Brazil": "signatory", "China": "signatory"}


@pytest.mark.parametrize(("text", "roles"), [
    # 与 inside the name of an organisation we do not know: the ministry's, not Laos's
    ("工业和信息化部与老挝技术与通信部共同主办揭牌仪式。",
     {"Ministry of Industry and Information Technology": "co-host"}),
    # its minister, named by post, is no role of Laos's either
    ("老挝技术与通信部部长波萨依出席并致辞。", {}),
    # 与 joining two names: a name we know after it, or a country
    ("老挝与工业和信息化部共同主办论坛。",
     {"Laos": "co-host", "Ministry of Industry and Information Technology": "co-host"}),
    ("老挝与柬埔寨科技部共同主办论坛。", {"Laos": "co-host"}),
])
def test_a_country_owning_an_organisation_with_and_in_its_name_is_given_no_role(
        sample_store: Store, text: str, roles: dict[str, str]) -> None:
    assert roles_proposed(sample_store, text) == roles


def test_a_country_written_with_an_apostrophe_alone_as_an_owner_is_no_participant(
        sample_store: Store) -> None:
    """"Laos' Ministry of Foreign Affairs" is the ministry's, as "Laos's" would be."""
    Operations(sample_store, "Analyst").create_participant(
        {"kind": "organisation", "name": "Ministry of Foreign Affairs (Laos)", "country": "LA"})
    with sample_store.session() as session:
        proposal = propose_event(session, "Laos' Ministry of Foreign Affairs hosted the talks.")
    names = {pid: name for pid, name, _native in proposal.participants}
    assert list(names.values()) == ["Ministry of Foreign Affairs (Laos)"]
    assert {names[pid]: role for pid, role in proposal.roles.items()} == {
        "Ministry of Foreign Affairs (Laos)": "host"}


def test_who_did_it_for_another_is_a_representative_and_where_they_did_it_names_no_one(
        sample_store: Store) -> None:
    """The seed's "Liu Sushe represented China's DRC in signing", 刘苏社副主任代表中方
    签署: a representative (a person only); 在巴西利亚签署 names no Brazil."""
    texts = {
        "english": "Vice Chairman Liu Sushe represented China's DRC in signing the agreements.",
        "by": "China was represented by Liu Sushe at the talks.",
        "chinese": "3月25日，国家发展改革委与巴西科技创新部在巴西利亚签署合作备忘录，"
                   "刘苏社副主任代表中方签署。",
        "country": "Laos represented ASEAN at the talks.",
    }
    roles = {}
    with sample_store.session() as session:
        for key, text in texts.items():
            proposal = propose_event(session, text)
            names = {pid: name for pid, name, _native in proposal.participants}
            roles[key] = {names[pid]: role for pid, role in proposal.roles.items()}
    assert roles == {
        "english": {"Liu Sushe": "representative"},
        "by": {"Liu Sushe": "representative"},
        "chinese": {"National Development and Reform Commission": "signatory",
                    "Liu Sushe": "representative"},
        "country": {}}


def test_new_event_from_text_gives_witnesses_and_the_parties_to_a_pact(
        sample_store: Store) -> None:
    """Those before whom a pact was signed witness it; the sides it was
    signed between are its signatories, their countries named as owners none."""
    text = ("Brazil and China sign AI pact\n\nDuring a meeting in Brasília on 5 July 2025, "
            "Premier Li Qiang witnessed the signing of an AI cooperation pact between "
            "Brazil's Ministry of Science, Technology and Innovation and China's NDRC.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    names = {pid: name for pid, name, _native in proposal.participants}
    assert {names[pid]: role for pid, role in proposal.roles.items()} == {
        "Li Qiang": "witness",
        "Ministry of Science, Technology and Innovation (Brazil)": "signatory",
        "National Development and Reform Commission": "signatory"}
    assert proposal.place == "Brasília"


def test_key_participants_named_so_take_part_and_the_bodies_they_are_of_keep_their_role(
        sample_store: Store) -> None:
    text = ("Co-hosted by the ASEAN-China Centre and China International Communications "
            "Group, the forum met in Luoyang. Key participants included Secretary General Shi "
            "Zhongjun of the ASEAN-China Centre, Cambodia's minister of information Kem "
            "Gunawadh and President Du Zhanyuan of China International Communications Group.")
    assert roles_proposed(sample_store, text) == {
        "ASEAN-China Centre": "co-host", "China International Communications Group": "co-host",
        "Shi Zhongjun": "participant", "Kem Gunawadh": "participant",
        "Du Zhanyuan": "participant"}


def test_the_other_side_of_a_memorandum_signed_with_it_signed_too(sample_store: Store) -> None:
    assert roles_proposed(sample_store, (
        "Laos signed a memorandum of understanding on AI with the China International "
        "Communications Group in Vientiane.")) == {
        "Laos": "signatory", "China International Communications Group": "signatory"}
    # a headline's "signs … with" names the parties, not who put pen to paper
    assert roles_proposed(sample_store, "Kenya signs digital deal with China\n\nText.") == {}
