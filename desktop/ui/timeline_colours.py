"""The colours of the timeline's marks when a field other than their lane
colours them, and the legend's entries for those colours."""

from __future__ import annotations

import functools
from typing import NamedTuple

from PySide6.QtGui import QColor

from desktop.core.timeline_colours import COLOUR_GROUPS, COLOURED, ColourKey
from desktop.core.wording import counted
from desktop.ui.colours import PALETTE
from desktop.ui.timeline_data import TimelineData


class ColourLegend(NamedTuple):
    """The legend's line that says which colour is which value: its title
    (the field), each entry's text and colour (as RGBA), and the values each
    entry stands for (one, or the rest together)."""

    title: str
    entries: tuple[tuple[str, int], ...]
    values: tuple[tuple[str, ...], ...] = ()


NO_COLOURS = ColourLegend("", ())  # the marks are in their lanes' colours
OTHER = PALETTE[-1]  # the values past the commonest ``COLOURED`` share this grey


def colours_of(data: TimelineData, *, banded: bool = False
               ) -> tuple[dict[str, QColor] | None, ColourLegend]:
    """Each value's colour and the legend's entries for them, when a field
    other than the lanes colours the marks (else None and none).  ``banded``:
    the frame draws density bands, in grey; the legend's title says where
    the colours are."""
    if data.colour_by == "lane":
        return None, NO_COLOURS
    data.ensure_loaded()
    keys = tuple(data.colour_keys)
    title = COLOUR_GROUPS[data.colour_by] + (" (the events, once zoomed in)" if banded else "")
    values = tuple((key.key,) for key in keys if key.slot < COLOURED)
    rest = tuple(key.key for key in keys if key.slot >= COLOURED)
    return mark_colours(keys), ColourLegend(f"{title}:", colour_legend(keys),
                                            values + ((rest,) if rest else ()))


@functools.lru_cache(maxsize=8)
def mark_colours(keys: tuple[ColourKey, ...]) -> dict[str, QColor]:
    """Each value's colour by its rank in the whole dataset (kept however the
    view moves or the filter narrows); those ranked past ``COLOURED`` are
    absent and drawn ``OTHER``."""
    return {key.key: PALETTE[key.slot] for key in keys if key.slot < COLOURED}


@functools.lru_cache(maxsize=8)
def colour_legend(keys: tuple[ColourKey, ...]) -> tuple[tuple[str, int], ...]:
    """(text, colour as RGBA) of each coloured value with its count, the
    commonest first, and of the rest together after them: one by name when
    it is alone."""
    entries = [(f"{key.label} ({key.count:,})", PALETTE[key.slot].rgba())
               for key in keys if key.slot < COLOURED]
    rest = [key for key in keys if key.slot >= COLOURED]
    if len(rest) == 1:  # named, in the colour the others would share
        entries.append((f"{rest[0].label} ({rest[0].count:,})", OTHER.rgba()))
    elif rest:
        entries.append((f"{counted(len(rest), 'other value')} "
                        f"({sum(key.count for key in rest):,})", OTHER.rgba()))
    return tuple(entries)
