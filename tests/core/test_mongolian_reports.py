"""New event from text on Mongolian reports: a name written with an initial
("Vice Minister G. Ganbayar"), of a ministry whose name holds commas and is
named after its people ("the Mongolian Ministry of Education, Culture, Science
and Sports"), a senior counsel as a post, one met "while meeting with
visiting" them, and a one-word name that is a person named in full before."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed, roles_proposed


def test_a_vice_minister_named_with_an_initial_and_a_co_chair_of_ours(
        sample_store: Store) -> None:
    text = ("The China-Mongolia Joint Committee on Science and Technology Cooperation held its "
            "fourth meeting in Ulan Bator. The meeting was co-chaired by Senior Counsel Ruan "
            "Xiangping of the Ministry of Science and Technology of China. Vice Minister G. "
            "Ganbayar of the Mongolian Ministry of Education, Culture, Science and Sports "
            "addressed the meeting.")
    assert roles_proposed(sample_store, text) == {
        "Ministry of Science and Technology": "co-host"}
    assert new_proposed(sample_store, text, "name", "role", "country", "position",
                        "affiliation") == [
        ("Ruan Xiangping", "co-host", "CN", "Senior Counsel",
         "Ministry of Science and Technology of China"),
        ("G. Ganbayar", "speaker", "MN", "Vice Minister",
         "Mongolian Ministry of Education, Culture, Science and Sports")]


def test_a_prime_minister_named_again_by_his_last_name(sample_store: Store) -> None:
    text = ("ULAN BATOR, Sept. 2 (Xinhua) -- Mongolia is ready to widen cooperation with China, "
            "Mongolian Prime Minister Luvsannamsrai Oyun-Erdene said Friday.\n\n"
            "Oyun-Erdene made the remarks while meeting with visiting Luo Zhaohui, head of the "
            "China International Development Cooperation Agency.")
    assert new_proposed(sample_store, text, "name", "kind", "role", "country") == [
        ("Luvsannamsrai Oyun-Erdene", "person", "speaker", "MN"),
        ("Luo Zhaohui", "person", "participant", "CN")]


def test_a_mongolian_name_in_chinese_after_a_post(sample_store: Store) -> None:
    text = "4月5日，蒙古总理奥云额尔登在国家宫会见沈敏娟大使，就双边关系交换意见。"
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("奥云额尔登", "participant", "MN", "总理"), ("Shen Minjuan", "participant", "", "大使")]
