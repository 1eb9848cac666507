"""A participant a text names that the database does not hold yet, as the
text describes it (see ``new_names``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop.core.alike_participants import Alike
from desktop.core.search import fold


@dataclass(frozen=True)
class NewName:
    """A participant the text names that is not in the database yet."""

    name: str
    kind: str  # person, organization or country
    role: str = ""  # as the role vocabulary writes it; "" for none it holds
    native_name: str = ""
    alias: str = ""  # an acronym the text gives in brackets ("CICG")
    country: str = ""  # ISO code
    position: str = ""  # a person's post, as the text gives it
    # the body a person is said to be of ("… of the ASEAN-China Center"),
    # as written, and its id where it is a participant we have
    affiliation: str = ""
    affiliation_id: str = ""
    remote: bool = False  # "(via video)"
    # the participant we have that it may be (Find duplicate participants' score)
    alike: Alike | None = None

    def fields(self) -> dict[str, Any]:
        """The participant's fields beside its kind and names, as stored."""
        values: dict[str, Any] = {}
        if self.country:
            values["country"] = self.country
        if self.position:
            values["position"] = self.position
        if self.alias:
            values["aliases"] = [self.alias]
        if self.affiliation_id:
            values["affiliation"] = self.affiliation_id
        return values

    def new_body(self, others: Iterable[NewName]) -> NewName | None:
        """The new body of ``others`` this new person is said to be of (by its
        name or native name, in either character set), if there is one."""
        if self.kind != "person" or not self.affiliation or self.affiliation_id:
            return None
        said = fold(self.affiliation)
        return next((other for other in others if other.kind != "person"
                     and said in (fold(other.name), fold(other.native_name))), None)
