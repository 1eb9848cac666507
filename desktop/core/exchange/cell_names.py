"""The participants a table's cell names: "NDRC (host); 工信部 (organiser)",
"NDRC, MIIT", one a line; each name with the role or the note its brackets
hold.  A name may hold a comma, a semicolon or brackets of its own: the
known names tell them apart (see ``rejoined``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from desktop.core.exchange.table_terms import NAME_WITH_ROLE, TableTerms


class KnownNames(Protocol):
    """The participants a table's names are read against."""

    joined_names: bool  # whether any known name holds "; "

    def knows(self, typed: str) -> bool: ...


def name_role_note(typed: str, terms: TableTerms,
                   participants: KnownNames) -> tuple[str, str, str]:
    """Split "Name (role)".  Brackets that hold no known role are a note, unless
    the whole text is a known participant's name ("Ministry of Science,
    Technology and Innovation (Brazil)")."""
    found = NAME_WITH_ROLE.match(typed)
    if not found:
        return typed, "", ""
    inner = found["role"].strip()
    if (role := terms.role(inner)) is not None:
        return found["name"], role, ""
    if participants.knows(typed):
        return typed, "", ""
    return found["name"], "", inner


def participant_names(cell: str, participants: KnownNames) -> list[str]:
    """The names in a participants cell: separated by semicolons (as the app
    writes them), the Chinese enumeration comma (、) or line breaks (a cell
    listing one a line).  A cell without any is split at its commas only when
    every part is a known participant ("NDRC, MIIT"): a name may hold a comma
    of its own ("Ministry of Science, Technology and Innovation")."""
    names = rejoined([name.strip() for name in re.split(r"[;；、\r\n]", cell) if name.strip()],
                     lambda typed: participants.knows(name_only(typed)),
                     any_joined=participants.joined_names)
    if len(names) == 1 and not participants.knows(name_only(names[0])):
        parts = [part.strip() for part in re.split(r"[,，]", names[0]) if part.strip()]
        if len(parts) > 1 and all(participants.knows(name_only(part)) for part in parts):
            return parts
    return names


def rejoined(parts: list[str], known: Callable[[str], bool], *,
             any_joined: bool = True) -> list[str]:
    """A list cell's parts, those that together are one known name joined back
    ("Wang Yi; Foreign Minister" is one participant's name, written in our
    events.csv as it is): the longest such run first.  ``any_joined``: whether
    any known name holds "; " at all (rarely: then each part is one)."""
    if not any_joined or len(parts) < 2:
        return parts
    result: list[str] = []
    start = 0
    while start < len(parts):
        end = next((end for end in range(len(parts), start + 1, -1)
                    if known("; ".join(parts[start:end]))), start + 1)
        result.append("; ".join(parts[start:end]))
        start = end
    return result


def name_only(typed: str) -> str:
    """"NDRC (host)" -> "NDRC"."""
    found = NAME_WITH_ROLE.match(typed)
    return found["name"] if found else typed
