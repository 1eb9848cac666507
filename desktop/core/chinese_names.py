"""Names in Chinese words that give a role (由A、B和C共同主办,
中国科学院院长侯建国出席并致辞), each read as a participant: see ``new_names``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from desktop.core.countries import country_name, named_country
from desktop.core.country_fills import country_in_name
from desktop.core.name_forms import (
    CHINESE_NAME,
    CHINESE_POSTS_HELD,
    CHINESE_TOPIC_END,
    FOREIGN_NAME_IN_CHINESE,
    REGNAL_NAME,
    SPELLING_IN_BRACKETS,
    TRANSLITERATING,
)
from desktop.core.new_participant import NewName
from desktop.core.search import fold

# (中国-东盟中心: a dash between two names, as folding writes 中国—东盟中心)
_CHINESE_BODY = re.compile(r"[\u4e00-\u9fff·\-A-Za-z]{1,30}?(?:部|委员会|委|局|院|署|厅|办公室"
                           r"|中心|公司|集团|协会|学会|大学|银行|基金会|研究所|实验室|政府|组织|联盟|商会"
                           r"|联合会|秘书处|办事处|智库|大使馆|使馆|总领事馆|领事馆|代表处"
                           # (a council, a promotion body; a telecom: 中华电信, 印尼电信)
                           r"|理事会|策进会|促进会|总会|机构|电信|移动|联通|部门"
                           # (a people's congress's standing committee: 省人大常委会主任)
                           r"|常委会"
                           # (a ministry's department, a province's foreign affairs office:
                           # 外交部外事管理司, 河南省外办)
                           r"|[^公]司|外办|外辦)")
# Bodies named by kind, not by name: 国际机构, 有关部门, 东盟国家驻华使馆, 东盟十国政府…
_ANY_OF_A_KIND = re.compile(r"(?:国际|有关|相关|其他|其它|多家|各|东盟国家|东盟各国|东盟十国|各国"
                            r"|两地|兩地|两国|兩國|双方|雙方)"
                            r"[\u4e00-\u9fff]{0,20}$")
_CHINESE_POST = re.compile(CHINESE_POSTS_HELD)
# 中国驻泰国大使: of China, its ambassador to Thailand
_POSTED_TO = re.compile(r"(?P<of>[\u4e00-\u9fff]{2,8}?)(?P<to>驻[\u4e00-\u9fff]{2,8})")
_CHINESE_CUT = re.compile(r"[、，,；;]|以及")
# (與 as traditional characters write it; not the 和 opening a place's name: 和歌山县, 和田)
_CHINESE_JOIN = re.compile(r"[与與及同跟]|和(?!歌山|田[市县縣地])")
# (a 与 that no body's name holds before another body: 华为与泰国数字经济和社会部)
_CHINESE_WITH = re.compile(r"[与與同跟]")
# 论坛由A…: what is said of the forum, before 由, is no name (自由 is a word)
# (and what is said of one before 的: 来华进行国事访问的越南国家主席苏林)
# (and a reporter's name after a wire's dateline: （记者李明）)
# (and a legal form a name opens with: 财团法人资讯工业策进会)
# (an event's name may hold a dash: 中国—东盟博览会由中国商务部…共同主办)
_CHINESE_LEADING = re.compile(r"^(?:[\u4e00-\u9fff—\-]{0,16}?(?<!自)由|在|经|据|并"
                              r"|和(?!歌山|田[市县縣地])|与|及"
                              r"|财团法人|社团法人"
                              r"|[\u4e00-\u9fff]{2,16}?的(?=[\u4e00-\u9fff]{2})"
                              r"|[（(][^（）()]{0,20}[）)])+")
# A、B出席并致辞: the speakers, without 出席并
# (and what they attended: A出席开幕式并致辞)
_CHINESE_TRAILING = re.compile(r"(?:(?:出席|参加)[\u4e00-\u9fff]{0,12}?|共同|联合|分别|一同|一起"
                               # (a list's close: 庄建球等近200名中日来宾)
                               r"|等(?:(?:近|约|逾|超过)?(?:\d+|[一二三四五六七八九十百千几数多]+)"
                               r"[余多]?[名位个人]?[\u4e00-\u9fff]{0,6}?(?:嘉宾|来宾|代表|人士|官员)?"
                               # (and what kind they are: 蒙古国东方省等中外地方政府共签署)
                               r"|[\u4e00-\u9fff]{0,6}?(?:政府|机构|单位|企业|部门|城市|省份|国家))?共?"
                               # (a day said before what they did: 吴诚文今天出席)
                               r"|将|已|也|均|还|则|的|并|今天|今日|当天|当日|昨天|昨日"
                               # (本周率代表团访问中国: who led a delegation this week)
                               r"|本周|上周|近日|日前|率(?:团|團|代表团|代表團)?"
                               # (钱克明副部长陪同出席, 蓝天立现场致欢迎辞, 应邀出席)
                               r"|陪同|现场|應邀|应邀|受邀|专程|專程|亲自|親自"
                               # (and their party: 沈向洋一行)
                               r"|一行"
                               # (where a body or place did it: 海南省政府在博鳌分别与…签署)
                               r"|(?<=[府会會部局委院厅廳省市州县縣])在[\u4e00-\u9fff]{1,8}"
                               # (a weekday and its date: 胡衡华星期一（7月29日）会见)
                               r"|星期[一二三四五六日天]|礼拜[一二三四五六日天]|周[一二三四五六日]"
                               r"|[（(](?:\d{1,2}月)?\d{1,2}日[）)])+$")
_SPELT_AFTER = re.compile(rf"(.*[\u4e00-\u9fff])\s*{SPELLING_IN_BRACKETS}"
                          r"(?=[\u4e00-\u9fff]{0,8}$)")
_HAN_NAME = re.compile(CHINESE_NAME)
# The posts of a body's head, who signing unnamed stands for it (校长与…签署)
_HEADS = frozenset(("校长", "院长", "董事长", "总裁", "总经理", "理事长", "会长", "所长"))
# (and "hereinafter": 华为技术有限公司（下称“华为”）)
_SHORT_NAME_AFTER = re.compile(r"([\u4e00-\u9fff·\-—]{4,30})[（(]"
                               r"(?:(?:以下|下文)?(?:简称|簡稱|称|稱)|下称|下稱)?"
                               r"[“\"]?([\u4e00-\u9fff]{2,8})[”\"]?[）)]")
_BODY_AND_POST = re.compile(rf"(?P<body>{_CHINESE_BODY.pattern}|[\u4e00-\u9fff]{{2,12}}?)"
                            rf"(?P<post>(?:党组|党委)?{CHINESE_POSTS_HELD})")
# (or the word alone before the verb: 东盟秘书长林玉辉视频致辞)
_CHINESE_REMOTE = re.compile(r"(?:(?:以|通过|通過)(?:视频|視頻|线上|線上|在线|在線)(?:方式|形式)?"
                             r"|(?<=[\u4e00-\u9fff]{2})(?:视频|視頻|线上|線上))$")
_LEGAL_FORM = re.compile(r"(?:股份)?有限(?:责任)?公司$")
# Where people's names are Chinese and pinyin writes them (Singapore's are written
# otherwise: Lee Hsien Loong)
# The countries whose people write their names in Chinese characters
WRITTEN_IN_CHINESE = frozenset(("CN", "TW", "HK", "MO"))
# Those whose names pinyin spells as their people do (Hong Kong's are spelt by their
# Cantonese sounds, Taiwan's otherwise: 李家超 is John Lee, not "Li Jiachao")
WRITTEN_IN_PINYIN = frozenset(("CN",))
_FOREIGN_NAME = re.compile(FOREIGN_NAME_IN_CHINESE)
_FOUR_HAN = re.compile(r"[\u4e00-\u9fff]{4}")
# What ends a body's or a board's name, never a person's (校董会, 理事会, 办公室)
_NO_NAME_END = re.compile(r"[会會部局委院司厅廳处處室所组組团團]$")
# A body's name, then a person's (季先峥 of 中葡论坛常设秘书处季先峥秘书长)
_BODY_THEN_NAME = re.compile(rf"(?P<body>{_CHINESE_BODY.pattern})(?P<name>{CHINESE_NAME})")
# A name between a body and what its holder's post is of (使馆|宋耀明|经济商务|公使)
_NAME_THEN_TOPIC = re.compile(rf"(?P<body>[\u4e00-\u9fff]*?[馆館部局委院司处處厅廳])?"
                              rf"(?P<name>{CHINESE_NAME})(?P<topic>(?:{CHINESE_TOPIC_END}){{1,3}})")
# The posts of a place's head (市长, 省长 …)
PLACES_HEADS = r"(?:市长|市長|省长|省長|州长|州長|县长|縣長|区长|區長|镇长|鎮長)"
_A_PLACES_HEAD = re.compile(rf"(?:常务副|副)?{PLACES_HEADS}")
_JAPANESE_NAME = re.compile(r"[\u4e00-\u9fff\u3040-\u30ff]{2,4}")
_REGNAL = re.compile(REGNAL_NAME)
_A_PARTY_COMMITTEE = re.compile(r"[省市区县州縣][委]|党委|黨委"
                                r"|[省市]政府")  # 摩洛哥国王穆罕默德六世: kept as written


# 华为、阿里巴巴、京东等30余家中泰企业(代表): the list before it names companies
_BODIES_LISTED = re.compile(r"等(?:\d+|[一二三四五六七八九十百千几数多]+)?[余多]?家?"
                            r"[\u4e00-\u9fff]{0,6}?(?:企业|公司|机构|单位|高校|银行|媒体)")


def chinese_candidates(words: str) -> Iterator[tuple[int, NewName]]:
    if _ONE_MINISTRY.fullmatch(ministry := words.strip()):
        # (纳米比亚共和国农业、水利与林业部: one ministry of three portfolios)
        yield 0, NewName(ministry, "organization", country=_opening_country(fold(ministry)))
        return
    listed = _BODIES_LISTED.search(words)
    if listed is not None:
        yield from _bodies_listed(words[:listed.start()])
        return
    start = 0
    headless = ""  # a part before a 、 that names no one: perhaps the first of a name's
    carried = ""  # the country the list's people are of: 尼泊尔 of 尼泊尔总统鲍德尔、总理…
    for cut in [*_CHINESE_CUT.finditer(words), None]:
        end = cut.start() if cut else len(words)
        before = headless  # (parts naming no one, 巴西发展、工业、…部: one name's)
        named = False
        for offset, piece, with_a_body in _chinese_pieces(words, start, end):
            # 东盟秘书长高金洪以视频方式(致辞): one who took part by video
            remote = _CHINESE_REMOTE.search(piece)
            piece = piece[:remote.start()] if remote else piece
            candidate, carried = _of_the_lists_country(piece, carried)
            if candidate is not None and remote:
                candidate = replace(candidate, remote=True)
            if candidate is None and with_a_body:
                candidate = _named_beside_a_body(piece)
            # (as written, not in pinyin: 各司司长 names no one, not "Ge Si")
            if candidate is not None and not _ANY_OF_A_KIND.fullmatch(
                    candidate.native_name or candidate.name):
                named = True
                yield offset, _as_written(words, _with_headless_part(headless, candidate))
            headless = ""
        if cut is None or cut.group() != "、":
            carried = ""  # (a list's country carried across its 、 alone)
        part = _CHINESE_LEADING.sub("", fold(words[start:end].strip()))
        headless = ("" if cut is None or cut.group() != "、" else
                    f"{before}、{part}" if before and not named and _TOPIC_END.search(before)
                    # (a part naming someone is no head of the next one's name:
                    # 使馆宋耀明经济商务公使、张漪波公参)
                    else "" if named else part)
        if cut:
            start = cut.end()


_A_POST_CLOSING = re.compile(r"(?:书记|書記|主席|部长|部長|总统|總統|总理|總理|主任|秘书长|秘書長"
                             r"|议长|議長)$")
# A ministry of several portfolios, listed with 、 and joined by 与 before 部
_ONE_MINISTRY = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:[\u4e00-\u9fff]{1,4}、)+[\u4e00-\u9fff]{1,4}"
                           r"(?:与|與|和|及)[\u4e00-\u9fff]{1,5}部")


def _of_the_lists_country(piece: str, carried: str) -> tuple[NewName | None, str]:
    """The name a piece gives, a post and a name after a first one of a
    country's (尼泊尔总统鲍德尔、总理普拉昌达: of Nepal too, the name kept as
    written); and the country's name for the next piece, or ""."""
    folded = _CHINESE_LEADING.sub("", fold(piece.strip()))
    candidate = _chinese_name(piece)
    # (a state's post, not a local one: 澳大利亚南澳州州长魏杰、副省长夏耕 is China's)
    post_first = (post := _CHINESE_POST.match(folded)) is not None and not re.search(
        r"[省市州县区]|书记", post.group())
    if carried and post_first and (candidate is None or (
            candidate.kind == "person" and not candidate.country and not candidate.affiliation)):
        candidate = _chinese_name(carried + folded) or candidate
    if candidate is None or candidate.kind != "person":
        return candidate, ""
    return candidate, _opening_country_name(folded) or (carried if post_first else "")


def _as_written(words: str, candidate: NewName) -> NewName:
    """The candidate's Chinese names in the characters the text writes them
    in (國立臺灣大學, 吳誠文), where folding read them in simplified ones."""
    if re.search(r"(?<![a-z])(?:ceo|cto|cfo)(?![a-z])", candidate.position):
        # (a post folding wrote in small letters: 副总裁、CEO)
        candidate = replace(candidate, position=re.sub(
            r"(?<![a-z])(?:ceo|cto|cfo)(?![a-z])", lambda post: post.group().upper(),
            candidate.position))
    folded = fold(words)
    if len(folded) != len(words) or folded == words:
        return candidate

    def written(name: str) -> str:
        at = folded.find(fold(name)) if name and not name.isascii() else -1
        return words[at:at + len(name)] if at >= 0 else name

    if candidate.kind == "person" and candidate.native_name:
        return replace(candidate, native_name=written(candidate.native_name),
                       affiliation=written(candidate.affiliation),
                       position=written(candidate.position))
    return replace(candidate, name=written(candidate.name),
                   affiliation=written(candidate.affiliation),
                   position=written(candidate.position))


_TOPIC_END = re.compile(CHINESE_TOPIC_END + "$")


def _with_headless_part(headless: str, candidate: NewName) -> NewName:
    """The body a 、 cut in two made whole again: 哈萨克斯坦数字发展、创新和航空航天
    工业部部长穆辛 is of that whole ministry, of Kazakhstan; a part ending in
    no topic of a ministry is a name of its own."""
    if (candidate.kind == "person" and not candidate.affiliation
            and (held := _BODY_AND_POST.fullmatch(headless))):
        # 中国科协党组书记、常务副主席贺军科: two posts of one body, a 、 apart
        return replace(candidate, affiliation=held.group("body"),
                       position=f"{held.group('post')}、{candidate.position}")
    if (candidate.kind == "person" and not candidate.country and headless
            and (code := _opening_country(headless)) and _A_POST_CLOSING.search(headless)):
        # 纳米比亚人组党总书记、城乡发展部部长沙宁瓦: a Namibian's two posts, his name as written
        if candidate.native_name and code not in WRITTEN_IN_CHINESE:
            candidate = replace(candidate, name=candidate.native_name, native_name="")
        return replace(candidate, country=code)
    if not headless or _TOPIC_END.search(headless) is None or not re.fullmatch(
            r"[\u4e00-\u9fff、]{2,24}", headless):
        return candidate
    country = _opening_country(headless[:-2])
    if candidate.kind == "person" and candidate.affiliation:
        if (candidate.native_name and not candidate.country and country
                and country not in WRITTEN_IN_CHINESE):
            # 巴西发展、工业、贸易和服务部副部长罗萨: a Brazilian's name, kept as written
            candidate = replace(candidate, name=candidate.native_name, native_name="")
        return replace(candidate, affiliation=f"{headless}、{candidate.affiliation}",
                       country=candidate.country or country)
    if candidate.kind == "organization":
        return replace(candidate, name=f"{headless}、{candidate.name}",
                       country=candidate.country or country)
    return candidate


def _chinese_pieces(words: str, start: int, end: int) -> Iterator[tuple[int, str, bool]]:
    """The names between ``start`` and ``end``: cut at a 和, 与 or 及 where
    what comes before it is a name of its own (工业和信息化部和天津市人民政府),
    or at a 与 before a body's name (华为与泰国数字经济和社会部: the name
    before it is then said to be beside a body)."""
    left = start
    for join in _CHINESE_JOIN.finditer(words, start, end):
        if not words[join.end():end].strip():
            # (a name's last character, before the verb: 大使李连和|出席, 王和|表示)
            break
        before = _CHINESE_LEADING.sub("", fold(words[left:join.start()]))
        # (not 泰国数字经济与社会部: a country's ministry, its name holding 与)
        beside = bool(_CHINESE_WITH.fullmatch(join.group())) and _CHINESE_BODY.fullmatch(
            _CHINESE_TRAILING.sub("", fold(words[join.end():end]))) is not None and not (
            _opening_country(before))
        # (or posts naming no one: 东盟十国经贸部长及东盟秘书长林玉辉, the ministers unnamed)
        if before and (_chinese_name(before) is not None or beside or _posts_alone(before)):
            yield left, words[left:join.start()], beside
            left = join.end()
    yield left, words[left:end], False


def _posts_alone(words: str) -> bool:
    """Whether the words close with a post, naming no one after it (经贸部长)."""
    posts = list(_CHINESE_POST.finditer(words))
    return bool(posts) and posts[-1].end() == len(words)


def _bodies_listed(words: str) -> Iterator[tuple[int, NewName]]:
    """Each name of a list said to be of companies or institutions: those
    whose names say what they are as any, the others (华为, 京东) as bodies."""
    start = 0
    for cut in [*re.finditer(r"[、，,和与與及]", words), None]:
        end = cut.start() if cut else len(words)
        piece = _CHINESE_LEADING.sub("", fold(words[start:end].strip()))
        candidate = _chinese_name(piece) if piece else None
        if candidate is None and re.fullmatch(r"[\u4e00-\u9fff]{2,8}", piece):
            candidate = NewName(piece, "organization")
        if candidate is not None:
            yield start, _as_written(words, candidate)
        if cut:
            start = cut.end()


def _named_beside_a_body(piece: str) -> NewName | None:
    """华为 of 华为与泰国数字经济和社会部签署: a short name with no word for what
    it is, doing what a body does, is an organisation's."""
    folded = _CHINESE_LEADING.sub("", fold(piece.strip()))
    if re.fullmatch(r"[\u4e00-\u9fff]{2,6}", folded):
        return NewName(folded, "organization")
    return None


def _chinese_name(piece: str) -> NewName | None:
    untrimmed = _CHINESE_LEADING.sub("", fold(piece.strip()))
    folded = _CHINESE_TRAILING.sub("", untrimmed)
    if (short := _SHORT_NAME_AFTER.fullmatch(folded)) and (
            whole := _chinese_name(short.group(1))) and whole.kind == "organization":
        if not _abbreviates(short.group(2), whole.name):
            # 香港科技大学（广州）: a campus or branch, another body (not a short name)
            return replace(whole, name=f"{whole.name}（{short.group(2)}）")
        # 中国信息通信研究院（中国信通院）: the body, by the short name too
        return replace(whole, alias=short.group(2))
    if (spelt := _SPELT_AFTER.search(piece)) and (
            person := _chinese_name(spelt.group(1))) and person.kind == "person":
        # 安吉拉·布拉干萨(Angela Bragança): a foreigner's name, and as he spells it
        return replace(person, alias=spelt.group(2).strip())
    # (a word in Latin letters may be a body's or a post's: …Marketing与解决方案销售部, CEO)
    if not folded or not all("\u4e00" <= ch <= "\u9fff" or ch in "·-" or (
            ch.isascii() and ch.isalpha()) for ch in folded) or folded.isascii():
        return None
    if code := named_country(folded):
        return NewName(country_name(code) or folded, "country", country=code)
    # 中国外文局局长杜占元 (the person, with the post the text gives), 李强总理
    posts_start, posts_end = -1, -1
    for found in _CHINESE_POST.finditer(folded):
        # (a post of a post right after it is one post: 秘书长特使, the envoy of the
        # Secretary-General, of 联合国)
        posts_start = posts_start if found.start() == posts_end else found.start()
        posts_end = found.end()
        after, before = folded[found.end():], folded[:posts_start]
        if after.startswith(("级", "級")):  # 部长级官员: officials of a rank, no one
            return None
        body, country, post = _whose_post(before, folded[posts_start:found.end()])
        if "知事" in post:  # (a post of Japan's prefectures: 奈良县副知事)
            country = country or "JP"
        if found.end() < len(folded) and country == "JP" and _JAPANESE_NAME.fullmatch(
                after := untrimmed[found.end():] if len(untrimmed) - len(folded) == 1 else after):
            # 奈良县副知事西村高则, 日本驻华使馆公使臼井将人: a Japanese name of four
            # (or three) in its own characters, kept as written (则 of 高则 no "then")
            return NewName(after, "person", position=post, affiliation=body, country=country)
        if found.end() < len(folded) and (_HAN_NAME.fullmatch(after) or (
                # (a Hong Kong name of four, a married woman's two families: 林郑月娥)
                country in ("HK", "MO") and _FOUR_HAN.fullmatch(after))):
            if (country and country not in WRITTEN_IN_CHINESE) or (
                    country in WRITTEN_IN_CHINESE - WRITTEN_IN_PINYIN and not body):
                # 越南国家主席苏林: a Vietnamese name in Chinese characters, whose
                # pinyin would be no one's ("Su Lin" for Tô Lâm): kept as written
                # (and a Hong Kong official's: 香港特区行政长官李家超, whose people spell
                # it otherwise; not one at a body there, who may be from anywhere)
                return NewName(after, "person", position=post, affiliation=body,
                               country=country)
            return replace(chinese_person(after, post), affiliation=body, country=country)
        if found.end() < len(folded) and (_FOREIGN_NAME.fullmatch(after)
                                          or _REGNAL.fullmatch(after)):
            # 老挝技术与通信部部长波万坎·冯达拉: a name the analyst will want in
            # its own letters; the text's is kept as it writes it (pinyin of a
            # Lao name would be no one's)
            return NewName(after, "person", position=post, affiliation=body, country=country)
        # (李强总理; not a body's short name before its post: 省委书记, 市委书记)
        if found.end() == len(folded) and _HAN_NAME.fullmatch(before) and not (
                _A_PARTY_COMMITTEE.fullmatch(before)) and not _A_PLACES_HEAD.fullmatch(
                folded[posts_start:]) and not named_country(before) and not (
                # (nor a body or what it is of before its unnamed head: 外交部部长, 外交部长)
                _CHINESE_BODY.fullmatch(before) or re.fullmatch(CHINESE_TOPIC_END, before)):
            # (not a place before its head's post: 重庆市长, 首尔市长)
            return chinese_person(before, post)
        if found.end() == len(folded) and (named := _NAME_THEN_TOPIC.fullmatch(before)):
            # 使馆宋耀明经济商务公使: the body, the name, then the post with what it is of
            held = named.group("topic") + folded[posts_start:found.end()]
            return replace(chinese_person(named.group("name"), held),
                           affiliation=named.group("body") or "")
        if found.end() == len(folded) and (named := _BODY_THEN_NAME.fullmatch(before)) and not (
                _A_PARTY_COMMITTEE.fullmatch(named.group("name"))) and not (
                # (not a body's own board: 香港科技大学校董会主席)
                _NO_NAME_END.search(named.group("name"))):
            # 福建省商务厅黄河明厅长: the body, the name, then the post
            held = folded[posts_start:found.end()]
            whose, country, held = _whose_post(named.group("body"), held)
            return replace(chinese_person(named.group("name"), held), affiliation=whose,
                           country=country)
        if (found.end() < len(folded) and country not in WRITTEN_IN_CHINESE
                and 4 <= len(after) <= 6 and set(after) <= TRANSLITERATING):
            # 吉尔吉斯斯坦数字发展部副部长达乌列诺夫: a foreign name written
            # without its dot, kept as written
            return NewName(after, "person", position=post, affiliation=body, country=country)
        if (found.end() == len(folded) and body and _CHINESE_BODY.fullmatch(body)
                and found.group() in _HEADS):
            # 吉尔吉斯斯坦国立技术大学校长, its head unnamed: the body, through them
            return _chinese_name(body)
        # (a post of a post may follow: 联合国秘书长特使吉尔, the Secretary-General's envoy)
    if _CHINESE_POST.search(folded):
        return None
    if local := _a_local_government(folded):
        return local
    if _CHINESE_BODY.fullmatch(folded):
        of_country = country_in_name(folded)
        # the dash as Chinese writes it (中国—东盟中心), not as folding types it
        name = re.sub(r"(?<=[\u4e00-\u9fff])-(?=[\u4e00-\u9fff])", "—", folded)
        # (a company's legal form left off, as in English: 数字广西集团有限公司)
        name = _LEGAL_FORM.sub("", name) if len(_LEGAL_FORM.sub("", name)) >= 2 else name
        # (马来西亚数字经济机构, 印尼电信: of the country it opens with)
        opening = "" if "-" in folded else _opening_country(folded)
        return NewName(name, "organization",
                       country=of_country[0] if of_country else opening)
    return None


# A province, a city, a prefecture … (the place's government where it signs or
# hosts): 西班牙卡斯蒂亚拉曼查自治区, 中国台山市, 内蒙古自治区兴安盟, 蒙古国东方省 (of
# one to three such units, the smaller after the larger)
# (no join of two names, no count: 四川与多个国际友好城市 is none)
_LOCAL_UNIT = (r"(?:(?![与與及跟个個])[\u4e00-\u9fff]){1,12}?"
               r"(?:自治区|特别行政区|大区|省|州|市|县|盟|郡|道)")
_LOCAL_GOVERNMENT = re.compile(rf"(?:{_LOCAL_UNIT}){{1,3}}")
# (a region, where its country is said: 芬兰北芬兰区; not a town's district alone)
_FOREIGN_REGION = re.compile(r"[\u4e00-\u9fff]{2,8}区")


def _a_local_government(folded: str) -> NewName | None:
    """The place the words name whole as a local government (of the country
    they open with, which is only whose it is), or None."""
    opening = _opening_country_name(folded)
    country, place = named_country(opening), folded[len(opening):]
    if not (_LOCAL_GOVERNMENT.fullmatch(place) or (country and _FOREIGN_REGION.fullmatch(
            place))) or len(place) < 3 or named_country(place):
        return None
    return NewName(place, "organization", country=country)


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is written with characters of ``name``, in its order
    (信通院 of 中国信息通信研究院; not 广州 of 香港科技大学), or in Latin letters."""
    if short.isascii():
        return True
    rest = iter(name)
    return all(character in rest for character in short)


_POST_WORDS = 6  # characters before a post that say what it is for (国家转型)


def _whose_post(before: str, post: str) -> tuple[str, str, str]:
    """The body a post is of, the country, and the post, from the words before
    it: 中国科学院(院长) of 中国科学院; 外交(部长) of 外交部; 老挝(副总理) of Laos;
    中国驻泰国(大使) of China, 驻泰国大使; a body's country is the person's; other
    words before the post name the body (东盟副秘书长)."""
    if before.endswith("国家"):  # 国家主席, 越南国家主席: the post is the head of state's
        before, post = before.removesuffix("国家"), "国家" + post
    named_body = _CHINESE_BODY.fullmatch(before) is not None
    if named_body or (post.startswith("部长") and before):
        body = before if named_body else before + "部"
        found = country_in_name(body)
        return body, found[0] if found else "", post
    if code := named_country(before):
        return "", code, post
    if posted := _POSTED_TO.fullmatch(before):
        return "", named_country(posted.group("of")) or "", posted.group("to") + post
    if re.fullmatch(r"驻[\u4e00-\u9fff]{2,8}", before):
        # 驻哥伦比亚大使朱京阳: as Chinese official texts write China's own envoys
        return "", "CN", before + post
    # 巴西公共服务管理和创新部国家转型(特别秘书): of that ministry, the rest the post's
    if (body_first := _CHINESE_BODY.match(before)) and 0 < len(
            rest := before[body_first.end():]) <= _POST_WORDS and not _CHINESE_BODY.search(rest):
        found = country_in_name(body_first.group()) or (_opening_country(before), "")
        return body_first.group(), found[0], rest + post
    # 沙特通信和信息技术(大臣): of Saudi Arabia, the rest what the post is of
    opening = _opening_country(before)
    if not opening and re.fullmatch(r"[\u4e00-\u9fff]{2,10}", before):
        # 东盟(副秘书长), 国务院(副总理): a body whose name has no word for what
        # it is
        return before, "", post
    return "", opening or "", post


def chinese_person(native: str, post: str) -> NewName:
    """A person named in Chinese, with the name in pinyin (杜占元: "Du Zhanyuan")."""
    from pypinyin import lazy_pinyin  # its tables take 0.2 s to load: only when needed

    from desktop.core.name_forms import chinese_family_name

    family = chinese_family_name(native, "person")
    syllables = lazy_pinyin(native)
    split = len(family)
    romanised = " ".join(part for part in ("".join(syllables[:split]).capitalize(),
                                           "".join(syllables[split:]).capitalize()) if part)
    return NewName(romanised, "person", native_name=native, position=post)


def _opening_country(words: str) -> str:
    """The country (its code) whose name the words open with (沙特通信…), or ""."""
    return named_country(_opening_country_name(words))


def _opening_country_name(words: str) -> str:
    """The longest country's name the words open with (蒙古国 of 蒙古国东方省), or ""."""
    return next((words[:end] for end in range(min(len(words), 6), 1, -1)
                 if named_country(words[:end])), "")
