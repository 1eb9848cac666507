"""Reading the app's own JSON document (``format_version`` 1).

The document holds vocabularies, participants and events (with their links,
sources and figures), every record under its UUID; ``json_import`` merges it
into the store, ``json_export`` writes it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from desktop.core.changes import ValidationError

FORMAT_NAME = "engagement-curator"
FORMAT_VERSION = 1
# The document nests five levels deep (document, events, event, links, link);
# a file nested far deeper is refused before it is parsed with paths, which
# for a "[[[[…" bomb costs memory in the square of its depth.
MAX_DEPTH = 32


def read_document(path: Path) -> dict[str, Any]:
    """Parse and check the envelope of a JSON document; raise with the reason."""
    check_depth(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ValidationError.single(str(path), f"cannot be read as JSON: {exc}") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ValidationError.single(str(path), "is not an Engagement Curator JSON document")
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
        with path.open("rb") as handle:
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
        raise ValidationError.single(str(path), f"cannot be read as JSON: {exc}") from exc


def _header_value(path: Path, prefix: str) -> Any:
    import ijson

    with path.open("rb") as handle:
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
            with path.open("rb") as handle:
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
                    raise ValidationError.single(str(path), f"is not valid JSON: {exc}"
                                                 ) from exc
                if batch:
                    yield key, batch
    return chunks


def read_header(path: Path) -> dict[str, Any]:
    """Check a document file's format and version without reading it whole."""
    import ijson

    check_depth(path)
    try:
        header = {key: _header_value(path, key)
                  for key in ("format", "format_version", "vocabularies", "not_duplicates")}
    except (OSError, ijson.JSONError) as exc:
        raise ValidationError.single(str(path), f"cannot be read as JSON: {exc}") from exc
    return checked_header(path, header)


def checked_header(path: Path, header: dict[str, Any]) -> dict[str, Any]:
    """The header's vocabularies and decisions, once its format and version are
    known to be ones this version reads."""
    if header.get("format") != FORMAT_NAME:
        raise ValidationError.single(str(path), "is not an Engagement Curator JSON document")
    version = header.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ValidationError.single(
            str(path), f"has format_version {version}; this version of the app reads "
            f"up to {FORMAT_VERSION}. Update the app to import it.")
    vocabularies = header.get("vocabularies") or {}
    return {"vocabularies": vocabularies if isinstance(vocabularies, dict) else {},
            "not_duplicates": header.get("not_duplicates") or []}


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
