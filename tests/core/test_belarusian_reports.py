"""New event from text on reports of Belarus's talks and signings with China:
a site's sections a slash apart ("Europe / Politics") above the headline,
what was done before those who signed ("After meeting in Minsk, …", where
they then signed), a roadmap signed (a signing, not the visit of the one who
signed it), the years a roadmap covers (no year of the event), a visit's
length no length of a signing on it, presidents who "adopted a joint
statement" (its parties) and a minister who "told reporters" (quoted)."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed

_ROADMAP = ("Europe / Politics\n\n"
            "Belarus and China agree on a roadmap\n\n"
            "After meeting in Minsk, Premier Li Keqiang and visiting Belarusian Prime Minister "
            "Andrei Kobyakov signed a roadmap from 2016 to 2020 for their partnership.")


def test_a_roadmap_signed_after_meeting_somewhere(sample_store: Store) -> None:
    place_countries.prepare()
    with sample_store.session() as session:
        proposal = propose_event(session, _ROADMAP)
    assert (proposal.title, proposal.event_type, proposal.date, proposal.place) == (
        "Belarus and China agree on a roadmap", "agreement signing", "", "Minsk")
    assert new_proposed(sample_store, _ROADMAP, "name", "role", "country") == [
        ("Li Keqiang", "signatory", ""), ("Andrei Kobyakov", "signatory", "BY")]


def test_a_visits_length_is_no_length_of_a_signing_on_it(sample_store: Store) -> None:
    place_countries.prepare()
    signing = ("China and Belarus signed a trade agreement on March 4, 2015. The prime "
               "minister's visit will continue until March 7.")
    visit = ("The Belarusian prime minister began a visit to China on March 4, 2015. His "
             "visit will continue until March 7.")
    with sample_store.session() as session:
        assert propose_event(session, signing).date == "2015-03-04"
        assert propose_event(session, visit).date == "2015-03-04/2015-03-07"


def test_presidents_adopt_a_joint_statement_and_a_minister_tells_reporters(
        sample_store: Store) -> None:
    place_countries.prepare()
    text = ("Following the talks, President of Belarus Aleksandr Lukashenko and President of "
            "China Xi Jinping adopted a joint statement on their partnership. Minister of "
            "Foreign Affairs of Belarus Sergei Aleinik told reporters that the visit went well.")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Aleksandr Lukashenko", "signatory", "BY"), ("Xi Jinping", "signatory", "CN"),
        ("Sergei Aleinik", "", "BY")]
