"""A colleague's older copy merged into a dataset whose participants were
merged meanwhile: their references to the one merged away are to the one kept."""

from __future__ import annotations

from sqlalchemy import select

from desktop.core.db import Store
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
