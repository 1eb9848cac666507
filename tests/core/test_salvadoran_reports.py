"""New event from text on Salvadoran reports: a visitor "received on Tuesday
by his Chinese counterpart, Xi Jinping" (the host, named after a comma); a
special representative "of the Chinese Government for Latin America and the
Caribbean", then "Ambassador" and his name after a comma, of China, after an
opening "On this day," (the day the item is dated); San Salvador El
Salvador's, though the Bahamas have a district of its name."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_a_visitor_received_on_a_weekday_by_his_counterpart(sample_store: Store) -> None:
    text = ("The second day of Salvadoran President Nayib Bukele's visit to Beijing was given "
            "to trade, after he was received on Tuesday by his Chinese counterpart, Xi "
            "Jinping.")
    assert ("Xi Jinping", "host", "CN") in new_proposed(sample_store, text, "name", "role",
                                                         "country")


def test_a_special_representative_on_the_day_of_the_item(sample_store: Store) -> None:
    text = ("El Salvador and China deepen their ties\n\n"
            "June 27, 2022\n\n"
            "On this day, the special representative of the Chinese Government for Latin "
            "America and the Caribbean, Ambassador Qiu Xiaoqi, held a meeting with President "
            "Nayib Bukele to discuss relations between the two nations.")
    with sample_store.session() as session:
        assert propose_event(session, text).date == "2022-06-27"
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Qiu Xiaoqi", "participant", "CN", "special representative of the Chinese "
         "Government for Latin America and the Caribbean"),
        ("Nayib Bukele", "participant", "", "President")]


def test_san_salvador_is_el_salvadors(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("SAN SALVADOR, June 2 (Xinhua) -- A special envoy of the Chinese president "
            "attended the inauguration ceremony of El Salvador's president here on Saturday.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.place, proposal.country) == ("San Salvador", "SV")
