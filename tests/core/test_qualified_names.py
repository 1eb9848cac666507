"""A participant told apart by a qualifier in brackets, "Ministry of Foreign
Affairs (Brazil)", is found in a text that names it without the brackets
and says which beside it — and only then."""

from __future__ import annotations

from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.event_from_text import ProposedEvent, propose_event
from desktop.core.models import Participant
from desktop.core.name_finding import NameFinder, find_mentions
from desktop.core.operations import Operations

BRAZIL_MCTI = "Ministry of Science, Technology and Innovation (Brazil)"  # in the sample


def _named(store: Store, text: str) -> list[str]:
    with store.session() as session:
        return [name for _id, name, _native in NameFinder(session).named_in(text)]


def _proposed(store: Store, text: str) -> tuple[ProposedEvent, dict[str, str]]:
    """New event from text's proposal, and the names of its participants by id."""
    with store.session() as session:
        proposal = propose_event(session, text)
    return proposal, {pid: name for pid, name, _native in proposal.participants}


def test_the_seeds_brazilian_ministry_is_found_where_the_text_says_brazils(
        sample_store: Store) -> None:
    text = ("Vice Chairman Liu Sushe represented China in signing the agreements with "
            "Brazil’s Ministry of Science, Technology and Innovation.")
    assert BRAZIL_MCTI in _named(sample_store, text)
    assert BRAZIL_MCTI in _named(sample_store, "The Ministry of Science, Technology and "
                                               "Innovation of Brazil signed.")
    assert BRAZIL_MCTI in _named(sample_store, "The Brazilian Ministry of Science, Technology "
                                               "and Innovation signed.")
    with sample_store.session() as session:
        proposal = propose_event(session, f"Pact signed\n\n{text}")
    assert BRAZIL_MCTI in [name for _id, name, _native in proposal.participants]


def test_without_its_qualifier_beside_it_the_name_alone_finds_nobody(
        sample_store: Store) -> None:
    # Brazil is named, but not as the ministry's: it may be any country's.
    text = ("Brazil hosted the talks. Far from there, the Ministry of Science, Technology and "
            "Innovation said nothing.")
    named = _named(sample_store, text)
    assert BRAZIL_MCTI not in named
    assert "Brazil" in named


def test_the_qualified_one_is_taken_over_one_named_just_so_where_the_text_says_which(
        sample_store: Store) -> None:
    ops = Operations(sample_store, "Tester")
    for name in ("Ministry of Foreign Affairs", "Ministry of Foreign Affairs (Laos)",
                 "Ministry of Foreign Affairs (Cambodia)"):
        ops.create_participant({"kind": "organization", "name": name})
    # Laos only says whose the ministry is: the ministry is named, not Laos
    assert _named(sample_store, "Laos's Ministry of Foreign Affairs issued a note.") == [
        "Ministry of Foreign Affairs (Laos)"]
    assert _named(sample_store, "The Ministry of Foreign Affairs issued a note.") == [
        "Ministry of Foreign Affairs"]
    # the country named next, but not as the ministry's: Laos's, not Cambodia's
    assert _named(sample_store, "The Ministry of Foreign Affairs of Laos said Cambodia "
                                "agreed.") == [
        "Ministry of Foreign Affairs (Laos)", "Cambodia"]
    assert _named(sample_store, "Cambodia and the Ministry of Foreign Affairs met.") == [
        "Cambodia", "Ministry of Foreign Affairs"]
    event = ops.create_event({
        "title": "Consultations in Vientiane",
        "summary": "The Ministry of Foreign Affairs of Cambodia sent its envoy."}).ids("event")
    with sample_store.session() as session:
        found = {m.participant_name: m.found for m in find_mentions(session, event)}
    # named as the text names it, beside "of Cambodia"
    assert found["Ministry of Foreign Affairs (Cambodia)"] == "Ministry of Foreign Affairs"
    assert "Ministry of Foreign Affairs" not in found
    assert "Ministry of Foreign Affairs (Laos)" not in found


def test_a_role_goes_to_the_qualified_one_its_owner_names_and_not_to_the_owner(
        sample_store: Store) -> None:
    text = ("Seminar held in Phnom Penh\n\nThe seminar was co-organized by the China Institute "
            "of International Studies and Cambodia's Economic, Social and Cultural Council.")
    proposal, names = _proposed(sample_store, text)
    assert {names[pid]: role for pid, role in proposal.roles.items()} == {
        "China Institute of International Studies": "co-organizer",
        "Economic, Social and Cultural Council (Cambodia)": "co-organizer"}


def test_one_found_without_its_brackets_is_noted_as_taking_part_by_video(
        sample_store: Store) -> None:
    text = ("Pact signed\n\nChina and Brazil signed the pact on July 5, 2025; Brazil's "
            "Ministry of Science, Technology and Innovation joined via video.")
    proposal, names = _proposed(sample_store, text)
    assert {names[pid] for pid in proposal.remote} == {BRAZIL_MCTI}


def test_a_name_and_that_name_with_a_qualifier_are_likely_one_participant(
        sample_store: Store) -> None:
    from desktop.core.identity import find_duplicate_participants

    ops = Operations(sample_store, "Tester")
    bare, cuba = ("Ministry of Science, Technology and Innovation",
                  "Ministry of Science, Technology and Innovation (Cuba)")
    for values in ({"name": bare}, {"name": cuba},
                   {"name": "Ministry of Foreign Affairs (Laos)"},
                   {"name": "Ministry of Foreign Affairs of Laos"},
                   {"name": "Ministry of Foreign Affairs", "country": "KH"}):
        ops.create_participant({"kind": "organization", **values})
    with sample_store.session() as session:
        name = {pid: value for pid, value in session.execute(
            select(Participant.id, Participant.name))}
        found = {frozenset((name[pair.first], name[pair.second])): pair.reasons
                 for pair in find_duplicate_participants(session)}
    assert found[frozenset((BRAZIL_MCTI, bare))][0] == (
        f"“{BRAZIL_MCTI}” is “{bare}” with “Brazil” in brackets")
    assert found[frozenset(("Ministry of Foreign Affairs (Laos)",
                            "Ministry of Foreign Affairs of Laos"))][0] == (
        "“Ministry of Foreign Affairs (Laos)” and “Ministry of Foreign Affairs of Laos” name "
        "Laos each their way")
    # the bare one may be Cuba's as well as Brazil's; the two are not one
    assert frozenset((cuba, bare)) in found
    assert frozenset((cuba, BRAZIL_MCTI)) not in found
    # Cambodia's, not Laos's
    assert not any("Ministry of Foreign Affairs" in pair for pair in found)


def test_a_colleagues_participant_naming_the_country_its_way_is_matched_to_ours(
        sample_store: Store) -> None:
    """Their "… of Brazil" and "Laos's …", under ids of their own, are our
    "… (Brazil)" and "… (Laos)" once the analyst confirms: not new participants."""
    from desktop.core.exchange.json_import import plan_import
    from tests.exchange.test_json import export

    ops = Operations(sample_store, "Tester")
    ops.create_participant({"kind": "organization", "name": "Ministry of Foreign Affairs (Laos)"})
    document = export(sample_store)
    document["participants"] = [
        {"id": "0d000000-0000-4000-8000-000000000001", "kind": "organization",
         "name": "Ministry of Science, Technology and Innovation of Brazil"},
        {"id": "0d000000-0000-4000-8000-000000000002", "kind": "organization",
         "name": "Laos’s Ministry of Foreign Affairs"},
        {"id": "0d000000-0000-4000-8000-000000000003", "kind": "organization",
         "name": "Ministry of Foreign Affairs of Cambodia"}]  # none of ours
    document["events"] = [{
        "id": "0e000000-0000-4000-8000-000000000001", "title": "Joint workshop",
        "date": "2025-11", "participants": [
            {"participant": f"0d000000-0000-4000-8000-00000000000{n}"} for n in (1, 2, 3)]}]
    with sample_store.session() as session:
        plan = plan_import(session, document)
    assert [match.describe() for match in plan.name_matches] == [
        "Laos’s Ministry of Foreign Affairs  →  Ministry of Foreign Affairs (Laos)",
        f"Ministry of Science, Technology and Innovation of Brazil  →  {BRAZIL_MCTI}"]


def test_a_country_that_only_says_whose_another_is_is_not_named(sample_store: Store) -> None:
    """"China's Guangxi Zhuang Autonomous Region", 中国广西壮族自治区: the seed's
    Laos item names Guangxi as the signatory, not China; a country named on
    its own as well is named."""
    assert _named(sample_store, "China's Guangxi Zhuang Autonomous Region and Laos signed "
                                "an agreement.") == ["Guangxi Zhuang Autonomous Region", "Laos"]
    assert _named(sample_store, "中国广西壮族自治区与老挝签署协议。") == [
        "Guangxi Zhuang Autonomous Region", "Laos"]
    assert _named(sample_store, "China’s Guangxi Zhuang Autonomous Region signed; China "
                                "welcomed it.") == ["Guangxi Zhuang Autonomous Region", "China"]
    # two countries side by side are both named
    assert _named(sample_store, "China's Laos policy") == ["China", "Laos"]


def test_a_name_joined_by_a_dash_to_another_word_names_no_participant(
        sample_store: Store) -> None:
    """"ASEAN-China forum", "US-China competition", 中国—东盟: what the forum
    is about, not its participants; a name of its own with a dash in it, and
    a name beside a dash with spaces, are found."""
    assert _named(sample_store, "A Laos-China forum amid US-China competition.") == []
    assert _named(sample_store, "中国—东盟论坛") == []
    # what the name did: it took part
    assert _named(sample_store, "An ASEAN-led plan and China-hosted talks.") == [
        "Association of Southeast Asian Nations", "China"]
    assert _named(sample_store, "The ASEAN-China Centre hosted it; Laos - and China - came.") == [
        "ASEAN-China Centre", "Laos", "China"]


def test_a_body_china_shares_is_found_by_its_name_without_china(sample_store: Store) -> None:
    """The sample's ASEAN-China Centre is 中国—东盟中心: reports call it 东盟中心
    (in either script); a name another participant has is not taken from it."""
    assert _named(sample_store, "论坛由中国外文局和东盟中心联合主办。") == [
        "China International Communications Group", "ASEAN-China Centre"]
    assert _named(sample_store, "東盟中心秘書長致辭。") == ["ASEAN-China Centre"]
    Operations(sample_store, "Analyst").create_participant(
        {"kind": "organisation", "name": "ASEAN Centre", "native_name": "东盟中心"})
    assert _named(sample_store, "东盟中心秘书长致辞。") == ["ASEAN Centre"]
