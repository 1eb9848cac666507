"""The bundled sample: the eight activities of the seed page, faithfully."""

from __future__ import annotations

from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.models import Event, EventParticipant, Participant, VocabularyTerm


def _event(session, title_part: str) -> Event:  # type: ignore[no-untyped-def]
    return session.scalars(select(Event).where(Event.title.contains(title_part))).one()


def _participant(session, name: str) -> Participant:  # type: ignore[no-untyped-def]
    return session.scalars(select(Participant).where(Participant.name == name)).one()


def _roles(session, event: Event) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    rows = session.execute(
        select(Participant.name, VocabularyTerm.value, EventParticipant.note)
        .join(Participant, EventParticipant.participant_id == Participant.id)
        .outerjoin(VocabularyTerm, EventParticipant.role_id == VocabularyTerm.id)
        .where(EventParticipant.event_id == event.id))
    return {name: (role, note) for name, role, note in rows}


def test_sample_has_the_eight_activities_with_their_dates(sample_store: Store) -> None:
    with sample_store.session() as session:
        dates = {e.title: e.date_edtf for e in session.scalars(select(Event))}
    assert len(dates) == 8
    assert dates["2025 ASEAN-China Media Cooperation Forum"] == "2025-05-25"
    assert dates["Sberbank Cooperates with China on AI Projects"] == "2025-02"
    assert dates["India's IT Ministry Hosts DeepSeek on its Servers"] == "2025-01"
    assert dates["China and Laos Build AI Innovation Cooperation Center"] == "2025-02-23"


def test_disputed_waic_dates_are_recorded_as_a_span_with_a_note(sample_store: Store) -> None:
    with sample_store.session() as session:
        waic = _event(session, "World Artificial Intelligence Conference")
        assert (waic.date_start, waic.date_end) == ("2025-07-26", "2025-07-30")
        assert "28–30 July" in waic.date_note and "26–28 July" in waic.date_note
        assert waic.status == "needs_review"
        figures = {(f.value, f.qualifier, f.unit) for f in waic.figures}
        assert (40, "more_than", "countries represented") in figures
        assert {s.publisher for s in waic.sources} == {"CNN", "Chinese state media"}


def test_names_in_native_script_as_printed_with_positions_and_affiliations(
        sample_store: Store) -> None:
    with sample_store.session() as session:
        shi = _participant(session, "Shi Zhongjun")
        assert shi.native_name == "石中軍" and shi.position == "Secretary General"
        centre = session.get(Participant, shi.affiliation_id)
        assert centre is not None and centre.native_name == "中國—東盟中心"
        assert _participant(session, "Du Zhanyuan").native_name == "杜占元"
        ndrc = _participant(session, "National Development and Reform Commission")
        assert "国家发展改革委" in [a.alias for a in ndrc.aliases]
        donghao = _participant(session, "Donghao Lansheng Group")
        parent = session.get(Participant, donghao.parent_id)
        assert parent is not None and parent.native_name == "上海市国有资产监督管理委员会"


def test_roles_notes_countries_and_qualified_attendance(sample_store: Store) -> None:
    with sample_store.session() as session:
        forum = _event(session, "Media Cooperation Forum")
        assert (forum.attendance, forum.attendance_qualifier) == (150, "approximately")
        assert (forum.place, forum.country) == ("Luoyang, Henan Province", "CN")
        roles = _roles(session, forum)
        assert roles["ASEAN-China Centre"][0] == "co-host"
        assert roles["San Lwin"] == ("participant", "via video")
        asean = {"Brunei", "Cambodia", "Indonesia", "Laos", "Malaysia", "Myanmar",
                 "Philippines", "Singapore", "Thailand", "Vietnam"}
        assert asean <= set(roles)
        waic = _roles(session, _event(session, "World Artificial Intelligence Conference"))
        assert waic["Donghao Lansheng Group"][0] == "executive organizer"
        assert waic["Ministry of Industry and Information Technology"][0] == "co-organizer"
        brazil = _roles(session, _event(session, "Brazil"))
        outcome = brazil["China-Brazil Artificial Intelligence Application Cooperation Center"]
        assert outcome[0] == "established (outcome)"


def test_summaries_are_written_afresh_not_copied_from_the_seed(sample_store: Store) -> None:
    from pathlib import Path

    seed = Path(__file__).resolve().parents[3] / "shared" / "seeds"
    pages = [p.read_text(encoding="utf-8") for p in seed.glob("*.txt")] if seed.is_dir() else []
    with sample_store.session() as session:
        summaries = [e.summary for e in session.scalars(select(Event))]
    assert all(summaries)
    for summary in summaries:
        words = summary.split()
        # No run of eight consecutive words appears verbatim in the seed page.
        for start in range(len(words) - 7):
            phrase = " ".join(words[start:start + 8])
            assert not any(phrase in page for page in pages), phrase
