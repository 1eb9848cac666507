"""The words English uses to say who spoke at an event ("addressed the
forum", "delivered a keynote speech", "Speaking at the launch, … said", a
page's "Chair:" line) and who a report quotes with their post ("…, deputy
head of the NDRC, stressed that …"), for ``roles_named``."""

from __future__ import annotations

import re

# No role of the vocabulary: one the report quotes (see QUOTED_VERB)
QUOTED = "quoted"
# "Premier Li addressed the forum", "Du Zhanyuan delivered a keynote speech",
# "San Lwin spoke at the opening": speakers, from the sentence's start (not
# "the plan addressed the concerns", "spoke with reporters")
SPOKE = re.compile(
    # ("Ambassador Liao was addressing a celebration held …")
    r"\s+(?:also\s+)?(?:attended\s+and\s+)?(?:(?:(?:was|were)\s+addressing|address(?:ed|es))\s+"
    r"(?:the|a|an|this|its)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:forum|conference|summit|meeting|session|ceremony|opening|closing|event|dialogue"
    r"|symposium|seminar|workshop|panel|roundtable|gathering|audience|participants|delegates|attendees"
    r"|public|guests|crowd|celebration|reception|banquet"
    r"|plenary)\b"
    # ("Ambassador Tefera Deribew gives a speech at the forum")
    r"|(?:deliver(?:ed|s)|gave|gives|made|makes)\s+(?:[\w'’-]+\s+){0,3}?(?:speech(?:es)?|remarks|address(?:es)?"
    r"|keynotes?|lectures?|talks?)\b"
    r"|spoke\s+(?:at|during|to|on|via|by|in)\b"
    # ("The Minister …, Prof. Isa Pantami speaking at the kick off event …, commended")
    r"|speaking\s+(?:at|during)\s+(?:the|a|an|this|its)\b"
    # ("… said at the roundtable", "said during the opening ceremony")
    r"|(?:said|noted|stressed|told\s+(?:the\s+)?(?:participants|delegates|attendees|audience))"
    # (not "said during a joint press conference", to reporters)
    r"\s+(?:at|during)\s+(?:the|a|an|this|its)\s+(?!(?:joint\s+)?(?:press|news)\s)"
    r"(?:[\w'’-]+\s+){0,4}?"
    r"(?:forum|conference|summit|meeting|session|ceremony|opening|closing|event|dialogue"
    r"|symposium|seminar|workshop|panel|roundtable|gathering|plenary|launch|expo)\b"
    # ("… said in his opening remarks")
    r"|said\s+in\s+(?:his|her|their|a|the)\s+(?:opening\s+|closing\s+|keynote\s+|welcoming\s+"
    r"|video\s+)?(?:remarks|speech|address)\b"
    r"|spoke(?=\s*[.;]))", re.IGNORECASE)  # "…, head of the administration, also spoke."
# An event page's "Chair: Alex Krasodomski, Senior Research Associate, …": a
# speaker, as one who moderated a panel is
CHAIR_LINE = re.compile(r"^[^\S\n]*(?:chair|moderator|chaired\s+by|moderated\s+by)"
                        r"[^\S\n]*:[^\S\n]*(?P<who>[^\n]+)", re.IGNORECASE | re.MULTILINE)
# "Speaking at the launch, Minister Solly Malatsi said …", "Opening the
# workshop, …": a speaker, between
# the comma and the verb of saying
SPEAKING = re.compile(
    # ("Participating in the event, Minister of Labour … said")
    r"\b(?:Speaking|Addressing|Participating|Delivering\s+(?:a|the)\s+(?:keynote|speech|remarks)"
    # ("Opening the workshop, CDRI Executive Director Eng Netra said …")
    r"|(?:Opening|Closing)(?=\s+(?:the|a|an|this)\s)"
    # ("In his remarks at the opening ceremony on Thursday, the … Minister … said")
    r"|In\s+(?:his|her|their)\s+(?:opening\s+|closing\s+|keynote\s+|welcoming\s+)?"
    r"(?:remarks|speech|address)(?=\s+(?:at|during)\s)"
    # ("At the conference, Trade and Industry State Minister Teka Gebreyesus said …")
    # (and where it was held: "At the 10th China-Japan-ROK Foreign Ministers' Meeting held
    # in Busan, South Korea, Chinese Foreign Minister Wang Yi urged …")
    r"|(?:At|During)(?=\s+the\s+(?:[\w'’-]+\s+){0,6}?(?i:conference|forum|summit|meeting"
    r"|ceremony|event|session|roundtable|seminar|workshop|dialogue|symposium|launch"
    r"|opening)(?:\s+held\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:,\s+[A-Z][\w'’-]*"
    # (or what it was of and where and when, in small letters: "At the handover ceremony
    # of the project held at Patuxay Monument Park here on Friday night, …")
    r"(?:\s+[A-Z][\w'’-]*)*)?|\s+(?:of|held|for)\s[^,.;\n]{1,80})?\s*,))"
    r"(?:\s+(?:at|during|to|on|in|before|the|a|an|this)\b[^,.;\n]{1,120}?"
    r"(?:\s+held\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:,\s+[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)*)?)?)?,\s+"
    # (and the post after the name: "…, Wang Changlin, deputy head of the NDRC, said")
    # (a form of address's full stop within: "… Stabilization Dr. Anil Jayantha said")
    r"(?P<who>(?:[^,.;\n]|(?<=\bDr)\.|(?<=\bMr)\.|(?<=\bMs)\.|(?<=\bMrs)\.|(?<=\bProf)\.)"
    r"{3,120}?(?:,\s+[^,.;\n]{3,160}?,)?)"
    r"\s+(?:said|says|told|noted|stressed|highlighted|called|spoke"
    r"|urged|added|announced|emphasi[sz]ed|underscored|pointed|expressed|welcomed"
    # ("Speaking at the opening of the Conference, Deputy Prime Minister … affirmed")
    r"|affirmed|reaffirmed|stated|reiterated|declared|remarked"
    # ("Speaking at the signing ceremony, the Commodore … thanked China")
    r"|thanked|praised|commended|hailed|lauded)\b")
# "Wang Changlin, deputy head of the NDRC, stressed that …": one quoted in the
# report, most often a speaker but not said to be one (``new_names`` keeps
# only people named with their posts, for the analyst to give a role)
QUOTED_VERB = re.compile(r",?\s+(?:(?:has|have|had)\s+)?(?:also\s+)?"
                         r"(?:said|says|stressed|noted|highlighted"
                         r"|emphasi[sz]ed|underscored|urged|added|called|pointed\s+out"
                         # ("Mr. Chris Lu, Chief Executive Officer of Huawei Nigeria, also
                         # voiced his support …")
                         r"|voiced|expressed|commended|praised|affirmed|reaffirmed|stated"
                         r"|reiterated|declared|thanked"
                         # ("Minister of Foreign Affairs … Sergei Aleinik told reporters",
                         # "… told Xinhua")
                         r"|told\s+(?:reporters|journalists|the\s+(?:press|media)|(?-i:[A-Z])\w+)"
                         # ("Zhang Dianhu, deputy mayor of Rizhao, … introduced the
                         # situation of their city at the forum")
                         r"|introduced|presented|briefed)\b")
# "…, said President of Kazakhstan Kassym-Jomart Tokayev during the meeting of
# …": the verb before its sayer, after a quotation or a clause; a speaker when
# said at the event, quoted otherwise (the name and its post capitalised)
_CAPITAL_WORD = r"[A-Z][\w'’.-]*"
SAID_AFTER = re.compile(
    r"[,”\"]\s+(?:said|says|stressed|noted|added|emphasi[sz]ed|stated)\s+"
    # (the post first, its holder after a comma: "said the Chinese Ambassador to Sri
    # Lanka, Qi Zhenhong")
    r"(?:the\s+)?"
    # (within its line: not "… Liao Liqian.\n\nAmbassador Liao" of the next paragraph)
    rf"(?P<who>{_CAPITAL_WORD}(?:[^\S\n]+(?:(?:of|the|for|and|to|de|da|bin|al)[^\S\n]+)*"
    rf"{_CAPITAL_WORD})*"
    rf"(?:,[^\S\n]+{_CAPITAL_WORD}(?:[^\S\n]+{_CAPITAL_WORD}){{1,3}}(?=\s*[.;]|\s*$))?)"
    r"(?P<at>\s+(?:at|during)\s+(?:the|a|an|this|its)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:forum|conference|summit|meeting|session|ceremony|opening|closing|event|dialogue"
    r"|symposium|seminar|workshop|panel|roundtable|gathering|plenary|launch|expo)\b)?"
    r"(?=[\s,.;]|$)")


# "The handover is a sign of friendship between China and Burundi, Li said": what was
# said, a clause of its own, before the comma and the one who said it
# (to the first comma after its verb: "…, the Minister of …, Dr. Isa Pantami has said" keeps
# his post; not one described between commas: "Zhang Wei, who is …, said")
_WHAT_WAS_SAID = re.compile(r"^.*?\b(?<!\bwho\s)(?<!\bwhich\s)(?:is|are|was|were|will|would|has"
                            r"|have|can|should|must)\b[^,]*,\s+(?=(?:the\s+)?[A-Z])", re.DOTALL)


def after_what_was_said(who: str) -> str:
    """The words before a verb of saying without what was said before them."""
    return _WHAT_WAS_SAID.sub("", who)
