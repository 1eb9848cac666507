"""Places (and tags) written several ways, found so that they can be made one.

Colleagues write the same city as "Beijing", "beijing", "Beijing, China",
"北京" or "Vientaine"; the place facet, the counts and searches then split
it.  Places are grouped when they share a key:

- the spelling key: case, accents, traditional characters, spaces and
  punctuation set aside, and Chinese read as pinyin ("北京" and "Beijing" are
  both ``beijing``);
- the leading key: the spelling key of the part before the first comma or
  bracket, without a "city" or "province" (市, 省) after it ("Beijing, China"
  and "北京市" → ``beijing``), so a place named with its country, province or
  kind joins the bare one;
- the town: places GeoNames knows as one town, however written (万象 and
  "Vientiane", 日内瓦 and "Geneva"; ``place_countries.towns_of_places``);
- a near spelling key (rapidfuzz ratio of 85 or more, compared only among
  keys of the same first letter): a typo ("Vientaine") joins the right
  spelling.

Grouping is a proposal: the analyst picks the spellings to merge and the one
to keep, and the events take it as one step (``rename_places``,
``merge_tags``, ``rename_publishers``).  Tags are grouped the same way ("AI
governance", "AI-Governance", "AI govenance"), and so are the publishers of
sources ("Reuters", "REUTERS", "Reuters."; "新华社", "新華社").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import place_countries
from desktop.core.models import Event, EventTag, Source, Tag
from desktop.core.place_countries import towns_of_places
from desktop.core.search import fold

NEAR = 85  # rapidfuzz ratio from which two spelling keys are one place
_LEADING = re.compile(r"[,，、(（\[]")
_NOT_WORD = re.compile(r"[\W_]+")
_HAN = re.compile(r"[\u3400-\u9fff]")
_KIND = re.compile(r"(\s+(city|province|municipality)|[市省])$")


@dataclass(frozen=True)
class PlaceVariant:
    place: str
    events: int


@dataclass(frozen=True)
class PlaceGroup:
    variants: tuple[PlaceVariant, ...]  # the most used first

    @property
    def suggested(self) -> str:
        """The spelling most events use (the one to keep, unless the analyst
        picks another)."""
        return self.variants[0].place

    @property
    def events(self) -> int:
        return sum(variant.events for variant in self.variants)


def place_counts(session: Session) -> dict[str, int]:
    """Each place written on some event, with how many events have it."""
    return {place: count for place, count in session.execute(
        select(Event.place, func.count()).where(Event.place != "").group_by(Event.place))}


def tag_counts(session: Session) -> dict[str, int]:
    """Each tag some event has, with how many events have it."""
    return {name: count for name, count in session.execute(
        select(Tag.name, func.count()).join(EventTag, EventTag.tag_id == Tag.id)
        .group_by(Tag.id, Tag.name))}


def publisher_counts(session: Session) -> dict[str, int]:
    """Each publisher written on some source, with how many events cite it."""
    return {publisher: count for publisher, count in session.execute(
        select(Source.publisher, func.count(Source.event_id.distinct()))
        .where(Source.publisher != "").group_by(Source.publisher))}


_COUNTS: dict[str, Callable[[Session], dict[str, int]]] = {
    "place": place_counts, "tag": tag_counts, "publisher": publisher_counts}
Spellings = Mapping[str, frozenset[str]]


def spellings(session: Session) -> dict[str, frozenset[str]]:
    """The places, tags and publishers written on some record, by kind: what
    ``untidy_note`` compares the database with after an import."""
    return {kind: frozenset(counts(session)) for kind, counts in _COUNTS.items()}


def untidy_note(session: Session, before: Spellings | None = None) -> str:
    """A sentence on the places, tags and publishers that look written more
    than one way (what an import of a colleague's file is worth checking
    for), or "".

    With ``before`` (``spellings`` taken before an import), only the groups
    the import made or grew count: those holding a spelling that was not in
    the database.  A merge that brings no new spelling says nothing of the
    variants the analyst already had (and reads no place's pinyin)."""
    found = []
    for kind, counts_of in _COUNTS.items():
        counts = counts_of(session)
        known = before.get(kind, frozenset()) if before is not None else frozenset()
        if before is not None and counts.keys() <= known:
            continue
        # of one town however written, once the towns are read (Tidy places reads them)
        towns = (towns_of_places(counts) if kind == "place" and place_countries.is_prepared()
                 else None)
        count = sum(1 for group in place_groups(counts, towns)
                    if any(variant.place not in known for variant in group.variants))
        if count:
            found.append(f"{count} {kind}{'' if count == 1 else 's'}")
    if not found:
        return ""
    listed = found[0] if len(found) == 1 else f"{', '.join(found[:-1])} and {found[-1]}"
    return (f"{listed} may be written more than one way now "
            "(Tools ▸ Tidy places…, Tidy tags… and Tidy publishers… show them).")


def spelled_as_here(written: list[tuple[str, int]], place: str) -> str:
    """``place`` as the events here already write it, where one spelling is
    plainly the same place: the same spelling key, or the same town before
    a comma ("Luoyang, Henan Province" for 洛阳; for 河南洛阳 too, a known
    place ending a Chinese name; "Vientiane" for 万象 where the towns are
    read); the most used such spelling.  ``written``: the places written on
    events with their counts, the most used first (``places_written``).
    Else ``place`` as it is (no near spelling is taken: a typo here is no
    better than the text's own)."""
    if not place or any(known == place for known, _count in written):
        return place
    by_key: dict[str, str] = {}
    for known, _count in written:
        for key in (spelling_key(known), _leading_key(known)):
            by_key.setdefault(key, known)
    by_key.pop("", None)
    # the whole name, then (a Chinese one) what is left after a province's
    # or a region's name before it: 河南洛阳, 广西南宁
    ends = [place] + ([place[cut:] for cut in range(1, len(place) - 1)]
                      if _HAN.match(place) else [])
    for end in ends:
        for key in (spelling_key(end), _leading_key(end)):
            if key in by_key:
                return by_key[key]
    if not place_countries.is_prepared():
        return place
    town = towns_of_places([place]).get(place)
    if town is None:
        return place
    towns = towns_of_places(known for known, _count in written)
    return next((known for known, _count in written if towns.get(known) == town), place)


def place_groups(counts: dict[str, int],
                 towns: Mapping[str, int] | None = None) -> list[PlaceGroup]:
    """The places (or tags) that look like one, in groups of two or more
    spellings, the groups with the most events first.  ``towns``: the town
    each place is (``towns_of_places``), which joins places of one town
    however written (万象 and "Vientiane", 日内瓦 and "Genève")."""
    towns = towns or {}
    places = list(counts)
    parent = list(range(len(places)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    def join(first: int, second: int) -> None:
        parent[root(first)] = root(second)

    by_key: dict[str, int] = {}
    spelled: dict[str, int] = {}
    for index, place in enumerate(places):
        spelling = spelling_key(place)
        town = f"\x00town {towns[place]}" if place in towns else ""
        for key in {spelling, _leading_key(place), town}:
            if key:
                if key in by_key:
                    join(index, by_key[key])
                else:
                    by_key[key] = index
        if spelling:
            spelled.setdefault(spelling, index)
    for first, second in _near_pairs(list(spelled)):
        join(spelled[first], spelled[second])
    members: dict[int, list[PlaceVariant]] = defaultdict(list)
    for index, place in enumerate(places):
        members[root(index)].append(PlaceVariant(place, counts[place]))
    groups = [PlaceGroup(_most_used_first(found)) for found in members.values()
              if len(found) > 1]
    groups.sort(key=lambda group: (-group.events, group.suggested.casefold()))
    return groups


def _most_used_first(variants: list[PlaceVariant]) -> tuple[PlaceVariant, ...]:
    """By events; among as many, the bare name that others extend ("Vientiane"
    of "Vientiane, Laos") before a lone spelling ("Vientaine")."""
    leading = [fold(_LEADING.split(v.place, maxsplit=1)[0]) for v in variants]

    def extended(variant: PlaceVariant) -> int:
        return sum(1 for other, lead in zip(variants, leading, strict=True)
                   if other is not variant and lead == fold(variant.place))

    return tuple(sorted(variants, key=lambda v: (-v.events, -extended(v), v.place)))


def _leading_key(place: str) -> str:
    leading = fold(_LEADING.split(place, maxsplit=1)[0])
    return spelling_key(_KIND.sub("", leading) or leading)


@lru_cache(maxsize=65536)
def spelling_key(place: str) -> str:
    """The place with case, accents, character set, spacing and punctuation
    set aside, and Chinese characters read as pinyin."""
    folded = fold(place)
    if _HAN.search(folded):
        from pypinyin import lazy_pinyin  # its tables take 0.2 s to load: only when needed

        folded = "".join(lazy_pinyin(folded))
    return _NOT_WORD.sub("", folded)


def _near_pairs(keys: Iterable[str]) -> list[tuple[str, str]]:
    """Pairs of spelling keys close enough to be typos of each other, compared
    within blocks of the same first letter (not every pair of places)."""
    from rapidfuzz import fuzz, process

    blocks: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        if len(key) >= 4:  # "Rome" and "Roma"? Too short to tell from a typo.
            blocks[key[0]].append(key)
    pairs = []
    for block in blocks.values():
        for index, key in enumerate(block[:-1]):
            later = block[index + 1:]
            pairs += [(key, later[position]) for _, _, position in process.extract(
                key, later, scorer=fuzz.ratio, score_cutoff=NEAR, limit=None)]
    return pairs
