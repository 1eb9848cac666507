"""New event from text on universities' news of visits and agreements: a
byline's second line ("Staff Writer of the …") no headline; "Provost" a post
and a name with an initial ("Dr. Phyllis M. Wise, Provost and Vice President
of …"); "had a discussion with"; two universities that "renewed their
Agreement of Cooperation and signed …" (both signatories); those discussed
with "prior to the signing ceremony"; a body opening with a short name ("the
CPC Tsinghua University Committee") after a post."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_a_provosts_visit_reported_under_a_byline(empty_store: Store) -> None:
    text = ("By Li Han\nStaff Writer of the Tsinghua News Center\n"
            "Dr. Phyllis M. Wise, Provost and Vice President of the University of Washington, "
            "visited Tsinghua on November 12.\n"
            "Tsinghua Vice President Xie Weihe had a discussion with Dr. Wise.")
    with empty_store.session() as session:
        assert propose_event(session, text).title == ""
    assert new_proposed(empty_store, text, "name", "role", "position", "affiliation") == [
        ("Phyllis M. Wise", "participant", "Provost and Vice President",
         "University of Washington"),
        ("Tsinghua", "host", "", ""),
        ("Xie Weihe", "participant", "Vice President", "Tsinghua")]


def test_two_universities_renewed_their_agreement(empty_store: Store) -> None:
    text = ("Tsinghua University and Chung-Ang University renewed their Agreement of "
            "Cooperation and signed a Memorandum of Agreement for student exchange on "
            "November 23.\nTsinghua Vice President Chen Xu discussed ideas with President Park "
            "Bum Hoon and Vice President Hong Won Pyo prior to the signing ceremony.")
    assert new_proposed(empty_store, text, "name", "role") == [
        ("Tsinghua University", "signatory"), ("Chung-Ang University", "signatory"),
        ("Chen Xu", "participant"), ("Park Bum Hoon", "participant"),
        ("Hong Won Pyo", "participant")]


def test_a_delegation_led_by_a_universitys_party_secretary(empty_store: Store) -> None:
    text = ("From February 28 to March 2, a delegation led by Qiu Yong, secretary of the CPC "
            "Tsinghua University Committee, visited Vietnam.")
    assert new_proposed(empty_store, text, "name", "role", "position", "affiliation")[0] == (
        "Qiu Yong", "representative", "secretary", "CPC Tsinghua University Committee")
