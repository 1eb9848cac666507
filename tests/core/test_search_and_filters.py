"""Search in English and Chinese, filters with facet counts, and listing order."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text

from desktop.core.db import Store
from desktop.core.event_filter import EventFilter, facet_counts
from desktop.core.listing import (
    event_rowids,
    event_window,
    participant_rowids,
    participant_window,
)
from desktop.core.models import Event, Participant, VocabularyTerm
from desktop.core.operations import Operations
from desktop.core.search import event_text, fold, index_problems, rebuild


def titles(store: Store, event_filter: EventFilter, sort: str = "date",
           descending: bool = True) -> list[str]:
    with store.session() as session:
        rowids = event_rowids(session, event_filter, sort, descending)
        return [row.title for row in event_window(session, rowids)]


def found(store: Store, query: str) -> set[str]:
    return set(titles(store, EventFilter(text=query)))


FORUM = "2025 ASEAN-China Media Cooperation Forum"
WAIC = "8th World Artificial Intelligence Conference (WAIC 2025)"
BRAZIL = "China Signs AI Cooperation Pact with Brazil"


def test_folding_joins_scripts_cases_and_accents() -> None:
    assert fold("中國外文局") == fold("中国外文局")
    assert fold("石中軍") == "石中军"
    assert fold("São PAULO") == "sao paulo"


def test_folding_makes_any_run_of_white_space_one_space() -> None:
    # Line breaks join a search text's parts; no-break and ideographic spaces
    # come with pasted text.
    assert fold("  Media\n\tForum\u00a0 2025 ") == "media forum 2025"
    assert fold("中老\u3000人工智能\r\n合作  ") == "中老 人工智能 合作"


@pytest.mark.parametrize(("query", "expected"), [
    ("中国外文局", {FORUM}),        # simplified finds the traditional 中國外文局
    ("中國外文局", {FORUM}),
    ("石中军", {FORUM}),            # participant's native name, other character set
    ("外文", {FORUM}),              # two characters: trigrams that begin with them
    ("外文 media", {FORUM}),        # ... with a longer term
    ("外文 中国", {FORUM}),          # ... with another pair
    ("文 forum", {FORUM}),          # one character, looked for among the rest
    ("国家发展改革委", {BRAZIL, WAIC}),  # an alias of the NDRC
    ("ndrc", {BRAZIL, WAIC}),      # acronym alias, any case
    ("luoyang", {FORUM}),          # place
    ("mahjong", {WAIC}),           # notes
    ("reuters", {"Sberbank Cooperates with China on AI Projects"}),  # source publisher
    ("exhibition", {WAIC}),        # tag
    ('"via video"', set()),        # link notes are not indexed; the phrase is not elsewhere
    ('"media professionals" forum', {FORUM}),
    ("brazil laos", set()),        # every word must match
    ("Brazil Cooperation", {BRAZIL}),
    ('"media professionals', {FORUM}),  # a phrase being typed: its quote not closed yet
    ("“media professionals” luoyang", {FORUM}),  # curly quotes, as an input method types them
    ("luoy*", {FORUM}),            # a wildcard's star: every term matches inside words
    ("'luoyang'", {FORUM}),
])
def test_search_finds_substrings_everywhere_it_should(sample_store: Store, query: str,
                                                       expected: set[str]) -> None:
    assert found(sample_store, query) == expected


def test_a_term_after_a_dash_leaves_out_the_events_that_hold_it(sample_store: Store) -> None:
    every = found(sample_store, "")
    with_china = found(sample_store, "china")
    assert found(sample_store, "china -brazil") == with_china - {BRAZIL}
    assert found(sample_store, "-ndrc") == every - {BRAZIL, WAIC}  # only left out: the rest
    assert found(sample_store, '-"media professionals" -外文') == every - {FORUM}
    # short terms (two characters, one) too, and with a filter beside the text
    assert found(sample_store, "-外文 -z") == every - found(sample_store, "外文") - found(
        sample_store, "z")
    assert set(titles(sample_store, EventFilter(text="-ndrc", country=("CN",)))) == (
        set(titles(sample_store, EventFilter(country=("CN",)))) - {BRAZIL, WAIC})
    # a dash inside a word or alone is text, not a leaving out
    assert FORUM in found(sample_store, "ASEAN-China")
    assert found(sample_store, "china - brazil") == found(sample_store, "china brazil")
    with sample_store.session() as session:
        named = set(participant_window(session, participant_rowids(session, "ministry")))
        left = set(participant_window(session, participant_rowids(session, "ministry -india")))
    assert {row.name for row in named - left} == {
        "Ministry of Electronics and Information Technology (India)"}


def test_or_between_two_terms_finds_either(sample_store: Store) -> None:
    brazil, laos = found(sample_store, "brazil"), found(sample_store, "老挝")
    assert brazil and laos and not brazil & laos
    assert found(sample_store, "brazil OR 老挝") == brazil | laos
    assert found(sample_store, "brazil | 老挝") == brazil | laos
    # OR joins its two neighbours; the other terms must still be found
    assert found(sample_store, "brazil OR 老挝 ndrc") == (brazil | laos) & found(
        sample_store, "ndrc")
    assert found(sample_store, "brazil OR 老挝 OR luoyang") == brazil | laos | {FORUM}
    # short terms too, and a term left out of either
    assert found(sample_store, "外文 OR z") == found(sample_store, "外文") | found(
        sample_store, "z")
    assert found(sample_store, "brazil OR 老挝 -ndrc") == (brazil | laos) - found(
        sample_store, "ndrc")
    # "or" in small letters is a word; an OR still being typed counts for nothing
    assert found(sample_store, "brazil or") == found(sample_store, "brazil") & found(
        sample_store, "or")
    assert found(sample_store, "brazil OR") == brazil
    with sample_store.session() as session:
        either = participant_window(session, participant_rowids(session, "india OR brazil"))
    assert {row.country for row in either} >= {"IN", "BR"}


def test_a_well_known_bodys_short_name_finds_it_by_its_other_names(
        sample_store: Store) -> None:
    """工信部 finds the events of 工业和信息化部 (MIIT), which none of them
    writes so; an acronym is not added (a term matches inside words: "itu"
    is in "institute"), and a name left out leaves out the others too."""
    miit = found(sample_store, "工业和信息化部")
    assert miit and found(sample_store, "工信部") == miit
    assert found(sample_store, "工信部 OR 老挝") == miit | found(sample_store, "老挝")
    assert found(sample_store, "-工信部") == found(sample_store, "") - miit
    assert found(sample_store, '"Cyberspace Administration of China"') == found(
        sample_store, "国家互联网信息办公室")
    assert found(sample_store, "国际电联") == set()
    with sample_store.session() as session:
        named = participant_window(session, participant_rowids(session, "工信部"))
    assert [row.name for row in named] == ["Ministry of Industry and Information Technology"]


def test_an_apostrophe_is_part_of_the_words_not_a_quote(ops: Operations) -> None:
    """Read as quotes, two apostrophes made one term "peoples dailys" of
    "People's Daily's": nothing was found."""
    title = "People's Daily's report on O'Brien's visit"
    ops.create_event({"title": title, "date": "2025"})
    ops.create_event({"title": "Peoples Dailys report", "date": "2025"})
    for query in ("People's Daily's report", "People's", "O'Brien's visit"):
        assert found(ops.store, query) == {title}, query


def test_letters_accents_do_not_take_apart_are_found_as_typed(ops: Operations) -> None:
    """Vietnamese đ, Polish ł, Danish ø: an analyst types "Da Nang"."""
    ops.create_event({"title": "Đà Nẵng AI week", "place": "Đà Nẵng", "date": "2025"})
    ops.create_event({"title": "Łódź and Søren's forum", "date": "2025"})
    assert found(ops.store, "da nang") == {"Đà Nẵng AI week"}
    assert found(ops.store, "Lodz Soren's") == {"Łódź and Søren's forum"}
    assert fold("ĐÀ NẴNG") == fold("Da Nang") == "da nang"


def test_typographic_apostrophes_quotes_and_dashes_find_typed_ones(ops: Operations) -> None:
    """A title pasted from a web page ("China’s", "ASEAN–China", 中國—東盟) is
    found by what the analyst types ("China's", "ASEAN-China", 中国-东盟), and a
    term pasted from a page finds the title typed at the keyboard."""
    pasted = "China’s “smart” ASEAN–China park, 中國—東盟"
    typed = "Laos's ASEAN-China AI centre"
    ops.create_event({"title": pasted, "date": "2025"})
    ops.create_event({"title": typed, "date": "2025"})
    for query in ("China's", "china's smart", '"asean-china park"', "中国-东盟"):
        assert found(ops.store, query) == {pasted}, query
    for query in ("Laos’s", "ASEAN–China AI"):
        assert found(ops.store, query) == {typed}, query
    assert found(ops.store, "ASEAN—China") == {pasted, typed}
    assert fold("China’s “AI” ASEAN–China") == fold('china\'s "ai" asean-china')


@pytest.mark.parametrize("term", ["ai", "中国", "外文", "国家", "in", "25", "文", "z"])
def test_short_terms_find_exactly_the_events_whose_text_holds_them(
        sample_store: Store, term: str) -> None:
    """One and two characters take other paths than the trigram index; each
    finds what a plain substring test of every event's text finds, including
    a term at the very end of the text."""
    ops = Operations(sample_store, "Analyst")
    ops.create_event({"title": f"Ends with the term {term}"})
    with sample_store.session() as session:
        texts = event_text(session, session.scalars(select(Event.id)).all())
        titles_by_id = {e.id: e.title for e in session.scalars(select(Event))}
    expected = {titles_by_id[eid] for eid, body in texts.items() if fold(term) in body}
    assert f"Ends with the term {term}" in expected
    assert found(sample_store, term) == expected


def test_the_index_follows_every_edit(sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    with sample_store.session() as session:
        shi = session.scalars(select(Participant).where(Participant.name == "Shi Zhongjun")).one()
    assert found(sample_store, "石中君") == set()
    ops.update_participant(shi.id, {"aliases": ["石中君"]})
    assert found(sample_store, "石中君") == {FORUM}
    report = ops.create_event({"title": "Zhuhai Airshow AI pavilion", "place": "珠海"})
    assert found(sample_store, "珠海") == {"Zhuhai Airshow AI pavilion"}
    ops.delete_event(report.ids("event").pop())
    assert found(sample_store, "珠海") == set()
    with sample_store.session() as session:
        assert index_problems(session) == []


def test_check_notices_a_stale_index_and_rebuild_mends_it(sample_store: Store) -> None:
    with sample_store.session() as session, session.begin():
        session.execute(text("UPDATE event_search SET body = 'stale' WHERE rowid = 1"))
    with sample_store.session() as session:
        assert any("out of date" in p for p in index_problems(session))
    with sample_store.session() as session, session.begin():
        rebuild(session)
    with sample_store.session() as session:
        assert index_problems(session) == []


def test_date_range_overlaps_partial_dates(sample_store: Store) -> None:
    feb = EventFilter(date_from=date(2025, 2, 10), date_to=date(2025, 3, 1))
    assert set(titles(sample_store, feb)) == {
        "Sberbank Cooperates with China on AI Projects",  # 2025-02, month only
        "China and Laos Build AI Innovation Cooperation Center"}  # 2025-02-23
    july = EventFilter(date_from=date(2025, 7, 29))
    assert WAIC in titles(sample_store, july)  # the disputed span reaches 30 July


def test_partial_dates_sort_by_start_then_precision(ops: Operations) -> None:
    for title, when in (("month", "2025-02"), ("day", "2025-02-01"), ("year", "2025"),
                        ("later day", "2025-02-23"), ("undated", "")):
        ops.create_event({"title": title, "date": when})
    assert titles(ops.store, EventFilter(), "date", descending=False) == [
        "year", "day", "month", "later day", "undated"]
    assert titles(ops.store, EventFilter(), "date", descending=True) == [
        "later day", "month", "day", "year", "undated"]


def test_facets_count_the_current_result_and_combine(sample_store: Store) -> None:
    with sample_store.session() as session:
        counts = facet_counts(session, EventFilter())
        country = {v.label: v.count for v in counts["country"]}
        assert country["CN"] == 3 and country["KH"] == 1
        assert {v.label: v.count for v in counts["status"]} == {"verified": 6, "needs_review": 2}
        asean = next(v for v in counts["tag"] if v.label == "ASEAN")
        assert asean.count == 3
        narrowed = EventFilter(tag=frozenset({asean.value}))
        in_asean = facet_counts(session, narrowed)
        assert {v.label: v.count for v in in_asean["country"]} == {"CN": 1, "LA": 1, "KH": 1}
        forum_type = session.scalars(select(VocabularyTerm.id).where(
            VocabularyTerm.value == "forum")).one()
    both = EventFilter(tag=frozenset({asean.value}), event_type=frozenset({forum_type}))
    assert titles(sample_store, both) == [FORUM]
    assert titles(sample_store, EventFilter(country=frozenset({"LA", "RU"}),
                                            text="center")) == [
        "China and Laos Build AI Innovation Cooperation Center"]


def test_participant_filter_and_participants_list(sample_store: Store) -> None:
    with sample_store.session() as session:
        rowids = participant_rowids(session, "国家发展改革委")
        (ndrc,) = participant_window(session, rowids)
        assert ndrc.name == "National Development and Reform Commission" and ndrc.events == 2
        by_events = participant_window(session, participant_rowids(session, "", "events", True))
        assert by_events[0].events >= by_events[-1].events
    assert set(titles(sample_store, EventFilter(participant=frozenset({ndrc.id})))) == {
        BRAZIL, WAIC}


def test_filters_survive_a_trip_through_json() -> None:
    original = EventFilter(text='"AI governance" 中国', date_from=date(2025, 1, 1),
                           country=frozenset({"CN", "LA"}), status=frozenset({"verified"}))
    assert EventFilter.from_json(original.to_json()) == original


def test_saved_searches_are_kept_in_the_database(ops: Operations) -> None:
    definition = EventFilter(text="ASEAN").to_json()
    saved = ops.save_search("ASEAN items", definition).ids("saved_search").pop()
    assert not ops.save_search("ASEAN items", definition)
    ops.save_search("ASEAN items", EventFilter(text="ASEAN forum").to_json())
    from desktop.core.models import SavedSearch

    with ops.store.session() as session:
        stored = session.get(SavedSearch, saved)
        assert stored is not None
        assert EventFilter.from_json(stored.definition).text == "ASEAN forum"
    ops.delete_saved_search(saved)


@pytest.mark.parametrize("large", [False, True])
@pytest.mark.parametrize(("sort", "descending"), [("date", True), ("date", False),
                                                  ("title", False), ("title", True),
                                                  ("country", False)])
def test_a_large_result_comes_in_the_same_order_as_a_small_one(
        sample_store: Store, monkeypatch: pytest.MonkeyPatch, large: bool, sort: str,
        descending: bool) -> None:
    """A result past ``LARGE_RESULT`` matches is picked out of the whole order
    instead of sorted; the list must not tell the difference."""
    from desktop.core import listing

    everything = titles(sample_store, EventFilter(), sort, descending)
    monkeypatch.setattr(listing, "LARGE_RESULT", 1 if large else 10**9)
    ai = titles(sample_store, EventFilter(text="ai"), sort, descending)
    assert ai == [title for title in everything if title in set(ai)]
    assert len(ai) >= 5
    china = titles(sample_store, EventFilter(text="china", status=frozenset({"verified"})),
                   sort, descending)
    assert china == [title for title in everything if title in set(china)] and china


@pytest.mark.parametrize("large", [False, True])
@pytest.mark.parametrize("query", ["ai", "china", "中国", "c", "media forum", "石中軍",
                                   "中国 forum c", "no such words"])
def test_search_text_alone_finds_what_it_finds_beside_any_other_filter(
        sample_store: Store, monkeypatch: pytest.MonkeyPatch, large: bool,
        query: str) -> None:
    """Search text alone reads the index's matches straight; with another
    filter the matches are looked up among the events.  A filter that keeps
    every event must leave the result as it is."""
    from desktop.core import listing
    from desktop.core.models import EVENT_STATUSES

    monkeypatch.setattr(listing, "LARGE_RESULT", 1 if large else 10**9)
    alone = titles(sample_store, EventFilter(text=query))
    beside = titles(sample_store, EventFilter(text=query, status=frozenset(EVENT_STATUSES)))
    assert alone == beside
    assert bool(alone) == (query != "no such words")


def test_renaming_a_participant_reindexes_every_event_naming_it(ops: Operations) -> None:
    """All the events' texts change in one statement; the full-text index
    follows each of them (its own integrity check, content included)."""
    people = [{"id": "00000000-0000-4000-8000-000000000001", "kind": "organization",
               "name": "Zhongguancun Development Group"}]
    events = [{"title": f"Visit {n}", "participants": [{"participant": people[0]["id"]}]}
              for n in range(60)]
    ops.bulk_import(people, events)
    store = ops.store
    assert len(found(store, "zhongguancun")) == 60
    ops.update_participant(people[0]["id"], {"name": "Beijing Tech Park Group",
                                             "native_name": "中關村發展集團"})
    assert found(store, "zhongguancun") == set()
    assert len(found(store, "tech park")) == 60 and len(found(store, "中关村")) == 60
    with store.session() as session:
        assert index_problems(session) == []
        session.execute(text("INSERT INTO event_fts (event_fts, rank) "
                             "VALUES ('integrity-check', 1)"))


def test_a_participants_other_fields_leave_its_events_texts_alone(
        ops: Operations, monkeypatch: pytest.MonkeyPatch) -> None:
    """Its country, kind, position, organisation type, affiliation, parent
    and notes are in no search text: changing them re-indexes none of its
    events (an organisation may be in thousands); its names still do."""
    import desktop.core.search as search

    people = [{"id": "00000000-0000-4000-8000-000000000002", "kind": "organization",
               "name": "Zhongguancun Development Group"}]
    ops.bulk_import(people, [{"title": f"Visit {n}", "participants": [
        {"participant": people[0]["id"]}]} for n in range(30)])
    written: list[int] = []
    writer = search.write_event_text
    monkeypatch.setattr(search, "write_event_text", lambda session, texts, **kw: (
        written.append(len(texts)), writer(session, texts, **kw))[1])
    ops.update_participant(people[0]["id"], {
        "kind": "group", "country": "CN", "position": "Host", "org_type": None,
        "notes": "Haidian district"})
    assert written == []
    ops.update_participant(people[0]["id"], {"aliases": ["ZGC Group"]})
    assert written == [30]
    assert len(found(ops.store, "zgc group")) == 30
    with ops.store.session() as session:
        assert index_problems(session) == []


def test_texts_read_from_whole_tables_are_those_read_by_chunks(
        sample_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Many events' texts are read from whole tables; a few by their ids.
    Both give every event the same text (tags, sources and participants in order)."""
    from desktop.core import search

    with sample_store.session() as session:
        every = list(session.scalars(select(Event.id).order_by(Event.seq)))
        some = every[1:6]
        forum = session.scalars(select(Event.id).where(Event.title == FORUM)).one()
        by_chunks = event_text(session, every), event_text(session, some)
        monkeypatch.setattr(search, "WHOLE_TABLES_FROM", 1)
        assert (event_text(session, every), event_text(session, some)) == by_chunks
    assert set(by_chunks[1]) == set(some)
    assert "石中军" in by_chunks[0][forum]  # a participant's native name, folded


def test_the_source_facet_counts_events_by_publisher(ops: Operations) -> None:
    """An event citing a publisher twice counts once; choosing publishers keeps
    the events with a source from any of them."""
    first = ops.create_event({"title": "Summit", "country": "CN"}).ids("event").pop()
    second = ops.create_event({"title": "Forum", "country": "LA"}).ids("event").pop()
    ops.create_event({"title": "Unsourced", "country": "LA"})
    for event_id, publisher in ((first, "Reuters"), (first, "Reuters"), (first, "新华社"),
                                (second, "Reuters"), (second, "")):
        ops.add_source(event_id, {"publisher": publisher, "title": "report"})
    with ops.store.session() as session:
        counts = {v.label: v.count for v in facet_counts(session, EventFilter())["publisher"]}
        assert counts == {"Reuters": 2, "新华社": 1}
        in_laos = facet_counts(session, EventFilter(country=frozenset({"LA"})))["publisher"]
        assert {v.label: v.count for v in in_laos} == {"Reuters": 1}
    assert titles(ops.store, EventFilter(publisher=frozenset({"新华社"}))) == ["Summit"]
    assert set(titles(ops.store, EventFilter(publisher=frozenset({"Reuters", "新华社"})))) \
        == {"Summit", "Forum"}
    assert EventFilter.from_json(EventFilter(publisher=frozenset({"新华社"})).to_json()) \
        == EventFilter(publisher=frozenset({"新华社"}))  # saved searches keep it


def _participant_id(store: Store, name: str) -> str:
    with store.session() as session:
        return session.scalars(select(Participant.id).where(Participant.name == name)).one()


def test_a_participant_with_those_under_it_finds_their_events_too(sample_store: Store) -> None:
    """Shanghai SASAC owns Donghao Lansheng Group (its parent), which organised
    WAIC; SASAC itself is in no event.  A chain goes down as far as it goes."""
    sasac = _participant_id(sample_store, "Shanghai State-owned Assets Supervision and "
                                          "Administration Commission")
    alone = EventFilter(participant=frozenset({sasac}))
    under = EventFilter(participant=frozenset({sasac}), with_members=True)
    assert titles(sample_store, alone) == []
    assert titles(sample_store, under) == [WAIC]
    # a subsidiary of Donghao, two levels under SASAC, signs in Brazil
    ops = Operations(sample_store, "Analyst")
    subsidiary = ops.create_participant({
        "kind": "organization", "name": "Donghao Robotics",
        "parent": _participant_id(sample_store, "Donghao Lansheng Group")}
    ).ids("participant").pop()
    with sample_store.session() as session:
        brazil = session.scalars(select(Event.id).where(Event.title == BRAZIL)).one()
    ops.link(brazil, subsidiary)
    assert set(titles(sample_store, under)) == {WAIC, BRAZIL}
    assert titles(sample_store, alone) == []
    assert EventFilter.from_json(under.to_json()) == under  # kept in saved searches
    # people count under the organisation they are affiliated to
    sberbank = _participant_id(sample_store, "Sberbank")
    assert len(titles(sample_store, EventFilter(participant=frozenset({sberbank}),
                                                with_members=True))) == 1


def test_the_relations_filter_finds_events_by_how_they_stand_to_others(
        sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    with sample_store.session() as session:
        ids = {title: event_id for event_id, title in session.execute(
            select(Event.id, Event.title))}
    ops.relate(ids[BRAZIL], {"related": ids[WAIC], "kind": "part_of"})
    counts = _relation_facet(sample_store, EventFilter())
    # the sample relates three pairs; the seminar is in two of them
    assert counts == {"Related to another": 5, "Part of another": 1, "Includes others": 1}
    assert titles(sample_store, EventFilter(relation=frozenset({"part_of"}))) == [BRAZIL]
    assert titles(sample_store, EventFilter(relation=frozenset({"includes"}))) == [WAIC]
    both = EventFilter(relation=frozenset({"part_of", "includes"}))
    assert set(titles(sample_store, both)) == {WAIC, BRAZIL}  # within a facet: either
    searched = EventFilter(text="ASEAN")
    assert _relation_facet(sample_store, searched) == {"Related to another": 3}
    assert EventFilter.from_json(both.to_json()) == both


def _relation_facet(store: Store, event_filter: EventFilter) -> dict[str, int]:
    with store.session() as session:
        return {value.label: value.count
                for value in facet_counts(session, event_filter)["relation"]}
