"""New event from text on Vietnamese reports of documents handed over: two
prime ministers who "witnessed the handover ceremony of … documents" (a
signing), the parties of memoranda listed a line each ("1. Memorandum of
Understanding between A and B on …"), a body "of China" whose country is
only whose it is (a Committee's), what was done with a document after its
parties ("… between A and B was handed over"), "General Secretary" a post
and one's "ongoing visit"."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed

_HANDOVER = ("Vietnamese and Chinese Prime Ministers witness the handover ceremony of documents\n"
             "Prime Minister Pham Minh Chinh and Chinese Premier Li Qiang witnessed the handover "
             "ceremony of 10 cooperation documents between the two countries.\n"
             "Cooperation documents include:\n"
             "1. Memorandum of Understanding between the Ministry of Transport of Vietnam and "
             "the National Development and Reform Committee of China on a railway connection;\n"
             "2. Memorandum of Understanding between the Ministry of Industry and Trade of "
             "Vietnam and the Ministry of Commerce of China on agricultural supply chains;")


def test_documents_handed_over_before_two_prime_ministers(sample_store: Store) -> None:
    with sample_store.session() as session:
        assert propose_event(session, _HANDOVER).event_type == "agreement signing"
    assert roles_proposed(sample_store, _HANDOVER) == {"Li Qiang": "witness"}  # (not China)
    assert new_proposed(sample_store, _HANDOVER, "name", "role", "country") == [
        ("Pham Minh Chinh", "witness", ""),
        ("Ministry of Transport (Vietnam)", "signatory", "VN"),
        ("National Development and Reform Committee of China", "signatory", "CN"),
        ("Ministry of Industry and Trade (Vietnam)", "signatory", "VN"),
        ("Ministry of Commerce (China)", "signatory", "CN")]


def test_what_was_done_after_the_parties_is_no_name(empty_store: Store) -> None:
    text = ("A Memorandum of Understanding between the Ministry of Transport and the "
            "National Development and Reform Committee was handed over.")
    assert new_proposed(empty_store, text, "name", "kind") == [
        ("Ministry of Transport", "organization"),
        ("National Development and Reform Committee", "organization")]


def test_a_general_secretarys_ongoing_visit(empty_store: Store) -> None:
    text = ("Vietnam and China on January 12 signed 15 cooperation agreements on the occasion "
            "of Party General Secretary Nguyen Phu Trong's ongoing visit to China.")
    assert [(name, role, position) for name, role, position in new_proposed(
        empty_store, text, "name", "role", "position") if position] == [
        ("Nguyen Phu Trong", "participant", "Party General Secretary")]
