"""The choices of the reports (counts by period, who works with whom), apart
from the modules that compute them: the command line lists them in its help
without loading SQLAlchemy or igraph, which the window's start must not wait
for."""

from __future__ import annotations

# What a row of the counts is, and the period of a column.
ROW_FACETS = {"country": "Country", "place": "Place", "category": "Category",
              "event_type": "Event type",
              "status": "Status", "tag": "Tag", "participant": "Participant",
              "participant_country": "Participants' country",
              "none": "All events"}
PERIODS = {"year": "Year", "quarter": "Quarter", "month": "Month", "none": "All dates"}

# Which participants the network shows, and how many.
KINDS = {"all": "All participants", "organization": "Organisations", "person": "People",
         "country": "Countries", "group": "Groups"}
LIMIT_RANGE = (5, 150)

# What a comparison of two periods lists (Compare two periods…, curator compare).
COMPARISON_TABLES = {"new": "New ties", "gone": "Ties gone", "stronger": "Stronger ties",
                     "weaker": "Weaker ties", "all": "Every tie",
                     "newcomers": "Participants new to the events",
                     "absent": "Participants absent now"}
DEFAULT_LIMIT = 40
