"""Finding the known participants a text names: the unlinked participants an
event's title, summary or saved copies mention (Tools ▸ Find mentions), and
the names in a pasted news item (File ▸ New event from text).

One Aho–Corasick automaton holds every folded name, native name and alias
(see ``identity.load_people``), and a country's Chinese names, so a text is
scanned once however many names.

A name the analyst told apart from others by what follows it in brackets,
"Ministry of Foreign Affairs (Brazil)", is found without them where the text
says which next to it ("Brazil's Ministry of Foreign Affairs", "the Ministry
of Foreign Affairs of Brazil"), before a participant named just so.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.alike_participants import AlikeFinder
from desktop.core.countries import chinese_names
from desktop.core.held_at import chinese_country_names
from desktop.core.identity import Person, load_people
from desktop.core.likely_kind import body_words_after
from desktop.core.models import Event, EventParticipant
from desktop.core.name_forms import (
    CHINESE_TOPIC_END,
    after_a_title,
    another_of_the_family,
    before_a_chinese_title,
    cased_as_folded,
    chinese_family_name,
    country_owning,
    family_name,
    given_name_after,
    split_qualifier,
    titled_family_name,
)
from desktop.core.search import fold
from desktop.core.well_known_names import other_names


@dataclass(frozen=True)
class Mention:
    """A known participant named in an event's titles or summary (or in the
    text of its sources' saved copies: ``in_copy``) but not linked."""

    event_id: str
    participant_id: str
    participant_name: str
    found: str  # the name as the participant record has it
    in_copy: bool = False


def _mentionable(text: str) -> bool:
    """Long enough to mean something: two CJK characters, or four Latin letters."""
    return len(text) >= 4 or (len(text) >= 2 and not text.isascii())


def _names_of(person: Person) -> list[str]:
    """The names a text may call the participant by."""
    values = person.names()
    if person.kind == "country" and person.country:
        # A Chinese text names a country held as "Laos" by 老挝 or 寮國.
        values += [name for name in chinese_names(person.country) if name not in values]
    elif person.kind != "person":
        values += other_names(values, in_text=True)  # 工信部 for 工业和信息化部 (well_known_names)
    return values


_CHINA_DASH = re.compile(r"(?:中国|中國)\s*[-‐‑‒–—―－~～]+\s*(?=[\u4e00-\u9fff]{4})")


def _without_china(name: str) -> str:
    """A Chinese name of a body China shares with others, without "China—"
    (中国—东盟中心: 东盟中心), or ""."""
    match = _CHINA_DASH.match(name)
    return name[match.end():] if match else ""


# How far before or after a name its qualifier is looked for (in characters).
_NEAR = 40
# Who a name in the automaton stands for: the participants named just so
# (id, the name as the participant has it), those whose name it is without
# its qualifier (id, that name without it, the folded qualifier), and the
# people whose family name it is (id, the family name), found only after a
# title ("President Putin", "Premier Li") or before a Chinese one (李总理).
_Owners = tuple[list[tuple[str, str]], list[tuple[str, str, str]], list[tuple[str, str]]]
_Span = list[tuple[str, str]]  # the participants a name found names (id, the name as theirs)

def _automaton(people: dict[str, Person], within: str | None = None) -> object | None:
    """The automaton of every name (and of every qualified name without its
    qualifier); given ``within``, of the names that text holds alone (None
    when it holds none)."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    names: dict[str, _Owners] = defaultdict(lambda: ([], [], []))

    def wanted(folded: str) -> bool:
        return _mentionable(folded) and (within is None or folded in within)

    values_of = {person.id: _names_of(person) for person in people.values()}
    for person in people.values():
        for value in values_of[person.id]:
            if wanted(folded := fold(value)):
                names[folded][0].append((person.id, value))
            if (qualified := split_qualifier(value)) and wanted(bare := fold(qualified[0])):
                names[bare][1].append((person.id, qualified[0], fold(qualified[1])))
        for family in (family_name(person.name, person.native, person.kind),
                       chinese_family_name(person.native, person.kind)):
            if family and (within is None or fold(family) in within):
                names[fold(family)][2].append((person.id, family))
    # 东盟中心 for 中国—东盟中心: the name China gives a body it shares without
    # "China—" before it, where no other name is written so (nor two bodies')
    shortened: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for person in people.values():
        for value in values_of[person.id]:
            if (short := _without_china(value)) and wanted(folded := fold(short)):
                shortened[folded].append((person.id, short))
    for folded, bodies in shortened.items():
        if folded not in names and len({pid for pid, _short in bodies}) == 1:
            names[folded][0].append(bodies[0])
    for folded, (plain, without_qualifier, families) in list(names.items()):
        if len(families) > 1:  # a family name two people share names neither
            families.clear()
            if not plain and not without_qualifier:
                del names[folded]
    if not names:
        return None
    for folded, owners in names.items():
        automaton.add_word(folded, (folded, owners))
    automaton.make_automaton()
    built: object = automaton
    return built


_STATES_STYLE = (r"(?:(?:(?:people['’]s|federative|federal|socialist|islamic|arab|democratic"
                 r"|bolivarian|plurinational|united)\s+)*(?:republic|kingdom|state|federation)"
                 r"\s+of\s+(?:the\s+)?)?")


@lru_cache(maxsize=4096)
def _beside(qualifier: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """How a text gives a name's qualifier right before the name ("brazil's
    ministry …", "the brazilian ministry …", 巴西外交部) and right after it
    ("… of brazil", "… in the philippines", "… (brazil)")."""
    word = re.escape(qualifier)
    if qualifier.isascii():
        # "brazilian" too, a word the qualifier starts, when it is no short code
        word += r"\w*" if len(qualifier) >= 4 else r"\b"
        before = rf"\b{word}(?:['’]s?)?\s+(?:the\s+)?$"  # "laos' ministry" too
    else:
        before = rf"{word}(?:的)?\s*$"
    # (and by its state's style: "… of the federative republic of brazil")
    after = (rf"\s*(?:(?:of|in|for)\s+(?:the\s+)?{_STATES_STYLE}{word}"
             rf"|[(（]\s*{word}\s*[)）])")
    return re.compile(before), re.compile(after)


def _given_beside(qualifier: str, folded: str, start: int, end: int) -> bool:
    """Whether the text gives a name's qualifier next to it (``_beside``),
    not only somewhere near ("the ministry of foreign affairs of laos said
    china …" names Laos's ministry, not China's)."""
    before, after = _beside(qualifier)
    return (before.search(folded, max(0, start - _NEAR), start) is not None
            or after.match(folded, end, end + _NEAR) is not None)


def _owners_here(owners: _Owners, folded: str, start: int, end: int,
                 cased: str | None = None) -> list[tuple[str, str]]:
    """Those a name found at ``start:end`` stands for: the qualified ones
    whose qualifier the text gives beside it, else those named just so, else
    the one person (of several, none) whose family name follows a title
    (and no other given name: ``cased``, the text as folded but for its
    capitals, where it can be had)."""
    plain, qualified, families = owners
    if qualified:
        given = [(pid, value) for pid, value, qualifier in qualified
                 if _given_beside(qualifier, folded, start, end)]
        if given:
            return given
    if plain or not families:  # nearly every name
        return plain
    if not families[0][1].isascii():
        return families if before_a_chinese_title(folded, end) else []
    if cased is not None and given_name_after(cased, end):
        return []
    return families if after_a_title(folded, start) else []


def _whole_word(text: str, start: int, end: int) -> bool:
    """A Latin name must not be part of a longer word ("CAS" in "forecast")."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isascii() and before.isalnum()) and not (after.isascii()
                                                                and after.isalnum())


def _in_a_compound(text: str, start: int, end: int) -> bool:
    """Whether a name is joined by a dash to a word before or after it, as
    in "ASEAN-China forum", "US-China competition", 中国—东盟: it tells what
    the forum or the competition is, it names no participant of its own
    (but "an ASEAN-led initiative", "China-hosted talks" do)."""
    return ((start >= 2 and text[start - 1] == "-" and text[start - 2].isalnum())
            or (end + 1 < len(text) and text[end] == "-" and text[end + 1].isalnum()
                and _AGENT_AFTER_DASH.match(text, end + 1) is None))


# "ASEAN-led", "China-hosted": the name before the dash did it
_AGENT_AFTER_DASH = re.compile(r"(?:led|hosted|co-hosted|backed|sponsored|funded|organi[sz]ed"
                               r"|brokered|initiated|proposed|run)\b")


def find_mentions(session: Session, event_ids: Iterable[str] | None = None,
                  copy_texts: Mapping[str, str] | None = None) -> list[Mention]:
    """Every unlinked participant an event's titles or summary names, in either
    Chinese character set, for the given events (all when None); and, given
    the text of an event's saved copies in ``copy_texts``, those it names."""
    # For a few events, the links of those alone, and an automaton of the
    # names their texts hold (a substring test each): for one event, all the
    # links (300 000 at 100 000 events) and all 20 000 names took ~1.8 s.
    people = load_people(session, with_events=False)
    if not people:
        return []
    query = select(Event.id, Event.title, Event.native_title, Event.summary)
    links = select(EventParticipant.event_id, EventParticipant.participant_id)
    if event_ids is not None:
        chosen = list(event_ids)
        query = query.where(Event.id.in_(chosen))
        links = links.where(EventParticipant.event_id.in_(chosen))

    def texts() -> Iterator[tuple[str, str, str]]:
        """Each event, its own folded text, and that with its copies' text."""
        for event_id, title, native_title, summary in session.execute(query):
            own = fold(f"{title}\n{native_title}\n{summary}")
            copied = copy_texts.get(event_id) if copy_texts else None
            yield event_id, own, f"{own}\n{fold(copied)}" if copied else own

    if event_ids is None:  # every event's text, read as it is scanned
        automaton, read = _automaton(people), texts()
    else:
        few = list(texts())
        automaton, read = _automaton(people, "\n".join(text for *_, text in few)), iter(few)
    if automaton is None:
        return []
    linked: dict[str, set[str]] = defaultdict(set)
    for event_id, participant_id in session.execute(links):
        linked[event_id].add(participant_id)
    found: list[Mention] = []
    for event_id, own, text in read:
        seen: set[str] = set()
        for start, owners in _names_at(automaton, text, people):
            for participant_id, value in owners:
                if participant_id in linked[event_id] or participant_id in seen:
                    continue
                seen.add(participant_id)
                found.append(Mention(event_id, participant_id, people[participant_id].name,
                                     value, in_copy=start > len(own)))
    return found


class NameFinder:
    """Finds the known participants a text names: every name, native name
    and alias in one automaton, built once (20 000 participants: a quarter of
    a second) and then asked of as many texts as one likes."""

    def __init__(self, session: Session) -> None:
        self.people = load_people(session, with_events=False)
        self.automaton = _automaton(self.people) if self.people else None
        self.alike = AlikeFinder(self.people)  # for names not found as ours

    def names_of(self, participant_id: str) -> list[str]:
        """The names a text may call the participant by (a country's Chinese
        ones too, and a name told apart by brackets without them)."""
        names = _names_of(self.people[participant_id])
        return names + [qualified[0] for name in names
                        if (qualified := split_qualifier(name)) is not None]

    def spellings_in(self, text: str) -> dict[str, list[str]]:
        """The names the text calls each participant it names by, as the
        participant has them ("Putin" of "President Putin")."""
        spelled: dict[str, list[str]] = defaultdict(list)
        if self.automaton is not None:
            for _start, owners in _names_at(self.automaton, fold(text), self.people):
                for participant_id, value in owners:
                    spelled[participant_id].append(value)
        return spelled

    def is_person(self, participant_id: str) -> bool:
        return self.people[participant_id].kind == "person"

    def country_participant(self, code: str) -> str:
        """The id of the country participant of that ISO code, or ""."""
        return next((pid for pid, person in self.people.items()
                     if person.kind == "country" and person.country == code), "")

    def knows(self, name: str, words: str) -> bool:
        """Whether ``name``, read in ``words``, is a participant we have: our
        names cover most of it, read alone or where the words say it (the
        ministry of "Malaysia's Ministry of Digital" is our "Ministry of
        Digital (Malaysia)"), but for a country that only says whose it is."""
        if self.automaton is None:
            return False
        key = fold(name)
        family = titled_family_name(name)
        for folded in (key, fold(words)):
            start = folded.find(key)
            if start < 0 or not key:
                continue
            covered = 0
            for begin, end, owners in _names_found(self.automaton, folded, self.people):
                if end <= start or begin >= start + len(key):
                    continue
                if (begin, end) == (start, start + len(key)):
                    return True  # the whole name, a country's too
                if end == start + len(key) and family and end - begin == len(family) and all(
                        self.people[pid].kind == "person" for pid, _value in owners):
                    return True  # "Foreign Minister Wang": our Wang Yi, by his post
                if any(self.people[pid].kind != "country" for pid, _value in owners):
                    covered += min(end, start + len(key)) - max(begin, start)
            if covered >= 0.6 * len(key):
                return True
        return False

    def named_in(self, text: str, *, doers: bool = False) -> list[tuple[str, str, str]]:
        """(id, name, native name) of each participant the text names by any
        of its names, in either Chinese character set, in the order first
        named.  Where names overlap the longest is taken ("China Institute
        of International Studies", not "China" inside it).  ``doers``: those
        it says did something, without a country named only as the owner of
        an organisation we do not know (巴西科技创新部: the ministry hosted,
        not Brazil)."""
        if self.automaton is None or not text.strip():
            return []
        found: dict[str, tuple[str, str, str]] = {}
        folded = fold(text)
        names = _names_found(self.automaton, folded, self.people, cased_as_folded(text, folded))
        starts = {start for start, _end, _owners in names}
        for _start, end, owners in names:
            if doers and _owns_an_unknown(owners, folded, end, self.people, starts):
                continue
            for participant_id, _value in owners:
                person = self.people[participant_id]
                found.setdefault(participant_id, (participant_id, person.name, person.native))
        return list(found.values())


# A Chinese organisation's name right after a country's, up to what ends a
# name in a list or begins what it did (和, 、, 共同主办, a post: 部长 …):
# 巴西科技创新部 (not 巴西政府, which is the country; nor 巴西部长, a person)
# (and a country's telecom: 印尼电信)
# (a 、 after a topic inside the name: 巴西发展、工业、贸易和服务部)
_ORGANISATION = (rf"(?:(?:[\u4e00-\u9fff]{{0,12}}?{CHINESE_TOPIC_END}、)*"
                 r"[\u4e00-\u9fff]{1,14}?(?:部|委员会|委|局|院|署|厅|办公室|中心|公司|集团"
                 r"|协会|学会|大学|银行|基金会|研究所|实验室|大使馆|使馆|领事馆|机构|电信"
                 # (a ministry's department: 中国外交部外事管理司)
                 r"|(?<!公)司)|电信|移动)")
_ORGANISATION_END = (r"(?=$|[和与及同在于、，,。；;：:\s（(）)]|等|共同|联合|主办|承办|协办|签署"
                     r"|出席|副?(?:部长|主任|局长|秘书长|主席|院长|署长|厅长|司长|总裁|董事长|校长|所长"
                     r"|会长|负责人))")
_ORGANISATION_AFTER = re.compile(_ORGANISATION + _ORGANISATION_END)
# A unit of a body right after the body's name (东盟秘书处, 中国外文局亚太传播中心):
# the unit's name, the body named only as whose it is
# (not another body after 与 or 和: 中国外文局与东盟中心 signed, both of them)
_UNIT_AFTER = re.compile(r"(?:(?![与和及同跟])[\u4e00-\u9fff]){0,6}?(?:秘书处|办公室|办事处|委员会"
                         r"|中心|研究院|研究所|分会|分公司|子公司|代表处|分院|分局)"
                         + _ORGANISATION_END)
# (in English: "the ASEAN Secretariat", "the Chinese Academy of Sciences'
# Institute of Automation", a body of a body: "the ASEAN Foundation", in the
# folded text's small letters)
_ENGLISH_UNIT_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:(?!and\b)[a-z][\w-]*\s+){0,2}?(?:secretariat|office|cent(?:re|er)"
    r"|institute|committee|commission|branch|bureau|department|division|mission|school|college"
    r"|laborator(?:y|ies)|lab|foundation|fund|council|agency|network|federation)\b")
# "the Malaysia Digital Economy Corporation": an organisation named after its
# country, a few words and what it is (not "Malaysia and China's ministries";
# nor "the Laos government", which is the country's own: the words of bodies
# apart from their countries alone)
_ENGLISH_ORGANISATION_AFTER = body_words_after(
    "corporation|company|ministry|commission|council|agency|authority|bureau|department"
    "|office|institute|academy|university|association|foundation|group|bank|cent(?:er|re)")
# 和, 与 or 及 inside it (老挝技术与通信部) join two names where a name we
# know or a country's begins after them (巴西与中国科技部, 老挝与工业和信息化部)
_JOINING = re.compile(r"[和与及]")


def _owns_an_unknown(owners: _Span, folded: str, end: int,
                     people: Mapping[str, Person], starts: set[int]) -> bool:
    """Whether a country's name is followed by the name of an organisation
    of it that is no participant we know (one we know is found instead), or
    a body's by the name of a unit of it; ``starts``: where the names found
    in the text begin."""
    if all(people[pid].kind not in ("country", "person") for pid, _value in owners):
        # 东盟秘书处: the secretariat of ASEAN signed, not ASEAN
        unit = _UNIT_AFTER.match(folded, end) or _ENGLISH_UNIT_AFTER.match(folded, end)
        return unit is not None and unit.end() not in starts
    if not all(people[pid].kind == "country" for pid, _value in owners):
        return False
    match = _ORGANISATION_AFTER.match(folded, end)
    if match is None:
        return _ENGLISH_ORGANISATION_AFTER.match(folded, end) is not None
    for joining in _JOINING.finditer(folded, end, match.end()):
        after = joining.end()
        if after in starts or folded.startswith(chinese_country_names(), after):
            return False
    return True


def _names_at(automaton: object, folded: str,
              people: Mapping[str, Person]) -> list[tuple[int, list[tuple[str, str]]]]:
    """Where each name the folded text holds starts, with the participants
    (and the name as each has it) it names (``_names_found``)."""
    return [(start, named) for start, _end, named in _names_found(automaton, folded, people)]


def _names_found(automaton: object, folded: str, people: Mapping[str, Person],
                 cased: str | None = None) -> list[tuple[int, int, list[tuple[str, str]]]]:
    """Where each name the folded text holds starts and ends, with the participants
    (and the name as each has it) it names: a Latin name as a whole word,
    none inside a longer one ("中国" inside "中国科学院", "China" inside
    "China Institute of International Studies"), and no country that only
    says whose another is ("China's Guangxi Zhuang Autonomous Region",
    中国广西壮族自治区, "the Ministry of Foreign Affairs of Laos": Guangxi and
    the ministry, not China and Laos)."""
    spans: list[tuple[int, int, list[tuple[str, str]]]] = []
    for end, (name, owners) in _matches(automaton, folded):
        start = end - len(name) + 1
        if name.isascii() and not _whole_word(folded, start, end + 1):
            continue
        if _in_a_compound(folded, start, end + 1):
            continue
        named = _owners_here(owners, folded, start, end + 1, cased)
        if named and named is owners[2] and another_of_the_family(
                folded, named[0][1].casefold(), list(people[named[0][0]].folded_names.values()),
                cased):
            named = []  # 李大使 of 驻…大使李连和, not our 李强
        if named and (owner := country_owning(folded, start, end + 1)):
            # "Vietnam's Ministry of Science and Technology" is not our (China's) one
            named = [(pid, value) for pid, value in named
                     if people[pid].kind != "organization"
                     or people[pid].country in (None, "", owner)]
        if named:
            spans.append((start, end + 1, named))
    kept: list[tuple[int, int, list[tuple[str, str]]]] = []
    taken_to = -1
    for start, end, named in sorted(spans, key=lambda span: (span[0], span[0] - span[1])):
        if start < taken_to:
            continue  # inside a longer name already taken
        taken_to = end
        kept.append((start, end, named))
    return [span for place, span in enumerate(kept)
            if not _owner_only(kept, place, folded, people)]


def _owner_only(kept: list[tuple[int, int, _Span]], place: int, folded: str,
                people: Mapping[str, Person]) -> bool:
    """Whether the name at ``place`` is a country's that only says whose the
    name right after it ("china's guangxi") or before it ("… of laos") is."""
    start, end, named = kept[place]
    if place + 1 < len(kept):
        following = kept[place + 1]
        if _whose(folded[end:following[0]], named, following[2], people, _BEFORE):
            return True
    if place > 0:
        before = kept[place - 1]
        if _whose(folded[before[1]:start], named, before[2], people, _AFTER):
            return True
    return False


# What stands between a country and the participant it says is its own:
# "china's guangxi …", 中国广西…, 中国的…; "the ministry … of laos"
_BEFORE = ("'s ", "' ", "", "的")
_AFTER = (" of ", " of the ")


def _whose(between: str, named: _Span, beside: _Span, people: Mapping[str, Person],
           ways: tuple[str, ...]) -> bool:
    """Whether a country's name only says whose the participant ``beside`` it
    is, ``between`` them one of the ``ways`` to say so."""
    return (between in ways and all(people[pid].kind == "country" for pid, _value in named)
            and any(people[pid].kind != "country" for pid, _value in beside))


_Match = tuple[int, tuple[str, _Owners]]


def _matches(automaton: object, text: str) -> Iterator[_Match]:
    yield from automaton.iter(text)  # type: ignore[attr-defined]
