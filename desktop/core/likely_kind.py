"""The kind a new participant's name suggests: offered first when the form
asks what a name typed in an event's participants is, and given to the new
participants a table or a pasted text names.  A country named as a country
("Laos", "老挝"); an organisation by a word of its kind ("Lab", "Ministry",
"Corporation", "Technologies", 委员会), by an acronym ("NDRC", "China's MIIT") or by a single
Latin word ("Huawei", "Sberbank", "DeepSeek": a person is named with two);
else a person."""

from __future__ import annotations

import re

from desktop.core.countries import named_country
from desktop.core.place_regions import a_chinese_province

ORGANISATION_WORDS = re.compile(
    r"(ministry|commission|group|cent(er|re)|university|council|office|agency|bank|company|"
    r"department|bureau|laborator(y|ies)|\blab\b|司|厅|研究所|实验室|"
    r"association|academy|institute|government|organi[sz]ation|union|forum|部|局|委|会|院|"
    r"中心|集团|公司|政府|corporation|\bcorp\b|enterprise|foundation|committee|federation"
    r"|chamber|society|alliance|consortium|secretariat|authority|administration|institution"
    r"|\bfund\b|\bboard\b|college|hospital|museum|embassy|consulate|\bservices?\b"
    # ("deputy commander-in-chief of the Royal Cambodian Armed Forces")
    r"|\bforces\b|\barmy\b|\bnavy\b|\bpolice\b|\bgendarmerie\b"
    # (a political party's: "National Rally of Independents", "… Front", "… Movement")
    r"|\bparty\b|\brally\b|\bfront\b|\bmovement\b"
    # ("Hoa Lac Hi-tech Park"; not the family name Park: "Foreign Minister Park Jin")
    r"|(?:tech|science|industrial|technology|software|innovation|business)\s+park\b"
    r"|(?:economic|trade|development|pilot|industrial)\s+zone\b)", re.IGNORECASE)
# Words of a company's name, not of a body's kind: no person is so named
# ("Huawei Technologies"), though a ministry's name holds them too
_COMPANY_WORDS = re.compile(
    r"technolog(?:y|ies)|holdings?|telecom|systems|solutions|networks|electronics"
    r"|industries|\bindustry\b|airlines?|motors|\bmedia\b|\bnews\b|\bpress\b|international"
    r"|\bglobal\b"
    r"|\bcloud\b"  # "Alibaba Cloud"
    # (a company's legal form: "Citaglobal Bhd", "PT Telkom Indonesia Tbk")
    r"|\b(?:bhd|berhad|sdn|tbk|pte|plc|llc|ltd|inc|gmbh)\b\.?"
    # (an Indonesian company's opening "PT": "PT Vale Indonesia")
    r"|(?-i:^PT\s)"
    r"|(?-i:\bAI\b)",  # "Zhipu AI" (not the family name Ai)
    re.IGNORECASE)
_OF_A_COUNTRY = re.compile(r"\s(?:do|da|de|del|du|di)\s+(.+)$")
_COUNTRY_CLOSING = re.compile(r"\s((?:[A-Z][a-z]+\s)?[A-Z][a-z]+)$")
_NAMES_OF_PEOPLE_TOO = frozenset(("jordan", "chad", "israel", "georgia"))
ACRONYM = re.compile(r"(?:[\w-]+['’]s\s+)?[A-Z][A-Z0-9&.-]+")
_ONE_LATIN_WORD = re.compile(r"(?:[A-Z]|[a-z][A-Z])[\w&.-]+")  # (a brand's "iFlytek" too)


def body_words_after(bodies: str) -> re.Pattern[str]:
    """What follows a name that opens a body's ("Malaysia| Digital Economy
    Corporation", "Shanghai| Municipal People's Government"), matched in a
    folded text right after the name: up to five words, none of the small
    ones that end a name or a verb, then one of ``bodies`` (alternatives)."""
    return re.compile(
        r"(?:\s+(?!(?:and|or|to|in|on|with|at|the|of|for|from|by|signed|hosted|is|was|has"
        r"|will|said)\b)[a-z][\w'’-]*){0,5}?\s+(?:" + bodies + r")\b")


def likely_kind(name: str) -> str:
    """"country", "organization" or "person"."""
    name = name.strip()
    if named_country(name):
        return "country"
    if (ORGANISATION_WORDS.search(name) or _COMPANY_WORDS.search(name)
            or ACRONYM.fullmatch(name) or _ONE_LATIN_WORD.fullmatch(name)):
        return "organization"
    # "Huawei do Brasil", "Banco de Chile": a company of a country, named so
    if (of_country := _OF_A_COUNTRY.search(name)) and named_country(of_country.group(1)):
        return "organization"
    # "Telkom Indonesia", "Huawei Malaysia": a company of a country (not
    # "Michael Jordan": of the countries that are people's names too)
    if (closing := _COUNTRY_CLOSING.search(name)) and closing.start() > 0 and named_country(
            closing.group(1)) and closing.group(1).lower() not in _NAMES_OF_PEOPLE_TOO:
        return "organization"
    # ("Shanghai Sus Environment": a company named after its province, as no one is)
    if len(words := name.split()) >= 2 and a_chinese_province(words[0]):
        return "organization"
    return "person"
