"""A participant's profile for a report: its facts, then the chronology of its
events; from the command line (the Participants list's is in tests/ui)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from desktop.core.db import Store
from desktop.core.exchange.profile import UnknownParticipant, participant_named, write_profile
from desktop.core.models import Participant
from tests.exchange.test_chronology import _outline
from tests.test_cli import curator

NDRC = "National Development and Reform Commission"


def _profile(store: Store, name: str, kind: str = "html") -> str:
    out = io.BytesIO()
    with store.session() as session:
        write_profile(session, out, participant_named(session, name), kind=kind)
    return out.getvalue().decode("utf-8")


def test_the_profile_gives_the_facts_then_its_events_in_date_order(
        sample_store: Store) -> None:
    page = _profile(sample_store, "NDRC")  # found by its alias
    outline = _outline(page)
    assert outline.parts[0][0] == "p" and "Profile: 2 events" in outline.parts[0][1]
    assert "<dt>Also known as</dt><dd>" in page and "国家发展改革委" in page
    assert "<dt>Roles held</dt>" in page and "<dt>Events per year</dt><dd>2025: 2</dd>" in page
    assert "<dt>Most often with</dt>" in page
    assert [text for tag, text in outline.parts if tag == "h3"] == [
        "5 July 2025 · China Signs AI Cooperation Pact with Brazil",
        "26–30 July 2025 · 8th World Artificial Intelligence Conference (WAIC 2025) "
        "(世界人工智能大会)"]
    assert "<dt>Under it</dt><dd>Liu Sushe</dd>" in page  # affiliated to the NDRC
    markdown = _profile(sample_store, "中國外文局", "markdown")
    assert markdown.startswith("# China International Communications Group\n")
    assert "**Kind:** Organisation  \n" in markdown


@pytest.mark.parametrize(("name", "message"), [
    ("Nobody at all", "no participant is called 'Nobody at all'")])
def test_an_unknown_name_is_refused(sample_store: Store, name: str, message: str) -> None:
    with sample_store.session() as session, pytest.raises(UnknownParticipant, match=message):
        participant_named(session, name)


def test_the_command_line_writes_a_profile(tmp_path: Path) -> None:
    db = tmp_path / "mine.sqlite"
    assert curator("init", "--db", str(db), "--sample").returncode == 0
    target = tmp_path / "ndrc.md"
    done = curator("profile", "NDRC", str(target), "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Wrote the profile of NDRC (2 events) to {target}"
    assert target.read_text(encoding="utf-8").startswith(f"# {NDRC}\n")
    refused = curator("profile", "Nobody", str(tmp_path / "x.md"), "--db", str(db))
    assert refused.returncode == 1 and "no participant is called 'Nobody'" in refused.stderr
    assert not (tmp_path / "x.md").exists()
    wrong = curator("profile", "NDRC", str(tmp_path / "x.pdf"), "--db", str(db))
    assert wrong.returncode == 1 and "name the file .html or .md" in wrong.stderr


@pytest.mark.parametrize("name", ["СБЕРБАНК", "sberbank", "  Sberbank "])
def test_a_participant_is_found_by_a_name_in_any_case_of_any_script(
        sample_store: Store, name: str) -> None:
    with sample_store.session() as session:
        found = participant_named(session, name)
        assert session.get(Participant, found).name == "Sberbank"  # type: ignore[union-attr]


def test_no_name_is_no_participant(sample_store: Store) -> None:
    with sample_store.session() as session, pytest.raises(UnknownParticipant):
        participant_named(session, "  ")
