"""The participants of a proposed event (``event_from_text``): ours the text
names, the roles it gives them, those it gives a role that we do not have yet
(or have under another spelling), and who took part by video."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from desktop.core.by_video import remote_named, says_by_video
from desktop.core.chinese_names import PLACES_HEADS, WRITTEN_IN_CHINESE
from desktop.core.countries import capital_country, country_name, named_country
from desktop.core.countries_named import (
    abbreviated_before,
    abbreviated_country,
    closing_country,
    country_of_people,
    opening_country,
    sides_as_countries,
)
from desktop.core.name_finding import NameFinder
from desktop.core.named_as_whose import named_only_as_whose, without_said
from desktop.core.new_names import new_names
from desktop.core.new_participant import NewName
from desktop.core.place_regions import country_of_body_by_region
from desktop.core.roles_named import ROLE_RANK, roles_named
from desktop.core.search import fold
from desktop.core.towns_in_text import is_town, town_country
from desktop.core.well_known_names import other_names

if TYPE_CHECKING:
    from desktop.core.event_from_text import ProposedEvent


def read_participants(proposal: ProposedEvent, text: str, finder: NameFinder,
                      roles: set[str]) -> None:
    """Fill in the proposal's participants, roles, new names and who was
    remote; ``roles``: the role vocabulary's values."""
    proposal.participants = finder.named_in(text)
    found_ids = {pid for pid, _name, _native in proposal.participants}
    # (of those the whole text names: "李大使" read alone may seem our 李强, whom
    # the whole, naming 驻…大使李连和 first, does not name)
    # (those named in words read otherwise: a capital for its country, "Algiers and
    # Beijing signed …", China's; a headline's "China-Kenya ink …" as "China,Kenya")
    named_otherwise: dict[str, tuple[str, str, str]] = {}

    def doers(words: str) -> list[str]:
        found = finder.named_in(words, doers=True)
        if words not in text:
            # (a headline's "China-Kenya ink …" read as "China,Kenya": both named)
            named_otherwise.update((one[0], one) for one in found)
        if (countries := sides_as_countries(words, text)) != words:
            named_otherwise.update((one[0], one) for one in finder.named_in(
                countries, doers=True) if one not in found)
            found = finder.named_in(countries, doers=True)
        return [one[0] for one in found]

    said = roles_named(text, doers, roles, finder.is_person)
    proposal.participants += [named_otherwise[pid] for pid in said
                              if pid in named_otherwise and pid not in found_ids]
    found_ids |= set(named_otherwise).intersection(said)
    proposal.roles = {pid: role for pid, role in said.items() if pid in found_ids}
    acronyms = _acronyms_of_ours(text, finder)
    for new in new_names(text, finder.knows, roles):
        if new.position.isascii() and new.position.isalpha() and new.position.isupper() and (
                len(new.position) > 4):
            new = replace(new, position=new.position.capitalize())  # ("PRESIDENT John …")
        if new.kind == "person" and new.name.isupper() and len(words := new.name.split()) > 1 and (
                all(len(word) > 2 for word in words)):
            # ("President HAKAINDE HICHILEMA", as some papers write names)
            new = replace(new, name=" ".join(word.capitalize() for word in words))
        if new.kind == "person" and not new.position and (code := capital_country(new.name)):
            # ("Addis Ababa and Beijing signed a friendship city agreement": a city, no one)
            new = replace(new, kind="organization", country=new.country or code)
        if new.kind != "person" and fold(new.name) == fold(proposal.place):
            continue  # "Seoul hosts …": where it was held, not who
        if new.role == "host" and new.kind != "country" and not (
                new.position or new.affiliation) and is_town(new.name):
            continue  # "visited Abu Dhabi": where the visit was, not who hosted it
        if new.kind == "organization" and (shortened := abbreviated_country(new.name, text))[1]:
            new = replace(new, name=shortened[0], country=new.country or shortened[1])
        elif new.kind == "person" and (shortened := abbreviated_country(new.affiliation, text))[1]:
            # 阿…部部长: of Algeria's ministry, where the text names 阿尔及利亚
            new = replace(new, affiliation=shortened[0], country=new.country or shortened[1])
            if new.native_name and new.country not in WRITTEN_IN_CHINESE:
                # (哥…部长奥拉亚: a Colombian's name, kept as written, not in pinyin)
                new = replace(new, name=new.native_name, native_name="")
        elif new.kind == "person" and not new.country and new.position and (
                code := abbreviated_before(new.position + (new.native_name or new.name), text)):
            # (格总理米切尔: Grenada's prime minister, his name as written, not in pinyin)
            new = replace(new, country=code)
            if new.native_name and code not in WRITTEN_IN_CHINESE:
                new = replace(new, name=new.native_name, native_name="")
        if new.kind == "person" and (region := _region_named(new.affiliation, text)):
            new = replace(new, affiliation=region)  # 自治区副主席: of 广西壮族自治区
        # 浙江大学, "Fujian Provincial …", 浙江省副省长卢山: China's
        body = new.name if new.kind == "organization" else new.affiliation
        country_before = new.country
        if new.kind != "country" and not new.country and (code := _country_by_place(new, body)):
            new = replace(new, country=code)
        if new.kind == "person" and new.native_name and new.country and (
                new.country not in WRITTEN_IN_CHINESE and new.country != country_before
                and _A_PLACES_POST.search(new.position)):
            # 旧金山市市长布里德, 金边市副市长盛万纳: the mayor of an American or a
            # Cambodian town, the name kept as written (its pinyin no one's)
            new = replace(new, name=new.native_name, native_name="")
        if new.kind == "organization" and (government := _A_COUNTRYS_GOVERNMENT.fullmatch(
                fold(new.name))) and (code := named_country(government.group(1))):
            new = replace(new, kind="country", country=code)  # (中国政府: China)
        if new.kind == "country" and new.country:
            # "the Chinese Government": ours, the country, as the text writes it (and
            # "Brunei Darussalam", as ISO names it, our "Brunei")
            if ours := finder.country_participant(new.country):
                _take_as_ours(proposal, new, ours, finder)
                continue
            new = replace(new, name=country_name(new.country) or new.name)
        if named := _ours_by_one_name(new, proposal, finder):
            _take_as_ours(proposal, new, named, finder)  # "Wang also signed": our Wang Yi
            proposal.written_as.pop(named, None)  # (a family name alone, no other spelling)
            continue
        new = _with_alike(new, finder)
        # (one alike a participant the text names already is that one:
        # "President Du", found as our Du Zhanyuan, then "Du Zhan Yuan")
        if new.alike is not None and (new.alike.sure or any(
                pid == new.alike.participant_id for pid, _n, _nn in proposal.participants)):
            _take_as_ours(proposal, new, new.alike.participant_id, finder)
        else:
            proposal.new_names.append(_with_affiliation(new, finder, acronyms))
    _of_new_bodies(proposal)
    _countries_only_whose(proposal, finder, text)
    _without_namesakes(proposal, finder, text)
    _roles_of_people_not_their_bodies(proposal)
    _outcome_as_named(proposal, finder)
    # a person named by title and family name is as remote as one named in
    # full (the text read again for the names only when it may say so)
    spelled = finder.spellings_in(text) if says_by_video(text) else {}
    proposal.remote = remote_named(text, {pid: finder.names_of(pid) + spelled.get(pid, [])
                                          for pid, _name, _native in proposal.participants},
                                   {pid for pid, _name, _native in proposal.participants
                                    if finder.is_person(pid)})
    if says_by_video(text) or "virtual" in text.lower():
        # (new ones too: "… and Indonesian President Joko Widodo met via video link")
        by_video = remote_named(text, {str(index): [new.name, new.native_name]
                                       for index, new in enumerate(proposal.new_names)},
                                {str(index) for index, new in enumerate(proposal.new_names)
                                 if new.kind == "person"})
        proposal.new_names = [replace(new, remote=True) if str(index) in by_video else new
                              for index, new in enumerate(proposal.new_names)]


# The posts of those who head or speak for a place abroad (not a company's man there,
# who may be Chinese: 华为肯尼亚公司总经理)
_A_PLACES_POST = re.compile(rf"{PLACES_HEADS}|知事|议员|議員|议长|議長")


def _country_by_place(new: NewName, body: str) -> str:
    """The country the places in a new participant's name or body say: 浙江大学,
    "Fujian Provincial …", 浙江省副省长卢山 (China's), "vice-governor of Jilin
    province", "Huawei Kenya CEO …", 旧金山市市长 (a town's)."""
    if code := country_of_body_by_region(body):
        return code
    if new.kind != "person":
        return ""
    # (and "Chairman of China International Development Cooperation Agency", "…
    # of the National Committee of the Chinese People's Political Consultative Conference")
    return (country_of_body_by_region(new.position) or closing_country(new.affiliation)
            or opening_country(new.affiliation)
            or next((code for said in _PEOPLES_BODY.finditer(new.affiliation)
                     if (code := country_of_people(said.group(1)))), "")
            or town_country(new.affiliation))


_A_COUNTRYS_GOVERNMENT = re.compile(r"(.{2,8}?)(?:政府|政府方面)")
_PEOPLES_BODY = re.compile(r"(?:^|\bof\s+the\s+)([A-Z][a-z]+)\s+[A-Z]")


def _of_new_bodies(proposal: ProposedEvent) -> None:
    """A new person of a new body, named by its name or by the short name the
    text gave it ("Komdigi Secretary General Ismail" after "the Ministry of
    Communication and Digital Affairs (Komdigi)"), is of that body as it
    will be stored, and of its country where the text gives them none."""
    bodies = {fold(name): new for new in proposal.new_names if new.kind == "organization"
              for name in (new.name, new.alias) if name}
    for index, new in enumerate(proposal.new_names):
        body = bodies.get(fold(new.affiliation)) if new.kind == "person" else None
        if body is not None and not new.affiliation_id:
            proposal.new_names[index] = replace(new, affiliation=body.name,
                                                country=new.country or body.country)


def _countries_only_whose(proposal: ProposedEvent, finder: NameFinder, text: str) -> None:
    """A country of ours the text names only as whose something is, and gives
    no role (老挝 of 老挝万象市, 柬埔寨 of 柬埔寨华人理事总会), is no participant."""
    if not (whose := named_only_as_whose(text)):
        return
    elsewhere = {pid for pid, _name, _native in finder.named_in(without_said(text, whose))}
    proposal.participants = [found for found in proposal.participants
                             if found[0] in proposal.roles or found[0] in elsewhere
                             or finder.people[found[0]].kind != "country"]


def _roles_of_people_not_their_bodies(proposal: ProposedEvent) -> None:
    """A body of ours that a new person is of, given the same part as that
    person (speaker, attendee, participant), took it only through the
    person ("ASEAN Deputy Secretary-General … Satvinder Singh" spoke, not
    ASEAN), as one of ours named with their post and body is alone given it."""
    for new in proposal.new_names:
        # (a Chinese post's body is left out where the person is read,
        # 广西壮族自治区主席蓝天立: a role the body has there is its own, 共建)
        if (new.kind == "person" and new.affiliation_id and new.role in ROLE_RANK
                and not new.native_name
                and proposal.roles.get(new.affiliation_id) == new.role):
            del proposal.roles[new.affiliation_id]


OUTCOME = "established (outcome)"


def _outcome_as_named(proposal: ProposedEvent, finder: NameFinder) -> None:
    """What was opened is the whole name the text gives it: ours named inside
    a new one ("Thailand AI Startup Accelerator") is no outcome, nor is a
    country ever."""
    new_outcome = any(new.role == OUTCOME for new in proposal.new_names)
    for pid, role in list(proposal.roles.items()):
        if role == OUTCOME and (new_outcome or finder.people[pid].kind == "country"):
            del proposal.roles[pid]


def _without_namesakes(proposal: ProposedEvent, finder: NameFinder, text: str) -> None:
    """Leave out a person of ours found by a title and family name alone
    ("Professor Wang", our Wang Yi) where the text goes on to a new person's
    given name ("Professor Wang Xiao Ming"): a namesake, not ours."""
    families = {words[0] for new in proposal.new_names if new.kind == "person"
                and len(words := fold(new.name).split()) > 1}
    if not families:
        return
    spelled = finder.spellings_in(text)
    for pid, _name, _native in list(proposal.participants):
        said = {fold(spelling) for spelling in spelled.get(pid, [])}
        if finder.is_person(pid) and len(said) == 1 and said <= families:
            proposal.participants = [found for found in proposal.participants
                                     if found[0] != pid]
            proposal.roles.pop(pid, None)
            proposal.remote.discard(pid)


def _ours_by_one_name(new: NewName, proposal: ProposedEvent, finder: NameFinder) -> str:
    """The one person of ours the text names in full whose name opens or closes
    with the one word a new name is ("Wang" after "Foreign Minister Wang Yi"), or ""."""
    if new.kind == "country" or " " in new.name.strip():
        return ""
    word = fold(new.name)
    named = {pid for pid, name, _native in proposal.participants
             if finder.is_person(pid) and word in ((words := fold(name).split())[:1] + words[-1:])}
    return named.pop() if len(named) == 1 else ""


def _take_as_ours(proposal: ProposedEvent, new: NewName, participant_id: str,
                  finder: NameFinder) -> None:
    """A name the text writes otherwise than we do ("National Development &
    Reform Commission") linked as ours, with the role the text gives it."""
    if all(pid != participant_id for pid, _name, _native in proposal.participants):
        person = finder.people[participant_id]
        proposal.participants.append((participant_id, person.name, person.native))
    if new.role:
        proposal.roles.setdefault(participant_id, new.role)
    if new.remote:
        proposal.remote.add(participant_id)
    if fold(new.name) != fold(finder.people[participant_id].name):
        proposal.written_as[participant_id] = new.name


def _with_alike(new: NewName, finder: NameFinder) -> NewName:
    """A new name with the participant we have that it may be ("ASEAN-China
    Center" our "ASEAN-China Centre")."""
    alike = finder.alike.alike(new.kind, new.name, new.native_name, new.country,
                               (new.alias,) if new.alias else ())
    return new if alike is None else replace(new, alike=alike)


def _with_affiliation(new: NewName, finder: NameFinder, acronyms: dict[str, str]) -> NewName:
    """A new person with the body they are said to be of, where that body is
    one we have ("… of the China International Communications Group", "CAS
    President Hou Jianguo" after "the Chinese Academy of Sciences (CAS)"), and
    the body's country when the text gives the person none."""
    if not new.affiliation:
        return new
    # (else a well-known body's other name: a short name that stands for it
    # only alone, 科技部 of 科技部部长阴和俊, is the whole of what the person is of)
    for named in (new.affiliation, *other_names([new.affiliation])):
        if bodies := _bodies_named(finder, named):
            break
    if len(bodies) == 1 and finder.knows(named, named):
        body = bodies[0]
    elif (body := acronyms.get(fold(new.affiliation), "")) == "":
        return new
    return replace(new, affiliation_id=body,
                   country=new.country or finder.people[body].country or "")


# A province, region or city a text names again by its kind alone (自治区副主席
# after 广西壮族自治区, 省委书记 after 浙江省)
_A_REGION_AGAIN = frozenset(("自治区", "自治區", "省", "市"))


def _region_named(affiliation: str, text: str) -> str:
    """The region of that kind the text names first, for an affiliation that
    is its kind alone; "" for any other affiliation or none named."""
    if affiliation not in _A_REGION_AGAIN:
        return ""
    named = re.search(rf"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{{2,8}}?(?:壮族|壯族|回族|维吾尔"
                      rf"|維吾爾)?{affiliation}", text)
    return named.group() if named else ""


def _bodies_named(finder: NameFinder, words: str) -> list[str]:
    return [pid for pid, _name, _native in finder.named_in(words) if not finder.is_person(pid)]


# "the Chinese Academy of Sciences (CAS)": the acronym the text gives a name
_DEFINED_ACRONYM = re.compile(r"([A-Z][\w'’&-]*(?:\s+(?:of|for|and|on|the|&|[A-Z][\w'’&-]*))*)"
                              r"\s*[(（]([A-Z][A-Za-z&]{1,9})[)）]")


def _acronyms_of_ours(text: str, finder: NameFinder) -> dict[str, str]:
    """The acronyms the text gives bodies of ours, folded, with their ids."""
    found: dict[str, str] = {}
    for match in _DEFINED_ACRONYM.finditer(text):
        bodies = [pid for pid, _name, _native in finder.named_in(match.group(1))
                  if finder.people[pid].kind not in ("person", "country")]
        if len(bodies) == 1:
            found.setdefault(fold(match.group(2)), bodies[0])
    return found
