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
    PEOPLES_ADJECTIVE,
    closing_country,
    country_of_body,
    country_of_people,
    opening_country,
)
from desktop.core.country_fills import country_in_name
from desktop.core.english_lists import (
    LEADING,
    NEW,
    POST_ALONE,
    POST_COMMA_NAME,
    POST_OF,
    SMALL,
    TRAILING,
    a_name_of_someone,
    english_pieces,
)
from desktop.core.english_people import (
    COUNTERPART,
    NAME,
    NAME_HOLDING_A_TITLE,
    ONE_NAMED,
    PARTICLES,
    PERSON,
    PORTFOLIO_HOLDER,
    RANKS,
    counterparts_country,
    person_named,
    portfolio_holder,
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
from desktop.core.listed_people import listed_pair, listed_person
from desktop.core.new_participant import NewName
from desktop.core.piece_wording import as_usually_worded
from desktop.core.respective_posts import respective_people
from desktop.core.sides import GOVERNMENT_OF, SIDE_AFTER_COMMA, side_country
from desktop.core.spreadsheet_dates import MONTH_NAME

# A company's legal form, left off its name ("Donghao Lansheng Group Co., Ltd.")
_LEGAL_FORM = re.compile(r",?\s+(?:Co\.?,?\s*Ltd\.?|Co\.?\s*Limited|Ltd\.?|Limited|Inc\.?"
                         r"|LLC|PLC|GmbH|Corp\.(?=\s|$))(?=[\s,;)]|$)")
# A capitalised word alone that names no one: a pronoun, an adjective of a
# people ("Chinese"), a word opening the sentence
_NO_ONE = re.compile(r"(?:[A-Z][a-z]+(?:ese|ian|ean|ish|ic)|Both|Each|All|Other|Several"
                     r"|Many|They|He|She|It|We|These|Those|This|That|Officials?|Leaders?"
                     r"|Representatives?|Delegates?|Delegations?|Sides?|Parties"
                     # (a country named before: "The Kingdom also signed …")
                     r"|Kingdom|Republic|Government|Country|Nation|State"
                     # (what was held: "The Meeting discussed …")
                     r"|Meeting|Talks|Visit|Ceremony)")
# the side one stood for, after their name ("… Gobind Singh Deo representing Malaysia")
_FOR_A_SIDE = re.compile(r",?\s+(?:representing|on\s+behalf\s+of)\s+(?:the\s+)?(?P<side>\S.*)$")
# one word, capital first ("Komdigi") or in small letters ("depa")
_SHORT_NAME = re.compile(r"[A-Z][a-z]{3,14}|[a-z]{3,8}")
# A company described before its name: "the Chinese technology company iFlytek"
_DESCRIBED = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:(?P<people>[A-Z][a-z]+)\s+)?(?:(?:[a-z-]+|AI|IT|ICT)\s+){0,2}?"
    # (and of several: "the Chinese tech firms ZTE and Tencent")
    r"(?:compan(?:y|ies)|firms?|giants?|start-?ups?|lenders?|banks?|operators?|carriers?"
    r"|makers?|manufacturers?|developers?|providers?|conglomerates?|platforms?"
    # ("Chinese battery materials producer GEM")
    r"|producers?|suppliers?|miners?|exporters?|retailers?|insurers?)"
    r"\s+(?P<name>(?:[A-Z]|[a-z][A-Z]).*)$")
# A body described by where it is based: "Beijing-based Zhipu AI"
_BASED = re.compile(r"^(?P<place>[A-Z][\w .'’]*?)-based\s+(?P<name>(?:[A-Z]|[a-z][A-Z]).*)$")


def english_candidates(words: str) -> Iterator[tuple[int, NewName]]:
    for offset, candidate in _candidates(words):
        if candidate.kind == "person" and _with_a_legal_form(candidate.name, words):
            # ("signed between Esso Highlands Ltd and Unipec Asia Co Ltd": companies)
            candidate = replace(candidate, kind="organization")
        elif (of := _POST_OF_COMPANY.fullmatch(candidate.position)) and _with_a_legal_form(
                of.group("body"), words):
            # ("Lu Shu, president of Ramu Nickel Management Ltd": a company's president)
            candidate = replace(candidate, position=of.group("post"), affiliation=of.group("body"))
        yield offset, candidate


def _with_a_legal_form(name: str, words: str) -> bool:
    """Whether the words write the name with a company's legal form after it
    ("Esso Highlands Ltd"); found by position, not a pattern made per name: a
    pattern of each name compiled anew took a tenth of reading a text."""
    at = words.find(name)
    while at >= 0:
        if (at == 0 or not words[at - 1].isalnum()) and _LEGAL_FORM.match(words, at + len(name)):
            return True
        at = words.find(name, at + 1)
    return False


_POST_OF_COMPANY = re.compile(r"(?P<post>.+?)\s+of\s+(?:the\s+)?(?P<body>[A-Z].*)")


def _candidates(words: str) -> Iterator[tuple[int, NewName]]:
    # ("Egyptian Communications and Information Technology (IT) Minister …": the
    # portfolio's acronym is no part of the post)
    # (nor a post's short form: "Deputy Prime Minister (DPM) and Minister for …")
    words = _POST_SHORT.sub("", _PORTFOLIO_ACRONYM.sub("", _LEGAL_FORM.sub("", words)))
    # ("the CEO of Huawei Angola - Mr. Edric Chu": a dash before the holder, read as a comma)
    words = _DASH_BEFORE_HOLDER.sub(lambda dash: "," + " " * (len(dash.group()) - 1), words)
    start = 0
    # (people listed a line each, "Name, Post, Body", come joined by "; ")
    for cut in [*re.finditer(";", words), None]:
        end = cut.start() if cut else len(words)
        if respective := list(respective_people(words[start:end])):
            # ("Foreign Ministers of Nepal and China, A and B": each of their own)
            yield from ((start + offset, person) for offset, person in respective)
        elif pair := listed_pair(words[start:end]):
            # ("A, President, CEAB and Prof Dr B, Director, RISE, BUET signed")
            yield from ((start + offset, person) for offset, person in pair)
        elif (listed := listed_person(words[start:end])) is not None:
            yield start, listed
        else:
            # ("Ahmed Khan, Minister of Planning, on behalf of Pakistan": one person's side)
            side = SIDE_AFTER_COMMA.search(words, start, end)
            found = [(start + offset, candidate) for offset, piece in english_pieces(
                words[start:side.start() if side else end])
                if (candidate := _english_name(piece)) is not None]
            if side and len(found) == 1 and found[0][1].kind == "person" and (
                    code := side_country(side.group("side"))) and not found[0][1].country:
                found = [(found[0][0], replace(found[0][1], country=code))]
            yield from found
        start = end + 1


_DASH_BEFORE_HOLDER = re.compile(r"\s+[-–]\s+(?=(?:Mr|Ms|Mrs|Dr|Prof|Eng)\.?\s+[A-Z])")
_PORTFOLIO_ACRONYM = re.compile(rf"\s*\([A-Z]{{2,6}}\)(?=\s+{TITLE}\s+[A-Z])")
_UNDER = re.compile(r"(?P<body>.+?)\s+under\s+the\s+(?P<over>(?:President|Prime\s+Minister"
                    r"|Ministry|Government|Cabinet|State\s+Council)\b.*)")


def _english_name(piece: str) -> NewName | None:
    """The participant a piece of a list names, or None for words that name
    no one in particular."""
    if (owned := _BODYS_PERSON.fullmatch(piece.strip())) and not named_country(
            owned.group("owner")) and likely_kind(owned.group("name")) == "person":
        # ("KPC's CEO … and Sinosure's Wang Yi inked the deal": Sinosure's man)
        return NewName(owned.group("name"), "person", affiliation=owned.group("owner"))
    named = _named_in(piece)
    if named is not None and named.kind == "person" and (
            ORGANISATION_WORDS.search(named.name) or _A_BODYS_LAST_WORD.search(named.name)):
        # ("chairman of the National Committee of the Chinese | People's Political
        # Consultative Conference": a body's name, no one's)
        return None
    if named is not None and named.kind == "person" and " " not in named.name and (
            re.search(rf"\bSheikh\s+{re.escape(named.name)}\b", piece)):
        # ("Bangladesh Prime Minister Sheikh Hasina": her name, not a ruler's title)
        return replace(named, name=f"Sheikh {named.name}")
    return named


_TWO_POSTS = re.compile(rf"{POST_ALONE.pattern}\s+(?:and|&)\s+{POST_ALONE.pattern}")
_BODYS_PERSON = re.compile(r"(?P<owner>[A-Z][\w&-]*[A-Z][\w&-]*|[A-Z][a-z]+)['’]s\s+"
                           r"(?P<name>[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){1,2})")
_A_BODYS_LAST_WORD = re.compile(r"\b(?:Conference|Committee|Congress|Council|Commission"
                                r"|Assembly|Forum|Summit|Parliament|Party|Front)$")




def _named_in(piece: str) -> NewName | None:
    """The participant the piece names as read, before ``_english_name`` checks
    that a person's name is no body's."""
    piece = as_usually_worded(piece)
    if short := _ACRONYM_BEFORE_OF.search(piece):
        # "the National Rally of Independents (RNI) of Morocco": the body, by its short
        # name too
        unshortened = _english_name(piece[:short.start()] + piece[short.end():])
        return replace(unshortened, alias=unshortened.alias or short.group(1)) if (
            unshortened and unshortened.kind == "organization") else unshortened
    # ("the Party School of the Communist Party of China (CPC) Central Committee": the
    # short name of a part of the name, no alias of the whole)
    piece = _ACRONYM_WITHIN.sub("", piece)
    piece = LEADING.sub("", piece.strip(" \t\n\"“”'‘’.,:"))
    side = _FOR_A_SIDE.search(piece)  # (of the country they stood for)
    piece = TRAILING.sub("", _FOR_A_SIDE.sub("", piece))
    # ("ENA November 29/2019 Ethiopia": what a dateline opened with left off)
    piece = _UP_TO_A_DAY.sub("", piece)
    # ("the Chinese Government", "the Lao government": the country, as written)
    if (governed := _PEOPLES_GOVERNMENT.fullmatch(piece)) and (
            code := country_of_people(governed.group(1))):
        return NewName(piece, "country", country=code)
    country = side_country(side.group("side")) if side else ""
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
    if (post_first := POST_COMMA_NAME.fullmatch(piece)) and (person := PERSON.fullmatch(
            # (a new one's post as the post: "China's new ambassador to Lesotho, …")
            re.sub(rf"^(?:[Tt]he\s+|An?\s+)?{NEW}", "", post_first.group("post"))
            + f" {post_first.group('name')}")):
        holder = person_named(person, "", country)  # "… State Minister, Sisay Tola"
        # (the name the comma opens is whole, the post before it: "Nigerian Ambassador to
        # China, Alhaji Baba Ahmad Jidda"; "Chief of Staff to the President, Prof Ibrahim
        # Gambari")
        whole = post_first.group("name")
        if whole != holder.name and whole.endswith(holder.name) and holder.position.endswith(
                extra := whole[:-len(holder.name)].strip()):
            holder = replace(holder, name=whole, position=holder.position[:-len(extra)].strip())
        elif whole != holder.name and holder.name.endswith(whole):
            extra = holder.name[:-len(whole)].strip()
            holder = replace(holder, name=whole, position=f"{holder.position} {extra}".strip())
        return holder
    if (held := PORTFOLIO_HOLDER.fullmatch(piece)) and (
            minister := portfolio_holder(held, country)):
        return minister
    if named_after := POST_THEN_NAME.fullmatch(piece):
        return post_then_name(named_after, country)
    if (described := _SMALL_LETTERED_POST.match(piece)) and country and (
            person := PERSON.fullmatch(described.group("rest"))):
        # "Cambodia's telecommunications ministry official Sok Puthyvuth"
        quoted = person_named(person, "", country)
        return replace(quoted, position=f"{described.group('what').strip()} {quoted.position}")
    person = PERSON.fullmatch(piece) or ONE_NAMED.fullmatch(piece)
    if person and (not a_name_of_someone(person.group("name")) or named_country(
            person.group("name")) or re.search(r"['’]s\b", person.group("name"))):
        # (not "Ambassador to the Kingdom of | Saudi Arabia", nor "… | Saudi Arabia's NEOM")
        person = None
    if person and not ORGANISATION_WORDS.search(
            person.group("name")) and not NAME_HOLDING_A_TITLE.fullmatch(piece):
        # (no "director general of … Economic | Affairs Bureau")
        return person_named(person, "", country)
    if (without := _NAME_THE_POST.fullmatch(piece)) and (said := APPOSITIVE.fullmatch(
            f"{without.group(1)}, {without.group(2)}")):
        # ("Xi Jinping the President of the People's Republic of China": no comma between)
        return appositive(said)
    if (said := APPOSITIVE.fullmatch(piece)) and likely_kind(said.group("name")) != (
            "organization") and a_name_of_someone(said.group("name")):
        # (not a company before the next's post: "Huawei Technologies (Nigeria) Limited,
        # the Minister of …")
        return appositive(said)
    if (counterpart := COUNTERPART.fullmatch(piece)) and (
            a_name_of_someone(counterpart.group("name"))):
        # ("his Chinese counterpart, President Xi Jinping": his post too)
        return NewName(counterpart.group("name"), "person", country=country or counterparts_country(
            counterpart), position=counterpart.group("post") or "")
    if (one := _PEOPLES_POST_ONE_NAME.fullmatch(piece)) and (
            of_people := country_of_people(one.group("people"))):
        # "Russian Foreign Minister Lavrov": a family name alone (named in full
        # elsewhere in the text, it is that one: ``new_names``)
        return NewName(one.group("name"), "person", country=country or of_people,
                       position=" ".join(one.group("post").split()))
    if (one := _PORTFOLIO_POST_ONE_NAME.fullmatch(piece)) and (
            one.group("name").lower() not in TOPICS and not named_country(one.group("name"))):
        # "Economic Minister Fayyaz signed on behalf of Maldives": the same, of a
        # portfolio's minister
        return NewName(one.group("name"), "person", country=country,
                       position=" ".join(one.group("post").split()))
    head, comma, tail = piece.partition(", ")
    if comma and (person := PERSON.fullmatch(head)) and (said := APPOSITIVE.fullmatch(
            f"{person.group('name')}, {tail}")):
        # "Deputy Prime Minister Prak Sokhonn, Minister of Foreign Affairs …": two posts
        first, second = person_named(person, "", country), appositive(said)
        return replace(first, position=f"{first.position}; {second.position}",
                       country=first.country or second.country,
                       affiliation=first.affiliation or second.affiliation)
    if (province := _PROVINCE_OF.fullmatch(piece)) and (code := named_country(
            province.group("country"))):
        # ("the Guangdong province of the People’s Republic of China": the place, as its
        # government, of that country)
        return NewName(province.group("place"), "organization", country=country or code)
    if (of_body := PERSON_OF_BODY.fullmatch(piece)) and _a_persons_name(
            of_body.group("name")) and (code := named_country(of_body.group("body"))):
        # ("Presidents Paul Kagame of Rwanda and …": the person, of that country)
        return NewName(of_body.group("name"), "person", country=country or code)
    if (peoples_person := _PEOPLES_PERSON.fullmatch(piece)) and (code := country_of_people(
            peoples_person.group(1))) and _a_persons_name(peoples_person.group(2)):
        # ("… and Chinese Xi Jinping during the signing": China's Xi Jinping)
        return NewName(peoples_person.group(2), "person", country=country or code)
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
    # ("governments of Tanzania | and China": the country, as one of several governments)
    if (ungoverned := GOVERNMENT_OF.sub("", piece)) != piece and (
            code := named_country(ungoverned)):
        return NewName(country_name(code) or piece, "country", country=code)
    # ("CEO of DEPA", "The Ambassador made these remarks": a post, no one)
    # (nor bodies of several countries: "the Foreign Ministries of Mongolia and China")
    # (nor two posts: "Chinese State Councilor and Chinese Foreign Minister")
    if _SEVERAL_BODIES.match(piece) or not _a_name(piece) or POST_OF.fullmatch(piece) or (
            POST_ALONE.fullmatch(piece) or _PEOPLES_ENVOY.fullmatch(piece)) or (
            _TWO_POSTS.fullmatch(piece)):
        return None
    # ("the Government of Laos": the country)
    if code := named_country(piece) or named_country(GOVERNMENT_OF.sub("", piece)):
        return NewName(country_name(code) or piece, "country", country=code)
    if said_a_body or likely_kind(piece) == "organization":  # a body's word, an acronym
        if (of := _CLOSING_COUNTRY.search(piece)) and (code := named_country(of.group(1))) and (
                _told_apart_by_country(piece[:of.start()], code)) and re.search(
                r"\s(?:of|for)\s", piece[:of.start()]):
            # "Ministry of Economy of the Republic of Azerbaijan": as "Azerbaijan's
            # Ministry of Economy" is written, the body told apart by its country
            # (a ministry with its portfolio; "Embassy of China" stays as written)
            piece, country, told_apart = piece[:of.start()], country or code, True
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
    if len(words) > 2 and words[0] in RANKS:
        words = words[1:]  # ("the Commodore Josaia Voreqe Bainimarama": a rank, no name)
        piece = " ".join(words)
    if (len(words) <= 3 or (len(words) == 4 and PARTICLES & {
            word.lower() for word in words})) and likely_kind(piece) == "person":
        return NewName(piece, "person", native_name=native, country=country)
    return None


# What a country's post is, in small letters, before the post ("…'s
# telecommunications ministry official Sok Puthyvuth")
_SMALL_LETTERED_POST = re.compile(r"(?P<what>(?:(?!(?:the|a|an|and|of)\s)[a-z]+\s+){1,3})"
                                  rf"(?P<rest>{TITLE}\s+[A-Z].*)")
_PEOPLES_POST_ONE_NAME = re.compile(rf"(?P<people>[A-Z][a-z]+)\s+(?P<post>{TITLE})"
                                    r"\s+(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)")
_NAME_THE_POST = re.compile(rf"({NAME})\s+(the\s+{TITLE}\s+of\s+.+)")
_PORTFOLIO_POST_ONE_NAME = re.compile(r"(?P<post>[A-Z][a-z]+\s+(?:Minister|Secretary))"
                                      r"\s+(?P<name>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)")
_PEOPLES_GOVERNMENT = re.compile(r"([A-Z][a-z]+)\s+[Gg]overnment")
# (in small letters too: "the Ministry of Industry and Trade (MoIT) of Vietnam")
_ACRONYM_BEFORE_OF = re.compile(r"\s*\(((?=[a-z]*[A-Z][a-z]*[A-Z])[A-Z][A-Za-z]{1,8})\)"
                                r"(?=\s+of\s+(?:the\s+)?[A-Z])")
_PROVINCE_OF = re.compile(r"(?:the\s+)?(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+"
                          r"(?:[Pp]rovince|[Pp]refecture))\s+of\s+(?:the\s+)?(?P<country>.+)")


def _a_persons_name(words: str) -> bool:
    """Words that are someone's name, not a post's or bodies' ("Prime Ministers",
    "Foreign Ministries")."""
    return a_name_of_someone(words) and likely_kind(words) == "person" and not (
        re.match(TITLE, words) or _BODIES_WORD.search(words))


_BODIES_WORD = re.compile(r"\b(?:Ministries|Governments|Parliaments|Embassies|Ministers)\b")
_PEOPLES_PERSON = re.compile(r"([A-Z][a-z]+)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})")
_ACRONYM_WITHIN = re.compile(r"\s*\([A-Z]{2,8}\)(?=\s+[A-Z][a-z]+\b(?!\s+(?:of|and)\b))")
# A post's short form in brackets after it: "Deputy Prime Minister (DPM)"
_POST_SHORT = re.compile(r"(?:(?<=Minister)|(?<=President)|(?<=Premier)|(?<=Secretary))"
                         r"\s*\([A-Z]{2,4}\)")
_SEVERAL_BODIES = re.compile(r"(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Ministries|Embassies|Agencies"
                             r"|Departments|Parliaments)\s+of\s"
                             # (nor what someone is a member of: "Member of the Political
                             # Bureau of the CPC Central Committee and Director of …")
                             r"|(?:an?\s+)?(?i:member)s?\s+of\s")
# A people's post where, with no one named: a headline's "Chinese Ambassador to Pakistan"
_PEOPLES_ENVOY = re.compile(rf"(?:the\s+)?{PEOPLES_ADJECTIVE.pattern}\s+{TITLE}\s+(?:to|in)\s+"
                            r"(?:the\s+)?(?:(?:Kingdom|Republic|State|Sultanate)\s+of\s+(?:the\s+)?)?"
                            r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?")
# A word saying who someone is, not their name, closing a few capitalised words
_SOMEONE_UNNAMED = re.compile(r"Counterparts?|Officials?|Leaders?|Delegates?|Delegations?"
                              r"|Diplomats?|Envoys?|Ministers|Experts?|Guests?|Participants?"
                              # (a post's short form: "Solomon's PM", "Chinese FM")
                              r"|PMs?|FMs?|DPMs?")


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
    if len(words) == 1 and (_NO_ONE.fullmatch(piece) or country_of_people(piece)):
        return False  # (and "the Omani and Chinese side": a people's adjective alone)
    if len(words) == 2 and words[0].endswith("ese") and country_of_people(words[0]) and (
            likely_kind(piece) == "person"):
        return False  # ("received by Chinese Primer, Li Qiang": a post mistyped, no name)
    if words[0] in _NUMBER_WORDS:  # ("One Belt and One Road": an initiative, no one)
        return False
    if len(words) <= 3 and _SOMEONE_UNNAMED.fullmatch(words[-1]):
        return False  # a headline's "Lao Counterpart", "Senior Officials"
    # (an Arabic article joined to a name: "Khalid al-Meshri")
    return all(_capitalised(word) or word[0].isdigit() or word in SMALL
               or _ARTICLE_JOINED.match(word) for word in words)


_ARTICLE_JOINED = re.compile(r"(?:al|el|ad|ash|as)-[A-Z]")
_NUMBER_WORDS = frozenset(("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
                           "Nine", "Ten"))
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


# The country closing a body's name, as its shortest tail naming one ("Ministry of
# Commerce | of China", "… | of the Republic of Azerbaijan"; english_posts' OF_A_COUNTRY
# takes the longest, "Commerce of China", which names no country)
_CLOSING_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?((?:(?:People['’]s\s+|Democratic\s+"
                              # ("… of the Federative Republic of Brazil")
                              r"|Islamic\s+|Federal\s+|Federative\s+|Socialist\s+|Arab\s+"
                              r"|Bolivarian\s+|Plurinational\s+|United\s+)*(?:Republic|Kingdom|State"
                              r"|Federation)\s+of\s+(?:the\s+)?)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})$")
_PEOPLES_MINISTRY = re.compile(r"^(?P<people>[A-Z][a-z]+)\s+(?P<rest>Ministry\s+of\s+\S.*)$")


def _told_apart_by_country(name: str, country: str) -> bool:
    return (_EVERY_COUNTRY_HAS.match(name) is not None
            and country_in_name(name) is None)
