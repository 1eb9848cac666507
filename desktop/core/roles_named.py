"""The roles a report gives participants in so many words: "co-hosted by the
ASEAN-China Centre and China International Communications Group", "organised
by …", "signed by …", "A and B signed a memorandum", "A hosted the forum" (and
a headline's "A Hosts B"), "with Donghao Lansheng Group as executive organizer",
"attended by …", "speeches by …", "A witnessed the signing of a pact between B
and C", "a delegation from A visited B" (B hosted it), "received by C", "also
present were D", "…, who signed", 由中国外文局和东盟中心联合主办, 东浩兰生集团承办,
主办单位为…, A与B签署, 在C见证下, A、B出席并致辞, C出席.

A role is read only where the report names it, for the participants named
within the words it governs: in English from "… by" up to the end of its
clause (", the forum …" ends it; "A, B and C" does not), in Chinese between
the punctuation before and the verb (主办, 承办, 协办; A、B、C等共同主办; 签署,
致辞, 出席), or after 主办单位为 up to the clause's end.  Only roles the role
vocabulary holds are given; a participant given several keeps the weightiest
(a host who spoke is the host), else the first.  Who took part by video is
read by ``by_video``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from desktop.core.name_forms import (
    CHINESE_PERSON_NAME,
    CHINESE_POSTS_HELD,
)
from desktop.core.spreadsheet_dates import MONTHS

_JOINTLY = r"(?:co-?|(?:jointly|together)\s+)"
_AFTER_JOINTLY = r"\s+(?:jointly|together)"  # "organised jointly by"
_ENGLISH_BY = (
    (re.compile(rf"\b(?:{_JOINTLY}hosted|hosted{_AFTER_JOINTLY})\s+by\s+", re.IGNORECASE),
     "co-host"),
    (re.compile(r"(?<![-\w])(?<!jointly )(?<!together )hosted\s+by\s+", re.IGNORECASE),
     "host"),
    # a meeting "co-chaired by" two sides is theirs as a forum co-hosted is
    (re.compile(rf"\b{_JOINTLY}chaired\s+by\s+", re.IGNORECASE), "co-host"),
    (re.compile(r"(?<![-\w])(?<!jointly )(?<!together )chaired\s+by\s+", re.IGNORECASE),
     "host"),
    (re.compile(rf"\b(?:{_JOINTLY}organi[sz]ed|organi[sz]ed{_AFTER_JOINTLY})\s+by\s+",
                re.IGNORECASE), "co-organizer"),
    (re.compile(r"(?<![-\w])(?<!jointly )(?<!together )organi[sz]ed\s+by\s+",
                re.IGNORECASE), "organizer"),
    (re.compile(r"\bsigned\s+by\s+", re.IGNORECASE), "signatory"),
    (re.compile(r"\bwitnessed\s+by\s+", re.IGNORECASE), "witness"),
    (re.compile(r"\bin\s+the\s+(?:joint\s+)?presence\s+of\s+", re.IGNORECASE), "witness"),
    # "the signing of a pact between A and B", "an agreement signed between A and B"
    (re.compile(r"\b(?:(?:signing|signature|conclusion)\s+of\s+(?:[\w'’-]+\s+){0,6}?"
                r"(?:agreements?|memorand(?:um|a)|MoUs?|deals?|pacts?|accords?|declarations?"
                r"|contracts?|treat(?:y|ies))|(?:agreements?|memorand(?:um|a)|MoUs?|deals?"
                r"|pacts?|accords?|contracts?|treat(?:y|ies))\s+(?:was\s+|were\s+)?signed)"
                r"\s+between\s+", re.IGNORECASE), "signatory"),
    # "A signed a memorandum with B": B signed it too
    (re.compile(r"\b(?:signed|inked)\s+(?:[\w'’-]+\s+){0,6}?(?:agreements?"
                r"|memorand(?:um|a)|MoUs?|deals?|pacts?|accords?|contracts?|treat(?:y|ies))"
                r"(?:\s+of\s+(?:[\w'’-]+\s+){0,4}?\w+)?\s+with\s+", re.IGNORECASE),
     "signatory"),
    (re.compile(r"\brepresented\s+by\s+", re.IGNORECASE), "representative"),
    # "the Chinese delegation was headed by Ms. Liu Jing": she stood for her side
    # (of the people it names: "the Kenyan delegation was led by Principal
    # Secretary John Tanui", of Kenya)
    (re.compile(r"(?:\b(?P<people>[A-Z][a-z]+)\s+)?\b(?:delegations?|side|team),?\s+"
                r"(?:was\s+|were\s+)?(?:led|headed)\s+by\s+", re.IGNORECASE), "representative"),
    # "the delegation was received by MDEC chief executive Mahadhir Aziz": the host
    (re.compile(r"\b(?:was|were)\s+(?:warmly\s+)?(?:received|welcomed)\s+by\s+",
                re.IGNORECASE), "host"),
    (re.compile(r"\battended\s+by\s+", re.IGNORECASE), "attendee"),
    (re.compile(r"\b(?:launched|unveiled|inaugurated)\s+(?:jointly\s+)?by\s+", re.IGNORECASE),
     "participant"),
    # "Also present were representatives from Alibaba Cloud and SenseTime"
    (re.compile(r"\b(?:present|in\s+attendance)\s+(?:were|was|included)\s+", re.IGNORECASE),
     "attendee"),
    (re.compile(r"\b(?:addressed|(?:speeches|remarks|keynotes?|addresses)(?:\s+were)?"
                r"(?:\s+(?:given|delivered|made))?)\s+by\s+", re.IGNORECASE), "speaker"),
    # a panel "featuring" its speakers; one who moderated it spoke too
    (re.compile(r"\b(?:featuring|featured|moderated\s+by)\s+", re.IGNORECASE), "speaker"),
)
# "On Saturday, China and Laos signed a memorandum …": signatories, from the
# sentence's start (or a dash after a dateline) to "signed", where what they
# signed is named within a few words
# ("… inaugurated, with NDRC and MIIT signing a memorandum"; not "attended
# the signing ceremony of the agreement", nor "represented NDRC in signing …")
_ENGLISH_SIGNED = re.compile(
    r"(?<!\bthe)(?<!\ba)(?<!\bin)(?<!\bby)(?<!\bfor)(?<!\bafter)(?<!\bbefore)"
    r"\s+(?:jointly\s+|also\s+)?(?:co-?)?(?:signed|inked|signing|inking)\s+"
    r"(?:[\w'’-]+\s+){0,5}?(?:agreements?|memorand(?:um|a)|MoUs?|deals?|pacts?|accords?"
    r"|declarations?|contracts?|treat(?:y|ies)|letters?\s+of\s+intent)\b", re.IGNORECASE)
# "Shanghai's government hosted the conference", "MIIT co-organised the forum"
_ENGLISH_ACTIVE = re.compile(
    r"\s+(?:also\s+|(?P<jointly>jointly\s+))?"
    r"(?:(?P<verb>co-?hosted|hosted|co-?organi[sz]ed|organi[sz]ed)\s+(?:the|a|an|this|its)\b"
    # a headline's "India's IT Ministry Hosts DeepSeek", "MIIT organises a forum"
    r"|(?P<now>co-?hosts|hosts|co-?organi[sz]es|organi[sz]es)\s+(?:(?:the|a|an|this|its)\b"
    r"|(?-i:[A-Z])))",
    re.IGNORECASE)
# "Premier Li addressed the forum", "Du Zhanyuan delivered a keynote speech",
# "San Lwin spoke at the opening": speakers, from the sentence's start (not
# "the plan addressed the concerns", "spoke with reporters")
_ENGLISH_SPOKE = re.compile(
    r"\s+(?:also\s+)?(?:attended\s+and\s+)?(?:addressed\s+(?:the|a|an|this|its)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:forum|conference|summit|meeting|session|ceremony|opening|closing|event|dialogue"
    r"|symposium|seminar|workshop|panel|roundtable|gathering|audience|participants|delegates|attendees"
    r"|plenary)\b"
    r"|(?:delivered|gave|made)\s+(?:[\w'’-]+\s+){0,3}?(?:speech(?:es)?|remarks|address(?:es)?"
    r"|keynotes?|lectures?|talks?)\b"
    r"|spoke\s+(?:at|during|to|on|via|by|in)\b"
    r"|spoke(?=\s*[.;]))", re.IGNORECASE)  # "…, head of the administration, also spoke."
# "President Lula and President Xi witnessed the signing …": witnesses, from
# the sentence's start
_ENGLISH_WITNESSED = re.compile(
    r"\s+(?:also\s+|jointly\s+)?witnessed\s+(?:the\s+)?(?:signing|signature|exchange"
    r"|conclusion)\b", re.IGNORECASE)
# "…, with São Paulo state governor Tarcísio de Freitas in attendance": attendees
_ENGLISH_WITH_ATTENDING = re.compile(r"\bwith\s+(?P<who>[^.;:\n]{3,160}?)\s+(?:in\s+attendance"
                                     r"|attending|(?:also\s+)?present)\b")
# "Speaking at the launch, Minister Solly Malatsi said …": a speaker, between
# the comma and the verb of saying
_ENGLISH_SPEAKING = re.compile(
    r"\b(?:Speaking|Addressing|Delivering\s+(?:a|the)\s+(?:keynote|speech|remarks))"
    r"(?:\s+(?:at|during|to|on|before)\b[^,.;\n]{1,80})?,\s+"
    r"(?P<who>[^,.;\n]{3,120}?)\s+(?:said|says|told|noted|stressed|highlighted|called"
    r"|urged|added|announced|emphasi[sz]ed|underscored|pointed|expressed|welcomed)\b")
# "Vice Minister Kang Do-hyun and Ambassador Dai Bing attended the seminar":
# attendees, from the sentence's start (not "… experts who attended the forum")
# ("Representatives of Safaricom and ZTE also attended.", "… were also present")
_ENGLISH_ATTENDED = re.compile(r"(?<!\bwho)\s+(?:also\s+)?attended(?:\s+(?:the|a|an|this|its)\b"
                               r"|(?=\s*[.;]))"
                               r"|\s+(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance"
                               # "… were among the guests"
                               r"|among\s+(?:the\s+)?(?:guests|attendees|participants"
                               r"|those\s+(?:present|attending)))\b",
                               re.IGNORECASE)
# "Tsinghua University and NUS on Wednesday launched a joint research centre":
# those who launched it took part (from the sentence's start)
_ENGLISH_LAUNCHED = re.compile(r"\s+(?:also\s+|jointly\s+)?(?:launched|unveiled|inaugurated"
                               r"|opened|set\s+up|established)\s+(?:a|an|the|their|its)\b",
                               re.IGNORECASE)
# "Wang Yi held talks with Thongloun Sisoulith", "Lula met with Xi": both took
# part (from the sentence's start to the verb, and after it to the clause's end)
_ENGLISH_TALKS = re.compile(
    r"\s+(?:also\s+)?(?:(?:held|holds|hold)\s+(?:talks|a\s+meeting|a\s+(?:phone|video)\s+call"
    r"|consultations)\s+with|(?:met|meets)(?:\s+with)?(?=\s+(?-i:[A-Z])))\s+", re.IGNORECASE)
# "A delegation from CCPIT visited the Malaysia Digital Economy Corporation":
# the visitors took part, the visited hosted them
_ENGLISH_VISITED = re.compile(r"\s+(?:also\s+)?(?:visited|visits|toured|tours"
                              r"|paid\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?visits?\s+to)"
                              r"\s+(?=(?:the\s+)?(?-i:[A-Z]))", re.IGNORECASE)
# "Liu Sushe represented NDRC in signing …": a representative, for another
_ENGLISH_REPRESENTED = re.compile(r"\s+represented\s+(?!by\b)", re.IGNORECASE)
# (and a dash, which ends a dateline: "BRASILIA, Nov 20 2024 - Brazil's …")
# (and "while", "whereas": "X spoke, while Y and Z were among the guests")
_ENGLISH_SENTENCE_START = re.compile(r"[.;:!?\n—–]|\s--?\s|\b(?:while|whereas)\s")
# Who met whom is said in a clause of its own ("…, the ministry said, as Chinese
# President Xi Jinping met Brazilian President …")
_ENGLISH_CLAUSE_START = re.compile(rf"{_ENGLISH_SENTENCE_START.pattern}|,\s"
                                   r"|\b(?:as|while|when|after|before|where)\s")
# "During a meeting in Brazil on July 5, China's NDRC signed …": where and
# when, up to a comma, name no signatory ("Representatives from Huawei, …"
# name who)
_WHERE_OR_WHEN = re.compile(r"\b(?:in|at|during|on)\s+[^,]*(?:,|$)", re.IGNORECASE)
# "On 3 May 2025 NDRC and Laos signed …", "In March NDRC …": a day or month the
# sentence opens with, no comma after it
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_OPENING_WHEN = re.compile(
    rf"^\s*(?:(?:on|in|from|since)\s+)?(?:\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?"
    rf"|{_MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|\d{{4}}"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b,?", re.IGNORECASE)


def _of_people(people: str | None, words: str) -> str:
    """The words with the adjective of the people whose side they are on
    before the post they open with ("Kenyan Principal Secretary John
    Tanui"), as a person is written with their country."""
    if people and people[0].isupper() and people.lower() not in ("the", "a", "an") and (
            _OPENING_POST.match(words)):
        return f"{people} {words.lstrip()}"
    return words


def _who(words: str) -> str:
    """The words naming who did it, without the day the sentence opens with
    nor where and when it was done."""
    return _WHERE_OR_WHEN.sub(" ", _OPENING_WHEN.sub(" ", _before_who(words)))


# "The ceremony was led by Cairo University President Mohamed Sami, who signed
# …": the one "who" is of, the capitalised words (and the small words names
# hold) right before it
_RELATIVE_WHO = re.compile(r",?\s+who\s*$")
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
    return " ".join(parts[first:])
# "Co-organizing ministries include the NDRC, …", "Its hosts were …"
_ENGLISH_INCLUDE = re.compile(
    r"\b(?P<role>co-?organi[sz]|organi[sz]|co-?host|host)(?:ers?|ing\s+[a-z]+|s)?"
    r"\s+(?:include[sd]?|are|were)\s+", re.IGNORECASE)
# "Key participants included …", "Speakers were …", "Guests included …"
_ENGLISH_PARTICIPANTS = re.compile(
    r"\b(?:(?:key|other|notable|main|prominent|the)\s+)?(?P<who>participants|attendees"
    r"|guests|delegates|speakers)\s+(?:included|include|were|are)\s+", re.IGNORECASE)
_PARTICIPANT_ROLES = {"participants": "participant", "attendees": "attendee",
                      "guests": "attendee", "delegates": "attendee", "speakers": "speaker"}
# "with Donghao Lansheng Group as executive organizer"
_ENGLISH_AS = re.compile(
    r"\bwith\s+(?P<who>[^.;]+?)\s+as\s+(?:the\s+|its\s+)?"
    r"(?P<role>executive\s+organi[sz]er|co-?organi[sz]er|organi[sz]er|co-?host|host)s?\b",
    re.IGNORECASE)
_POSTS = (r"(?:vice|deputy|first|executive|senior|principal|special|director|president"
          r"|minister|chairman"
          r"|chairwoman|chair|secretary|head|ceo|chief|ambassador|governor|mayor|founder"
          r"|general|professor|spokes\w+|permanent|prime|fellow|researcher|dean|lecturer)\b")
# A post opening the words (not a form of address: "Ms. Liu Jing")
_OPENING_POST = re.compile(r"\s*" + _POSTS, re.IGNORECASE)
# A clause ends at a sentence's end (not at the dot of "Co., Ltd." or "Dr."),
# or at a comma before a word in small letters other than "and" (", the forum
# launched"; ", the Ministry of …" goes
# on naming), or before "to", "on", "in" after the names ("hosted by NDRC in
# Beijing"; not "for", which names hold: "Association for Science and Technology").
_CLAUSE_END = re.compile(r"(?<!\bCo)(?<!\bLtd)(?<!\bInc)(?<!\bCorp)(?<!\bDr)(?<!\bMr)(?<!\bMs)"
                         r"(?<!\bMrs)(?<!\bSt)(?<!\bProf)\.|[;:!?。；！？\n]"
                         # (not before a post: "Zhang Ming, vice chairman of …"; nor
                         # before those a list goes on to: ", including A and B")
                         r"|,\s+(?!and\b|&|including\b|notably\b|such\s+as\b)"
                         r"(?!(?:the\s+|an?\s+)?" + _POSTS + r")"
                         # (a brand in small letters goes on naming: ", iFlytek")
                         r"(?:the\s+[a-z]|(?!the\s)[a-z](?![A-Z]))"
                         # ", and attended by …": what else was done (not ", and the Ministry")
                         r"|,\s+and\s+(?!the\b)[a-z]"
                         # (a post goes on: "Ambassador to Kenya Guo Haiyan", "Jane
                         # Smith, Senior Fellow at the Brookings Institution, and …")
                         r"|(?<!\bAmbassador)(?<!\bambassador)(?<!\bEnvoy)(?<!\benvoy)"
                         r"(?<!\bFellow)(?<!\bfellow)(?<!\bProfessor)(?<!\bprofessor)"
                         r"(?<!\bResearcher)(?<!\bresearcher)(?<!\bLecturer)(?<!\blecturer)"
                         # ("representatives from Alibaba Cloud and SenseTime")
                         r"(?<![Rr]epresentatives)(?<![Oo]fficials)(?<![Dd]elegates)"
                         r"(?<![Dd]elegation)(?<![Ee]xecutives)(?<![Ee]xperts)"
                         r"\s(?:in|on|at|to|from|with|during|under)\s")
# 由A和B联合主办, 由A、B、C等共同主办, A主办, 东浩兰生集团承办: the names from the
# clause's start to the verb (the enumeration comma 、 goes on naming; a
# clause's own punctuation ends the names)
# (and a meeting 共同主持, co-chaired, as "co-chaired by" makes its co-hosts)
_CHINESE = re.compile(
    r"(?P<jointly>联合|共同)?(?P<verb>主办|主辦|承办|承辦|协办|協辦)(?!单位|單位|方)"
    r"|(?P<cochaired>共同主持)")
# (and a wire's dateline, 新华社开罗1月14日电, which no punctuation ends)
_CHINESE_CLAUSE_START = re.compile(r"[，。；：,;:\n]|日[电電]\s*")
# 主办单位为A、B, 协办方是C, 承办单位：D
_CHINESE_AFTER = re.compile(
    r"(?P<verb>主办|主辦|承办|承辦|协办|協辦)(?:单位|單位|方)(?:为|為|是|有|包括|：|:)"
    r"(?P<who>[^，。；,;\n]{2,80})")
# A、B出席并致辞, 李强在开幕式上致辞, C发表主旨演讲: speakers; D、E出席: attendees
_SPOKE = r"(?:致辞|致辭|讲话|講話|(?:发表|發表|作)(?:主旨|主题|主題)?(?:演讲|演講))"
# (not 学习贯彻…重要讲话精神: studying a speech given elsewhere)
# (one who chaired the opening, 主持开幕式, spoke too, as one who moderated a
# panel does; not 主持召开, called a meeting of their own, nor 主持人)
_CHINESE_SPOKE = re.compile(rf"(?<!重要){_SPOKE}(?!精神)|(?<!共同)主持(?!人|召开|召開)")
# 中国外文局与东盟中心在北京签署…: signatories (not 见证下签署, signed before
# them, nor 出席签约仪式, at the signing)
_CHINESE_SIGNED = re.compile(r"(?<![下间間证證])(?:签署|簽署|签订|簽訂|签约|簽約)(?!仪式|儀式)")
# 在习近平主席和卢拉总统（的）共同见证下: witnesses (两国元首 names no one)
_CHINESE_WITNESSED = re.compile(
    r"在(?P<who>[^，。；,;\n在]{2,60}?)(?:的)?(?:共同)?(?:见证|見證)下")
# A、B见证签约: witnesses, before the verb
_CHINESE_WITNESSING = re.compile(r"(?:共同)?(?:见证|見證)了?(?:签约|簽約|签署|簽署|签字|簽字)")
_CHINESE_ATTENDED = re.compile(rf"(?:出席|参加|參加)(?![^，。；\n]{{0,12}}?[并並]{_SPOKE})")
# A participant given several roles keeps the weightiest: who hosted the
# forum and spoke at it is its host; the others rank first.
ROLE_RANK = {"speaker": 1, "attendee": 2, "participant": 3}
_CHINESE_ROLES = {"主办": "host", "主辦": "host", "承办": "executive organizer",
                  "承辦": "executive organizer", "协办": "co-organizer", "協辦": "co-organizer"}


def roles_named(text: str, names_in: Callable[[str], list[str]], roles: set[str],
                is_person: Callable[[str], bool] = lambda _id: False) -> dict[str, str]:
    """The role each participant is given in ``text``, by its id.
    ``names_in`` gives the ids of the participants a piece of text names;
    ``roles`` are the role vocabulary's values; ``is_person`` tells people
    (a speaker or an attendee named with the post and organisation they
    hold, 中国外文局局长杜占元, is the person alone)."""
    given: dict[str, str] = {}
    for _start, stated, words in sorted(stated_roles(text),
                                        key=lambda said: (ROLE_RANK.get(said[1], 0), said[0])):
        role = role_in_vocabulary(stated, roles)
        if role is None:
            continue
        holders = _holders(words, names_in, is_person)
        people = [holder for holder in holders if is_person(holder)]
        # a representative is a person for another (not "Laos represented …")
        if stated == "representative" or (stated in ROLE_RANK and people):
            holders = people
        for participant_id in holders:
            given.setdefault(participant_id, role)
    return given


# "Cambodia's Economic, Social and Cultural Council", "Laos' ministry": the
# council organised it, not Cambodia
_OWNER = re.compile(r"\b[A-Z][\w-]*(?:['’]s\b|s['’](?=\s))")


# ", vice chairman of the NDRC", ", Brazil's Minister of Science": what
# follows a person's name says who they are; the bodies it names are theirs
_APPOSITIVE_POST = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w.-]*(?:['’]s|s['’])\s+)?"
                              + _POSTS + r"[^,;]*", re.IGNORECASE)


def _holders(words: str, names_in: Callable[[str], list[str]],
             is_person: Callable[[str], bool]) -> list[str]:
    """Those the words give the role to: who they name, but for an owner
    named only as one ("Cambodia's"), which still tells which council
    "Economic, Social and Cultural Council (Cambodia)" is, and the bodies
    named as whose a person's post is (", vice chairman of the NDRC",
    中国科学院院长侯建国)."""
    named = names_in(_CHINESE_BODY_OF_POST.sub("", words))
    if said := _APPOSITIVE_POST.findall(words):
        # of those named only there, the people stay ("…, Cambodia's minister
        # of information Kem Gunawadh": Kem, not Cambodia)
        only_there = set(names_in(" ".join(said))) - set(
            names_in(_APPOSITIVE_POST.sub(" ", words)))
        named = [pid for pid in named if pid not in only_there or is_person(pid)]
    if owners := _OWNER.findall(words):
        left_out = set(names_in(" ".join(owners))) - set(names_in(_OWNER.sub(" ", words)))
        named = [participant_id for participant_id in named if participant_id not in left_out]
    return named


def stated_roles(text: str) -> Iterator[tuple[int, str, str]]:
    """(where, role, the words naming who) for each role the text states."""
    for pattern, role in _ENGLISH_BY:
        for match in pattern.finditer(text):
            end = _CLAUSE_END.search(text, match.end())
            words = text[match.end():end.start() if end else len(text)]
            yield match.start(), role, _of_people(match.groupdict().get("people"), words)
    for match in _ENGLISH_INCLUDE.finditer(text):
        stem = match.group("role").lower().replace("organis", "organiz")
        role = stem + "er" if stem.endswith("organiz") else stem
        end = _CLAUSE_END.search(text, match.end())
        yield match.start(), role, text[match.end():end.start() if end else len(text)]
    for match in _ENGLISH_PARTICIPANTS.finditer(text):
        end = _CLAUSE_END.search(text, match.end())
        yield (match.start(), _PARTICIPANT_ROLES[match.group("who").lower()],
               text[match.end():end.start() if end else len(text)])
    for start, _match, who in _said_before(text, _ENGLISH_SIGNED, _ENGLISH_SENTENCE_START,
                                           200):
        yield start, "signatory", _who(who)
    for start, match, who in _said_before(text, _ENGLISH_ACTIVE, _ENGLISH_SENTENCE_START, 200):
        verb = (match.group("verb") or match.group("now")).lower().replace(
            "organis", "organiz").replace("coh", "co-h")
        role = {"hosted": "host", "hosts": "host", "co-hosted": "co-host",
                "co-hosts": "co-host", "organized": "organizer", "organizes": "organizer"}.get(
            verb, "co-organizer")
        if match.group("jointly") and not role.startswith("co-"):
            role = f"co-{role}"  # "A and B jointly organized a roundtable"
        yield start, role, _who(who)
    for start, _match, who in _said_before(text, _ENGLISH_SPOKE, _ENGLISH_SENTENCE_START, 200):
        yield start, "speaker", _who(who)
    for match in _ENGLISH_WITH_ATTENDING.finditer(text):
        yield match.start("who"), "attendee", match.group("who")
    for match in _ENGLISH_SPEAKING.finditer(text):
        yield match.start("who"), "speaker", match.group("who")
    for start, _match, who in _said_before(text, _ENGLISH_WITNESSED,
                                           _ENGLISH_SENTENCE_START, 200):
        yield start, "witness", _who(who)
    for start, _match, who in _said_before(text, _ENGLISH_ATTENDED,
                                           _ENGLISH_SENTENCE_START, 200):
        yield start, "attendee", _who(who)
    for start, _match, who in _said_before(text, _ENGLISH_LAUNCHED, _ENGLISH_SENTENCE_START,
                                           200):
        yield start, "participant", _who(who)
    for start, match, who in _said_before(text, _ENGLISH_VISITED, _ENGLISH_SENTENCE_START, 200):
        yield start, "participant", _who(who)
        end = _CLAUSE_END.search(text, match.end())
        yield match.end(), "host", text[match.end():end.start() if end else len(text)]
    for start, match, who in _said_before(text, _ENGLISH_TALKS, _ENGLISH_CLAUSE_START, 200):
        yield start, "participant", _who(who)
        end = _CLAUSE_END.search(text, match.end())
        yield match.end(), "participant", text[match.end():end.start() if end else len(text)]
    for match in _ENGLISH_AS.finditer(text):
        yield match.start(), " ".join(match.group("role").lower().split()), match.group("who")
    for start, _match, who in _said_before(text, _ENGLISH_REPRESENTED,
                                           _ENGLISH_SENTENCE_START, 200):
        yield start, "representative", _who(who)
    for start, match, who in _said_before(text, _CHINESE, _CHINESE_CLAUSE_START, 80):
        role = "co-host" if match.group("cochaired") else _CHINESE_ROLES[match.group("verb")]
        if role == "host" and match.group("jointly"):
            role = "co-host"
        yield start, *_chinese_holders(role, who.removeprefix("由"))
    for match in _CHINESE_WITNESSED.finditer(text):
        yield match.start(), "witness", match.group("who")
    for match in _CHINESE_AFTER.finditer(text):
        yield match.start(), _CHINESE_ROLES[match.group("verb")], match.group("who")
    yield from _chinese_talks(text)
    for pattern, role in ((_CHINESE_SIGNED, "signatory"), (_CHINESE_SPOKE, "speaker"),
                          (_CHINESE_ATTENDED, "attendee"), (_CHINESE_WITNESSING, "witness")):
        for start, _match, who in _said_before(text, pattern, _CHINESE_CLAUSE_START, 80):
            if role != "signatory":  # 国务院副总理丁薛祥，老挝副总理…出席: each of the list
                start, who = _people_before(text, start, who)
            yield start, *_chinese_holders(role, who)


# A与B在万象签署, A与B14日在开罗签署: the day and the place between the names and
# the verb name no one (巴西 of 巴西利亚 is no signatory)
_CHINESE_AT = re.compile(r"(?:(?:\d{1,2}月)?\d{1,2}日(?:[上下]午)?)?"
                         r"(?:[在于][\u4e00-\u9fff]{1,12})?$")


# 中国科学院院长侯建国: the body before a person's post and name is theirs, it
# did not speak or attend itself (a post with no name after it, 院长出席, leaves it)
_CHINESE_BODY_OF_POST = re.compile(
    rf"(?<![\u4e00-\u9fff])[\u4e00-\u9fff—\-]{{2,20}}?(?={CHINESE_POSTS_HELD}"
    rf"{CHINESE_PERSON_NAME}(?:$|[、，,和与及并在以]|出席|参加))")


# 王毅在万象同通伦举行会谈: both sides of the talks; 李强会见通伦: both
_CHINESE_TALKS = re.compile(r"(?:举行|舉行)?(?:会谈|會談|会晤|會晤)")
_CHINESE_TALKS_WITH = re.compile(r"[同与與跟]")
_CHINESE_MET = re.compile(r"(?:会见|會見)了?")


def _chinese_talks(text: str) -> Iterator[tuple[int, str, str]]:
    for start, _match, who in _said_before(text, _CHINESE_TALKS, _CHINESE_CLAUSE_START, 80):
        sides = list(_CHINESE_TALKS_WITH.finditer(who))
        if sides:
            yield start, "participant", _CHINESE_AT.sub("", who[:sides[-1].start()])
            yield start + sides[-1].end(), "participant", _CHINESE_AT.sub("", who[sides[-1].end():])
    for start, match, who in _said_before(text, _CHINESE_MET, _CHINESE_CLAUSE_START, 80):
        yield start, "participant", _CHINESE_AT.sub("", who)
        end = _CHINESE_CLAUSE_START.search(text, match.end())
        yield match.end(), "participant", text[match.end():end.start() if end else len(text)]


# A person with their post (and whose it is), as a list of dignitaries parted
# by commas names each: 国务院副总理丁薛祥, 老挝副总理沙伦赛·贡玛西
_POST_AND_NAME = re.compile(
    rf"[\u4e00-\u9fff—\-]{{0,20}}{CHINESE_POSTS_HELD}{CHINESE_PERSON_NAME}")


def _people_before(text: str, start: int, who: str) -> tuple[int, str]:
    """The words naming who did it, with the people named before them, a
    comma apart, each with their post (where the words start, the words)."""
    while (start >= 2 and text[start - 1] in "，,"
           and (before := _CHINESE_CLAUSE_START.split(text[max(0, start - 60):start - 1])[-1])
           and _POST_AND_NAME.fullmatch(before) and _POST_AND_NAME.match(who)):
        start -= len(before) + 1
        who = f"{before}、{who}"
    return start, who


def _chinese_holders(role: str, who: str) -> tuple[str, str]:
    """The role and the words naming who, the place they did it left off;
    刘苏社副主任代表中方签署: one who did it for another is a representative."""
    who = _CHINESE_AT.sub("", who)
    if who.endswith("代表"):  # 企业代表参加: the companies' representatives attended
        return role, who.removesuffix("代表")
    if "代表" in who:
        return "representative", who.split("代表", 1)[0]
    return role, who


def _said_before(text: str, verb: re.Pattern[str], clause_start: re.Pattern[str],
                 longest: int) -> Iterator[tuple[int, re.Match[str], str]]:
    """(where the names start, the verb's match, the words naming who) for
    each of the verb's matches: the words from the clause's start (or the
    verb matched before) up to the verb, at most ``longest`` characters and
    at least two.  The verb is found first and the names read back from it:
    a pattern of the names before the verb, tried at every character of a
    long page, took forty times as long."""
    floor = 0
    for match in verb.finditer(text):
        start = max(floor, match.start() - longest)
        for stop in clause_start.finditer(text, start, match.start()):
            start = stop.end()
        floor = match.end()
        who = text[start:match.start()]
        if len(who.strip()) >= 2:
            yield start, match, who


def role_in_vocabulary(role: str, roles: set[str]) -> str | None:
    """The role as the vocabulary writes it (organiser or organizer)."""
    for spelling in (role, role.replace("organiser", "organizer"),
                     role.replace("organizer", "organiser"), role.replace("co-", "co")):
        if spelling in roles:
            return spelling
    if role == "executive organizer":
        return role_in_vocabulary("organizer", roles)
    return None
