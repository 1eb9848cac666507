"""Zero-width characters at the ends of a value (copied from a web page or a
PDF) are not kept, and a title of nothing else is no title."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from desktop.core.changes import ValidationError
from desktop.core.db import Store
from desktop.core.exchange.json_import import apply_import, plan_import
from desktop.core.models import Event, Participant
from desktop.core.operations import Operations

ZWSP, BOM, RLM = "\u200b", "\ufeff", "\u200f"


@pytest.mark.parametrize("title", [ZWSP * 2, f" {ZWSP} {BOM} ", "\u2060\u00ad"])
def test_a_title_of_invisible_characters_alone_is_refused(sample_store: Store,
                                                         title: str) -> None:
    with pytest.raises(ValidationError, match="title: is required"):
        Operations(sample_store).create_event({"title": title, "date": "2025-03-04"})


def test_invisible_characters_at_the_ends_are_dropped_and_marks_kept(
        sample_store: Store) -> None:
    ops = Operations(sample_store)
    report = ops.create_event({"title": f"{BOM}Digital Silk Road Forum{ZWSP} ",
                               "place": f"{ZWSP}Xi{ZWSP}an ", "date": "2025-03-04"})
    event_id = report.ids("event").pop()
    named = ops.create_participant({"kind": "organization",
                                    "name": f"مجلس التعاون{RLM}{ZWSP}"})
    with sample_store.session() as session:
        event = session.get(Event, event_id)
        assert event is not None
        assert event.title == "Digital Silk Road Forum"
        assert event.place == f"Xi{ZWSP}an"  # inside a value, as typed
        person = session.get(Participant, named.ids("participant").pop())
        assert person is not None and person.name == f"مجلس التعاون{RLM}"


def test_a_colleagues_file_with_an_invisible_title_is_refused_whole(
        sample_store: Store) -> None:
    document = {"format": "engagement-curator", "format_version": 1,
                "exported_at": "2026-01-01T00:00:00Z", "participants": [],
                "events": [{"id": str(uuid.uuid4()), "title": "A real one", "date": "2025"},
                           {"id": str(uuid.uuid4()), "title": ZWSP, "date": "2025"}]}
    with sample_store.session() as session:
        before = session.scalars(select(Event.title)).all()
    with pytest.raises(ValidationError, match=r"events\[1\].*title: is required"):
        with sample_store.session() as session:
            plan = plan_import(session, document)
        apply_import(Operations(sample_store), plan, "fail")
    with sample_store.session() as session:
        assert session.scalars(select(Event.title)).all() == before
