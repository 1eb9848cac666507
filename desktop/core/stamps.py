"""The times records carry ("2026-11-28T18:31:30Z", always UTC), shown in
this computer's time zone.  Light on purpose: the events list imports it
before the rest of the store is loaded."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
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


def day_start_stamp(day: date) -> str:
    """The stored time (UTC) at which ``day`` begins in this computer's time
    zone: changes from then on were made on that day or later, as the
    analyst counts days."""
    return datetime.combine(day, time()).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def local_zone() -> str:
    """This computer's time zone as it names itself ("CST", "UTC", "+08")."""
    return datetime.now().astimezone().tzname() or "local time"


_USUAL = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
# A spreadsheet's date and time ("11/30/2026 4:37", "30.11.2026 04:37:21 PM"),
# as Excel writes back a file's times once it has shown them its own way.
_SPREADSHEET = re.compile(r"(\d{1,2})([/.])(\d{1,2})\2(\d{4})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?"
                          r"\s*([ap]m)?", re.IGNORECASE)


def stored_stamp(text: str, *, day_first: bool | None = None) -> str | None:
    """A record's time as a file gives it, in the form stored
    ("2026-11-28T18:31:30Z", UTC); None when it is not a time.  Any ISO 8601
    form (a time without a zone taken as UTC, as the app writes them), and a
    spreadsheet's form where day and month cannot be mistaken for each other
    (a day past 12, or dots, which put the day first) or ``day_first`` says
    which comes first (as the file's other dates tell)."""
    if _USUAL.fullmatch(text):
        return text
    moment: datetime | None
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        moment = _spreadsheet_time(text.strip(), day_first)
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _spreadsheet_time(text: str, day_first: bool | None = None) -> datetime | None:
    found = _SPREADSHEET.fullmatch(text)
    if found is None:
        return None
    first, second = int(found[1]), int(found[3])
    if found[2] == "." or first > 12:
        day, month = first, second
    elif second > 12 or first == second:
        day, month = second, first
    elif day_first is not None:
        day, month = (first, second) if day_first else (second, first)
    else:
        return None  # 05/11/2026: May or November
    hour = int(found[5])
    if found[8]:  # 12:05 AM is five past midnight
        hour = hour % 12 + (12 if found[8].lower() == "pm" else 0)
    try:
        return datetime(int(found[4]), month, day, hour, int(found[6]), int(found[7] or 0))
    except ValueError:
        return None
