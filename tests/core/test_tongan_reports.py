"""New event from text on Tongan reports: a span whose last day has its
weekday ("from Tuesday 31st of May to Wednesday 01st of June 2022"); the
"Government of the Kingdom of Tonga" the country; one "granted a royal
audience of His Majesty King Tupou VI" received by the king; a minister
named by one name after "Hon." ("the Prime Minister of Tonga, Hon.
Hu'akavameiliku"), and a name that opens with a glottal stop ("Hon.
Fekitamoeloa 'Utoikamanu") read as English writes it; "HRH" and Police, a
portfolio, no one."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def test_a_foreign_ministers_visit_to_tonga(sample_store: Store) -> None:
    text = ("Chinese Foreign Minister visits Tonga\n\n"
            "The Government of the Kingdom of Tonga welcomed Wang Yi, Foreign Minister of the "
            "People's Republic of China, on a two-day visit from Tuesday 31st of May to "
            "Wednesday 01st of June 2022.\n\n"
            "During his visit to Nuku'alofa, he was granted a royal audience of His Majesty King "
            "Tupou VI, and met with the Prime Minister of Tonga, Hon. Hu'akavameiliku and the "
            "Minister for Foreign Affairs and Tourism, Hon. Fekitamoeloa 'Utoikamanu.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert proposal.date == "2022-05-31/2022-06-01"
    assert roles_proposed(sample_store, text) == {"Wang Yi": "participant"}
    assert new_proposed(sample_store, text, "name", "kind", "role", "position") == [
        ("Tonga", "country", "host", ""),
        ("Tupou VI", "person", "host", "King"),
        ("Hu'akavameiliku", "person", "participant", "Prime Minister of Tonga"),
        ("Fekitamoeloa Utoikamanu", "person", "participant",
         "Minister for Foreign Affairs and Tourism")]


def test_a_princess_and_ministers_at_a_reception(sample_store: Store) -> None:
    text = ("Ambassador Wang Baodong hosted a reception. HRH Princess Pilolevu, Ministers of "
            "Agriculture, Health, Police and other ministries attended the reception.")
    assert [name for name, in new_proposed(sample_store, text, "name")] == [
        "Wang Baodong", "Princess Pilolevu"]
