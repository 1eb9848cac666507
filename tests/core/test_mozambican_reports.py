"""New event from text on Mozambican reports: a byline of where the reporter
writes from and a paper's bureau no headline nor first sentence; a dateline
with its agency after a comma and no day ("MAPUTO, (CAJ News) –"); those a
document was "jointly signed with"; one who spoke after a meeting with a
counterpart named between commas, and a family name after a particle ("do
Rosario") the person named in full; a capital that "wanted" something no
place of the event."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def test_a_bureaus_report_of_documents_jointly_signed_with_two(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("China and Mozambique widen their ties\n\n"
            "from JOANA MACUACUA in Maputo, Mozambique\n\n"
            "Mozambique Bureau\n\n"
            "MAPUTO, (CAJ News) – CHINA and Mozambique have signed three documents on "
            "cooperation and debt relief.\n\n"
            "The documents were jointly signed with Chinese Ambassador Wang Hejun and "
            "Mozambican Minister of Foreign Affairs and Cooperation, Veronica Macamo.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.title, proposal.event_type, proposal.place, proposal.country) == (
        "China and Mozambique widen their ties", "agreement signing", "Maputo", "MZ")
    assert roles_proposed(sample_store, text) == {"China": "signatory"}
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Mozambique", "signatory", "MZ"),
        ("Wang Hejun", "signatory", "CN"),
        ("Veronica Macamo", "signatory", "MZ")]


def test_one_who_spoke_after_meeting_his_counterpart_named_between_commas(
        sample_store: Store) -> None:
    text = ("Mozambican Prime Minister Carlos Agostinho do Rosario says the agreements will be "
            "carried out soon.\n\n"
            "Speaking after a meeting with his Chinese counterpart, Li Keqiang, here on Monday, "
            "Rosario said Beijing wanted the projects under way quickly.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == ""  # (Beijing stands for China)
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Carlos Agostinho do Rosario", "participant", "MZ"),
        ("Li Keqiang", "participant", "CN")]
    # (a meeting's counterpart between commas is of his people wherever he is named)
    met = "Rosario met his Chinese counterpart, Premier Li Keqiang, on Monday."
    assert ("Li Keqiang", "CN", "Premier") in new_proposed(sample_store, met, "name", "country",
                                                          "position")
