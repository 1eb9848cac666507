"""Names in English words that give a role ("co-hosted by the Ministry of
Science, Technology and Innovation and Huawei", "witnessed by Vice Premier
Ding Xuexiang"), each read as a participant with what the words say of it:
see ``new_names``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from desktop.core.countries import country_name, named_country
from desktop.core.countries_named import (
    closing_country,
    country_of_body,
    country_of_people,
    opening_country,
)
from desktop.core.country_fills import country_in_name
from desktop.core.english_people import (
    NAME,
    NAME_HOLDING_A_TITLE,
    ONE_NAMED,
    PARTICLES,
    PERSON,
    person_named,
)
from desktop.core.english_posts import (
    APPOSITIVE,
    BRACKETED,
    OF_A_COUNTRY,
    OWNER,
    PERSON_OF_BODY,
    POST_THEN_NAME,
    TITLE,
    TOPICS,
    appositive,
    post_then_name,
)
from desktop.core.likely_kind import ACRONYM, ORGANISATION_WORDS, likely_kind
from desktop.core.listed_people import listed_person
from desktop.core.new_participant import NewName
from desktop.core.spreadsheet_dates import MONTH_NAME

# A post and what it is of, naming no one ("CEO of DEPA")
_POST_OF = re.compile(rf"{TITLE}\s+(?i:of|for|to)\s+.+")
# A post and what it is of, with no one named yet, after who they are with
# ("Thai Minister of Digital Economy")
_POST_OF_OPENING = re.compile(rf"(?:[A-Z][\w'’-]*\s+){{0,3}}{TITLE}\s+(?i:of|for|to)\s+.+")
_A_TITLE = re.compile(rf"\b{TITLE}\b")
# A post with no one named after it ("Lao Deputy Prime Minister")
_POST_ALONE = re.compile(rf"(?:[A-Z][\w'’-]*\s+){{0,3}}{TITLE}")
# "… and Chinese Vice Minister …": a new person, not more of the post before
_STARTS_A_PERSON = re.compile(rf"(?:[A-Z][a-z]+\s+)?{TITLE}\b")
# A company's legal form, left off its name ("Donghao Lansheng Group Co., Ltd.")
_LEGAL_FORM = re.compile(r",?\s+(?:Co\.?,?\s*Ltd\.?|Co\.?\s*Limited|Ltd\.?|Limited|Inc\.?"
                         r"|LLC|PLC|GmbH|Corp\.(?=\s|$))(?=[\s,;)]|$)")
# Words a list is cut at for good ("A together with B"), and where it may be
_HARD_CUT = re.compile(r"\s*(?:;|\b(?:together|along)\s+with\b|\bas\s+well\s+as\b"
                       r"|\balongside\b)\s*", re.IGNORECASE)
_SOFT_CUT = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")
# The small words a name holds ("Ministry of Science and Technology",
# "Banco do Brasil"); any other word in small letters is no name's
_SMALL = frozenset(("of", "for", "and", "the", "on", "in", "at", "to", "de", "du", "des",
                    "la", "le", "da", "do", "das", "dos", "y", "et", "und", "&"))
# A capitalised word alone that names no one: a pronoun, an adjective of a
# people ("Chinese"), a word opening the sentence
_NO_ONE = re.compile(r"(?:[A-Z][a-z]+(?:ese|ian|ean|ish|ic)|Both|Each|All|Other|Several"
                     r"|Many|They|He|She|It|We|These|Those|This|That|Officials?|Leaders?"
                     r"|Representatives?|Delegates?|Delegations?|Sides?|Parties)")
_LEADING = re.compile(r"^(?:(?:the|its|their|both|also|then|jointly|and|including|notably|such\s+as"
                      r"|visiting"  # "held talks with visiting Kazakh President …"
                      # (an honorific before a post: "The Honorable Minister of …")
                      r"|hon\.|honou?rable|(?:his|her)\s+(?:excellency|honou?r)"
                      # "Representatives from Huawei": Huawei's
                      r"|(?:(?:senior|top|high-level|government|other|some|several|many)\s+)?"
                      r"(?:representatives?|officials?|delegates?|delegations?|experts?"
                      r"|executives?|leaders?|heads?)\s+(?:from|of)"
                      # "A 30-member delegation from CCPIT": CCPIT's
                      r"|an?\s+(?:[\w-]+\s+){0,2}?delegations?\s+(?:from|of))\s+)+",
                      re.IGNORECASE)
# "… Digital Affairs together" (with Huawei, the clause cut before "with")
_TRAILING = re.compile(r"(?:\s+(?:together|jointly|also|respectively|too|today|yesterday"
                       r"|tonight|here|there|earlier|later"
                       # ("… with Chinese President Xi Jinping a year earlier")
                       r"|(?:a|one|two|three|a\s+few)\s+(?:days?|weeks?|months?|years?)"
                       r"\s+(?:earlier|later|ago)|last\s+(?:week|month|year)))+$")
# the side one stood for, after their name ("… Gobind Singh Deo representing Malaysia")
_FOR_A_SIDE = re.compile(r",?\s+(?:representing|on\s+behalf\s+of)\s+(?:the\s+)?(?P<side>\S.*)$")
# one word, capital first ("Komdigi") or in small letters ("depa")
_SHORT_NAME = re.compile(r"[A-Z][a-z]{3,14}|[a-z]{3,8}")
# A company described before its name: "the Chinese technology company iFlytek"
_DESCRIBED = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:(?P<people>[A-Z][a-z]+)\s+)?(?:(?:[a-z-]+|AI|IT|ICT)\s+){0,2}?"
    # (and of several: "the Chinese tech firms ZTE and Tencent")
    r"(?:compan(?:y|ies)|firms?|giants?|start-?ups?|lenders?|banks?|operators?|carriers?"
    r"|makers?|manufacturers?|developers?|providers?|conglomerates?|platforms?)"
    r"\s+(?P<name>(?:[A-Z]|[a-z][A-Z]).*)$")
# A body described by where it is based: "Beijing-based Zhipu AI"
_BASED = re.compile(r"^(?P<place>[A-Z][\w .'’]*?)-based\s+(?P<name>(?:[A-Z]|[a-z][A-Z]).*)$")


def english_candidates(words: str) -> Iterator[tuple[int, NewName]]:
    # ("Egyptian Communications and Information Technology (IT) Minister …": the
    # portfolio's acronym is no part of the post)
    words = _PORTFOLIO_ACRONYM.sub("", _LEGAL_FORM.sub("", words))
    start = 0
    # (people listed a line each, "Name, Post, Body", come joined by "; ")
    for cut in [*re.finditer(";", words), None]:
        end = cut.start() if cut else len(words)
        if (listed := listed_person(words[start:end])) is not None:
            yield start, listed
        else:
            for offset, piece in _english_pieces(words[start:end]):
                if (candidate := _english_name(piece)) is not None:
                    yield start + offset, candidate
        start = end + 1


def _english_pieces(words: str) -> Iterator[tuple[int, str]]:
    """(where, words) of each name in a list of them."""
    masked = _masked_brackets(words)
    # (not "Yao Wen, Vice Chancellor of the BUET Satya Prasad Majumder": the post
    # and its acronym are the name's after them)
    described = [said for said in APPOSITIVE.finditer(masked)
                 if not _ACRONYM_THEN_NAME.fullmatch(said.group("of") or "")]
    # (not a post read back into a name described before it: "Ms. Xiling Mo,
    # Deputy District Mayor of …, Dr. Siming Huang" — the post is Xiling Mo's)
    described += [said for said in POST_THEN_NAME.finditer(masked) if not any(
        before.start() < said.start() < before.end() for before in described)]
    for said in described:
        # one piece: its comma cuts nothing
        masked = masked[:said.start()] + said.group().replace(",", "_").replace(
            " and ", " _n_ ").replace(" & ", " _ ") + masked[said.end():]
    start = 0
    for cut in [*_HARD_CUT.finditer(masked), None]:
        end = cut.start() if cut else len(masked)
        yield from _soft_pieces(words, masked, start, end)
        if cut:
            start = cut.end()


def _masked_brackets(words: str) -> str:
    """The words with what brackets hold blanked out (a comma there cuts nothing)."""
    masked, depth = [], 0
    for ch in words:
        depth += ch in "(（"
        masked.append("_" if depth and ch not in "(（)）" else ch)
        depth -= depth > 0 and ch in ")）"
    return "".join(masked)


def _soft_pieces(words: str, masked: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """The names between ``start`` and ``end``, the list cut where each part
    is a name of its own (see the module's docstring)."""
    parts: list[tuple[int, int]] = []
    place = start
    for cut in _SOFT_CUT.finditer(masked, start, end):
        parts.append((place, cut.start()))
        place = cut.end()
    parts.append((place, end))
    pieces: list[list[int]] = []
    index = 0
    post_goes_on = False
    while index < len(parts):
        left, right = parts[index]
        text = words[left:right]
        index += 1
        previous = words[pieces[-1][0]:pieces[-1][1]].strip() if pieces else ""
        if (_POST_OF_OPENING.fullmatch(previous) and not _a_person_named(previous)
                and not _A_TITLE.search(text) and PERSON.fullmatch(
                    words[pieces[-1][0]:right].strip())):
            # "Thai Minister of Digital Economy and Society Prasert
            # Jantararuangtong": what the post is of goes on past the "and"
            pieces[-1][1] = right
            continue
        joined = words[pieces[-1][0]:right].strip() if pieces else ""
        if pieces and _a_portfolio(previous) and _topics_only(text.split(" ")[0]) and (
                PERSON.fullmatch(joined) or _POST_AWAITING.fullmatch(joined)):
            # "Laos Technology and Communications Minister Boviengkham
            # Vongdara", "Trade and Industry State Minister …": a portfolio of
            # two goes on past the "and"
            pieces[-1][1] = right
            continue
        if (pieces and _POST_AWAITING.fullmatch(previous) and not PERSON.fullmatch(previous)
                and words[pieces[-1][1]:left].strip() == "," and re.fullmatch(NAME, text.strip())
                and likely_kind(text.strip()) == "person"):
            # "Innovation and Technology State Minister, Sisay Tola": the post's holder
            pieces[-1][1] = right
            continue
        if (pieces and (_POST_ALONE.fullmatch(previous) or (
                _POST_OF.fullmatch(previous) and not _names_someone(previous)
                and PERSON.fullmatch(words[pieces[-1][0]:right].strip())))
                and _STARTS_A_PERSON.match(text.strip())):
            # "Deputy Prime Minister and Foreign Minister Thongsavanh
            # Phomvihane": one person's two posts ("Special Envoy of the
            # Chinese Government and Vice Minister of Foreign Affairs Mr. …" too)
            pieces[-1][1] = right
            continue
        if pieces and (post_goes_on or _topics_only(text)) and not _has_head(text) and (
                APPOSITIVE.fullmatch(previous := words[pieces[-1][0]:pieces[-1][1]].strip())
                and re.search(r"\s(?:of|for)\s", previous)):
            # "…, Minister of State for Artificial Intelligence, Digital Economy
            # and Remote Work Applications": what a post is for goes on, naming no one
            post_goes_on = True
            continue
        post_goes_on = False
        # ("Ministry of Digital Economy and Society": a word of what it is of alone)
        if pieces and (not _has_head(text) or (len(_without_aside(text).split()) == 1
                                               and _topics_only(text))):
            # (not the "of" of "Officials of the Kenya ICT Authority and Safaricom")
            previous = _LEADING.sub("", words[pieces[-1][0]:pieces[-1][1]].strip())
            # "Ministry of Science, Technology and Innovation": a part without a
            # head goes on a name that names what it is "of" or "for"
            # (not after its short name in brackets, which closes it: "… and Society
            # (MDES) and Alibaba Cloud" are two)
            # (nor a new name after "and the": "the Agency for Innovation and
            # Technology and the National Development and Reform Commission")
            # (nor after a country closing it: "… and Innovation of Chile and Inria")
            closed = (of := OF_A_COUNTRY.search(previous)) and named_country(of.group(1))
            if (re.search(r"\s(?:of|for)\s", previous) and not _stands_alone(text) and not closed
                    and not _STARTS_A_PERSON.match(text.strip())
                    and (not text.strip().lower().startswith("the ") or _topics_only(text))
                    and not APPOSITIVE.fullmatch(previous.strip())
                    and not BRACKETED.search(previous)):
                pieces[-1][1] = right
                continue
        if not _has_head(text) and (last := _name_ends_at(words, parts, index - 1)):
            # "Economic, Social and Cultural Council", "National Development
            # and Reform Commission": parts without a head before a short
            # one with a head are the words of one name
            pieces.append([left, parts[last][1]])
            index = last + 1
            continue
        pieces.append([left, right])
    for left, right in pieces:
        yield left, words[left:right]


def _a_portfolio(words: str) -> bool:
    """What a ministry is for, perhaps after its country, before the "and"
    of a portfolio of two ("Laos Technology", "China's Industry", "Trade")."""
    owner, _, topics = OWNER.sub(r"\g<owner> \g<rest>", words).partition(" ")
    return _topics_only(words) or bool(
        topics and (named_country(owner) or country_of_people(owner)) and _topics_only(topics))


# A post awaiting its holder's name, its portfolio of two ("Innovation and
# Technology State Minister")
# (and where an envoy is posted: "Chinese Ambassador to Sri Lanka, Qi Zhenhong")
_POST_AWAITING = re.compile(rf"(?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?){{0,6}}{TITLE}"
                            r"(?:\s+to\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?")
_POST_COMMA_NAME = re.compile(rf"(?P<post>{_POST_AWAITING.pattern}),\s+(?P<name>{NAME})")


def _a_name_of_someone(name: str) -> bool:
    """Not words of a post read as a name: "Minister of Communications and |
    Information Technology", "Minister of … of the | People's Republic | of China",
    "Vice President of the | National Development | and Reform Commission", "Minister
    of Labour and | Deputy Minister"."""
    return not (all(word.lower() in TOPICS | {"national"} for word in name.split())
                or _A_STATE.search(name) or _POST_ALONE.fullmatch(name))


def _a_person_named(text: str) -> bool:
    return any(_a_name_of_someone(found.group("name")) for found in PERSON.finditer(text))


def _names_someone(text: str) -> bool:
    """Whether the words name a person after a post (not "Special Envoy of
    the Chinese Government", a post of a body)."""
    person = PERSON.search(text)
    return person is not None and not ORGANISATION_WORDS.search(person.group("name"))


def _without_aside(text: str) -> str:
    """A part of a list without the acronym in brackets and the "today" after it."""
    return BRACKETED.sub("", _TRAILING.sub("", text.strip()))


def _topics_only(text: str) -> bool:
    # ("… and Society (MDES)": the acronym in brackets is the whole name's)
    words = [word.lower() for word in _without_aside(text).split()
             if word.lower() not in _SMALL]
    return bool(words) and all(word in TOPICS for word in words)


def _has_head(text: str) -> bool:
    bare = BRACKETED.sub("", text).strip()
    return bool(ORGANISATION_WORDS.search(bare) or PERSON.search(bare)
                or APPOSITIVE.fullmatch(bare) or POST_THEN_NAME.fullmatch(bare)
                or ACRONYM.fullmatch(bare) or named_country(bare))


def _stands_alone(text: str) -> bool:
    """An acronym or a country's name is a name of its own wherever it stands."""
    bare = BRACKETED.sub("", text).strip()
    # (and a name a country's owns: "… Digital Affairs and China's Alibaba Cloud")
    owned = OWNER.match(bare)
    return bool(ACRONYM.fullmatch(bare) or named_country(bare)
                or (owned and named_country(owned.group("owner"))))


def _name_ends_at(words: str, parts: list[tuple[int, int]], index: int) -> int | None:
    """The part that ends the name the headless part ``index`` begins: the
    next with a head, of at most three words and not opening with "the",
    when every part before it is one to three capitalised words (not
    "Tencent, Alibaba and the China Academy of Sciences"); None if none."""
    for later in range(index, len(parts)):
        text = BRACKETED.sub("", words[slice(*parts[later])]).strip()
        # ("… Reform Commission of the People's Republic of China": the country it is of
        # counts no words of the name)
        if (of_country := OF_A_COUNTRY.search(text)) and named_country(of_country.group(1)):
            text = text[:of_country.start()]
        if later == index:
            text = OWNER.sub(r"\g<rest>", _LEADING.sub("", text))
        if later > index and _has_head(text):
            # (after "and": "Economic, Social and Cultural Council", not
            # "Huawei, Viettel Group and FPT Corporation")
            joined = re.search(r"\band\b|&", words[parts[later - 1][1]:parts[later][0]])
            return (later if len(text.split()) <= 3 and not text.lower().startswith("the ")
                    and not _stands_alone(text) and joined else None)
        # (of four words or more, no person's name either: "Shanghai State Owned
        # Assets Supervision and Administration Commission")
        # (a word may join two: "Ethio-China Friendship and Cooperation Committee")
        if not re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)*){0,5}",
                            text):
            return None
    return None


_ACRONYM_THEN_NAME = re.compile(r"(?:the\s+)?[A-Z]{2,}(?:\s+[A-Z][a-z][\w'’-]*){2,4}")
_A_STATE = re.compile(r"\b(?:Republic|Kingdom|Federation|Emirates|States|Union)\b")
_PORTFOLIO_ACRONYM = re.compile(rf"\s*\([A-Z]{{2,6}}\)(?=\s+{TITLE}\s+[A-Z])")
_UNDER = re.compile(r"(?P<body>.+?)\s+under\s+the\s+(?P<over>(?:President|Prime\s+Minister"
                    r"|Ministry|Government|Cabinet|State\s+Council)\b.*)")


def _english_name(piece: str) -> NewName | None:
    """The participant a piece of a list names, or None for words that name
    no one in particular."""
    piece = _LEADING.sub("", piece.strip(" \t\n\"“”'‘’.,:"))
    side = _FOR_A_SIDE.search(piece)  # (of the country they stood for)
    piece = _TRAILING.sub("", _FOR_A_SIDE.sub("", piece))
    # ("ENA November 29/2019 Ethiopia": what a dateline opened with left off)
    piece = _UP_TO_A_DAY.sub("", piece)
    # ("the Chinese Government", "the Lao government": the country, as written)
    if (governed := _PEOPLES_GOVERNMENT.fullmatch(piece)) and (
            code := country_of_people(governed.group(1))):
        return NewName(piece, "country", country=code)
    country = named_country(side.group("side")) or "" if side else ""
    if (owned := OWNER.match(piece)) and (code := named_country(owned.group("owner"))):
        piece, country = owned.group("rest"), code
    elif (ministry := _PEOPLES_MINISTRY.match(piece)) and (
            code := country_of_people(ministry.group("people"))):
        # "the Lao Ministry of Technology and Communications" as "Laos's …"
        piece, country = ministry.group("rest"), code
    if based := _BASED.match(piece):  # "Beijing-based Zhipu AI": Zhipu AI
        piece = based.group("name")
        country = country or named_country(based.group("place")) or ""
    said_a_body = False  # ("the Chinese investment firm Sinovation Ventures": no person)
    if described := _DESCRIBED.match(piece):
        # "the Chinese technology company iFlytek": iFlytek, of China
        piece, said_a_body = described.group("name"), True
        country = country or country_of_people(described.group("people") or "")
    if (under := _UNDER.fullmatch(piece)) and likely_kind(under.group("body")) == "organization":
        # "the Agency for Innovation and Technology under the President of the
        # Republic of Tajikistan": a body named with whom it reports to
        over = under.group("over")
        return NewName(piece, "organization", country=country or (
            named_country(of.group(1)) if (of := OF_A_COUNTRY.search(over)) else "") or "")
    if (post_first := _POST_COMMA_NAME.fullmatch(piece)) and (person := PERSON.fullmatch(
            f"{post_first.group('post')} {post_first.group('name')}")):
        return person_named(person, "", country)  # "… State Minister, Sisay Tola"
    if named_after := POST_THEN_NAME.fullmatch(piece):
        return post_then_name(named_after, country)
    if (described := _SMALL_LETTERED_POST.match(piece)) and country and (
            person := PERSON.fullmatch(described.group("rest"))):
        # "Cambodia's telecommunications ministry official Sok Puthyvuth"
        quoted = person_named(person, "", country)
        return replace(quoted, position=f"{described.group('what').strip()} {quoted.position}")
    person = PERSON.fullmatch(piece) or ONE_NAMED.fullmatch(piece)
    if person and not _a_name_of_someone(person.group("name")):
        person = None
    if person and not ORGANISATION_WORDS.search(
            person.group("name")) and not NAME_HOLDING_A_TITLE.fullmatch(piece):
        # (no "director general of … Economic | Affairs Bureau")
        return person_named(person, "", country)
    if said := APPOSITIVE.fullmatch(piece):
        return appositive(said)
    if (of_body := PERSON_OF_BODY.fullmatch(piece)) and likely_kind(
            of_body.group("name")) == "person" and likely_kind(of_body.group("body")) == (
            "organization"):
        body = of_body.group("body")
        return NewName(of_body.group("name"), "person", country=country or country_of_body(body),
                       affiliation=body)
    native = alias = ""
    told_apart = False  # by the country in brackets, as the text writes it
    if bracketed := BRACKETED.search(piece):
        inside = bracketed.group(1).strip()
        if re.search(r"video|online|virtual", inside, re.IGNORECASE):
            inside = ""
        elif ACRONYM.fullmatch(inside) or re.fullmatch(r"[A-Z]{2,}(?:\s[A-Z]{2,})+", inside):
            alias = inside  # "(CAICT)", "(UN DESA)"
        elif _SHORT_NAME.fullmatch(inside) and likely_kind(piece[:bracketed.start()]) == (
                "organization") and not named_country(inside):
            alias = inside  # a body's short name: "(Komdigi)", "(Bappenas)"
        elif not inside.isascii():
            native = inside
        elif code := named_country(inside):  # "Huawei Technologies (Thailand)"
            country, told_apart = country or code, True
        else:
            inside = ""  # a remark ("(ret.)"), not a name
        piece = piece[:bracketed.start()].strip()
    # ("CEO of DEPA", "The Ambassador made these remarks": a post, no one)
    if not _a_name(piece) or _POST_OF.fullmatch(piece) or _POST_ALONE.fullmatch(piece):
        return None
    # ("the Government of Laos": the country)
    if code := named_country(piece) or named_country(_GOVERNMENT_OF.sub("", piece)):
        return NewName(country_name(code) or piece, "country", country=code)
    if said_a_body or likely_kind(piece) == "organization":  # a body's word, an acronym
        if country and (told_apart or _told_apart_by_country(piece, country)):
            piece = f"{piece} ({country_name(country)})"
        found = country_in_name(piece)
        # ("the Chinese Embassy": of China; "Huawei Technologies Nigeria": of Nigeria)
        return NewName(piece, "organization", native_name=native, alias=alias,
                       country=country or (found[0] if found else "")
                       or country_of_people(piece.split()[0]) or closing_country(piece)
                       or opening_country(piece))
    # "Alexander Vedyakhin" ("Omar Sultan Al Olama": four, with a particle)
    words = piece.split()
    if (len(words) <= 3 or (len(words) == 4 and PARTICLES & {
            word.lower() for word in words})) and likely_kind(piece) == "person":
        return NewName(piece, "person", native_name=native, country=country)
    return None


# What a country's post is, in small letters, before the post ("…'s
# telecommunications ministry official Sok Puthyvuth")
_SMALL_LETTERED_POST = re.compile(r"(?P<what>(?:(?!(?:the|a|an|and|of)\s)[a-z]+\s+){1,3})"
                                  rf"(?P<rest>{TITLE}\s+[A-Z].*)")
_PEOPLES_GOVERNMENT = re.compile(r"([A-Z][a-z]+)\s+[Gg]overnment")
_GOVERNMENT_OF = re.compile(r"^(?:(?:the\s+)?Governments?|(?:the\s+)?Republic|(?:the\s+)?Kingdom)"
                            r"\s+of\s+(?=[A-Z])")
# A word saying who someone is, not their name, closing a few capitalised words
_SOMEONE_UNNAMED = re.compile(r"Counterparts?|Officials?|Leaders?|Delegates?|Delegations?"
                              r"|Diplomats?|Envoys?|Ministers|Experts?|Guests?|Participants?")


# A brand written in small letters before what it is: "stc Group", "du Telecom"
_SMALL_BRAND = re.compile(r"(?!(?:the|an|its|our|their|his|her|new|local|other|some|all|both"
                          r"|each|two|three|many|more|most|such|this|that|these|those)\s)"
                          r"[a-z]{2,5}\s+(?=[A-Z])")


def _a_name(piece: str) -> bool:
    words = piece.split()
    if (brand := _SMALL_BRAND.match(piece)) and ORGANISATION_WORDS.search(piece[brand.end():]):
        words = words[1:]
        piece = piece[brand.end():]
    if not words or len(words) > 12 or not _capitalised(piece) or len(piece) < 2:
        return False
    if _A_DAY.search(piece):  # "ENA November 29/2019 Ethiopia": a dateline, no name
        return False
    if len(words) == 1 and _NO_ONE.fullmatch(piece):
        return False
    if len(words) <= 3 and _SOMEONE_UNNAMED.fullmatch(words[-1]):
        return False  # a headline's "Lao Counterpart", "Senior Officials"
    return all(_capitalised(word) or word[0].isdigit() or word in _SMALL
               for word in words)


_A_DAY = re.compile(rf"\b{MONTH_NAME}\s+\d{{1,2}}\b")


_UP_TO_A_DAY = re.compile(rf"^.*?{_A_DAY.pattern}(?:[/,]\s*\d{{4}})?\s+(?=[A-Z])")


def _capitalised(word: str) -> bool:
    """A word a name may hold: capitalised, or a brand's "iFlytek"."""
    return word[0].isupper() or (word[:1].islower() and word[1:2].isupper())


# Bodies every country has, told apart by the country in brackets: "Ministry
# of Digital (Malaysia)" (not "Guangxi Zhuang Autonomous Region (China)")
_EVERY_COUNTRY_HAS = re.compile(
    r"(?:(?:national|state|federal|central|presidential|royal)\s+)?"
    r"(?:ministry|department|office|council|commission|agency|embassy|government|parliament"
    r"|senate|cabinet|presidency|secretariat|bureau|directorate|administration|authority"
    r"|economic|foreign|cyber|digital)\b", re.IGNORECASE)


_PEOPLES_MINISTRY = re.compile(r"^(?P<people>[A-Z][a-z]+)\s+(?P<rest>Ministry\s+of\s+\S.*)$")


def _told_apart_by_country(name: str, country: str) -> bool:
    return (_EVERY_COUNTRY_HAS.match(name) is not None
            and country_in_name(name) is None)
