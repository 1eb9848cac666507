"""The event type a headline or a first sentence names, for New event from
text: by a type's own name ("… Forum opens": forum; the head of a name that
holds several, "the Forum on China-Africa Cooperation Summit": summit), else
by the Chinese or English words for it ("China, Laos sign AI pact": an
agreement signing; 签署: the same)."""

from __future__ import annotations

import re

from desktop.core.search import fold


def type_named(types: list[str], title: str) -> str:
    """The event type a headline names as a word or words, when it names one
    (in Chinese, the most particular it names: 峰会 before 会议)."""
    # (not the occasion it was held beside: "inked a deal on the sidelines of the
    # Connected Summit" is a signing)
    folded = _ON_THE_SIDELINES.sub(" ", title.casefold())
    # (not a word saying what a document is: "sign 15 partnership agreements")
    named = [value for value in types
             if re.search(rf"(?<!\w){re.escape(value.casefold())}(?!\w){_NOT_OF_A_DOCUMENT}",
                          folded)]
    if named in (["visit"], ["partnership"]) and "agreement signing" in types and (
            _SIGNING_WORDS.search(folded) or _SIGNED_WORDS.search(folded)):
        # ("… signed two agreements, at the height of a two-day official visit": what
        # was done on the visit; "Documents signed to strengthen the … partnership":
        # what they were signed for)
        return "agreement signing"
    if len(named) == 1:
        return named[0]
    if named:
        return _head_type(title, named)
    if not named:
        # traditional characters read as simplified (not the 大会 of 人民大会堂, a hall;
        # nor the 会议 of 县议会议长, a parliament's speaker)
        # (nor a forum's secretariat: 中葡论坛常设秘书处与…签署, a signing)
        simplified = _FORUMS_SECRETARIAT.sub("", fold(title).replace("人民大会堂", "").replace(
            "议会", ""))
        for words, value in _CHINESE_TYPE_WORDS:
            if value in types and any(word in simplified for word in words):
                return value
        for pattern, value in _ENGLISH_TYPE_WORDS:
            if value in types and pattern.search(folded):
                return value
    return ""


_FORUMS_SECRETARIAT = re.compile(r"论坛(?:[（(][^（）()]*[）)])?(?:常设)?秘书处")


# A name in capitals, with the small words a name holds ("Forum on China-Africa
# Cooperation Summit", "Summit of the Americas").
_CAPITALISED_NAME = re.compile(
    r"[A-Z][\w'’-]*(?:\s+(?:(?:on|of|for|the|in)\s+)*[A-Z0-9][\w'’-]*)*")


_NOT_OF_A_DOCUMENT = (r"(?!\s+(?:agreements?|deals?|accords?|pacts?|treat(?:y|ies)"
                      r"|memorand(?:ums?|a)|mous?|documents?|declarations?)\b)")
_ON_THE_SIDELINES = re.compile(r"\bon\s+the\s+(?:sidelines|margins?)\s+of\s+[^,.;]*"
                               # ("During his participation in Davos World Economic
                               # Conference, … met with …": a meeting there)
                               r"|\bduring\s+(?:his|her|their|the)\s+(?:participation|attendance"
                               r"|stay)\s+(?:in|at)\s+[^,.;]*"
                               # ("met with A, who is in Beijing for the 2024 Summit of the
                               # Forum on …": the occasion that brought him)
                               r"|\bwho\s+(?:is|was|are|were)\s+in\s+[^,.;]*?\s+(?:for|to\s+attend)"
                               r"\s+[^,.;]*"
                               # ("…, who arrived in Beijing after attending the Boao Forum
                               # for Asia": the one before)
                               r"|\b(?:after|before)\s+(?:attending|having\s+attended)\s+[^,.;]*"
                               # ("met … during bilateral discussions ahead of the 2018
                               # Beijing Summit of the Forum on …": the occasion to come)
                               r"|\b(?:ahead\s+of|on\s+the\s+eve\s+of)\s+the\s+[^,.;]*"
                               # ("implement the agreements reached within the framework of
                               # the China-Africa Cooperation Summit": the frame, not this)
                               r"|\b(?:reached|agreed|adopted|made)\s+(?:within|under)\s+the"
                               r"\s+framework\s+of\s+[^,.;]*")


def _head_type(title: str, named: list[str]) -> str:
    """Of several types a text names, the one ending the name that holds
    them all: "the Forum on China-Africa Cooperation Summit" is a summit, its
    head word last; "" when no one name holds them."""
    for name in _CAPITALISED_NAME.finditer(title):
        words = name.group().casefold()
        ends = {value: found[-1].end() for value in named
                if (found := list(re.finditer(rf"(?<!\w){re.escape(value.casefold())}(?!\w)",
                                              words)))}
        if len(ends) == len(named):
            return max(ends, key=lambda value: ends[value])
    return ""


# Chinese words (simplified) for the sample vocabulary's event types, the most
# particular first: "部长会议" is a conference, "合作论坛…会议" a forum.
_CHINESE_TYPE_WORDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("峰会",), "summit"),
    (("论坛",), "forum"),
    (("研讨会", "研讨班"), "seminar"),
    (("签署", "签约", "签订"), "agreement signing"),
    (("合作中心", "联合中心", "联合实验室"), "joint centre"),
    (("伙伴关系",), "partnership"),
    (("访华", "访问", "到访"), "visit"),
    (("大会", "会议"), "conference"),
)


# English headlines name a type in other words than its name: "China Signs AI
# Cooperation Pact", "… Build AI Innovation Cooperation Center", the most
# particular first (a "Summit Signs Pact" is named a summit above).
# ("witness the handover ceremony of 10 documents": documents signed before, handed over)
_SIGNING_WORDS = re.compile(r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed|ing)?|seal(?:s|ed)?|handover"
                            r"|hand(?:s|ed|ing)?\s+over)\b.*\b(?:pact"
                            r"|agreement|mou|memorandum|deal|accord|treaty|declaration"
                            r"|contract|document|plan|protocol|roadmap|programme|program"
                            # ("signed a joint communique in Beijing on Sunday")
                            r"|joint\s+statement|communiqu[eé])s?\b")
_SIGNED_WORDS = re.compile(r"\b(?:pacts?|agreements?|mous?|memorand(?:um|a|ums)|deals?|accords?"
                           r"|treat(?:y|ies)|contracts?|documents|communiqu[eé]s?)\b.*\b(?:signed"
                           r"|inked|sealed"
                           r"|exchanged)\b")
_ENGLISH_TYPE_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:symposium|workshop|roundtable|round\s+table|panel\s+discussion)s?\b"),
     "seminar"),
    (_SIGNING_WORDS, "agreement signing"),
    # ("14 memoranda … have been exchanged between Malaysia and China")
    (_SIGNED_WORDS, "agreement signing"),
    # ("witnessed the exchange of four cooperation documents"; not "exchanged views
    # on the agreement")
    (re.compile(r"\bexchang(?:e|es|ed|ing)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                r"(?:documents?|agreements?|memoranda|mous?|notes|instruments)\b"),
     "agreement signing"),
    # ("President Tinubu Visits Huawei's Beijing Research Centre": a visit, not the
    # centre's opening, unless it says one was opened)
    (re.compile(r"\b(?:visits?|visited|tours?|toured)\b(?!.*\b(?:open(?:s|ed)?|launch(?:es|ed)?"
                r"|inaugurat(?:es|ed)|set\s+up|establish(?:es|ed)?|builds?)\b)"
                # ("Deputy PM welcomes Chinese business delegation")
                r"|\b(?:welcom|receiv)(?:es|ed)\b.*\bdelegations?\b"), "visit"),
    (re.compile(r"\b(?:joint|cooperation|innovation|research|application)\s+"
                r"(?:cent(?:er|re)|lab(?:oratory)?|institute)s?\b"), "joint centre"),
    # "Laos and China Open AI Lab", "… Launch Digital Economy Centre"
    (re.compile(r"\b(?:open(?:s|ed)?|launch(?:es|ed)?|inaugurat(?:es|ed)|set\s+up"
                r"|establish(?:es|ed)?|builds?)\b.*\b(?:cent(?:er|re)|lab(?:oratory)?"
                r"|institute)s?\b"), "joint centre"),
    # "India's IT Ministry Hosts Deepseek on its Servers", "… deploys DeepSeek models"
    (re.compile(r"\b(?:deploy(?:s|ed|ing)?|host(?:s|ed|ing)?|integrat(?:es|ed|ing)|"
                r"roll(?:s|ed)?\s+out)\b.*\b(?:models?|llms?|deepseek|qwen|servers?|"
                r"chatbots?)\b"), "model deployment"),
    # (not "its top trading partner", nor "China is Bangladesh's most reliable partner":
    # what one country is to another)
    (re.compile(r"(?<!trading\s)(?<!trade\s)(?<!reliable\s)(?<!trusted\s)(?<!important\s)"
                r"(?<!largest\s)(?<!biggest\s)(?<!good\s)(?<!close\s)(?<!natural\s)"
                r"\b(?:partners?|cooperat(?:es|ed|e)\s+with)\b"),
     "partnership"),
    (re.compile(r"\b(?:visits?|visited|visiting)\b"
                # ("Ambassador pays Vice Chancellor courtesy call", "… calls on Prime
                # Minister Dahal"; not "China calls on the US to …")
                r"|\b(?:courtesy|farewell)\s+calls?\b|\bcall(?:s|ed)?\s+on\s+(?:the\s+)?"
                r"(?:(?:vice|deputy)\s+)?(?:prime\s+minister|president|premier|speaker|governor"
                r"|chief\s+minister|king|foreign\s+minister|minister)\b"), "visit"),
    (re.compile(r"\b(?:congress|convention|ministerial\s+meeting|ministers['’]?\s+meeting)\b"),
     "conference"),
)
