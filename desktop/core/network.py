"""Who works with whom: the participants of the current events and the events
they share, as a network.

"Which ministries co-organise with NDRC?", "which ASEAN members keep turning
up together?" — the most active participants of the events in scope are the
members; two members are tied by the events both take part in (in any role),
the tie as strong as the number of those events.  The layout (a
force-directed one: members that share many events are drawn close) and the
groups of members that take part together (a community partition) are
igraph's, made for the job; both are seeded, so the same data gives the same
picture, and an edit moves only what it changed.

Counting goes straight through the DB-API cursor: each participant's links
are counted by SQLite through the participant index, its distinct events only
for those that can rank, and the links of the chosen members alone are read
to count the pairs (100 000 events, 300 000 links: about 0.05 s).
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import combinations
from typing import Any

import igraph
from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from desktop.core.countries import country_name
from desktop.core.event_filter import where
from desktop.core.filters import EventFilter
from desktop.core.listing import driver_rows
from desktop.core.models import PARTICIPANT_KINDS, Event, EventParticipant, Participant
from desktop.core.report_choices import DEFAULT_LIMIT, KINDS, LIMIT_RANGE
from desktop.core.wording import KIND_LABELS, counted

_SEED = 20250728  # any fixed number: the same data gives the same picture


@dataclass(frozen=True)
class Member:
    """A participant in the network, with the events of the scope it is in."""

    id: str
    name: str
    native_name: str
    kind: str
    country: str | None
    events: int
    group: int  # the members that often take part together share a group

    @property
    def label(self) -> str:
        return f"{self.name} ({self.native_name})" if self.native_name else self.name

    def summary(self) -> str:
        """What it is, where from and how active: "organisation, China; in 12 events"
        (the kind as the forms name it)."""
        where = f", {country_name(self.country)}" if self.country else ""
        return f"{KIND_LABELS.get(self.kind, self.kind).lower()}{where}; in {_events(self.events)}"


@dataclass(frozen=True)
class Tie:
    """Two members (indexes into ``Network.members``) and the events they share."""

    first: int
    second: int
    shared: int


@dataclass(frozen=True)
class Network:
    members: tuple[Member, ...]  # the most active first
    ties: tuple[Tie, ...]  # the strongest first
    positions: tuple[tuple[float, float], ...]  # each member's, in the layout's units
    events: int  # the events in scope
    participants: int  # the participants (of the chosen kind) in those events
    kind: str
    min_shared: int

    @property
    def left_out(self) -> int:
        return self.participants - len(self.members)

    def group_names(self) -> dict[int, str]:
        """Each group named by its most active member ("around NDRC")."""
        names: dict[int, str] = {}
        for member in self.members:
            names.setdefault(member.group, member.name)
        return names

    def in_native_names(self) -> Network:
        """The same network with each member called by its native-script name
        where it has one (国家发展和改革委员会 for the NDRC): for a report in
        Chinese."""
        return replace(self, members=tuple(replace(member, name=member.native_name or member.name)
                                           for member in self.members))

    def ties_of(self, member: int) -> list[Tie]:
        return [tie for tie in self.ties if member in (tie.first, tie.second)]

    def as_table(self) -> list[list[str]]:
        """The ties as text cells, a header first: for a spreadsheet."""
        lines = [["Participant", "Participant", "Shared events"]]
        lines += [[self.members[tie.first].label, self.members[tie.second].label,
                   str(tie.shared)] for tie in self.ties]
        return lines


def network(session: Session, event_filter: EventFilter, *, kind: str = "all",
            limit: int = DEFAULT_LIMIT, min_shared: int = 1,
            earlier: Mapping[str, tuple[float, float]] | None = None,
            shuffle: int = 0) -> Network:
    """The ``limit`` participants (of ``kind``, a key of KINDS) in the most of
    the filter's events, tied when they share at least ``min_shared`` of them.

    ``earlier``: positions of a previous picture by participant id; members
    still there start from them, so that an edit does not redraw the picture
    from scratch.  ``shuffle``: another number gives another layout of the
    same data (when a picture came out tangled)."""
    if kind not in KINDS:
        raise ValueError(f"no participants of the kind {kind!r}")
    low, high = LIMIT_RANGE
    limit = max(low, min(high, limit))
    scope = where(event_filter)
    # The events in scope, as ids: SQLite reads "link's event IN (…)" five
    # times faster than the join of links and events.
    in_scope = None if event_filter.is_empty() else \
        EventParticipant.event_id.in_(select(Event.id).where(scope))
    in_kind = EventParticipant.participant_id.in_(
        select(Participant.id).where(Participant.kind == kind)) \
        if kind in PARTICIPANT_KINDS else None
    links = _links_per_participant(session, [c for c in (in_scope, in_kind) if c is not None])
    counted = _most_active(session, links, limit, in_scope)
    chosen = list(counted)
    index = {pid: number for number, pid in enumerate(chosen)}
    pairs = _shared_events(session, scope, chosen, index)
    ties = sorted((Tie(first, second, shared) for (first, second), shared in pairs.items()
                   if shared >= max(1, min_shared)),
                  key=lambda tie: (-tie.shared, tie.first, tie.second))
    details = _details(session, chosen)
    groups = _groups(len(chosen), ties)
    members = tuple(Member(pid, *details[pid], events=counted[pid], group=groups[number])
                    for number, pid in enumerate(chosen))
    positions = _layout(len(chosen), ties, [earlier.get(pid) if earlier else None
                                            for pid in chosen], _SEED + shuffle)
    total_events = session.execute(select(func.count()).select_from(Event).where(scope))
    return Network(members, tuple(ties), positions, int(total_events.scalar_one()),
                   len(links), kind, max(1, min_shared))


def member_events(session: Session, event_filter: EventFilter,
                  participant_ids: Sequence[str]) -> list[str]:
    """The ids of the filter's events in which every one of these participants
    takes part (one: its events; two: the events they share), in list order."""
    query: Any = select(Event.id).where(where(event_filter))
    for pid in participant_ids:
        query = query.where(Event.id.in_(select(EventParticipant.event_id).where(
            EventParticipant.participant_id == pid)))
    return [event_id for (event_id,) in driver_rows(session, query.order_by(Event.seq))]


def _events(count: int) -> str:
    return counted(count, "event")


def _links_per_participant(session: Session, conditions: list[ColumnElement[bool]]
                           ) -> dict[str, int]:
    """Each participant's links to the events in scope: as many as its events
    but for the events in which it holds two roles.  Counted by SQLite
    through the participant index (counting distinct events for all 20 000
    participants sorts every link, twenty times slower)."""
    query: Any = (select(EventParticipant.participant_id, func.count())
                  .where(*conditions).group_by(EventParticipant.participant_id))
    return dict(driver_rows(session, query))


def _most_active(session: Session, links: dict[str, int], limit: int,
                 in_scope: ColumnElement[bool] | None) -> dict[str, int]:
    """The ``limit`` participants in the most events (equals by name), with
    those counts, most active first.

    A participant's links are at least its events, so the events are counted
    only for the most linked and for any other with as many links as the
    last of them has events: those alone can be among the most active."""
    by_links = sorted(links, key=lambda pid: -links[pid])
    events = _events_of(session, by_links[:limit], in_scope)
    if len(events) >= limit:
        least = sorted(events.values(), reverse=True)[limit - 1]
        events |= _events_of(session, [pid for pid in by_links[limit:]
                                       if links[pid] >= least], in_scope)
    names = _names(session, list(events))
    ranked = sorted(events, key=lambda pid: (-events[pid], names[pid].casefold(), pid))
    return {pid: events[pid] for pid in ranked[:limit]}


_CHUNK = 500  # ids per query: well under SQLite's limit of bound values


def _events_of(session: Session, participant_ids: list[str],
               in_scope: ColumnElement[bool] | None) -> dict[str, int]:
    """These participants' distinct events in scope."""
    counts: dict[str, int] = {}
    for start in range(0, len(participant_ids), _CHUNK):
        chunk = participant_ids[start:start + _CHUNK]
        query: Any = (select(EventParticipant.participant_id,
                             func.count(EventParticipant.event_id.distinct()))
                      .where(EventParticipant.participant_id.in_(chunk),
                             *([] if in_scope is None else [in_scope]))
                      .group_by(EventParticipant.participant_id))
        counts.update(driver_rows(session, query))
    return counts


def _names(session: Session, participant_ids: list[str]) -> dict[str, str]:
    names: dict[str, str] = {}
    for start in range(0, len(participant_ids), _CHUNK):
        chunk = participant_ids[start:start + _CHUNK]
        names.update((pid, name) for pid, name in session.execute(
            select(Participant.id, Participant.name).where(Participant.id.in_(chunk))))
    return names


def _shared_events(session: Session, scope: ColumnElement[bool], chosen: list[str],
                   index: Mapping[str, int]) -> Counter[tuple[int, int]]:
    """How many events in scope each pair of the chosen participants shares.

    Only the chosen participants' links are read, in event order, so each
    event's members are gathered as the rows stream by."""
    pairs: Counter[tuple[int, int]] = Counter()
    if len(chosen) < 2:
        return pairs
    query: Any = (select(EventParticipant.event_id, EventParticipant.participant_id)
                          .join(Event, Event.id == EventParticipant.event_id)
                          .where(scope, EventParticipant.participant_id.in_(chosen))
                          .order_by(EventParticipant.event_id))
    rows = driver_rows(session, query)
    for members in _by_event(rows, index):
        pairs.update(combinations(sorted(members), 2))
    return pairs


def _by_event(rows: Iterable[tuple[str, str]], index: Mapping[str, int]) -> Iterable[set[int]]:
    """The members of each event with two or more, as indexes."""
    return ({index[pid] for pid in members} for members in members_by_event(rows)
            if len(members) > 1)


def members_by_event(rows: Iterable[tuple[str, str]]) -> Iterable[set[str]]:
    """The participants of each event from (event, participant) rows in event
    order, once each (a participant may hold two roles)."""
    current: str | None = None
    members: set[str] = set()
    for event_id, pid in rows:
        if event_id != current:
            if members:
                yield members
            current, members = event_id, set()
        members.add(pid)
    if members:
        yield members


def _details(session: Session, chosen: list[str]) -> dict[str, tuple[str, str, str, str | None]]:
    """Name, native name, kind and country of each chosen participant."""
    if not chosen:
        return {}
    rows = session.execute(select(Participant.id, Participant.name, Participant.native_name,
                                  Participant.kind, Participant.country)
                           .where(Participant.id.in_(chosen)))
    return {pid: (name, native or "", kind, country or None)
            for pid, name, native, kind, country in rows}


def _graph(count: int, ties: Sequence[Tie]) -> igraph.Graph:
    graph = igraph.Graph(n=count, edges=[(tie.first, tie.second) for tie in ties])
    graph.es["weight"] = [float(tie.shared) for tie in ties]
    return graph


class _Seeded:
    """igraph draws its random numbers from a generator it is given (Python's
    ``random`` module by default); a seeded one of our own, for the time of a
    call, makes its results repeatable without touching the module's state."""

    def __init__(self, seed: int = _SEED) -> None:
        self.seed = seed

    def __enter__(self) -> None:
        igraph.set_random_number_generator(random.Random(self.seed))

    def __exit__(self, *_exc: object) -> None:
        igraph.set_random_number_generator(random)


def _groups(count: int, ties: Sequence[Tie]) -> list[int]:
    """The members that take part together more than with the others, as
    numbered groups (Louvain's partition by shared events), the group of the
    most active member first."""
    if not ties:
        return list(range(count))
    with _Seeded():
        partition = _graph(count, ties).community_multilevel(weights="weight")
    renumbered: dict[int, int] = {}
    return [renumbered.setdefault(group, len(renumbered)) for group in partition.membership]


def _layout(count: int, ties: Sequence[Tie],
            start: Sequence[tuple[float, float] | None],
            seed_number: int) -> tuple[tuple[float, float], ...]:
    """Positions in the layout's own units: tied members near each other, the
    more events they share the nearer (Fruchterman–Reingold).  A picture is
    drawn to fit whatever span they take.

    Members with a ``start`` (where an earlier picture had them) begin there,
    new ones beside the known members they are tied to, and the layout is
    only let settle, then turned to lie over the earlier one: the picture
    after an edit or another search is the one before, mended."""
    if count == 0:
        return ()
    if count == 1:
        return (start[0] or (0.0, 0.0),)
    extent = 1.6 * count ** 0.5  # about the span of such a layout
    known = sum(place is not None for place in start)
    with _Seeded(seed_number):
        spread = random.Random(seed_number)
        seed: list[list[float] | None] = [None if place is None else list(place)
                                          for place in start]
        for number, place in enumerate(seed):
            if place is None:
                seed[number] = _beside(number, ties, seed, extent, spread)
        settle = {} if known < count / 2 else {"start_temp": extent / 400, "niter": 60}
        layout = _graph(count, ties).layout_fruchterman_reingold(
            weights="weight" if ties else None, seed=seed, grid="nogrid",
            **({"niter": 500} | settle))
    placed = [(float(x), float(y)) for x, y in layout.coords]
    return _turned(placed, start) if known >= 2 else tuple(placed)


def _turned(placed: list[tuple[float, float]], start: Sequence[tuple[float, float] | None]
            ) -> tuple[tuple[float, float], ...]:
    """The layout turned (mirrored if need be) and moved to lie best over the
    earlier positions of the members that had one.  igraph turns each layout
    to its main axis, which can flip a picture that barely moved; the best
    turn for these pairs (orthogonal Procrustes, in two dimensions) undoes it."""
    pairs = [(new, old) for new, old in zip(placed, start, strict=True) if old is not None]
    new_x = sum(n[0] for n, _ in pairs) / len(pairs)
    new_y = sum(n[1] for n, _ in pairs) / len(pairs)
    old_x = sum(o[0] for _, o in pairs) / len(pairs)
    old_y = sum(o[1] for _, o in pairs) / len(pairs)
    best: tuple[float, float, float, float] | None = None  # -agreement, mirror, cos, sin
    for mirror in (1.0, -1.0):
        dot = cross = 0.0
        for (nx, ny), (ox, oy) in pairs:
            x, y = nx - new_x, mirror * (ny - new_y)
            u, v = ox - old_x, oy - old_y
            dot += x * u + y * v
            cross += x * v - y * u
        length = (dot * dot + cross * cross) ** 0.5
        if length > 0 and (best is None or -length < best[0]):
            best = (-length, mirror, dot / length, cross / length)
    if best is None:
        return tuple(placed)
    _, mirror, cos, sin = best
    return tuple((old_x + cos * (nx - new_x) - sin * mirror * (ny - new_y),
                  old_y + sin * (nx - new_x) + cos * mirror * (ny - new_y))
                 for nx, ny in placed)


def _beside(number: int, ties: Sequence[Tie], seed: list[list[float] | None], extent: float,
            spread: random.Random) -> list[float]:
    """A start for a new member: among the placed members it is tied to, or
    anywhere when there are none."""
    near = [seed[other] for tie in ties if number in (tie.first, tie.second)
            for other in (tie.first, tie.second) if other != number]
    placed = [place for place in near if place is not None]
    if not placed:
        return [spread.uniform(0, extent), spread.uniform(0, extent)]
    return [sum(x for x, _ in placed) / len(placed) + spread.uniform(-0.3, 0.3),
            sum(y for _, y in placed) / len(placed) + spread.uniform(-0.3, 0.3)]
