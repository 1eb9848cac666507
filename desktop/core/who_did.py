"""Who a sentence says did something, from the words before the verb: without
the day or the clause the sentence opens with ("On 3 May 2025", "Yesterday,",
"Speaking at the forum,"), where and when it was done, and only the one a
relative "who" is of (see ``roles_named``)."""

from __future__ import annotations

import re

from desktop.core.countries_named import MISSION
from desktop.core.english_posts import TITLE
from desktop.core.spreadsheet_dates import MONTH_NAME

# "During a meeting in Brazil on July 5, China's NDRC signed …": where and
# when, up to a comma, name no signatory ("Representatives from Huawei, …"
# name who)
# (not a post's "in": "…, the Minister in the Prime Minister's Office, met …")
# (nor the "in charge of" of a post: "Minister at Presidency in Charge of National Defense …")
# (nor what an envoy is for: "Special Envoy on Afghan Affairs of the … Yue Xiaoyong visited")
_WHERE_OR_WHEN = re.compile(r"(?<!\bMinister\s)\b(?:in|at|during|(?<![Ee]nvoy\s)on)\s+"
                            r"(?!charge\s+of\b)[^,]*"
                            r"(?:,|$)", re.IGNORECASE)
# "On 3 May 2025 NDRC and Laos signed …", "In March NDRC …": a day or month the
# sentence opens with, no comma after it
_MONTH = MONTH_NAME
_OPENING_WHEN = re.compile(
    rf"^\s*(?:(?:on|in|from|since)\s+)?(?:\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?"
    rf"|{_MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|\d{{4}}"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    # ("Yesterday, the president took part …", "Earlier this week, …")
    r"|yesterday|today|tomorrow|meanwhile|recently|previously|last\s+(?:week|month|year)"
    r"|afterwards|subsequently"
    # (words joining the sentence to the one before: "Furthermore, …", "Additionally, …")
    r"|furthermore|additionally|moreover|likewise|similarly|also|besides|in\s+addition"
    r"|separately|elsewhere|in\s+a\s+separate\s+(?:ceremony|event|signing|agreement)"
    # ("For her part, Trade, Industry and Supply Minister Maha Ali thanked …")
    r"|(?:for|on)\s+(?:his|her|their|its)\s+part"
    r"|(?:earlier|later)(?:\s+(?:today|this\s+(?:week|month|year)|that\s+day))?"
    # ("Speaking at a meeting in …, President … said": the clause before the sayer)
    r"|(?:speaking|addressing|opening|closing|delivering|attending)\b[^,.;\n]*"
    # ("After meeting in Beijing, Premier … and …", "Following the talks in Beijing,
    # President …": what was done before)
    r"|(?:after|before|following|prior\s+to)\s+(?:meeting|talks|the\s+(?:talks|meeting"
    r"|ceremony|forum|summit|negotiations))\b[^,.;\n]*"
    # ("According to the Agency for …, the two sides agreed": who says so)
    r"|according\s+to\b[^,.;\n]*"
    # ("At the invitation of … N.Enkhtaivan, … Wang Yi has begun his visit": the
    # one invited did it; the inviter hosts it, ``roles_named``)
    # (and the inviter's name after their post: "… of the People's Republic of China, Xi
    # Jinping, the President of …"; not the one invited after a body)
    rf"|(?:at|on|upon)\s+the\s+invitation\s+of\s+(?:the\s+)?{TITLE}\b[^,;\n]*"
    r",\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})(?=,)"
    r"|(?:at|on|upon)\s+the\s+invitation\s+of\b[^,;\n]*"
    # ("Under the joint witness of A and B, C and D signed …", "In the presence of
    # A, …": those who saw it done, up to the comma)
    # (and "witnessed by the heads of state of A and B, C signed …")
    r"|(?:under\s+the\s+(?:joint\s+)?witness|in\s+the\s+(?:joint\s+)?presence)\s+of\s"
    r"[^,;\n]*|witnessed\s+by\s[^,;\n]*"
    # ("Under the Transport Ministry, Malaysia and China signed …": which of the
    # ministry's documents)
    r"|(?:under|for)\s+the\s+[^,.;\n]*?(?:ministry|department|agency))\b,?",
    re.IGNORECASE)


_OPENING_QUOTATION = re.compile(r"^\s*[“\"][^”\"\n]{1,400}[”\"],?")


def who_did(words: str) -> str:
    """The words naming who did it, without the day the sentence opens with
    nor where and when it was done."""
    # (a quotation the sentence opens with: "“China is a good friend,” said the Ambassador
    # while speaking at …")
    words = _OPENING_QUOTATION.sub(" ", words)
    # (the one a clause after "which" names: "A met with B …, following an invitation from
    # the latter during which A called for …": A alone)
    words = _DURING_WHICH.split(words)[-1]
    # (a dash opening the line after a dateline: "JUBA, 05 DECEMBER 2018\n-On Tuesday, …")
    words = _OPENING_DASH.sub(" ", words)
    words = _OPENING_WHEN.sub(" ", _before_who(_DOING_AFTER.sub("", words)))
    # (an opening phrase after when: "On the afternoon of April 14, 2023, under the
    # joint witness of …, A and B signed")
    words = _without_where_or_when(words)
    for _phrase in range(3):
        words, opened = _OPENING_WHEN.subn(" ", words)
        if not opened:
            break
    return _AUXILIARY_CLOSING.sub("", words)


_DURING_WHICH = re.compile(r"\b(?:during|in|at|after|following)\s+which\s+", re.IGNORECASE)
_OPENING_DASH = re.compile(r"^\s*(?:--|[-–—])(?=[A-Z])")
# ("The new Chinese Ambassador …, Hu Zhangliang, has today presented …": no part of who)
# ("Xi and his Costa Rican counterpart Laura Chinchilla were witnesses to …")
_AUXILIARY_CLOSING = re.compile(r",?\s+(?:has|have|had|was|were)"
                                r"(?:\s+(?:today|yesterday|also|now|just|formally|officially))*\s*$")


# "Kuwait – represented by … – and China – represented by … – signed": an
# aside between dashes names who stood for a side, not a side
_DASHED_ASIDE = re.compile(r"\s[–—]\s+[^–—\n]{1,160}?\s[–—](?=\s)")


def without_asides(text: str) -> str:
    """The text with its asides between dashes blanked out (where the rest is
    kept): the sides that did something are read around them."""
    return _DASHED_ASIDE.sub(lambda aside: " " * len(aside.group()), text)


def _without_where_or_when(words: str) -> str:
    def kept(where: re.Match[str]) -> str:
        """The place a body's name closes with, and the rest without where or when."""
        if not (_MISSION_OF.search(words, 0, where.start()) or (
                where.group().startswith("in ") and _BODY_IN.search(words, 0, where.start()))):
            return " "
        # ("the Chinese Embassy in South Africa on Tuesday": in South Africa)
        place = _CAPITALISED_PLACE.match(where.group())
        rest = where.group()[place.end():] if place else ""
        return (place.group() if place else where.group()) + _without_where_or_when(rest)

    return _WHERE_OR_WHEN.sub(kept, words)


_CAPITALISED_PLACE = re.compile(r"(?:in|at|on|during)\s+(?:the\s+)?[A-Z][\w'’-]*"
                                r"(?:\s+[A-Z][\w'’-]*)*")


# "…, Prof. Isa Pantami speaking at the kick off event which held at …, commended":
# what they were doing, after the name
# (and where they went before: "President Lazarus Chakwera arrived Monday in China and went
# straight to business with … holding bilateral talks with")
_DOING_AFTER = re.compile(r"\s+(?:speaking|addressing|attending|arrived|arrives|went|travell?ed)"
                          r"\s.*$", re.DOTALL)


# "… of the embassy of Indonesia in China": where the mission is, part of its name
_MISSION_OF = re.compile(rf"{MISSION}\s+of\s+(?:the\s+)?"
                         r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+$")


# "The Chinese Enterprises Association in Bangladesh (CEAB) and …", "The Ethiopian
# Embassy in China": a body named with the country it is in
_BODY_IN = re.compile(r"\b[A-Z][\w'’-]*\s+(?:Association|Chamber|Society|Federation|Council"
                      r"|Office|Centre|Center|Institute|Embassy|Consulate(?:[\s-]General)?)\s+$")


# "The ceremony was led by Cairo University President Mohamed Sami, who signed
# …": the one "who" is of, the capitalised words (and the small words names
# hold) right before it
# (and up to the verb: "… met with Foreign Minister Miguel Vargas, who came to Beijing to sign
# …": Vargas)
_RELATIVE_WHO = re.compile(r",?\s+who(?:\s+[^,]*)?$")
_IN_NAMES = frozenset(("of", "for", "and", "the", "on", "de", "da", "do", "dos", "van", "von",
                       "der", "bin", "binti", "al", "el", "di", "du", "&"))


def _before_who(words: str) -> str:
    relative = _RELATIVE_WHO.search(words)
    if relative is None:
        return words
    parts = words[:relative.start()].split()
    first = len(parts)
    while first > 0 and (parts[first - 1][:1].isupper() or parts[first - 1] in _IN_NAMES):
        first -= 1
    while first < len(parts) and parts[first] in _IN_NAMES:  # a name opens with its own word
        first += 1
    # ("the executive secretary of the Ministry of …, Márcio Elias, who signed": the post too)
    before = " ".join(parts[:first]) + " "
    post = _POST_BEFORE.search(before)
    return (before[post.start():] if post else "") + " ".join(parts[first:])


_POST_BEFORE = re.compile(rf"(?:\bthe\s+)?\b{TITLE}\s+(?:of|at)\s+(?:the\s+)?$")
