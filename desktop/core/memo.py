"""A function of one text worked out once per distinct text.

An import repeats the same dates, countries and participant names thousands
of times, and reading one (the friendly date parser, the country lookup) costs
microseconds.  A memo lives as long as the import that made it, so nothing is
held once the import is done.  A refusal is remembered as its message and
raised again, as a new exception, for every record that repeats the value.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Once(Generic[T]):
    def __init__(self, function: Callable[[str], T],
                 refusal: type[Exception] = ValueError) -> None:
        self.function = function
        self.refusal = refusal
        self.results: dict[str, T] = {}
        self.refusals: dict[str, str] = {}

    def __call__(self, text: str) -> T:
        if text in self.results:
            return self.results[text]
        if text in self.refusals:
            raise self.refusal(self.refusals[text])
        try:
            result = self.results[text] = self.function(text)
        except self.refusal as exc:
            self.refusals[text] = str(exc)
            raise
        return result
