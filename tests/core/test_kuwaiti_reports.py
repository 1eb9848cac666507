"""New event from text on Kuwaiti reports: sides that signed with asides
between dashes saying who represented them, an Amir "in the presence of"
whom it was done, a "mechanism" signed, a company's man named after its
short name ("Sinosure's Li Hua": of the corporation it stands for), a
province's governor, and portfolios read as no one's name ("Minister of
Electricity, Water and Renewable Energy")."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed, roles_proposed


def test_sides_represented_between_dashes_before_an_amir_and_a_president(
        sample_store: Store) -> None:
    text = ("During a ceremony held in Beijing in the presence of His Highness the Amir of "
            "Kuwait Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah and Chinese President Xi Jinping, "
            "Kuwait – represented by Foreign Minister Sheikh Sabah Al-Khaled Al-Sabah – and "
            "China – represented by Chinese Foreign Minister Wang Yi – signed a cooperation "
            "mechanism between the two governments.")
    assert roles_proposed(sample_store, text) == {"China": "signatory",
                                                  "Wang Yi": "representative"}
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Kuwait", "signatory", ""),
        ("Sabah Al-Ahmad Al-Jaber Al-Sabah", "witness", "Amir of Kuwait"),
        ("Xi Jinping", "witness", "President"),
        ("Sabah Al-Khaled Al-Sabah", "representative", "Foreign Minister")]


def test_a_companys_man_named_after_its_short_name(sample_store: Store) -> None:
    text = ("A cooperation agreement was signed between Kuwait Petroleum Corporation (KPC) and "
            "China Export and Credit Insurance Corporation (Sinosure). KPC's CEO Nizar "
            "Al-Adsani and Sinosure's Li Hua inked the deal.")
    assert ("Li Hua", "signatory", "China Export and Credit Insurance Corporation") in new_proposed(
        sample_store, text, "name", "role", "affiliation")


def test_a_provinces_governor_and_a_ministers_portfolios(sample_store: Store) -> None:
    text = ("KUWAIT, Sept 22 (KUNA) -- Minister of Electricity, Water and Renewable Energy, "
            "and Acting Minister of Finance Sabeeh Al-Mukhaizeem met on Monday with a Chinese "
            "delegation led by the First Deputy Governor of Shanghai Province Chen Jining.")
    names = [name for name, in new_proposed(sample_store, text, "name")]
    assert "Renewable Energy" not in names
    assert ("Chen Jining", "representative", "First Deputy Governor of Shanghai Province") in (
        new_proposed(sample_store, text, "name", "role", "position"))
