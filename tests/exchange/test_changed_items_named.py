"""A colleague's changed event whose link, source or figure the store
refuses: the refusal names the item, not only the field."""

from __future__ import annotations

import pytest

from desktop.core.changes import ValidationError
from desktop.core.db import Store
from tests.exchange.test_json import export, import_into


def test_a_refused_item_of_a_changed_event_is_named_by_its_place_in_the_list(
        sample_store: Store) -> None:
    document = export(sample_store)
    event = next(event for event in document["events"]
                 if len(event["participants"]) > 3 and event["sources"])
    event["participants"][3]["note"] = "said at length " * 100
    event["sources"][0]["url"] = "the ministry's site"
    with pytest.raises(ValidationError) as refused:
        import_into(sample_store, document, "theirs")
    where = f"event “{event['title']}” ({event['id']}), "
    assert [str(problem) for problem in refused.value.problems] == [
        f"{where}participants[3].note: is longer than 1000 characters",
        f"{where}sources[0].url: 'the ministry's site' is not a web address (http:// or "
        "https://)"]
