"""The roles a Chinese report gives participants in so many words (see
``roles_named``): 由中国外文局和东盟中心联合主办, 东浩兰生集团承办, 主办单位为…,
会议由A和B共同主持, A与B签署, 在C见证下, A、B出席并致辞, C出席, 王毅同通伦举行会谈,
李强会见通伦: between the punctuation before and the verb, or after 主办单位为 up to
the clause's end."""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.name_forms import CHINESE_PERSON_NAME, CHINESE_POSTS_HELD, CHINESE_TOPIC_END
from desktop.core.said_before import said_before

# 由A和B联合主办, 由A、B、C等共同主办, A主办, 东浩兰生集团承办: the names from the
# clause's start to the verb (the enumeration comma 、 goes on naming; a
# clause's own punctuation ends the names)
# (and a meeting 共同主持, co-chaired, as "co-chaired by" makes its co-hosts)
_CHINESE = re.compile(
    r"(?P<jointly>联合|共同)?(?P<verb>主办|主辦|承办|承辦|协办|協辦)(?!单位|單位|方)"
    # (由A和B联合举办: co-hosts; not 在新加坡举办, where it was held)
    r"|(?P<cochaired>共同主持|(?:联合|共同|聯合)(?:举办|舉辦))")
_WHAT_WAS_HELD_BY = re.compile(r"[“《][^”》]{1,30}[”》](?:[\u4e00-\u9fff]{0,6}?(?:活动|論壇|论坛"
                               r"|会议|會議|大会|大會|系列活动|项目|項目))?(?=由)")
_GUIDED = re.compile(r"(?P<who>[^、，,]{2,40}?)(?:指导|指導|支持)[、，,]?")
# (and a wire's dateline, 新华社开罗1月14日电, which no punctuation ends)
# (a day and a dash or a space open what is said after a dateline too: "北京，2024年5月6日 — …")
_CHINESE_CLAUSE_START = re.compile(r"[，。；：,;:\n]|日[电電]\s*|(?<=\d)日(?:\s*[—–-]+|\s)\s*")
# 主办单位为A、B, 协办方是C, 承办单位：D
_CHINESE_AFTER = re.compile(
    r"(?P<verb>主办|主辦|承办|承辦|协办|協辦)(?:单位|單位|方)(?:为|為|是|有|包括|：|:)"
    r"(?P<who>[^，。；,;\n]{2,80})")
# A、B出席并致辞, 李强在开幕式上致辞, C发表主旨演讲: speakers; D、E出席: attendees
# (发言 too, as 作主旨发言; not 发言人, a spokesperson)
_SPOKE = (r"(?:致(?:欢迎|歡迎|开幕|開幕|闭幕|閉幕|贺|賀)?(?:辞|辭|詞|词)|讲话|講話"
          r"|(?:发表|發表|作)(?:主旨|主题|主題)?(?:演讲|演講)"
          # (發表主旨講話, 发表重要讲话)
          r"|(?:发表|發表)(?:主旨|主题|主題|重要)?(?:讲话|講話)"
          r"|(?:作(?:主旨|主题|主題)?)?(?:发言|發言)(?!人))")
# (not 学习贯彻…重要讲话精神: studying a speech given elsewhere)
# (one who chaired the opening, 主持开幕式, spoke too, as one who moderated a
# panel does; not 主持召开, called a meeting of their own, nor 主持人)
_CHINESE_SPOKE = re.compile(rf"(?<!重要){_SPOKE}(?!精神)|(?<!共同)主持(?!人|召开|召開)")
# 中国外文局与东盟中心在北京签署…: signatories (not 见证下签署, signed before
# them, nor 出席签约仪式, at the signing)
_CHINESE_SIGNED = re.compile(r"(?<![下间間证證])(?:签署|簽署|签订|簽訂|签约|簽約|签字|簽字)"
                             r"(?!仪式|儀式)")
# 在习近平主席和卢拉总统（的）共同见证下: witnesses (两国元首 names no one)
_CHINESE_WITNESSED = re.compile(
    r"在(?P<who>[^，。；,;\n在]{2,60}?)(?:的)?(?:共同)?(?:见证|見證)下")
# A、B见证签约: witnesses, before the verb
# (and 见证《…谅解备忘录》签署仪式: the document's title between)
# (and who signed between: 黄华华和石井隆一见证了省旅游局与富山县…局签署《…》)
_CHINESE_WITNESSING = re.compile(r"(?:共同)?(?:见证|見證)了?(?:《[^《》\n]{2,120}》(?:的)?"
                                 r"|[^，。；,;\n《》]{2,60}?)?"
                                 r"(?:签约|簽約|签署|簽署|签字|簽字)")
# What those who witnessed it did, before who signed: 黄华华和石井隆一见证了
_SEEN_BY = re.compile(r"^[^，。；,;\n]*?(?:见证|見證)了?")
# 《中国科学技术部与哥伦比亚科技创新部关于…的谅解备忘录》签署: the document names its
# parties, who signed it (签署了《…》 too)
_CHINESE_DOCUMENT = re.compile(
    # (a republic's 和 no "and": 《中华人民共和国农业部和纳米比亚共和国…部关于…》)
    r"(?P<signed_before>(?:签署|簽署|签订|簽訂)了?)?《(?P<first>(?:共和[国國]|[^《》与與和及\n]){2,30}?)"
    r"(?:与|與|和)"
    r"(?P<second>[^《》\n]{2,30}?)(?:关于|關於)[^《》\n]{2,100}"
    r"(?:谅解备忘录|諒解備忘錄|备忘录|備忘錄|协议|協議|协定|協定|合作文件|议定书|議定書)》"
    r"(?P<signed_after>(?:的)?(?:签署|簽署|签订|簽訂|签约|簽約))?")
# 马朝旭在开班式上表示: one who said so at the event spoke there (not 表示 alone:
# quoted, perhaps elsewhere)
_CHINESE_SAID_AT = re.compile(r"在[^，。；,;\n在]{0,12}?(?:开幕式|開幕式|开班式|開班式|闭幕式"
                              r"|閉幕式|论坛|論壇|会议|會議|大会|大會|仪式|儀式|峰会|峰會|研讨会"
                              r"|研討會|座谈会|座談會|活动|活動)上(?:表示|指出|强调|強調|说|說)")
# (the event's name between may be long: 出席中兴通讯公司—…联合创新中心落成仪式并致辞)
# (a comma as Latin letters write it ends the clause too: 姜异康出席,…夏耕出席并致辞)
# (and 参会, 与会: "…等近200名中日来宾参会")
_CHINESE_ATTENDED = re.compile(rf"(?:出席|参加|參加|参会|參會|与会|與會)"
                               rf"(?![^，。；,;\n]{{0,48}}?[并並]{_SPOKE})")
# A出席…并致辞: who spoke is before 出席
_CHINESE_ATTENDED_AND = re.compile(r"(?:出席|参加|參加)[^，。；,;\n]*[并並]$")
_LONGEST_LIST = 240  # characters read back from the verb
_CHINESE_ROLES = {"主办": "host", "主辦": "host", "承办": "executive organizer",
                  "承辦": "executive organizer", "协办": "co-organizer", "協辦": "co-organizer"}



# 应老挝技术与通信部邀请: who invited them hosted the visit
# (a list of several: 应南非…部长潘多尔、法国…部长勒德里昂、瑞士…外交部长卡西斯邀请)
_CHINESE_INVITED = re.compile(r"[应應](?P<who>[^，。；,;\n]{2,90}?)(?:的)?(?:邀请|邀請)")
# 浙江省副省长卢山率浙江省代表团…访问老挝: who led the delegation stood for its side
# (and 率团访问香港: led a delegation)
_CHINESE_LED = re.compile(r"(?:率领?|带领|帶領)(?=[^，。；,;\n]{0,30}?(?:代表团|代表團))|率团|率團")
# …访问老挝, 对老挝进行国事访问: the visited hosted it (not 访问期间, 访问团,
# 进行国事访问的越南国家主席: the visitor)
_CHINESE_VISITED = re.compile(r"(?<!进行)(?<!進行)(?:访问|訪問|到访|到訪)(?![的了期团團])"
                              r"(?P<who>[^，。；,;\n期团團]{2,20}?)(?=[，。；,;\n]|$)|对(?P<other>[^，。；,;\n]{2,20}?)(?:进行|進行)"
                              r"[^，。；,;\n]{0,6}?(?:访问|訪問)")
_HOPED_FOR = re.compile(r"期待|希望|期望|盼望|欢迎|歡迎|邀请|邀請|愿意|願意")
# 将于10月17日至23日 (对…进行访问): when, naming no one
_VISITOR_WHEN = re.compile(r"(?:将|將)?(?:于|於)?(?:(?:\d{1,2}月)?\d{1,2}日(?:至(?:\d{1,2}月)?"
                           r"\d{1,2}日)?)?$")
# 阿里巴巴集团、海康威视等浙江企业代表随团访问: they went with it, taking part
_CHINESE_WENT_ALONG = re.compile(r"随团|隨團")
# 由浙江大学与万隆理工学院共建的…实验室: those who built it took part
# (not what a document is on: 签署共建“一带一路”谅解备忘录)
_CHINESE_BUILT = re.compile(r"(?<!签署)(?<!签订)(?<!关于)(?<!推进)(?<!推动)"
                            r"(?:共同|联合)?(?:共建|合建|共同建设|联合建设)")
# 单忠德、蓝天立共同为中心揭牌: those who unveiled it took part
_CHINESE_UNVEILED = re.compile(r"(?:共同)?为[\u4e00-\u9fff—\-]{0,30}?(?:揭牌|揭幕)")
# …联合实验室15日在雅加达揭牌: what was opened is the event's outcome
_CHINESE_OPENED = re.compile(r"(?:正式)?(?:揭牌|揭幕|成立|启用|啟用|落成)(?!仪式|儀式)")
_OPENED_NAME = re.compile(r"(?:^|的|，)(?P<name>[\u4e00-\u9fff—\-]{2,30}?(?:实验室|實驗室|中心"
                          r"|研究院|基地))(?:\d{1,2}日)?(?:[在于][\u4e00-\u9fff]{1,12})?$")

# 中国—东盟人工智能应用合作中心揭牌仪式在南宁举行: the ceremony's centre is its outcome
_CHINESE_OPENING_CEREMONY = re.compile(
    r"(?:^|(?<=[，。；：,;:\n的]))(?P<name>[\u4e00-\u9fff—\-]{2,30}?(?:实验室|實驗室|中心|研究院"
    r"|基地))(?:揭牌|揭幕|成立|启用|啟用|落成)(?:仪式|儀式)", re.MULTILINE)


def chinese_stated_roles(text: str) -> Iterator[tuple[int, str, str]]:
    """(where, role, the words naming who) for each role the Chinese text states."""
    for start, _match, who in said_before(text, _CHINESE_BUILT, _CHINESE_CLAUSE_START, 80):
        yield start, *_chinese_holders("participant", who.removeprefix("由"))
    for start, _match, who in said_before(text, _CHINESE_UNVEILED, _CHINESE_CLAUSE_START, 80):
        yield start, *_chinese_holders("participant", who)
    for match in _CHINESE_DOCUMENT.finditer(text):
        if match.group("signed_before") or match.group("signed_after"):
            yield match.start("first"), "signatory", match.group("first")
            yield match.start("second"), "signatory", match.group("second")
    for match in _CHINESE_OPENING_CEREMONY.finditer(text):
        yield match.start(), "established (outcome)", match.group("name")
    for start, _match, who in said_before(text, _CHINESE_OPENED, _CHINESE_CLAUSE_START, 80):
        if opened := _OPENED_NAME.search(who):
            yield start + opened.start("name"), "established (outcome)", opened.group("name")
    for start, match, who in said_before(text, _CHINESE, _CHINESE_CLAUSE_START, 80):
        role = "co-host" if match.group("cochaired") else _CHINESE_ROLES[match.group("verb")]
        if role == "host" and match.group("jointly"):
            role = "co-host"
        if by := _WHAT_WAS_HELD_BY.match(who):
            # (“驻华使节地方行”系列活动由外交部外事管理司主办: what was held, then by whom)
            start, who = start + by.end(), who[by.end():]
        who = who.removeprefix("由")
        if role in ("co-host", "host"):  # 由A，B，C与D共同主办: all of them, commas apart
            start, who = _bodies_before(text, start, who)
        if guided := _GUIDED.match(who):
            # 由工业和信息化部指导、…主办: who guided it supported it, as 协办
            yield start, *_chinese_holders("co-organizer", guided.group("who"))
            start, who = start + guided.end(), who[guided.end():]
        yield start, *_chinese_holders(role, who)
    for match in _CHINESE_WITNESSED.finditer(text):
        yield match.start(), "witness", match.group("who")
    for match in _CHINESE_AFTER.finditer(text):
        yield match.start(), _CHINESE_ROLES[match.group("verb")], match.group("who")
    yield from _chinese_talks(text)
    yield from _met_after_a_comma(text)
    for start, match, who in said_before(text, _CHINESE_CALLED_ON, _CHINESE_CLAUSE_START, 80):
        # 驻肯尼亚大使郭海燕拜会…外交部长穆达瓦迪: the caller took part, the one called on hosted
        yield start, "participant", _CHINESE_AT.sub("", who)
        yield match.end(), "host", text[match.end():_met_end(text, match.end())]
    for match in _CHINESE_CREDENTIALS.finditer(text):
        # 郭海燕向肯尼亚总统鲁托递交国书: who received the credentials hosted the envoy
        yield match.start("who"), "host", match.group("who")
        clause = _CHINESE_CLAUSE_START.split(text[max(0, match.start() - 60):match.start()])
        yield match.start() - len(clause[-1]), "participant", _CHINESE_AT.sub("", clause[-1])
    for match in _CHINESE_INVITED.finditer(text):
        yield match.start(), "host", match.group("who")
    for match in _CHINESE_VISITED.finditer(text):
        if _HOPED_FOR.search(_CHINESE_CLAUSE_START.split(text[max(0, match.start() - 30):
                                                             match.start()])[-1]):
            continue  # (a visit hoped for: 期待4月下旬访问中国)
        yield match.start(), "host", match.group("who") or match.group("other")
        # 王毅将于10月17日至23日对南非进行正式访问, 湖南省省长许达哲一行到访…秘书处: the
        # visitor, before 对 or 到访
        clause = _CHINESE_CLAUSE_START.split(text[max(0, match.start() - 60):match.start()])
        visitor = _VISITOR_WHEN.sub("", clause[-1])
        yield match.start() - len(clause[-1]), "participant", visitor
    for start, _match, who in said_before(text, _CHINESE_LED, _CHINESE_CLAUSE_START, 80):
        yield start, "representative", who
    for start, _match, who in said_before(text, _CHINESE_WENT_ALONG, _CHINESE_CLAUSE_START, 80):
        yield start, *_chinese_holders("participant", who)
    met = _met_spans(text)
    for pattern, role in ((_CHINESE_SIGNED, "signatory"), (_CHINESE_SPOKE, "speaker"),
                          (_CHINESE_SAID_AT, "speaker"),
                          (_CHINESE_ATTENDED, "attendee"), (_CHINESE_WITNESSING, "witness")):
        # (a list of dignitaries 、 apart runs long: 东盟副秘书长…、…等近200人出席)
        for start, _match, who in said_before(text, pattern, _CHINESE_CLAUSE_START,
                                              _LONGEST_LIST):
            if role == "witness" and any(left <= start < right for left, right in met):
                continue  # (those met before 并见证: who met them witnessed it)
            if role == "signatory" and (seen := _SEEN_BY.match(who)):
                start, who = start + seen.end(), who[seen.end():]
            # 国务院副总理丁薛祥，老挝副总理…出席: each of the list (and those who
            # signed for their sides: A，B分别代表双方签署)
            if role == "speaker" and (attended := _CHINESE_ATTENDED_AND.search(who)):
                who = who[:attended.start()]
            if role == "signatory" and _ONLY_HOW.fullmatch(who) and (
                    attended := _ATTENDED_BEFORE.search(text, max(0, start - 80), start)):
                # …省长平托出席活动，并共同签署《…》: those who attended signed it
                start, who = attended.start(1), attended.group(1)
            if role == "signatory" and (sides := _FOR_ONE_WITH_OTHERS.fullmatch(who)):
                # 运城市副市长孙鹏程代表运城市与韩国义王市市长金成济共同签署: one who
                # signed for a side, the side and those it signed with
                yield start, "representative", sides.group("who")
                yield start + sides.start("side"), "signatory", sides.group("side")
                yield start + sides.start("others"), "signatory", sides.group("others")
                continue
            if role != "signatory" or "代表" in who or _POST_AND_NAME.fullmatch(who):
                start, who = _people_before(text, start, who)
            yield start, *_chinese_holders(role, who)


# A代表B与C共同签署, A代表B分别与C、D签订: A for B, with C (and D)
_FOR_ONE_WITH_OTHERS = re.compile(
    r"(?P<who>[^，,。；;\n]{2,40}?)代表(?!团|團)(?P<side>[\u4e00-\u9fff]{2,16}?)"
    r"(?:分别|分別)?[与與同和](?P<others>[^，,。；;\n]{2,80}?)"
    r"(?:共同|一同|分别|分別|正式)*")


# 并共同(签署): how, naming no one
_ONLY_HOW = re.compile(r"(?:[并並]|共同|还|還|也|随后|隨後|分别|分別|一同|当场|當場)*")


# A与B在万象签署, A与B14日在开罗签署: the day and the place between the names and
# the verb name no one (巴西 of 巴西利亚 is no signatory)
_CHINESE_AT = re.compile(r"(?:(?:\d{1,2}月)?\d{1,2}日(?:[上下]午)?)?"
                         # (and 在 alone before what they did: 陈杰在致辞中; not the 在
                         # of a body's name before a post: 美國在台協會處長谷立言)
                         r"(?:[在于](?![\u4e00-\u9fff]*?(?:长|長|书记|書記|大使|总裁|總裁|经理|經理"
                         # (a venue's long name too: 在澳门中国与葡语国家商贸合作服务平台综合体…)
                         r"|主任|主委))[\u4e00-\u9fff]{0,32})?$")


# 中国科学院院长侯建国: the body before a person's post and name is theirs, it
# did not speak or attend itself (a post with no name after it, 院长出席, leaves it)
CHINESE_BODY_OF_POST = re.compile(
    # (a ministry's name holding a 、 after a topic: 巴西发展、工业、贸易和服务部)
    # (after one named before it with 同: 总领事张建敏同中国人民对外友好协会会长杨万明)
    rf"(?:(?<![\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]{{2}}[同與与]))"
    rf"(?:[\u4e00-\u9fff]{{0,12}}?{CHINESE_TOPIC_END}、)*"
    # (with a word in Latin letters: 华为中国政企大企业Marketing与解决方案销售部)
    rf"[\u4e00-\u9fff—\-]{{2,20}}?(?:[A-Za-z]+[\u4e00-\u9fff—\-]{{1,20}}?)*(?={CHINESE_POSTS_HELD}"
    # (or a foreign name written without its dot: 副馆长帕鲁利安)
    rf"(?:{CHINESE_PERSON_NAME}|[\u4e00-\u9fff]{{4,6}})(?:$|[、，,和与及并在以同]|出席|参加|通过|通過))")


# 王毅在万象同通伦举行会谈: both sides of the talks; 李强会见通伦: both
# (and a call: 王毅同俄罗斯外长拉夫罗夫通电话, 举行视频通话)
# (and 同…进行工作交流, 在北京会面: a working exchange, a meeting)
_CHINESE_TALKS = re.compile(r"(?:举行|舉行)?(?:(?:视频|視頻)?(?:会谈|會談|会晤|會晤)|通电话|通電話"
                            r"|(?:视频|視頻)通话|(?:视频|視頻)通話|会面|會面)"
                            r"|(?:进行|進行)(?:了)?(?:工作)?(?:交流|会谈|會談)")
_CHINESE_TALKS_WITH = re.compile(r"[同与與跟]")
_CHINESE_MET = re.compile(r"(?:会见|會見)了?")
# 拜会, 拜访: a call paid on someone
_CHINESE_CALLED_ON = re.compile(r"(?:拜会|拜會|拜访|拜訪)了?")
# 向…递交国书: an envoy's credentials presented to a head of state
_CHINESE_CREDENTIALS = re.compile(r"向(?P<who>[^，。；,;\n向]{2,40}?)(?:递交|遞交|呈递|呈遞)了?"
                                  r"(?:国书|國書)")


def _chinese_talks(text: str) -> Iterator[tuple[int, str, str]]:
    for start, _match, who in said_before(text, _CHINESE_TALKS, _CHINESE_CLAUSE_START, 80):
        start, who = _named_before_when(text, start, who)
        sides = list(_CHINESE_TALKS_WITH.finditer(who))
        if sides:
            yield start, "participant", _CHINESE_AT.sub("", who[:sides[-1].start()])
            yield start + sides[-1].end(), "participant", _CHINESE_AT.sub("", who[sides[-1].end():])
        elif _BOTH_SIDES.search(who):
            # (中国及安哥拉政府代表周三在北京会面: both sides named before)
            yield start, "participant", _CHINESE_AT.sub("", _WHEN_DAY.sub("", who))
    for start, match, who in said_before(text, _CHINESE_MET, _CHINESE_CLAUSE_START, 80):
        start, who = _named_before_when(text, start, who)
        # (刘豫锡于11月访问安哥拉并会见…: who visited, then met)
        who = _DID_FIRST_AND.sub("", who)
        if who.endswith(("分别", "分別")):
            # (浙江省委书记…易炼红，江苏省副省长方伟分别会见: each of them met them)
            start, who = _people_before(text, start, who)
        end = _met_end(text, match.end())
        met = text[match.end():end]
        if witnessed := _AND_WITNESSED.search(met):
            # 陈刚会见…高文，…沈向洋一行并见证签约: who met them witnessed it
            met = met[:witnessed.start()]
            yield start, "witness", _CHINESE_AT.sub("", who)
        yield start, "participant", _CHINESE_AT.sub("", who)
        if headed := _HEADED_BY.match(met):
            # 会见了以…议长早川吉秀为团长的…代表团一行: who led the delegation stood for it
            yield match.end() + headed.start("head"), "representative", headed.group("head")
            yield match.end() + headed.start("group"), "participant", headed.group("group")
            continue
        yield match.end(), "participant", re.sub(r"[，,]", "、", met)


_BOTH_SIDES = re.compile(r"[及和与與]")
_WHEN_DAY = re.compile(r"(?:周|星期)[一二三四五六日天]|(?:\d{1,2}月)?\d{1,2}日")
_DID_FIRST_AND = re.compile(r"(?:(?:于|於)[^，。；,;]{1,12}?)?"
                            r"(?:访问|訪問|抵达|抵達|出席|参加|參加)[^，。；,;]*?[并並]$")


def _met_after_a_comma(text: str) -> Iterator[tuple[int, str, str]]:
    """王毅应邀访问老挝，会见了老挝总理…: who met, named at the sentence's start
    (up to what else they did), and those met."""
    for match in _MET_AFTER_COMMA.finditer(text):
        sentence = max(text.rfind(mark, 0, match.start()) for mark in "。！？\n") + 1
        yield sentence, "participant", _SUBJECT_END.split(text[sentence:match.start()], 1)[0]
        yield match.end(), "participant", re.sub(r"[，,]", "、", text[match.end():_met_end(
            text, match.end())])


_MET_AFTER_COMMA = re.compile(r"(?<=[，,])(?:并|並|还|還|随后|隨後)?(?:会见|會見)了?")
# (not the family name 于 of 于洪君: 于 before a day, 于11月)
_SUBJECT_END = re.compile(r"应邀|應邀|(?:于|於)(?=\d|[上下本今昨近])|(?<=.)在|访问|訪問|出席|抵达"
                          r"|抵達|赴|[，,]")


# 以A为团长的B代表团: B, led by A
_HEADED_BY = re.compile(r"(?:以|由)(?P<head>[^，。；,;]+?)(?:为|為|任)(?:团长|團長|首|组长|組長)的"
                        r"(?P<group>[^，。；,;]+)")


# When and where alone, naming no one: 当地时间11月16日在利马举行APEC峰会场边(会晤), 在北京(会见)
_WHEN_AND_WHERE = re.compile(r"(?:当地时间|當地時間|星期[一二三四五六日天]|周[一二三四五六日]"
                             r"|[（(][^（）()]*[）)]|(?:\d{1,2}月)?\d{1,2}日|[上下]午|晚间?"
                             r"|[在于](?:[\u4e00-\u9fff]{1,12}?|[\u4e00-\u9fff]{1,12}?[A-Za-z]+"
                             r"[\u4e00-\u9fff]{0,6}?)(?=举行|舉行|$)|举行|舉行|APEC|峰会|峰會|场边|場邊"
                             r"|期间|期間|\s)*")


def _named_before_when(text: str, start: int, who: str) -> tuple[int, str]:
    """Who did it, where the words before the verb say only when and where:
    the clause before them (王毅，在北京会见…; 习近平与…拜登，当地时间…在利马举行…会晤)."""
    if not _WHEN_AND_WHERE.fullmatch(who) or start < 2 or text[start - 1] not in "，,":
        return start, who
    before = _CHINESE_CLAUSE_START.split(text[max(0, start - 80):start - 1])[-1]
    return (start - 1 - len(before), before) if before.strip() else (start, who)


# 并见证签约 closing those met: who met them witnessed the signing
_AND_WITNESSED = re.compile(r"[并並](?:共同)?(?:见证|見證)[^，。；,;\n]*$")


def _met_end(text: str, start: int) -> int:
    """Where the words naming those met end: at the clause's end, or past the
    next clauses naming a person with their post (会见A主任、院士高文，B主席沈向洋一行)."""
    end = _CHINESE_CLAUSE_START.search(text, start)
    while end is not None and end.group() in "，," and (
            following := _MET_TOO.match(text, end.end())):
        end = _CHINESE_CLAUSE_START.search(text, following.end())
    return end.start() if end else len(text)


def _met_spans(text: str) -> list[tuple[int, int]]:
    """Where the words naming those met are, each from its 会见 on."""
    return [(match.end(), _met_end(text, match.end())) for match in _CHINESE_MET.finditer(text)]


# A person with their post (and whose it is), as a list of dignitaries parted
# by commas names each: 国务院副总理丁薛祥, 老挝副总理沙伦赛·贡玛西
_POST_AND_NAME = re.compile(
    # (a body's name may hold a 、: 巴西创业、微型企业和小型企业部副部长…)
    # (and a Japanese name of four: 奈良县副知事西村高则)
    rf"[\u4e00-\u9fff—\-、A-Za-z]{{0,40}}{CHINESE_POSTS_HELD}"
    # (and the name in Latin letters after it: 金边市政府副市长盛万纳(SENG VANNAK))
    rf"(?:{CHINESE_PERSON_NAME}|[\u4e00-\u9fff]{{4}})"
    r"(?:\s*[（(][A-Za-z][A-Za-z .'-]{1,40}[）)])?")


# …平托出席活动， before 并共同签署: one with their post who attended, the clause before
_ATTENDED_BEFORE = re.compile(rf"(?:^|[，。；,;\n])({_POST_AND_NAME.pattern})"
                              r"(?:出席|参加|參加)[\u4e00-\u9fff]{0,8}[，,]$")
# A further one met, named with their post: …，香港科技大学校董会主席…沈向洋一行(并见证签约)
_MET_TOO = re.compile(rf"{_POST_AND_NAME.pattern}(?:一行)?(?:[并並][^，。；,;\n]*)?"
                      r"(?=[，。；,;\n]|$)")


def _people_before(text: str, start: int, who: str) -> tuple[int, str]:
    """The words naming who did it, with the people named before them, a
    comma apart, each with their post (where the words start, the words)."""
    while (start >= 2 and text[start - 1] in "，,"
           and (before := _CHINESE_CLAUSE_START.split(text[max(0, start - 80):start - 1])[-1])
           and _POST_AND_NAME.fullmatch(before)
           # (or a list's close: 柬埔寨、老挝等东盟国家部长级官员)
           and (_POST_AND_NAME.match(who) or "等" in who)):
        start -= len(before) + 1
        who = f"{before}、{who}"
    return start, who


# A body's name, for the list of co-hosts commas apart before 共同主办
_A_BODY = re.compile(r"[\u4e00-\u9fff—\-、]{2,30}(?:部|委员会|委員會|局|院|中心|政府|集团|集團|公司"
                     r"|大学|大學|组织|組織|协会|協會|署|厅|廳)")


def _bodies_before(text: str, start: int, who: str) -> tuple[int, str]:
    """The hosts named before the clause that says they hosted, a comma apart
    after 由 (由中国工业和信息化部，巴西公共服务管理和创新部，…共同主办)."""
    sentence = max(text.rfind(end, 0, start) for end in "。；;\n") + 1
    opened = re.search(r"由((?:[^，,。；;\n由]{2,30}[，,])+)$", text[sentence:start])
    if opened is None or not all(_A_BODY.fullmatch(part) for part in re.split(
            r"[，,]", opened.group(1))[:-1]):
        return start, who
    listed = opened.group(1)
    return start - len(listed), re.sub(r"[，,]", "、", listed) + who


def _chinese_holders(role: str, who: str) -> tuple[str, str]:
    """The role and the words naming who, the place they did it left off;
    刘苏社副主任代表中方签署: one who did it for another is a representative."""
    who = _CHINESE_AT.sub("", who)
    if who.endswith("代表"):  # 企业代表参加: the companies' representatives attended
        return role, who.removesuffix("代表")
    # (not a list's close, …总领馆代表等近200人出席, nor a post, 国际贸易谈判代表兼副部长)
    if on_behalf := _ON_BEHALF.search(who):
        return "representative", who[:on_behalf.start()]
    return role, who


# 代表中方, 代表中国政府: for the side after it, to the words' end
_ON_BEHALF = re.compile(r"代表(?!团|團)[\u4e00-\u9fff—\-]{1,16}?(?:方|政府|国|國|部|委|局|院|公司"
                        r"|集团|集團|大学|大學|中心|企业|企業)$")
