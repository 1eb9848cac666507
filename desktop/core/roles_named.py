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
(a host who spoke is the host), else the first.  The Chinese words are read
by ``chinese_roles``, who took part by video by ``by_video``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from desktop.core.chinese_roles import CHINESE_BODY_OF_POST, chinese_stated_roles
from desktop.core.countries import named_country
from desktop.core.doers import accredited, doer_and_other, met_first
from desktop.core.english_clauses import (
    CLAUSE_END,
    FULL_STOP,
    POSTS,
    SENTENCE_START,
)
from desktop.core.english_meetings import (
    ACCOMPANIED,
    ACCOMPANIED_TO,
    ALONG_WITH,
    CELEBRATED,
    CREDENTIALS_FROM,
    DISCUSSED,
    DISCUSSED_WITH,
    HANDED_OVER,
    JOINED_BY,
    LED_BY,
    MEETING_BETWEEN,
    MEETING_WITH,
    PARTNERED,
    RECEIVED,
    RECEIVED_HOLDER,
    SAID_DURING_MEETING,
    SPOKE_AFTER_MEETING,
    VISIT_OF,
    VISITED,
    WELCOMED_BY,
    WHAT_IS_SAID_OF_IT,
    WHERE_OR_WHEN,
    WHO_HOSTED,
    between_sides,
    inviters,
)
from desktop.core.english_openings import LAUNCHED, OPENED_NAME, WAS_OPENED
from desktop.core.english_posts import ADDRESS
from desktop.core.english_presence import (
    ARRIVED,
    ATTENDED,
    LED_DELEGATION,
    RELATIVE_CLAUSE,
    TOOK_PART,
)
from desktop.core.english_role_words import ENGLISH_PRESENT, by_role_words
from desktop.core.english_signings import (
    DID_FIRST,
    MARKED_BY_SIGNING,
    REPRESENTED,
    SIGNED,
    WITNESSED,
    side_stood_for,
)
from desktop.core.english_speakers import (
    CHAIR_LINE,
    QUOTED,
    QUOTED_VERB,
    SAID_AFTER,
    SPEAKING,
    SPOKE,
    after_what_was_said,
)
from desktop.core.hosts_named import hosts_named
from desktop.core.named_as_whose import named_only_as_whose, without_said
from desktop.core.respective_posts import whose_posts
from desktop.core.said_before import said_before
from desktop.core.search import fold
from desktop.core.talks_named import LONGEST_WHO, talks_named
from desktop.core.who_did import who_did, without_asides

# (not the dot of "Dr.": "Also present was Dr. Anil Jayantha")
_SENTENCE_END = re.compile(FULL_STOP + r"(?=\s|$)|[!?。！？\n](?:\s|$)")
# "…, with São Paulo state governor Tarcísio de Freitas in attendance": attendees
# (not another event one came from: "talks with A, who arrived after attending the … Forum")
_ENGLISH_WITH_ATTENDING = re.compile(r"\bwith\s+(?P<who>[^.;:\n]{3,160}?)(?<!\bafter)(?<!\bbefore)"
                                     r"\s+(?:in\s+attendance|attending|(?:also\s+)?present)\b")
# A list of them, a line each, after the words saying what they did: "The
# forum brought together:\n- Kenya's Ministry …\n- Huawei, ZTE and Transsion"
_ENGLISH_LISTED = re.compile(
    r"\b(?P<lead>brought\s+together|(?:participants|attendees|speakers|organi[sz]ers"
    r"|hosts|signatories|guests)\s+(?:included|include|were|are)|attended\s+by"
    r"|organi[sz]ed\s+by|hosted\s+by|signed\s+by"
    # (an event page's heading: "Speakers:", "Panellists:")
    r"|(?:speakers|panell?ists)(?=\s*:))\s*:\s*\n"
    r"(?P<items>(?:[^\S\n]*[-•*·–][^\S\n]+[^\n]+(?:\n|$))+)", re.IGNORECASE)
_LISTED_ROLES = {"brought": "participant", "participants": "participant",
                 "attendees": "attendee", "guests": "attendee", "attended": "attendee",
                 "speakers": "speaker", "panelists": "speaker", "panellists": "speaker",
                 "organizers": "organizer", "organisers": "organizer",
                 "organized": "organizer", "organised": "organizer", "hosts": "host",
                 "hosted": "host", "signatories": "signatory", "signed": "signatory"}
_BULLET = re.compile(r"^[^\S\n]*[-•*·–][^\S\n]+", re.MULTILINE)
_AFTER_WHICH = re.compile(r"\b(?:after|following)\s+which\s+", re.IGNORECASE)
_NO_ONE_NAMED = re.compile(r"\s*(?:the\s+)?(?:two|both)\s+(?:countries|sides|nations"
                           r"|governments)\s*", re.IGNORECASE)
_SIGN_OF_A_HEADLINE = re.compile(r"\s+(?:sign|ink)\s", re.IGNORECASE)
_DASHED_PAIR = re.compile(r"\s*([A-Z][\w'’]+)-([A-Z][\w'’]+)\s*")


# "Co-organizing ministries include the NDRC, …", "Its hosts were …"
_ENGLISH_INCLUDE = re.compile(
    r"\b(?P<role>co-?organi[sz]|organi[sz]|co-?host|host)(?:ers?|ing\s+[a-z]+|s)?"
    r"\s+(?:include[sd]?|are|were)\s+", re.IGNORECASE)
# "Key participants included …", "Speakers were …", "Guests included …"
_ENGLISH_PARTICIPANTS = re.compile(
    r"\b(?:(?:key|other|notable|main|prominent|the)\s+)?(?P<who>participants|attendees"
    # ("Speakers at the launch included …")
    r"|guests|delegates|speakers)(?:\s+(?:at|of)\s+the\s+[\w-]+)?\s+"
    r"(?:included|include|were|are)\s+"
    # ("The Chinese side included Chen Weiqing, …")
    r"|\b(?<=[a-z]\s)(?P<side>side|delegation)\s+(?:included|includes)\s+"
    # ("… participated in the ceremony: Enrique Reina, from Honduras, and Qin Gang, …")
    r"|\b(?P<took>participated|took\s+part)\s+in\s+the\s+(?:[\w-]+\s+){0,3}?(?:ceremony|event"
    r"|meeting|talks|signing)\s*:\s+"
    # ("Ministers who attended were A (Labour), B (Finance) and …")
    r"|\b(?:(?:ministers|officials|dignitaries|others|those)\s+who\s+)attended\s+"
    r"(?:were|included)\s+", re.IGNORECASE)
_PARTICIPANT_ROLES = {"participants": "participant", "attendees": "attendee",
                      "guests": "attendee", "delegates": "attendee", "speakers": "speaker",
                      "side": "participant", "delegation": "participant"}
# "organized a ceremony for Chinese Ambassador … Li Ming", "hosted a banquet in
# honour of …": those it was for took part
# (not what a ceremony opened: "an unveiling ceremony for the … Center")
_HONOURED = re.compile(r"\b(?:reception|banquet|dinner|luncheon|lunch|gala|(?<!unveiling\s)"
                       r"(?<!opening\s)(?<!launch\s)(?<!launching\s)(?<!inauguration\s)"
                       r"(?<!groundbreaking\s)(?<!signing\s)(?<!handover\s)(?<!award\s)ceremony)\s+"
                       r"(?:for|in\s+hono(?:u)?r\s+of)\s+(?=(?:the\s+)?(?:visiting\s+)?"
                       r"(?-i:[A-Z]))", re.IGNORECASE)
# "with Donghao Lansheng Group as executive organizer"
_ENGLISH_AS = re.compile(
    r"\bwith\s+(?P<who>[^.;]+?)\s+as\s+(?:the\s+|its\s+)?"
    # ("…, with the Vice-president, A and the Chinese Ambassador B, as the main representatives")
    r"(?:(?:main|chief|principal)\s+)?"
    r"(?P<role>executive\s+organi[sz]er|co-?organi[sz]er|organi[sz]er|co-?host|host"
    r"|representative)s?\b",
    re.IGNORECASE)
# A post and the body it is of before the name after a comma ("the Governor of
# China's Guangxi …, Lan Tianli"): the body is the person's
_POST_BEFORE_NAME = re.compile(r"\b" + POSTS + r"[^,;]*?\s+(?:of|at|for)\s+[^,;]+"
                               # ("the Ambassador for China, Mr. Shi Zhongjun")
                               rf"(?=,\s+(?:{ADDRESS}\s+)?(?-i:[A-Z][\w'’-]+\s+[A-Z]))",
                               re.IGNORECASE)
# (a name's article joined by a dash: "President Abdel-Fattah el-Sissi's visit")
_VISITOR = re.compile(r"(?:(?:(?:al|el|ad|as|ash)-)?[A-Z][\w'’.-]*[^\S\n]+(?:(?:of|the)[^\S\n]+)*)"
                      r"{0,6}(?:(?:al|el|ad|as|ash)-)?[A-Z][\w'’-]*$")
_RECALLED = re.compile(r"\b(?:adopted|announced|proposed)\s+(?:during|at)\s+$", re.IGNORECASE)
_WITH_PARTICIPATION = re.compile(r"\s+with\s+the\s+participation\s+of\s"
                                 # (nor the occasion it was held beside: "… and President of
                                 # China Xi Jinping on the sidelines of the … meeting in Astana")
                                 r"|\s+on\s+the\s+(?:sidelines|margins?)\s+of\s",
                                 re.IGNORECASE)
# A participant given several roles keeps the weightiest: who hosted the
# forum and spoke at it is its host; the others rank first.
ROLE_RANK = {"speaker": 1, "attendee": 2, "participant": 3, "quoted": 4}
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


_ON_BEHALF_OF = re.compile(r",?\s+(?:on\s+behalf\s+of|representing)\s+(?:the\s+)?[A-Z][\w'’-]*"
                           r"(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*)*"
                           r"(?:\s+(?:side|government|delegation))?")
# ", vice chairman of the NDRC", ", Brazil's Minister of Science": what
# follows a person's name says who they are; the bodies it names are theirs
_APPOSITIVE_POST = re.compile(r",\s+(?:the\s+|an?\s+)?(?:[A-Z][\w.-]*(?:['’]s|s['’])\s+)?"
                              + POSTS + r"[^,;]*", re.IGNORECASE)


def _holders(words: str, names_in: Callable[[str], list[str]],
             is_person: Callable[[str], bool]) -> list[str]:
    """Those the words give the role to: who they name, but for those named
    only as whose something is (``named_only_as_whose``: "Cambodia's"
    council, "Telkom Indonesia"), and the bodies
    named as whose a person's post is (", vice chairman of the NDRC",
    中国科学院院长侯建国)."""
    named = names_in(_without_bodies_of_posts(words))
    # ("the Governor of China's Guangxi Zhuang Autonomous Region, Lan Tianli" too)
    # (and the side one stood for: "Minister A on behalf of Pakistan", his country)
    # (and the countries two posts are of: "Foreign Ministers of Nepal and China, A and B")
    if said := (_APPOSITIVE_POST.findall(words) + _POST_BEFORE_NAME.findall(words)
                + _ON_BEHALF_OF.findall(words) + whose_posts(words)):
        # of those named only there, the people stay ("…, Cambodia's minister
        # of information Kem Gunawadh": Kem, not Cambodia)
        only_there = set(names_in(" ".join(said))) - set(
            names_in(without_said(_ON_BEHALF_OF.sub(" ", _POST_BEFORE_NAME.sub(
                " ", _APPOSITIVE_POST.sub(" ", words))), whose_posts(words))))
        named = [pid for pid in named if pid not in only_there or is_person(pid)]
    if said := named_only_as_whose(words):
        left_out = set(names_in(" ".join(said))) - set(names_in(without_said(words, said)))
        named = [participant_id for participant_id in named if participant_id not in left_out]
    return named


def _without_bodies_of_posts(words: str) -> str:
    """The words without the bodies named before a post and a name
    (中国外文局局长杜占元), found in simplified characters (泰國…部長差猜 too)."""
    folded = fold(words)
    if len(folded) != len(words):
        return CHINESE_BODY_OF_POST.sub("", words)
    kept, place = [], 0
    for body in CHINESE_BODY_OF_POST.finditer(folded):
        kept.append(words[place:body.start()])
        place = body.end()
    return "".join(kept) + words[place:]


_PEOPLES_DELEGATION = re.compile(r"\b[A-Z][a-z]+\s+delegation\b")


def stated_roles(text: str) -> Iterator[tuple[int, str, str]]:
    """(where, role, the words naming who) for each role the text states."""
    # (a headline's "Maldives, China sign 20 agreements" names the signatories
    # only where the text names no others: "Brazil and China sign AI pact", then
    # "… a pact between Brazil's Ministry of … and China's NDRC", the ministries)
    would_sign: list[tuple[int, str, str]] = []
    signed = False
    for stated in _stated_roles(text, would_sign):
        signed = signed or stated[1] == "signatory"
        yield stated
    if not signed:
        yield from would_sign


def _stated_roles(text: str, would_sign: list[tuple[int, str, str]]
                  ) -> Iterator[tuple[int, str, str]]:
    yield from by_role_words(text)
    for match in MEETING_BETWEEN.finditer(text):
        if _RECALLED.search(text, max(0, match.start() - 30), match.start()):
            continue  # ("the Declaration adopted during the meeting between …": another)
        end = _SENTENCE_END.search(text, match.end())
        between = text[match.end():end.start() if end else len(text)]
        # (not those present besides: "… with the participation of members of the delegations")
        between = between_sides(_WITH_PARTICIPATION.split(between, maxsplit=1)[0])
        if _LAST_TIME.search(between):
            continue  # ("the meeting between A and B in Hangzhou, China, last month": another)
        # (nor where and when after them: "… and … Mahmoud Abbas in Beijing on Wednesday")
        yield match.start(), "participant", _WHERE_AND_WHEN_AFTER.split(between, maxsplit=1)[0]
    for match in MEETING_WITH.finditer(text):
        end = CLAUSE_END.search(text, match.end())
        if end and (led := LED_BY.match(text, end.start())):  # (those met, "led by" one)
            end = CLAUSE_END.search(text, led.end())
            yield led.end(), "participant", text[led.end():end.start() if end else len(text)]
        else:
            yield match.start(), "participant", text[match.end():end.start() if end else len(text)]
    for match in SPOKE_AFTER_MEETING.finditer(text):
        yield match.start("who"), "participant", match.group("who")
    for match in SAID_DURING_MEETING.finditer(text):
        yield match.start("who"), "participant", match.group("who")
    for match in ENGLISH_PRESENT.finditer(text):
        end = _SENTENCE_END.search(text, match.end())
        yield match.start(), "attendee", text[match.end():end.start() if end else len(text)]
    for match in _ENGLISH_INCLUDE.finditer(text):
        stem = match.group("role").lower().replace("organis", "organiz")
        role = stem + "er" if stem.endswith("organiz") else stem
        end = CLAUSE_END.search(text, match.end())
        yield match.start(), role, text[match.end():end.start() if end else len(text)]
    for match in _HONOURED.finditer(text):
        end = CLAUSE_END.search(text, match.end())
        yield (match.end(), "participant",
               who_did(text[match.end():end.start() if end else len(text)]))
    for match in _ENGLISH_PARTICIPANTS.finditer(text):
        # (a list of people with their posts "at" bodies, to the sentence's end)
        end = _SENTENCE_END.search(text, match.end())
        who = match.group("who") or match.group("side") or (
            "participants" if match.group("took") else "attendees")
        yield (match.start(), _PARTICIPANT_ROLES[who.lower()],
               text[match.end():end.start() if end else len(text)])
    for start, signing, who in said_before(without_asides(text), SIGNED,
                                           SENTENCE_START, LONGEST_WHO):
        # ("A, B and C attended the opening ceremony and signed …": A, B and C)
        # ("A on Tuesday met via video link with B, and signed …": A, what was done
        # first set aside before when it was)
        who = DID_FIRST.sub("", who_did(DID_FIRST.sub("", who)))
        if (pair := _DASHED_PAIR.fullmatch(who)) and all(map(named_country, pair.groups())):
            who = f"{pair.group(1)},{pair.group(2)}"  # (a headline's "China-Kenya ink …": both)
        # ("A held talks with B, after which the two countries signed …": the countries)
        who = _AFTER_WHICH.split(who)[-1]
        if _NO_ONE_NAMED.fullmatch(who):
            continue  # ("after which the two countries signed …": the headline says who)
        if _SIGN_OF_A_HEADLINE.match(signing.group()):
            would_sign.append((start, "signatory", who))
        else:
            yield start, "signatory", who
    for start, _match, who in said_before(text, MARKED_BY_SIGNING, SENTENCE_START,
                                          LONGEST_WHO):
        yield start, "signatory", who_did(who)
    yield from hosts_named(text)
    for start, _match, who in said_before(text, SPOKE, SENTENCE_START, LONGEST_WHO):
        # ("… attended the event and delivered speeches")
        yield start, "speaker", DID_FIRST.sub("", who_did(after_what_was_said(who)))
    for match in _ENGLISH_LISTED.finditer(text):
        items = [line.strip() for line in _BULLET.sub("", match.group("items")).splitlines()]
        yield (match.start("items"), _LISTED_ROLES[match.group("lead").split()[0].lower()],
               "; ".join(item.rstrip(";,.") for item in items if item))
    for match in CHAIR_LINE.finditer(text):
        yield match.start("who"), "speaker", match.group("who")
    for match in _ENGLISH_WITH_ATTENDING.finditer(text):
        yield match.start("who"), "attendee", match.group("who")
    for match in SPEAKING.finditer(text):
        yield match.start("who"), "speaker", match.group("who")
    for start, _match, who in said_before(text, QUOTED_VERB, SENTENCE_START, LONGEST_WHO):
        yield start, QUOTED, who_did(after_what_was_said(who))
    for match in SAID_AFTER.finditer(text):
        yield match.start("who"), "speaker" if match.group("at") else QUOTED, match.group("who")
    for start, _match, who in said_before(text, WITNESSED,
                                           SENTENCE_START, LONGEST_WHO):
        yield start, "witness", who_did(who)
    for start, _match, who in said_before(text, ATTENDED,
                                           SENTENCE_START, LONGEST_WHO):
        yield start, "attendee", who_did(who)
    for start, _match, who in said_before(text, TOOK_PART, SENTENCE_START,
                                           LONGEST_WHO):
        yield start, "participant", who_did(who)
    for start, match, who in said_before(text, LED_DELEGATION, SENTENCE_START, LONGEST_WHO):
        # ("Li Wei, Vice Minister of Commerce, led the Chinese delegation": of that side)
        side = _PEOPLES_DELEGATION.search(match.group())
        yield start, "representative", who_did(who) + (
            f", representing the {side.group()}" if side and " and " not in who else "")
    for start, match, who in said_before(text, ARRIVED, SENTENCE_START, LONGEST_WHO):
        # (not "Xi arrived", a word; nor "Wang, who is also the State Councilor, arrived")
        if len(arrived := RELATIVE_CLAUSE.sub("", who_did(who)).split()) > 1:
            yield start, "attendee" if match.group("attend") else "participant", " ".join(arrived)
    for start, match, who in said_before(text, LAUNCHED, SENTENCE_START,
                                         LONGEST_WHO):
        yield start, "participant", who_did(who)
        if opened := OPENED_NAME.match(text, match.end()):
            yield opened.start("name"), "established (outcome)", opened.group("name")
    for start, _match, who in said_before(text, WAS_OPENED, SENTENCE_START,
                                         LONGEST_WHO):
        # (after what the sentence opens with: "During the meeting, the …")
        if opened := OPENED_NAME.fullmatch(re.sub(r"^(?:[^,]*,\s+)?\s*(?:the\s+)?", "",
                                                           who, flags=re.IGNORECASE)):
            yield start, "established (outcome)", opened.group("name")
    # (the visited host the visitors; who received a delegation hosts those of it, up
    # to who "led" it; those accompanied were there up to where)
    yield from doer_and_other(text, VISITED, "participant", "host")
    yield from accredited(text)
    yield from met_first(text)
    for verb in (HANDED_OVER, JOINED_BY):
        yield from doer_and_other(text, verb, "participant", "participant", WHAT_IS_SAID_OF_IT)
    for match in VISIT_OF.finditer(text):  # (the capitalised words before "'s visit")
        if visitor := _VISITOR.search(text, max(0, match.start() - 100), match.start()):
            yield visitor.start(), "participant", visitor.group()
    for start, inviter in inviters(text):
        yield start, "host", inviter
    for start, _match, who in said_before(text, WELCOMED_BY, SENTENCE_START, LONGEST_WHO):
        if len(welcomed := who_did(who).split()) > 1:  # (not "Xi was received by": a word)
            yield start, "participant", " ".join(welcomed)
    yield from doer_and_other(text, RECEIVED, "host", "participant", LED_BY)
    for verb in (RECEIVED_HOLDER, CREDENTIALS_FROM):
        yield from doer_and_other(text, verb, "host", "participant")
    yield from doer_and_other(text, WHO_HOSTED, "host", "participant", WHERE_OR_WHEN)
    for start, match, who in said_before(text, CELEBRATED, SENTENCE_START, LONGEST_WHO):
        yield start, "participant", who_did(who)
        end = SENTENCE_START.search(text, match.end())
        if along := ALONG_WITH.search(text, match.end(), end.start() if end else len(text)):
            # (with whom, to the sentence's end: "…, along with Wanming Yang, the Chinese …")
            yield along.end(), "participant", text[along.end():end.start() if end else len(text)]
    yield from doer_and_other(text, ACCOMPANIED, "attendee", "attendee", ACCOMPANIED_TO)
    for start, match, who in said_before(text, DISCUSSED, SENTENCE_START,
                                         LONGEST_WHO):
        if _DISCUSSED_ALONE.fullmatch(match.group()) and (
                "\n" in match.group() or match.end() == len(text)):
            continue  # (a headline's "Cooperation Ties Discussed": what was, not who)
        if _PASSIVE_CLOSING.search(who):
            continue  # ("Cooperation was discussed during …": what was, not who)
        yield start, "participant", who_did(who)
        if partner := DISCUSSED_WITH.match(text, match.end()):
            end = SENTENCE_START.search(text, partner.end())
            whom = text[partner.end():end.start() if end else len(text)]
            # (to where the clause goes on with what else: ", on Wednesday", ", and …")
            # (or goes on with what was discussed: "discussed with … Wang Yi aspects of …")
            whom = _WHAT_DISCUSSED.split(whom, maxsplit=1)[0]
            yield partner.end(), "participant", _WHOM_ENDS.split(whom, maxsplit=1)[0]
    yield from doer_and_other(text, PARTNERED, "participant", "participant")
    yield from talks_named(text)
    for match in _ENGLISH_AS.finditer(text):
        yield match.start(), " ".join(match.group("role").lower().split()), match.group("who")
    for start, match, who in said_before(text, REPRESENTED, SENTENCE_START, LONGEST_WHO):
        # (of the country they stood for: "Ambassador Yin Chengwu signed on behalf of China")
        yield start, "representative", who_did(who) + side_stood_for(text, match.end())
    yield from chinese_stated_roles(text)


_LAST_TIME = re.compile(r"\b(?:last|the\s+previous)\s+(?:year|month|week)\b")
_WHERE_AND_WHEN_AFTER = re.compile(r"(?<![Ee]mbassy)(?<![Cc]onsulate)\s+in\s+[A-Z][\w'’-]*"
                                   r"(?:\s+[A-Z][\w'’-]*)?(?:\s+on\s+[A-Z][a-z]+day)?(?=\s*(?:,|$))")
_PASSIVE_CLOSING = re.compile(r"\s(?:was|were|is|are|been|be|being)\s*$", re.IGNORECASE)
_DISCUSSED_ALONE = re.compile(r"\s+discussed\s*", re.IGNORECASE)
# (or the day after them: "… of the People's Republic of China on 5 January 2024")
_WHOM_ENDS = re.compile(r",\s+(?=on\b|in\b|at\b|and\b|as\b)|\s+on\s+(?=\d{1,2}\s+[A-Z][a-z]+"
                        r"|[A-Z][a-z]+\.?\s+\d)")
_WHAT_DISCUSSED = re.compile(r"(?<=[A-Za-z])\s+(?=(?:aspects|ways|issues|matters|areas|means"
                             r"|prior\s+to|ahead\s+of|before|after)\s"
                             r"|(?:bilateral|regional|international|mutual|further|closer)\s)")


def role_in_vocabulary(role: str, roles: set[str]) -> str | None:
    """The role as the vocabulary writes it (organiser or organizer)."""
    for spelling in (role, role.replace("organiser", "organizer"),
                     role.replace("organizer", "organiser"), role.replace("co-", "co")):
        if spelling in roles:
            return spelling
    if role == "executive organizer":
        return role_in_vocabulary("organizer", roles)
    return None
