"""New event from text on a report of Wang Yi's meeting in Rome: the posts
before his name ("Member of the Political Bureau of the CPC Central Committee
and Director of …") name no body of their own."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed, roles_proposed

_ROME = ("On February 16, 2023 local time, Member of the Political Bureau of the CPC Central "
         "Committee and Director of the Office of the Central Commission for Foreign Affairs "
         "Wang Yi met with Deputy Prime Minister and Foreign Minister of Italy Antonio Tajani "
         "in Rome.")


def test_what_someone_is_a_member_of_is_no_participant(sample_store: Store) -> None:
    assert roles_proposed(sample_store, _ROME) == {"Wang Yi": "participant"}
    assert new_proposed(sample_store, _ROME, "name", "country") == [("Antonio Tajani", "IT")]
