"""New event from text on Korean reports of foreign ministers' talks: "discussed
… with his Chinese counterpart, Wang Yi" (both took part), "A, Wang Yi, and B
met in the Chinese capital" (the first named before the commas too), "A and
his Chinese counterpart, B, reached the agreement", "will visit Beijing … at
the invitation of his Chinese counterpart, Wang Yi" (the inviter hosts), "in
the southern Chinese city of Xiamen", a "top trading partner" (no
partnership), "Korea" alone as news writes the South, and talks "led by" two
vice ministers (both took part)."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def test_discussed_with_a_counterpart_named_between_commas(sample_store: Store) -> None:
    text = ("Foreign Minister Cho Hyun discussed bilateral relations with his Chinese "
            "counterpart, Wang Yi, on Wednesday.")
    assert roles_proposed(sample_store, text) == {"Wang Yi": "participant"}
    assert new_proposed(sample_store, text, "name", "role") == [("Cho Hyun", "participant")]


def test_two_who_met_the_first_described_between_commas(sample_store: Store) -> None:
    text = ("China's top diplomat, Wang Yi, and South Korean Foreign Minister Cho Tae-yul met in "
            "the Chinese capital on Monday.")
    assert roles_proposed(sample_store, text) == {"Wang Yi": "participant"}
    assert new_proposed(sample_store, text, "name", "country") == [("Cho Tae-yul", "KR")]


def test_two_who_reached_an_agreement(sample_store: Store) -> None:
    text = ("Foreign Minister Cho Tae-yul and his Chinese counterpart, Wang Yi, reached the "
            "agreement as they met in New York.")
    assert roles_proposed(sample_store, text) == {"Wang Yi": "participant"}


def test_a_visit_at_a_counterparts_invitation(sample_store: Store) -> None:
    text = ("Cho Tae-yul, the South Korean minister of foreign affairs, will visit Beijing on "
            "May 13-14 at the invitation of his Chinese counterpart, Wang Yi.")
    assert roles_proposed(sample_store, text) == {"Wang Yi": "host"}
    assert new_proposed(sample_store, text, "name", "role") == [("Cho Tae-yul", "participant")]


def test_a_meeting_in_a_city_described_and_a_trading_partner(sample_store: Store) -> None:
    text = ("S. Korea, China FMs meet in Xiamen\n\n"
            "South Korea's foreign minister met his Chinese counterpart in the southern Chinese "
            "city of Xiamen on Saturday, as Seoul seeks to improve ties with its top trading "
            "partner.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.place, proposal.event_type) == ("Xiamen", "")


def test_korea_alone_is_the_south_in_a_report(sample_store: Store) -> None:
    text = ("Korea, China sign 14 MOUs on technology and the environment\n\n"
            "BEIJING — Korea and China signed 14 memorandums of understanding on Monday.")
    assert new_proposed(sample_store, text, "name", "kind", "role", "country") == [
        ("South Korea", "country", "signatory", "KR")]
    assert roles_proposed(sample_store, text) == {"China": "signatory"}


def test_talks_led_by_two_vice_ministers(sample_store: Store) -> None:
    text = ("The talks will be led by South Korean vice foreign minister Kim Hong-kyun and his "
            "Chinese counterpart Sun Weidong, the ministry said in a statement.")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Kim Hong-kyun", "participant", "KR"), ("Sun Weidong", "participant", "CN")]
