"""Datelines written otherwise than the wires' usual "CITY, Month Day (Agency) –",
rewritten so before ``datelines`` reads them: the Ethiopian News Agency's
"Addis Ababa May 04/2014", a press office's day in brackets, a capital and a
colon or a dash, Saba's "Riyadh - Saba" on a line of its own."""

from __future__ import annotations

import re

from desktop.core.countries import capital_country

# The Ethiopian News Agency's datelines write the year after a slash, with the
# agency in slashes or brackets or not at all: "Addis Ababa May 04/2014 Ethiopia
# and China …", "May 12/2022 /ENA/ Ethiopia and China …"
_SLASHED_DATELINE = re.compile(
    r"^[^\S\n]*(?:(?P<city>(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
    r"[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+){0,2}),?[^\S\n]+)?"
    r"(?P<day>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[^\S\n]+\d{1,2})"
    r"/(?P<year>(?:19|20)\d{2})(?:[^\S\n]*(?:/(?P<wire>[A-Z]{2,6})/|\((?P<agency>[A-Z]{2,6})\)))?"
    r"(?:[^\S\n]*[-–—:])?[^\S\n]+(?=[A-Z\"“])", re.MULTILINE)


def with_slashed_datelines(text: str) -> str:
    """The text with such datelines written as the other wires write theirs
    ("Addis Ababa, May 4, 2014 – Ethiopia …"); without a city, the day on a
    line of its own (the day the item was published) before its first paragraph;
    and a capital before a colon or a dash opening a paragraph in capitals, as a dateline
    ("Muscat: The Sultanate and …", as Gulf papers write it, is MUSCAT:); a capital and
    its agency on a line of their own before the first paragraph ("Riyadh - Saba")."""
    text = _BRACKETED_DAY_DATELINE.sub(r"\g<where>, \g<day> – ", text)
    text = _TOWN_AND_AGENCY_LINE.sub(
        lambda found: f"{found.group('town').upper()} ({found.group('agency')}) – "
        if capital_country(found.group("town").title()) else found.group(), text)
    return _CAPITAL_AND_COLON.sub(
        lambda found: found.group(1).upper() if capital_country(found.group(1)) else found.group(),
        _SLASHED_DATELINE.sub(_as_other_wires, text))


# A government's press office writes the day in brackets after the dash: "Georgetown, Guyana –
# (July 11, 2018) President David Granger, today, met …" (or with no dash: "Palikir, Pohnpei
# (July 25, 2023) President …")
_BRACKETED_DAY_DATELINE = re.compile(
    r"^(?P<where>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+){0,2},[^\S\n]+[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+){0,2})"
    r"[^\S\n]+(?:[-–—][^\S\n]+)?\((?P<day>[A-Z][a-z]+\.?[^\S\n]+\d{1,2},?[^\S\n]+\d{4}"
    r"|\d{1,2}[^\S\n]+[A-Z][a-z]+\.?,?[^\S\n]+\d{4})\)[^\S\n]+(?=[A-Z])", re.MULTILINE)


# (opening a paragraph, not a headline's "Beijing: Xi meets Lula": twelve words and more)
# (or before a dash, as AllAfrica writes it: "Brazzaville — Yang Jiechi, …, met with …")
_CAPITAL_AND_COLON = re.compile(r"^([A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+)?)"
                                r"(?=(?::|[^\S\n]+(?:--|[—–]))[^\S\n]+[A-Z](?:[^\S\n]*\S+){12})",
                                re.MULTILINE)


def _as_other_wires(found: re.Match[str]) -> str:
    day = f"{found.group('day')}, {found.group('year')}"
    if not found.group("city"):
        return f"{day}\n"
    wire = found.group("wire") or found.group("agency")
    return f"{found.group('city')}, {day}{f' ({wire})' if wire else ''} – "


# Saba's dateline, a capital and the agency a dash apart on a line of their own: "Riyadh -
# Saba", "ADEN – SABA"
_TOWN_AND_AGENCY_LINE = re.compile(r"^[^\S\n]*(?P<town>[A-Z][a-z]+|[A-Z]{3,})[^\S\n]*[-–—][^\S\n]*"
                                   r"(?P<agency>[A-Z][a-z]{2,}|[A-Z]{3,})[^\S\n]*\n(?=[A-Z])",
                                   re.MULTILINE)
