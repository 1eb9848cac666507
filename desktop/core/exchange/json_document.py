"""Reading the app's own JSON document (``format_version`` 1).

The document holds vocabularies, participants and events (with their links,
sources and figures), every record under its UUID; ``json_import`` merges it
into the store, ``json_export`` writes it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop.core.changes import ValidationError

FORMAT_NAME = "engagement-curator"
FORMAT_VERSION = 1


def read_document(path: Path) -> dict[str, Any]:
    """Parse and check the envelope of a JSON document; raise with the reason."""
    try:
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError.single(str(path), f"cannot be read as JSON: {exc}") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ValidationError.single(str(path), "is not an Engagement Curator JSON document")
    version = document.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ValidationError.single(
            str(path), f"has format_version {version}; this version of the app reads "
            f"up to {FORMAT_VERSION}. Update the app to import it.")
    return document
