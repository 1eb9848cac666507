"""Where a list of names in English is cut into the names it holds, for
``english_names``: "A, B and C" is three, but "Ministry of Science,
Technology and Innovation", "National Development and Reform Commission",
"Deputy Prime Minister and Foreign Minister Thongsavanh Phomvihane" and
"Zhang Ming, vice chairman of the NDRC" are one each."""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core import place_countries
from desktop.core.countries import named_country
from desktop.core.countries_named import countries_named_with_and, country_of_people
from desktop.core.english_people import (
    COUNTERPART,
    NAME,
    PERSON,
    PORTFOLIO_HOLDER,
    portfolio_holder,
)
from desktop.core.english_posts import (
    ADDRESS,
    APPOSITIVE,
    BRACKETED,
    OF_A_COUNTRY,
    OWNER,
    POST_THEN_NAME,
    TITLE,
    TOPICS,
)
from desktop.core.likely_kind import ACRONYM, ORGANISATION_WORDS, likely_kind

# A post and what it is of, naming no one ("CEO of DEPA")
POST_OF = re.compile(rf"{TITLE}\s+(?i:of|for|to)\s+.+")
# A post and what it is of, with no one named yet, after who they are with
# ("Thai Minister of Digital Economy")
# (whose, a body's name with its small words: "Ministry of Commerce and Industry's Assistant
# Undersecretary for Industry Affairs")
_POST_OF_OPENING = re.compile(rf"(?:[A-Z][\w'’-]*\s+(?:(?:of|and|&)\s+)?){{0,4}}{TITLE}"
                              r"\s+(?i:of|for|to)\s+.+")
_A_TITLE = re.compile(rf"\b{TITLE}\b")
# A post with no one named after it ("Lao Deputy Prime Minister")
POST_ALONE = re.compile(rf"(?:[A-Z][\w'’-]*\s+){{0,3}}{TITLE}")
# "… and Chinese Vice Minister …": a new person, not more of the post before
_STARTS_A_PERSON = re.compile(rf"(?:[A-Z][a-z]+\s+)?{TITLE}\b")
# Words a list is cut at for good ("A together with B"), and where it may be
_HARD_CUT = re.compile(r"\s*(?:;|\b(?:together|along)\s+with\b|\bas\s+well\s+as\b"
                       r"|\balongside\b)\s*", re.IGNORECASE)
_SOFT_CUT = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")
# The small words a name holds ("Ministry of Science and Technology",
# "Banco do Brasil"); any other word in small letters is no name's
SMALL = frozenset(("of", "for", "and", "the", "on", "in", "at", "to", "de", "du", "des",
                   "la", "le", "da", "do", "das", "dos", "y", "et", "und", "&",
                   # (and an Arab name's: "Khalifa al Harthy", "Fahd bin Mahmoud al Said")
                   "al", "el", "bin", "binti", "ibn"))
# (and a clause's "When …": "When Thai Prime Minister Srettha Thavisin visited …")
# ("…; with the Deputy Minister of Foreign Affairs Zhang Yesui; and with …": each one met)
LEADING = re.compile(r"^(?:(?:the|its|their|both|also|then|jointly|and|with|including|notably"
                     r"|such\s+as"
                     r"|when|while|once"
                     r"|visiting"  # "held talks with visiting Kazakh President …"
                     # ("met with outgoing Chinese Ambassador to Ghana Tong Defa")
                     r"|outgoing|incoming|new|newly[\s-]appointed"
                     # (a headline's "Presidents Raisi, Xi Oversee …": each a president)
                     r"|presidents|premiers|(?:prime|foreign)\s+ministers"
                     # (an honorific before a post: "The Honorable Minister of …")
                     # ("His Highness the Amir of Kuwait Sheikh …")
                     r"|hon\.|honou?rable|(?:his|her)\s+(?:excellency|honou?r"
                     r"|(?:royal\s+)?highness|majesty)|h\.\s?[em]\.|h\.?r\.?h\.?"
                     # (a party's form of address: "Comrade Luo Zhaohui, its President")
                     r"|comrades?"
                     # (the country named before: "talks with the country's vice president …")
                     r"|(?:host\s+)?(?:country|nation)['’]s"
                     # "Representatives from Huawei": Huawei's
                     r"|(?:(?:senior|top|high-level|government|other|some|several|many)\s+)?"
                     r"(?:representatives?|officials?|delegates?|delegations?|experts?"
                     r"|executives?|leaders?|heads)\s+(?:from|of)"
                     # "A 30-member delegation from CCPIT": CCPIT's
                     r"|an?\s+(?:[\w-]+\s+){0,2}?delegations?\s+(?:from|of))"
                     # (and alone: "His Excellency, Dr Mohamed Irfaan Ali, President of …")
                     r"(?:\s+|$))+",
                     re.IGNORECASE)
# "… Digital Affairs together" (with Huawei, the clause cut before "with")
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
TRAILING = re.compile(r"(?:\s+(?:together|jointly|also|respectively|separately|too"
                      # ("… Gan Kim Yong yesterday evening")
                      r"|(?:today|yesterday|tonight)(?:\s+(?:morning|afternoon|evening|night))?"
                      # ("… with Chinese Premier Li Keqiang Monday")
                      r"|(?:on\s+)?(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                      r"|tonight|here|there|earlier|later|then|now|as\s+well"
                      # ("… with Chinese President Xi Jinping a year earlier")
                      r"|(?:a|one|two|three|a\s+few)\s+(?:days?|weeks?|months?|years?)"
                      r"\s+(?:earlier|later|ago)|last\s+(?:week|month|year)"
                      # ("China and the Philippines Thursday signed …")
                      r"|(?:[Oo]n\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                      # ("… and his Chinese counterpart Xi Jinping on May 12")
                      r"|[Oo]n\s+(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2})"
                      r"(?:,?\s+\d{4})?"
                      # ("an agreement between A and B was signed")
                      r"|(?:was|were|(?:has|have)\s+been)\s+(?:signed|inked|exchanged|concluded)))+$"
                      # ("… H.E Zhang Lizhong who paid a courtesy call on him": what the
                      # one named did, after "who")
                      r"|,?\s+who\s.*$")


_SMALL_POST_OPENING = re.compile(r"(?:^|(?<=,\s)|(?<=\sand\s))\s*(?:acting|interim)(?=\s+[A-Z])")


_ENVOYS_RANK = re.compile(r"\bExtraordinary\s+and\s+Plenipotentiary\b", re.IGNORECASE)


def english_pieces(words: str) -> Iterator[tuple[int, str]]:
    """(where, words) of each name in a list of them."""
    # ("Serving and former senior government officials including A, B and C": those named)
    words = _GROUP_INCLUDING.sub(lambda group: " " * len(group.group()), words)
    # ("acting Foreign Affairs Minister, Dr Frank Anthony": the post's first word as a post's)
    words = _SMALL_POST_OPENING.sub(lambda opening: opening.group().capitalize(), words)
    masked = _masked_brackets(words)
    # (not "Yao Wen, Vice Chancellor of the BUET Satya Prasad Majumder": the post
    # and its acronym are the name's after them)
    # (nor one closing with the next person's name: "John Steenhuisen, Minister of
    # Science and Technology Blade Nzimande, …" are two)
    # (nor a company, its post the next one's: "Huawei Technologies (Nigeria) Limited,
    # the Minister of … Economy, Dr. Isa Ali Ibrahim Pantami")
    # (nor one whose name closes a post before it and whose post opens the next's: "the
    # Minister of …, Dr. Maria Bragança, the Secretary of State for …, Mário Oliveira")
    held = list(POST_THEN_NAME.finditer(masked))
    holders = held + list(POST_COMMA_NAME.finditer(masked))  # ("Chief of Staff to …, Prof …")
    described = list(APPOSITIVE.finditer(masked))
    # (a list opening with a name, then its post, goes on so: "Mr. A, Minister of Public
    # Works, Mr. B, Minister of Finance, Dr. C, …" — B's post is Finance, not C's)
    names_first = bool(described) and not masked[:described[0].start()].strip(" ,")
    described = [said for said in described
                 if not _acronym_then_name(said.group("of") or "")
                 and not _holder_closing(said.group("of") or "")
                 and likely_kind(said.group("name")) != "organization"
                 # (nor a post read as a name: "Deputy Prime Minister, Foreign Minister of …")
                 and not POST_ALONE.fullmatch(said.group("name"))
                 and (names_first or not (any(
                     other.end() == said.end("name") for other in holders) and any(
                     said.end("name") < other.start() < said.end() for other in holders)))]
    # (not a post read back into a name described before it: "Ms. Xiling Mo,
    # Deputy District Mayor of …, Dr. Siming Huang" — the post is Xiling Mo's)
    described += [said for said in held if not any(
        before.start() < said.start() < before.end() for before in described)]
    # (nor a minister's portfolio of several: "Plantation, Industries and Commodities
    # Minister Datuk Amar Douglas Uggah Embas")
    described += [said for said in PORTFOLIO_HOLDER.finditer(masked)
                  if portfolio_holder(said, "") and not any(
                      before.start() <= said.start() < before.end() for before in described)]
    for joined in [*countries_named_with_and().finditer(masked),
                   *_ENVOYS_RANK.finditer(masked)]:
        # ("China and Trinidad and Tobago": two countries; an "Ambassador Extraordinary and
        # Plenipotentiary to …" one post)
        masked = masked[:joined.start()] + joined.group().replace(" and ", " _n_ ") + masked[
            joined.end():]
    for said in described:
        # one piece: its comma cuts nothing
        masked = masked[:said.start()] + said.group().replace(",", "_").replace(
            " and ", " _n_ ").replace(" & ", " _ ") + masked[said.end():]
    start = 0
    post = ""  # (a post named once for several: "former Deputy Prime Ministers A and B")
    for cut in [*_HARD_CUT.finditer(masked), None]:
        end = cut.start() if cut else len(masked)
        for offset, piece in _soft_pieces(words, masked, start, end):
            if shared := _SHARED_POST.fullmatch(piece.strip()):
                post = shared.group("post")
                yield offset, f"{post} {shared.group('name')}"
                continue
            if post and re.fullmatch(NAME, piece.strip()) and likely_kind(piece.strip()) == (
                    "person"):
                yield offset, f"{post} {piece.strip()}"
                continue
            post = ""
            yield offset, piece
        if cut:
            start = cut.end()


_GROUP_INCLUDING = re.compile(r"^\s*(?:[A-Za-z-]+\s+){0,5}?(?:officials|ministers|dignitaries"
                              r"|leaders|guests|representatives|delegates|members|diplomats"
                              r"|executives|figures)\s+(?:including|such\s+as|among\s+them)\s+")
_SHARED_POST = re.compile(rf"(?:the\s+)?(?P<post>(?:former\s+)?(?:[A-Z][a-z]+\s+){{0,3}}"
                          rf"(?:Minister|President|Ambassador|Governor|Senator))s\s+(?P<name>{NAME})")
# One named by a post and one name ("President Kagame and President Xi Jinping": two)
_TITLED_ONE_NAME = re.compile(rf"(?:[Tt]he\s+)?{TITLE}\s+[A-Z][a-z][\w'’-]*")
_SCHOOL_END = re.compile(r"\b(?:University|Institute|College|Academy|School)$")


def _a_town(words: str) -> bool:
    """Whether the words are a town's name alone (not once the towns are unread)."""
    return (bool(re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?", words))
            and place_countries.is_prepared() and place_countries.people_of_town(words) > 0)


def _holder_closing(of: str) -> bool:
    """Whether what a post is of closes with a person's name after its topic
    ("Science and Technology | Blade Nzimande")."""
    words = of.split()
    return any(len(words) > count and words[-count - 1].lower() in TOPICS
               and all(word[:1].isupper() for word in words[-count:])
               and likely_kind(" ".join(words[-count:])) == "person" for count in (2, 3))


def _masked_brackets(words: str) -> str:
    """The words with what brackets hold blanked out (a comma there cuts nothing)."""
    masked, depth = [], 0
    for ch in words:
        depth += ch in "(（"
        masked.append("_" if depth and ch not in "(（)）" else ch)
        depth -= depth > 0 and ch in ")）"
    return "".join(masked)


# (an "and" in what the last "of" or "for" is of)
_OF_AND = re.compile(r"\s(?:of|for)\s(?:(?!\s(?:of|for)\s).)*\s(?:and|&)\s")


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
                # (nor a post and its holder after a comma: "Ambassador to Lesotho, Lei
                # Kezhong, and Limpho Tau" are two)
                and not _POST_OF_COMMA_NAME.fullmatch(previous)
                and not POST_COMMA_NAME.fullmatch(previous)
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
        # ("the outgoing Chinese Ambassador to Guyana, Guo Haiyan": after the words before a post)
        if (pieces and _POST_AWAITING.fullmatch(bare := LEADING.sub("", previous))
                # (a country closing it is no name: "… to the Republic of | Sierra Leone")
                and ((person := PERSON.fullmatch(bare)) is None
                     or named_country(person.group("name"))
                     # (nor a state's name: "… of the | People's Republic | of China to …")
                     or not a_name_of_someone(person.group("name")))
                and words[pieces[-1][1]:left].strip() == ","
                and _ADDRESSED_NAME.fullmatch(text.strip())
                and likely_kind(text.strip()) == "person"):
            # "Innovation and Technology State Minister, Sisay Tola": the post's holder
            # ("China's Ambassador to Guyana, Mr. Cui Jianchun")
            pieces[-1][1] = right
            continue
        if (pieces and _A_COUNTERPART.fullmatch(previous) and words[
                pieces[-1][1]:left].strip() == "," and COUNTERPART.fullmatch(joined)):
            # "his Chinese counterpart, Li Keqiang": the counterpart named
            pieces[-1][1] = right
            continue
        if (pieces and (POST_ALONE.fullmatch(previous) or (
                POST_OF.fullmatch(previous) and not _names_someone(previous)
                # (not a post and its holder after a comma: "Acting Secretary for
                # Foreign Affairs, Lucy Bogari, and Vice Minister …, Zhong Shan")
                and not _POST_OF_COMMA_NAME.fullmatch(previous)
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
        if (pieces and _SCHOOL_END.search(previous) and words[pieces[-1][1]:left].strip() == ","
                and _a_town(text.strip())):
            # "Vietnam National University, Hanoi and …": a university's town is its
            # name's; one set between commas ("Tsinghua University, Beijing, and …")
            # only says where it is
            if not words[right:].lstrip().startswith(","):
                pieces[-1][1] = right
            continue
        # ("Ministry of Digital Economy and Society": a word of what it is of alone)
        if pieces and (not _has_head(text) or (len(_without_aside(text).split()) == 1
                                               and _topics_only(text))):
            # (not the "of" of "Officials of the Kenya ICT Authority and Safaricom")
            previous = LEADING.sub("", words[pieces[-1][0]:pieces[-1][1]].strip())
            # "Ministry of Science, Technology and Innovation": a part without a
            # head goes on a name that names what it is "of" or "for"
            # (not after its short name in brackets, which closes it: "… and Society
            # (MDES) and Alibaba Cloud" are two)
            # (nor a new name after "and the": "the Agency for Innovation and
            # Technology and the National Development and Reform Commission")
            # (nor after a country closing it: "… and Innovation of Chile and Inria")
            closed = bool((of := OF_A_COUNTRY.search(previous)) and named_country(of.group(1)))
            # (nor past the "and" closing what it is of: "the Ministry of Culture, Sports
            # and Youth and Omantel" are two)
            closed = closed or (bool(_OF_AND.search(previous))
                                and words[pieces[-1][1]:left].strip() in ("and", "&"))
            if (re.search(r"\s(?:of|for)\s", previous) and not _stands_alone(text) and not closed
                    and not _STARTS_A_PERSON.match(text.strip())
                    and (not text.strip().lower().startswith("the ") or _topics_only(text))
                    and not APPOSITIVE.fullmatch(previous.strip())
                    and not BRACKETED.search(previous)
                    # (nor a person's name after one named with a post: "… Speaker Agni
                    # Prasad Sapkota and Li Zhanshu")
                    # (or after a comma: "Minister for …, Rimbink Pato and Charles Abel")
                    # (not portfolios after the comma: "…, International Business and …")
                    and not ((PERSON.fullmatch(previous) or (
                        _POST_OF_COMMA_NAME.fullmatch(previous) and _names_after_comma(previous)))
                             and re.fullmatch(NAME, text.strip())
                             and likely_kind(text.strip()) == "person")
                    # (nor words in small letters after a person: "…, diplomats")
                    and not (PERSON.fullmatch(previous) and text.strip()[:1].islower())
                    # (nor the next post after a holder named: "Deputy Chief of Mission, Mr.
                    # Yang Chenqi and Economic and Commercial Counsellor …, Mr. Shen Huiyong")
                    and not (POST_THEN_NAME.fullmatch(previous)
                             and _names_after_comma(previous))):
                pieces[-1][1] = right
                continue
        if not _has_head(text) and not _TITLED_ONE_NAME.fullmatch(text.strip()) and (
                last := _name_ends_at(words, parts, index - 1)):
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
# (and the body it is of before it: "the Ministry of Finance and Planning Permanent
# Secretary, Emmanuel Tutuba")
# (a new one's too: "the new Chinese Ambassador to …", "China's new ambassador to …")
NEW = r"(?:new|newly[\s-]appointed|outgoing|incoming)\s+"
_POST_AWAITING = re.compile(rf"(?:[Tt]he\s+|An?\s+)?(?:{NEW})?"
                            rf"(?:[A-Z][\w'’-]*\s+(?:(?:and|&|of)\s+)?){{0,6}}"
                            rf"(?:{NEW}(?:[A-Z][\w'’-]*\s+){{0,2}})?{TITLE}"
                            # (whose envoy, before where to: "the Ambassador of the People's
                            # Republic of China to the Republic of Seychelles")
                            r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?"
                            r"[A-Z][\w'’-]*){0,3}(?=\s+to\s))?"
                            # (where to: "… to the Republic of Sierra Leone")
                            r"(?:\s+to\s+(?:the\s+)?[A-Z][\w'’-]*"
                            r"(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,3})?")
# (after a form of address: "Chief of Staff to the President, Prof Ibrahim Gambari")
# (and an envoy's rank again before the name: "…, Ambassador Zhou Pingjian")
# (two forms of address too: "…, H.E. Mrs. Lin Nan")
POST_COMMA_NAME = re.compile(rf"(?P<post>{_POST_AWAITING.pattern}),\s+"
                             rf"(?:(?:{ADDRESS}|Ambassador)\s+){{0,2}}(?P<name>{NAME})")
_ADDRESSED_NAME = re.compile(rf"(?:(?:{ADDRESS}|Ambassador)\s+){{0,2}}{NAME}")
# (and a post of what it is for or of: "Acting Secretary for Foreign Affairs, Lucy
# Bogari", a piece of its own before the next: "…, and Vice Minister …, Zhong Shan")
_POST_OF_COMMA_NAME = re.compile(
    rf"{_POST_AWAITING.pattern}\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'’-]*"
    rf"(?:\s+(?:(?:and|&|of)\s+(?:the\s+)?)?[A-Z][\w'’-]*){{0,5}},\s+(?:(?:{ADDRESS}|Ambassador)\s+)?"
    rf"{NAME}")


def a_name_of_someone(name: str) -> bool:
    """Not words of a post read as a name: "Minister of Communications and |
    Information Technology", "Minister of … of the | People's Republic | of China",
    "Vice President of the | National Development | and Reform Commission", "Minister
    of Labour and | Deputy Minister"."""
    return not (all(word.lower() in TOPICS | {"national"} for word in name.split())
                or _A_STATE.search(name) or POST_ALONE.fullmatch(name))


def _names_after_comma(words: str) -> bool:
    """Whether the words after the last comma name someone, not portfolios
    ("Minister of Foreign Affairs, | International Business")."""
    return a_name_of_someone(words.rsplit(",", 1)[-1].strip())


def _a_person_named(text: str) -> bool:
    return any(a_name_of_someone(found.group("name")) for found in PERSON.finditer(text))


def _names_someone(text: str) -> bool:
    """Whether the words name a person after a post (not "Special Envoy of
    the Chinese Government", a post of a body)."""
    person = PERSON.search(text)
    return person is not None and not ORGANISATION_WORDS.search(person.group("name"))


def _without_aside(text: str) -> str:
    """A part of a list without the acronym in brackets and the "today" after it."""
    return BRACKETED.sub("", TRAILING.sub("", text.strip()))


def _topics_only(text: str) -> bool:
    # ("… and Society (MDES)": the acronym in brackets is the whole name's)
    words = [word.lower() for word in _without_aside(text).split()
             if word.lower() not in SMALL]
    return bool(words) and all(word in TOPICS for word in words)


def _has_head(text: str) -> bool:
    bare = BRACKETED.sub("", text).strip()
    # ("… Blade Nzimande and Chinese counterpart": a part of its own, naming no one)
    return bool(ORGANISATION_WORDS.search(bare) or PERSON.search(bare)
                or _A_COUNTERPART.fullmatch(bare)
                or APPOSITIVE.fullmatch(bare) or POST_THEN_NAME.fullmatch(bare)
                or ACRONYM.fullmatch(bare) or named_country(bare))


_A_COUNTERPART = re.compile(r"(?:(?:his|her|their|its)\s+)?(?:[A-Z][a-z]+\s+)?counterparts?")


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
            text = OWNER.sub(r"\g<rest>", LEADING.sub("", text))
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
def _acronym_then_name(of: str) -> bool:
    """Whether what a post is of is an acronym, then a person's name ("the BUET Satya
    Prasad Majumder"), not a body's name opening with one ("the CPC Tsinghua
    University Committee", closed by a body's word)."""
    return bool(_ACRONYM_THEN_NAME.fullmatch(of)) and not ORGANISATION_WORDS.search(
        of.split()[-1])


_A_STATE = re.compile(r"\b(?:Republic|Kingdom|Federation|Emirates|States|Union)\b")
