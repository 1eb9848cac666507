"""Countries to fill in together (Gaps in the data's "Fill in from their
places…" and "… affiliations and parents…"): those events' places give, and
those of the organisations participants are under."""

from __future__ import annotations

from desktop.core.country_fills import (
    countries_from_places,
    countries_from_references,
    fillable_note,
)
from desktop.core.models import Participant
from desktop.core.operations import Operations


def _event(ops: Operations, title: str, place: str, country: str = "") -> str:
    values = {"title": title, "date": "2025-05", "place": place}
    if country:
        values["country"] = country
    return str(ops.create_event(values).ids("event").pop())


def test_each_place_gives_its_events_the_country_it_says(ops: Operations) -> None:
    _event(ops, "Mekong AI week", "Vientiane", "LA")
    _event(ops, "Laos data forum", "Vientiane", "LA")
    vientiane = _event(ops, "Laos AI forum", "Vientiane")
    davos = [_event(ops, f"Davos AI breakfast {n}", "Davos") for n in (1, 2)]
    _event(ops, "Davos AI dinner", "Davos", "CH")  # has a country: not read again
    kenya = _event(ops, "Nairobi AI summit", "Nairobi, Kenya")
    cambridge = _event(ops, "Cambridge AI talk", "Cambridge")
    _event(ops, "Hall talk", "Lancang Hall")
    _event(ops, "Placeless talk", "")
    with ops.store.session() as session:
        read = countries_from_places(session)
    assert [(fill.name, fill.code, fill.because, fill.ids) for fill in read.fills] == [
        # the most events first
        ("Davos", "CH", "1 other event there has it", tuple(davos)),
        ("Nairobi, Kenya", "KE", "the place names it", (kenya,)),
        ("Vientiane", "LA", "2 other events there have it", (vientiane,)),
    ]
    assert [(place, named.codes[:3], events) for place, named, events in read.unsure] == [
        ("Cambridge", ("GB", "CA", "US"), 1)]
    assert read.unknown == 1  # Lancang Hall
    assert cambridge not in {event for fill in read.fills for event in fill.ids}


def test_a_place_no_other_event_has_gives_its_towns_country(ops: Operations) -> None:
    first = _event(ops, "Swiss AI breakfast", "Davos")
    with ops.store.session() as session:
        read = countries_from_places(session)
    assert [(fill.code, fill.because, fill.ids) for fill in read.fills] == [
        ("CH", "Davos is in Switzerland", (first,))]


def test_an_import_is_told_of_its_events_whose_place_gives_their_country(
        ops: Operations) -> None:
    ours = _event(ops, "Swiss AI breakfast", "Davos")
    theirs = [_event(ops, f"Laos AI day {n}", "Vientiane, Laos") for n in (1, 2)]
    elsewhere = _event(ops, "Hall talk", "Lancang Hall")
    with ops.store.session() as session:
        assert fillable_note(session, {*theirs, elsewhere}) == (
            "2 events imported have no country though their places give one: Tools ▸ Gaps in"
            " the data… ▸ Fill in from their places.")
        assert fillable_note(session, {theirs[0]}).startswith(
            "1 event imported has no country though its place gives one:")
        assert fillable_note(session, None).startswith("3 events imported")  # a whole dataset
        assert fillable_note(session, {elsewhere}) == ""
    ops.update_event(ours, {"country": "CH"})
    with ops.store.session() as session:
        assert fillable_note(session, {ours}) == ""


def test_participants_are_given_the_country_of_the_organisation_they_are_under(
        ops: Operations) -> None:
    def made(values: dict[str, str]) -> str:
        return str(ops.create_participant(values).ids("participant").pop())

    ministry = made({"kind": "organization", "name": "Ministry of Science", "country": "CN"})
    bureau = made({"kind": "organization", "name": "Bureau of AI", "parent": ministry})
    person = made({"kind": "person", "name": "Li Ming", "affiliation": bureau})
    made({"kind": "group", "name": "Delegates", "parent": ministry})  # a group: of many
    made({"kind": "person", "name": "Ana Silva", "affiliation": ministry, "country": "BR"})
    alone = made({"kind": "organization", "name": "Free Lab"})
    made({"kind": "person", "name": "Wang Fang", "affiliation": alone})  # none above
    kenya = made({"kind": "country", "name": "Kenya"})
    assert_country(ops, kenya, "KE")  # a country added is the country its name names
    ops.update_participant(kenya, {"country": None})  # as an older import left one
    with ops.store.session() as session:
        fills = countries_from_references(session)
    assert [(fill.name, fill.code, fill.because, fill.ids) for fill in fills] == [
        ("Bureau of AI", "CN", "its parent organisation, Ministry of Science, is in China",
         (bureau,)),
        ("Li Ming", "CN", "Ministry of Science, above its affiliation, is in China", (person,)),
        ("Kenya", "KE", "the country it is", (kenya,)),
    ]


def test_a_participant_is_given_the_country_its_name_says_in_brackets(
        ops: Operations) -> None:
    def made(values: dict[str, str]) -> str:
        return str(ops.create_participant(values).ids("participant").pop())

    china = made({"kind": "organization", "name": "State Council", "country": "CN"})
    # its own name says Brazil, whatever the organisation above it is in
    ministry = made({"kind": "organization", "name": "Ministry of Foreign Affairs (Brazil)",
                     "parent": china})
    made({"kind": "organization", "name": "Ministry of Finance (MoF)"})  # no country named
    made({"kind": "organization", "name": "Foreign Ministry (Laos)", "country": "LA"})  # has one
    with ops.store.session() as session:
        fills = countries_from_references(session)
    assert [(fill.name, fill.code, fill.because, fill.ids) for fill in fills] == [
        ("Ministry of Foreign Affairs (Brazil)", "BR", "its name says Brazil", (ministry,))]


def test_a_participant_is_given_the_country_its_name_opens_with_or_says_otherwise(
        ops: Operations) -> None:
    """A Chinese list's 泰国数字经济与社会部 (its native name too), "Brazil's …",
    "… of Laos"; not a body two countries share, 中国—东盟中心 or
    中国-巴西人工智能应用合作中心, nor one whose name is its country's alone."""
    def made(values: dict[str, str]) -> str:
        return str(ops.create_participant(values).ids("participant").pop())

    thai = made({"kind": "organization", "name": "泰国数字经济与社会部"})
    lao = made({"kind": "organization", "name": "MTC", "native_name": "老挝技术与通信部"})
    brazil = made({"kind": "organization", "name": "Brazil's Ministry of Science"})
    laos = made({"kind": "organization", "name": "National Library of Laos"})
    for shared in ("中国—东盟中心", "中国-巴西人工智能应用合作中心", "中非数字技术合作中心",
                   "美国之音"):
        made({"kind": "organization", "name": shared})
    with ops.store.session() as session:
        fills = countries_from_references(session)
    assert [(fill.name, fill.code, fill.because, fill.ids) for fill in fills] == [
        ("泰国数字经济与社会部", "TH", "its name says 泰国", (thai,)),
        ("MTC", "LA", "its name says 老挝", (lao,)),
        ("Brazil's Ministry of Science", "BR", "its name says Brazil", (brazil,)),
        ("National Library of Laos", "LA", "its name says Laos", (laos,))]


def assert_country(ops: Operations, participant_id: str, code: str | None) -> None:
    with ops.store.session() as session:
        found = session.get(Participant, participant_id)
        assert found is not None and found.country == code


def test_a_country_put_back_by_an_undo_is_as_it_was(ops: Operations) -> None:
    from desktop.core.undo import invert

    kenya = str(ops.create_participant({"kind": "country", "name": "Kenya"})
                .ids("participant").pop())
    ops.update_participant(kenya, {"country": None})  # as an older import left one
    deleted = ops.delete_participant(kenya)
    invert(ops, deleted)  # the deletion undone
    assert_country(ops, kenya, None)
