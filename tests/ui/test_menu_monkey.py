"""The app stands a hurried analyst: any command, button and key at random,
dialogs closed as soon as they open, reads going on beside the window — and
neither crashes nor fails with an internal error.  Two seeds that crashed
the app before closed dialogs were deleted at once (``desktop.ui.modal``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.window_process import run_worker

STEPS = 80


@pytest.mark.parametrize("seed", [2, 4])
def test_commands_buttons_and_keys_at_random_neither_crash_nor_fail(
        qapp: QApplication, tmp_path: Path, seed: int) -> None:
    run = run_worker("menu_monkey_worker", tmp_path, str(seed), str(STEPS))
    assert run.stdout.split("\n")[-2:] == ["survived", ""]
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
