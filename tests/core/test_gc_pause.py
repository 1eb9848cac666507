"""The cycle collector paused less while an import works, and put back as it
was afterwards — after an error too, and after nested pauses."""

from __future__ import annotations

import gc

import pytest

from desktop.core.db import Store
from desktop.core.gc_pause import fewer_collections, settle, unsettle
from desktop.core.operations import Operations
from tests.exchange.test_json import export, import_into


def test_a_pause_raises_the_threshold_and_puts_it_back_even_after_an_error() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), fewer_collections():
        assert gc.get_threshold()[0] > 10 * before[0]
        assert gc.get_freeze_count() > 0  # what was there is not walked again
        with fewer_collections():
            pass
        assert gc.get_threshold()[0] > 10 * before[0]  # the inner one ends, the pause not
        raise RuntimeError
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_an_import_leaves_the_collector_as_it_found_it(sample_store: Store,
                                                       ops: Operations) -> None:
    before = gc.get_threshold()
    document = export(sample_store)
    import_into(ops.store, document)
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    assert len(export(ops.store)["events"]) == len(document["events"])


def test_what_the_window_holds_stays_set_aside_through_an_import_and_its_garbage_goes(
        ) -> None:
    import weakref

    class Node:
        other: object = None

    try:
        settle()
        assert gc.get_freeze_count() > 0  # the objects alive now are walked no more
        with fewer_collections():
            first, second = Node(), Node()
            first.other, second.other = second, first  # a cycle left by the import
            gone = weakref.ref(first)
            del first, second
        assert gone() is None  # collected, not set aside with the rest
        assert gc.get_freeze_count() > 0  # the rest still set aside
    finally:
        unsettle()
    assert gc.get_freeze_count() == 0
