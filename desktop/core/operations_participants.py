"""Operations on participants: people, organisations, countries, groups."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.core.changes import Change, ChangeReport, FieldChange, Problem, ValidationError
from desktop.core.countries import named_country
from desktop.core.fields import PARTICIPANT_FIELDS
from desktop.core.models import EventParticipant, Participant, ParticipantAlias
from desktop.core.operations_base import (
    OperationsBase,
    Values,
    Work,
    clean_names,
    join_names,
)
from desktop.core.participant_rules import (
    ORGANISATIONS,
    dependants_problem,
    participant_problems,
)
from desktop.core.wording import counted

# What several participants chosen in the list can be given at once.
PARTICIPANT_BATCH_FIELDS = ("kind", "country", "org_type", "affiliation", "parent")


class ParticipantOperations(OperationsBase):
    def create_participant(self, values: Values,
                           record_id: str | None = None) -> ChangeReport:
        for required in ("kind", "name"):
            if required not in values:
                raise ValidationError.single(required, "is required")
        if values["kind"] == "country" and not values.get("country") and record_id is None:
            # a country added by its name ("Kenya", typed among an event's
            # participants) is that country, as the filters and counts read it;
            # one put back under its id (an undo) is put back as it was
            values = {**values, "country": named_country(str(values["name"])) or None}
        with self.operation() as (work, own):
            participant, shown = self.create(work, Participant, PARTICIPANT_FIELDS, values,
                                             record_id, ignore=("aliases",))
            work.session.flush()
            self._check_participant(work.session, participant)
            if "aliases" in values:
                aliases = self._set_aliases(work, participant, values["aliases"])
                if aliases:
                    shown.append(aliases)
            self.record(work, own, Change("participant", participant.id, "create",
                                          tuple(shown)))
        return own

    def update_participant(self, participant_id: str, values: Values) -> ChangeReport:
        with self.operation() as (work, own):
            participant = self.get(work.session, Participant, participant_id, "participant")
            changed = self.update(work, participant, PARTICIPANT_FIELDS, values,
                                  ignore=("aliases",))
            self._check_participant(work.session, participant)
            if "aliases" in values:
                aliases = self._set_aliases(work, participant, values["aliases"])
                if aliases:
                    changed.append(aliases)
            if changed:
                self.stamp(work, participant)
                self.record(work, own, Change("participant", participant.id, "update",
                                              tuple(changed)))
        return own

    def change_participants(self, participant_ids: Iterable[str],
                            values: Values) -> ChangeReport:
        """Give each of these participants the same values (of
        PARTICIPANT_BATCH_FIELDS) in one step; those already so are left
        alone.  A value one of them cannot take (an affiliation for an
        organisation) refuses the whole change, naming that participant."""
        unknown = [name for name in values if name not in PARTICIPANT_BATCH_FIELDS]
        if unknown:
            raise ValidationError.single(unknown[0], "cannot be changed on several "
                                                     "participants at once")
        with self.operation() as (work, own):
            for participant_id in dict.fromkeys(participant_ids):
                try:
                    own.merge(self.update_participant(participant_id, values))
                except ValidationError as exc:
                    found = work.session.get(Participant, participant_id)
                    name = found.name if found is not None else participant_id
                    raise ValidationError([Problem(problem.field, f"{problem.message} — {name}")
                                           for problem in exc.problems]) from exc
        return own

    def delete_participants(self, participant_ids: Iterable[str]) -> ChangeReport:
        """Delete these participants, none of which may take part in an event,
        in one step (those left in no event after an import, say)."""
        with self.operation() as (_work, own):
            for participant_id in dict.fromkeys(participant_ids):
                own.merge(self.delete_participant(participant_id))
        return own

    def delete_participant(self, participant_id: str) -> ChangeReport:
        """Delete a participant that takes part in no event; people who had it as
        affiliation (and organisations as parent) lose that reference."""
        with self.batch() as report:
            assert self._work is not None
            session = self._work.session
            participant = self.get(session, Participant, participant_id, "participant")
            links = session.scalar(select(func.count()).where(
                EventParticipant.participant_id == participant_id)) or 0
            if links:
                raise ValidationError.single(
                    "", f"{participant.name} takes part in {counted(links, 'event')}; "
                    "remove them from those events (or merge the participant) first")
            own = ChangeReport(report.operation_id)
            for column, name in (("affiliation_id", "affiliation"), ("parent_id", "parent")):
                dependants = session.scalars(select(Participant.id).where(
                    getattr(Participant, column) == participant_id)).all()
                for dependant in dependants:
                    own.merge(self.update_participant(dependant, {name: None}))
            with self.operation() as (work, deleted):
                aliases = [a.alias for a in participant.aliases]
                self.record(work, deleted, Change("participant", participant.id, "delete", (
                    *self.snapshot(session, participant, PARTICIPANT_FIELDS),
                    FieldChange("aliases", join_names(aliases), None, old_input=aliases))))
                session.delete(participant)
            own.merge(deleted)
        return own

    @staticmethod
    def _check_participant(session: Session, participant: Participant) -> None:
        kinds = {reference: found.kind for reference in (participant.affiliation_id,
                                                         participant.parent_id)
                 if reference and (found := session.get(Participant, reference))}

        def parent_of(participant_id: str) -> str | None:
            above = session.get(Participant, participant_id)
            return above.parent_id if above else None

        problems = [Problem(name, message) for name, message in participant_problems(
            participant.id, participant.kind, participant.affiliation_id,
            participant.parent_id, kinds, parent_of)]
        if participant.kind not in ORGANISATIONS:  # (only they can have people or units)
            dependants = list(session.scalars(select(Participant.name).where(or_(
                Participant.affiliation_id == participant.id,
                Participant.parent_id == participant.id)).order_by(Participant.name)))
            if (message := dependants_problem(participant.kind, dependants)) is not None:
                problems.append(Problem("kind", message))
        if problems:
            raise ValidationError(problems)

    def _set_aliases(self, work: Work, participant: Participant,
                     names: Any) -> FieldChange | None:
        wanted = clean_names(names, "aliases")
        old = [a.alias for a in participant.aliases]
        if old == wanted:
            return None
        participant.aliases.clear()
        work.session.flush()
        participant.aliases.extend(ParticipantAlias(alias=name, sort_order=index)
                                   for index, name in enumerate(wanted))
        return FieldChange("aliases", join_names(old), join_names(wanted), old, wanted)
