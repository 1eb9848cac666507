"""The forms of a participant's name that Find duplicates compares: its
acronym, its letters without spaces or signs, its significant words, and what
is left of it without its own country's name ("… of China", 中国…); the
qualifier in brackets that tells it apart ("… (Brazil)") and the country the
words beside a name say it is of ("Vietnam's ministry"); and a person's family
name, as a title before it names the person ("President Putin") unless the text
names another of that family in full (驻…大使李连和 … 李大使)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from desktop.core.countries import country_names, named_country
from desktop.core.search import fold, without_accents

STOPWORDS = {"and", "of", "the", "for", "on", "in", "at", "to", "de", "da", "do", "des", "du",
             "la", "le", "&"}
_PARENTHESES = re.compile(r"\([^)]*\)")
WORD = re.compile(r"[a-z0-9]+")
_NOT_LETTERS = re.compile(r"[\W_]+")


# "Ministry of Foreign Affairs (Brazil)": a name told apart from others by a
# qualifier in brackets (ASCII or full-width) at its end
_QUALIFIED = re.compile(r"^(.*\S)\s*[(（]([^()（）]+)[)）]$")


def split_qualifier(name: str) -> tuple[str, str] | None:
    """A name and the qualifier in brackets at its end, or None."""
    found = _QUALIFIED.match(name)
    return (found.group(1), found.group(2).strip()) if found else None


_OF = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
# The same few words end a great many names ("… of China", "… of Science"):
# each is looked up among the countries once.
country_named = lru_cache(maxsize=65536)(named_country)
_POSSESSIVE = re.compile(r"^(?:the\s+)?(.+?)['’]s\s+(.+)$", re.IGNORECASE)


def name_and_country(name: str) -> tuple[str, str] | None:
    """A name and the code of the country it says it is of, however it says
    it: "Ministry of Foreign Affairs (Brazil)", "Ministry of Foreign Affairs
    of Brazil" and "Brazil's Ministry of Foreign Affairs" are all ("Ministry
    of Foreign Affairs", "BR"); None for a name that says no country so."""
    if (qualified := split_qualifier(name)) and (code := country_named(qualified[1])):
        return qualified[0], code
    if (owned := _POSSESSIVE.match(name)) and (code := country_named(owned.group(1))):
        return owned.group(2), code
    for of in _OF.finditer(name):
        if code := country_named(name[of.end():]):
            return name[:of.start()], code
    return None


def country_qualified_key(name: str) -> str:
    """One key for a name and the country it is of, however the name says
    it (see ``name_and_country``); "" for a name that says no country so."""
    found = name_and_country(name)
    return "" if found is None else qualified_key(*found)


def qualified_key(bare: str, code: str) -> str:
    """The key of a name without its country's and that country
    (``country_qualified_key``)."""
    words = folded_plain_words(fold(bare))
    return f"{words}\x00{code}" if words else ""


def acronym(name: str) -> str:
    """Initials of the significant words of a Latin-script name:
    "National Development and Reform Commission" → "ndrc"."""
    words = [word for word in WORD.findall(_PARENTHESES.sub(" ", name.lower()))
             if word not in STOPWORDS]
    return "".join(word[0] for word in words) if len(words) >= 2 else ""


def compact_folded(text: str) -> str:
    """A folded name's letters and digits alone: "a.s.e.a.n." is "asean"."""
    return _NOT_LETTERS.sub("", text)


@cache
def _own_country(code: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """How a name written in Latin letters names the country (“of China”,
    “China's”, “(PRC)”), and the country's names in Chinese, folded."""
    latin = "|".join(re.escape(name) for name in country_names(code) if name.isascii())
    chinese = tuple(dict.fromkeys(fold(name) for name in country_names(code)
                                  if not name.isascii()))
    named = rf"(?:\bof (?:the )?)?\b(?:{latin})\b(?:'s|’s)?" if latin else r"(?!)"
    return re.compile(named), chinese


def folded_without_country(text: str, country: str | None) -> str:
    """A folded name as compared with its own country's name taken out, where
    a name may carry it or not ("Ministry of Science and Technology of China",
    中国科学技术部; "Ministry of Science and Technology", 科学技术部), the small
    words left out.  "" when nothing is taken out, or too little is left to
    tell one participant from another ("Bank of China")."""
    if not country:
        return ""
    latin, chinese = _own_country(country)
    if text.isascii():
        if latin.search(text) is None:  # most names
            return ""
        taken = latin.sub(" ", text)
        words = [word for word in WORD.findall(taken) if word not in STOPWORDS]
        return " ".join(words) if taken != text and len(words) >= 2 else ""
    for prefix in chinese:
        if text.startswith(prefix) and len(text) - len(prefix) >= 3:
            return text[len(prefix):].strip()
    return ""


def folded_plain_words(text: str) -> str:
    """A folded name's significant words, as ``folded_without_country`` leaves them."""
    return (" ".join(w for w in WORD.findall(text) if w not in STOPWORDS) if text.isascii()
            else text)


# The title right before a family name that says a person is meant: the last
# word of "Foreign Minister", "Deputy Prime Minister", "First Deputy CEO" is enough.
_TITLES = frozenset((
    "president", "premier", "minister", "chancellor", "chair", "chairman", "chairwoman",
    "chairperson", "secretary", "secretary-general", "ambassador", "envoy", "governor",
    "mayor", "ceo", "director", "commissioner", "senator", "spokesman", "spokeswoman",
    "spokesperson", "king", "queen", "prince", "princess", "general", "professor", "prof",
    "dr", "mr", "mrs", "ms"))
_HAN = re.compile("[\u4e00-\u9fff]")


def family_name(name: str, native: str, kind: str) -> str:
    """The family name of a person named in Latin letters with two or more
    words: the first of a Chinese name (one with a Chinese native name: "Li
    Qiang"), else the last ("Vladimir Putin"); "" for any other."""
    words = name.split()
    if kind != "person" or len(words) < 2 or not name.isascii():
        return ""
    return words[0] if _HAN.search(native) else words[-1]


# A Chinese family name of two characters (欧阳修): the rest are of one.
_TWO_CHARACTER_FAMILIES = frozenset((
    "欧阳", "司马", "诸葛", "上官", "司徒", "东方", "夏侯", "皇甫", "尉迟", "公孙", "慕容",
    "长孙", "宇文", "令狐", "申屠", "澹台", "端木", "南宫"))
# The titles a Chinese text puts right after a family name: 李总理, 王外长, 习主席
_CHINESE_TITLES = re.compile(
    # (a minister of state: 安哥拉国务部长费若; a government's special envoy: 特别代表刘豫锡)
    # (an assistant minister after his name, 恩塔希拉贾部长助理: no body 恩塔希拉贾部)
    "(?:常务副|副|助理)?(?:国务部长|國務部長|特别代表|特別代表|总理|主席|总统|部长助理|外长助理|部长|外长|大使(?!馆)|书记|主任|局长|省长|市长|秘书长|首相|委员长"
    "|董事长|总裁|会长|院长|校长|司长|总经理|总干事|大臣|理事长|行长|厅长|所长|社长|台长"
    "|总编辑|首席执行官|执行长|特使|政务委员|(?:高级)?政务部长|(?:执行)?干事|特别秘书|国务秘书|國務秘書|(?<!大使)馆长|館長|(?i:ceo)|主委|主任委员|处长"
    # (a ruler's: 摩洛哥国王穆罕默德六世, 沙特王储穆罕默德)
    "|国王|國王|女王|王储|王儲|亲王|親王|苏丹|蘇丹|埃米尔|埃米爾"
    # (a diplomat's: 中国外交部亚洲司参赞姚文, 驻南宁总领事)
    "|参赞|參贊|参事|參事|总领事|總領事|领事|領事|公参|公參"
    # (an embassy's head while no ambassador is: 驻日本使馆临时代办杨宇)
    "|临时代办|臨時代辦"
    # (one of a province's or a city's leaders: 省领导张新参加会见)
    "|(?<=[省市县縣区區])(?:领导|領導)"
    # (a party post before a state one: 中共中央政治局常委、国务院副总理张高丽)
    # (and an Australian state's governor: 南澳州州督孙芳安)
    "|常委(?!会|會)|政治局委员|署长|署長|州长|州長|州督|总督|總督"
    # (Japan's prefectures' 知事, an embassy's 公使, an academy's 院士, a parliament's)
    "|知事|公使|院士|议长|議長|议员|議員|外相"
    # (a special region's head, a county's or a district's: 香港特区行政长官, 县长)
    "|行政长官|行政長官|特首|县长|縣長|区长|區長"
    # (a ministry's permanent secretary: 外交部常务秘书辛格伊; Kenya's 内阁首席部长)
    "|常务秘书|常務秘書|(?:内阁|內閣)?首席部长|(?:内阁|內閣)?首席部長)"
    "|先生|女士|博士|教授")


# What a ministry is "of" before a 、 of its name (数字发展、创新和航空航天工业部)
CHINESE_TOPIC_END = (r"(?:发展|经济|科技|科学|技术|信息|信息化|创新|通信|通讯|数字|文化"
                     r"|旅游|贸易|商务|教育|卫生|社会|环境|交通|能源|工业|农业|投资|规划"
                     # (阿小型企业、初创企业和知识经济部: of small businesses, start-ups and …)
                     r"|外交|国防|创业|企业|服务|产业)")
# (the posts, for the words before them that say whose post it is)
CHINESE_POSTS = _CHINESE_TITLES.pattern
# A post held with others: 副总理兼外长, 副总理兼数字经济和社会部部长
CHINESE_POSTS_HELD = (rf"(?:{CHINESE_POSTS})"
                      rf"(?:兼[\u4e00-\u9fff]{{0,15}}?(?:{CHINESE_POSTS}))*")
# A person's name in Chinese: a Chinese name, or a foreign one written in
# Chinese, its parts a dot apart (波万坎·冯达拉)
# (of four with a family name of two: 欧阳玉靖; not 东方 or 南宫, words as often)
CHINESE_NAME = (r"(?:(?:欧阳|司马|诸葛|上官|司徒|夏侯|皇甫|尉迟|慕容|令狐|端木)[\u4e00-\u9fff]{2}"
                r"|[\u4e00-\u9fff]{2,3})")
FOREIGN_NAME_IN_CHINESE = r"[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+"
# (a ruler's name and number: 穆罕默德六世, 查尔斯三世)
REGNAL_NAME = r"[\u4e00-\u9fff]{2,6}?[一二三四五六七八九十]{1,2}世"
CHINESE_PERSON_NAME = rf"(?:{REGNAL_NAME}|{CHINESE_NAME}|{FOREIGN_NAME_IN_CHINESE})"
# A foreigner's name as he spells it, in brackets after his Chinese name:
# 安吉拉·布拉干萨(Angela Bragança), 盛万纳(SENG VANNAK)
SPELLING_IN_BRACKETS = r"[（(]([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .'’-]{2,60})[)）]"


def chinese_family_name(native: str, kind: str) -> str:
    """The family name of a person's Chinese name (simplified): 李 of 李强,
    欧阳 of 欧阳修; "" for a name of fewer than two Chinese characters."""
    folded = fold(native)
    if kind != "person" or len(folded) < 2 or not all(_HAN.match(c) for c in folded):
        return ""
    return folded[:2] if folded[:2] in _TWO_CHARACTER_FAMILIES and len(folded) > 2 else folded[0]


def titled_family(folded: str) -> str:
    """The family name in a folded name that is a title and a family name:
    "putin" of "president putin", 李 of 李总理; "" for any other (the most)."""
    return _family_after_title(folded) or _family_before_chinese_title(folded)


def _family_before_chinese_title(folded: str) -> str:
    """李 of 李总理 or 王外长, 欧阳 of 欧阳部长; "" for any other text."""
    for length in (2, 1):
        family = folded[:length]
        if ((length == 1 or family in _TWO_CHARACTER_FAMILIES) and _HAN.match(family)
                and _CHINESE_TITLES.fullmatch(folded, length)):
            return family
    return ""


def before_a_chinese_title(folded: str, end: int) -> bool:
    """Whether a Chinese title follows ``end`` of a folded text (李|总理)."""
    return _CHINESE_TITLES.match(folded, end) is not None


def past_a_chinese_title(folded: str, end: int) -> int:
    """Where a Chinese title right after ``end`` of a folded text ends
    (李强|总理|…); ``end`` when none follows."""
    title = _CHINESE_TITLES.match(folded, end)
    return end if title is None else title.end()


def after_a_title(folded: str, start: int) -> bool:
    """Whether the word before ``start`` of a folded text is a title
    ("president putin", "mr. gref")."""
    before = folded[max(0, start - 20):start]
    if not before[-1:].isspace():
        return False
    words = before.split()
    return bool(words) and words[-1].rstrip(".") in _TITLES


def titled_family_name(typed: str) -> str:
    """The family name in a title and a family name typed ("President
    Putin", "Premier Li"), folded; "" for any other text."""
    return _family_after_title(fold(typed))


def _family_after_title(folded: str) -> str:
    last = folded.rfind(" ")
    if last < 0 or " " in folded[last + 1:] or not folded[last + 1:].isalpha():
        return ""
    return folded[last + 1:] if after_a_title(folded, last + 1) else ""


# "Dr. Wang Hui of Tsinghua University": a given name of its own after the
# family name, not Wang Yi's — a word of pinyin syllables ("Xiao Ming") or a
# Korean one's ("Kim Dae-jung"); a headline's "President Xi Meets Lula" goes on
# with a verb (no pinyin ends in "s"), prose's "President Xi said" in small letters
_PINYIN = ("(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian"
           "|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v))")
_GIVEN_AFTER = re.compile(rf" (?=[A-Z])(?i:{_PINYIN}{{1,3}}|[a-z]+-[a-z]+)\b(?![-'’])")


def given_name_after(cased: str, end: int) -> bool:
    """Whether a given name follows a family name ending at ``end`` of a text
    as ``cased_as_folded`` gives it."""
    return _GIVEN_AFTER.match(cased, end) is not None


def cased_as_folded(text: str, folded: str) -> str | None:
    """The text with its white space and accents as ``fold`` leaves them, its
    capitals kept; None where that is not the folded text letter for letter."""
    cased = " ".join((text if text.isascii() else without_accents(text)).split())
    return cased if len(cased) == len(folded) else None


# A title before a name in Chinese (大使李连和, 部长王毅): a Chinese title closing it
_CHINESE_TITLE_BEFORE = re.compile(f"(?:{_CHINESE_TITLES.pattern})$")


def another_of_the_family(folded: str, family: str, full_names: list[str],
                          cased: str | None) -> bool:
    """Whether a folded text names in full, after a title, someone else of a
    known person's ``family`` name, of whom its "李大使", "Ambassador Li" then
    speaks (驻阿尔及利亚大使李连和 … 李大使: not our 李强); ``full_names`` are the
    known person's names, folded; ``cased``: the text as folded but for its
    capitals (a given name follows: "Ambassador Li Lianhe", not "President Putin
    addressed" nor "Foreign Minister Wang Meets"), None where it cannot be had."""
    if family.isascii():
        if cased is None:
            return False
        for found in re.finditer(rf"\b{re.escape(family)}\b", folded):
            given = _GIVEN_AFTER.match(cased, found.end())
            if (given and after_a_title(folded, found.start())
                    and f"{family} {given.group().strip().casefold()}" not in full_names):
                return True
        return False
    for found in re.finditer(f"{re.escape(family)}([\u4e00-\u9fff])", folded):
        if (_CHINESE_TITLE_BEFORE.search(folded, max(0, found.start() - 8), found.start())
                and not _CHINESE_TITLES.match(folded, found.start() + len(family))
                and not any(name.startswith(folded[found.start():found.end()])
                            for name in full_names)):
            return True
    return False


_OWNING = re.compile(r"((?:[a-z][\w.-]*\s+){0,2}[a-z][\w.-]*)['’]s?\s+(?:the\s+)?$")
_BRACKETED = re.compile(r"\s*[(（]\s*([^()（）]{2,40}?)\s*[)）]")


def country_owning(folded: str, start: int, end: int) -> str:
    """The country the words right beside a name say it is of ("vietnam's
    ministry …", "ministry … (vietnam)"), or ""."""
    if bracketed := _BRACKETED.match(folded, end):
        return named_country(bracketed.group(1)) or ""
    found = _OWNING.search(folded, max(0, start - 40), start)
    if found is None:
        return ""
    words = found.group(1).split()
    return next((code for begin in range(len(words))
                 if (code := named_country(" ".join(words[begin:])))), "")


# The characters Chinese writes foreign names with (达乌列诺夫, 詹塔拉乌泰): a
# name of them alone after a foreign post is a person's, not words of the post
TRANSLITERATING = frozenset(
    "阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕宾波伯博布查达戴丹道德登迪蒂丁东杜敦多厄恩法菲"
    "费芬丰弗福富盖甘冈高戈格贡古瓜圭哈海汉豪赫黑亨胡华霍基吉加贾杰捷金卡凯坎康考柯科克"
    "肯库夸奎拉莱兰朗劳勒雷蕾里利连列林琳卢鲁伦罗洛马迈麦曼芒梅门蒙米密敏明莫姆穆纳奈南"
    "瑙内尼涅宁纽努诺帕潘庞佩彭皮平珀普奇契齐恰乔切钦琼丘萨塞赛桑瑟森沙莎尚舍什施舒斯松"
    "苏索塔泰坦汤唐特滕提通图托瓦万旺威韦维温沃乌伍西希锡谢辛休雅亚扬耶伊因尤于扎泽詹哲"
    "朱祖佐夫娃娜丽尔卜昌"
    "云额呼勒赞")  # (and Mongolian names': 奥云额尔登)
