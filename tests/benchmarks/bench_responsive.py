"""How long the window stops answering after a search at 100 000 events: the
longest the event loop was held, from the search until everything shown has
its result.  Two scenes: the timeline shown (lanes by country), where the
list, the facets and the timeline follow the search; and the list shown with
the counts dialog and Who works with whom open beside the window, which count
again too.  Measured with those reads made beside the window, as the app does
in a large database, and with all of them made at once on the window's
thread (the baseline), in the same run and on the same searches."""

from __future__ import annotations

import gc
import statistics
import tempfile
import time

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from desktop.core.db import Store
from desktop.ui import latest_query
from tests.benchmarks.common import Result, result

SEARCHES = ("forum", "", "energy", "", "ai governance", "", "cooperation", "")
TIMER_MS = 5
SETTLE_LIMIT_S = 20.0


class _Watch:
    """The longest gap between the ticks of a 5 ms timer: the longest the
    window's thread was busy with something else."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(TIMER_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def reset(self) -> None:
        self.longest, self._last = 0.0, time.perf_counter()


def _longest_blocks(store: Store, beside_from: int, scene: str) -> list[float]:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.network_dialog import show_network
    from desktop.ui.tally_dialog import show_tally

    latest_query.BESIDE_FROM = beside_from
    app = QApplication.instance()
    assert app is not None
    window = MainWindow(store, analyst="Benchmark")
    window.resize(1400, 820)
    window.show()
    reads = [window.filter_panel.counting]
    if scene == "timeline":
        window.tabs.setCurrentWidget(window.timeline)
        window.timeline.set_grouping("country")
    else:
        reads += [show_tally(window).reading, show_network(window).reading]
    watch = _Watch()

    def settled() -> bool:
        return not (any(read.busy for read in reads) or window.timeline.data.pending)

    def settle() -> None:
        end = time.perf_counter() + SETTLE_LIMIT_S
        app.processEvents()
        while not settled() and time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.001)
        for _ in range(5):  # the repaints the results ask for
            app.processEvents()

    settle()
    blocks = []
    for text in SEARCHES:
        watch.reset()
        window.search_box.setText(text)
        window.search_box.flush()  # its own work shows as the timer's next gap
        settle()
        blocks.append(watch.longest)
    watch.timer.stop()
    window.form.revert()
    window.close()
    window.deleteLater()
    app.processEvents()
    return blocks


def _full_collections(store: Store) -> tuple[float, float]:
    """Seconds a full run of Python's cycle collector takes with the window
    up on the timeline after a few searches (the median of 5): with what the
    window held once it was up set aside, as the app does (``gc_pause.settle``),
    and with the same objects all walked."""
    from desktop.core.gc_pause import settle, unsettle
    from desktop.ui.main_window import MainWindow

    app = QApplication.instance()
    assert app is not None
    window = MainWindow(store, analyst="Benchmark")
    window.resize(1400, 820)
    window.show()
    window.tabs.setCurrentWidget(window.timeline)

    def wait(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.005)

    def collections() -> float:
        seconds = []
        for _ in range(5):
            start = time.perf_counter()
            gc.collect()
            seconds.append(time.perf_counter() - start)
        return statistics.median(seconds)

    wait(3)
    settle()
    try:
        for text in SEARCHES:  # what the window makes and keeps afterwards
            window.search_box.setText(text)
            window.search_box.flush()
            wait(0.5)
        set_aside = collections()
    finally:
        unsettle()
    walked = collections()
    window.form.revert()
    window.close()
    window.deleteLater()
    app.processEvents()
    return set_aside, walked


def run(store: Store) -> list[Result]:
    set_aside, walked = _full_collections(store)
    results = [result(
        "list_full_collection_100k_ms", set_aside * 1000, walked * 1000, "ms",
        note="a full run of Python's cycle collector (one every few searches) with the "
             "window up on the timeline after 8 searches, what it held once up set aside; "
             "baseline: the same objects all walked")]
    with tempfile.TemporaryDirectory(prefix="curator-bench-settings-") as folder:
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, folder)
        saved = latest_query.BESIDE_FROM
        try:
            # Taken in turns, so that the machine's drift weighs on both sides alike.
            beside: dict[str, list[float]] = {"timeline": [], "companions": []}
            at_once: dict[str, list[float]] = {"timeline": [], "companions": []}
            for _ in range(2):
                for scene in beside:
                    beside[scene] += _longest_blocks(store, saved, scene)
                    # every read at once
                    at_once[scene] += _longest_blocks(store, 10**12, scene)
        finally:
            latest_query.BESIDE_FROM = saved
    return [*results, result(
        "search_window_block_100k_ms", statistics.median(beside["timeline"]) * 1000,
        statistics.median(at_once["timeline"]) * 1000, "ms",
        note=f"the longest the window stops answering after a search, the timeline shown "
             f"(lanes by country), median of {len(beside['timeline'])} searches; baseline: "
             "the facets and the lanes read at once on the window's thread"), result(
        "search_window_block_companions_100k_ms",
        statistics.median(beside["companions"]) * 1000,
        statistics.median(at_once["companions"]) * 1000, "ms",
        note=f"the same with the list shown and the counts and Who works with whom open, "
             f"median of {len(beside['companions'])} searches; baseline: the facets, the "
             "counts and the network read at once on the window's thread")]
