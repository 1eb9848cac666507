"""The Participants list's Profile for a report…: a participant's profile
(``exchange.profile``) written as HTML or Markdown, beside the window, whole
or not at all."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core.db import Store
from desktop.core.progress import Progress
from desktop.ui.background import Cancelled, run_in_background
from desktop.ui.file_places import dated_name, remember_folder, start_folder, with_ending

REPORTS = "reports"  # the folder reports (profiles, charts) are saved in
_KINDS = {".html": "html", ".htm": "html", ".md": "markdown"}


def file_stem(name: str) -> str:
    """A file name's start from a participant's name: "profile-CICG"."""
    cleaned = re.sub(r"[^\w\-]+", "-", name, flags=re.UNICODE).strip("-")[:60]
    return f"profile-{cleaned or 'participant'}"


def save_profile(parent: QWidget, store: Store, participant_id: str, name: str) -> Path | None:
    """Ask where, then write; the path written, or None."""
    path_text, chosen = QFileDialog.getSaveFileName(
        parent, f"Profile of {name}", str(start_folder(REPORTS) / dated_name(file_stem(name),
                                                                             ".html")),
        "Web page (*.html);;Markdown (*.md)")
    if not path_text:
        return None
    path = with_ending(path_text, chosen, tuple(_KINDS))
    remember_folder(REPORTS, path)
    return write_profile_file(parent, store, participant_id, path)


def write_profile_file(parent: QWidget, store: Store, participant_id: str,
                       path: Path) -> Path | None:
    from desktop.core.exchange.atomic import atomic_file
    from desktop.core.exchange.profile import write_profile

    def work(progress: Progress) -> int:
        with store.session() as session, atomic_file(path) as out:
            return write_profile(session, out, participant_id,
                                 kind=_KINDS[path.suffix.lower()], progress=progress)

    try:
        run_in_background(parent, f"Writing {path.name}…", work, "events")
    except Cancelled:
        return None
    except OSError as exc:
        QMessageBox.warning(parent, "Profile", f"Could not write {path}: {exc}")
        return None
    return path
