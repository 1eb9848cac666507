"""New event from text on reports of Nigeria's dealings with Chinese firms: a
memorandum "(MoU) with" a company, a minister of a portfolio named before
their name, "yesterday in Abuja", a venue and its city, one "speaking at"
the event, a headline's "President Tinubu" named in full further on, a
headline whose verbs a comma parts ("Visits …, Unveils …"), a meeting "with"
a company's leadership "led by" its chairman, and one who "voiced" support."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed

SKILLS_MOU = (
    "Government and Huawei sign MoU on digital skills\n\n"
    "The federal government signed a Memorandum of Understanding (MoU) with Huawei "
    "Technologies to train young Nigerians in ICT.\n\n"
    "The Ministry of Communication and Digital Economy, yesterday in Abuja, began carrying "
    "out the memorandum.\n\n"
    "The Minister of Communication and Digital Economy, Dr. Isa Ibrahim Pantami, who signed "
    "for the government, thanked the company.")

KICK_OFF = (
    "The ministry on Monday began carrying out a memorandum with a Chinese firm.\n\n"
    "The Honorable Minister of Communication and Digital Economy, Prof. Isa Ali Ibrahim "
    "Pantami speaking at the kick off event which held at Fraser Suites, Abuja, commended "
    "the firm's training work.")

RESEARCH_CENTRE = (
    "President Tinubu Visits Huawei's Beijing Research Centre, Unveils Mobile Classroom Plan\n\n"
    "On a visit to the research centre, President Bola Ahmed Tinubu was shown a mobile ICT "
    "classroom for villages across Nigeria.\n\n"
    "In a meeting with Huawei's leadership, led by Mr. Liang Hua, Chairman of the Board, the "
    "company said the classroom would tour ten states a year.\n\n"
    "Mr. Chris Lu, Chief Executive Officer of Huawei Nigeria, also voiced support for the "
    "country's talent programme.")


def _offered(store: Store, text: str) -> list[tuple[str, ...]]:
    return new_proposed(store, text, "name", "role", "country", "position", "affiliation")


def test_a_memorandum_with_a_company_and_a_minister_of_a_portfolio(sample_store: Store) -> None:
    with sample_store.session() as session:
        proposal = propose_event(session, SKILLS_MOU)
    assert proposal.event_type == "agreement signing"
    assert proposal.place == "Abuja"  # "yesterday in Abuja"
    assert _offered(sample_store, SKILLS_MOU) == [
        # "signed a Memorandum of Understanding (MoU) with": the other side
        ("Huawei Technologies", "signatory", "", "", ""),
        # the minister of a portfolio: all of it the post, no body of its own
        ("Isa Ibrahim Pantami", "representative", "", "Minister of Communication and Digital "
         "Economy", "")]


def test_one_speaking_at_the_event_held_at_a_venue(sample_store: Store) -> None:
    with sample_store.session() as session:
        assert propose_event(session, KICK_OFF).place == "Abuja"  # the venue's city
    # "The Honorable" is a form of address; what he did after his name is no part of it
    assert _offered(sample_store, KICK_OFF) == [
        ("Isa Ali Ibrahim Pantami", "speaker", "", "Minister of Communication and Digital "
         "Economy", "")]


def test_a_headlines_visit_the_visitor_in_full_and_those_met(sample_store: Store) -> None:
    with sample_store.session() as session:
        proposal = propose_event(session, RESEARCH_CENTRE)
    # a visit to a research centre is no joint centre's opening
    assert proposal.event_type == "visit"
    assert _offered(sample_store, RESEARCH_CENTRE) == [
        # "President Tinubu" of the headline, named in full below
        ("Bola Ahmed Tinubu", "participant", "", "President", ""),
        # the one visited, cut before the headline's next verb
        ("Huawei's Beijing Research Centre", "host", "", "", ""),
        # the one who led those met; the board's chair is a post
        ("Liang Hua", "participant", "", "Chairman of the Board", ""),
        # quoted: no role said, of the country of the company's branch
        ("Chris Lu", "", "NG", "Chief Executive Officer", "Huawei Nigeria")]
