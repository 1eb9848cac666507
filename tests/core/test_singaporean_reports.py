"""New event from text on Singaporean reports of a vice premier's visit and
the bilateral council: "co-chaired the … meetings with … Ding Xuexiang in
Tianjin, China" (the place), "called on President Tharman …" (the host; not
"called on China to"), "was also hosted to a welcome dinner by …" (the host),
a post's short form in brackets ("Deputy Prime Minister (DPM) and Minister for
Trade and Industry Gan Kim Yong"), and "yesterday evening" after a name."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_council_meetings_co_chaired_in_a_city(sample_store: Store) -> None:
    text = ("Deputy Prime Minister Lawrence Wong co-chaired the 19th Joint Council for Bilateral "
            "Cooperation meetings with Vice Premier Ding Xuexiang in Tianjin, China, on 7 "
            "December 2023.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == "Tianjin"


def test_those_a_visitor_called_on_and_who_hosted_a_dinner(sample_store: Store) -> None:
    text = ("Vice Premier Ding Xuexiang made an official visit to Singapore. Vice Premier Ding "
            "called on President Tharman Shanmugaratnam. Vice Premier Ding was also hosted to "
            "a welcome dinner by Deputy Prime Minister (DPM) and Minister for Trade and Industry "
            "Gan Kim Yong yesterday evening. He called on China to open its markets.")
    offered = new_proposed(sample_store, text, "name", "role", "position")
    assert offered[1:] == [
        ("Tharman Shanmugaratnam", "host", "President"),
        ("Gan Kim Yong", "host", "Deputy Prime Minister and Minister for Trade and Industry")]
