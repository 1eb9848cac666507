"""Where the entries of a picture's legend go: side by side from the left,
wrapping to a further line when the next would pass the right edge (the
timeline, the network and the chart of the counts lay theirs out alike)."""

from __future__ import annotations

from collections.abc import Iterable

MARGIN = 10.0


def legend_places(entry_widths: Iterable[float], width: float,
                  gap: float = 16.0) -> list[tuple[int, float]]:
    """(line, x) of each entry of these widths in a legend ``width`` wide."""
    places: list[tuple[int, float]] = []
    line, x = 0, MARGIN
    for entry in entry_widths:
        if x + entry > width - MARGIN and x > MARGIN:
            line, x = line + 1, MARGIN
        places.append((line, x))
        x += entry + gap
    return places
