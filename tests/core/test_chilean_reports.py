"""New event from text on Chilean reports: a headline's "A and B hold …
Dialogue" (both take part), those who "attended, while" another side "was
represented by" a vice president of a body named with "and" in it, "a meeting
was held between" a ministry "of Chile and" a body, and a minister of a long
portfolio ("Minister of Science, Technology, Knowledge, and Innovation")."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed, roles_proposed

DIALOGUE = (
    "Chile and China hold IV Strategic Cooperation Dialogue\n\n"
    "Chile's Foreign Minister Antonia Urrejola attended, while the Asian nation was "
    "represented by Vice President of the National Development and Reform Commission Lin "
    "Nianxiu.")


def test_a_dialogue_held_by_two_countries_and_their_envoys(sample_store: Store) -> None:
    assert roles_proposed(sample_store, DIALOGUE) == {"China": "participant"}
    assert new_proposed(sample_store, DIALOGUE, "name", "role", "country", "position") == [
        ("Chile", "participant", "CL", ""),
        ("Antonia Urrejola", "attendee", "CL", "Foreign Minister"),
        # "… Development and Reform Commission" holds an "and" that cuts no name
        ("Lin Nianxiu", "representative", "", "Vice President of the National Development and "
         "Reform Commission")]


def test_a_meeting_held_between_a_countrys_ministry_and_a_body(sample_store: Store) -> None:
    text = ("Chile and a French institute work together on AI\n\n"
            "In a ceremony held in Paris, a meeting was held between the Ministry of Science, "
            "Technology, Knowledge and Innovation of Chile and Inria Institute.\n\n"
            "At the meeting, the Minister of Science, Technology, Knowledge, and Innovation, "
            "Aisén Etcheverry, was present.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        # the ministry's name is closed by its country: "and Inria …" is another's
        ("Ministry of Science, Technology, Knowledge and Innovation (Chile)", "participant",
         "CL", ""),
        ("Inria Institute", "participant", "", ""),
        ("Aisén Etcheverry", "attendee", "", "Minister of Science, Technology, Knowledge, and "
         "Innovation")]
