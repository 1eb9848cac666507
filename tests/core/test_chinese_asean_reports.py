"""New event from text on Chinese reports of China–ASEAN gatherings in Nanning:
a long list of dignitaries 、 apart who attended (its close, "…代表等近200人",
naming no one and no representative), a counsellor (参赞), a party post before
a state one (政治局常委、国务院副总理), one who "陪同出席" or spoke "现场", a
welcome speech (致欢迎辞), a speech by video (视频致辞) after ministers
unnamed, an expo's co-hosts after its name (博览会由…共同主办), and bodies named
by their kind (国际机构) naming no one."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_a_long_list_of_attendees_and_two_speakers(sample_store: Store) -> None:
    text = ("2018年3月28日，庆祝中国—东盟建立战略伙伴关系15周年国际研讨会在广西南宁开幕。"
            "东盟副秘书长黄英俊、广西壮族自治区人民政府副主席李彬、广西大学党委书记刘正东、"
            "新加坡驻华大使罗家良、中国—东盟中心秘书长杨秀萍、中国外交部亚洲司参赞姚文、"
            "东盟国家驻华使馆及驻南宁总领馆代表等近200人出席开幕式。\n\n"
            "李彬副主席在致辞中表示，广西是中国唯一与东盟陆海相连的省份。\n\n"
            "姚文参赞在致辞中表示，中国—东盟合作经历了考验。")
    assert new_proposed(sample_store, text, "name", "native_name", "role", "position") == [
        ("Huang Yingjun", "黄英俊", "attendee", "副秘书长"),
        ("Liu Zhengdong", "刘正东", "attendee", "书记"),
        ("罗家良", "", "attendee", "大使"),  # a Singaporean's name, as written
        ("Yang Xiuping", "杨秀萍", "attendee", "秘书长"),
        ("Li Bin", "李彬", "speaker", "副主席"),
        ("Yao Wen", "姚文", "speaker", "参赞")]


def test_a_vice_premier_with_a_party_post_and_ministers_who_accompanied_him(
        sample_store: Store) -> None:
    text = ("9月12日，第14届中国—东盟博览会在广西南宁国际会展中心开幕，中共中央政治局常委、"
            "国务院副总理张高丽出席开幕大会并发表主旨演讲。商务部国际贸易谈判代表兼副部长傅自应"
            "陪同出席并致辞，钱克明副部长陪同出席。\n"
            "中国—东盟博览会由中国商务部和东盟十国政府商务主管部门及东盟秘书处共同主办。")
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Zhang Gaoli", "speaker", "副总理"),
        ("Fu Ziying", "speaker", "副部长"),
        ("Qian Keming", "attendee", "副部长"),
        ("中国商务部", "co-host", ""),
        ("东盟秘书处", "co-host", "")]


def test_a_welcome_speech_and_a_speech_by_video(sample_store: Store) -> None:
    text = ("9月11日，中国-东盟经贸合作论坛在广西南宁举行。广西壮族自治区主席蓝天立现场致欢迎辞，"
            "商务部副部长任鸿斌出席论坛并致辞，东盟十国经贸部长及东盟秘书长林玉辉视频致辞。"
            "国际机构、知名专家学者和商界领袖约300余人出席论坛。")
    assert new_proposed(sample_store, text, "name", "role", "position", "remote") == [
        ("Lan Tianli", "speaker", "主席", False),
        ("Ren Hongbin", "speaker", "副部长", False),
        ("Lin Yuhui", "speaker", "秘书长", True)]
