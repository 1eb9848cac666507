"""A Chinese name written bare, without a post, where a report plainly uses
it for a person: 尹力会见了新加坡驻华大使陈海泉 (尹力, who met), 王毅同尹力举行会谈
(both sides).  Elsewhere two or three characters alone may as well be a
place (江苏, 吉林), a company (华为, 万达) or a word; so only a name opening with
one of the commonest family names, standing right before a verb of meeting
or saying (会见, 会谈, 表示 …) or right after one (会见了…, 同…会谈), and no
country, town or body, is taken for a person.
"""

from __future__ import annotations

import functools
import re

from desktop.core import place_countries
from desktop.core.chinese_names import chinese_person
from desktop.core.countries import named_country
from desktop.core.name_forms import CHINESE_NAME
from desktop.core.new_participant import NewName
from desktop.core.search import fold

# The commonest family names (simplified), which between them name most people
# in China; rarer ones, and those often opening a word (双, 中), are left out.
COMMON_FAMILY_NAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
    "毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关"
    "兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻"
    "祁蒲房滕屈饶解牟艾尤阳穆卓吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟应臧"
    "闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查苑迟邝")
_NAME = re.compile(CHINESE_NAME)
# What a body's, a place's or a post's name ends with, never a person's alone
# (李大使, 王部长, 张总, 李先生: one called by a post or a courtesy)
_NOT_A_NAME_END = re.compile(r"[会部局委院司厅处室所组团省市县区州镇村国方面层体代"
                             r"使长席任记员官总理士生]$")
_DID = (r"(?:\d{1,2}日)?(?:[上下]午|晚间?)?(?:在[\u4e00-\u9fff]{1,12}?)?"
        r"(?:会见|会晤|会谈|通电话|视频通话|拜会|接见|表示|说|指出|强调|介绍|致辞)")
# (会见了尹力一行; 同尹力举行会谈: not "与华为、…", a company in a list)
_MET = r"(?:会见了?|接见了?|拜会了?){name}(?:[，。；]|一行|$)"
_TALKED_WITH = r"[同与]{name}(?:举行|进行)?(?:会谈|会晤|通电话|视频通话)"


def bare_person(words: str, text: str) -> NewName | None:
    """The person ``words`` name, written bare where ``text`` has them meet or
    speak (see the module's docstring), in pinyin with the name as written; or None."""
    name = fold(words.strip()).removesuffix("一行").removesuffix("了")
    if not (_NAME.fullmatch(name) and name[0] in COMMON_FAMILY_NAMES) or (
            _NOT_A_NAME_END.search(name) or named_country(name) or _a_place(name)):
        return None
    folded = fold(text)
    quoted = re.escape(name)
    if re.search(rf"(?<![\u4e00-\u9fff]){quoted}{_DID}", folded) or any(
            re.search(pattern.format(name=quoted), folded) for pattern in (_MET, _TALKED_WITH)):
        return chinese_person(name, "")
    return None


def _a_place(name: str) -> bool:
    """Whether GeoNames knows the name as a town's (苏州, 武汉)."""
    return place_countries.is_prepared() and place_countries.country_of_place(name) is not None


@functools.lru_cache(maxsize=1)
def pinyin_family_names() -> frozenset[str]:
    """The common family names as English writes them ("Wang", "Mu"), read once."""
    from pypinyin import lazy_pinyin  # its tables take 0.2 s to load: only when needed
    return frozenset(lazy_pinyin(name)[0].capitalize() for name in COMMON_FAMILY_NAMES)
