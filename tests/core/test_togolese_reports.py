"""New event from text on Togolese reports: the post of one who led a
delegation named after him between commas ("a delegation led by Liu Junfeng,
Vice President of …, met with …"), his and no one else's; projects
"supported by China" say nothing of who organised the meeting."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed, roles_proposed


def test_a_delegation_led_by_one_named_with_his_post(sample_store: Store) -> None:
    text = ("A delegation led by Liu Junfeng, Vice President of the China International "
            "Development Cooperation Agency, met with Togo's Prime Minister, Victoire Dogbé. "
            "The talks focused on the progress of projects supported by China.")
    assert roles_proposed(sample_store, text) == {}
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Liu Junfeng", "representative", "CN", "Vice President"),
        ("Victoire Dogbé", "participant", "TG", "Prime Minister")]
