"""New event from text on Serbian reports: a stamp line with a day written
"16. Sep 2020" (not a dateline of a city called Wednesday), a centre opened
"in Belgrade" as the place, "met earlier today with" (the day of the stamp),
a headline's "President Vučić" who is the "Aleksandar Vučić" named below, and
a post "of the People's Republic of China" that gives China no role."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def test_a_stamp_with_an_ordinals_full_stop_and_a_centre_opened_in_a_city(
        sample_store: Store) -> None:
    text = ("Huawei opens Innovation Centre in Belgrade\n\n"
            "Wednesday, 16. Sep 2020.\n\n"
            "Huawei opened an Innovation Centre in Belgrade on Monday, September 14 in the "
            "presence of the Serbian Prime Minister Ana Brnabic.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert proposal.published == "2020-09-16"
    # the Monday before the stamp's Wednesday; where the centre was opened
    assert (proposal.date, proposal.place) == ("2020-09-14", "Belgrade")


def test_a_president_named_by_surname_in_the_headline_met_earlier_today(
        sample_store: Store) -> None:
    text = ("President Vučić meets the Minister of Science and Technology of the People's "
            "Republic of China\n\n"
            "08.10.2019. - 13:25\n\n"
            "President of the Republic of Serbia Aleksandar Vučić met earlier today with the "
            "Chinese minister on the occasion of a conference on innovation.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.date, proposal.date_found) == ("2019-10-08", "earlier today")
    # China is whose minister it is; the president is one person, named in full
    assert roles_proposed(sample_store, text) == {}
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Aleksandar Vučić", "participant", "RS", "President of the Republic of Serbia")]
