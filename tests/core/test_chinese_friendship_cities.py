"""New event from text on Chinese reports of cities' friendship agreements and
a forum's secretariat signing with a province: a body, a name and a post in
that order (福建省商务厅黄河明厅长), not a body's board (香港科技大学校董会主席);
an embassy's 公参; those listed with their names in Latin letters after
(盛万纳(SENG VANNAK)); a Cambodian town's deputy mayor's name kept as
written; a country opening a body's name only whose it is (柬埔寨华人理事总会
hosted, not Cambodia); 两地 bodies no one's in particular; 外交部部长 unnamed
no person; a forum's secretariat no forum."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed

_PHNOM_PENH = (
    "汕头与金边缔结为友好交流城市\n"
    "8月12日下午，中国(汕头)—柬埔寨经贸文化合作交流会在柬埔寨金边举行。"
    "中国驻柬埔寨大使馆公参陈聪，金边市政府副市长盛万纳(SENG VANNAK)，柬华理事总会会长方侨生，"
    "中国驻柬埔寨大使馆、金边市政府、两地行业协会、企业代表等400多人参加了活动。"
    "本次经贸交流会由汕头市人民政府和柬埔寨华人理事总会主办。"
    "交流会上，汕头市委书记温湛滨和金边市副市长盛万纳共同签署协议。")


def test_a_friendship_agreement_of_two_cities(sample_store: Store) -> None:
    place_countries.prepare()
    assert "Cambodia" not in roles_proposed(sample_store, _PHNOM_PENH)
    assert new_proposed(sample_store, _PHNOM_PENH, "name", "role", "country", "position") == [
        ("Chen Cong", "attendee", "CN", "公参"),
        ("Fang Qiaosheng", "attendee", "", "会长"),
        # (金边市政府, listed again among those present, is 盛万纳's body, as the embassy is
        # Chen Cong's)
        ("汕头市人民政府", "host", "", ""),
        ("柬埔寨华人理事总会", "host", "KH", ""),
        ("Wen Zhanbin", "signatory", "", "书记"),
        ("盛万纳", "signatory", "KH", "副市长")]
    # (his name as he spells it, in brackets after it)
    assert ("盛万纳", "SENG VANNAK") in new_proposed(sample_store, _PHNOM_PENH, "name", "alias")


def test_a_secretariat_and_a_province_sign(empty_store: Store) -> None:
    text = ("中葡论坛常设秘书处与福建省商务厅签署经贸合作协议\n"
            "6月29日下午，中葡论坛常设秘书处与福建省商务厅在澳门签署了经贸合作协议，"
            "中葡论坛常设秘书处季先峥秘书长和福建省商务厅黄河明厅长分别代表各方在协议上签字。")
    with empty_store.session() as session:
        assert propose_event(session, text).event_type == "agreement signing"
    assert [(name, position, affiliation) for name, kind, position, affiliation in
            new_proposed(empty_store, text, "name", "kind", "position", "affiliation")
            if kind == "person"] == [
        ("Ji Xianzheng", "秘书长", "中葡论坛常设秘书处"), ("Huang Heming", "厅长", "福建省商务厅")]


def test_an_unnamed_minister_or_board_chairman_is_no_one(empty_store: Store) -> None:
    for text in ("外交部部长出席了论坛。", "外交部长出席了论坛。",
                 "香港科技大学校董会主席出席了论坛。"):
        assert new_proposed(empty_store, text, "name") == [], text
