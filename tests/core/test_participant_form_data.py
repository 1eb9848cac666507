"""What the participant form says of a participant's engagement: the roles it
held and its events per year."""

from __future__ import annotations

from desktop.core.operations import Operations
from desktop.core.participant_form_data import (
    events_per_year,
    load_participant,
    roles_held,
)


def test_roles_and_years_count_each_event_once(ops: Operations) -> None:
    ndrc = ops.create_participant({"kind": "organization", "name": "NDRC"}).ids(
        "participant").pop()
    for title, date, roles in (("Signing", "2024-09-05", ["signatory"]),
                               ("Summit", "2025-07-28/2025-07-30", ["co-host", "speaker"]),
                               ("Forum", "2025-05", ["co-host"]),
                               ("Talks", "2025?", [""]),
                               ("Visit", None, ["speaker"]),
                               ("Centre", "199X", ["co-host"])):
        event_id = ops.create_event({"title": title, **({"date": date} if date else {})}
                                    ).ids("event").pop()
        for role in roles:
            ops.link(event_id, ndrc, {"role": role} if role else {})
    with ops.store.session() as session:
        data = load_participant(session, ndrc)
    assert data is not None and len(data.events) == 7  # links: the summit's two roles
    assert roles_held(data.events) == "co-host (3); speaker (2); no role (1); signatory (1)"
    # The summit once; "2025?" is in 2025 (as the counts by period put it); 199X is
    # not known to the year; the visit has no date.
    assert events_per_year(data.events) == (
        "2024: 1; 2025: 3; less precise: 1; no known start: 1")
    assert roles_held([]) == "" and events_per_year([]) == ""
