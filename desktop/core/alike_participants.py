"""The participant we have that a name not found as ours may still be: "the
ASEAN-China Center" for our "ASEAN-China Centre", scored as Find duplicate
participants scores two of ours (``identity.score_pair``), among those that
share a blocking key with it (never every participant)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from desktop.core.identity import MAX_BUCKET, MIN_SCORE, Person, score_pair

# From this score a name is taken as ours (a pasted text's "ASEAN-China
# Center", our "ASEAN-China Centre"); below it, only said to be like it.
SURE = 80


@dataclass(frozen=True)
class Alike:
    participant_id: str
    name: str
    score: int
    reasons: tuple[str, ...]

    kind: str = ""

    @property
    def sure(self) -> bool:
        """Whether the name is taken as ours: scored so high, or a body's name
        the same as ours but for spaces and punctuation ("State Owned" for our
        "State-owned"; two people may share a name, two bodies do not)."""
        return self.score >= SURE or (self.kind != "person" and any(
            reason.startswith("the same name") for reason in self.reasons))


class AlikeFinder:
    """Built on the participants once (their blocking keys), asked of as many
    names as one likes."""

    def __init__(self, people: Mapping[str, Person]) -> None:
        self.people = people
        self._buckets: dict[str, list[str]] | None = None

    def _by_key(self) -> dict[str, list[str]]:
        if self._buckets is None:  # made when first asked: most texts name no one new
            self._buckets = defaultdict(list)
            for person in self.people.values():
                for key in person.blocking_keys():
                    self._buckets[key].append(person.id)
        return self._buckets

    def alike(self, kind: str, name: str, native: str = "", country: str = "",
              aliases: tuple[str, ...] = ()) -> Alike | None:
        """The participant of ``kind`` most like one so named, scored at
        least ``MIN_SCORE``; None when there is none."""
        new = Person("", kind, name, native, country or None, None, None, list(aliases))
        buckets = self._by_key()
        others = {other for key in new.blocking_keys()
                  if len(members := buckets.get(key, ())) <= MAX_BUCKET for other in members}
        best: Alike | None = None
        for other in others:
            score, reasons = score_pair(new, self.people[other])
            if score >= MIN_SCORE and (best is None or score > best.score):
                best = Alike(other, self.people[other].name, score, tuple(reasons), kind)
        return best
