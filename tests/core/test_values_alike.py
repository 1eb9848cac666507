"""A vocabulary value written another way is recognised before it is added."""

from __future__ import annotations

import pytest

from desktop.core.db import Store
from desktop.core.vocabularies import values_alike


@pytest.mark.parametrize(("vocabulary", "typed", "alike"), [
    ("role", "cohost", ["co-host"]),
    ("role", "Co  Host", ["co-host"]),
    ("role", "organiser", ["organizer"]),
    ("role", "speakers", ["speaker"]),
    ("event_type", "Joint center", ["joint centre"]),
    ("org_type", "think-tank", ["think tank"]),
    ("role", "observer", []),
    ("event_type", "workshop", []),
    ("role", "host country", []),
])
def test_a_value_written_another_way_is_found(empty_store: Store, vocabulary: str, typed: str,
                                              alike: list[str]) -> None:
    with empty_store.session() as session:
        assert values_alike(session, vocabulary, typed) == alike
