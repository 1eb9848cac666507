"""A process for the crash tests to kill: ``python -m tests.crash_worker``.

``edits DB RUN`` makes edits one after another through the operations layer and
prints ``saved N`` after each has been committed, so the parent knows which
edits were reported saved when it kills the process.

``document FILE COUNT`` writes a JSON document of COUNT events (each linked to
two of a few hundred participants) for the import crash test.
"""

from __future__ import annotations

import json
import sys
import uuid
from pathlib import Path


def _edits(database: Path, run: str) -> None:
    from desktop.core.db import open_store
    from desktop.core.operations import Operations

    ops = Operations(open_store(database), "Crash test")
    number = 0
    while True:
        number += 1
        report = ops.create_event({"title": f"{run} edit {number}", "date": "2025-03-04",
                                   "summary": "x" * (number % 500)})
        event_id = next(iter(report.events_touched()))
        ops.update_event(event_id, {"place": f"Place {number}"})
        print(f"saved {number}", flush=True)


def write_document(path: Path, count: int) -> None:
    participants = [{"id": str(uuid.UUID(int=index + 1)), "kind": "organization",
                     "name": f"Organisation {index}", "native_name": f"机构{index}"}
                    for index in range(300)]
    events = []
    for index in range(count):
        events.append({
            "id": str(uuid.UUID(int=10**9 + index)), "title": f"Imported event {index}",
            "date": f"{2000 + index % 25}-{1 + index % 12:02d}-{1 + index % 28:02d}",
            "summary": f"Summary of event {index}, 会议 {index}", "status": "draft",
            "participants": [
                {"id": str(uuid.UUID(int=2 * 10**9 + 2 * index + side)),
                 "participant": participants[(index + 7 * side) % 300]["id"], "role": "host"}
                for side in range(2)],
            "sources": [], "figures": [], "tags": ["crash"]})
    document = {"format": "engagement-curator", "format_version": 1,
                "exported_at": "2025-01-01T00:00:00Z", "vocabularies": {},
                "participants": participants, "events": events}
    path.write_text(json.dumps(document), encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1] == "edits":
        _edits(Path(sys.argv[2]), sys.argv[3])
    else:
        write_document(Path(sys.argv[2]), int(sys.argv[3]))
