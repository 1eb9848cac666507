"""Engagement Curator: curate datasets of international engagement activities."""

__version__ = "0.1.0"
