"""New event from text on Mauritian government releases: "this morning" the
day the release was published, a courtesy call "by" an envoy "on" a prime
minister (who called took part, the one called on hosted), and the
portfolios of a minister of several ("Home Affairs, External Communications
and National Development Unit") no one's name."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_a_courtesy_call_by_an_envoy_this_morning(sample_store: Store) -> None:
    text = ("China Expresses Intent to Reinforce Collaboration With Mauritius\n\n"
            "14 March 2018\n\n"
            "This was discussed during a courtesy call by Ambassador Mrs. Xu Jinghu, Special "
            "Representative of the Chinese Government on African Affairs, on Prime Minister, "
            "Minister of Home Affairs, External Communications and National Development Unit "
            "and Minister of Finance, Mr. Pravind Kumar Jugnauth, this morning at the New "
            "Treasury Building in Port Louis.")
    with sample_store.session() as session:
        assert propose_event(session, text).date == "2018-03-14"
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Xu Jinghu", "participant", "CN"), ("Pravind Kumar Jugnauth", "host", "")]
    # (his second post, after the portfolio of the first, no part of it)
    assert ("Pravind Kumar Jugnauth", "Minister of Finance") in new_proposed(
        sample_store, text, "name", "position")
