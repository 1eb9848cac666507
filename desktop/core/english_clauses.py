"""Where a clause or a sentence of English begins and ends, for reading who
did what (``roles_named``): a full stop ends a sentence but not that of
"Dr." or "Co., Ltd."; a comma before a word in small letters ends a clause,
but not one before a post ("Zhang Ming, vice chairman of …")."""

from __future__ import annotations

import re

# (and a dash, which ends a dateline: "BRASILIA, Nov 20 2024 - Brazil's …")
# (and "while", "whereas": "X spoke, while Y and Z were among the guests")
# A full stop ends a sentence, but not the dot of "Dr." or "Mr.", nor that of
# "Co., Ltd." unless a capital follows it ("… Huawei Technologies (Thailand)
# Co., Ltd. signed" goes on; "… Co., Ltd. The MoU was …" ends)
# (nor that of an initial or of letters it joins: "H.E. Zhang Yiming", "U.S.")
FULL_STOP = (r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)(?<!\bProf)(?<!\bHon)(?<!\bAmb)"
             r"(?<!\bEng)(?<!\b[A-Z])"
             # (nor a military rank's: "Lt. Gen. Abdul-Fattah Al-Burhan")
             r"(?<!\bLt)(?<!\bGen)(?<!\bCol)(?<!\bMaj)(?<!\bBrig)(?<!\bCapt)(?<!\bAdm)"
              r"(?:(?<!\bCo)(?<!\bLtd)(?<!\bInc)(?<!\bCorp)\.(?![A-Za-z])|\.(?=\s+[A-Z\"“]))")
SENTENCE_START = re.compile(FULL_STOP + r"|[;:!?\n—–]|\s--?\s|\b(?:while|whereas)\s")
# Who met whom is said in a clause of its own ("…, the ministry said, as Chinese
# President Xi Jinping met Brazilian President …")
CLAUSE_START = re.compile(rf"{SENTENCE_START.pattern}|,\s"
                          r"|\b(?:as|while|when|after|before|where)\s")
# The words a post opens with, in small letters or capitals (written so)
POSTS = (r"(?:vice|deputy|assistant|first|second|third|executive|senior|principal|special"
         r"|director|president"
         r"|minister|chairman"
         r"|chairwoman|chair|secretary|head|ceo|chief|ambassador|governor|mayor|founder"
         r"|general|professor|spokes\w+|permanent|prime|fellow|researcher|dean|lecturer"
         r"|party\s+secretary|official|member\s+of|representative)\b")
# A clause ends at a sentence's end (not at the dot of "Co., Ltd." or "Dr."),
# or at a comma before a word in small letters other than "and" (", the forum
# launched"; ", the Ministry of …" goes
# on naming), or before "to", "on", "in" after the names ("hosted by NDRC in
# Beijing"; not "for", which names hold: "Association for Science and Technology").
CLAUSE_END = re.compile(FULL_STOP + r"|[;:!?。；！？\n]"
                        # (a verb after the names: "… between A and B will set the pace …")
                        r"|\s(?=(?:will|would|shall|could)\s)"
                        # (and what was said after them: "… his Kiribati counterpart Taneti
                        # Maamau that the two countries should …")
                        r"|\s(?=that\s)"
                        # (and who says so, closing the sentence: "…, the Jordan News
                        # Agency, Petra, reported.")
                        r"|,\s+(?=(?:the\s+)?[A-Z][^,.;\n]{1,60}?(?:,\s+[A-Z][^,.;\n]{1,30})?,?"
                        r"\s+(?:reported|reports|said|says)\s*[.;\n])"
                        # (not before a post: "Zhang Ming, vice chairman of …"; nor
                        # before those a list goes on to: ", including A and B")
                        r"|,\s+(?!and\b|&|including\b|notably\b|such\s+as\b|as\s+well\s+as\b)"
                        r"(?!(?:the\s+|an?\s+)?" + POSTS + r")"
                        # (a brand in small letters goes on naming: ", iFlytek")
                        r"(?:the\s+[a-z]|(?!the\s)[a-z](?![A-Z]))"
                        # ", and attended by …": what else was done (not ", and the Ministry")
                        r"|,\s+and\s+(?!the\b)[a-z]"
                        # (a headline's next verb: "… Visits Huawei's Centre, Unveils …")
                        r"|,\s+(?=(?:Unveils|Signs|Launches|Opens|Says|Pledges|Vows|Calls|Urges"
                        r"|Announces|Agrees|Inks|Hosts|Meets|Visits|Holds|Discusses|Backs"
                        r"|Commits|Welcomes|Tours|Seeks|Eyes)\b)"
                        # (a post goes on: "Ambassador to Kenya Guo Haiyan", "Jane
                        # Smith, Senior Fellow at the Brookings Institution, and …")
                        # (where an embassy is goes on its name, what it did on ends it:
                       # "with the Chinese Embassy on the refurbishment of …")
                       r"|(?<=[Ee]mbassy)\s(?:on|at|from|with|during|following|after)\s"
                       r"|(?<!\bAmbassador)(?<!\bambassador)(?<!\bEnvoy)(?<!\benvoy)"
                        r"(?<!\bFellow)(?<!\bfellow)(?<!\bProfessor)(?<!\bprofessor)"
                        # ("Special Staff to the Minister of …", "Adviser to the President")
                        r"(?<!\bStaff)(?<!\bAdviser)(?<!\bAdvisor)(?<!\bAssistant)"
                        # ("Economic and Commercial Counsellor at the Embassy, Mr. …")
                        r"(?<!\bCounsellor)(?<!\bCounselor)"
                        r"(?<!\bResearcher)(?<!\bresearcher)(?<!\bLecturer)(?<!\blecturer)"
                        # (an embassy is named with where it is: "the Chinese Embassy in Egypt")
                        r"(?<![Ee]mbassy)(?<![Cc]onsulate)(?<![Cc]onsulate[- ]General)"
                        # ("representatives from Alibaba Cloud and SenseTime")
                        r"(?<![Rr]epresentatives)(?<![Oo]fficials)(?<![Dd]elegates)"
                        r"(?<![Dd]elegation)(?<![Ee]xecutives)(?<![Ee]xperts)"
                        # (not a body's "under" what it reports to: "the Agency for
                        # Innovation and Technology under the President of …")
                        # ("signed six MoUs with China following a visit by …")
                        # ("signed new trade deals with Argentina as the Asian giant expands …")
                       # (not where one is from before another named: "led by Deputy
                       # Minister A from Azerbaijan and Assistant Foreign Minister B")
                       # (nor where an envoy is posted before their name: "Ambassador of
                       # China to Morocco, Li Changlin")
                       # (after a form of address too: "…, H.E Zhang Lizhong")
                       # (or without the comma, after "His Excellency": "Ambassador of … to
                       # Fiji His Excellency Qian Bo")
                       # ("secretary of state to the minister for foreign affairs in
                       # charge of economic diplomacy": a post goes on)
                       r"(?<!\bstate)(?<!\bState)(?!\sin\s+charge\s+of\b)"
                       r"\s(?:in|on|at|to(?!\s+[A-Z][\w'’-]+\s+(?:His|Her)\s+Excellency\b)"
                       # ("… to the Federal Republic of Somalia, H.E. Mr. Fei Shengchao")
                       r"(?!\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:of\s+)?[A-Z][\w'’-]+){0,3},\s+"
                       r"(?:(?:H\.\s?E|Mr|Mrs|Ms|Dr|Prof)\.?\s+){0,2}[A-Z][\w'’-]+"
                       r"\s+[A-Z])"
                       # (nor with no comma, the name closing the sentence: "… the Ambassador
                       # of China to Somalia Fei Shengchao.")
                       # ("… to the Republic of Yemen Kang Yong.")
                       r"(?!\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:of\s+)?[A-Z][\w'’-]+){0,3}?\s+"
                       r"(?:(?:H\.\s?E|Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-Z][a-z]+\s+[A-Z][a-z]+\s*(?:[.;]|$))"
                       r"|from(?!\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
                       r"\s+and\s+(?:the\s+)?[A-Z])|with|during|following|after|ahead\s+of"
                       r"|(?<!\bwell\s)as(?!\s+well\b)"
                        r"|under(?!\s+the\s+(?:President"
                        r"|Prime\s+Minister|Ministry|Government|Cabinet|State\s+Council)\b))\s")


# A sentence opening on a time gone by ("In December last year, Somali president Hassan
# Sheikh met with …", "Last month, …"): what it says is of an earlier event
_RECALLED_OPENING = re.compile(r"(?:In\s+(?:[A-Z][a-z]+\s+)?(?:last|the\s+previous)|Last"
                               r"|Earlier\s+this)\s+(?:year|month|week)\b[^.;\n]*$")
_SENTENCE_CLOSED = re.compile(r"[.!?](?:\s|$)")


_FULL_STOP_OR_LINE = re.compile(FULL_STOP + r"|[!?\n]")


def recalled(text: str, end: int) -> bool:
    """Whether the sentence holding ``end`` opens on a time gone by, after a
    sentence of the text's own event (the first one is that event however it
    opens: "Last month the President of Panama paid a state visit …")."""
    sentence = max(0, end - 320)  # (a sentence's words before what was done, at most)
    for stop in _FULL_STOP_OR_LINE.finditer(text, sentence, end):
        sentence = stop.end()
    return bool(_RECALLED_OPENING.match(text[sentence:end].lstrip())) and bool(
        _SENTENCE_CLOSED.search(text, 0, sentence))
