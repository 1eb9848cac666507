"""The words English uses for what was launched or opened ("Tsinghua
University and NUS launched a joint research centre", "The China-Egypt AI
Joint Laboratory was officially opened"): those who launched it took part,
and what was opened, named as a centre or a lab, is the event's outcome (see
``roles_named``)."""

from __future__ import annotations

import re

# "Tsinghua University and NUS on Wednesday launched a joint research centre":
# those who launched it took part (from the sentence's start)
# (a headline's "A and B to set up …": "to" is no part of B's name)
LAUNCHED = re.compile(r"\s+(?:(?:have|has|to|will)\s+)?"
                               r"(?:(?:also|jointly|officially|formally)\s+)?(?:launched"
                               r"|unveiled|inaugurated|opened|set\s+up|established"
                               r"|announced\s+the\s+(?:opening|launch)\s+of"
                               # ("Digital Minister Gobind Singh Deo officiated the launch")
                               r"|officiated(?:\s+at)?)\s+(?:(?:a|an|the|their|its)\b|[\"“])",
                               re.IGNORECASE)
# "… launched the China-Egypt AI Innovation Centre": what was launched is the
# event's outcome, where it is named so
# (not "on" the day it was done: "… for Artificial Intelligence on Thursday")
_ON_NO_DAY = (r"on(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January"
              r"|February|March|April|May|June|July|August|September|October|November"
              r"|December)\b)")
OPENED_NAME = re.compile(
    r"\s*(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?-i:[A-Z0-9])[\w'’-]*|of|for|on|and|&)){0,8}?"
    r"\s+(?:Cent(?:re|er)|Lab|Laboratory|Institute|Academy|Hub|Accelerator|Base|Park)\b"
    # (and what it is for: "… Joint Centre for Artificial Intelligence Research")
    rf"(?:\s+(?:for|of|{_ON_NO_DAY})(?:\s+(?:the|and|&))*(?:\s+[A-Z0-9][\w'’-]*)+"
    rf"(?:(?:\s+(?:and|&|of|for|{_ON_NO_DAY}|the))+(?:\s+[A-Z0-9][\w'’-]*)+)*)?)")
# "The China-Egypt AI Joint Laboratory was officially opened": what was opened
# (named as a centre, a lab …) is the event's outcome
WAS_OPENED = re.compile(r"\s+(?:was|were|has\s+been|have\s+been)\s+(?:officially\s+"
                                 r"|formally\s+|jointly\s+)?(?:opened|launched|inaugurated"
                                 r"|unveiled|established|set\s+up)\b", re.IGNORECASE)
