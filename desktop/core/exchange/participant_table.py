"""Importing a table of participants: a list of the organisations, people,
countries and groups of a field, with their names in other scripts.

Analysts often start from such a list (a ministry's bureaux with their
Chinese names, a think tank's staff); stored first, its names and aliases
let every later import, "New event from text" and Find mentions recognise
them.  A CSV file or a sheet of a workbook is read (``csv_table``), its
columns mapped to fields as for a table of events (guessed from English or
Chinese headers).

Each row is one participant:

- a row with the id of one of ours (the app's own participants table)
  changes that participant: every mapped column is its value, an emptied
  cell clears it;
- a row whose name, native name or an alias is one of ours (folded as search
  folds: case, accents, either Chinese character set) is that participant,
  for the analyst to confirm: its filled cells change ours, its empty ones
  leave ours as they are, its aliases are added to ours;
- any other row is a new participant; its kind, when the table has no kind
  column, is read from its name (an organisation's words) or its position
  (a person).

Affiliation and parent name another participant of ours or of the table, by
any of its names.  The records go through the same merge as a colleague's
file: new, unchanged and changed, each change shown field by field.  A table
of participants is a few thousand rows: it is read whole.
"""

from __future__ import annotations

import re
import uuid
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.changes import Problem, ValidationError
from desktop.core.countries import UnknownCountry, country_code
from desktop.core.exchange.csv_export import restore
from desktop.core.exchange.csv_table import code_page_of, column_names, open_table
from desktop.core.exchange.event_table_headers import guess_columns
from desktop.core.exchange.event_table_headers import guess_mapping as events_mapping
from desktop.core.exchange.foreign_csv import parse_mapping as parse_foreign_mapping
from desktop.core.exchange.import_plan import ImportPlan
from desktop.core.exchange.json_export import participant_records
from desktop.core.exchange.json_import import plan_import
from desktop.core.exchange.name_matches import known_spellings
from desktop.core.exchange.table_merge import (
    kept_note,
    lost_in_code_page,
    names_lost_in_code_page,
    names_of,
)
from desktop.core.exchange.table_participants import ForeignRows
from desktop.core.fields import PARTICIPANT_FIELDS
from desktop.core.likely_kind import ORGANISATION_WORDS
from desktop.core.models import PARTICIPANT_KINDS, Participant, VocabularyTerm
from desktop.core.participant_rules import (
    CIRCLE,
    dependants_problem,
    participant_problems,
)
from desktop.core.search import fold
from desktop.core.wording import counted

FIELDS = ("id", "name", "native_name", "aliases", "kind", "country", "position",
          "affiliation", "parent", "org_type", "notes")
_HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "uuid"),
    # The English name first: a list in Chinese often has both (姓名 and 英文名);
    # alone, 姓名 or 名称 is the name.
    "name": ("english name", "name (english)", "name in english", "英文名", "英文名称",
             "英文姓名", "name", "participant", "organisation", "organization", "person",
             "名称", "姓名", "机构名称", "单位名称", "组织名称", "名字"),
    "native_name": ("native name", "native_name", "chinese name", "name (chinese)",
                    "original name", "中文名", "中文名称", "中文姓名", "原名", "姓名", "名称",
                    "机构名称", "单位名称", "组织名称"),
    "aliases": ("aliases", "alias", "also known as", "aka", "acronym", "abbreviation",
                "other names", "别名", "简称", "缩写", "英文缩写", "又名"),
    "kind": ("kind", "participant kind", "类别"),
    "country": ("country", "country code", "nationality", "国家", "国别", "国籍",
                "所属国家", "所在国", "国家/地区"),
    "position": ("position", "job title", "post", "职务", "职位", "头衔"),
    "affiliation": ("affiliation", "employer", "works for", "工作单位", "单位", "所在单位",
                    "任职单位", "就职单位"),
    "parent": ("parent", "parent organisation", "parent organization", "under",
               "上级", "上级单位", "主管单位", "上级机构", "所属机构", "主管部门", "隶属"),
    "org_type": ("org type", "org_type", "organisation type", "organization type", "sector",
                 "type", "机构类型", "类型", "单位类型", "机构性质"),
    "notes": ("notes", "note", "comments", "remarks", "备注", "说明"),
}
# Columns only a table of participants has: a table with one of them and no
# date column is read as participants.
_TELLING = ("native_name", "aliases", "kind", "position", "affiliation", "parent", "org_type")
_KINDS = {
    "person": "person", "people": "person", "individual": "person", "人物": "person",
    "个人": "person", "人": "person",
    "organization": "organization", "organisation": "organization", "org": "organization",
    "institution": "organization", "机构": "organization", "组织": "organization",
    "单位": "organization",
    "country": "country", "state": "country", "nation": "country", "国家": "country",
    "group": "group", "bloc": "group", "grouping": "group", "团体": "group", "群体": "group",
    "多边机制": "group",
}
# Chinese words for the default organisation types (simplified; traditional folds to it).
_ORG_TYPES = {"政府": "government", "政府机构": "government", "政府部门": "government",
              "国有企业": "state-owned enterprise", "国企": "state-owned enterprise",
              "央企": "state-owned enterprise", "中央企业": "state-owned enterprise",
              "公司": "company", "企业": "company", "民营企业": "company",
              "私营企业": "company", "媒体": "media", "新闻媒体": "media",
              "高校": "academic", "大学": "academic", "学术机构": "academic",
              "高等院校": "academic", "科研机构": "academic", "科研院所": "academic",
              "研究机构": "academic", "智库": "think tank",
              "国际组织": "international organization",
              "非政府组织": "NGO", "社会组织": "NGO", "民间组织": "NGO", "行业协会": "NGO"}


def parse_mapping(pairs: list[str]) -> dict[str, str]:
    """``FIELD=COLUMN`` pairs from the command line, for a table of participants."""
    return parse_foreign_mapping(pairs, FIELDS)


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """For each field of a participant, the column whose header names it."""
    return guess_columns(headers, _HEADER_WORDS)


def looks_like_participants(headers: list[str]) -> bool:
    """A table of participants rather than events: a column only such a table
    has (native name, aliases, position, …) and none for a date."""
    guessed = guess_mapping(headers)
    return ("name" in guessed and any(name in guessed for name in _TELLING)
            and "date" not in events_mapping(headers))


@dataclass
class ParticipantRows(ForeignRows):
    """``ForeignRows`` of a table of participants: ``participants`` holds every
    readable row's record, ``changed`` how many of them are ours."""

    changed: int = 0
    # Fields of ours kept, by name, that the table's code page could not hold
    # (see ``table_merge``); the code page, when the table is in one.
    kept: Counter[str] = field(default_factory=Counter)
    code_page: str | None = None

    def describe(self) -> str:
        new = len(self.participants) - self.changed
        return (f"{counted(len(self.participants), 'participant')} can be read: {new} new, "
                f"{self.changed} of ours (their filled cells change ours)")


class ParticipantTableSource:
    """A table of participants read as an import plan."""

    def __init__(self, session: Session, path: Path, mapping: Mapping[str, str] | None = None,
                 refused_matches: set[str] | None = None) -> None:
        self.session = session
        self.path = path
        self.mapping = mapping
        self.refused = refused_matches or set()
        self.report = ParticipantRows([])

    def plan(self, _progress: object = None) -> ImportPlan:
        self.report = read_participant_table(self.session, self.path, self.mapping,
                                             self.refused)
        plan = plan_import(self.session, self.report.document(), match_names=False)
        plan.vocabularies = dict(self.report.new_terms)
        if note := kept_note(self.report.kept, self.report.code_page, "participant"):
            plan.notes.append(note)
        return plan


def survey_participant_table(session: Session, path: Path,
                             mapping: Mapping[str, str] | None = None,
                             refused_matches: set[str] | None = None,
                             progress: object = None) -> tuple[ParticipantRows, int]:
    """What importing the table would do: the rows as read, the matches to
    confirm and the rows that cannot be read; and how many can be read."""
    rows = read_participant_table(session, path, mapping, refused_matches or set())
    return rows, len(rows.participants)


def read_participant_table(session: Session, path: Path, mapping: Mapping[str, str] | None,
                           refused: set[str]) -> ParticipantRows:
    """Every readable row as a participant record (in ``participants``: new
    ones and changed ones of ours alike); matches, problems and new
    organisation types in the report."""
    with open_table(path) as (headers, table):
        chosen = dict(mapping) if mapping is not None else guess_mapping(headers)
        missing = [column for column in chosen.values() if column not in headers]
        if missing:
            raise ValidationError.single(table.label, f"has no column {', '.join(missing)} "
                                                      f"(it has: {', '.join(headers)})")
        if "name" not in chosen and "native_name" not in chosen:
            raise ValidationError.single(table.label, f"no column is mapped to the name "
                                                  f"({column_names(headers)})")
        reader = _Reader(session, refused, "id" in chosen, code_page_of(path))
        rows = []
        for row in table:
            if (overflow := table.overflow_problem(len(headers))) is not None:
                reader.report.problems.append(overflow)
            elif any(cell.strip() for cell in row.values()):
                rows.append((f"{table.label} row {table.number}",
                             {name: restore(row.get(column, "").strip())
                              for name, column in chosen.items()}))
    return reader.read(rows, set(chosen))


_A_KIND = {"person": "a person", "organization": "an organisation", "group": "a group",
           "country": "a country"}


class _Reader:
    def __init__(self, session: Session, refused: set[str], has_ids: bool,
                 code_page: str | None = None) -> None:
        self.session = session
        self.refused = refused
        self.known = known_spellings(session)
        # Every one of ours, with its kind, affiliation and parent (for participant_rules).
        self.kinds: dict[str, str | None] = {}
        self.affiliations: dict[str, str | None] = {}
        self.parents: dict[str, str | None] = {}
        for participant_id, kind, affiliation_id, parent_id in session.execute(
                select(Participant.id, Participant.kind, Participant.affiliation_id,
                       Participant.parent_id)):
            self.kinds[participant_id] = kind
            self.affiliations[participant_id] = affiliation_id
            self.parents[participant_id] = parent_id
        self.ids = set(self.kinds)
        self.has_ids = has_ids
        self.org_types = {value.casefold(): value for value in session.scalars(
            select(VocabularyTerm.value).where(VocabularyTerm.vocabulary == "org_type"))}
        self.report = ParticipantRows([], code_page=code_page)
        self.namespace = uuid.uuid4()
        self.new_org_types: dict[str, str] = {}
        self.table_ids: set[str] = set()

    def read(self, rows: list[tuple[str, dict[str, str]]], mapped: set[str]
             ) -> ParticipantRows:
        # First every row's participant (ours, or a new id), so that a row may
        # name as its parent one the table gives further down.
        targets: list[tuple[str, dict[str, str], str, bool]] = []
        spellings: dict[str, str] = {}  # the table's names, folded -> its participant
        taken: dict[str, str] = {}  # participant -> the row that gives it
        for where, values in rows:
            target, ours = self._target(where, values)
            if target is None:
                continue
            if target in taken:
                self._problem(where, "name", f"gives the same participant as {taken[target]}")
                continue
            taken[target] = where
            targets.append((where, values, target, ours))
            for spelling in self._spellings(values):
                spellings.setdefault(fold(spelling), target)
        self.table_ids = {target for _where, _values, target, _ours in targets}
        current = {record["id"]: record for record in participant_records(
            self.session, [target for _w, _v, target, ours in targets if ours])}
        records: dict[str, tuple[dict[str, Any], bool]] = {}  # each row's that can be read
        for where, values, target, ours in targets:
            record = self._record(where, values, target, current.get(target), mapped,
                                  spellings)
            if record is not None:
                records[where] = (record, ours)
        self._skip_rows_naming_skipped_ones(records, taken)
        for record, ours in records.values():
            self.report.participants.append(record)
            self.report.changed += ours
        if self.new_org_types:
            self.report.new_terms = {"org_type": list(self.new_org_types.values())}
        return self.report

    def _skip_rows_naming_skipped_ones(self, records: dict[str, tuple[dict[str, Any], bool]],
                                       taken: dict[str, str]) -> None:
        """A row whose affiliation or parent breaks a rule (participant_rules)
        or is someone new from a row that cannot be read is skipped, named;
        and so, in turn, is a row naming it.  The store would refuse it."""
        while broken := self._broken_references(records, taken):
            for where, name, message in broken:
                if where in records:
                    self._problem(where, name, message)
                    del records[where]

    def _broken_references(self, records: Mapping[str, tuple[dict[str, Any], bool]],
                           taken: Mapping[str, str]) -> list[tuple[str, str, str]]:
        kinds, affiliations, parents = (
            {**ours, **{record["id"]: record.get(name) for record, _ours in records.values()}}
            for ours, name in ((self.kinds, "kind"), (self.affiliations, "affiliation"),
                               (self.parents, "parent")))
        under: dict[str, list[str]] = {}  # who has each as affiliation or parent
        for references in (affiliations, parents):
            for participant_id, target in references.items():
                if target:
                    under.setdefault(target, []).append(participant_id)
        names = {record["id"]: str(record.get("name")) for record, _ours in records.values()}

        def name_of(participant_id: str) -> str:
            if participant_id not in names:
                ours = self.session.get(Participant, participant_id)
                names[participant_id] = ours.name if ours else participant_id
            return names[participant_id]

        def described(participant_id: str) -> str:
            return f"{name_of(participant_id)} is {_A_KIND.get(str(kinds.get(participant_id)))}"

        broken = []
        for where, (record, ours) in records.items():
            affiliation, parent = record.get("affiliation"), record.get("parent")
            for name, target in (("affiliation", affiliation), ("parent", parent)):
                if target and target not in kinds:
                    broken.append((where, name, f"names the participant of {taken[target]}, "
                                                "a row that cannot be read"))
            for name, message in participant_problems(record["id"], record.get("kind"),
                                                      affiliation, parent, kinds, parents):
                if message == CIRCLE:
                    broken.append((where, name, f"{message} ({names[record['id']]})"))
                    continue
                about = str(record["id"] if message.startswith("only") else
                            affiliation if name == "affiliation" else parent)
                broken.append((where, name, f"{message} ({described(about)})"))
            kind = record.get("kind")
            if ours and kind != self.kinds.get(record["id"]) and (
                    dependants := dependants_problem(kind, sorted(
                        name_of(dependant) for dependant in under.get(record["id"], [])))):
                broken.append((where, "kind", f"{dependants} (the row makes {name_of(record['id'])}"
                                              f" {_A_KIND.get(str(kind))})"))
        return broken

    def _target(self, where: str, values: dict[str, str]) -> tuple[str | None, bool]:
        """The participant a row gives, and whether it is one of ours."""
        if not (values.get("name") or values.get("native_name")):
            self._problem(where, "name", "is empty")
            return None, False
        if self.has_ids and values.get("id"):
            return values["id"], values["id"] in self.ids
        typed = values.get("name") or values.get("native_name", "")
        if typed not in self.refused:
            for spelling in self._spellings(values):
                if (ours := self.known.get(fold(spelling))) is not None:
                    self.report.matches[typed] = ours
                    return ours, True
        return str(uuid.uuid5(self.namespace, f"participant {fold(typed)}")), False

    @staticmethod
    def _spellings(values: Mapping[str, str]) -> list[str]:
        return [spelling for spelling in (values.get("name", ""), values.get("native_name", ""),
                                          *_aliases(values.get("aliases", ""))) if spelling]

    def _record(self, where: str, values: dict[str, str], target: str,
                current: dict[str, Any] | None, mapped: set[str],
                spellings: dict[str, str]) -> dict[str, Any] | None:
        before = len(self.report.problems)
        theirs: dict[str, Any] = {}
        for name in ("name", "native_name", "position", "notes"):
            if name in mapped:
                theirs[name] = values.get(name, "")
                try:  # named by its row here, not by the store later
                    PARTICIPANT_FIELDS[name].clean(theirs[name], None)  # type: ignore[arg-type]
                except ValueError as exc:
                    if theirs[name]:
                        self._problem(where, name, str(exc))
        if not theirs.get("name"):
            theirs["name"] = values.get("native_name", "")
        if "aliases" in mapped:
            theirs["aliases"] = _aliases(values.get("aliases", ""))
        if "country" in mapped:
            theirs["country"] = self._country(where, values.get("country", ""))
        if "org_type" in mapped:
            theirs["org_type"] = self._org_type(values.get("org_type", ""))
        for name in ("affiliation", "parent"):
            if name in mapped:
                theirs[name] = self._reference(where, name, values.get(name, ""), spellings,
                                               current)
        if "kind" in mapped and values.get("kind"):
            theirs["kind"] = self._kind(where, values["kind"])
        if len(self.report.problems) > before:
            return None
        if current is not None:
            self._keep_what_the_code_page_lost(current, theirs)
        if current is None:
            kind = theirs.get("kind") or _kind_from(theirs)
            return {**{key: value for key, value in theirs.items() if value not in ("", None)},
                    "id": target, "kind": kind}
        if values.get("id") == target:  # our own table: its cells are the values
            return {**current, **{k: v for k, v in theirs.items() if k != "name" or v}}
        # matched by a name: filled cells change ours, aliases are added
        merged = {**current, **{k: v for k, v in theirs.items()
                                if v not in ("", None, []) and k != "aliases"}}
        merged["name"] = current["name"]  # the name it was found by stays ours
        merged["aliases"] = _added(current.get("aliases") or [], [
            spelling for spelling in (*theirs.get("aliases", []), theirs.get("name", ""))
            if spelling and fold(spelling) not in {
                fold(current["name"]), fold(current.get("native_name") or "")}])
        return merged

    def _keep_what_the_code_page_lost(self, current: Mapping[str, Any],
                                      theirs: dict[str, Any]) -> None:
        """Our names and texts where theirs differ only by the characters the
        table's code page has no place for ("?????" for 中国外文局)."""
        for name, value in theirs.items():
            ours = current.get(name)
            if (isinstance(value, str) and isinstance(ours, str)
                    and lost_in_code_page(ours, value, self.report.code_page)) or (
                    name == "aliases" and names_lost_in_code_page(
                        ours or [], value, self.report.code_page)):
                theirs[name] = ours
                self.report.kept[name] += 1

    def _country(self, where: str, text: str) -> str | None:
        if not text:
            return None
        try:
            return country_code(text)
        except UnknownCountry as exc:
            self._problem(where, "country", str(exc))
            return None

    def _org_type(self, text: str) -> str | None:
        text = " ".join(text.split())  # as the vocabulary keeps its values
        if not text:
            return None
        english = _ORG_TYPES.get(fold(text), text)
        known = self.org_types.get(english.casefold())
        if known is not None:
            return known
        return self.new_org_types.setdefault(english.casefold(), english)

    def _kind(self, where: str, text: str) -> str | None:
        kind = _KINDS.get(fold(text)) or _KINDS.get(text.strip().lower())
        if kind is None:
            self._problem(where, "kind", f"'{text}' is not one of {', '.join(PARTICIPANT_KINDS)}")
        return kind

    def _reference(self, where: str, name: str, text: str, spellings: dict[str, str],
                   current: Mapping[str, Any] | None) -> str | None:
        if not text:
            return None
        if text in self.ids or text in self.table_ids:
            return text  # an id, as the app's own table gives it (for a shared name)
        ours = (current or {}).get(name)
        code_page = self.report.code_page
        if code_page and ours and lost_in_code_page(
                names_of(self.session, [ours]).get(ours, ""), text, code_page):
            self.report.kept[name] += 1  # our affiliation or parent, as the code page saved it
            return str(ours)
        if code_page and "?" in text:
            # "?????" is every name of five characters the code page lacks
            self._problem(where, name, f"{text} names no one: the table's encoding has no "
                                       "place for the name's characters (save the table as "
                                       "“CSV UTF-8”)")
            return None
        found = spellings.get(fold(text)) or self.known.get(fold(text))
        if found is None:
            self._problem(where, name, f"no participant here or in the table is named {text}")
        return found

    def _problem(self, where: str, name: str, message: str) -> None:
        self.report.problems.append(Problem(f"{where}, {name}", message))


def _aliases(cell: str) -> list[str]:
    """Aliases as one cell holds them: "a; b" (as the app writes a list),
    else "a, b" or "甲、乙"."""
    separator = r"[;；\n]" if re.search(r"[;；\n]", cell) else r"[,，、]"
    return list(dict.fromkeys(part.strip() for part in re.split(separator, cell)
                              if part.strip()))


def _added(ours: list[str], theirs: list[str]) -> list[str]:
    seen = {fold(alias) for alias in ours}
    added = list(ours)
    for alias in theirs:
        if fold(alias) not in seen:
            seen.add(fold(alias))
            added.append(alias)
    return added


def _kind_from(record: Mapping[str, Any]) -> str:
    """A new participant's kind when the table does not say: a person when
    it has a position or an affiliation, an organisation when it has a parent
    or an organisation type or its name has an organisation's word, else a
    person."""
    if record.get("position") or record.get("affiliation"):
        return "person"
    if record.get("parent") or record.get("org_type"):
        return "organization"
    names = " ".join(str(record.get(key) or "") for key in ("name", "native_name"))
    return "organization" if ORGANISATION_WORDS.search(names) else "person"
