"""A new event proposed from a text an analyst pasted (a news item, a press
release, a paragraph of a report): what the app can read off it for sure.

- the title: the first line, when the text starts with a short line of its own
  (as a headline does), else nothing — passing over the lines about the
  article (a byline, a publication stamp: see article_lines); and the event
  type the headline names, when it names one alone ("… Conference opens":
  conference);
- the date: the first phrase the app's own date reader reads as a day or a
  month ("on May 25, 2025", "from July 28 to July 30, 2025", "2025年5月25日"),
  outside the lines about the article and the wire's dateline; else the first
  day or span named without a year ("于9月2日至3日", "from Sept. 1 to 3"; else
  the dateline's own, "VIENTIANE, March 14 (Xinhua)") in the year that puts it
  nearest the publication day, when the article gives one; else the first
  year standing alone;
- the source's publication day: from the lines about the article, else from
  its web address (/20250314/), or a dateline with its year
  (新华社北京2025年9月3日电); its publisher, where a source line or a wire's
  dateline names it ("Source: Xinhua", "(Reuters) -", 新华社…电);
- the place: the first place already written on events that the text names
  as a place of its own (not one of two "between Moscow and Beijing", nor a
  "Beijing's" or a "Shanghai-based"), else where it says the event was held
  (在南宁举行, "held in Nanning"), else the dateline's city — either written
  as events here write the same place, where one plainly is (万象 as
  "Vientiane"); and its country as the events at that place have it;
- the participants: those already known that the text names, by any of their
  names, in either Chinese character set, the roles it gives them, and those
  it gives a role that are new (``proposed_participants``);
- a source: the first web address.

Nothing is guessed beyond that: the analyst reads the proposal in the form
and saves it or not.  The text itself goes into the notes, to write the
summary from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy.orm import Session

from desktop.core import place_countries
from desktop.core.article_lines import read_article, without_picture_notes
from desktop.core.attendance_named import NamedAttendance, attendance_named
from desktop.core.countries import named_country
from desktop.core.countries_named import countries_named_among
from desktop.core.dateline_forms import with_slashed_datelines
from desktop.core.datelines import (
    dateline_city,
    dateline_day,
    dateline_span,
    filed_day,
    filed_in_named_year,
    first_yearless_day,
    item_day,
    yearless_day_in_named_year,
)
from desktop.core.event_form_data import (
    place_names,
    places_written,
    usual_country,
    vocabulary_values,
)
from desktop.core.event_length import BEFORE_OR_AFTER, span_said
from desktop.core.event_names import SENTENCE_END, event_name, mostly_chinese
from desktop.core.first_dates import EDGES, beyond_the_lead, first_date
from desktop.core.held_at import (
    AN_EARLIER_OCCASION_BEFORE,
    RECALLED_AFTER,
    held_at,
    held_in_country,
)
from desktop.core.likely_kind import body_words_after
from desktop.core.name_finding import NameFinder
from desktop.core.new_participant import NewName
from desktop.core.place_countries import PlaceCountry
from desktop.core.place_variants import spelled_as_here
from desktop.core.proposed_participants import read_participants
from desktop.core.relative_dates import is_relative
from desktop.core.search import fold
from desktop.core.towns_in_text import visited_town
from desktop.core.type_named import type_named

# The glottal stop a Tongan or Samoan name opens with, after a capitalised word ("Hon.
# 'Akilisi Pohiva", "Fekitamoeloa ‘Utoikamanu"): read as the name is often written in English
_OKINA = re.compile(r"(\b[A-Z][\w.]*[^\S\n])['‘ʻ](?=[A-Z][a-z])")
_DAYS_STRAY_MARK = re.compile(r"(?<=\d)_(?=\s)")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_URL = re.compile(r"https?://[^\s<>\"'“”）)]+")


@dataclass
class ProposedEvent:
    title: str = ""
    # the title is the name the text gives the event (it has no headline line)
    title_is_name: bool = False
    native_title: str = ""  # the headline too, when it is written in Chinese
    event_type: str = ""  # a value of the event type vocabulary
    # where it was named: the "headline", the event's "name", the "first sentence"
    type_named_in: str = ""
    date: str = ""  # EDTF
    date_found: str = ""  # the phrase it was read from
    # with no date: the first day it names without a year and nothing to read
    # the year from ("VIENTIANE, Oct 9 (Xinhua)" and no publication day)
    yearless: str = ""
    dated_by_publication: bool = False  # the phrase had no year: the publication's taken
    counted_from: str = ""  # the item's day (EDTF) a phrase as 昨天 or "last month" counts from
    attendance: NamedAttendance | None = None  # as many as it says attended
    place: str = ""
    country: str = ""
    country_events: int = 0  # how many events at the place have that country
    # what a place no event has a country for says of its country (its town's,
    # its region's); read only once the towns are prepared (place_countries)
    place_country: PlaceCountry | None = None
    participants: list[tuple[str, str, str]] = field(default_factory=list)  # id, name, native
    roles: dict[str, str] = field(default_factory=dict)  # by participant id, as the text says
    remote: set[str] = field(default_factory=set)  # ids of those it says took part by video
    # those it gives a role that are not in the database yet
    new_names: list[NewName] = field(default_factory=list)
    # ours that the text names otherwise, by id: as it writes them
    written_as: dict[str, str] = field(default_factory=dict)
    url: str = ""
    published: str = ""  # the article's publication day (EDTF), the source's
    publisher: str = ""  # who published it, as the article says (a source line, a dateline)


# The dots that part a foreign name written in Chinese, as Hong Kong and Taiwan
# write them too (約翰‧基, 约翰・基): read as the one of the mainland (约翰·基)
_NAME_DOTS = str.maketrans({"‧": "·", "・": "·", "•": "·", "∙": "·", "⋅": "·"})
# Quotation marks of European presses read as English ones («…», „…“)
_QUOTES = str.maketrans({"«": "“", "»": "”", "„": "“", "‹": "‘", "›": "’"})


def propose_event(session: Session, text: str, names: NameFinder | None = None,
                  near: str = "") -> ProposedEvent:
    """``names``: a finder kept between texts (a dialog reading as one types);
    ``near``: a day (EDTF) to read the days the text names without a year
    near, when it gives no publication day of its own (an item of a page
    listing activities: the day of the one before it)."""
    text = without_picture_notes(text.translate(_NAME_DOTS).translate(_QUOTES))
    # ("November 6, 2024_ Mongolian Prime Minister …": a day closed by a stray mark)
    text = with_slashed_datelines(_DAYS_STRAY_MARK.sub("", _OKINA.sub(r"\1", text)))
    url = first_url(text)
    article = read_article(text, url)
    # (a wire's kind of story before its headline is no part of the title: "SPECIAL: …")
    proposal = ProposedEvent(title=_STORY_KIND.sub("", article.headline), url=url,
                             published=article.published, publisher=article.publisher)
    span = dateline_span(article.body)
    # The dateline's day and city (新华社北京2025年9月3日电) are where and when
    # the item was filed: the event's are looked for in the rest first.
    rest = article.body if span is None else article.body[:span[0]] + article.body[span[1]:]
    after_headline = rest.removeprefix(article.headline) if article.headline else rest
    if not proposal.title:  # no headline line: the name the text gives the event
        proposal.title = event_name(after_headline)
        proposal.title_is_name = bool(proposal.title)
    if mostly_chinese(proposal.title):
        # Kept as the native title when the analyst writes the title in English.
        proposal.native_title = proposal.title
    # the headline's word for it, else the first sentence's ("WAIC 2025 opens
    # in Shanghai" — "The … Conference (WAIC 2025) opened today")
    types = vocabulary_values(session, "event_type")
    proposal.event_type = type_named(types, proposal.title)
    if proposal.event_type:
        proposal.type_named_in = "name" if proposal.title_is_name else "headline"
    else:
        proposal.event_type = type_named(types, _first_sentence(after_headline))
        proposal.type_named_in = "first sentence" if proposal.event_type else ""
    if not proposal.event_type and not proposal.title_is_name and (
            named := event_name(after_headline)):
        # ("China, ASEAN pledge …" — "They spoke at the … Ministerial Roundtable")
        proposal.event_type = type_named(types, named)
        proposal.type_named_in = "name" if proposal.event_type else ""
    found = first_date(rest)
    if found is not None and len(found[0]) == 7 and beyond_the_lead(rest, found[1]) and (
            dateline_span(article.body) is not None):
        found = None  # ("In june 2022, …" paragraphs after "DILI, 16 december 2022 – … on friday")
    if found is None or "-" not in found[0]:  # none, or a year alone
        published = article.published or near
        dateline = dateline_day(article.body, published)
        if dateline is not None:
            found, proposal.dated_by_publication = dateline, True
            if is_relative(dateline[1]):
                proposal.counted_from = item_day(article.body, published).isoformat()
    if (found is None or "-" not in found[0]) and not proposal.dated_by_publication:
        # "The 2025 … Meeting opened on Oct 9", 2025中国—东盟…论坛9月18日开幕: its
        # day in the year its name gives (a year alone, else none at all)
        found = yearless_day_in_named_year(rest, found[0] if found else "") or found
        if (found is None or "-" not in found[0]) and (
                filed := filed_in_named_year(article.body)) and filed.startswith(
                found[0] if found else "") and (
                read := dateline_day(article.body, filed)) is not None:
            # 中新网成都11月12日电 … 2024四川国际友城合作与发展大会12日在成都启幕 (or the year
            # alone so far: "KUALA LUMPUR, Sept 28 — … at the … Conference 2022 … today")
            found = read[0], f"{read[1]} … {filed[:4]}"
            if is_relative(read[1]):
                proposal.counted_from = filed  # ("today": the dateline's day)
    if found is None and (span := dateline_span(article.body)) and (
            filed := filed_day(article.body)):
        # "Washington, D.C., April 8, 2025 —" and no other day: the dateline's
        found = filed, article.body[span[0]:span[1]].rstrip(" -–—")
    if found is None:
        proposal.yearless = first_yearless_day(article.body)
    else:
        proposal.date, proposal.date_found = found
        if _DAY.fullmatch(proposal.date):
            # "the three-day forum opened on 12 March": 12 to 14 March
            length = span_said(rest, date.fromisoformat(proposal.date),
                               visit=proposal.event_type in ("", "visit"))
            if length is not None:
                proposal.date = f"{length.start.isoformat()}/{length.end.isoformat()}"
                proposal.date_found += f" … {length.written}"
    proposal.attendance = attendance_named(rest)
    # a place of events named after the headline and the dateline, else where
    # it says the event was held, else a place of events it names (in its
    # headline — "Brazil and China sign AI pact" names the parties, not where
    # "the pact was signed in Brasília" — or its dateline's), else the city it
    # was filed from (a place not yet written on any event)
    proposal.place = (_here_after_dateline(session, article.body, span)
                      or _held_before_known(session, after_headline, rest)
                      or _first_place(session, after_headline)
                      or _as_here(session, held_at(rest) or visited_town(rest))
                      or _filed_where_held(session, _headline_or_dateline_place(
                          session, article.body, span), rest))
    if proposal.place:
        usual = usual_country(session, proposal.place)
        if usual is not None:
            proposal.country, proposal.country_events = usual
        elif place_countries.is_prepared():
            proposal.place_country = place_countries.country_of_place(proposal.place)
            if (town := proposal.place_country) and _CHINESE_BUILDING.fullmatch(
                    proposal.place.removeprefix(town.name)) and town.name != proposal.place:
                proposal.place = town.name  # 巴黎爱丽舍宫: the town, 巴黎
            if (town := proposal.place_country) and town.code is None and len(
                    among := countries_named_among(town.codes[:2], text)) == 1:
                # (a town of several countries' in a text naming one of the two likeliest:
                # "Jamaican Prime Minister Holness met in Kingston with …", Jamaica's; not
                # China's small Bali in a text naming China)
                proposal.place_country = replace(town, codes=(among[0],), named_in_text=True)
            proposal.country = (proposal.place_country and proposal.place_country.code) or ""
    else:  # "a meeting in Brazil": a country, with no place in it
        proposal.country = held_in_country(rest)
    if proposal.place and not proposal.country:
        proposal.country = (_country_of_capital(rest, proposal.place)
                            or _country_written_after(text, proposal.place))
        if (town := proposal.place_country) and town.code is None and proposal.country:
            # (the dialog says so: "Victoria, Seychelles", a Victoria the text names)
            proposal.place_country = replace(town, codes=(proposal.country,),
                                             named_in_text=True)
    if span is not None and not mostly_chinese(filed := article.body[span[0]:span[1]]):
        # (its city and wire are no one: "BISHKEK. KAZINFORM First …"; a Chinese
        # one's script tells how the item writes its names)
        text = text.replace(filed, " " * len(filed), 1)
    # (a member of parliament's letters are no one: "Speaker Catherine Gotani Hara, MP on
    # Monday welcomed …")
    text = _LETTERS_AFTER_A_NAME.sub(lambda letters: " " * len(letters[0]), text)
    read_participants(proposal, text, names or NameFinder(session),
                      set(vocabulary_values(session, "role")))
    return proposal


# Letters after a person's name ("…, MP", "… OBE"); not a post before one ("Bangladesh MP
# Saber Chowdhury")
_LETTERS_AFTER_A_NAME = re.compile(r"(?<=[a-z])(?:,\s*|\s+)"
                                   r"(?:MP|M\.P\.|MHA|MNA|MLA|OBE|CBE|MBE|KBE)"
                                   r"(?=,|[.;:]?\s+(?![A-Z])|[.;:]?$)")
_STORY_KIND = re.compile(r"^(?:SPECIAL|FEATURE|INTERVIEW|COMMENTARY|ROUNDUP|SPOTLIGHT"
                         r"|ANALYSIS|EXCLUSIVE|UPDATE|BREAKING)\s*[:|]\s*")


def _country_of_capital(text: str, place: str) -> str:
    """The country the text names the place the capital of (格林纳达首都圣乔治:
    Grenada), or ""."""
    said = text.find(f"首都{place}")
    for length in range(10, 1, -1):  # (the longest name before it: 格林纳达, not 纳达)
        if said >= length and (code := named_country(text[said - length:said])):
            return code
    return ""


def _country_written_after(text: str, place: str) -> str:
    """The country the text writes after the place and a comma ("Victoria,
    Seychelles |"), or ""."""
    for written in re.finditer(rf"(?<!\w){re.escape(place)},\s+(?:the\s+)?([A-Z][\w'’-]*"
                               r"(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})", text):
        words = written.group(1).split()
        for length in range(len(words), 0, -1):  # ("Trinidad and Tobago", not "Trinidad")
            if code := named_country(" ".join(words[:length])):
                return code
    return ""


def _first_sentence(text: str) -> str:
    text = text.lstrip(EDGES + "\n-—–")
    end = SENTENCE_END.search(text)
    return text[:end.start()] if end else text


def first_url(text: str) -> str:
    match = _URL.search(text)
    return match.group(0).rstrip(".,;:") if match else ""


# A place named as the other side of a relation ("between Moscow and
# Beijing"), as an owner ("Beijing's plans") or as a seat ("a Shanghai-based
# company") is not where the event was.
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:\S+\s+){0,3}?(?:and\s+)?$")
# (matched at the name's end; and a post after it: "Huawei Brazil CEO Sun
# Baocheng", "Shanghai Mayor …" name whose the post is)
_NOT_A_VENUE_AFTER = re.compile(r"['’]s\b|-based\b|\s+(?:ceo|president|chairman|director"
                                r"|minister|governor|mayor|head|chief|ambassador|secretary"
                                r"|general\s+manager|managing\s+director"
                                # (nor a capital standing for its government: "Rosario said
                                # Beijing wanted the projects under way")
                                r"|wants?|wanted|hopes?|hoped|insists?|insisted|believes?"
                                r"|believed|urges?|urged|opposes?|opposed|welcomes?|welcomed"
                                r"|appreciates?|appreciated|would)\b"
                                # (nor capitals doing something of theirs: "as Lilongwe and
                                # Beijing deepen their … relationship")
                                r"|(?:\s+and\s+[\w'’-]+)?\s+(?!(?:with|for|on|at|to|in|by|from"
                                r"|of|and|as|after|before|during|under|among|about)\b)[a-z]+"
                                r"\s+their\b")
# Nor is a place opening a body's name ("co-hosted by the Shanghai Municipal
# People's Government", "Beijing Normal University", "the Shanghai Cooperation
# Organization"): a few words, none of the
# small ones that end a name, then what the body is
_OPENS_A_BODY = body_words_after(
    "government|university|commission|ministry|bureau|department|office|institute|academy"
    "|association|corporation|company|group|bank|council|committee|cent(?:er|re)|agency"
    "|authority|federation|chamber|foundation|society|organi[sz]ation|alliance|consortium")


# (nor one of two joined by a dash: "the Brazil-China Joint Centre", "China-Africa")
# ("days ahead of a summit in Beijing": another event's place)
# (and its name, its short name: "attended the Forum on China-Africa Cooperation (FOCAC) in
# Beijing in September 2018")
_ANOTHER_EVENT_BEFORE = re.compile(rf"{BEFORE_OR_AFTER}?(?:[\w'’-]+\s+){{0,5}}?(?:summit|forum"
                                   r"|conference|meeting|expo|ceremony|games)"
                                   r"(?:\s+(?:on|of|for)(?:\s+[\w'’-]+){1,4}?)?"
                                   r"(?:\s+\([^()]{1,20}\))?\s+in\s+$"
                                   # ("an invitation to attend the 2022 Winter Olympics, to be
                                   # held in Beijing")
                                   rf"|{BEFORE_OR_AFTER}(?:[\w'’-]+\s+){{0,5}}?[\w'’-]+,\s+"
                                   r"(?:to\s+be|which\s+(?:will\s+be|was|is))\s+held\s+in\s+$")
_DASHED_AFTER = re.compile(r"[-–—]\w")
_DASHED_BEFORE = re.compile(r"\w[-–—]$")


# ("… cooperation advances “from Chancay to Shanghai”": a slogan's words)
_QUOTED = re.compile(r"[\"“][^\"“”\n]{1,80}[\"”]")


def _in_quotes(folded: str, start: int, end: int) -> bool:
    line_start = folded.rfind("\n", 0, start) + 1
    line_end = folded.find("\n", end)
    return any(quoted.start() < start and end < quoted.end() for quoted in _QUOTED.finditer(
        folded, line_start, line_end if line_end >= 0 else len(folded)))


def _names_no_venue(folded: str, start: int, end: int) -> bool:
    return (_BETWEEN_BEFORE.search(folded, max(0, start - 40), start) is not None
            or _in_quotes(folded, start, end)
            or _ANOTHER_EVENT_BEFORE.search(folded, max(0, start - 80), start) is not None
            or _DASHED_AFTER.match(folded, end) is not None
            or _DASHED_BEFORE.search(folded, max(0, start - 2), start) is not None
            or _NOT_A_VENUE_AFTER.match(folded, end) is not None
            or _OPENS_A_BODY.match(folded, end) is not None
            or _WHO_SERVES_BEFORE.search(folded, max(0, start - 100), start) is not None
            or _POSTED_IN_BEFORE.search(folded, max(0, start - 40), start) is not None
            or _WHOSE_BODIES_BEFORE.search(folded, max(0, start - 80), start) is not None
            or AN_EARLIER_OCCASION_BEFORE.search(folded, max(0, start - 200), start) is not None
            or RECALLED_AFTER.match(folded, end) is not None)


# (whose bodies, whence a delegation: "cooperation between the Fatherland Front
# Committees of Ha Noi and Beijing", "a delegation from Beijing")
_WHOSE_BODIES_BEFORE = re.compile(
    r"\b(?:(?:committee|government|universit(?:y|ie)|municipalit(?:y|ie)|council|chamber"
    r"|association|bureau|office|academ(?:y|ie)|federation|societ(?:y|ie)|front)s?\s+of"
    r"|delegations?\s+(?:from|of))\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){1,3}?(?:and|&)\s+)?$")
# (where a mission is: "the Charge d'Affaires of the Nepalese Embassy in Beijing")
_POSTED_IN_BEFORE = re.compile(r"\b(?:embassy|consulate(?:[\s-]+general)?|mission|based)\s+in\s+$")
# (where one serves, said of them: "… who doubles as Secretary General of the
# party in Beijing")
_WHO_SERVES_BEFORE = re.compile(r"\bwho\s+(?:doubles|serves|works|is|was)\b[^.;,]{0,80}\bin\s+$")


def _with_dateline_city(body: str, span: tuple[int, int] | None) -> str:
    """The body with its dateline's city alone: "SÃO PAULO, Brazil, 14 Aug
    2024 -" was filed in São Paulo, and names no place of the event in
    "Brazil"."""
    if span is None:
        return body
    return f"{body[:span[0]]}{dateline_city(body)} {body[span[1]:]}"


def _headline_or_dateline_place(session: Session, body: str,
                                span: tuple[int, int] | None) -> str:
    """A place of events the headline or the dateline names, else the city
    the item was filed from — which is also taken before a country the
    headline names ("Brazil and China launch …" from "SÃO PAULO, …": São Paulo)."""
    named = _first_place(session, _with_dateline_city(body, span))
    city = _as_here(session, dateline_city(body))
    return city if city and (not named or named_country(named)) else named


# A building after the town a Chinese place begins with (巴黎爱丽舍宫, 北京人民大会堂)
_CHINESE_BUILDING = re.compile(r"[\u4e00-\u9fff]{1,8}(?:宫|宮|堂|馆|館|酒店|宾馆|賓館|饭店|飯店"
                               r"|中心|大厦|大廈|广场|廣場|园|園|厅|廳)")


# (the place of the dateline: "GABORONE, July 5 (Xinhua) -- China and Botswana signed an
# agreement here on Thursday")
_HERE = re.compile(r"\bhere\b")


def _here_after_dateline(session: Session, body: str, span: tuple[int, int] | None) -> str:
    """The dateline's city where the sentence after it says the event was "here"."""
    if span is None or not _HERE.search(_first_sentence(body[span[1]:])):
        return ""
    return _as_here(session, dateline_city(body))


def _as_here(session: Session, place: str) -> str:
    """A place the text gives as the events here write it (万象 as "Vientiane")."""
    return spelled_as_here(places_written(session), place) if place else ""


def _filed_where_held(session: Session, filed: str, rest: str) -> str:
    """The place a headline or a dateline names, unless the text says the event
    was held in another country ("KUALA LUMPUR, Sept 28 — … signed … at the …
    Conference 2022 in Romania"), or ""."""
    if not filed or not (country := held_in_country(rest)):
        return filed
    usual = usual_country(session, filed)
    town = place_countries.country_of_place(filed) if place_countries.is_prepared() else None
    filed_in = usual[0] if usual is not None else (town.code if town else "")
    return filed if filed_in in ("", country) else ""


def _held_before_known(session: Session, after_headline: str, rest: str) -> str:
    """Where the text says the event was held, when it says so before it names
    any place already written on events: "met in Nairobi …, and agreed to meet
    again in Beijing" was held in Nairobi, a place new here."""
    held = held_at(rest)
    if not held:
        return ""
    known = _first_place_found(session, after_headline)
    if known is None:
        return ""
    folded, held_folded = fold(after_headline), fold(held)
    said = folded.find(held_folded)
    if 0 <= said < known[0] and fold(known[1]) not in held_folded:
        return _as_here(session, held)
    return ""


def _first_place(session: Session, text: str) -> str:
    """The first place already written on events that the text names (a whole
    word or words, any case; the longest where two start together) where it
    may be the event's place (``_names_no_venue``)."""
    found = _first_place_found(session, text)
    return found[1] if found else ""


def _first_place_found(session: Session, text: str) -> tuple[int, str] | None:
    """``_first_place`` and where in the folded text it is named."""
    folded = fold(text)
    best: tuple[int, int, str] | None = None
    for place in place_names(session):
        key = fold(place)
        if len(key) < 3:
            continue
        for match in re.finditer(re.escape(key), folded):
            start, end = match.span()
            if key.isascii() and ((start > 0 and folded[start - 1].isalnum())
                                  or (end < len(folded) and folded[end].isalnum())):
                continue
            if key.isascii() and _names_no_venue(folded, start, end):
                continue
            candidate = (start, -len(key), place)
            if best is None or candidate < best:
                best = candidate
            break
    return (best[0], best[2]) if best else None
