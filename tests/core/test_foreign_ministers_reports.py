"""New event from text on reports of China's top diplomat's meetings: "held a
new round of talks with U.S. National Security Advisor Jake Sullivan here"
(a country's short name with its dots before the post, "here" no part of the
name), "A and B discussed …" (both took part), and what one "urged" "At the
… Foreign Ministers' Meeting held in Busan, South Korea," (a speaker)."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed, roles_proposed

SULLIVAN = ("Jake Sullivan", "participant", "US",
            "National Security Advisor")


def _offered(store: Store, text: str) -> list[tuple[str, ...]]:
    return new_proposed(store, text, "name", "role", "country", "position")


def test_a_new_round_of_talks_with_a_national_security_advisor(sample_store: Store) -> None:
    text = ("China, U.S. agree to more cooperation on AI\n\n"
            "BANGKOK, Jan. 27 (Xinhua) -- The two countries agreed to hold a first dialogue "
            "on AI.\n\n"
            "Wang Yi, director of the Office of the Foreign Affairs Commission, held a new round "
            "of talks with U.S. National Security Advisor Jake Sullivan here on Saturday.")
    assert roles_proposed(sample_store, text) == {"Wang Yi": "participant"}
    assert _offered(sample_store, text) == [SULLIVAN]


def test_two_who_discussed_during_their_meeting(sample_store: Store) -> None:
    text = ("BEIJING, Aug. 28 (Xinhua) — China's top diplomat Wang Yi and U.S. National "
            "Security Advisor Jake Sullivan discussed the next talks between the two heads of "
            "state during their meeting in Beijing.")
    assert roles_proposed(sample_store, text) == {"Wang Yi": "participant"}
    assert _offered(sample_store, text) == [SULLIVAN]


def test_one_who_urged_at_a_meeting_held_somewhere(sample_store: Store) -> None:
    text = ("China calls for AI cooperation with Japan and South Korea\n\n"
            "At the 10th China-Japan-ROK Foreign Ministers' Meeting held in Busan, South Korea, "
            "Chinese Foreign Minister Wang Yi urged the three countries to work together on "
            "artificial intelligence.")
    assert roles_proposed(sample_store, text) == {"Wang Yi": "speaker"}
