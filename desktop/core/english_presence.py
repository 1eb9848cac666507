"""Who was there, in English, as reports say it from the sentence's start:
attended, were present, took part, joined, led delegations, arrived."""

from __future__ import annotations

import re

# "Vice Minister Kang Do-hyun and Ambassador Dai Bing attended the seminar":
# attendees, from the sentence's start (not "… experts who attended the forum")
# ("Representatives of Safaricom and ZTE also attended.", "… were also present")
# ("… José Miguel Ahumada attended, while …")
# (and a caption's "A and B attend a signing ceremony …")
ATTENDED = re.compile(r"(?<!\bwho)\s+(?:also\s+)?(?:attended|attend(?=\s+(?:a|an|the)\s+[\w-]+"
                      r"(?:\s+[\w-]+)?\s+(?:ceremony|meeting|forum|summit|event)))"
                      r"(?:\s+(?:the|a|an|this|its)\b"
                      r"|(?=\s*[.;,]))"
                      r"|\s+(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance"
                      # "… were among the guests"
                      r"|among\s+(?:the\s+)?(?:guests|attendees|participants"
                      r"|those\s+(?:present|attending)))\b",
                      re.IGNORECASE)
# "Representatives of G42 … also took part in the talks": participants
# (and "… Li Lecheng joined the ASEAN-China session": not "joined hands with")
# (and those who "cut the ribbon" at an opening)
# ("President Nicolas Maduro participated in the closing ceremony of …")
TOOK_PART = re.compile(r"(?<!\bwho)\s+(?:also\s+)?(?:(?:took|take|takes)\s+part\s+in"
                       r"|participated\s+in\s+(?:the|a|an)\s"
                       r"|joined\s+(?:the|a|an)\s|(?:jointly\s+)?cut\s+the\s+ribbon"
                       # ("John Smith joined via video": took part, by video)
                       r"|joined\s+(?:(?:via|by)\s+video|virtually|online))\b",
                       re.IGNORECASE)
RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which)\s[^,]*,?")
# "A, Nepal's Foreign Secretary, and B, Assistant Foreign Minister …, led delegations":
# each stood for their side, as one by whom a delegation "was led"
LED_DELEGATION = re.compile(r"\s+(?:also\s+)?(?:led|headed)\s+(?:(?:the|their|a|an|his|her)\s+)?"
                            r"(?:[\w'’-]+\s+){0,2}?delegations?\b"
                            # (not one who "led a delegation to visit …": the visitor)
                            r"(?!\s+to\s+(?:visit|tour)\b)", re.IGNORECASE)
# "… arrived in Beijing for a state visit": the visitor took part; "… arrived in
# Tianjin on June 25 to attend the …": an attendee
# (and "… arrived on an official visit to China": the visitor)
# (and "arrived to Lebanon on Friday on an official visit", as some write it)
ARRIVED = re.compile(r"\s+(?:has\s+|have\s+)?arrive[sd]\s+(?:(?:in|at|to)\s+"
                     r"(?P<attend>[^.;\n]{1,80}?\s+to\s+attend\b)?|on\s+(?:an?|his|her|their)\s+"
                     r"(?:(?:official|state|working|two-day|three-day|first)\s+)*visit\s+to\b)")
