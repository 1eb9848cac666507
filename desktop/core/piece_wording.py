"""A piece of a list of names written as most reports write it, before
``english_names`` reads who it names: a form of address with its dots, no
scholar's title, one post where two are said, a people's government or
embassy as a people's post or mission."""

from __future__ import annotations

import re

from desktop.core.countries_named import country_of_people

_PEOPLES_GOVERNMENTS = re.compile(r"^\s*(?:[Tt]he\s+)?([A-Z][a-z]+)\s+[Gg]overnment['’]s\s+")
_PEOPLES_MISSION = re.compile(r"\b([A-Z][a-z]+)\s+(embassy|consulate)\b")
_HEAD_OF_STATE_TOO = re.compile(r",\s+Head\s+of\s+(?:State|Government)(?=,)")
_SCHOLARS_TITLE = re.compile(r"\b(?:Mawlawi|Maulvi|Maulana)\s+(?=[A-Z])")
_EXCELLENCY_UNDOTTED = re.compile(r"\bH\.E(?=\s+[A-Z])")


def as_usually_worded(piece: str) -> str:
    """The piece with its wording made the usual one."""
    piece = _EXCELLENCY_UNDOTTED.sub("H.E.", piece)  # ("H.E Mrs. Lin Nan" as "H.E. Mrs. …")
    piece = _SCHOLARS_TITLE.sub("", piece)  # ("Mawlawi Amir Khan Muttaqi": no post of his)
    # ("The President of the Republic, Head of State, HE Mr. …": the first post his post)
    piece = _HEAD_OF_STATE_TOO.sub("", piece)
    # ("The Chinese government's Special Envoy Chen Lei": China's, as "Chinese Special Envoy")
    piece = _PEOPLES_GOVERNMENTS.sub(lambda said: f"{said.group(1)} " if country_of_people(
        said.group(1)) else said.group(), piece)
    # ("The Chinese embassy in Jordan … organised": its mission, as "Chinese Embassy")
    return _PEOPLES_MISSION.sub(lambda said: f"{said.group(1)} {said.group(2).capitalize()}"
                                if country_of_people(said.group(1)) else said.group(), piece)
