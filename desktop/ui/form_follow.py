"""When the event form shown must be read again after an edit: not only when
its own event changed, but when a participant it lists was renamed (in the
participant form, by a merge, or by an undo) or an event it is related to was
retitled or redated (or an edition of its series, related through another, or
a relation made that adds one) — it showed their old names until another event was
chosen and this one again."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from desktop.core.changes import ChangeReport

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox

    from desktop.ui.event_form import EventForm


def form_shows_changed(form: EventForm, report: ChangeReport) -> bool:
    """Whether ``form`` shows something ``report`` changed."""
    event_id = form.event_id
    if event_id is None:
        return False
    touched = report.events_touched()
    # A category, type or role renamed or merged away may be one it shows.
    if report.reset or event_id in touched or report.ids("vocabulary_term"):
        return True
    if report.ids("participant") & {link.participant_id for link in form.links.links}:
        return True
    # An edition of its series is named too, though related through another.
    return bool(touched & ({relation.other_id for relation in form.related.relations}
                           | form.related.series_ids))


def refill_choices(form: EventForm, report: ChangeReport) -> None:
    """Vocabularies changed elsewhere (or by undo): the form's category, type
    and participants' role combos refilled, its edits kept; a value renamed or
    merged away shown by its new name (a type showed nothing, and saving
    cleared it; a role was refused on saving)."""
    # Imported here: SQLAlchemy is not loaded before the window's first frame.
    from desktop.core.event_form_data import vocabulary_values
    from desktop.core.former_terms import former_values

    with form.store.session() as session:
        now = former_values(session)
        for combo, vocabulary in ((form.category, "category"),
                                  (form.event_type, "event_type")):
            form._loading = True
            refill_combo(combo, vocabulary_values(session, vocabulary), vocabulary, now)
            form._loading = False
        links = form.links.links
        for link in links:
            link.role = now.get(("role", link.role.casefold()), link.role)
        form.links.set_links(links, vocabulary_values(session, "role"))


def refill_combo(combo: QComboBox, values: list[str], vocabulary: str,
                 now: Mapping[tuple[str, str], str]) -> None:
    """A vocabulary's combo with its values again, the one chosen kept — by
    the value it became, if it was renamed or merged away (``former_values``)."""
    current = combo.currentText()
    combo.clear()
    combo.addItems(["", *values])
    combo.setCurrentText(now.get((vocabulary, current.casefold()), current))
