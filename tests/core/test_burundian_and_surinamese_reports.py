"""New event from text on Burundian and Surinamese reports: an agreement
"signed, in Bujumbura, on 3 December 2024, …" signed there, though the text
names a summit in Beijing after it (no name of this event: the agreement
"followed" a meeting there); "Burundi was represented by A, …, while
the Chinese side was represented by B, …" (each of the side he stood for);
what was said before a comma and the one who said it ("The handover is …
between China and Burundi, Li Changlin said at the ceremony": Li, not the
countries); "witnessed by the heads of state of China and the Republic of
Suriname, A signed bilateral cooperation documents with Minister of Foreign
Affairs, International Business and International Cooperation of Suriname
B" (both signatories, B's post of three portfolios whole, the countries
witnesses); and a president who "will undertake a state visit to China"."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def test_signed_in_a_town_between_commas_and_each_side_represented(
        sample_store: Store) -> None:
    place_countries.prepare()
    text = ("BUJUMBURA, December 6th (ABP) – Burundi and China signed, in Bujumbura, on 3 "
            "December 2024, a grant agreement of 100 million yuan. Burundi was represented by "
            "Albert Shingiro, Minister for International Cooperation, while the Chinese side was "
            "represented by Zhao Jiangping, Chinese Ambassador to Burundi.\n"
            "The Chinese ambassador said the agreement followed President Xi Jinping's meeting "
            "with President Evariste Ndayishimiye at the Forum on China-Africa Cooperation, held "
            "in Beijing from 2 to 6 September.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.date, proposal.place, proposal.country) == (
        "2024-12-03", "Bujumbura", "BI")
    # (the forum the meeting it followed was held at is no name of this event)
    assert (proposal.title, proposal.event_type) == ("", "agreement signing")
    offered = new_proposed(sample_store, text, "name", "role", "country")
    assert ("Albert Shingiro", "representative", "BI") in offered
    assert ("Zhao Jiangping", "representative", "CN") in offered


def test_what_was_said_before_the_one_who_said_it(sample_store: Store) -> None:
    text = ("Chinese Ambassador to Burundi Li Changlin and Burundian Foreign Affairs Minister "
            "Ezechiel Nibigira on Thursday signed a handover document on the new state house.\n\n"
            "The handover is a sign of friendship and cooperation between China and Burundi, "
            "Li Changlin said at the signing ceremony.")
    assert roles_proposed(sample_store, text) == {}
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Li Changlin", "signatory", "CN"), ("Ezechiel Nibigira", "signatory", "BI")]


def test_documents_signed_with_a_minister_of_three_portfolios_before_heads_of_state(
        sample_store: Store) -> None:
    text = ("On April 12, 2024, witnessed by the heads of state of China and the Republic of "
            "Suriname, Chairman of the China International Development Cooperation Agency Luo "
            "Zhaohui signed bilateral cooperation documents with Minister of Foreign Affairs, "
            "International Business and International Cooperation of Suriname Albert Ramchand "
            "Ramdin.")
    assert roles_proposed(sample_store, text) == {"China": "witness"}
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Luo Zhaohui", "signatory", "",
         "Chairman of the China International Development Cooperation Agency"),
        ("Suriname", "witness", "SR", ""),
        ("Albert Ramchand Ramdin", "signatory", "SR", "Minister of Foreign Affairs, International "
         "Business and International Cooperation of Suriname")]


def test_a_president_who_will_undertake_a_state_visit(sample_store: Store) -> None:
    text = ("PARAMARIBO, Suriname — President Desi Bouterse of Suriname will undertake a state "
            "visit to China at the end of the month.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert proposal.event_type == "visit"
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Desi Bouterse", "participant", "SR")]
