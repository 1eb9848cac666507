"""Facts about records that modules without SQLAlchemy need too (the
command line's exports load neither SQLAlchemy nor the models)."""

from __future__ import annotations

from datetime import UTC, datetime

VOCABULARIES = ("category", "event_type", "role", "org_type")


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
