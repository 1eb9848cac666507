"""New event from text on visits, delegations and who was present: who
visited whom, who led each side (and which side that is), who received the
visitors, who else was there, and a signatory named before "who signed"."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event


def _offered(store: Store, text: str) -> list[tuple[str, str, str, str, str, str]]:
    with store.session() as session:
        proposal = propose_event(session, text)
    return [(new.name, new.role, new.alias, new.country, new.position, new.affiliation)
            for new in proposal.new_names]


def test_a_delegation_visiting_a_body_takes_part_and_the_body_hosts_it(
        empty_store: Store) -> None:
    text = ("Chinese trade delegation in Cyberjaya\n\n"
            "A 30-member delegation from the China Council for the Promotion of International "
            "Trade (CCPIT) visited the Malaysia Digital Economy Corporation (MDEC) in "
            "Cyberjaya on 20 June 2024. The delegation, headed by CCPIT vice-chairman Zhang "
            "Shenfeng, was received by MDEC chief executive officer Mahadhir Aziz.")
    assert _offered(empty_store, text) == [
        ("China Council for the Promotion of International Trade", "participant", "CCPIT",
         "", "", ""),
        ("Malaysia Digital Economy Corporation", "host", "MDEC", "", "", ""),
        ("Zhang Shenfeng", "representative", "", "", "vice-chairman", "CCPIT"),
        ("Mahadhir Aziz", "host", "", "", "chief executive officer", "MDEC"),
    ]


def test_the_head_of_each_side_is_of_the_country_the_side_is_named_by(
        empty_store: Store) -> None:
    text = ("Kenya and China hold talks\n\n"
            "The Kenyan delegation was led by Principal Secretary John Tanui, while the "
            "Chinese side was led by Vice Minister of Science and Technology Wu Zhaohui.")
    assert _offered(empty_store, text) == [
        ("John Tanui", "representative", "", "KE", "Principal Secretary", ""),
        ("Wu Zhaohui", "representative", "", "CN", "Vice Minister of Science and Technology",
         ""),
    ]


def test_those_also_present_or_also_attending_are_attendees(empty_store: Store) -> None:
    assert [name for name, *_ in _offered(
        empty_store, "Talks in Nairobi\n\nRepresentatives of Safaricom, the Kenya ICT "
                     "Authority and the Chinese tech firms ZTE and Tencent also attended.")] == [
        "Safaricom", "Kenya ICT Authority", "ZTE", "Tencent"]
    assert [(name, role) for name, role, *_ in _offered(
        empty_store, "Visit to MDEC\n\nAlso present were representatives from Alibaba Cloud, "
                     "SenseTime and GDS Holdings.")] == [
        ("Alibaba Cloud", "attendee"), ("SenseTime", "attendee"), ("GDS Holdings", "attendee")]
    # "Officials of" opens the list; its "of" joins no two names into one
    assert [name for name, *_ in _offered(
        empty_store, "Visit\n\nOfficials of the Kenya ICT Authority and Safaricom were also "
                     "present.")] == ["Kenya ICT Authority", "Safaricom"]


def test_one_named_before_who_signed_is_a_signatory(empty_store: Store) -> None:
    text = ("Joint AI lab opens in Cairo\n\n"
            "The inauguration was led by Cairo University President Mohamed Sami Abdel-Sadek, "
            "who signed a cooperation agreement with Huawei Northern Africa President Jiang Tao.")
    assert _offered(empty_store, text) == [
        ("Mohamed Sami Abdel-Sadek", "signatory", "", "", "President", "Cairo University"),
        ("Jiang Tao", "signatory", "", "", "President", "Huawei Northern Africa"),
    ]
    # who attended, as those "who attended" a forum are not named as one
    assert _offered(empty_store, "Forum\n\nExperts who attended the forum praised it.") == []
