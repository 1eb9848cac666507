"""The times records carry ("2026-11-28T18:31:30Z", always UTC), shown in
this computer's time zone.  Light on purpose: the events list imports it
before the rest of the store is loaded."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache


@lru_cache(maxsize=4096)
def local_stamp(stamp: str, *, seconds: bool = False) -> str:
    """A stored time ("2026-11-28T18:31:30Z", always UTC) in this computer's
    time zone, as the analyst lives it: "2026-11-29 02:31" in Beijing.  Text
    that is not such a time is shown as it is."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def local_zone() -> str:
    """This computer's time zone as it names itself ("CST", "UTC", "+08")."""
    return datetime.now().astimezone().tzname() or "local time"
