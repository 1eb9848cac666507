"""Where an item says its event was held, for New event from text when the
item names no place already written on events: 在广西南宁举行 ("held in
Guangxi's Nanning"), "held in Nanning".  The words between 在 and the verb of
holding (举行, 召开, 开幕, …; in either Chinese script; of signing, 签署, where
what comes before it is a place, not 见证下), or the capitalised
words after "held in", "met in", "signed an agreement in", "a meeting in",
…; a country's name before a city (柬埔寨首都金边) is left off (not of 墨西哥城
or 巴西利亚, which it begins), of two places
(北京和万象) the first is taken, and a country or a month alone ("held in
China", "opened in September") is no place (``held_in_country`` gives the
country such words name).  Only where the item says so: the wire's dateline
gives where it was filed, often but not always where the event was.
"""

from __future__ import annotations

import re
from functools import cache

from desktop.core.countries import (
    UnknownCountry,
    all_chinese_country_names,
    country_code,
    named_country,
)
from desktop.core.english_clauses import recalled
from desktop.core.event_length import BEFORE_OR_AFTER
from desktop.core.search import fold
from desktop.core.spreadsheet_dates import MONTHS

_CHINESE_HELD = re.compile(
    # (a description of the country may come before its capital: 在金砖轮值主席国巴西首都巴西利亚)
    # (and how it was done before the verb: 在南宁分别签署, 共同举办)
    r"在([\u4e00-\u9fff]{2,12}?|[\u4e00-\u9fff]{2,14}首都[\u4e00-\u9fff]{2,8}?)"
    r"(?:隆重|正式|分别|分別|共同|联合|聯合|成功|顺利|順利)?"
    r"(?:举行|舉行|召开|召開|举办|舉辦|开幕|開幕|闭幕|閉幕|揭牌|揭幕|成立"
    # 在北京签署: where an agreement was signed; not 在两国元首见证下签署, 在此期间签署
    r"|(?<![下间間中上后後前时時])(?:签署|簽署|签约|簽約|签订|簽訂)"
    # 在北京会见黄英贤: where they met
    r"|会见|會見|会晤|會晤|会面|會面)")
# 在巴黎爱丽舍宫与法国总统马克龙会晤: where they met, the other side between
_CHINESE_MET_AT = re.compile(r"在([\u4e00-\u9fff]{2,12}?)(?:同|与|與|和|跟)[^，。,；;\n]{1,40}?"
                             r"(?:会晤|會晤|会谈|會談|会见|會見)")
# ("convened on May 25, 2025, in Luoyang": a date may come between, not a sentence's end)
# ("signed an agreement in Vientiane": what was signed may come between, in a
# few words)
# (the words of one line: a headline's "held in Astana" ends before the body's
# "The second summit …")
# (and the small words some hold: "Dar es Salaam", "Rio de Janeiro")
_PLACE_WORDS = (r"([A-Z][\w'’-]+(?:[^\S\n]+(?:(?:es|de|do|da|del|di)[^\S\n]+)?[A-Z][\w'’-]+)"
                r"{0,2})")
# ("in the capital city of Astana", "in the Kazakh capital Astana"; "the city of
# Tianjin" after an occasion's word alone: "… attended summits held in the city
# of Tianjin" is often another event the item recalls)
# (and "organised in the Ethiopian capital, Addis Ababa")
# (and "opened its embassy in the country's capital Santo Domingo")
# (and no article: "in capital city Kabul")
_A_CAPITAL = (r"(?:the\s+(?:[A-Z][\w'’-]+\s+|(?:country|nation)['’]s\s+)?|[A-Z][\w'’-]*['’]s\s+"
              r"|(?=capital\s+city\s))capital(?:\s+city)?"
              r"(?:\s+of|,)?\s+")
_CAPITAL_OF = rf"(?:{_A_CAPITAL})?"
# (and a people's: "in the Chinese city of Hangzhou")
_CITY_OF = rf"(?:{_A_CAPITAL}|the\s+(?:[A-Z][a-z]+\s+)?city\s+of\s+)?"
_ENGLISH_HELD = re.compile(
    # ("The ministry, yesterday in Abuja, formally commenced …": where it was done that day)
    r"\b(?:yesterday|today|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    # ("arrives in Budapest for official visit"; "held talks in the capital Budapest",
    # right before it: "held talks on trade in Beijing" may be talks on its trade)
    r"|held\s+(?:talks|a\s+meeting|meetings)(?=\s+in\s)|arrive[sd]?|arriving"
    r"|held|hosted|took place|convened|met|launched|inaugurated|unveiled|organi[sz]ed"
    # ("China opened its embassy in the country's capital …")
    r"|opened(?:\s+(?!in\b)[\w'’-]+){0,2}?"
    r"|concluded|closed|ended|began|kicked\s+off"
    # ("After meeting in Beijing, Premier … and … signed": where they met, then signed)
    r"|(?:[Aa]fter|[Ff]ollowing)\s+(?:meeting|talks)"
    # ("He will stay in Ulaanbaatar on 23-25 August": where a visit is)
    r"|stay(?:s|ed)?"
    # ("China-Kenya ink 15 agreements in Nairobi")
    r"|(?:sign(?:ed|s)?|ink(?:ed|s)?)(?:\s+(?!in\b)[\w'’-]+){0,4}?"
    # ("signed an 'action plan for …' with Chinese Premier Li Qiang in Harbin")
    r"|(?:signed|inked)\s[^.;\n]{1,100}?\bwith(?:\s+(?!in\b)[\w'’-]+){1,5}?"
    # ("Li Keqiang and Uhuru Kenyatta agreed in Nairobi on Saturday")
    r"|agreed"
    # ("presented his credentials to the Afghan Prime Minister … in capital city Kabul")
    r"|presented\s+(?:his|her|their)\s+(?:credentials|letters?\s+of\s+credence)"
    r"(?:\s+(?!in\b)[\w'’-]+){0,12}?"
    # ("visited iFlytek in Hefei": where the visit was; "received Chinese Foreign Minister
    # Wang Yi in the capital Ankara")
    r"|visited(?:\s+(?!in\b)[\w'’-]+){1,3}?|received(?:\s+(?!in\b)[\w'’-]+){1,8}?)"
    # ("held during the 22nd China-ASEAN Expo (CAEXPO) in Nanning")
    r"(?:\s+(?:on|from|between|during)\s+(?:(?!\.\s+[A-Z])[^;\n]){1,40}?,?)?"
    r"\s+in\s+" + _CAPITAL_OF + _PLACE_WORDS)
# "the state visit of … Emomali Rahmon continued in the city of Xi’an": where a visit went on
# (and "Chinese Vice Minister … arrives to Beirut", as some write it)
_CONTINUED_IN = re.compile(r"\b(?:continued\s+in|arriv(?:es|ed|ing)\s+to)\s+" + _CITY_OF
                           + _PLACE_WORDS)
# "Zimbabwe and China in Harare Friday signed an … Agreement": where, before
# what they did (the day after it no part of the place)
# (not where a mission is, before its envoy's name: "the Chinese Embassy in Yemen Shao Zheng
# opened …")
_IN_PLACE_DID = re.compile(r"(?<![Ee]mbassy\s)(?<![Cc]onsulate\s)\bin\s+"
                           r"([A-Z][\w'’-]+(?:[^\S\n]+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur"
                           r"|Sun)day\b)[A-Z][\w'’-]+){0,2})(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes"
                           r"|Thurs|Fri|Satur|Sun)day|\s+(?:yesterday|today))?\s+(?:signed|inked"
                           r"|sealed|held|met|agreed|launched|opened)\b")
# "Burundi and China signed, in Bujumbura, on 3 December 2024, a grant agreement": where,
# between commas right after what was done
_DID_COMMA_IN = re.compile(r"\b(?:signed|inked|sealed|met),\s+in\s+" + _PLACE_WORDS + r"\s*,")
# "took place at the Shaanxi residence in the city of Xi’an": a venue, then its
# town (not what was signed at a ministry "in Singhadurbar, Kathmandu", a quarter)
# (and a venue in small letters alone after "the": "at the presidential palace in
# Astana"; not "at the residence of Chairperson Nepal in Koteshwar", a quarter)
_HELD_AT_VENUE_IN = re.compile(r"\b(?:held|took\s+place|convened)\s+(?:at|in(?=\s+(?:the\s+)?"
                               # (or "in" a building: "took place in the People's Palace in
                               # Malabo")
                               r"[A-Z][^,.;\n]{0,40}?\b(?:Palace|Hall|House|Hotel|Building"
                               r"|Residence)\s+in\s))\s+"
                               r"(?:(?:the\s+)?[A-Z][^,.;\n]{1,50}?|(?:the|an?)\s+[a-z][a-z\s-]{1,30}?)"
                               r"\s+in\s+(?:the\s+city\s+of\s+)?"
                               # (and where in the town: "at Casa Presidencial in southeastern San
                               # José")
                               r"(?:(?:north|south|east|west)?(?:ern|eastern|western)?\s+)?"
                               + _PLACE_WORDS)
# "a meeting in Brazil on July 5", "the Summit in Beijing, …": an occasion's
# word right before, and a date or the clause's end right after ("the Forum in
# Focus series" names no place)
_ENGLISH_OCCASION = re.compile(
    # ("witnessed the agreement signings in Nairobi, Kenya")
    r"\b(?i:summit|forum|conference|expo|dialogue|meeting|ceremony|symposium|seminar|signings?"
    # (what was opened where: "opens Innovations and Development Centre in Belgrade")
    r"|roundtable|workshop|cent(?:re|er)|headquarters)"
    # (what it is on: "the … Roundtable on Artificial Intelligence in Nanning")
    # (and its short name: "the … Summit (CABIS) in Nanning")
    r"(?:\s*\([A-Z][A-Za-z0-9 &-]{1,20}\))?"
    # (and its year: "the … Plenipotentiary Conference 2022 in Romania")
    r"(?:\s+(?:19|20)\d{2})?"
    # (or whose, of what: "the Annual Meeting of the New Champions in Tianjin")
    r"(?:\s+(?:on|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:and|of|for|the|&)\s+)?[A-Z][\w'’-]*){0,5}"
    # (or in small letters, a few words: "a meeting on AI development in …", "the
    # signing of agreements in Kigali")
    r"|\s+(?:on|of)\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*"
    # (or between whom: "a meeting between the foreign ministers of the two countries in …")
    r"|\s+between\s+[^,.;\n]{1,80}?"
    # (or where in the town: "a bilateral meeting at the tourism authority office in Apia")
    r"|\s+at\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?"
    r"\s+in\s+" + _CITY_OF + _PLACE_WORDS
    # (and its country in brackets after it: "in Addis Abeba (Ethiopia)")
    # (or what was done there: "a summit meeting in … Hangzhou during which they signed …")
    + r"(?=\s+(?:on|from|today|yesterday|during\s+which|where(?:in)?)\b|\s*[,.;]|\s*$"
    r"|\s*\([A-Z][\w\s'’-]*\))")
_CAPITAL = "首都"
# An event page's "Venue: Shangri-La Hotel, Kuala Lumpur": the city closes the
# line (before its country: "…, Kuala Lumpur, Malaysia")
_VENUE_LINE = re.compile(r"^[^\S\n]*(?:venue|location|地点|地點)[^\S\n]*[:：][^\S\n]*(.+)$",
                         re.IGNORECASE | re.MULTILINE)


# "… which held at Fraser Suites, Abuja": a venue, then its city after a comma
_HELD_AT_VENUE = re.compile(r"\b(?:held|took\s+place|hosted)\s+at\s+(?:the\s+)?"
                            r"([A-Z][^.;\n]{2,60}?,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
                            r"(?=\s*[,.;\n]|\s+(?:on|in|from)\s|$)")


# "days ahead of a summit in Beijing": another event, before or after it
_ANOTHER_BEFORE = re.compile(rf"{BEFORE_OR_AFTER}?(?:[\w'’-]+\s+){{0,4}}?"
                             # (its name, then where: "…, to be held in Beijing")
                             r"(?:[\w'’-]+,\s+(?:to\s+be|which\s+(?:will\s+be|was|is))\s+)?$",
                             re.IGNORECASE)


# (an occasion what was done now was proposed at: "… the agreements proposed by … and …
# during a bilateral engagement in Beijing")
AN_EARLIER_OCCASION_BEFORE = re.compile(r"\b(?:proposed|announced|reached|agreed)\s+(?:by|at|upon)"
                                        r"\b[^;\n]{0,160}?\b(?:during|at)\s+(?:a|an|the|their)"
                                        r"\s+(?:[\w-]+\s+){0,3}?in\s+$", re.IGNORECASE)


# "a two-day bilateral summit held in Beijing late last year": an event recalled
# (after the town's country too: "in Hangzhou, China, last month")
RECALLED_AFTER = re.compile(r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?=,))?"
                            r",?\s+(?:(?:late|early|earlier|in)\s+)?(?:last|the\s+previous)"
                            r"\s+(?:year|month|week)\b", re.IGNORECASE)


def held_at(text: str) -> str:
    """The place the text first says an event was held in, or ""."""
    found = [(match.start(), _city(match.group(1))) for match in _CHINESE_HELD.finditer(text)]
    towns = {start: place for start, place in found if _a_towns_name(place)}
    # (not the 和 of a town's name read as "and": 在温得和克会见, in Windhoek)
    found += [(match.start(), city) for match in _CHINESE_MET_AT.finditer(text)
              if not towns.get(match.start(), "").startswith(city := _city(match.group(1)))]
    found += [(match.start(), match.group(1)) for match in _english(text)
              if _is_place(match.group(1))
              and not _ANOTHER_BEFORE.search(text, max(0, match.start() - 60), match.start())
              and not recalled(text, match.start())
              and not AN_EARLIER_OCCASION_BEFORE.search(text, max(0, match.start(1) - 200),
                                                        match.start(1))
              and not RECALLED_AFTER.match(text, match.end(1))]
    found += [(match.start(), _venue_city(match.group(1))) for match in _VENUE_LINE.finditer(text)]
    found += [(match.start(), _venue_city(match.group(1)))
              for match in _HELD_AT_VENUE.finditer(text)]
    # ("held talks … at the Great Hall of the People": in Beijing)
    found += [(match.start(), _VENUE_TOWNS[match.lastgroup or ""])
              for match in _ENGLISH_VENUES.finditer(text)]
    found = [(start, place) for start, place in found if place]
    if not found:
        return ""
    place = min(found)[1]
    # ("held in Saudi Arabia's NEOM": NEOM, of Saudi Arabia)
    if (owned := _COUNTRYS.match(place)) and named_country(owned.group(1)):
        place = place[owned.end():]
    return place


_COUNTRYS = re.compile(r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)['’]s\s+(?=[A-Z])")


def _venue_city(venue: str) -> str:
    """The city a venue's line closes with ("Shangri-La Hotel, Kuala Lumpur",
    "…, Kuala Lumpur, Malaysia", 中国北京国家会议中心: none), or ""."""
    parts = [part.strip() for part in re.split(r"[,，]", venue) if part.strip()]
    while parts and named_country(parts[-1]):
        parts.pop()
    last = parts[-1] if parts else ""
    return last if re.fullmatch(_PLACE_WORDS, last) and not _A_BUILDING.search(last) else ""


# ("Venue: Shangri-La Hotel", "Venue: Online" name no city)
_A_BUILDING = re.compile(r"\b(?:online|virtual|tb[ac]|hotel|hall|cent(?:re|er)|building|room"
                         r"|auditorium|university|campus|palace|house|tower|plaza|resort|arena|park|pavilion)\b",
                         re.IGNORECASE)


def held_in_country(text: str) -> str:
    """The country (its code) the text first says an event was held in when
    it names no place in it ("a meeting in Brazil", 在巴西举行), or ""."""
    for match in sorted([*_CHINESE_HELD.finditer(text), *_english(text)],
                        key=lambda match: match.start()):
        words = match.group(1)
        if words.lower() in MONTHS:
            continue
        try:
            return country_code(words)
        except UnknownCountry:
            continue
    return ""


# "During his visit to Geneva, Switzerland, the minister held …": where the visit was
# ("during a surprise stop in Addis Ababa"; "Wang Yi visited the coastal city of Mombasa")
_VISIT_TO = re.compile(r"\b(?:(?:visit|trip)\s+to|(?:visit|stop|stopover|arrival)\s+in"
                       r"|visit(?:ed|s)?\s+the\s+(?:[\w-]+\s+){0,2}?(?:city|town|port)\s+of)\s+"
                       + _PLACE_WORDS
                       # (and what the visit did: "Xi's visit to Athens marks a step")
                       + r"(?=\s*[,.;]|\s+(?:on|from|in|last|this|marks|marked|was|is|will"
                         r"|has|had|comes|came|follows|followed)\b)")


# "… met with Permanent Secretary … of Thailand in Bangkok.", "during his meeting
# with … in Cairo, attended by …": where they met, the clause's last words
# ("a meeting with Sergei Lavrov in Kazakhstan's capital Astana"; a headline's "meets
# with Russian foreign minister in Bali")
_MET_IN = re.compile(r"\b(?:meets?\s+(?:with\s+)?|met\s+(?:with\s+)?|meeting\s+with\s+"
                     # ("held talks with … in Moscow", "a press conference with … in Moscow")
                     r"|talks\s+with\s+|(?:press|news)\s+conference\s+with\s+"
                     # ("co-chaired the 19th … meetings with … Ding Xuexiang in Tianjin, China")
                     r"|co-?chaired\s+"
                     # ("was signed by A on behalf of X and by B on behalf of Y in Islamabad")
                     r"|signed\s+by\s+)"
                     # (not where one met is said to be from or to serve: "… with a member
                     # of …'s Politburo who doubles as Secretary General of the party in Beijing")
                     r"(?:(?!\bwho\s)(?:[^.;\n]|(?<=Dr)\.|(?<=Mr)\.|(?<=Ms)\.|(?<=Mrs)\.|(?<=Prof)\.))"
                     r"{1,160}?"
                     # ("met his Chinese counterpart in the southern Chinese city of Xiamen")
                     r"\s+in\s+(?:the\s+(?:[\w-]+\s+){0,3}?city\s+of\s+|" + _CAPITAL_OF + ")"
                     + _PLACE_WORDS + r"(?=\s*[.;,]|\s+(?:on|yesterday|today|for)\b|[^\S\n]*$)",
                     re.MULTILINE)


# "… signed … on behalf of their governments in Kigali, the capital of Rwanda": a
# place the text names as a country's capital
_IN_THE_CAPITAL = re.compile(r"\bin\s+" + _PLACE_WORDS + r",\s+the\s+(?:[a-z]+\s+)?capital\b")
# (or the other way round: "at the Presidential Residence in the capital city, Nay Pyi Taw")
_IN_THE_CAPITAL_NAMED = re.compile(r"\bin\s+the\s+capital(?:\s+city)?,\s+" + _PLACE_WORDS
                                   + r"(?=\s*[,.;]|\s+on\b)")


# A state building, then its town: "presented his credentials to President … at State House in
# Freetown", "… at the Presidential Palace in Niamey"
_AT_A_STATE_BUILDING_IN = re.compile(r"\bat\s+(?:the\s+)?(?:State\s+House|(?:Presidential|Royal"
                                     r"|National)\s+Palace|Government\s+House)"
                                     # (or a comma: "in a short ceremony at State House, Victoria")
                                     r"(?:\s+in\s+|,\s+(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
                                     r"\s*(?:[.;]|,\s+on\b|$)))"
                                     + _PLACE_WORDS)


def _english(text: str) -> list[re.Match[str]]:
    return [*_ENGLISH_HELD.finditer(text), *_HELD_AT_VENUE_IN.finditer(text),
            *_AT_A_STATE_BUILDING_IN.finditer(text),
            *_IN_THE_CAPITAL.finditer(text), *_IN_THE_CAPITAL_NAMED.finditer(text),
            *_IN_PLACE_DID.finditer(text), *_DID_COMMA_IN.finditer(text),
            *_CONTINUED_IN.finditer(text),
            *_ENGLISH_OCCASION.finditer(text),
            *_VISIT_TO.finditer(text), *_MET_IN.finditer(text)]


# Halls and palaces where leaders meet, by the town they are in: 在人民大会堂同…举行会谈
# was held in Beijing, 在巴黎爱丽舍宫与…会晤 in Paris (simplified, as folded)
_VENUES = {"人民大会堂": "北京", "钓鱼台国宾馆": "北京", "中南海": "北京", "爱丽舍宫": "巴黎",
           "克里姆林宫": "莫斯科", "白宫": "华盛顿", "唐宁街": "伦敦"}
_ENGLISH_VENUES = re.compile(r"\b(?:at|in)\s+the\s+(?:(?P<beijing>Great\s+Hall\s+of\s+the\s+People"
                             r"|Diaoyutai\s+State\s+Guesthouse|Zhongnanhai)|(?P<moscow>Kremlin)"
                             r"|(?P<paris>Elys[ée]e\s+Palace)|(?P<washington>White\s+House))\b")
_VENUE_TOWNS = {"beijing": "Beijing", "moscow": "Moscow", "paris": "Paris",
                "washington": "Washington"}


def _venue_town(words: str) -> str:
    """The town of a hall the words close with (人民大会堂: 北京; 巴黎爱丽舍宫: 巴黎), or ""."""
    folded = fold(words)
    for venue, town in _VENUES.items():
        if folded.endswith(venue):
            before = words[:len(words) - len(venue)]
            return before if len(before) >= 2 else town
    return ""


def _city(words: str) -> str:
    """The place 在 … 举行 names, without a country's name (and 首都) before it."""
    if town := _venue_town(words):
        return town
    if _CAPITAL in words:  # 金砖轮值主席国巴西首都巴西利亚: the capital
        words = words[words.index(_CAPITAL) + len(_CAPITAL):]
    folded = fold(words)
    for name in chinese_country_names():
        # (but for a city named after its country: 墨西哥城, 科威特城, 巴西利亚)
        if (folded.startswith(name) and len(folded) > len(name) + 1
                and folded not in _NAMED_AFTER_A_COUNTRY):
            words = words[len(name):]
            break
    if words.startswith(_CAPITAL):
        words = words[len(_CAPITAL):]
    if not _a_towns_name(words):  # (温得和克, Windhoek, holds 和)
        words = _JOINING.split(words, maxsplit=1)[0]  # 北京和万象: the first
    return words if len(words) >= 2 and words not in _NO_PLACE and _is_place(words) else ""


def _a_towns_name(words: str) -> bool:
    """Whether words holding a joining character (温得和克) are a town's name,
    once the towns are read.  Words without one need no look: the towns' file
    is opened only for them, not for every place an item names."""
    from desktop.core import place_countries  # (it reads this module's country names)

    # (the whole a town's, not one of two: 北京和万象 names Beijing and Vientiane)
    return bool(_JOINING.search(words)) and place_countries.is_prepared() and (
        (found := place_countries.country_of_place(words)) is not None and found.name == words)


_JOINING = re.compile(r"[和与與及、]")


# Cities whose Chinese names start with their country's and go on for more
# than 城 or 市 (Brasília)
_NAMED_AFTER_A_COUNTRY = frozenset(("巴西利亚",))
# 在现场签署, 在线上举行: where, but no place
_NO_PLACE = frozenset(("现场", "現場", "线上", "線上", "网上", "網上", "云端", "雲端", "会上",
                       "會上"))


def _is_place(words: str) -> bool:
    """Not a month ("opened in September") nor a country alone ("held in China")."""
    if words.lower() in MONTHS:
        return False
    try:
        country_code(words)
    except UnknownCountry:
        return True
    return False


@cache
def chinese_country_names() -> tuple[str, ...]:
    """Every country's names in Chinese, folded, the longest first."""
    return tuple(sorted({fold(name) for name in all_chinese_country_names()},
                        key=len, reverse=True))
