"""New event from text on Palestinian reports: those who signed a "strategic
partnership" (in quotes too; not documents "signed to strengthen the …
partnership"); the sides of a meeting between two named up to where and when
it was ("… Mahmoud Abbas in Beijing on Wednesday, … reported"); a people's
body before a post ("Palestinian Authority President"); a meeting between two
"last month" another event."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed, roles_proposed


def test_a_strategic_partnership_signed(sample_store: Store) -> None:
    text = ('China and the Palestinian Authority signed a "strategic partnership" when '
            "President Mahmoud Abbas visited Beijing on Wednesday.")
    assert roles_proposed(sample_store, text) == {"China": "signatory"}
    assert ("Palestinian Authority", "signatory") in new_proposed(sample_store, text, "name",
                                                                  "role")
    documents = ("Documents signed to strengthen the strategic partnership between Uzbekistan "
                 "and China\n\nThe two presidents met in Samarkand.")
    assert "Documents" not in [name for name, in new_proposed(sample_store, documents, "name")]


def test_a_meeting_between_two_named_up_to_where_and_when(sample_store: Store) -> None:
    text = ("China and the Palestinians will build a strategic partnership following a meeting "
            "between Chinese President Xi Jinping and Palestinian Authority President Mahmoud "
            "Abbas in Beijing on Wednesday, state media reported.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position",
                        "affiliation") == [
        ("Xi Jinping", "participant", "CN", "President", ""),
        ("Mahmoud Abbas", "participant", "PS", "President", "Palestinian Authority")]


def test_a_meeting_between_two_last_month_is_another(sample_store: Store) -> None:
    text = ("Ambassador Xiao Jianguo said that the meeting between Prime Minister Gusmão and "
            "President Xi Jinping in Hangzhou, China, last month opened up new ways.")
    assert roles_proposed(sample_store, text) == {}
    assert "Xi Jinping" not in [name for name, in new_proposed(sample_store, text, "name")]
