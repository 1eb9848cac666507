"""New event from text on Russian and Philippine reports: a minister named by a
family name after the people's post ("Russian Foreign Minister Lavrov"), "the
head of …, Wang Yi", a meeting "in Kazakhstan's capital Astana" or a headline's
"in Bali", a counterpart named after "his Filipino counterpart", "after
meeting President …", a weekday after the names, an undersecretary with a
middle initial, a State Councilor, and a signing done on a visit."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def _offered(store: Store, text: str) -> list[tuple[str, ...]]:
    return new_proposed(store, text, "name", "role", "country", "position")


def test_a_minister_named_by_family_name_and_the_head_of_a_ministry(
        sample_store: Store) -> None:
    text = ("Russian Foreign Minister Lavrov held a meeting with Chinese Foreign Minister Wang "
            "Yi.\n\nLater, Sergey Ivanov held a meeting in Beijing with the head of the Chinese "
            "Foreign Ministry, Wang Yi.")
    assert roles_proposed(sample_store, text) == {"Wang Yi": "participant"}
    assert _offered(sample_store, text) == [
        ("Lavrov", "participant", "RU", "Foreign Minister"),
        ("Sergey Ivanov", "participant", "", "")]


def test_where_two_ministers_met_in_a_capital_and_in_a_headline(sample_store: Store) -> None:
    text = ("BEIJING, May 20 (Reuters) - Wang was speaking at a meeting with Sergei Lavrov in "
            "Kazakhstan's capital Astana, the ministry said.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == "Astana"
    text = ("Wang Yi meets with Russian foreign minister in Bali\n\n"
            "Chinese State Councilor and Foreign Minister Wang Yi met with Russian Foreign "
            "Minister Sergei Lavrov on the sidelines of the G20 Summit.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == "Bali"
    assert _offered(sample_store, text) == [
        ("Sergei Lavrov", "participant", "RU", "Foreign Minister")]


def test_a_counterpart_signed_after_meeting_a_president_on_a_visit(sample_store: Store) -> None:
    text = ("China and the Philippines Thursday signed in Manila two agreements, at the height "
            "of a two-day official visit by Beijing's top diplomat.\n"
            "Chinese Foreign Minister Yang Jiechi inked the deals with his Filipino counterpart "
            "Alberto Romulo in the presidential palace after meeting President Gloria "
            "Macapagal-Arroyo.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.event_type, proposal.place) == ("agreement signing", "Manila")
    assert roles_proposed(sample_store, text) == {
        "China": "signatory", "Philippines": "signatory"}
    assert _offered(sample_store, text) == [
        ("Yang Jiechi", "signatory", "CN", "Foreign Minister"),
        ("Alberto Romulo", "signatory", "PH", ""),
        ("Gloria Macapagal-Arroyo", "participant", "", "President")]


def test_a_leader_named_in_full_as_a_counterpart(sample_store: Store) -> None:
    text = ("President Rodrigo Duterte and his Chinese counterpart Xi Jinping committed to "
            "timely communication.\nXi visited Manila from Tuesday to Wednesday.")
    assert ("Xi Jinping", "participant", "CN", "") in _offered(sample_store, text)


def test_an_undersecretary_with_a_middle_initial_led_a_delegation(sample_store: Store) -> None:
    text = ("The Philippine delegation was led by Foreign Affairs Undersecretary for Policy "
            "Enrique A. Manalo and the Chinese delegation was led by Vice Foreign Minister Kong "
            "Xuanyou.")
    assert _offered(sample_store, text) == [
        ("Enrique A. Manalo", "representative", "PH", "Foreign Affairs Undersecretary for Policy"),
        ("Kong Xuanyou", "representative", "CN", "Vice Foreign Minister")]
