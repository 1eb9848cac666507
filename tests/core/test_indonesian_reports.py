"""New event from text on a report of an Indonesian minister's meeting abroad:
"held a bilateral meeting with" a vice minister named after their people and
post ("the Chinese Vice Minister of …, Shan Zhongde"), the place of "his
visit to Geneva, Switzerland", and a list of those accompanying him that
holds posts, bodies and names no list cut can part, which offers no one
rather than one person made of them all."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed

MEETING = (
    "Jakarta — On his visit to Geneva, Switzerland, Indonesia's Minister of Communication and "
    "Informatics, Budi Arie Setiadi, held a bilateral meeting with the Chinese Vice Minister "
    "of Industry and Information Technology, Shan Zhongde.\n\n"
    "The two talked about AI and skills.\n\n"
    "The minister was accompanied by the Director General of Post and Information "
    "Technology, Wayan Toni, the President Director of Bakti Kominfo Fadhilah Mathar, and "
    "Special Staff to the Minister Sarwoto Atmosutarno.")


def test_a_bilateral_meeting_abroad_with_a_vice_minister(sample_store: Store) -> None:
    with sample_store.session() as session:
        proposal = propose_event(session, MEETING)
    assert proposal.place == "Geneva"
    offered = new_proposed(sample_store, MEETING, "name", "role", "country", "position")
    assert offered[:2] == [
        # (his post and country before his name: "Indonesia’s Minister of …, Budi Arie Setiadi")
        ("Budi Arie Setiadi", "participant", "ID", "Minister of Communication and Informatics"),
        # of China, by the people's adjective before the post; a portfolio, no body
        ("Shan Zhongde", "participant", "CN", "Vice Minister of Industry and Information "
         "Technology")]
    # no post that runs on into another person's ("…, Wayan Toni, the President Director …")
    assert not [name for name, _role, _country, position in offered if ", the " in position]
