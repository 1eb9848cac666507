"""New event from text on Mexican reports: a Spanish name with two particles
("Foreign Secretary of Mexico Juan Ramón de la Fuente") whole after its
post; those met listed ";" apart, each "with" its post ("…; with the Deputy
Minister of …; and with the Minister of …"), and a post "current" after a
former one."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_a_spanish_name_with_two_particles(sample_store: Store) -> None:
    text = ("On May 14, 2025, Foreign Minister Wang Yi met with Foreign Secretary of Mexico Juan "
            "Ramón de la Fuente in Beijing.")
    assert new_proposed(sample_store, text, "name", "country", "position") == [
        ("Juan Ramón de la Fuente", "MX", "Foreign Secretary of Mexico")]


def test_those_met_listed_each_with_with(sample_store: Store) -> None:
    text = ("Since his arrival on Sunday, the Mexican minister met with the former Minister of "
            "Foreign Affairs and current Counselor of State, Yang Jiechi; with the Deputy "
            "Minister of Foreign Affairs Zhang Yesui; and with the Minister of the International "
            "Department, Wang Jiarui.")
    assert [name for name, in new_proposed(sample_store, text, "name")] == [
        "Yang Jiechi", "Zhang Yesui", "Wang Jiarui"]
