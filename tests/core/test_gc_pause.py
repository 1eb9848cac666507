"""The cycle collector paused less while an import works, and put back as it
was afterwards — after an error too, and after nested pauses."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest

from desktop.core.db import Store
from desktop.core.gc_pause import (
    collect_anywhere,
    collect_here_only,
    collect_if_due,
    fewer_collections,
    settle,
    unsettle,
)
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


class Node:
    other: object = None


def _cycle() -> weakref.ref[Node]:
    first, second = Node(), Node()
    first.other, second.other = second, first
    return weakref.ref(first)


def test_what_the_window_holds_stays_set_aside_through_an_import_and_its_garbage_goes(
        ) -> None:
    try:
        settle()
        assert gc.get_freeze_count() > 0  # the objects alive now are walked no more
        with fewer_collections():
            gone = _cycle()  # a cycle left by the import
        assert gone() is None  # collected, not set aside with the rest
        assert gc.get_freeze_count() > 0  # the rest still set aside
    finally:
        unsettle()
    assert gc.get_freeze_count() == 0


def test_with_one_thread_named_the_collector_runs_there_only_as_often_as_python_would(
        ) -> None:
    gc.collect()  # what is new counts from here
    try:
        collect_here_only()
        assert not gc.isenabled()  # no collection on whatever thread passes the threshold
        gone = _cycle()
        assert collect_if_due() == 0 and gone() is not None  # too few new objects yet
        kept = [[number] for number in range(2 * gc.get_threshold()[0])]
        assert collect_if_due() > 0 and gone() is None
        assert kept
    finally:
        collect_anywhere()
    assert gc.isenabled()


def test_an_import_ending_on_a_worker_leaves_its_collection_to_the_collecting_thread(
        ) -> None:
    gone: list[weakref.ref[Node]] = []

    def import_on_a_worker() -> None:
        with fewer_collections():
            gone.append(_cycle())  # a cycle left by the import

    try:
        settle()
        collect_here_only()
        worker = threading.Thread(target=import_on_a_worker)
        worker.start()
        worker.join()
        assert gone[0]() is not None  # not collected on the worker
        assert gc.get_freeze_count() == 0  # and the pause is over
        assert collect_if_due() > 0 and gone[0]() is None  # its collection, here
        assert gc.get_freeze_count() > 0  # what is alive set aside again
    finally:
        collect_anywhere()
        unsettle()
    assert gc.get_freeze_count() == 0
