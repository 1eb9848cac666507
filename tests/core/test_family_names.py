"""A person named by title and family name ("President Putin", "Premier Li",
"Mr. Gref", 李总理) is found as the known person of that family name, when only
one has it; a family name without a title finds no one."""

from __future__ import annotations

from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from desktop.core.identity import find_duplicate_participants
from desktop.core.models import Event
from desktop.core.name_finding import find_mentions
from desktop.core.operations import Operations


def _named(store: Store, text: str) -> list[str]:
    with store.session() as session:
        return [name for _id, name, _native in propose_event(session, text).participants]


def test_a_title_and_a_family_name_name_the_one_person_of_that_name(
        sample_store: Store) -> None:
    # the seed's Sberbank item: "President Putin’s January directive"
    assert "Vladimir Putin" in _named(
        sample_store, "The collaboration follows President Putin’s January directive.")
    # a Chinese name's family name comes first: Li Qiang, 李強
    assert _named(sample_store, "Premier Li opened the forum; Mr. Gref spoke.") == [
        "Li Qiang", "German Gref"]
    # no title: a word that happens to be a family name is no one
    assert _named(sample_store, "Putin-era reforms; a Gref-like plan; Li is a river.") == []


def test_a_chinese_family_name_before_a_title_names_the_one_person_of_that_name(
        sample_store: Store) -> None:
    """李总理 and 王外长 (in either character set) are the sample's 李強 and 王毅;
    李 in a word of its own (李子) or before no title is no one."""
    assert _named(sample_store, "李總理出席开幕式，王外长致辞。") == ["Li Qiang", "Wang Yi"]
    assert _named(sample_store, "李子和王府井") == []


def test_a_family_name_two_people_share_names_neither(sample_store: Store) -> None:
    Operations(sample_store, "Analyst").create_participant(
        {"kind": "person", "name": "Li Hua", "native_name": "李华"})
    assert _named(sample_store, "Premier Li opened the forum.") == []
    assert _named(sample_store, "李总理出席。") == []
    assert _named(sample_store, "Premier Li Qiang opened the forum.") == ["Li Qiang"]


def test_find_mentions_finds_a_person_named_by_title_and_family_name(
        sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    with sample_store.session() as session:
        event_id = session.scalars(select(Event.id).where(
            Event.title.like("2025 ASEAN-China Media%"))).one()
    ops.update_event(event_id, {"summary": "Messages were read from President Putin."})
    with sample_store.session() as session:
        found = {m.participant_name: m.found for m in find_mentions(session, [event_id])}
    assert found.get("Vladimir Putin") == "Putin"


def _duplicates_of(store: Store, name: str) -> dict[str, tuple[int, tuple[str, ...]]]:
    """The participants Find duplicates pairs with ``name``: their score and reasons."""
    with store.session() as session:
        found = find_duplicate_participants(session)
    found_with = {}
    for candidate in found:
        # a name is shown with its native name in brackets: "Li Qiang (李強)"
        first, second = (shown.split(" (")[0] for shown in (candidate.first_name,
                                                            candidate.second_name))
        if name in (first, second):
            found_with[second if first == name else first] = (candidate.score,
                                                              candidate.reasons)
    return found_with


def test_a_participant_named_by_title_and_family_name_is_offered_as_a_duplicate(
        sample_store: Store) -> None:
    """An import that created "President Putin" and 李总理 beside the sample's
    Vladimir Putin and Li Qiang (李強): Find duplicates pairs each with the
    person of its family name, and says why."""
    ops = Operations(sample_store, "Analyst")
    ops.create_participant({"kind": "person", "name": "President Putin", "country": "RU"})
    ops.create_participant({"kind": "person", "name": "Chinese premier",
                            "native_name": "李总理"})
    putin = _duplicates_of(sample_store, "President Putin")
    assert set(putin) == {"Vladimir Putin"}
    score, reasons = putin["Vladimir Putin"]
    assert score >= 50
    assert "“President Putin” is a title and the family name of Vladimir Putin" in reasons
    assert "same country (Russian Federation)" in reasons
    li = _duplicates_of(sample_store, "Chinese premier")
    assert set(li) == {"Li Qiang"}
    assert "“李总理” is a title and the family name of Li Qiang" in li["Li Qiang"][1]


def test_people_sharing_a_family_name_are_not_duplicates_for_it(sample_store: Store) -> None:
    """Li Hua and Li Qiang share 李 and "Li": neither is offered as the other;
    "Premier Li" is offered with both, for the analyst to choose."""
    ops = Operations(sample_store, "Analyst")
    ops.create_participant({"kind": "person", "name": "Li Hua", "native_name": "李华"})
    assert "Li Qiang" not in _duplicates_of(sample_store, "Li Hua")
    ops.create_participant({"kind": "person", "name": "Premier Li"})
    assert set(_duplicates_of(sample_store, "Premier Li")) == {"Li Qiang", "Li Hua"}
    # an organisation so named is not a person
    ops.create_participant({"kind": "organisation", "name": "Minister Gref"})
    assert _duplicates_of(sample_store, "Minister Gref") == {}
