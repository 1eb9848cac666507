"""A field left out of a record is no change, in an event's links, sources,
figures and relations as in the event: where another item of the same list
changed, the merge emptied it (our role, publisher, unit or note)."""

from __future__ import annotations

from typing import Any

from desktop.core.db import Store
from tests.exchange.test_json import export, import_into


def _event(document: dict[str, Any], title: str) -> dict[str, Any]:
    return next(event for event in document["events"] if event["title"].startswith(title))


def test_fields_left_out_of_one_of_our_items_keep_ours_when_the_list_changed(
        sample_store: Store) -> None:
    ours = export(sample_store)
    document = export(sample_store)
    waic = _event(document, "8th World Artificial Intelligence Conference")
    forum = _event(document, "2025 ASEAN-China Media Cooperation Forum")
    # One item of each list changed, another with a field left out.
    waic["participants"][0]["note"] = "via video"
    del waic["participants"][1]["role"]
    waic["sources"][0]["note"] = "read again"
    del waic["sources"][1]["publisher"]
    waic["figures"][0]["note"] = "as reported"
    del waic["figures"][1]["unit"]
    forum["figures"][0]["note"] = "counted twice"
    del forum["related"][0]["note"]
    forum["related"][0]["kind"] = "follow_up"
    import_into(sample_store, document, policy="theirs")

    after = export(sample_store)
    before_waic, after_waic = (_event(d, "8th World Artificial Intelligence Conference")
                               for d in (ours, after))
    assert after_waic["participants"][0]["note"] == "via video"
    assert after_waic["participants"][1]["role"] == before_waic["participants"][1]["role"]
    assert after_waic["sources"][0]["note"] == "read again"
    assert after_waic["sources"][1]["publisher"] == before_waic["sources"][1]["publisher"] != ""
    assert after_waic["figures"][0]["note"] == "as reported"
    assert after_waic["figures"][1]["unit"] == before_waic["figures"][1]["unit"] != ""
    before_forum, after_forum = (_event(d, "2025 ASEAN-China Media Cooperation Forum")
                                 for d in (ours, after))
    assert after_forum["related"][0]["kind"] == "follow_up"
    assert after_forum["related"][0]["note"] == before_forum["related"][0]["note"] != ""
