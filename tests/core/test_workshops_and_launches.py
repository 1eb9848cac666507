"""New event from text on workshops a body held, signings and launches: who
held it and with whom, who opened it, a brand in small letters, a namesake
of ours named with a given name of their own, the place a wire filed from,
and what was launched named whole."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def _offered(store: Store, text: str) -> list[tuple[str, ...]]:
    return new_proposed(store, text, "name", "kind", "role", "alias", "country", "position",
                        "affiliation")


def test_the_body_that_held_a_workshop_hosts_it_with_whom_it_held_it(
        empty_store: Store) -> None:
    text = ("Workshop on AI and Public Services convenes in Phnom Penh\n\n"
            "PHNOM PENH, 9 October 2024 — The Cambodia Development Resource Institute (CDRI) "
            "held a two-day workshop on artificial intelligence in public services on 8-9 "
            "October, in collaboration with the China-ASEAN Digital Governance Centre.\n\n"
            "Opening the workshop, CDRI Executive Director Eng Netra said AI offered Cambodia "
            "an opportunity. Dr. Wang Hui of Tsinghua University delivered the keynote "
            "address.")
    assert _offered(empty_store, text) == [
        # (of the country its name opens with; not "China-ASEAN")
        ("Cambodia Development Resource Institute", "organization", "host", "CDRI", "KH", "",
         ""),
        ("China-ASEAN Digital Governance Centre", "organization", "co-organizer", "", "", "",
         ""),
        ("Eng Netra", "person", "speaker", "", "KH", "Executive Director",
         "Cambodia Development Resource Institute"),
        # a person of a body, not a body named "Wang Hui of Tsinghua University"
        ("Wang Hui", "person", "speaker", "", "", "", "Tsinghua University"),
    ]


def test_those_who_held_it_do_not_host_it_where_the_sentence_names_its_host(
        empty_store: Store) -> None:
    text = ("Korea, China meet on AI\n\n"
            "South Korea and China held a seminar on AI governance in Seoul on Thursday, "
            "hosted by the Korea Institute for International Economic Policy (KIEP).\n\n"
            "Kenya and Ethiopia held a joint workshop on data protection in Nairobi.")
    assert [(name, role) for name, _kind, role, *_rest in _offered(empty_store, text)] == [
        ("Korea Institute for International Economic Policy", "host"),
        # two who held one together
        ("Kenya", "co-host"), ("Ethiopia", "co-host")]
    text = ("PHNOM PENH, June 3, 2025 — Cambodia's Ministry of Post and Telecommunications, in "
            "collaboration with the China-ASEAN Information Harbor, held a five-day workshop "
            "on artificial intelligence.")
    # one body (with "and" in its name) held it, with another's help
    assert [(name, role) for name, _kind, role, *_rest in _offered(empty_store, text)] == [
        ("Ministry of Post and Telecommunications (Cambodia)", "host"),
        ("China-ASEAN Information Harbor", "co-organizer")]


def test_a_namesake_of_ours_with_a_given_name_of_their_own_is_not_ours(
        sample_store: Store) -> None:
    """The sample's Wang is Wang Yi: "Dr. Wang Hui" is someone else, while a
    headline's "Foreign Minister Wang Meets …" is still him, with no one new."""
    text = "Dr. Wang Hui of Tsinghua University delivered the keynote address."
    assert roles_proposed(sample_store, text) == {}
    with sample_store.session() as session:
        assert propose_event(session, text).participants == []
    headline = ("Foreign Minister Wang Meets Lao Counterpart in Vientiane\n\n"
                "The two ministers met on Monday.")
    assert roles_proposed(sample_store, headline) == {"Wang Yi": "participant"}
    assert _offered(sample_store, headline) == []


def test_ministers_from_several_countries_and_a_brand_in_small_letters(
        empty_store: Store) -> None:
    speakers = ("Ministers and senior officials from Egypt, Nigeria and Zimbabwe addressed "
                "the opening ceremony.")
    assert [(name, kind, role) for name, kind, role, *_rest in
            _offered(empty_store, speakers)] == [
        ("Egypt", "country", "speaker"), ("Nigeria", "country", "speaker"),
        ("Zimbabwe", "country", "speaker")]
    signed = ("Tencent Cloud today signed a strategic partnership agreement with stc Group, "
              "Saudi Arabia's leading digital enabler, at the GAIN Summit in Riyadh.")
    assert [(name, kind, role) for name, kind, role, *_rest in
            _offered(empty_store, signed)] == [
        ("Tencent Cloud", "organization", "signatory"),
        ("stc Group", "organization", "signatory")]


def test_an_agreement_signed_somewhere_by_two(empty_store: Store) -> None:
    text = ("The agreement was signed in Nairobi by ICT Cabinet Secretary William Kabogo and "
            "Chinese Ambassador to Kenya Guo Haiyan.")
    assert _offered(empty_store, text) == [
        # ("ICT" is what his post is for, no body)
        ("William Kabogo", "person", "signatory", "", "", "ICT Cabinet Secretary", ""),
        ("Guo Haiyan", "person", "signatory", "", "CN", "Ambassador to Kenya", "")]


def test_a_centre_launched_is_named_whole_and_filed_from_its_city(
        sample_store: Store) -> None:
    place_countries.prepare()
    text = ("Brazil and China launch joint AI research centre\n\n"
            "SÃO PAULO, Nov. 20, 2024 — The University of São Paulo (USP) and the Chinese "
            "Academy of Sciences (CAS) on Wednesday inaugurated the Brazil-China Joint Centre "
            "for Artificial Intelligence Research at the USP campus.\n\n"
            "The ceremony was attended by CAS President Hou Jianguo.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    # the city it was filed from, not a country the headline names as a party
    # (nor "Brazil" of "Brazil-China")
    assert (proposal.place, proposal.country) == ("São Paulo", "BR")
    assert _offered(sample_store, text) == [
        ("University of São Paulo", "organization", "participant", "USP", "", "", ""),
        ("Brazil-China Joint Centre for Artificial Intelligence Research", "organization",
         "established (outcome)", "", "", "", ""),
        # of the sample's Chinese Academy of Sciences, by the acronym the text gave
        # it, and so of China
        ("Hou Jianguo", "person", "attendee", "", "CN", "President", "CAS")]
    hou = proposal.new_names[-1]
    assert proposal.roles[hou.affiliation_id] == "participant"


def test_a_body_named_after_its_province_is_of_that_province_s_country(
        empty_store: Store) -> None:
    text = ("The forum was hosted by the Fujian Provincial People's Government, and organised "
            "by Zhejiang University and the Victoria Falls Tourism Council.")
    assert [(name, role, country) for name, _kind, role, _alias, country, *_rest in
            _offered(empty_store, text)] == [
        ("Fujian Provincial People's Government", "host", "CN"),
        ("Zhejiang University", "organizer", "CN"),
        # (no province's name opens it)
        ("Victoria Falls Tourism Council", "organizer", "")]
