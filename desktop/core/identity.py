"""Who is who: participants entered twice.  (Events entered twice are
found by ``duplicate_events``, the participants a text mentions by
``name_finding``.)

Duplicates are found without comparing every pair: each participant gets a
few blocking keys (each of its names folded to one case and one Chinese
character set, the acronym of its English name, its name without spaces and
punctuation, its significant words in order, what is left of it without its
own country's name: ``name_forms``), and only participants sharing a key are
compared.  A compared pair is scored from reasons an analyst can
check, each said in words.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import combinations
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.countries import country_name
from desktop.core.models import (
    EventParticipant,
    NotDuplicate,
    Participant,
    ParticipantAlias,
)
from desktop.core.name_forms import (
    STOPWORDS,
    WORD,
    acronym,
    chinese_family_name,
    compact_folded,
    country_named,
    country_qualified_key,
    family_name,
    folded_plain_words,
    folded_without_country,
    split_qualifier,
    titled_family,
)
from desktop.core.progress import Progress
from desktop.core.search import fold

MAX_BUCKET = 60  # a key shared by more participants than this says nothing
MIN_SCORE = 50


@dataclass
class Person:
    id: str
    kind: str
    name: str
    native: str
    country: str | None
    affiliation: str | None
    parent: str | None
    aliases: list[str] = field(default_factory=list)
    events: set[str] = field(default_factory=set)

    def names(self) -> list[str]:
        return [value for value in (self.name, self.native, *self.aliases) if value]

    @cached_property
    def folded_names(self) -> dict[str, str]:
        """Its names, each folded once: blocking and scoring compare them often."""
        return {value: fold(value) for value in self.names()}

    def blocking_keys(self) -> set[str]:
        folded = self.folded_names
        keys = {f"n:{value}" for value in folded.values()}
        keys |= {f"c:{short}" for value in folded.values()
                 if len(short := compact_folded(value)) >= 4}
        short = acronym(self.name)
        if len(short) >= 2:
            keys.add(f"n:{short}")
        words = [w for w in WORD.findall(folded.get(self.name, "")) if w not in STOPWORDS]
        if len(words) >= 2:
            keys.add("w:" + " ".join(words))
        # A name with its country's name taken out keys as a name without it
        # does (its words, or its folded Chinese).
        for plain in self.country_free_names:
            keys.add(f"w:{plain}" if plain.isascii() else f"n:{plain}")
        # "… (Brazil)" keys as the name without its brackets does
        if self.unqualified is not None:
            keys.add(f"n:{self.unqualified[0]}")
        return keys

    @cached_property
    def unqualified(self) -> tuple[str, str, str] | None:
        """Its name without the qualifier in brackets at its end, folded; the
        qualifier; and the country it names ("" for none: "(MCTI)")."""
        qualified = split_qualifier(self.name)
        if qualified is None:
            return None
        return fold(qualified[0]), qualified[1], country_named(qualified[1])

    @cached_property
    def country_key(self) -> str:
        """Its name as one body of one country, however it says the country
        (``country_qualified_key``); "" for most."""
        return country_qualified_key(self.name)

    @cached_property
    def country_free_names(self) -> dict[str, str]:
        """Its names that hold its country's name, by what is left without it."""
        if not self.country:
            return {}
        return {plain: value for value, text in self.folded_names.items()
                if (plain := folded_without_country(text, self.country))}

    @cached_property
    def family_names(self) -> set[str]:
        """The family name of its Latin name and of its Chinese name, folded
        ("putin" of Vladimir Putin, 李 of Li Qiang 李强); none for most others."""
        return {fold(name) for name in (family_name(self.name, self.native, self.kind),
                                        chinese_family_name(self.native, self.kind)) if name}

    @cached_property
    def titled_family_names(self) -> dict[str, str]:
        """Its names that are a title and a family name ("President Putin",
        李总理), by the family name, folded: a report's way of naming a person,
        taken from it as a participant of its own."""
        if self.kind != "person":
            return {}
        return {family: value for value, text in self.folded_names.items()
                if (family := titled_family(text))}

    @cached_property
    def plain_names(self) -> dict[str, str]:
        """Its names by their significant words (folded Chinese as it is)."""
        return {folded_plain_words(text): value for value, text in self.folded_names.items()}


@dataclass(frozen=True)
class Candidate:
    """Two participants that may be one, with the reasons in words."""

    first: str
    second: str
    first_name: str
    second_name: str
    score: int
    reasons: tuple[str, ...]


def load_people(session: Session, *, with_events: bool = True,
                only: Collection[str] | None = None) -> dict[str, Person]:
    """Every participant, or ``only`` those."""
    people = {row[0]: Person(*row) for row in session.execute(only_these(
        select(Participant.id, Participant.kind, Participant.name, Participant.native_name,
               Participant.country, Participant.affiliation_id, Participant.parent_id),
        Participant.id, only))}
    for participant_id, alias in session.execute(only_these(
            select(ParticipantAlias.participant_id, ParticipantAlias.alias),
            ParticipantAlias.participant_id, only)):
        people[participant_id].aliases.append(alias)
    if not with_events:
        return people
    for participant_id, event_id in session.execute(only_these(
            select(EventParticipant.participant_id, EventParticipant.event_id),
            EventParticipant.participant_id, only)):
        people[participant_id].events.add(event_id)
    return people


def only_these(query: Any, column: Any, only: Collection[str] | None) -> Any:
    """``query``, narrowed to rows whose ``column`` is one of ``only`` (a Select
    of any columns: typed loosely, as SQLAlchemy types each shape apart)."""
    return query if only is None else query.where(column.in_(list(only)))


def candidate_pairs(people: dict[str, Person]) -> set[tuple[str, str]]:
    """The pairs that share a blocking key (never every pair)."""
    buckets: dict[str, list[str]] = defaultdict(list)
    for person in people.values():
        for key in person.blocking_keys():
            buckets[key].append(person.id)
    pairs: set[tuple[str, str]] = set()
    for members in buckets.values():
        if 1 < len(members) <= MAX_BUCKET:
            pairs.update((a, b) if a < b else (b, a) for a, b in combinations(members, 2))
    # A person named by title and family name is paired with the people of
    # that family name, not they with each other (the Lis are many, and are
    # not one for sharing it).
    titled = [person for person in people.values() if person.titled_family_names]
    families: dict[str, list[str]] = defaultdict(list)
    for person in people.values() if titled else ():  # most datasets have none
        for family in person.family_names:
            families[family].append(person.id)
    for person in titled:
        for family in person.titled_family_names:
            named = families.get(family, [])
            if len(named) <= MAX_BUCKET:
                pairs.update(in_order(person.id, other) for other in named if other != person.id)
    return pairs


def shown(person: Person) -> str:
    return f"{person.name} ({person.native})" if person.native else person.name


def compare_countries(first: str | None, second: str | None, reasons: list[str]) -> int:
    """Points for the same country (fewer for different ones), with the reason."""
    if not (first and second):
        return 0
    if first == second:
        reasons.append(f"same country ({country_name(first)})")
        return 10
    reasons.append(f"different countries ({first} and {second})")
    return -30


def score_pair(a: Person, b: Person) -> tuple[int, list[str]]:
    """How likely two participants are one, and why."""
    if a.kind != b.kind:
        return 0, []
    score, reasons = 0, []
    # Each name folded once, not for every pair it is in ("" for an empty one).
    folded = {"": "", **a.folded_names, **b.folded_names}
    if a.native and b.native and folded[a.native] == folded[b.native]:
        same = "" if a.native == b.native else " after simplified/traditional folding"
        score += 60
        reasons.append(f"same native name ({a.native} = {b.native}{same})")
    for one, other in ((a, b), (b, a)):
        named = {folded[value]: value for value in (one.name, one.native) if value}
        for alias in other.aliases:
            if folded[alias] in named:
                score += 50
                reasons.append(f"“{alias}” is an alias of {other.name} and the name of "
                               f"{one.name}" if folded[alias] != folded[other.name] else
                               f"“{alias}” names both")
                break
        short = acronym(other.name)
        if short and short in one.folded_names.values():
            score += 45
            reasons.append(f"“{short.upper()}” is the acronym of {other.name}")
    score += _titled_family_name(a, b, reasons)
    if a.country and a.country == b.country:
        score += _same_but_for_country(a, b, reasons)
    score += _same_but_for_qualifier(a, b, reasons)
    shared_aliases = {folded[x] for x in a.aliases} & {folded[x] for x in b.aliases}
    if shared_aliases:
        score += 40
        reasons.append(f"shared alias “{sorted(shared_aliases)[0]}”")
    if a.name.isascii() and b.name.isascii():
        closeness = fuzz.token_set_ratio(folded[a.name], folded[b.name])
        if folded[a.name] == folded[b.name]:
            score += 55
            reasons.append("the same name")
        elif compact_folded(folded[a.name]) == compact_folded(folded[b.name]):
            # "State Owned" and "State-owned": one name, however it is written
            score += 55
            reasons.append("the same name but for spaces and punctuation")
        elif closeness >= 85:
            score += int(closeness - 55)
            reasons.append(f"close romanised names ({closeness:.0f}% alike)")
    if not reasons:
        return 0, []
    score += compare_countries(a.country, b.country, reasons)
    for label, first, second in (("affiliation", a.affiliation, b.affiliation),
                                 ("parent organisation", a.parent, b.parent)):
        if first and first == second:
            score += 10
            reasons.append(f"same {label}")
    shared = len(a.events & b.events)
    if shared:
        score += min(15, 5 * shared)
        reasons.append(f"{shared} shared event{'s' if shared > 1 else ''}")
    return max(0, min(100, score)), reasons


def _titled_family_name(a: Person, b: Person, reasons: list[str]) -> int:
    """Points when one is named by a title and the other's family name
    ("President Putin" and Vladimir Putin, 李总理 and Li Qiang 李强), with the
    reason."""
    for one, other in ((a, b), (b, a)):
        for family, value in one.titled_family_names.items():  # most have none
            if family in other.family_names:
                reasons.append(f"“{value}” is a title and the family name of {other.name}")
                return 50
    return 0


def _same_but_for_country(a: Person, b: Person, reasons: list[str]) -> int:
    """Points when one's name is another's with the country's name added
    (“Ministry of Science & Technology of China” and “Ministry of Science and
    Technology”, 中国科学技术部 and 科学技术部), with the reason."""
    for one, other in ((a, b), (b, a)):
        for plain, value in one.country_free_names.items():  # most have none
            if plain in other.plain_names:
                reasons.append(f"“{value}” is “{other.plain_names[plain]}” with the "
                               "country's name")
                return 45
    return 0


def _same_but_for_qualifier(a: Person, b: Person, reasons: list[str]) -> int:
    """Points when one's name is the other's with a qualifier in brackets
    ("Ministry of Foreign Affairs (Brazil)" and "Ministry of Foreign
    Affairs"), or with the country its brackets name written out ("… of
    Brazil"), with the reason; none when the brackets name a country the
    other is not in (another country's ministry of that name)."""
    for one, other in ((a, b), (b, a)):
        if one.unqualified is None:  # most
            continue
        bare, qualifier, country = one.unqualified
        if country and other.country and other.country != country:
            continue
        if bare == other.folded_names.get(other.name, ""):
            reasons.append(f"“{one.name}” is “{other.name}” with “{qualifier}” in brackets")
            return 35
        if country and one.country_key == other.country_key:
            reasons.append(f"“{one.name}” and “{other.name}” name {qualifier} each their way")
            return 35
    return 0


def not_duplicates(session: Session, kind: str) -> set[tuple[str, str]]:
    """The pairs an analyst decided are not one."""
    return {(first, second) for first, second in session.execute(
        select(NotDuplicate.first_id, NotDuplicate.second_id).where(NotDuplicate.kind == kind))}


PROGRESS_EVERY = 20_000  # pairs scored between calls of a progress callback


def _unrefused(pairs: set[tuple[str, str]], refused: set[tuple[str, str]],
               progress: Progress | None) -> Iterator[tuple[str, str]]:
    """The pairs to score, reporting how far along; the callback may raise to cancel."""
    total = len(pairs)
    for done, pair in enumerate(pairs, start=1):
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, total)
        if pair not in refused:
            yield pair


def find_duplicate_participants(session: Session, min_score: int = MIN_SCORE,
                                progress: Progress | None = None) -> list[Candidate]:
    """Candidate pairs, most likely first; pairs decided "not duplicates" are left out."""
    people = load_people(session)
    # The one in more events first, the one the dialog offers to keep: the
    # record long in use, rather than one just typed or imported.
    return ranked(((a, b) if len(people[a].events) >= len(people[b].events) else (b, a)
                    for a, b in _unrefused(candidate_pairs(people),
                                           not_duplicates(session, "participant"), progress)),
                   lambda a, b: score_pair(people[a], people[b]),
                   lambda key: shown(people[key]), min_score)


def ranked(pairs: Iterable[tuple[str, str]],
            score: Callable[[str, str], tuple[int, list[str]]], shown: Callable[[str], str],
            min_score: int) -> list[Candidate]:
    """Score the pairs; keep the likely ones, most likely first."""
    found = []
    for first, second in pairs:
        points, reasons = score(first, second)
        if points >= min_score:
            found.append(Candidate(first, second, shown(first), shown(second), points,
                                   tuple(reasons)))
    # Ties in a fixed order: the pairs come from sets and numpy, in no order of their own.
    found.sort(key=lambda item: (-item.score, item.first_name.lower(), item.second_name.lower(),
                                 item.first, item.second))
    return found


def in_order(first: str, second: str) -> tuple[str, str]:
    return (first, second) if first < second else (second, first)
