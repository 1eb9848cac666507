"""New event from text on a Xinhua report of a regional ICT forum: delegations
from countries listed commas apart who "are meeting" (all of them took part,
not the last two alone), and one who said something "In his remarks at the
opening ceremony" (a speaker)."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed, roles_proposed


def test_delegations_of_six_countries_listed_commas_apart_are_meeting(
        sample_store: Store) -> None:
    text = ("VIENTIANE, June 28 (Xinhua) -- Delegations from Laos, Cambodia, China, Myanmar, "
            "Thailand and Vietnam are meeting in Vientiane to share their ICT development.")
    assert roles_proposed(sample_store, text) == {
        country: "participant"
        for country in ("Laos", "Cambodia", "China", "Myanmar", "Thailand", "Vietnam")}


def test_one_quoted_in_his_remarks_at_the_opening_ceremony_spoke(sample_store: Store) -> None:
    text = ("In his remarks at the opening ceremony on Thursday, the Lao Deputy Minister of Post "
            "and Telecommunications Thongsay Xanexaya said, \"We hope to deepen cooperation.\"")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Thongsay Xanexaya", "speaker", "LA")]
