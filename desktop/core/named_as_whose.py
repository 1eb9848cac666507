"""The names in a report's words that only say whose something is — an
owner, the country a post is abroad in, the country in a company's or a
body's name — so that what the words say was done is not given to them
(``roles_named``): "Cambodia's Economic, Social and Cultural Council"
organised it, not Cambodia."""

from __future__ import annotations

import re
from functools import cache

from desktop.core.countries import all_chinese_country_names, named_country
from desktop.core.english_posts import TITLE

# "Cambodia's Economic, Social and Cultural Council", "Laos' ministry"
_OWNER = re.compile(r"\b[A-Z][\w-]*(?:['’]s\b|s['’](?=\s))")
# "Chinese Ambassador to Malaysia Ouyang Yujing": where the post is (and where a
# mission is: "the Ethiopian Embassy in China")
_POSTED_TO = re.compile(r"\b(?:(?:[Aa]mbassador|[Ee]nvoy|[Cc]onsul(?:[\s-]+[Gg]eneral)?)\s+to"
                        r"|(?:[Ee]mbassy|[Cc]onsulate(?:[\s-]+[Gg]eneral)?)\s+(?:in|to))\s+"
                        r"(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")
# "Telkom Indonesia", "Huawei Technologies Nigeria": which company it is
# (not "South Korea", a country's own name, nor "On Monday Kenya …")
_COMPANY_OF_COUNTRY = re.compile(
    r"\b(?!(?:The|On|In|At|And|By|With|For|Of|From|Both|Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)"
    r"(?:day)?\b)([A-Z][\w&-]*)\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b(?!['’-])")
# "the National University of Singapore", "the Ministry of Foreign Affairs of
# Brazil": which body it is (not "the Government of Laos", "the Republic of
# Korea": the country itself)
_BODY_OF_COUNTRY = re.compile(r"\b(?:University|Ministry|Bank|Academy|Institute|Embassy"
                              r"|Council|Commission|Committee|Parliament|Agency|Administration"
                              r"|Department|Office|Bureau|Authority"
                              # ("the Central Party School of China")
                              r"|School|College|Association|Federation|Society|Party"
                              # ("the Guangdong province of the People’s Republic of China")
                              r"|[Pp]rovince|[Pp]refecture)"
                              # (its name may hold commas: "Ministry of Higher Education,
                              # Science, Research and Innovation of Thailand")
                              # ("School of the Communist Party of China"; not "… of the
                              # People's Republic of China", the country's name)
                              r"(?:,?\s+(?:of\s+(?:the\s+(?!(?:People|Federative|Federal|Socialist"
                              r"|Islamic|Arab|Democratic|Bolivarian|Republic|Kingdom|United)\b))?"
                              r"|(?:for|and|&)\s+)?[A-Z][\w'’-]*){0,8}"
                              # (its short name before "of": "Ministry of Industry and Trade
                              # (MoIT) of Vietnam")
                              r"(?:\s*\([A-Za-z]{2,10}\))?\s+of\s+"
                              # (and "… of the People's Republic of China")
                              # (and "… of the Republic of Indonesia")
                              # (and "… of the Federative Republic of Brazil")
                              r"(?:the\s+)?((?:(?:People['’]s|Federative|Federal|Socialist"
                              r"|Islamic|Arab|Democratic|Bolivarian)\s+)*Republic\s+of\s+[A-Z][a-z]+"
                              r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b")
# "the Indonesia Technology Alliance", "the Kenya Ports Authority": a body named
# with its country first (after "the": not a headline's "… And China Open AI Centre")
_COUNTRY_FIRST_BODY = re.compile(
    r"\bthe\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:[A-Z][\w'’&-]*\s+){0,4}?"
    r"(?:Alliance|Association|Authority|Council|Commission|Agency|Institute|Corporation"
    r"|Company|Group|Bank|Cent(?:re|er)|Foundation|Federation|Chamber|Society|Board|Network"
    r"|Forum|Academy|University|College|Ports|Airways|Airlines|Railways|Post|Telecom)\b")
# "the Thailand and Chinese prime ministers witnessed …": whose posts, the people
# unnamed (not Thailand's doing)
_COUNTRY_AND_PEOPLES_POSTS = re.compile(
    r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+and\s+[A-Z][a-z]+\s+(?:(?:vice|deputy|foreign|prime)\s+)?"
    r"(?:prime\s+ministers|presidents|premiers|leaders|ministers|ambassadors|delegations)\b")
# "Laos Technology and Communications Minister Boviengkham Vongdara": whose
# minister (the person took part, not Laos)
_COUNTRYS_MINISTER = re.compile(r"\b([A-Z][a-z]+)\s+(?:[A-Z][a-z]+\s+(?:(?:and|&)\s+)?){0,3}"
                                # ("China Premier Li Qiang")
                                r"(?=(?:(?:Deputy|Vice|Prime)\s+)?(?:Minister|Premier|President)\b)")
# "the President of the People's Republic of China Xi Jinping", "the Ambassador of
# China to Kazakhstan, Han Chunlin": whose post (the person took part; the
# country's name is the longest run of the words after an "of" that names one)
_POST_OF_COUNTRY = re.compile(
    rf"\b{TITLE}\s+of\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:(?:of|and|&|the)\s+)*[A-Z][\w'’-]*)"
    r"{0,8})")
# "Huawei Technologies (Thailand)": Huawei's, not Thailand's doing
_BRACKETED = re.compile(r"[(（]\s*([^()（）]{2,40}?)\s*[)）]")


def named_only_as_whose(words: str) -> list[str]:
    """The words naming whose something is, each as written."""
    said = _OWNER.findall(words) + _POSTED_TO.findall(words)
    said += [last for first, last in _COMPANY_OF_COUNTRY.findall(words)
             if named_country(last) and not named_country(f"{first} {last}")]
    said += [country for country in _BODY_OF_COUNTRY.findall(words) if named_country(country)]
    said += [inside for inside in _BRACKETED.findall(words) if named_country(inside)]
    # (of one word or two: "Indonesia Technology …", "South Africa Post …")
    said += [country for opening in _COUNTRY_FIRST_BODY.findall(words)
             if (country := next((each for each in (opening, opening.split()[0])
                                  if named_country(each)), ""))]
    said += [country for country in _COUNTRYS_MINISTER.findall(words) if named_country(country)]
    said += [country for country in _COUNTRY_AND_PEOPLES_POSTS.findall(words)
             if named_country(country)]
    said += [country for words_after in _POST_OF_COUNTRY.findall(words)
             for country in _countries_opening(words_after)]
    if not words.isascii():
        said += [found.group(1) for found in _chinese_body_of_country().finditer(words)]
    return said


@cache
def _chinese_body_of_country() -> re.Pattern[str]:
    """A country's name in Chinese opening a body's or a place's (柬埔寨华人理事总会,
    中国商务部, 老挝万象市):
    whose the body is, not a doer of its own (not across 和, 与 or 、)."""
    names = sorted(all_chinese_country_names(), key=len, reverse=True)
    # (not 蒙古 of 内蒙古自治区, a region of China)
    return re.compile("(?<![内內])(" + "|".join(map(re.escape, names)) + r")"
                      r"(?=(?:(?![和与與及同、])[\u4e00-\u9fff]){1,20}?(?:总会|總會|协会|協會|商会|商會|理事会|理事會"
                      r"|政府|大使馆|大使館|使馆|使館|领事馆|領事館|部|局|委员会|委員會|大学|大學"
                      r"|银行|銀行|公司|集团|集團|中心|研究院|科学院|科學院"
                      # (a place there, as its government: 老挝万象市, 蒙古国东方省)
                      r"|自治区|自治區|省|州|市|县|縣|盟|郡))")


def _countries_opening(words: str) -> list[str]:
    """The longest run of ``words``' first words that names a country, and of
    the words after each of its "of"s ("Socialist Republic of | Vietnam"; "… of
    Uzbekistan Shavkat Mirziyoyev and the President of | the People's Republic of
    China …")."""
    split = words.split()
    starts = [0] + [index + 1 + (index + 1 < len(split) and split[index + 1] == "the")
                    for index, word in enumerate(split) if word == "of"]
    found = []
    for start in starts:
        for count in range(len(split) - start, 0, -1):
            if named_country(run := " ".join(split[start:start + count])):
                found.append(run)
                break
    return found


def without_said(words: str, said: list[str]) -> str:
    """The words with every place one of ``said`` is written in them blanked."""
    for each in sorted(said, key=len, reverse=True):  # the longest first: "People's Republic …"
        # (a Chinese name between the characters of a body's: 柬埔寨 of 柬埔寨华人理事总会)
        words = re.sub(rf"(?<!\w){re.escape(each)}(?!\w)" if each.isascii() else re.escape(each),
                       " ", words)
    return words
