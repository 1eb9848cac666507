"""The merge's table of changed records, field by field, with the choice of
ours or theirs for each record.

A model over the plan's conflicts rather than a widget a cell: a colleague's
copy of 100 000 events may differ in thousands of them, and a combo box per
record took seconds to build and hundreds of megabytes.  Each row is one field
of one record, one line high; a value too long for its cell is cut, and its
tooltip holds it whole.  The record's first row carries its label.  Each row
says which side changed its field (``merge_sides``) and carries the choice for
it: a check box, "take theirs" when ticked (Space toggles it), ticked at first
where their file alone changed it, and where both sides did, if theirs was
edited later.  A field changed here alone has none: theirs is the value we
replaced, and taking theirs never puts it back.  A title both sides changed
and a summary only theirs rewrote are two choices: keeping our title no
longer drops their summary.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.core.exchange.import_plan import Conflict
from desktop.core.exchange.merge_sides import BOTH, fields_taken, fields_to_take
from desktop.core.exchange.merge_sides import OURS as OURS_SIDE
from desktop.core.exchange.merge_sides import THEIRS as THEIRS_SIDE
from desktop.core.logged_names import value_in_words
from desktop.core.relation_labels import label_of
from desktop.core.stamps import local_stamp
from desktop.core.wording import from_the_difference
from desktop.ui.tooltip_text import as_written

Index = QModelIndex | QPersistentModelIndex
RECORD, FIELD, CHANGED, OURS, THEIRS, KEEP = range(6)
_HEADERS = ("Record", "Field", "Changed", "Ours", "Theirs", "Keep")
# Which side changed a field (merge_sides), in words.
_CHANGED = {THEIRS_SIDE: "in their file", OURS_SIDE: "here (theirs is older)",
            BOTH: "on both sides"}
_TOOLTIP_CHARS = 2000


class ConflictModel(QAbstractTableModel):
    """One row per differing field of each changed record."""

    def __init__(self, conflicts: list[Conflict], parent: QWidget | None = None,
                 participant_names: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.conflicts = conflicts
        self.names = participant_names or {}
        self.rows = [(number, field) for number, conflict in enumerate(conflicts)
                     for field in range(len(conflict.fields))]
        # Per record, the fields that offer theirs: all but those changed here alone.
        self.offers = [fields_taken(conflict) for conflict in conflicts]
        # Per record, per field: take theirs.  Ticked at first as the merge
        # would without a choice, with the policy "newest": where their file
        # alone changed the field, or where theirs was edited after ours.
        self.theirs = [_ticks(conflict, fields_to_take(
                           conflict, None, conflict.theirs_updated > conflict.ours_updated))
                       for conflict in conflicts]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        number, field = self.rows[index.row()]
        conflict = self.conflicts[number]
        name, ours, theirs = self._values(number, field)
        column, first = index.column(), field == 0
        if role == Qt.ItemDataRole.DisplayRole:
            if column == RECORD:
                return f"{conflict.entity}: {conflict.label}" if first else ""
            if column == FIELD:  # in words, as the forms name it: "Native name"
                return name.replace("_", " ").capitalize()
            if column == CHANGED:
                return _CHANGED.get(conflict.sides[field], "") if conflict.sides else ""
            if column in (OURS, THEIRS):
                mine, other = self._one_line(ours), self._one_line(theirs)
                if column == THEIRS:
                    mine, other = other, mine
                return from_the_difference(mine, other) or "—"  # not a value to miss
            return "theirs" if self.theirs[number][field] else "ours"
        if role == Qt.ItemDataRole.ToolTipRole:
            side = conflict.sides[field] if conflict.sides else BOTH
            if column == KEEP and side == THEIRS_SIDE:
                return "changed in their file alone: taken, unless you untick it to keep ours"
            if column == KEEP and side == OURS_SIDE:
                return "changed here alone since: ours is kept, theirs is the value it replaced"
            if column == KEEP:
                ours_at, theirs_at = conflict.ours_updated, conflict.theirs_updated
                return (f"changed on both sides: ours edited "
                        f"{local_stamp(ours_at) if ours_at else '?'}, theirs "
                        f"{local_stamp(theirs_at) if theirs_at else 'at no time the file gives'}")
            if column in (OURS, THEIRS):
                whole = self._text(ours if column == OURS else theirs)
                return as_written(whole if len(whole) <= _TOOLTIP_CHARS
                                  else whole[:_TOOLTIP_CHARS] + "…")
            if column == RECORD and first:
                return as_written(f"{conflict.entity}: {conflict.label} ({conflict.record_id})")
        if (role == Qt.ItemDataRole.CheckStateRole and column == KEEP
                and name in self.offers[number]):
            return (Qt.CheckState.Checked if self.theirs[number][field]
                    else Qt.CheckState.Unchecked)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == KEEP:
            number, field = self.rows[index.row()]
            if self.conflicts[number].fields[field][0] in self.offers[number]:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not self.flags(index) & (
                Qt.ItemFlag.ItemIsUserCheckable):
            return False
        state = value.value if isinstance(value, Qt.CheckState) else value
        number, field = self.rows[index.row()]
        self.theirs[number][field] = state == Qt.CheckState.Checked.value
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole,
                                             Qt.ItemDataRole.DisplayRole])
        return True

    def whole_value(self, row: int, column: int) -> str:
        """Ours (``OURS``) or theirs (``THEIRS``) of a row, whole."""
        if not 0 <= row < len(self.rows):
            return ""
        _name, ours, theirs = self._values(*self.rows[row])
        return self._text(ours if column == OURS else theirs)

    def _values(self, number: int, field: int) -> tuple[str, Any, Any]:
        """A field's name, ours and theirs; a status, country or kind as the
        forms show it ("Needs review", "Iran (IR)"), not as the file holds it."""
        conflict = self.conflicts[number]
        name, ours, theirs = conflict.fields[field]

        def worded(value: Any) -> Any:
            return (value_in_words(conflict.entity, name, value, {}) if isinstance(value, str)
                    else value)

        return name, worded(ours), worded(theirs)

    def choose(self, record_id: str, theirs: bool) -> None:
        """Take theirs of every field of a record that offers it, or keep ours whole."""
        number = next(n for n, c in enumerate(self.conflicts) if c.record_id == record_id)
        self.theirs[number] = self._all(number, theirs)
        self._changed_choices()

    def choose_all(self, theirs: bool) -> None:
        self.theirs = [self._all(number, theirs) for number in range(len(self.conflicts))]
        self._changed_choices()

    def choose_where_both_changed(self, theirs: bool) -> None:
        """Theirs or ours of every field changed on both sides (or on sides
        unknown), the other ticks as they are: the window's ``--on-conflict``."""
        for number, conflict in enumerate(self.conflicts):
            for field in range(len(conflict.fields)):
                if not conflict.sides or conflict.sides[field] == BOTH:
                    self.theirs[number][field] = theirs
        self._changed_choices()

    def chosen(self) -> dict[str, frozenset[str]]:
        """For each changed record, the fields whose value in their file is taken."""
        return {conflict.record_id: frozenset(
                    name for (name, _ours, _theirs), take in zip(conflict.fields, ticks,
                                                                 strict=True) if take)
                for conflict, ticks in zip(self.conflicts, self.theirs, strict=True)}

    def _all(self, number: int, theirs: bool) -> list[bool]:
        return _ticks(self.conflicts[number], self.offers[number] if theirs else set())

    def _one_line(self, value: object) -> str:
        lines = self._text(value).splitlines() if isinstance(value, list) else [
            self._text(value)]
        return "; ".join(" ".join(line.split()) for line in lines)

    def _text(self, value: object) -> str:
        """A value as a line of text; a list of records (links, sources,
        figures) one record to a line, by what an analyst knows it by."""
        if isinstance(value, list):
            if value and isinstance(value[0], dict):
                return "\n".join(self._record_text(item) for item in value)
            return "; ".join(map(str, value))
        return "" if value is None else str(value)

    def _record_text(self, item: dict[str, Any]) -> str:
        if "participant" in item:  # a link
            name = str(self.names.get(item["participant"], item["participant"]))
            return name + "".join(f" ({item[k]})" for k in ("role", "note") if item.get(k))
        if "kind" in item and "event" in item:  # a relation to another event
            other = str(item["event"])
            return f"{label_of(str(item['kind']), True)} {self.names.get(other, other)}" + (
                f" ({item['note']})" if item.get("note") else "")
        if "value" in item:  # a figure
            qualifier = str(item.get("qualifier") or "exact").replace("_", " ")
            return " ".join(part for part in (
                "" if qualifier == "exact" else qualifier, str(item.get("value", "")),
                str(item.get("unit") or "")) if part)
        return " · ".join(str(item[k]) for k in ("publisher", "title", "url", "published",
                                                 "note") if item.get(k))

    def _changed_choices(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, KEEP), self.index(len(self.rows) - 1, KEEP))


def _ticks(conflict: Conflict, taken: set[str]) -> list[bool]:
    """A record's ticks, field by field, for the fields ``taken``."""
    return [name in taken for name, _ours, _theirs in conflict.fields]


def conflict_view(model: ConflictModel) -> QTableView:
    """The table: rows of one line (a uniform height costs nothing to lay out
    however many there are), the values' columns taking the width left."""
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    # Tab goes on to the buttons: cell by cell it walked thousands of rows.
    view.setTabKeyNavigation(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(OURS, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(THEIRS, QHeaderView.ResizeMode.Stretch)
    view.setColumnWidth(RECORD, 240)
    view.setColumnWidth(FIELD, 110)
    view.setColumnWidth(CHANGED, 150)
    view.setColumnWidth(KEEP, 90)
    return view
