"""New event from text on memoranda exchanged at a ceremony, a ministry
named with its people's adjective, and a minister who joined a session."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed, roles_proposed


def _offered(store: Store, text: str) -> list[tuple[str, ...]]:
    return new_proposed(store, text, "name", "role", "country", "position")


def test_a_memorandum_exchanged_is_signed_by_those_who_exchanged_it(
        sample_store: Store) -> None:
    text = ("Laos and China boost digital cooperation\n\n"
            "VIENTIANE, March 12 2025 (KPL) – The Lao Ministry of Technology and Communications "
            "and China's Guangxi Zhuang Autonomous Region exchanged a memorandum of cooperation "
            "on digital economy at a ceremony in Vientiane on Tuesday. Minister of Technology "
            "and Communications Boviengkham Vongdara and Guangxi Vice Chairman Liu Ning "
            "exchanged the documents.")
    assert roles_proposed(sample_store, text) == {
        "Guangxi Zhuang Autonomous Region": "signatory"}
    assert _offered(sample_store, text) == [
        # "the Lao Ministry of …" as "Laos's Ministry of …"
        ("Ministry of Technology and Communications (Laos)", "signatory", "LA", ""),
        ("Boviengkham Vongdara", "signatory", "", "Minister of Technology and Communications"),
        ("Liu Ning", "signatory", "CN", "Vice Chairman")]


def test_a_minister_who_joined_a_session_took_part(sample_store: Store) -> None:
    text = ("ASEAN Digital Ministers' Meeting held in Bangkok\n\n"
            "BANGKOK, 16 January 2025 — The 5th ASEAN Digital Ministers' Meeting (ADGMIN) was "
            "held in Bangkok on 16 January, chaired by Thailand's Minister of Digital Economy "
            "and Society Prasert Jantararuangtong. China's Minister of Industry and Information "
            "Technology Li Lecheng joined the ASEAN-China session, where the ministers adopted "
            "the ASEAN-China Digital Work Plan 2025.")
    assert _offered(sample_store, text) == [
        ("Prasert Jantararuangtong", "host", "TH", "Minister of Digital Economy and Society"),
        ("Li Lecheng", "participant", "CN", "Minister of Industry and Information Technology")]
    # not "joined hands with": partners, both taking part
    partners = ("Huawei Cloud joined hands with the Thailand Board of Investment to train "
                "engineers.")
    assert [(name, role) for name, role, *_rest in _offered(sample_store, partners)] == [
        ("Huawei Cloud", "participant"), ("Thailand Board of Investment", "participant")]


def test_a_provinces_government_named_after_it_is_of_its_country(sample_store: Store) -> None:
    text = ("China-Africa Internet Development and Cooperation Forum opens in Xiamen\n\n"
            "XIAMEN, April 2, 2025 -- The 2025 China-Africa Internet Development and Cooperation "
            "Forum opened in Xiamen on Wednesday. More than 300 representatives from over 20 "
            "African countries attended the forum, which was jointly hosted by the Cyberspace "
            "Administration of China and the People's Government of Fujian Province.")
    assert roles_proposed(sample_store, text) == {"State Internet Information Office": "co-host"}
    # "of Fujian Province", as "Fujian Provincial …", is China's
    assert _offered(sample_store, text) == [
        ("People's Government of Fujian Province", "co-host", "CN", "")]


def test_those_who_officially_launched_a_lab_and_the_speakers_at_the_launch(
        sample_store: Store) -> None:
    text = ("Brazil, China launch AI joint lab in São Paulo\n\n"
            "SÃO PAULO, May 8, 2025 — The University of São Paulo (USP) and Tsinghua University "
            "officially launched the Brazil-China Joint Laboratory for Artificial Intelligence "
            "on Thursday. Speakers at the launch included USP Rector Carlos Gilberto Carlotti "
            "Junior, Tsinghua Vice President Yang Bin and Brazilian Minister of Science, "
            "Technology and Innovation Luciana Santos.")
    assert [(name, role) for name, role, *_rest in _offered(sample_store, text)] == [
        ("University of São Paulo", "participant"), ("Tsinghua University", "participant"),
        # its name without the day it was launched on
        ("Brazil-China Joint Laboratory for Artificial Intelligence", "established (outcome)"),
        ("Carlos Gilberto Carlotti Junior", "speaker"), ("Yang Bin", "speaker"),
        ("Luciana Santos", "speaker")]


def test_a_seminar_held_jointly_and_a_senior_minister_of_state(sample_store: Store) -> None:
    text = ("2025年9月3日，中国—新加坡人工智能合作研讨会在新加坡举行。研讨会由中国驻新加坡大使馆和"
            "新加坡资讯通信媒体发展局联合举办。中国驻新加坡大使曹忠明、新加坡数码发展及新闻部高级"
            "政务部长杨莉明出席并致辞。")
    assert _offered(sample_store, text) == [
        # 联合举办: those who held it together co-host it
        ("中国驻新加坡大使馆", "co-host", "CN", ""),
        ("新加坡资讯通信媒体发展局", "co-host", "SG", ""),
        ("Cao Zhongming", "speaker", "CN", "驻新加坡大使"),
        # 高级政务部长, Senior Minister of State; a Singaporean name kept as written
        ("杨莉明", "speaker", "SG", "高级政务部长")]


def test_a_joint_initiatives_bodies_and_those_who_cut_the_ribbon_take_part(
        sample_store: Store) -> None:
    text = ("Cambodia, China open AI training centre in Phnom Penh\n\n"
            "PHNOM PENH, Aug 5, 2025 — The Cambodia-China Artificial Intelligence Training "
            "Centre was inaugurated at the Royal University of Phnom Penh on Tuesday. The centre "
            "is a joint initiative of the Ministry of Post and Telecommunications of Cambodia "
            "and the Yunnan Provincial Department of Science and Technology. Minister of Post "
            "and Telecommunications Chea Vandeth and Chinese Ambassador to Cambodia Wang Wenbin "
            "cut the ribbon.")
    assert _offered(sample_store, text) == [
        ("Cambodia-China Artificial Intelligence Training Centre", "established (outcome)", "",
         ""),
        ("Ministry of Post and Telecommunications (Cambodia)", "participant", "KH", ""),
        # (of Yunnan, a province of China)
        ("Yunnan Provincial Department of Science and Technology", "participant", "CN", ""),
        ("Chea Vandeth", "participant", "", "Minister of Post and Telecommunications"),
        ("Wang Wenbin", "participant", "CN", "Ambassador to Cambodia")]
