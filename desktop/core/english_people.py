"""A person English names by their post: "Vice Premier Ding Xuexiang",
"Thai Minister of Digital Economy and Society Prasert Jantararuangtong",
"President Du Zhanyuan (杜占元) of the China International Communications
Group" — the post, what it is of, the name, a native name in brackets and
the body they are of (see ``english_names``)."""

from __future__ import annotations

import functools
import re

from desktop.core.countries import named_country
from desktop.core.countries_named import PEOPLES_ADJECTIVE, country_of_people
from desktop.core.english_posts import ADDRESS, POST_THEN_NAME, TITLE, TOPICS, post_then_name
from desktop.core.likely_kind import ACRONYM, likely_kind
from desktop.core.new_participant import NewName

# "Vice Premier Ding Xuexiang", "Cambodia's minister of information Kem
# Gunawadh", "ASEAN Deputy Secretary-General San Lwin (via video)", "President
# Du Zhanyuan (杜占元) of the China International Communications Group": who
# they are with (a people's adjective or a body), the post (with what it is
# of), two or three words of a name, a bracket, the body they are of
# (a name of up to four words with its particles: "Luiz Inacio Lula da Silva")
# (an Arabic name's article joined by a dash: "Yasser al-Qadi", "Abdel-Fattah el-Sisi")
# (or an initial and a name, as Mongolian names are written: "G. Ganbayar", "P. Altan-Od")
NAME = (r"(?:"
        # (a Gulf name of several "bin"s: "Hamad bin Jassim bin Jabor al-Thani", "Jassim
        # bin Saif Ahmed Al Sulaiti")
        r"[A-Z][\w'’-]+\s+(?:bin|ibn)\s+[A-Z][\w'’-]+(?:\s+(?:(?:bin|ibn|al|Al|el|El)\s+)?"
        r"(?:[A-Z]|(?:al|el)-[A-Z])[\w'’-]+){0,4}|"
        r"(?!General\b)[A-Z][\w'’-]+(?:\s+[A-Z]\.)?"
        # (and two particles: "Juan Ramón de la Fuente")
        r"(?:\s+(?:(?:da|de|do|dos|das|van|von|der|den|bin|binti|al|el|di|du)"
        r"\s+(?:(?:la|las|los|le|der|den)\s+)?)?(?:[A-Z]|(?:al|el|ad|ash|as)-[A-Z])[\w'’-]+){1,3}"
        # (a Mongolian name after its father's initial: "D.Tsogtbaatar", "Kh.Battulga")
        r"|[A-Z]\.\s?[A-Z][a-z][\w'’-]+|(?!(?:Dr|Mr|Ms|St|Jr|Sr|No|Co|Mt)\.)[A-Z][a-z]\.[A-Z][a-z]"
        r"[\w'’-]+)")
# (what it is of may hold commas, not one opening another's post: "…, the President …")
# (not Myanmar's forms of address before a name: "… for International Cooperation U Kyaw Tin")
# ("Minister at the Presidency in charge of National Defence Charles Richard Mondjo", as
# Francophone Africa names its ministers' posts)
# ("Special Envoy on Afghan Affairs of the Chinese Ministry of Foreign Affairs Yue Xiaoyong")
_POST = (rf"{TITLE}(?:\s+(?i:of|for|to|(?<=envoy\s)on"
         r"|(?:at\s+(?:the\s+)?Presidency\s+)?in\s+charge\s+of)"
         rf"\s+[\w'’-]+(?:(?:\s+|,\s+(?!the\s)(?!{TITLE}\b))"
         # (and "&": "Minister for Foreign Affairs & Trade Lionel Aingimea")
         r"(?!(?:U|Daw|Thura)\s)(?:and\s+|&\s+)?[\w'’-]+)*)?")


def _person_pattern(name: str) -> re.Pattern[str]:
    return re.compile(
        # (a portfolio of two: "Laos Technology and Communications Minister …")
        # ("U.S. National Security Advisor …": the country's short name with its dots)
        r"(?:(?P<prefix>(?:[A-Z]\.(?:[A-Z]\.)+|(?:[A-Z]|[a-z][A-Z])[\w'’-]*)"
        # (a body's name with "of": "Nepal House of Representatives Speaker …")
        r"(?:\s+(?:(?:and|&|of)\s+)?[A-Z][\w'’-]*){0,3}?)"
        r"\s+)??"
        # (two posts held at once: "Deputy Prime Minister and Foreign Minister")
        # (or a comma apart: "Deputy Prime Minister, Foreign Minister of Turkmenistan Rashid
        # Meredov")
        rf"(?P<post>{_POST}(?:(?:\s+and|,)\s+{_POST})?)"
        # (the country what it is of is in, in brackets: "Governor of Tierra del Fuego
        # (Argentina) Gustavo Melella")
        r"(?:\s*[(（](?P<whose>[A-Z][\w'’ -]{1,30})[)）])?"
        # ("Huawei Nigeria's Managing Director, Mr. Wang Shiyong")
        # (two forms of address: "Secretary-General HE Dr Ahmed bin Hassan al-Hammadi")
        rf"(?:,\s+(?={ADDRESS}\s)|\s+)(?:(?:{ADDRESS}|(?i:professor))\s+){{0,2}}"
        rf"(?P<name>{name})"
        r"(?:\s*[(（](?P<bracket>[^()（）]+)[)）])?"
        # (a ministry's name may hold commas: "… of the Mongolian Ministry of Education,
        # Culture, Science and Sports")
        r"(?:,?\s+(?:of|from|at)\s+(?:the\s+)?(?P<body>[A-Z][^,;]*"
        r"(?:,\s+(?:and\s+)?[A-Z][^,;]*)*))?")


PERSON = _person_pattern(NAME)

# One name alone after a post that ends in "General" ("Komdigi Secretary
# General Ismail"; not "General Ismail", of post "Secretary"), or after a
# ruler's title, as rulers are named ("King Salman", "Crown Prince Mohammed")
ONE_NAMED = _person_pattern(r"(?:(?<=[Gg]eneral\s)|(?<=King\s)|(?<=Queen\s)|(?<=Prince\s)"
                            r"|(?<=Princess\s)|(?<=Emperor\s)|(?<=Sultan\s)|(?<=Emir\s))"
                            r"[A-Z][a-z]+(?:\s+[IVX]+\b)?")

# "Omar Sultan Al Olama": a name with a ruler's title in it, no sultan
NAME_HOLDING_A_TITLE = re.compile(r"(?!(?:King|Queen|Crown)\b)[A-Z][a-z]+\s+(?:Sultan|Sheikh"
                                  r"|Emir|Prince)\s+(?:Al|El|bin|Bin)\s+[A-Z][\w'’-]+")
# (in small letters between a given name and a family name: "Jose de Lima Massano")
_FAMILY_PARTICLES = frozenset(("da", "de", "do", "dos", "das", "van", "von", "der", "den", "di",
                               "du"))
PARTICLES = frozenset(("al", "el", "bin", "binti", "ibn", "abu", "da", "de", "do", "dos", "van",
                       "von", "der", "di", "du", "la", "le"))
# (and those of a Spanish name: "Juan Ramón de la Fuente")
_NAME_PARTICLES = _FAMILY_PARTICLES | {"la", "las", "los", "le"}


# The words closing a state's name, no name's ("… of the Islamic Emirate Khalifa Sirajuddin …")
_A_STATES_WORDS = frozenset(("Emirate", "Republic", "Kingdom", "Sultanate", "Federation",
                             "Principality"))
# A ruler's titles that are given names too ("Acting Foreign Minister Amir Khan Muttaqi")
_GIVEN_NAMES_TOO = frozenset(("Amir", "Sultan"))
_AND_CLOSING = re.compile(r"\s+(?:and|&)\s*$")


def person_named(person: re.Match[str], native: str, country: str) -> NewName:
    bracket = (person.group("bracket") or "").strip()
    remote = bool(re.search(r"video|online|virtual", bracket, re.IGNORECASE))
    if bracket and not remote and not bracket.isascii():
        native = bracket
    prefix = person.group("prefix") or ""
    if (first := prefix.split(" ", 1))[0] in ("With", "From", "For", "By", "As", "After"):
        # ("With Uruguayan President Luis Lacalle Pou's state visit …": a sentence's word)
        prefix = first[1] if len(first) > 1 else ""
    country = country or named_country(person.group("whose") or "")  # ("… (Argentina) …")
    post_before: list[str] = []  # "Malaysian Digital Minister …": "Digital" is of the post
    # ("Acting Foreign Affairs Minister …": the post's, before its portfolio)
    acting = [] if (opening := prefix.split())[:1] != ["Acting"] else opening[:1]
    prefix = prefix.removeprefix("Acting").strip()
    # (not a people's body: "Palestinian Authority President Mahmoud Abbas")
    if len(opening := prefix.split()) > 1 and country_of_people(opening[0]) and not (
            named_country(prefix)) and opening[-1] != "Authority":
        prefix, post_before = opening[0], opening[1:]
    elif len(opening) > 1 and named_country(opening[0]) and all(
            word.lower() in TOPICS or word in ("and", "&") for word in opening[1:]):
        prefix, post_before = opening[0], opening[1:]  # "Laos Technology … Minister"
    elif opening and all(word.lower() in TOPICS or word in ("and", "&") for word in opening):
        # "Digital Minister …", "Trade and Industry State Minister …": a post, no body
        prefix, post_before = "", opening
    # ("Chinese …", and a country named before the post: "UAE Minister of State …")
    of_people = country_of_people(prefix) or named_country(prefix) or ""
    body = person.group("body") or (
        # (one in -i that names no country is a body's: "Komdigi Secretary General …")
        "" if of_people or (PEOPLES_ADJECTIVE.fullmatch(prefix) and prefix[-1] != "i")
        else re.sub(r"['’]s?$", "", prefix))  # "Huawei Nigeria's …": of Huawei Nigeria
    # (the words were cut before a second verb: "met with President … of Madagascar and | held
    # talks with …")
    body = _AND_CLOSING.sub("", body)
    if (code := named_country(body.strip())) and person.group("body"):
        # ("Assistant Foreign Minister Liu Bin from China": a country's, no body)
        body, country = "", country or code
    # (and the people whose body it is: "… of the Mongolian Ministry of Education")
    country = country or of_people or (country_of_people(body.split()[0]) if body.strip() else "")
    post = acting + post_before + person.group("post").split()
    name = person.group("name").split()
    # "Deputy Minister of Science and Technology Bui | The Duy": what a post is
    # of ends with a word for it, a word after that begins the name ("Bui The
    # Duy"); not the word right after "of" ("Governor of Bali Wayan Koster")
    # (and "Minister of State for Artificial Intelligence Omar Sultan | Al Olama":
    # a name of up to four words)
    post_of = bool({"of", "for"} & {word.lower() for word in post})
    as_parsed = len(name)
    if (len(post) > 2 and post[-1] in _FAMILY_PARTICLES and post[-2][:1].isupper()
            and post[-2].lower() not in TOPICS and not named_country(post[-2])):
        # ("Minister of State … of Angola Jose de | Lima Massano": a given name and the
        # particle before the family names are the name's)
        name[:0] = post[-2:]
        del post[-2:]
    # (its particles not counted: "Foreign Secretary of Mexico Juan | Ramón de la Fuente")
    while (post_of and len([word for word in name if word not in _NAME_PARTICLES]) in (2, 3)
           and len(post) > 3 and not person.group("whose")
           and post[-2].lower() not in ("of", "for", "and", *PARTICLES) and post[-1][:1].isupper()
           and post[-1].lower() not in TOPICS and post[-1] not in _ADDRESS_WORDS):
        name.insert(0, post.pop())
    if (len(name) == 2 and len(post) > 2 and post[-3].lower() in ("to", "in")
            and named_country(post[-2]) and post[-1][:1].isupper()
            and post[-1].lower() not in TOPICS):
        name.insert(0, post.pop())  # ("Ambassador to Uganda | Zheng Zhu Qiang", a name of three)
    if len(post) > 1 and post[-1] in ("U", "Daw"):
        post.pop()  # ("… of the Union of Myanmar U | Lwin Oo": a form of address)
    # "Minister of Foreign Affairs HE Sheikh Hamad bin Jassim bin | Jabor al-Thani": a
    # name of several "bin"s goes back to the word before its first
    while len(post) > 1 and (post[-1].lower() in _BIN or post[-2].lower() in _BIN):
        name.insert(0, post.pop())
    if name[0].lower() in _BIN and len(post) > 1:
        name.insert(0, post.pop())  # (the given name before the first "bin")
    while len(post) > 1 and post[-1] in _ADDRESS_WORDS:
        post.pop()  # (a form of address, no part of the post)
    while len(name) > 2 and name[0] in _A_STATES_WORDS:
        post.append(name.pop(0))  # ("Interior Minister of the Islamic | Emirate Khalifa …")
    if len(name) > 2 and name[0] in RANKS:  # ("… of National Defense | General Tea Banh")
        name = name[1:]
    elif len(name) > 2 and name[0].istitle() and re.fullmatch(TITLE, name[0]) and (
            name[0] not in _GIVEN_NAMES_TOO):
        post.append(name.pop(0))  # ("China's Special Envoy | Minister Tang Renjian")
    if len(name) > 2 and post[-1].lower() in ("to", "in") and named_country(name[0]):
        post.append(name.pop(0))  # ("UNESCO Representative to Bangladesh | Beatrice Kaldun")
    elif len(name) > 2 and named_country(f"{post[-1]} {name[0]}"):
        post.append(name.pop(0))  # ("Ambassador to the Kingdom of Saudi | Arabia Chen Weiqing")
    # "Minister of Foreign Affairs of the | Lao PDR | Thongsavanh Phomvihane":
    # the country the post is of, before the name
    if post[-1].lower() in ("of", "the") and len(name) > 2:
        # ("President of the | People's Republic of China | Xi Jinping")
        for count in (4, 3, 2, 1):
            if len(name) - count >= 2 and (code := named_country(" ".join(name[:count]))):
                post, name, country = post + name[:count], name[count:], country or code
                break
    # ("Vice Chancellor of the BUET | Satya Prasad Majumder": an acronym after "the"
    # is what the post is of)
    if post[-1].lower() == "the" and len(name) > 2 and ACRONYM.fullmatch(name[0]) and not (
            named_country(name[0])):
        post.append(name.pop(0))
    # "Deputy Secretary-General for the ASEAN Economic Community | Satvinder
    # Singh": a word for what the post is of opens no name
    if post_of and len(name) == as_parsed == 3 and name[0].lower() in TOPICS:
        post.append(name.pop(0))
    # ("… to Fiji His Excellency Qian Bo": a form of address, no part of the name)
    if len(name) > 3 and name[0] in ("His", "Her") and name[1] == "Excellency":
        name = name[2:]
    if len(post) > 2 and post[-2] in ("His", "Her") and post[-1] == "Excellency":
        post = post[:-2]  # ("… to Papua New Guinea His Excellency | Yang Xiaoguang")
    # ("… for Foreign Affairs Major General (Ret’d) Ioane Naivalurua": a rank, no post)
    while len(post) > 2 and post[-1] in RANKS and post[-2] not in ("of", "for", "to"):
        post.pop()
        if post[-1] in _RANK_GRADES:
            post.pop()
    if len(post) > 1 and post[-1] in _RANK_GRADES:
        post.pop()  # ("Commander-in-Chief of … Services Senior | General Min Aung Hlaing")
    # "Dr. Jane Smith", "Mr. Li": a form of address, no post
    position = "" if ADDRESSED.fullmatch(" ".join(post)) else " ".join(post)
    if position == "Amir" and not prefix and len(name) == 2:
        name, position = ["Amir", *name], ""  # ("Amir Khan Muttaqi": his given name, no ruler)
    # ("President of Kazakhstan …", "Ambassador of China to …": the country the post is of)
    country = country or next((code for of in _OF_WHOM.finditer(position)
                               if (code := named_country(of.group(1))
                                   # ("Speaker of the Egyptian House of Representatives")
                                   or country_of_people(of.group(1).split()[0]))), "")
    return NewName(" ".join(name), "person", native_name=native, country=country,
                   position=position, affiliation=body.strip(), remote=remote)


RANKS = frozenset(("General", "Colonel", "Admiral", "Commodore"))  # (before a name: no post)
_RANK_GRADES = frozenset(("Major", "Lieutenant", "Brigadier", "Rear", "Senior"))
# Forms of address between a post and a name ("… Broadcasting Senator Shibli Faraz")
_ADDRESS_WORDS = frozenset(("HE", "H.E.", "U", "Daw", "Sheikh", "Sheikha", "Senator", "Amb.",
                            "Eng.", "Dr.", "Dr", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Prof.",
                            "Prof"))
_BIN = frozenset(("bin", "ibn", "binti"))
# A form of address alone, no post ("Mr", "Dr.")
ADDRESSED = re.compile(r"(?i:dr|mr|mrs|ms|prof)\.?")
# (a country's name may hold "and": "ambassador of Antigua and Barbuda")
_OF_WHOM = re.compile(r"\bof\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*)")


@functools.lru_cache(maxsize=256)
def _in_full_pattern(word: str) -> re.Pattern[str]:
    """``in_full``'s pattern for one word, made once: with every post in it, a
    compile took a few milliseconds, and the dialog reads its text again as it
    is typed."""
    return re.compile(
        # ("King Salman" of "King Salman bin Abdulaziz": a name joined by "bin" too)
        # (and one's "counterpart Xi Jinping"; "Presidents Mauricio Macri of Argentina and …")
        # (within a line: not a headline's "… Kazakh president" before the body's first)
        # (whose, in up to two words: "Solomon Islands Prime Minister …")
        rf"(?:[A-Z][a-z]+[^\S\n]+){{0,2}}(?:{TITLE}|counterpart)(?P<several>s)?[^\S\n]+(?P<name>"
        # (not a headline's verb after it: "Dr. Al-Hajraf Meets with …")
        rf"{re.escape(word)}(?:\s+(?:(?:bin|binti|ibn|al|el)\s+)?{_NO_VERB}[A-Z][\w'’-]+){{1,2}}"
        # (and a second family name after it: "President Gustavo Francisco Petro Urrego")
        # (and an Arabic article joined to it: "President Abdel-Fattah al-Sisi")
        # (and three given names before it: "President Brice Clotaire Oligui Nguema")
        rf"|(?:(?!{TITLE}\b)[A-Z][\w'’-]+[^\S\n]+){{1,3}}(?:(?:al|el|Al|El)-)?{re.escape(word)}"
        # (joined by a particle: "President Luiz Inácio Lula da Silva")
        r"(?:[^\S\n]+(?:(?:da|de|do|dos|das|del|di|van|von)[^\S\n]+)?[A-Z][\w'’-]+)?)"
        r"(?![\w'’-]*\s+[A-Z])")


def in_full(word: str, text: str) -> NewName | None:
    """The person ``text`` names by one ``word`` ("… Lula da Silva and Xi")
    where it names them in full with their post ("President Xi Jinping's
    state visit", "President Emmanuel Macron"), if it names one so."""
    found = {(_whose_first(re.sub(r"['’]s$", "", person.group())),
              re.sub(r"['’]s$", "", person.group("name")),
              bool(person.group("several"))) for person in _in_full_pattern(word).finditer(text)}
    if not found:
        # ("the President of Peru, Dina Boluarte": the post and what it is of first)
        held = [post_then_name(said, "") for said in POST_THEN_NAME.finditer(text)
                if said.group("name").split()[-1] == word]
        if held:
            return held[0] if len({new.name for new in held}) == 1 else None
        # ("… Diaspora Affairs Musalia Mudavadi", then "Mudavadi hosted …": the one
        # name the text gives before the family name, where it is a person's)
        given = {found.group() for found in re.finditer(
            rf"(?<![\w'’-])(?!{TITLE}\b)[A-Z][a-z][\w'’-]*[^\S\n]+{re.escape(word)}"
            r"(?![\w'’-])(?![^\S\n]+[A-Z])", text)}
        if len(given) == 1 and not _NO_GIVEN_NAME.fullmatch(first := (
                named := given.pop()).split()[0]) and not first.endswith(("'s", "’s")) and not (
                country_of_people(first) or named_country(first)) and likely_kind(
                named) == "person":
            return NewName(named, "person")
        return None
    if len(found) != 1:
        return None
    named, name, several = found.pop()
    if counterpart := COUNTERPART.fullmatch(named):
        return NewName(counterpart.group("name"), "person", country=counterparts_country(
            counterpart), position=counterpart.group("post") or "")
    person = PERSON.fullmatch(named)
    if person is None and several:  # ("Presidents Mauricio Macri of Argentina and …")
        return NewName(name, "person")
    return person_named(person, "", "") if person else None


def _whose_first(named: str) -> str:
    """A post and its holder, from whose it is: two words before the post
    where they name a country ("Solomon Islands Prime Minister …"), else from
    the second where the first is no people's nor country's ("Monday Chinese
    President …")."""
    words = named.split(maxsplit=2)
    if len(words) == 3 and not named_country(" ".join(words[:2])) and not (
            country_of_people(words[0]) or named_country(words[0])) and not (
            re.match(rf"{TITLE}\s", named)):  # ("Deputy Prime Minister …" whole)
        return named.split(maxsplit=1)[1]
    return named


# A headline's verbs, capitalised after a name ("Dr. Al-Hajraf Meets with …")
_NO_VERB = (r"(?!(?:Meets?|Visits?|Receives?|Holds?|Signs?|Says?|Calls?|Attends?|Welcomes?"
            r"|Hosts?|Discusses|Urges?|Vows?|Pledges?|Inks?|Launches|Opens?|Talks?|Arrives?"
            r"|Leaves?|Congratulates?|Thanks?|Praises?|Stresses|Joins?|Chairs?|Addresses"
            r"|Confers?"
            # (nor the day after the name: "… with Chinese Premier Li Keqiang Monday")
            r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)")
# Capitalised words before a family name that are no given name
# (posts and forms of address are left out by ``TITLE`` where this is used)
_NO_GIVEN_NAME = re.compile(r"The|A|An|In|On|At|Of|And|For|By|With|To|From|As|His|Her|Their"
                            r"|Our|This|That|When|While|After|Before|During|Also|But|Then")


# "his Filipino counterpart Alberto Romulo", "his Chinese counterpart Xi Jinping": the
# other side's holder of the same post, of the people said
def counterparts_country(counterpart: re.Match[str]) -> str:
    """The country of a ``COUNTERPART``: by its people's adjective, or by the
    country's own name ("his Kiribati counterpart Taneti Maamau")."""
    people = counterpart.group("people") or ""
    return country_of_people(people) or named_country(people)


COUNTERPART = re.compile(r"(?:(?:his|her|their|its)\s+)?"
                         # ("his Costa Rican counterpart Laura Chinchilla")
                         r"(?:(?P<people>(?:(?:Costa|Sri|South|North|Saudi)\s+)?[A-Z][a-z]+)\s+)?"
                         # ("welcomed his Ecuadorean colleague Daniel Noboa")
                         # (and a headline's "his Chinese Counterpart Xi Jinping")
                         rf"(?i:counterparts?|colleagues?),?\s+(?:(?P<post>{TITLE})\s+)?"
                         # ("his Malaysian counterpart Dato’ Sri Ismail Sabri bin Yaakob")
                         rf"(?:{ADDRESS}\s+){{0,2}}(?P<name>{NAME})")


# "Plantation, Industries and Commodities Minister Datuk Amar Douglas Uggah Embas",
# "Domestic Trade, Cooperatives and Consumerism Minister, Datuk Hamzah Zainudin",
# "Foreign Affairs Minister of China, Wang Yi": a minister's portfolio of several
# (commas between), the post (perhaps of a country) and its holder
PORTFOLIO_HOLDER = re.compile(
    r"(?:(?P<people>[A-Z][a-z]+)\s+(?=[A-Z]))?"
    r"(?P<portfolio>(?:(?:Deputy|Vice|Senior)\s+)?[A-Z][\w-]*"
    r"(?:(?:,\s+|\s+(?:and|&)\s+|\s+)[A-Z][\w-]*){0,7}?)"
    r"\s+(?P<title>(?:State\s+)?Minister|Secretary)"
    r"(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))?"
    rf",?\s+(?:{ADDRESS}\s+)*(?P<name>{NAME})")
_PORTFOLIO_PARTS = re.compile(r",\s+(?:and\s+)?|\s+(?:and|&)\s+|\s+")


def portfolio_holder(said: re.Match[str], country: str) -> NewName | None:
    """The minister ``PORTFOLIO_HOLDER`` read, when every word of the portfolio
    names what a ministry is for (not "Huawei, ZTE and Tencent Chairman …")."""
    people, portfolio = said.group("people") or "", said.group("portfolio")
    if people and not country_of_people(people):
        portfolio, people = f"{people} {portfolio}", ""
    words = [word.lower() for word in _PORTFOLIO_PARTS.split(portfolio)]
    if words[:1] and words[0] in ("deputy", "vice", "senior"):
        words = words[1:]
    if not words or not all(word in TOPICS for word in words):
        return None
    of = said.group("of") or ""
    if of and not named_country(of):  # ("State Minister of Regional Cooperation …": PERSON's)
        return None
    return NewName(said.group("name"), "person",
                   country=country or country_of_people(people) or named_country(of) or "",
                   position=f"{portfolio} {said.group('title')}")
