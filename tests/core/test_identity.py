"""Duplicate participants, merging them, and participants a summary mentions."""

from __future__ import annotations

from sqlalchemy import func, select

from desktop.core.db import Store
from desktop.core.identity import (
    acronym,
    candidate_pairs,
    find_duplicate_participants,
)
from desktop.core.models import EventParticipant, Participant
from desktop.core.name_finding import find_mentions
from desktop.core.operations import Operations
from desktop.core.undo import invert

NDRC = "National Development and Reform Commission"


def _id(ops: Operations, name: str) -> str:
    with ops.store.session() as session:
        return session.scalars(select(Participant.id).where(Participant.name == name)).one()


def _links(ops: Operations, participant_id: str) -> list[tuple[str, str | None, str]]:
    with ops.store.session() as session:
        return sorted((link.event_id, link.role_id, link.note) for link in session.scalars(
            select(EventParticipant).where(EventParticipant.participant_id == participant_id)))


def _sample_ops(sample_store) -> Operations:  # type: ignore[no-untyped-def]
    return Operations(sample_store, "Tester")


def test_acronyms_skip_the_small_words() -> None:
    assert acronym(NDRC) == "ndrc"
    assert acronym("Ministry of Science and Technology") == "mst"
    assert acronym("Ministry of Electronics and Information Technology (India)") == "meit"
    assert acronym("Laos") == ""


def test_the_seed_organisation_written_four_ways_is_found_as_one(sample_store) -> None:  # type: ignore[no-untyped-def]
    ops = _sample_ops(sample_store)
    variants = {
        "國家發展和改革委員會": {"native_name": "國家發展和改革委員會", "country": "CN"},
        "NDRC": {"country": "CN"},
        "National Development & Reform Commission": {},
    }
    for number, (name, extra) in enumerate(variants.items()):
        report = ops.create_participant({"kind": "organization", "name": name, **extra})
        event_id = next(iter(ops.create_event(
            {"title": f"A colleague's event {number}", "date": "2025-06-01"}).events_touched()))
        ops.link(event_id, next(iter(report.ids("participant"))), {"role": "co-host"})
    with sample_store.session() as session:
        found = find_duplicate_participants(session)
    ndrc = _id(ops, NDRC)
    partners = {(c.first if c.second == ndrc else c.second): c for c in found
                if ndrc in (c.first, c.second)}
    assert {_name(ops, pid) for pid in partners} == set(variants)
    traditional = partners[_id(ops, "國家發展和改革委員會")]
    assert any("after simplified/traditional folding" in r for r in traditional.reasons)
    assert any("same country (China)" in r for r in traditional.reasons)
    assert any("NDRC" in r and ("alias" in r or "acronym" in r)
               for r in partners[_id(ops, "NDRC")].reasons)
    assert any("alike" in r for r in partners[_id(ops, "National Development & Reform "
                                                    "Commission")].reasons)
    assert all(c.score >= 50 for c in partners.values())
    # Merged into one, with every link intact and every name kept as an alias.
    links = _links(ops, ndrc) + [link for other in partners for link in _links(ops, other)]
    for other in partners:
        ops.merge_participants(ndrc, other)
    assert sorted(_links(ops, ndrc)) == sorted(links)
    with sample_store.session() as session:
        kept = session.get(Participant, ndrc)
        assert kept is not None
        assert {"國家發展和改革委員會", "National Development & Reform Commission"} <= {
            alias.alias for alias in kept.aliases}
        assert find_duplicate_participants(session) == [] or all(
            ndrc not in (c.first, c.second) for c in find_duplicate_participants(session))


def test_a_name_with_its_countrys_name_is_found_as_the_one_without(sample_store) -> None:  # type: ignore[no-untyped-def]
    ops = _sample_ops(sample_store)
    most = _id(ops, "Ministry of Science and Technology")  # 科学技术部, China
    for name, country in (("Ministry of Science & Technology of China", "CN"),
                          ("中國科學技術部", "CN"),
                          ("Ministry of Foreign Affairs of Laos", "LA"),
                          ("Ministry of Foreign Affairs", "CN"),
                          ("Bank of China", "CN"), ("Bank", "CN")):
        ops.create_participant({"kind": "organization", "name": name, "country": country})
    with sample_store.session() as session:
        found = find_duplicate_participants(session)
    pairs = {frozenset((_name(ops, c.first), _name(ops, c.second))): c for c in found}
    for other in ("Ministry of Science & Technology of China", "中國科學技術部"):
        candidate = pairs[frozenset(("Ministry of Science and Technology", other))]
        assert candidate.score >= 50
        assert any("with the country's name" in reason for reason in candidate.reasons)
        assert candidate.first == most  # in events, the other in none: offered to keep
    # another country's ministry, or too little left without the country's name: no pair
    assert frozenset(("Ministry of Foreign Affairs of Laos",
                      "Ministry of Foreign Affairs")) not in pairs
    assert frozenset(("Bank of China", "Bank")) not in pairs
    assert most in {c.first for c in found} | {c.second for c in found}


def _name(ops: Operations, participant_id: str) -> str:
    with ops.store.session() as session:
        participant = session.get(Participant, participant_id)
        assert participant is not None
        return participant.name


def test_blocking_compares_far_fewer_pairs_than_all(sample_store) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.identity import load_people

    with sample_store.session() as session:
        people = load_people(session)
    everyone = len(people) * (len(people) - 1) // 2
    assert len(candidate_pairs(people)) < everyone / 20


def test_a_merge_moves_every_link_and_name_and_undoes_exactly(sample_store) -> None:  # type: ignore[no-untyped-def]
    ops = _sample_ops(sample_store)
    ndrc = _id(ops, NDRC)
    other = next(iter(ops.create_participant(
        {"kind": "organization", "name": "国家发改委", "native_name": "國家發展和改革委員會",
         "aliases": ["发改委"]}).ids("participant")))
    event = next(iter(ops.create_event({"title": "Energy dialogue", "date": "2025-04-02"})
                      .events_touched()))
    ops.link(event, other, {"role": "co-host", "note": "via video"})
    before_keep, before_other = _links(ops, ndrc), _links(ops, other)
    with sample_store.session() as session:
        aliases_before = sorted(a.alias for a in session.get(Participant, ndrc).aliases)  # type: ignore[union-attr]

    report = ops.merge_participants(ndrc, other)
    assert sorted(_links(ops, ndrc)) == sorted(before_keep + before_other)
    with sample_store.session() as session:
        from desktop.core.models import ChangeLogEntry

        logged = {(entry.entity, entry.record_id, entry.by) for entry in session.scalars(
            select(ChangeLogEntry).where(ChangeLogEntry.operation_id == report.operation_id))}
    assert ("participant", other, "Tester") in logged and ("participant", ndrc, "Tester") in logged
    assert any(entity == "event_participant" for entity, _, _ in logged)
    with sample_store.session() as session:
        assert session.get(Participant, other) is None
        kept = session.get(Participant, ndrc)
        assert kept is not None
        assert {"国家发改委", "國家發展和改革委員會", "发改委"} <= {a.alias for a in kept.aliases}

    invert(ops, report)
    assert _links(ops, ndrc) == before_keep and _links(ops, other) == before_other
    with sample_store.session() as session:
        assert sorted(a.alias for a in session.get(Participant, ndrc).aliases) == aliases_before  # type: ignore[union-attr]
        restored = session.get(Participant, other)
        assert restored is not None and restored.native_name == "國家發展和改革委員會"
        assert session.scalar(select(func.count()).select_from(Participant)) == 56


def test_a_name_taken_from_the_other_keeps_the_name_given_up_as_an_alias(sample_store) -> None:  # type: ignore[no-untyped-def]
    ops = _sample_ops(sample_store)
    ndrc = _id(ops, NDRC)
    other = next(iter(ops.create_participant(
        {"kind": "organization", "name": "NDRC of China", "native_name": "国家发改委"})
        .ids("participant")))
    with sample_store.session() as session:
        native_before = session.get(Participant, ndrc).native_name  # type: ignore[union-attr]

    ops.merge_participants(ndrc, other, ["name", "native_name"])
    with sample_store.session() as session:
        kept = session.get(Participant, ndrc)
        assert kept is not None
        assert (kept.name, kept.native_name) == ("NDRC of China", "国家发改委")
        aliases = {a.alias for a in kept.aliases}
    # the analyst can still find it by the names it had
    assert NDRC in aliases
    assert native_before is None or native_before in aliases
    assert "NDRC of China" not in aliases and "国家发改委" not in aliases


def test_mentions_are_found_in_either_character_set(sample_store) -> None:  # type: ignore[no-untyped-def]
    ops = _sample_ops(sample_store)
    event = next(iter(ops.create_event({
        "title": "Media exchange in Luoyang",
        "summary": "石中军 spoke; the NDRC sent observers; a forecast was discussed."})
        .events_touched()))
    with sample_store.session() as session:
        mentions = find_mentions(session, [event])
    found = {m.participant_name: m.found for m in mentions}
    assert "Shi Zhongjun" in found  # the record says 石中軍, the summary 石中军
    assert found.get(NDRC) == "NDRC"
    assert "Chinese Academy of Sciences" not in found  # "CAS" inside "forecast" is no mention
    ops.link(event, _id(ops, "Shi Zhongjun"), {"role": "speaker"})
    with sample_store.session() as session:
        assert "Shi Zhongjun" not in {m.participant_name for m in find_mentions(session, [event])}


def test_mentions_are_found_in_the_native_title_too(sample_store) -> None:  # type: ignore[no-untyped-def]
    ops = _sample_ops(sample_store)
    event = ops.create_event({"title": "Planning talks in Beijing",
                              "native_title": "国家发展改革委与中国科学院规划会谈"}
                             ).ids("event").pop()
    with sample_store.session() as session:
        found = {m.participant_name: m.found for m in find_mentions(session, [event])}
    assert found[NDRC] == "国家发展改革委"  # an alias, in the native title alone
    assert "Chinese Academy of Sciences" in found


def test_one_events_mentions_are_those_found_for_it_among_all(sample_store) -> None:  # type: ignore[no-untyped-def]
    """Find mentions in this event reads the names its text holds and its own
    links alone: it finds what Find mentions in all events finds for it."""
    from desktop.core.models import Event

    ops = _sample_ops(sample_store)
    ops.create_event({"title": "China Institute of International Studies and NDRC talks",
                      "summary": "国家发展改革委 hosted; 中国科学院 sent a delegation."})
    with sample_store.session() as session:
        every = find_mentions(session)
        event_ids = list(session.scalars(select(Event.id)))
        for event_id in event_ids:
            alone = find_mentions(session, [event_id])
            assert sorted(alone, key=repr) == sorted(
                (m for m in every if m.event_id == event_id), key=repr)
        assert find_mentions(session, []) == []
    assert len({m.event_id for m in every}) >= 2


def test_not_duplicates_is_remembered_across_restart_and_a_json_round_trip(
        sample_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.cli import main
    from desktop.core.db import open_store

    ops = _sample_ops(sample_store)
    twin = next(iter(ops.create_participant(
        {"kind": "organization", "name": "NDRC", "country": "CN"}).ids("participant")))
    ndrc = _id(ops, NDRC)

    def pairs(store) -> set[frozenset[str]]:  # type: ignore[no-untyped-def]
        with store.session() as session:
            return {frozenset((c.first, c.second)) for c in find_duplicate_participants(session)}

    assert frozenset((ndrc, twin)) in pairs(sample_store)
    report = ops.mark_not_duplicates("participant", twin, ndrc)
    assert frozenset((ndrc, twin)) not in pairs(sample_store)
    path = sample_store.path
    sample_store.close()
    reopened = open_store(path)  # a restart
    assert frozenset((ndrc, twin)) not in pairs(reopened)
    reopened.close()
    exported, copy = tmp_path / "decided.json", tmp_path / "copy.sqlite"
    assert main(["export", str(exported), "--db", str(path)]) == 0
    assert main(["init", "--db", str(copy)]) == 0
    assert main(["import", str(exported), "--db", str(copy)]) == 0
    other = open_store(copy)
    assert frozenset((ndrc, twin)) not in pairs(other)
    again = tmp_path / "again.json"
    other.close()
    assert main(["export", str(again), "--db", str(copy)]) == 0
    import json

    package = tmp_path / "package"
    assert main(["export", str(package), "--db", str(copy)]) == 0
    assert json.loads((package / "datapackage.json").read_text())["engagement-curator"][
        "not_duplicates"] == [{"kind": "participant", "first": min(ndrc, twin),
                               "second": max(ndrc, twin)}]
    first, second = (json.loads(p.read_text()) for p in (exported, again))
    assert first["not_duplicates"] == second["not_duplicates"] == [
        {"kind": "participant", "first": min(ndrc, twin), "second": max(ndrc, twin)}]
    # ...and the decision itself is one undoable step.
    store = open_store(path)
    invert(Operations(store, "Tester"), report)
    assert frozenset((ndrc, twin)) in pairs(store)
    store.close()


def test_a_colleagues_copy_of_an_event_is_found_and_merged_whole(sample_store) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.duplicate_events import find_duplicate_events
    from desktop.core.models import Event, EventFigure, Source

    ops = _sample_ops(sample_store)
    with sample_store.session() as session:
        forum = session.scalars(select(Event).where(
            Event.title == "2025 ASEAN-China Media Cooperation Forum")).one()
        forum_id, links_before = forum.id, len(forum.links)
        speaker = forum.links[0].participant_id
    copy = next(iter(ops.create_event({
        "title": "ASEAN-China Media Cooperation Forum 2025", "date": "2025-05-25",
        "country": "CN", "tags": ["media", "Luoyang"]}).events_touched()))
    ops.link(copy, speaker, {"role": "speaker"})
    newcomer = next(iter(ops.create_participant(
        {"kind": "person", "name": "A. Newcomer"}).ids("participant")))
    ops.link(copy, newcomer, {"role": "speaker", "note": "via video"})
    ops.add_source(copy, {"publisher": "Wire", "title": "Forum report",
                          "url": "https://news.example.org/forum"})
    ops.add_figure(copy, {"value": 40, "qualifier": "more_than", "unit": "journalists"})
    unrelated = ops.create_event({"title": "Seminar on farming", "date": "2025-05-25"})
    with sample_store.session() as session:
        found = find_duplicate_events(session)
    (pair,) = [c for c in found if {c.first, c.second} == {forum_id, copy}]
    assert "same first day (2025-05-25)" in pair.reasons and "1 shared participant" in pair.reasons
    assert pair.first == forum_id  # with 18 participants, the copy 2: offered to keep
    assert not any(next(iter(unrelated.events_touched())) in (c.first, c.second) for c in found)

    report = ops.merge_events(forum_id, copy)
    with sample_store.session() as session:
        merged = session.get(Event, forum_id)
        assert merged is not None and session.get(Event, copy) is None
        assert len(merged.links) == links_before + 1  # the speaker was there already
        assert {tag.name for tag in merged.tags} >= {"media", "Luoyang", "ASEAN"}
        assert session.scalar(select(func.count()).select_from(Source)
                              .where(Source.event_id == forum_id)) >= 1
        assert session.scalar(select(func.count()).select_from(EventFigure).where(
            EventFigure.event_id == forum_id, EventFigure.unit == "journalists")) == 1
    invert(ops, report)
    with sample_store.session() as session:
        restored = session.get(Event, copy)
        assert restored is not None and len(restored.links) == 2
        assert {tag.name for tag in restored.tags} == {"media", "Luoyang"}
        merged = session.get(Event, forum_id)
        assert merged is not None and len(merged.links) == links_before


def test_a_long_search_reports_progress_and_can_be_stopped(sample_store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from desktop.core import identity

    monkeypatch.setattr(identity, "PROGRESS_EVERY", 1)
    ops = _sample_ops(sample_store)
    for name in ("NDRC", "National Development & Reform Commission"):
        ops.create_participant({"kind": "organization", "name": name})
    calls: list[tuple[int, int]] = []

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if len(calls) == 2:
            raise Stop

    with sample_store.session() as session, pytest.raises(Stop):
        find_duplicate_participants(session, progress=progress)
    assert calls[0][0] == 1 and calls[0][1] >= 2


def test_a_new_event_is_compared_with_the_stored_events_of_its_dates(
        sample_store: Store) -> None:
    from desktop.core.likely_events import events_like
    from desktop.core.models import Event

    with sample_store.session() as session:
        waic = session.scalars(select(Event).where(Event.title.contains("WAIC"))).one()
        its_participants = list(session.scalars(select(EventParticipant.participant_id).where(
            EventParticipant.event_id == waic.id)))
        title = "World Artificial Intelligence Conference 2025"
        plain = events_like(session, title, "2025-07-28", "2025-07-30")
        with_them = events_like(session, title, "2025-07-28", "2025-07-30",
                                participants=its_participants[:2])
        elsewhere = events_like(session, title, "2024-07-28", "2024-07-30")
        itself = events_like(session, waic.title, waic.date_start, waic.date_end,
                             exclude=waic.id)
        undated = events_like(session, title, None, None)
    assert [found.id for found in plain] == [waic.id]
    assert "overlapping dates" in plain[0].reasons
    assert with_them[0].score > plain[0].score
    assert "2 shared participants" in with_them[0].reasons
    assert elsewhere == [] and itself == [] and undated == []


def test_a_country_held_by_its_english_name_is_found_by_its_chinese_one(
        sample_store) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.name_finding import NameFinder

    ops = _sample_ops(sample_store)
    with sample_store.session() as session:
        named = [name for _id, name, _native in NameFinder(session).named_in(
            "本报万象9月3日电 论坛2日举行，老挝和中國代表出席，中国科学院也派人参加。")]
    assert named == ["Laos", "China", "Chinese Academy of Sciences"]
    event = ops.create_event({"title": "Talks in Vientiane",
                              "native_title": "中国科学院与寮國代表会谈"}).ids("event").pop()
    with sample_store.session() as session:
        found = {m.participant_name: m.found for m in find_mentions(session, [event])}
    # China's name inside the Academy's is no mention of China.
    assert found == {"Chinese Academy of Sciences": "中国科学院", "Laos": "寮國"}


def test_a_date_known_only_to_its_month_or_year_has_no_first_day_to_share(
        empty_store: Store) -> None:
    """"2025?" and "2025-01" both begin on 1 January 2025 in the store, but
    neither says the event was held that day: the reason is their overlap."""
    from desktop.core.duplicate_events import find_duplicate_events
    from desktop.core.likely_events import events_like

    ops = Operations(empty_store, "Tester")
    ids = [next(iter(ops.create_event({"title": title, "date": date}).events_touched()))
           for title, date in (("Digital Silk Road forum on data", "2025?"),
                               ("Forum on data: Digital Silk Road", "2025-01"),
                               ("Workshop on maritime cooperation", "2024-05"),
                               ("Maritime cooperation workshop", "2024-05"),
                               ("Summit of mayors on green cities", "2023-03-14"),
                               ("Green cities summit of mayors", "2023-03-14/2023-03-15"))]
    with empty_store.session() as session:
        reasons = {frozenset((c.first, c.second)): c.reasons
                   for c in find_duplicate_events(session, min_score=0)}
        typed = events_like(session, "Digital Silk Road data forum", "2025-01-01",
                            "2025-12-31", edtf="2025", precision="year")
    year_and_month = reasons[frozenset(ids[0:2])]
    assert "overlapping dates" in year_and_month
    assert not [reason for reason in year_and_month if reason.startswith("same first day")]
    assert "same date (2024-05)" in reasons[frozenset(ids[2:4])]
    assert "same first day (2023-03-14)" in reasons[frozenset(ids[4:6])]
    assert {found.id for found in typed} == set(ids[0:2])
    assert not [reason for found in typed for reason in found.reasons
                if reason.startswith("same first day")]
