"""The other names of well-known bodies: the short names (简称) Chinese texts
and lists give them, and their names in English.

A ministry's list writes 工信部 and 国家发改委 where our participants hold
工业和信息化部 and 国家发展和改革委员会; a colleague's English table writes
"Cyberspace Administration of China" for our 国家互联网信息办公室.  A participant
holding any name of a body below is matched (an import's names) and found (a
pasted text's) by the others too.

Only names that stand for one body wherever they are met: 发改委 alone is as
often a province's commission (广东省发改委), 国资委 a city's (上海市国资委), so
neither is here; nor are generic names ("Ministry of Commerce", 商务部), which
every country has.  Each name is written here in simplified characters; its
traditional spelling is made from it.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from desktop.core.search import fold

BODIES: tuple[tuple[str, ...], ...] = (
    ("国家发展和改革委员会", "国家发展改革委", "国家发改委",
     "National Development and Reform Commission", "NDRC"),
    ("工业和信息化部", "工信部", "Ministry of Industry and Information Technology", "MIIT"),
    ("科学技术部", "科技部", "Ministry of Science and Technology of China"),
    ("国家互联网信息办公室", "国家网信办", "中央网信办", "Cyberspace Administration of China",
     "State Internet Information Office"),
    ("国务院新闻办公室", "国务院新闻办", "国新办", "State Council Information Office", "SCIO"),
    ("国家国际发展合作署", "国合署", "China International Development Cooperation Agency",
     "CIDCA"),
    ("国家数据局", "National Data Administration"),
    ("国家市场监督管理总局", "市场监管总局", "State Administration for Market Regulation",
     "SAMR"),
    ("国家标准化管理委员会", "国家标准委", "Standardization Administration of China"),
    ("国家知识产权局", "China National Intellectual Property Administration", "CNIPA"),
    ("中国人民银行", "People's Bank of China", "PBOC"),
    ("中国科学院", "中科院", "Chinese Academy of Sciences"),
    ("中国社会科学院", "中国社科院", "Chinese Academy of Social Sciences", "CASS"),
    ("中国科学技术协会", "中国科协", "China Association for Science and Technology",
     "Chinese Association for Science and Technology"),
    ("中国信息通信研究院", "中国信通院", "信通院",
     "China Academy of Information and Communications Technology", "CAICT"),
    ("中国电子技术标准化研究院", "China Electronics Standardization Institute", "CESI"),
    ("中国国际贸易促进委员会", "中国贸促会",
     "China Council for the Promotion of International Trade", "CCPIT"),
    ("中国外文出版发行事业局", "中国外文局", "外文局", "China International Communications Group",
     "China International Publishing Group", "CICG"),
    ("新华通讯社", "新华社", "Xinhua News Agency"),
    ("中央广播电视总台", "China Media Group", "China Media Group (CMG)"),
    ("中国—东盟中心", "ASEAN-China Centre", "ASEAN-China Center"),
    ("东南亚国家联盟", "东盟", "Association of Southeast Asian Nations", "ASEAN"),
    ("上海合作组织", "上合组织", "Shanghai Cooperation Organisation",
     "Shanghai Cooperation Organization", "SCO"),
    ("亚洲太平洋经济合作组织", "亚太经合组织", "Asia-Pacific Economic Cooperation", "APEC"),
    ("中非合作论坛", "Forum on China-Africa Cooperation", "FOCAC"),
    ("非洲联盟", "非盟", "African Union"),
    ("联合国教育、科学及文化组织", "联合国教科文组织", "教科文组织",
     "United Nations Educational, Scientific and Cultural Organization", "UNESCO"),
    ("国际电信联盟", "国际电联", "International Telecommunication Union", "ITU"),
    ("世界贸易组织", "世贸组织", "World Trade Organization", "WTO"),
    ("世界卫生组织", "世卫组织", "World Health Organization"),
    ("世界知识产权组织", "World Intellectual Property Organization", "WIPO"),
)


# Names that stand for the body in a cell of their own, but not in running
# text, where a country before them may make them its own (柬埔寨科技部).
_ALONE_ONLY = frozenset({"科技部"})


def _key(name: str) -> str:
    """A name of the list as looked up: its case and runs of spaces set aside.  Not
    ``search.fold``, whose conversion to simplified characters would cost a
    tenth of a second over 20 000 participants' names; the traditional
    spellings are listed instead (``_bodies_by_name``)."""
    return " ".join(name.casefold().split())


@cache
def _bodies_by_name() -> dict[str, int]:
    """Each name (simplified, traditional and folded, by ``_key``) to the
    body it names (its place in BODIES)."""
    import opencc

    traditional = opencc.OpenCC("s2t")
    found: dict[str, int] = {}
    for number, names in enumerate(BODIES):
        for name in names:
            for spelling in (name, traditional.convert(name), fold(name)):
                found[_key(spelling)] = number
    return found


def other_names(names: Iterable[str], *, in_text: bool = False) -> list[str]:
    """The names of the well-known bodies any of ``names`` names, but for
    those given; [] for a body not listed.  ``in_text``: only those that
    name the body in running text too."""
    table, held = _bodies_by_name(), [name for name in names if name]
    # casefold alone: 20 000 participants' names are looked up per name finder
    bodies = sorted({number for name in held
                     if (number := table.get(name.casefold())) is not None})
    if not bodies:
        return []
    given = {fold(name) for name in held}
    return [name for number in bodies for name in BODIES[number]
            if fold(name) not in given and not (in_text and name in _ALONE_ONLY)]
