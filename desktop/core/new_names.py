"""The participants a text names that the database does not hold yet, read
from the words that give them a role ("co-hosted by A and B", "A and B
signed a memorandum", "witnessed by Prime Minister C", 由A、B和C共同主办):
there a name is plainly a participant's, which elsewhere in running text it
may not be.  Each is offered with its kind, the role the words give it, its
native name or acronym in brackets ("China International Communications
Group (中国外文局)"), the country its name says it is of ("Malaysia's
Ministry of Digital": "Ministry of Digital (Malaysia)", as the names of
ministries are told apart here) and a person's post ("Vice Premier Ding
Xuexiang").

A list of names is cut at its commas and "and"s only where each part is a
name of its own: "the Ministry of Science, Technology and Innovation" and
"Cambodia's Economic, Social and Cultural Council" are one name each,
"NDRC, MIIT and Huawei" three; 工业和信息化部和天津市人民政府 two (the 和 after 部).
Words that name no one in particular ("Chinese government officials",
"both sides", 两国元首) are left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from desktop.core.chinese_bare_names import bare_person, pinyin_family_names
from desktop.core.chinese_names import chinese_candidates
from desktop.core.countries import country_name, named_country
from desktop.core.countries_named import country_of_people, sides_as_countries
from desktop.core.english_names import english_candidates
from desktop.core.english_people import ADDRESSED, PARTICLES
from desktop.core.english_people import in_full as english_in_full
from desktop.core.english_posts import TITLE
from desktop.core.english_speakers import QUOTED
from desktop.core.event_names import mostly_chinese
from desktop.core.name_forms import SPELLING_IN_BRACKETS
from desktop.core.new_participant import NewName
from desktop.core.roles_named import ROLE_RANK, role_in_vocabulary, stated_roles
from desktop.core.search import fold

# Whether a name (and the words it was found in) is a participant we have:
# (name, words) → True when known.
Known = Callable[[str, str], bool]

# A role that falls to people alone: a representative is a person for another.
_PEOPLE_ONLY = {"representative", QUOTED}


def new_names(text: str, known: Known, roles: set[str]) -> list[NewName]:
    """The participants ``text`` gives a role that ``known`` does not know,
    in the order the text names them, each once (with its weightiest role)."""
    found: dict[str, tuple[int, NewName]] = {}
    weight: list[str] = []  # the keys found, the weightiest role's first
    stated_in_order = sorted(stated_roles(text),
                             key=lambda said: (ROLE_RANK.get(said[1], 0), said[0]))
    for start, stated, words in stated_in_order:
        role = role_in_vocabulary(stated, roles) or ""
        # ("Algiers and Beijing signed …": Algeria and China)
        candidates = [(offset, _family_name_in_capitals(_in_full(_the_sultanate(candidate,
                                                                                text), text)))
                      for offset, candidate in _candidates(sides_as_countries(words, text))]
        if not candidates and (bare := bare_person(words, text)):
            candidates = [(0, bare)]  # (尹力会见了…: a Chinese name written bare)
        # "Key participants included Secretary General Shi Zhongjun of the
        # ASEAN-China Center": where people are named with their posts as
        # taking part, the bodies named are theirs
        # (not a body of its own in the list: "… Alexander Vedyakhin and
        # representatives of Yandex and Baidu")
        theirs = {fold(new.affiliation) for _o, new in candidates if new.position}
        people_only = stated in _PEOPLE_ONLY or (stated in ROLE_RANK and bool(theirs))
        for offset, candidate in candidates:
            if people_only and candidate.kind != "person" and (
                    stated in _PEOPLE_ONLY or fold(candidate.name) in theirs
                    or candidate.kind == "country"):
                continue
            if stated == QUOTED and not candidate.position:
                continue  # ("Xinhua said", "John Smith said": no one said to be there)
            if _known(candidate, words, known):
                continue
            key = fold(candidate.native_name if candidate.kind == "person"
                       and candidate.native_name else candidate.name)
            if key not in found:
                found[key] = (start + offset, replace(candidate, role=role))
                weight.append(key)
            else:  # named again, perhaps with more said ("Chinese Foreign Minister Wang Yi")
                place, kept = found[key]
                found[key] = (place, _more_said(kept, candidate))
    _named_bare_again(found, stated_in_order, roles)
    _by_short_names(found, weight)
    _by_family_names(found, weight)
    # 通伦 of a headline is 通伦·西苏里, named in full in the text; 科大讯飞 is
    # 科大讯飞股份有限公司; 旧金山市 (signing) is 旧金山市政府
    shortened = {name.split("·")[0] for name in found if "·" in name} | {
        short for name in found if (legal := _CHINESE_LEGAL_FORM.search(name))
        for short in found if short != name and name.startswith(short)
        and len(short) >= 2 and len(short) <= legal.start()} | {
        name[:government.start()] for name in found
        if (government := _A_PLACES_GOVERNMENT.search(name))}
    return [name for key, (_place, name) in sorted(found.items(), key=lambda item: item[1][0])
            if key not in shortened]


def _named_bare_again(found: dict[str, tuple[int, NewName]],
                      stated: list[tuple[int, str, str]], roles: set[str]) -> None:
    """A person named in Chinese with their post, then by their name alone with a
    weightier role (广东省长黄华华会见了…, then 黄华华和石井隆一见证了…签署): that role."""
    people = {fold(new.native_name or new.name): key for key, (_place, new) in found.items()
              if new.kind == "person" and mostly_chinese(new.native_name or new.name)}
    if not people:
        return
    for _start, said, words in stated:
        if not mostly_chinese(words):
            continue
        for piece in _BARE_NAMES_CUT.split(words):
            if (key := people.get(fold(piece.strip()))) is None:
                continue
            place, new = found[key]
            if ROLE_RANK.get(said, 0) < ROLE_RANK.get(new.role, 0) and (
                    role := role_in_vocabulary(said, roles)):
                found[key] = (place, replace(new, role=role))


_BARE_NAMES_CUT = re.compile(r"[、，,和与與及同]")


def _by_short_names(found: dict[str, tuple[int, NewName]], weight: list[str]) -> None:
    """A body named again by the short name it was given in brackets ("the
    Ministry of Communication and Digital Affairs (Komdigi)", then "organised
    by Komdigi") is one, with the weightier role of the two."""
    full_names = {fold(new.alias): key for key, (_place, new) in found.items() if new.alias}
    for key, full_key in full_names.items():
        if key == full_key or key not in found or found[key][1].kind != "organization":
            continue
        place, short = found.pop(key)
        full_place, full = found[full_key]
        role = short.role if weight.index(key) < weight.index(full_key) else full.role
        found[full_key] = (min(place, full_place), replace(full, role=role))


def _by_family_names(found: dict[str, tuple[int, NewName]], weight: list[str]) -> None:
    """A person a headline names by post and family name alone ("President Vučić")
    whom the text names in full ("… Serbia Aleksandar Vučić") is one, with the
    weightier role and what either says of them."""
    for key, (place, short) in list(found.items()):
        # (a one-word name read as a body's may be the person's: "Oyun-Erdene made the
        # remarks" after "Prime Minister Luvsannamsrai Oyun-Erdene")
        if short.kind == "country" or (" " in short.name and short.kind != "person"):
            continue
        people = [(other, fold(new.name).split()) for other, (_p, new) in found.items()
                  if other != key and new.kind == "person"]
        if " " in short.name:
            # ("Santos Silva" of Augusto Santos Silva: the family names of a fuller name)
            tail = key.split()
            fuller = [other for other, words in people
                      if len(words) > len(tail) and words[-len(tail):] == tail]
            # (or a middle name left out: "Aidaroos Al-Zubaidi" of Aidaroos Qassem Al-Zubaidi)
            fuller = fuller or [other for other, words in people
                                if len(tail) == 2 and len(words) == 3 and words[0] == tail[0]
                                and words[-1] == tail[-1] and short.kind == "person"]
        else:
            fuller = [other for other, words in people if _called(words) == key]
            # (or the family name last of a name with a particle: "Rosario" of Carlos
            # Agostinho do Rosario, "Zayani" of Abdullatif bin Rashid Al Zayani; not a
            # father's name: "Salman" is not Mohammed bin Salman)
            fuller = fuller or [other for other, words in people
                                if len(words) > 1 and words[-1] == key
                                and words[-2] not in ("bin", "ibn", "binti", "bint")]
        # (else a name that opens with it: "Anwar" of Anwar Ibrahim, "Wang" of Wang Yi)
        fuller = fuller or [other for other, words in people if words[:1] == [key]
                            and " " not in key]
        if len(fuller) != 1:
            continue
        found.pop(key)
        full_place, full = found[fuller[0]]
        role = short.role if weight.index(key) < weight.index(fuller[0]) else full.role
        found[fuller[0]] = (min(place, full_place), replace(_more_said(full, short), role=role))


def _called(words: list[str]) -> str:
    """The one word a person is called by alone: the family name, last ("President
    Vučić"), or of a name joined by "bin", "al" …, the given name, first ("King Salman"
    is Salman bin Abdulaziz, not Mohammed bin Salman)."""
    if not words:
        return ""
    return words[0] if PARTICLES & set(words[1:]) else words[-1]


_SPELLING = re.compile(rf"(?<=[\u4e00-\u9fff])\s*{SPELLING_IN_BRACKETS}")
_CHINESE_LEGAL_FORM = re.compile(r"(?:股份)?有限(?:责任)?公司$|集团$")
_A_PLACES_GOVERNMENT = re.compile(r"(?<=[省市州县縣盟])(?:人民)?政府$")


def _known(candidate: NewName, words: str, known: Known) -> bool:
    """Whether we have the candidate: by the name the text writes (a person
    written in Chinese characters by those alone — 史忠俊 is not our 石中軍,
    though both are "Shi Zhongjun" in pinyin: offered as new, and as alike)."""
    if candidate.native_name and known(candidate.native_name, words):
        return True
    if (candidate.kind == "person" and candidate.native_name
            and fold(candidate.name) not in fold(words)):
        return False
    return known(candidate.name, words)


def _the_sultanate(candidate: NewName, text: str) -> NewName:
    """"The Sultanate and the People's Republic of China signed …": Oman (or
    Brunei), as Omani reports call their country."""
    if candidate.kind != "organization" or candidate.name != "Sultanate":
        return candidate
    code = "OM" if "Oman" in text else "BN" if "Brunei" in text else ""
    return replace(candidate, name=country_name(code), kind="country", country=code) if (
        code) else candidate


# A name's first or last word in capitals, the others not ("LIN Nan", "XI Jinping",
# "Mohamed SALAH"; not a king's number, "Tupou VI", nor a post's letters, "… PM …")
_FIRST_IN_CAPITALS = re.compile(r"^[A-Z]{2,}(?=\s+[A-Z][a-z])")
_LAST_IN_CAPITALS = re.compile(r"(?<=[a-z]\s)(?![IVX]+$)[A-Z]{2,}$")


def _family_name_in_capitals(candidate: NewName) -> NewName:
    """"H.E. Mrs. LIN Nan": Lin Nan, as the name is written elsewhere (official
    lists write the family name in capitals); a name all in capitals is left."""
    if candidate.kind != "person":
        return candidate
    name = _FIRST_IN_CAPITALS.sub(lambda word: word.group().capitalize(), candidate.name)
    name = _LAST_IN_CAPITALS.sub(lambda word: word.group().capitalize(), name)
    return replace(candidate, name=name) if name != candidate.name else candidate


def _in_full(candidate: NewName, text: str) -> NewName:
    """"… and Xi": President Xi Jinping, where the text names him so (and "President
    Tinubu" of a headline President Bola Ahmed Tinubu, else Tinubu, post President)."""
    if candidate.kind != "country" and candidate.name.isalpha() and candidate.name.isascii():
        if whole := english_in_full(candidate.name, text):
            return whole
        # (what was said of him stays: "Mu … represented China", of China)
        return replace(candidate, name=full, kind="person") if (
            full := _chinese_in_full(candidate.name, text)) else candidate
    if candidate.kind == "person" and (
            titled := _SHORT_POST_AND_NAME.fullmatch(candidate.name)) and (
            " " in titled.group("name") or titled.group("country")):
        return _short_post_holder(candidate, titled, text)
    if candidate.kind == "person" and (titled := _POST_AND_ONE_NAME.fullmatch(candidate.name)):
        # (a form of address is no post: "Mr Maamau was received by …")
        post = "" if ADDRESSED.fullmatch(titled.group("post")) else titled.group("post")
        return english_in_full(titled.group("name"), text) or replace(
            candidate, name=titled.group("name"), position=candidate.position or post)
    return candidate


def _chinese_in_full(word: str, text: str) -> str:
    """"Mu met with President Nguema": Mu Hong, where the text names him so once
    ("… delivered by Mu Hong, the special envoy"), a common Chinese family name
    written first, in pinyin."""
    given = {found.group(1) for found in re.finditer(
        rf"(?<![\w'’-]){word}[^\S\n]+([A-Z][a-z]+(?:-[a-z]+)?)(?![\w'’-])(?![^\S\n]+[A-Z])",
        text)}
    # (the family names' pinyin read last: it loads pypinyin's tables, a fifth of a second)
    return f"{word} {given.pop()}" if len(given) == 1 and word in pinyin_family_names() else ""


def _short_post_holder(candidate: NewName, titled: re.Match[str], text: str) -> NewName:
    """"FM Demeke Mekonnen": Demeke Mekonnen, post FM; "Barbados PM Mottley": the one the
    text names in full (Mia Amor Mottley), of Barbados."""
    whose = titled.group("country") or ""
    country = (named_country(whose) or country_of_people(whose)) if whose else ""
    if whose and not country:
        return candidate
    titled_one = replace(candidate, name=titled.group("name"),
                         position=candidate.position or titled.group("post"),
                         country=candidate.country or country)
    if " " in titled.group("name") or not (whole := english_in_full(titled.group("name"), text)):
        return titled_one
    return replace(whole, country=whole.country or titled_one.country,
                   position=whole.position or titled_one.position)


# (not "Sheikh Hasina", a name)
_POST_AND_ONE_NAME = re.compile(rf"(?!Sheikh\s)(?P<post>{TITLE})\s+"
                                r"(?P<name>[A-Z](?:(?![\d_])\w|['’-])+)")


# A headline's post in capitals before a name, left on it where posts are listed
# ("DPM, FM Demeke Mekonnen Confers with …": the Foreign Minister Demeke Mekonnen)
_SHORT_POST = re.compile(r"(?-i:D?PM|FM|VP)")
# (and a headline's "Barbados PM Mottley", whose country first and his family name alone)
_SHORT_POST_AND_NAME = re.compile(rf"(?:(?P<country>[A-Z][a-z]+)\s+)?"
                                  rf"(?P<post>{_SHORT_POST.pattern})\s+"
                                  r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})")


_DETAILS = ("native_name", "alias", "country", "position", "affiliation", "affiliation_id")


def _more_said(kept: NewName, again: NewName) -> NewName:
    """A participant named twice, with what either naming says of them (a
    post in full rather than a headline's capitals: "DPM" then "Deputy Prime
    Minister and …")."""
    said = {detail: getattr(again, detail) for detail in _DETAILS
            if not getattr(kept, detail) and getattr(again, detail)}
    if _SHORT_POST.fullmatch(kept.position) and len(again.position) > len(kept.position):
        said["position"] = again.position
    elif kept.position and again.position.startswith(f"{kept.position} "):
        said["position"] = again.position  # ("Ambassador", then "Ambassador … to Mali")
    if kept.kind == "organization" and again.kind == "person" and again.position:
        said["kind"] = "person"  # (a headline's "Xi meets Lula", then "President Lula")
    return replace(kept, **said)


def _candidates(words: str) -> Iterator[tuple[int, NewName]]:
    # (a foreign name's own spelling in brackets no sign of English words:
    # 安吉拉·布拉干萨(Angela Bragança)访问中国)
    if mostly_chinese(_SPELLING.sub("", words)):
        yield from chinese_candidates(words)
    else:
        yield from english_candidates(words)
