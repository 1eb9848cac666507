"""A colleague's older copy merged into a dataset whose participants were
merged meanwhile: their references to the one merged away are to the one kept."""

from __future__ import annotations

from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.exchange.json_import import plan_import
from desktop.core.models import Participant
from desktop.core.operations import Operations
from tests.exchange.test_json import export, import_into


def test_an_affiliation_to_a_participant_merged_here_is_to_the_one_kept(
        sample_store: Store) -> None:
    """We merged a centre into another organisation; a colleague's older copy
    still has the centre, and a person affiliated to it.  The centre is matched
    to ours by its name (an alias of ours now), but the person's affiliation,
    taken as theirs, still named the centre's id: the import was refused with
    "affiliation: no participant has the id …"."""
    document = export(sample_store)
    with sample_store.session() as session:
        ids = {name: pid for pid, name in session.execute(
            select(Participant.id, Participant.name))}
    kept, merged = ids["ASEAN Youth Organization"], ids["ASEAN-China Centre"]
    Operations(sample_store, "Analyst").merge_participants(kept, merged)
    import_into(sample_store, document, "theirs")
    with sample_store.session() as session:
        person = session.get(Participant, ids["Shi Zhongjun"])
        assert person is not None and person.affiliation_id == kept
        assert session.get(Participant, merged) is None  # not brought back


def test_a_participant_of_theirs_is_matched_by_name_only_to_one_of_its_sort(
        sample_store: Store) -> None:
    """Their organisation named as a person or a country of ours is not that
    one (its people's affiliation to it refused the import); organisations
    and groups match each other, as analysts tell them apart differently."""
    document = export(sample_store)
    ours = {p["name"]: p for p in document["participants"]}
    assert ours["Wang Yi"]["kind"] == "person" and ours["Laos"]["kind"] == "country"
    ngo = ours["Association of Southeast Asian Nations"]
    document["participants"] = [
        {"id": "0d000000-0000-4000-8000-000000000001", "kind": "organization", "name": "Wang Yi"},
        {"id": "0d000000-0000-4000-8000-000000000002", "kind": "organization", "name": "LAOS"},
        {"id": "0d000000-0000-4000-8000-000000000003", "kind": "group", "name": ngo["name"]},
        {"id": "0d000000-0000-4000-8000-000000000004", "kind": "person", "name": "Mr Someone",
         "affiliation": "0d000000-0000-4000-8000-000000000002"}]
    document["events"] = []
    document["not_duplicates"] = []
    with sample_store.session() as session:
        plan = plan_import(session, document)
    assert [match.describe() for match in plan.name_matches] == [
        f"{ngo['name']}  →  {ngo['name']}"]
    import_into(sample_store, document)
    with sample_store.session() as session:
        person = session.get(Participant, "0d000000-0000-4000-8000-000000000004")
        assert person is not None
        assert person.affiliation_id == "0d000000-0000-4000-8000-000000000002"  # theirs, new
