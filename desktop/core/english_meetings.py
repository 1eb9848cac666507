"""The words English uses for meetings and visits: "held talks with", "met
with a working delegation", "has partnered with", "visited", "received a
delegation of … led by …" — both sides take part, the visited or the one who
received hosts (see ``roles_named``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.countries_named import countries_named_with_and
from desktop.core.english_posts import ADDRESS, TITLE

# "Wang Yi held talks with Thongloun Sisoulith", "Lula met with Xi": both took
# part (from the sentence's start to the verb, and after it to the clause's end)
TALKS = re.compile(
    # ("held a new round of talks with")
    # ("held bilateral talks with")
    # ("has held an official meeting with")
    # ("had a discussion with Dr. Wise", "had talks with")
    r"\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:(?:(?:held|holds|hold|holding|had)\s+"
    r"(?:(?:a\s+(?:new\s+)?round\s+of\s+)?"
    # ("held in-depth talks with", "held fruitful bilateral talks with")
    r"(?:[\w-]+\s+){0,2}?talks"
    # ("held a one-hour meeting with", "held a closed-door meeting with")
    # ("had a constructive dialogue with")
    r"|an?\s+(?:[\w-]+\s+){0,2}?(?:meeting|dialogue)|a\s+(?:phone|video)\s+call|consultations"
    # ("had a phone conversation with", "spoke over the phone with")
    r"|(?:a\s+)?(?:phone|telephone|video)\s+(?:call|conversation|talks)"
    # ("… on Saturday had an audience with Chinese ambassador Xiao Jianguo")
    r"|an\s+audience"
    # ("held a press conference with his Chinese counterpart")
    r"|a\s+(?:joint\s+)?(?:press|news)\s+conference"
    # ("held separate meetings with President Lula", "held discussions with")
    # ("held discussion with Finance State Minister …")
    # ("held virtual discussions on Friday with the Ambassador …")
    r"|(?:separate\s+)?meetings|(?:[\w-]+\s+)?discussions?|an?\s+(?:in-depth\s+)?discussion)"
    # ("started his state visit with bilateral talks with")
    r"|(?:started|began|opened)\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?visit\s+with\s+"
    r"(?:(?:bilateral|official)\s+)?(?:talks|a\s+meeting)"
    r"|(?:had|has|have)\s+(?:a\s+)?(?:phone|telephone|video)\s+(?:call|conversation|talks)"
    r"|(?:spoke|speaks|talked|talks)\s+(?:over\s+the\s+(?:tele)?phone|by\s+(?:tele)?phone"
    r"|on\s+the\s+(?:tele)?phone|by\s+video(?:\s+link)?)"
    # ("Demeke Mekonnen conferred with Luo Zhaohui")
    # ("Prime Minister … Dbeibeh agreed with the Chinese ambassador, Wang Li, to …")
    r"|confer(?:red|s)?|agreed)"
    # ("held a meeting in Beijing with", "held talks at the Great Hall of the People with")
    # ("held discussions today, Wednesday, with Wang Yi")
    r"(?:,?\s+(?:today|yesterday|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)){0,2},?"
    r"(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    r"|\s+at\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,4})?\s+with"
    # ("A and B held a bilateral meeting in Jakarta": both sides, before it)
    # (and "A and B held talks to review …": what for)
    # (and "… held an official meeting in Shanghai")
    r"|(?:held|holds|hold)\s+(?:an?\s+)?(?:bilateral\s+|working\s+|high-level\s+|official\s+)?"
    r"(?:meeting|talks)"
    # ("… held a bilateral meeting recently at the Embassy of …")
    r"(?:\s+(?:recently|today|yesterday))?"
    r"(?=\s+(?:in|on|at|to|for)\b|\s*[.,;])"
    # ("A and B jointly met in Ulaanbaatar on Tuesday": both sides, before it)
    # (and "A and B met via video link on Monday")
    # ("A and B reviewed the relations of friendship and cooperation between …": both)
    r"|reviewed\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:relations|ties)\b[^.;\n]*"
    r"|(?:(?:are|were)\s+meeting|(?:jointly\s+)?met)"
    r"(?:\s+(?:via|by|through)\s+(?:a\s+)?video(?:\s+link|\s*conference)?"
    r"|\s+virtually|\s+online)?(?=\s+(?:in|on|at)\b|\s*[.,;])"
    r"(?!\s+on\s+[^.;,\n]{1,30}?\s+with\b)"  # (met on a day with someone: below)
    r"(?!\s+in\s+(?:his|her|their)\s+office\b)"  # (nor met in one's office with someone)
    # ("met earlier today with …")
    # (and "met Thursday with Chen Zhou")
    # (and "met in his office on Friday with …")
    r"|(?:met|meets|meet)(?:\s+in\s+(?:his|her|their)\s+office)?"
    # (and "met recently with Zhou Qian")
    r"(?:\s+(?:(?:earlier|later)\s+)?today|\s+yesterday|\s+recently"
    r"|\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    # ("met on 22 January 2019 with Mr. Yan Lida", "met on March 3 with …")
    r"|\s+on\s+(?:\d{1,2}\s+(?-i:[A-Z])[a-z]+\.?|(?-i:[A-Z])[a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?"
    r"(?=\s+with\b))?"
    # ("met via video link with", "met virtually with")
    r"(?:\s+(?:via|by|through)\s+(?:a\s+)?video(?:\s+link|\s*conference)?|\s+virtually|\s+online)?"
    r"(?:\s+with)?"
    # ("meets senior Chinese diplomat Wang Yi")
    # ("met his Chinese counterpart Xi Jinping")
    # (and "to meet with his counterpart, President Xi Jinping")
    r"(?=\s+(?:his|her|their)\s+counterparts?,\s+(?-i:[A-Z])"
    r"|\s+(?:the\s+|(?:his|her|their)\s+(?=\S+\s+counterparts?\b))?"
    # ("met with the 6-member Chinese Experts Technical Team")
    r"(?:(?:senior|top|visiting|former|outgoing|incoming|new|newly[\s-]appointed"
    r"|newly[\s-]accredited|\d+-(?:member|strong))\s+)?"
    r"(?-i:[A-Z])"
    # ("met with a working delegation from Guangxi")
    r"|\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?delegation\b"
    # (a post in small letters before the name: "met with president Julius Maada Bio")
    r"|\s+(?:(?:vice\s+)?president|premier|prime\s+minister|(?:foreign\s+)?minister|ambassador"
    r"|king|governor|mayor|speaker)\s+(?-i:[A-Z])))"
    # (and "A and B held talks." ending the clause)
    r"(?:\s+|(?=[.,;]))", re.IGNORECASE)
# "Alibaba Cloud, the cloud unit of …, has partnered with SDAIA": partners, both
# taking part (from the sentence's start: the subject may be described between commas)
PARTNERED = re.compile(r"\s+(?:has\s+|have\s+)?(?:also\s+)?(?:partnered|teamed\s+up"
                       r"|joined\s+hands)\s+with\s+", re.IGNORECASE)
# "A delegation from CCPIT visited the Malaysia Digital Economy Corporation":
# the visitors took part, the visited hosted them
VISITED = re.compile(r"\s+(?:(?:has|have|had|is|are|was|were|will)\s+)?(?:also\s+)?"
                     r"(?:visited|visits|(?<=will\s)visit|toured|tours"
                     # ("is paying an official visit to", "has begun his official visit to")
                     # ("continues his working visit to China", "concluded a working visit to")
                     # ("will make a State Visit to China")
                     r"|(?:paid|paying|pays?|made|making|makes?|began|begun|begins?|started"
                     # ("today completed a historic state visit to China")
                     r"|starts?|continues|continued|concluded|concludes|completed|completes"
                     r"|ended|ends|wrapped\s+up|wraps\s+up"
                     # ("will undertake a state visit to China")
                     r"|undertakes?|undertook|undertaking|undertaken)\s+"
                     r"(?:a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
                     # ("paid a courtesy visit on Hon. Abla Dzifa Gomashie")
                     r"visits?\s+(?:to|on)"
                     # ("…, Prime Minister of Barbados, is currently on an official tour to China")
                     # (not "…, who is on a working visit to Morocco": said of one named before)
                     r"|(?<=\s)(?<!\bwho\s)(?:is|are|was|were)\s+(?:currently\s+)?on\s+"
                     r"(?:a|an|his|her|their)\s+"
                     r"(?:[\w-]+\s+){0,2}?(?:visit|tour|trip)\s+to"
                     # ("led a delegation on an Official Visit to the People's Republic of China")
                     r"|led\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}?delegation\s+on\s+"
                     r"(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?visit\s+to"
                     # ("Chinese Ambassador … Zhang Suo paid a call on Industries Minister …")
                     r"|paid\s+(?:a\s+)?(?:courtesy\s+|farewell\s+)?calls?\s+on"
                     # ("… will pay a courtesy call on Samdech Techo Hun Sen")
                     r"|(?:will\s+)?pays?\s+(?:a\s+)?(?:courtesy\s+|farewell\s+)?calls?\s+on"
                     # ("Ambassador Yang emphasized this during a courtesy call to the …")
                     r"|(?:(?-i:[a-z]+)[^\S\n]+){1,4}?(?:during|on)\s+(?:a|his|her|their)\s+(?:courtesy"
                     r"|farewell)\s+(?:call|visit)\s+(?:to|on)"
                     # ("Vice Premier Ding called on President Tharman …"; not "called on
                     # China to …", urged)
                     r"|call(?:ed|s|ing)?\s+on(?=\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:President|Prime|Premier"
                     r"|Minister|King|Queen|Sultan|Emir|Chancellor|Vice|Deputy|Governor|Chairman"
                     r"|Secretary|Senior|Speaker)\b)"
                     # ("presented the Letter of Credence to H.M. Norodom Sihamoni")
                     # ("presented a copy of her credentials to …")
                     # ("formally presented his credential letter to …")
                     # ("After presenting her credentials to President …")
                     r"|(?:formally\s+)?present(?:ed|ing)\s+(?:(?:his|her|the|a)\s+)?(?:(?:a\s+)?cop(?:y|ies)"
                     r"\s+of\s+(?:his|her|their|the)\s+)?(?:letters?\s+of\s+(?:credence|credentials)"
                     r"|credentials|credential\s+letters?)\s+to)"
                     # (a brand in small letters first too: "visited iFlytek")
                     # ("visited former President Fidel Castro")
                     r"\s+(?=(?:the\s+)?(?:(?:former|outgoing|new)\s+)?(?-i:[A-Z]|[a-z][A-Z])"
                     # (a town, whose name is the place: "visited the coastal city of Mombasa")
                     r"|the\s+(?:[\w-]+\s+){0,2}?(?:city|town|port)\s+of\s)", re.IGNORECASE)
# "The Chinese Academy of Sciences on Wednesday handed over laboratory equipment
# to Kenya's Maasai Mara University": giver and receiver took part (the receiver
# up to what is said of it: "… University that is located …")
HANDED_OVER = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:(?:officially|formally)\s+)?"
                         r"(?:handed\s+over|donated)\s+(?!to\b)[^.;:\n]{1,120}?\s+to\s+"
                         r"(?=(?:the\s+)?[A-Z])", re.IGNORECASE)
# "Bai Chunli, president of CAS was joined by senior officials during the
# ceremony": both took part
JOINED_BY = re.compile(r"\s+(?:was|were|is|are)\s+(?:also\s+)?joined\s+by\s+", re.IGNORECASE)
WHAT_IS_SAID_OF_IT = re.compile(r"\s+(?:that|which|who|where|for|during|as|under|on|at)\s")
# "Chinese President Xi Jinping's visit to Athens marks …": the visitor took part
# (the visited not offered as a host: "signed … during Xi's state visit to Brazil"
# names the visit as the signing's occasion)
VISIT_OF = re.compile(r"['’]s\s+(?:(?:state|official|working|first|recent|historic|ongoing"
                      r"|current|upcoming|forthcoming|[\w]+-day)\s+)*"
                      r"(?:visit|trip)\s+to\s+(?=(?:the\s+)?[A-Z])", re.IGNORECASE)
# "The Portuguese President … will be welcomed by his Chinese counterpart …":
# the one welcomed took part (the one welcoming hosts: ``english_role_words``)
WELCOMED_BY = re.compile(r"\s+(?:was|were|is|are|will\s+be|(?:has|have|had)\s+been)\s+"
                         r"(?:warmly\s+)?(?:received|welcomed|greeted|met)\s+by\s", re.IGNORECASE)
# "At the invitation of Minister of Foreign Affairs of Mongolia N.Enkhtaivan, …":
# the inviter hosts the visit
# (and "at the friendly invitation of his Chinese counterpart Li Qiang")
# (and "in compliance with an invitation from her counterpart, Wang Yi")
INVITATION = re.compile(r"\b(?:(?:at|on|upon)\s+the\s+(?:(?:kind|friendly|gracious|official)\s+)?"
                        r"invitation\s+of|in\s+(?:compliance\s+with|response\s+to)\s+(?:an|the)"
                        r"\s+invitation\s+from)\s+", re.IGNORECASE)
# "Minister Nguyen Manh Hung received a delegation of China's Ministry of
# Science and Technology led by …": who received it hosts it, whose
# delegation it was takes part (who led it stands for them)
# ("a delegation of China's Ministry of …", "a working delegation from …": whose it is after)
DELEGATION_OF = r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?delegations?\s+(?:of|from)\s+"
# ("received Wednesday a delegation from …")
RECEIVED = re.compile(r"\s+(?:also\s+)?(?:received|receives|welcomed|welcomes|hosted"
                      r"|hosts)\s+(?:(?:on\s+)?(?:today|yesterday|(?:mon|tues|wednes|thurs|fri|satur"
                      r"|sun)day)\s+)?" + DELEGATION_OF, re.IGNORECASE)
# "Susana Malcorra celebrated the 45th anniversary of diplomatic relations with
# China, along with Wanming Yang, the Chinese Ambassador": those who marked it
CELEBRATED = re.compile(r"\s+(?:also\s+)?(?:celebrated|marked|commemorated)\s+(?:the\s+)?"
                        r"(?:\d+(?:st|nd|rd|th)\s+)?anniversary\b", re.IGNORECASE)
ALONG_WITH = re.compile(r",?\s+(?:along|together)\s+with\s+", re.IGNORECASE)
# When and where one received someone, as Somali and Sudanese reports write it between the
# verb and whom: "on Monday", "at his office in the Ministry", "in the capital, Mogadishu"
# (or "received, today, Thursday, at his residence in the Saudi capital, Riyadh, the …")
_WHEN_AND_WHERE_RECEIVED = (
    r"(?:,?\s+(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday"
    r"|(?:in|at)\s+(?:his|her|their)\s+(?:office|residence)|(?:in|at)\s+the\s+(?:[a-z]+\s+)?"
    r"(?:[Pp]alace|[Mm]inistry|[Pp]residency)"
    r"|in\s+the\s+(?:[A-Z][a-z]+\s+)?capital(?:\s+city)?,?\s+[A-Z][\w'’-]+"
    r"|in\s+[A-Z][\w'’-]+)){2,5},?\s")
# "Saudi Arabia's King Salman received Thursday China's President Xi Jinping":
# who received a person named with their post hosts them
RECEIVED_HOLDER = re.compile(
    # (and "welcomed his Chinese counterpart Li Keqiang")
    # (a comma before it with no space: "President Aidaroos Qassem Al-Zubaidi,received, …")
    r"(?:\s+|,(?=[a-z]))(?:(?:has|have|had)\s+)?(?:(?:today|yesterday)\s+)?(?:also\s+)?"
    r"(?:(?:warmly|officially|formally|cordially)\s+)?"
    r"(?:received|receives|welcomed|welcomes"
    # ("has today bid farewell to the outgoing Ambassador of China to Uganda, …")
    r"|(?:bid|bids|bade)\s+farewell\s+to"
    # ("granted an audience to China's ambassador to Angola, Gong Tao")
    r"|(?:granted|grants|gave|gives)\s+(?:an\s+)?audience\s+to)"
    # ("received on Sunday at his office in the Ministry in the capital Mogadishu, Chinese
    # Ambassador …", "received, on Monday, in his office the Ambassador …": when and where)
    rf"(?:{_WHEN_AND_WHERE_RECEIVED}"
    # ("received, on the eve of Thursday May 11, 2023 in Rabat, Mr. Zhao Leji, Chairman of …")
    # (or "received, today, in his office the …")
    r"|,\s+(?:(?:on|in|at)\s+[^,.;\n]{1,60}(?:,\s+\d{4}[^,.;\n]{0,30})?|today|yesterday),|\s)\s*"
    # ("received here today Chinese Ambassador …", "received in his office on Thursday …")
    r"(?:in\s+(?:his|her|their)\s+office\s+)?(?:here\s+)?(?:(?:on\s+)?(?:yesterday|today"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+)?"
    # ("received yesterday in audience, the Director General of …, Mr. Wu Peng")
    r"(?:in\s+(?:an\s+)?audience,?\s+)?"
    # ("received today at the Al Watan Palace, Vice Premier … Hu Chunhua")
    # (or "received at State House today …")
    # (or "received at the Republican Palace Wednesday the Chinese ambassador …")
    r"(?:at\s+(?:the\s+)?[A-Z][^,.;\n]{1,40}?(?:,\s+|\s+(?=(?:today|yesterday"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s)))?"
    r"(?:(?:today|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+)?(?:the\s+)?"
    r"(?:(?:visiting|new|outgoing|incoming|newly[\s-]appointed)\s+)?"
    # (and the name after a comma: "received the Chinese President, Xi Jinping")
    # ("the People’s Republic of China Ambassador to Sudan H.E. Ma Xinmin")
    rf"(?=(?:[A-Z][\w'’.-]*(?:['’]s)?\s+|of\s+(?=[A-Z])){{0,5}}{TITLE},?\s+"
    r"(?:(?:of|to)\s+(?:the\s+)?)?[A-Z]"
    # (or not named: "received his Chinese counterpart upon his arrival in Dakar")
    r"|(?:his|her|their)\s+(?:[A-Z][a-z]+\s+)?(?:counterpart|colleague)\b(?![’'])"
    # (a delegation and who led it: "received … Chinese senior delegation led by …")
    r"|(?:an?\s+)?(?:[\w-]+\s+){0,3}?delegation\s+led\s+by\s"
    # (one named before, by their post: "Kagame received the minister and his delegation")
    rf"|{TITLE}\s+and\s+(?:his|her|their)\s+delegation\b"
    # (or by whose delegation it was: "welcomed China's Foreign Minister's delegation")
    rf"|(?:[A-Z][\w'’.-]*(?:['’]s)?\s+){{0,3}}{TITLE}['’]s\s+delegation\b"
    # (a name, then its post after a comma: "Mr. Zhao Leji, Chairman of …")
    # ("received Amb. Jiang Zaidong, Ambassador of …")
    # ("received Wan Li, China's Ambassador to Tunisia")
    rf"|(?:{ADDRESS}\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,3}},\s+(?:the\s+)?"
    rf"(?:[A-Z][\w'’-]*['’]s\s+)?{TITLE})")
# "President Ruto received credentials from new Chinese ambassador … Guo Haiyan":
# who received them hosted the envoy, who took part
# ("received on Monday in the capital Mogadishu a copy of the credentials of the Ambassador …")
CREDENTIALS_FROM = re.compile(r"\s+(?:also\s+)?(?:receive[sd]?|accepted|accepts?)"
                              rf"(?:{_WHEN_AND_WHERE_RECEIVED}|\s+)"
                              r"(?:(?:a\s+)?cop(?:y|ies)\s+of\s+)?(?:the\s+|his\s+|her\s+)?"
                              r"(?:letters?\s+of\s+credence|credentials)\s+(?:of|from)\s+"
                              r"(?:the\s+)?", re.IGNORECASE)
# "President Nangolo Mbumba, who hosted Wang Yi in Swakopmund later on Monday, …":
# the host, and whom he hosted up to where and when
WHO_HOSTED = re.compile(r",\s+who\s+(?:also\s+)?(?:hosted|received|welcomed)\s+(?=[A-Z])")
WHERE_OR_WHEN = re.compile(r"\s+(?:in|at|on|during|later|earlier|yesterday|today)\b")
LED_BY = re.compile(r",?\s+(?:led|headed)\s+by\s", re.IGNORECASE)


def between_sides(words: str) -> str:
    """The words after "between", "A with B" read as "A and B", as some write it ("…
    a meeting between … Dr. Keith Rowley with Chinese Premier Li Keqiang Monday"); an "and"
    in a country's name ("Trinidad and Tobago's Prime Minister") joins no sides."""
    masked = countries_named_with_and().sub(
        lambda country: country.group().replace(" and ", " _n_ "), words)
    if re.search(r"\s(?:and|&)\s", masked) or not (found := _WITH.search(masked)):
        return words
    return f"{words[:found.start()]} and {words[found.end():]}"


_WITH = re.compile(r"\s+with\s+")
# "… during a meeting between the Chairman of the Mazhilis, Yerlan Koshanov, and
# the Ambassador of China, Han Chunlin": both took part (to the sentence's end)
# ("negotiations were held between the President of … and …")
MEETING_BETWEEN = re.compile(r"\b(?:(?:a|the|their|bilateral)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:meeting|talks|(?:phone|video)\s+call|conversation)"
                             r"(?:\s+(?:was|were)\s+held)?"
                             r"|(?:talks|negotiations|consultations)\s+(?:were|was)\s+held"
                             # ("following talks between President … and …, a ceremony …")
                             r"|(?:following|after|during)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:talks|negotiations|consultations)"
                             r")\s+between\s+"
                             # ("Beijing hosted a meeting of Uzbekistan's President … and his
                             # Chinese counterpart …": those who met, named)
                             r"|\b(?:a|the)\s+meeting\s+of\s+(?=(?-i:[A-Z])(?!the\b))",
                             re.IGNORECASE)
# "Federal Minister … Shaza Fatima Khawaja accompanied Prime Minister Shehbaz
# Sharif at the conference": both were there (the one accompanied up to where)
ACCOMPANIED = re.compile(r"\s+(?:also\s+)?accompanied\s+(?=(?-i:[A-Z]))", re.IGNORECASE)
ACCOMPANIED_TO = re.compile(r"\s+(?:at|to|on|during|for|in)\s", re.IGNORECASE)
# "… said during a meeting with the Chairman of CRCC, Mr. Dai Hegen": the one met
# took part (to the clause's end; of "Huawei's leadership, led by Mr. Liang Hua",
# the one who led it)
# ("… made the remarks while meeting with visiting Luo Zhaohui, head of …")
# ("… inked the deals … after meeting President Gloria Macapagal-Arroyo")
MEETING_WITH = re.compile(r"\b(?:(?:during|in|at|after|following|followed\s+by)\s+"
                          r"(?:a|the|his|her|their|its)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:meeting|talks)"
                          # ("after a meeting at the palace of Queluz in Lisbon with …")
                          r"(?:\s+(?:at|in)\s+[^,.;\n]{1,60}?)?\s+with\s+"
                          # ("said …, during joint statements with the President of …")
                          r"|(?:during|in|at)\s+(?:(?:a|the|his|her|their|its)\s+)?joint\s+"
                          r"(?:statements|press\s+conference|news\s+conference)\s+with\s+"
                          # ("Xi made the remarks when meeting with …", "when he met
                          # with …", "when he was meeting with …")
                          r"|(?:while|when|upon|on)\s+(?:(?:he|she|they)\s+(?:met|(?:was|were)"
                          r"\s+meeting)|meeting)\s+with\s+"
                          # ("… program includes meeting Hungarian Foreign Minister …")
                          r"|(?:while|after|before|when|includ(?:es|ed|ing))\s+meeting\s+"
                          r"(?=(?-i:[A-Z]))"
                          # ("Xi said after meeting privately here with Costa Rican President …")
                          r"|(?:while|after|before|when)\s+meeting\s+(?:(?:privately|separately"
                          r"|briefly|here|there|today|yesterday)\s+){1,3}with\s+)",
                          re.IGNORECASE)
# "Speaking after a meeting with his Chinese counterpart, Li Keqiang, here Monday,
# Rosario said …": the one who spoke after it met him (the sentence's subject)
SPOKE_AFTER_MEETING = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:Speaking\s+)?(?:after|following|during)\s+"
    r"(?:a|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks)\s+with\s+"
    r"[^.;\n]*,\s+(?P<who>(?-i:[A-Z])[^,.;\n]{1,80}?)\s+(?:said|told|noted|stressed|added"
    r"|stated)\b", re.IGNORECASE)
# "…," Qian said during his meeting with Lebanese Prime Minister …": the one who said it met
SAID_DURING_MEETING = re.compile(
    r"(?:^|(?<=[.!?”\"]\s)|(?<=,”\s)|(?<=,\"\s)|(?<=\n))(?P<who>(?-i:[A-Z])[^,.;\n“”\"]{1,60}?)"
    r"\s+(?:said|noted|stressed|added|told\s+\w+)\s+(?:during|at|after|in)\s+(?:his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:meeting|talks)\s+with\b")
# "China's top diplomat Wang Yi and U.S. National Security Advisor Jake Sullivan
# discussed …": those who discussed it took part (those before the verb alone;
# and those who "hold IV Strategic Cooperation Dialogue")
# ("Visiting Chinese Premier Li Keqiang and Kenyan President Uhuru Kenyatta agreed in
# Nairobi on Saturday to advance bilateral ties")
DISCUSSED = re.compile(r"\s+(?:(?:have|has|had)\s+)?(?:also\s+)?(?:discussed|exchanged\s+views\s+on"
                       r"|agreed(?=\s+(?:to|on|that|in|at|during)\b)"
                       # ("President Mnangagwa and his Chinese counterpart, …, resolved to")
                       r"|(?:resolved|pledged|vowed)(?=\s+to\b)"
                       # ("A and his Chinese counterpart, B, reached the agreement")
                       r"|reached\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:agreement|consensus)\b"
                       r"|(?:hold|holds|held)\s+(?:(?:a|an|the|their)\s+)?(?:[\w-]+\s+){0,5}?"
                       r"(?:dialogue|consultations)\b)\s*", re.IGNORECASE)
# "A discussed bilateral relations with his Chinese counterpart, B": with whom (to
# the clause's end after a comma too: the counterpart is named between commas)
DISCUSSED_WITH = re.compile(r"[^.;:!?\n]{0,80}?\bwith\s+(?=(?:his|her|their|the)\s|[A-Z])")


def inviters(text: str) -> Iterator[tuple[int, str]]:
    """(where, words) of each who invited someone: to the comma after their
    name ("At the invitation of Minister … N.Enkhtaivan, …"), or after the post
    following a name alone ("of N.Enkhtaivan, Minister of Foreign Affairs, …")."""
    for match in INVITATION.finditer(text):
        first, _comma, after = text[match.end():match.end() + 240].partition(",")
        if (not re.search(TITLE, first) and re.match(rf"\s*(?:the\s+)?{TITLE}", after)) or (
                re.search(r"\bcounterparts?\s*$", first)) or (
                re.fullmatch(rf"\s*(?:the\s+)?{TITLE}(?:\s+and\s+{TITLE})?\s+of\s+[^,]*",
                             first) and re.match(
                    r"\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3},", after)):
            # (a name alone, then its post; "his Chinese counterpart, Wang Yi"; a post,
            # then its holder: "the President of the People's Republic of China, Xi Jinping,",
            # "State Councilor and Foreign Minister of China, Qin Gang,")
            first = f"{first},{after.partition(',')[0]}"
        # (to the sentence's end: "… at the invitation of Xi Jinping. The …")
        yield match.end(), re.split(r"(?<=[a-z]{2})\.\s|[;\n]", first, maxsplit=1)[0]
