"""Operations on the vocabularies and on saved searches."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.changes import Change, ChangeReport, FieldChange, ValidationError
from desktop.core.fields import term_named
from desktop.core.former_terms import MERGED_INTO
from desktop.core.models import (
    VOCABULARIES,
    Event,
    EventParticipant,
    Participant,
    SavedSearch,
    VocabularyTerm,
    new_id,
)
from desktop.core.operations_base import OperationsBase, Work
from desktop.core.search import driver_cursor
from desktop.core.wording import counted


class VocabularyOperations(OperationsBase):
    # -- saved searches -----------------------------------------------------

    def save_search(self, name: str, definition: str,
                    record_id: str | None = None) -> ChangeReport:
        """Save (or replace) a named search; ``definition`` is EventFilter JSON."""
        with self.operation() as (work, own):
            label = " ".join(name.split())
            if not label:
                raise ValidationError.single("name", "is required")
            saved = work.session.scalar(select(SavedSearch).where(SavedSearch.name == label))
            if saved is None:
                saved = SavedSearch(id=record_id or new_id(), name=label, definition=definition,
                                    created_at=work.at, updated_at=work.at,
                                    updated_by=self.analyst)
                work.session.add(saved)
                self.record(work, own, Change("saved_search", saved.id, "create", (
                    FieldChange("name", None, label), FieldChange("definition", None, definition))))
            elif saved.definition != definition:
                self.record(work, own, Change("saved_search", saved.id, "update", (
                    FieldChange("definition", saved.definition, definition),)))
                saved.definition = definition
                self.stamp(work, saved)
        return own

    def delete_saved_search(self, saved_id: str) -> ChangeReport:
        with self.operation() as (work, own):
            saved = self.get(work.session, SavedSearch, saved_id, "saved search")
            self.record(work, own, Change("saved_search", saved.id, "delete", (
                FieldChange("name", saved.name, None),
                FieldChange("definition", saved.definition, None))))
            work.session.delete(saved)
        return own

    # -- vocabularies -------------------------------------------------------

    def add_term(self, vocabulary: str, value: str,
                 record_id: str | None = None) -> ChangeReport:
        with self.operation() as (work, own):
            session = work.session
            if vocabulary not in VOCABULARIES:
                raise ValidationError.single("vocabulary", f"'{vocabulary}' is not one of: "
                                             f"{', '.join(VOCABULARIES)}")
            text = " ".join(value.split())
            if not text:
                raise ValidationError.single("value", "is required")
            self._check_term_free(session, vocabulary, text, None)
            order = session.scalar(select(func.count()).where(
                VocabularyTerm.vocabulary == vocabulary)) or 0
            term = VocabularyTerm(id=record_id or new_id(), vocabulary=vocabulary, value=text,
                                  sort_order=order, created_at=work.at, updated_at=work.at,
                                  updated_by=self.analyst)
            session.add(term)
            self.record(work, own, Change("vocabulary_term", term.id, "create", (
                FieldChange("vocabulary", None, vocabulary), FieldChange("value", None, text))))
        return own

    def rename_term(self, term_id: str, value: str) -> ChangeReport:
        with self.operation() as (work, own):
            term = self.get(work.session, VocabularyTerm, term_id, "vocabulary term")
            text = " ".join(value.split())
            if not text:
                raise ValidationError.single("value", "is required")
            if text != term.value:
                self._check_term_free(work.session, term.vocabulary, text, term.id)
                self.record(work, own, Change("vocabulary_term", term.id, "update", (
                    FieldChange("value", term.value, text),)))
                term.value = text
                self.stamp(work, term)
        return own

    def move_term(self, term_id: str, offset: int) -> ChangeReport:
        """Move a value ``offset`` places up (negative) or down its
        vocabulary's list, the order the forms offer the values in.  The
        values are numbered 0, 1, … again and each place changed is logged:
        one step of undo puts each back."""
        with self.operation() as (work, own):
            term = self.get(work.session, VocabularyTerm, term_id, "vocabulary term")
            terms = list(work.session.scalars(select(VocabularyTerm).where(
                VocabularyTerm.vocabulary == term.vocabulary).order_by(
                    VocabularyTerm.sort_order, VocabularyTerm.value)))
            place = terms.index(term)
            terms.insert(max(0, min(len(terms) - 1, place + offset)), terms.pop(place))
            for order, moved in enumerate(terms):
                if moved.sort_order != order:
                    self._place_term(work, own, moved, order)
        return own

    def place_term(self, term_id: str, order: int) -> ChangeReport:
        """Give a value its place in its vocabulary's list (what undoing a
        move does, value by value)."""
        with self.operation() as (work, own):
            term = self.get(work.session, VocabularyTerm, term_id, "vocabulary term")
            if term.sort_order != order:
                self._place_term(work, own, term, order)
        return own

    def _place_term(self, work: Work, own: ChangeReport, term: VocabularyTerm,
                    order: int) -> None:
        # Said as the analyst counts (the first is 1); undo takes the inputs.
        self.record(work, own, Change("vocabulary_term", term.id, "update", (
            FieldChange("sort_order", str(term.sort_order + 1), str(order + 1),
                        old_input=term.sort_order, new_input=order),)))
        term.sort_order = order
        self.stamp(work, term)

    def remove_term(self, term_id: str, merged_into: str = "") -> ChangeReport:
        """Remove a value nothing has; ``merged_into``: the value that took
        its place (a merge), logged so that its old name is read as that one
        (``former_terms``)."""
        with self.operation() as (work, own):
            session = work.session
            term = self.get(session, VocabularyTerm, term_id, "vocabulary term")
            uses = sum(session.scalar(select(func.count()).where(column == term_id)) or 0
                       for column in (Event.category_id, Event.event_type_id,
                                      EventParticipant.role_id, Participant.org_type_id))
            if uses:
                raise ValidationError.single("", f"'{term.value}' is used by "
                                             f"{counted(uses, 'record')}; change them first")
            self.record(work, own, Change("vocabulary_term", term.id, "delete", (
                FieldChange("vocabulary", term.vocabulary, None),
                FieldChange("value", term.value, None),
                # its place, for undo to put it back there
                FieldChange("sort_order", str(term.sort_order + 1), None,
                            old_input=term.sort_order),
                *([FieldChange(MERGED_INTO, merged_into, None)] if merged_into else []))))
            session.delete(term)
        return own

    def set_link_roles(self, roles: Mapping[str, str | None]) -> ChangeReport:
        """Give many event–participant links a role each (a role merged into
        another, and its undo), in one step.  Written through the DB-API: a
        role may be held by tens of thousands of links, which the ORM updates
        at ~1 ms each; each link's change is logged and reported as
        ``update_link`` would log it."""
        with self.operation() as (work, own):
            session = work.session
            session.flush()  # ORM changes of this batch reach the rows read here
            terms: dict[str, str] = {}
            for value in {value for value in roles.values() if value}:
                term_id = term_named(session, "role", value)
                if term_id is None:
                    raise ValidationError.single("role", f"'{value}' is not a known role; add "
                                                         "it to the role vocabulary first")
                terms[value] = term_id
            cursor = driver_cursor(session)
            current = {link_id: (event_id, role_id, old) for link_id, event_id, role_id, old
                       in cursor.execute(
                           "SELECT link.id, link.event_id, link.role_id, term.value "
                           "FROM event_participants AS link LEFT JOIN vocabulary_terms AS term "
                           "ON term.id = link.role_id "
                           "WHERE link.id IN (SELECT value FROM json_each(?))",
                           (json.dumps(list(roles)),))}
            missing = [link_id for link_id in roles if link_id not in current]
            if missing:
                raise ValidationError.single("", f"no participant link has the id {missing[0]}")
            changes: list[Change] = []
            taking: dict[str | None, list[str]] = defaultdict(list)
            for link_id, role in roles.items():
                event_id, role_id, old = current[link_id]
                new = role or None
                if (terms[new] if new else None) == role_id:
                    continue
                changes.append(Change("event_participant", link_id, "update",
                                      (FieldChange("role", old, new, old, new),), event_id))
                taking[terms[new] if new else None].append(link_id)
            for role_id, link_ids in taking.items():
                cursor.execute("UPDATE event_participants SET role_id = ?, updated_at = ?, "
                               "updated_by = ? WHERE id IN (SELECT value FROM json_each(?))",
                               (role_id, work.at, self.analyst, json.dumps(link_ids)))
            cursor.executemany(
                "INSERT INTO change_log (operation_id, at, by, entity, record_id, event_id, "
                "action, field, old, new) VALUES (?, ?, ?, 'event_participant', ?, ?, 'update', "
                "'role', ?, ?)",
                [(work.report.operation_id, work.at, self.analyst, change.record_id,
                  change.event_id, change.fields[0].old, change.fields[0].new)
                 for change in changes])
            own.changes.extend(changes)
            session.expire_all()  # rows the ORM holds from earlier in this batch are stale
        return own

    @staticmethod
    def _check_term_free(session: Session, vocabulary: str, value: str,
                         term_id: str | None) -> None:
        clash = term_named(session, vocabulary, value)
        if clash is not None and clash != term_id:
            raise ValidationError.single("value", f"'{value}' is already in the "
                                         f"{vocabulary.replace('_', ' ')} vocabulary")
