"""Reading the app's own JSON document (``format_version`` 1).

The document holds vocabularies, participants and events (with their links,
sources and figures), every record under its UUID; ``json_import`` merges it
into the store, ``json_export`` writes it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

from desktop.core.changes import Problem, ValidationError
from desktop.core.record_basics import VOCABULARIES
from desktop.core.resources import resource
from desktop.core.stamps import stored_stamp
from desktop.core.wording import json_kind

FORMAT_NAME = "engagement-curator"
FORMAT_VERSION = 1
# The document nests five levels deep (document, events, event, links, link);
# a file nested far deeper is refused before it is parsed with paths, which
# for a "[[[[…" bomb costs memory in the square of its depth.
MAX_DEPTH = 32


_BOM = b"\xef\xbb\xbf"
_SPACE = b" \t\r\n"
_NOT_AN_OBJECT = ("is not an Engagement Curator JSON document: it holds a list or a value, "
                  "not an object with \"format\": \"engagement-curator\"")


def open_json(path: Path) -> BinaryIO:
    """The file opened for reading as bytes, past a UTF-8 byte-order mark if it
    starts with one: Notepad and PowerShell 5 write one before the JSON they
    save, and the JSON parsers refuse it as a character outside any value."""
    handle = path.open("rb")
    if handle.read(len(_BOM)) != _BOM:
        handle.seek(0)
    return handle


def is_json(path: Path) -> bool:
    """Whether the file's content begins as JSON (an object, or a list of
    objects), rather than a table: how an import tells the two apart,
    whatever the file's name.  A table's first cell may start with "["
    ("[ID]"), so a list counts only when an object or its end comes next."""
    with path.open("rb") as handle:
        start = handle.read(256).lstrip(_BOM + _SPACE)
    if start[:1] == b"[":
        start = start[1:].lstrip(_SPACE)[:1]
        return start in (b"{", b"]")
    return start[:1] == b"{"


def read_document(path: Path) -> dict[str, Any]:
    """Parse and check the envelope of a JSON document; raise with the reason."""
    check_depth(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ValidationError.single(str(path), f"cannot be read as JSON: {exc}") from exc
    if not isinstance(document, dict):
        raise ValidationError.single(str(path), _NOT_AN_OBJECT)
    _check_format(path, document)
    version = document.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ValidationError.single(
            str(path), f"has format_version {version}; this version of the app reads "
            f"up to {FORMAT_VERSION}. Update the app to import it.")
    return document


def check_depth(path: Path, limit: int = MAX_DEPTH) -> None:
    """Refuse a file whose arrays and objects nest deeper than ``limit``.

    Reads the file once as a stream of tokens, without building values or
    paths: flat memory, about two seconds for 150 MB.
    """
    import ijson

    depth = 0
    try:
        with open_json(path) as handle:
            for event, _ in ijson.basic_parse(handle, buf_size=1 << 16):
                if event in ("start_map", "start_array"):
                    depth += 1
                    if depth > limit:
                        raise ValidationError.single(
                            str(path), f"nests arrays or objects more than {limit} levels "
                            "deep: it is not an Engagement Curator document")
                elif event in ("end_map", "end_array"):
                    depth -= 1
    except (OSError, ijson.JSONError) as exc:
        raise not_json(path, exc) from exc


# A file up to this size that the streaming parser refuses is read again by
# Python's own, to say on which line it stops being JSON: the streaming
# parser shows only the text around the place.
_LOCATED_UP_TO = 16 << 20


def not_json(path: Path, exc: Exception) -> ValidationError:
    """Why a file cannot be read as JSON, on which line where that can be told."""
    try:
        if path.stat().st_size <= _LOCATED_UP_TO:
            data = path.read_bytes()
            json.loads(data.decode("utf-8-sig"))
    except json.JSONDecodeError as located:
        return ValidationError.single(f"{path.name} line {located.lineno:,}",
                                      f"cannot be read as JSON: {located.msg} "
                                      f"(column {located.colno:,})")
    except UnicodeDecodeError as undecodable:
        line = data[:undecodable.start].count(b"\n") + 1
        return ValidationError.single(f"{path.name} line {line:,}",
                                      "is not UTF-8 text, which JSON must be")
    except (OSError, RecursionError, ValueError):
        pass  # the streaming parser's own words, below
    return ValidationError.single(str(path), f"cannot be read as JSON: {exc}")


def _header_value(path: Path, prefix: str) -> Any:
    import ijson

    with open_json(path) as handle:
        for value in ijson.items(handle, prefix, use_float=True):
            return value  # the header comes first: stop reading there
    return None


def stream_chunks(path: Path, size: int = 2000) -> Callable[
        [], Iterator[tuple[str, list[dict[str, Any]]]]]:
    """The participants, then the events, of a document file, ``size`` at a time,
    read incrementally (ijson) so that memory stays flat for any file size."""
    import ijson

    def chunks() -> Iterator[tuple[str, list[dict[str, Any]]]]:
        for key in ("participants", "events"):
            with open_json(path) as handle:
                batch: list[dict[str, Any]] = []
                index = 0
                try:
                    for record in ijson.items(handle, f"{key}.item", use_float=True):
                        if not isinstance(record, dict) or not isinstance(record.get("id"), str):
                            raise ValidationError.single(f"{key}[{index}]",
                                                         "must be an object with an id")
                        batch.append(record)
                        index += 1
                        if len(batch) == size:
                            yield key, batch
                            batch = []
                except ijson.JSONError as exc:
                    raise not_json(path, exc) from exc
                if batch:
                    yield key, batch
    return chunks


def read_header(path: Path) -> dict[str, Any]:
    """Check a document file's format and version without reading it whole."""
    import ijson

    check_depth(path)
    with open_json(path) as handle:
        if handle.read(64).lstrip(_SPACE)[:1] != b"{":
            raise ValidationError.single(str(path), _NOT_AN_OBJECT)
    try:
        header = {key: _header_value(path, key)
                  for key in ("format", "format_version", "exported_at", "vocabularies",
                              "not_duplicates")}
    except (OSError, ijson.JSONError) as exc:
        raise not_json(path, exc) from exc
    return checked_header(path, header)


def checked_header(path: Path, header: dict[str, Any]) -> dict[str, Any]:
    """The header's vocabularies and decisions, once its format and version are
    known to be ones this version reads."""
    _check_format(path, header)
    version = header.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ValidationError.single(
            str(path), f"has format_version {version}; this version of the app reads "
            f"up to {FORMAT_VERSION}. Update the app to import it.")
    written = header.get("exported_at")
    return {"vocabularies": checked_vocabularies(header.get("vocabularies"),
                                                 f"{path.name}: vocabularies"),
            "not_duplicates": header.get("not_duplicates") or [],
            "exported_at": stored_stamp(written) if isinstance(written, str) else None}


def checked_vocabularies(raw: Any, named: str = "vocabularies") -> dict[str, list[str]]:
    """A document's vocabularies (the terms of each by its name), or every
    problem with them, each named from ``named``: a term that is a number,
    null or blank, or a vocabulary the format does not have, stopped the
    import halfway, once the analyst had agreed to its plan, with no word of
    where."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ValidationError.single(named, "must be an object of lists of texts, "
                                            f"not {json_kind(raw)}")
    problems = []
    for name, terms in raw.items():
        where = f"{named}.{name}"
        if name not in VOCABULARIES:
            problems.append(Problem(where, f"is not a vocabulary of format_version "
                                           f"{FORMAT_VERSION} ({', '.join(VOCABULARIES)})"))
        elif not isinstance(terms, list):
            problems.append(Problem(where, f"must be a list of texts, not {json_kind(terms)}"))
        else:
            problems += [Problem(f"{where}[{index}]", "is empty" if isinstance(term, str)
                                 else f"must be a text, not {json_kind(term)}")
                         for index, term in enumerate(terms)
                         if not isinstance(term, str) or not term.strip()]
    if problems:
        raise ValidationError(problems[:50])
    return raw


def _check_format(path: Path, header: Mapping[str, Any]) -> None:
    """Refuse a document that does not say it is one of the app's, saying
    what it says instead: a script that writes one for import is told the
    field it lacks."""
    found = header.get("format")
    if found == FORMAT_NAME:
        return
    said = ("it has no \"format\" field" if found is None
            else f"its \"format\" is {json.dumps(found, ensure_ascii=False)[:60]}")
    raise ValidationError.single(str(path), f"is not an Engagement Curator JSON document: "
                                            f"{said}; the app's own files begin with "
                                            f"\"format\": \"{FORMAT_NAME}\"")


def read_decisions(raw: Any) -> list[tuple[str, str, str]]:
    """The document's "not duplicates" decisions as (kind, first, second)."""
    if not isinstance(raw, list):
        raise ValidationError.single("not_duplicates", "must be a list")
    decisions = []
    for index, item in enumerate(raw):
        if (not isinstance(item, dict) or item.get("kind") not in ("participant", "event")
                or not isinstance(item.get("first"), str)
                or not isinstance(item.get("second"), str)
                or item["first"] == item["second"]):
            raise ValidationError.single(f"not_duplicates[{index}]",
                                         "must name a kind (participant or event) and two "
                                         "different records, first and second")
        first, second = sorted((item["first"], item["second"]))
        decisions.append((item["kind"], first, second))
    return decisions


SCHEMA = "schema/engagement-curator-1.schema.json"
# an event's lists of records, by the schema's name of their kind
_CHILD_KINDS = (("participants", "link"), ("sources", "source"), ("figures", "figure"),
                ("related", "relation"))


@lru_cache(maxsize=1)
def record_fields() -> dict[str, frozenset[str]]:
    """The fields of each kind of record (participant, event, link, source,
    figure), from the shipped schema, which allows no others."""
    schema = json.loads(resource(SCHEMA).read_text(encoding="utf-8"))
    return {kind: frozenset(definition["properties"])
            for kind, definition in schema["$defs"].items()}


def unknown_fields(key: str, position: int, record: Mapping[str, Any]) -> list[Problem]:
    """A problem for each field of ``record`` (``key``\\[``position``], with
    its links, sources and figures) that the format does not have: it would
    be dropped without a word, or seen as a change that taking theirs cannot
    make."""
    fields = record_fields()
    kind = key.rstrip("s")
    if _all_known(fields, kind, record):  # the usual case, without building sets
        return []
    path = f"{key}[{position}]"
    problems = [Problem(f"{path}.{name}", _NOT_A_FIELD.format(kind=_KIND_NAMES[kind]))
                for name in sorted(record.keys() - fields[kind])]
    if kind == "event":
        for child_key, child_kind in _CHILD_KINDS:
            children = record.get(child_key)
            for number, child in enumerate(children if isinstance(children, list) else []):
                if isinstance(child, Mapping):
                    problems += [Problem(f"{path}.{child_key}[{number}].{name}",
                                         _NOT_A_FIELD.format(
                                             kind=_KIND_NAMES[child_kind]))
                                 for name in sorted(child.keys() - fields[child_kind])]
    return problems


def _all_known(fields: dict[str, frozenset[str]], kind: str, record: Mapping[str, Any]) -> bool:
    """True when every field is known; False when ``unknown_fields`` must look
    closer (also for a list or child of the wrong type, which it passes over
    and the record's checks name)."""
    try:
        if not fields[kind].issuperset(record):
            return False
        if kind == "event":
            for child_key, child_kind in _CHILD_KINDS:
                known = fields[child_kind]
                for child in record.get(child_key) or ():
                    if not known.issuperset(child):
                        return False
    except TypeError:
        return False
    return True


_NOT_A_FIELD = f"is not a field of {{kind}} in format_version {FORMAT_VERSION}"
_KIND_NAMES = {"participant": "a participant", "event": "an event",
               "link": "an event's link to a participant", "source": "a source",
               "figure": "a figure", "relation": "an event's relation to another"}


# The lists a record holds, and what each item must be: texts (a number is
# read as its text), or objects.  A text where a list belongs would be read a
# character at a time; an object, by its keys.
_TEXTS, _OBJECTS = (str, int, float), (dict,)
_LISTS: dict[str, tuple[tuple[str, tuple[type, ...]], ...]] = {
    "participant": (("aliases", _TEXTS),),
    "event": (("tags", _TEXTS), ("participants", _OBJECTS), ("sources", _OBJECTS),
              ("figures", _OBJECTS), ("related", _OBJECTS)),
}
# The fields that name a record, of the objects in each of an event's lists and
# of a participant: an id looked up as a list or an object stopped the import.
# The fields of a list's objects that name records: their own id, then those
# naming another record, which must name one (a link's participant).
_NAMING_IN_LISTS = {"participants": ("id", "participant"), "sources": ("id",),
                    "figures": ("id",), "related": ("id", "event")}
_PARTICIPANT_NAMING = ("affiliation", "parent")


def misshapen_lists(key: str, position: int, record: Mapping[str, Any]) -> list[Problem]:
    """A problem for each list of ``record`` (``key``\\[``position``]) that is
    not a list, or holds an item of the wrong kind, or an object that names a
    record by anything but a text or has the id of one before it (the first
    of them); and for a participant that names its parent or affiliation so."""
    problems = []
    for name, kinds in _LISTS[key.rstrip("s")]:
        value = record.get(name)
        if value is None:
            continue
        items, item = ("texts", "a text") if kinds is _TEXTS else ("objects", "an object")
        if not isinstance(value, list):
            problems.append(Problem(f"{key}[{position}].{name}",
                                    f"must be a list of {items}, not {json_kind(value)}"))
            continue
        for index, found in enumerate(value):
            if not isinstance(found, kinds) or isinstance(found, bool):
                problems.append(Problem(f"{key}[{position}].{name}[{index}]",
                                        f"must be {item}, not {json_kind(found)}"))
                break
        else:
            if value and kinds is _OBJECTS and (misnamed := _misnamed_item(value, name)):
                problems.append(Problem(f"{key}[{position}].{name}{misnamed[0]}", misnamed[1]))
    if key == "participants" and (named := _misnamed(record, _PARTICIPANT_NAMING)):
        problems.append(Problem(f"{key}[{position}].{named}",
                                f"must be a text or null, not {json_kind(record[named])}"))
    return problems


def _misnamed_item(items: list[dict[str, Any]], name: str) -> tuple[str, str] | None:
    """Where and what is wrong with the first of a list's objects that names
    a record by anything but a text, or has the id of an object before it (a
    row copied in a spreadsheet, which merged into one of ours without a
    word).  An import of 100 000 events checks 300 000 links: the usual
    case, all well, is seen in one pass."""
    naming = _NAMING_IN_LISTS[name]
    if ({type(item.get(field)) for item in items for field in naming} == {str}
            and len({item["id"] for item in items}) == len(items)
            and all(item[field] for item in items for field in naming[1:])):
        return None
    for field in naming:
        given = [item.get(field) for item in items]
        for index, value in enumerate(given):
            if value is not None and not isinstance(value, str):  # (left out is None)
                return f"[{index}].{field}", f"must be a text, not {json_kind(value)}"
            if value in (None, "") and field != "id" and field in items[index]:
                # A link's participant, a relation's event, given as null or
                # empty (a cell emptied): left out it is no change, but null
                # reached the store as no record, and "" was found nowhere.
                return f"[{index}].{field}", "is required"
        if field == "id" and len(set(given)) < len(given):
            first: dict[Any, int] = {}
            for index, value in enumerate(given):
                if value and first.setdefault(value, index) != index:
                    return (f"[{index}].id",
                            f"{value} is given twice in the list (also at [{first[value]}])")
    return None


def _misnamed(record: Mapping[str, Any], naming: tuple[str, ...]) -> str | None:
    """The first field of ``record`` that names a record (its own id, a
    participant, an event) by something other than a text, if any."""
    for name in naming:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            return name
    return None
