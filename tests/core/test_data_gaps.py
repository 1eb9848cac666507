"""What the events still lack, each kind with exactly its events."""

from __future__ import annotations

from desktop.core.data_gaps import data_gaps
from desktop.core.operations import Operations


def test_each_gap_lists_exactly_the_records_that_have_it(ops: Operations) -> None:
    someone = ops.create_participant({"kind": "person", "name": "Li Wei"}).ids(
        "participant").pop()
    nowhere = ops.create_participant({"kind": "organization", "name": "Idle Office"}).ids(
        "participant").pop()
    busy = ops.create_participant({"kind": "organization", "name": "Busy", "country": "CN"}
                                  ).ids("participant").pop()
    group = ops.create_participant({"kind": "group", "name": "Delegates"}).ids(
        "participant").pop()  # a group needs no country

    def event(title: str, **values: object) -> str:
        return ops.create_event({"title": title, **values}).ids("event").pop()

    complete = event("Complete", date="2025-05-25", country="CN", summary="Met.",
                     status="verified")
    ops.add_source(complete, {"publisher": "Xinhua"})
    ops.link(complete, someone)
    bare = event("Bare")
    disputed = event("Disputed", date="2025-07-26/2025-07-30", date_note="26–28 or 28–30",
                     country="CN", summary="Met.", status="verified")
    unsure = event("Unsure", date="2025?", country="LA", summary="Met.",
                   status="needs_review")
    # Two reports from one publisher are one publisher; a second one corroborates.
    ops.add_source(complete, {"publisher": "Xinhua", "title": "a follow-up"})
    ops.add_source(disputed, {"publisher": "Reuters"})
    ops.add_source(disputed, {"publisher": "CNN"})
    ops.add_source(unsure, {"publisher": "", "title": "an unsigned post"})
    # one of the two sources of the complete event keeps a saved copy
    ops.add_source(complete, {"publisher": "Xinhua", "copy_sha256": "ab" * 32,
                              "copy_name": "xinhua.pdf"})
    elsewhere = event("Elsewhere", date="2025-05-25", country="ZA", place="Kunming",
                      summary="Met.", status="verified")
    ops.add_source(elsewhere, {"publisher": "Reuters"})
    ops.add_source(elsewhere, {"publisher": "CNN", "copy_sha256": "cd" * 32,
                               "copy_name": "cnn.pdf"})
    ops.link(elsewhere, someone)
    for title, place, country in (("Named", "Lancang Hall, Laos", "TH"),
                                  ("At home", "Kunming", "CN"),  # no word: all is well
                                  ("Anywhere", "Cambridge", "LA"),  # may be: a name of many
                                  ("Unknown", "Lancang Hall", "LA")):
        unchecked = event(title, date="2025-05-25", country=country, place=place,
                          summary="Met.", status="verified")
        ops.add_source(unchecked, {"publisher": "Reuters", "copy_sha256": "ef" * 32,
                                   "copy_name": "r.pdf"})
        ops.add_source(unchecked, {"publisher": "CNN"})
        ops.link(unchecked, someone)
        if title == "Named":
            named = unchecked
    with ops.store.session() as session:
        gaps = {gap.key: set(gap.ids) for gap in data_gaps(session)}
    assert gaps == {
        "no_date": {bare},
        "far_dates": set(),
        "no_country": {bare},
        "place_elsewhere": {elsewhere, named},
        "no_source": {bare},
        "one_publisher": {complete},
        "no_saved_copy": {disputed, unsure},
        "no_participant": {bare, disputed, unsure},
        "no_summary": {bare},
        "disputed": {disputed},
        "uncertain": {unsure},
        "draft": {bare},  # a new event starts as a draft
        "participant_no_country": {someone, nowhere},
        "participant_unlinked": {nowhere, busy, group},
    }


def test_dates_a_century_from_the_others_are_set_apart(ops: Operations) -> None:
    """A year typed wrong stands apart from the dataset's period; a period of a
    century and more with no such gap in it is not flagged, however long."""
    def event(title: str, date: str) -> str:
        return ops.create_event({"title": title, "date": date}).ids("event").pop()

    def far() -> set[str]:
        with ops.store.session() as session:
            return next(set(gap.ids) for gap in data_gaps(session) if gap.key == "far_dates")

    for year in range(1950, 2030, 10):  # the history of a partnership
        event(f"Meeting {year}", f"{year}-05")
    event("Bandung", "1955-04-18/1955-04-24")
    assert far() == set()
    slipped = event("Forum (typed 0205)", "0205-05-25")
    twin = event("Forum again (typed 0205)", "0205-06-01")
    placeholder = event("Placeholder", "9999-12-31")
    open_start = ops.create_event({"title": "Open", "date": "../2025"}).ids("event").pop()
    assert far() == {slipped, twin, placeholder}
    assert open_start not in far()


def test_a_dataset_of_placeholders_flags_the_few_real_dates(ops: Operations) -> None:
    """The fullest group is the rest, wherever it lies: here the year 9999."""
    placeholders = {ops.create_event({"title": f"Unknown {n}", "date": "9999-12-31"}).ids(
        "event").pop() for n in range(3)}
    real = ops.create_event({"title": "Summit", "date": "2025-05-25"}).ids("event").pop()
    with ops.store.session() as session:
        far = next(set(gap.ids) for gap in data_gaps(session) if gap.key == "far_dates")
    assert far == {real} and not far & placeholders


def test_of_two_dates_a_century_apart_the_earlier_is_flagged(ops: Operations) -> None:
    """With no fuller group to go by, the later date is taken for the period."""
    ops.create_event({"title": "Summit", "date": "2025-05-25"})
    slipped = ops.create_event({"title": "Summit (0205)", "date": "0205-05-25"}).ids(
        "event").pop()
    with ops.store.session() as session:
        far = next(set(gap.ids) for gap in data_gaps(session) if gap.key == "far_dates")
    assert far == {slipped}
