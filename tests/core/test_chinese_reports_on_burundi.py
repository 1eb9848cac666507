"""New event from text on Chinese reports on Burundi: an evening where the
ambassador, "恩塔希拉贾部长助理" (an assistant minister, named before his post)
and "各司司长" (the directors of every department, no one by name) attended —
neither read as a body or a person (恩塔希拉贾部, "Ge Si")."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_an_assistant_minister_and_every_departments_director_are_no_new_names(
        sample_store: Store) -> None:
    text = ("2019年6月5日，驻布隆迪使馆外交官与布隆迪外交部官员举行联谊晚会。驻布隆迪大使李昌林和"
            "恩塔希拉贾部长助理、各司司长、部长办公室顾问等外交部主要官员出席活动。\n"
            "李昌林大使在致辞中感谢布外交部对中布合作所起的重要作用。")
    assert new_proposed(sample_store, text, "native_name", "country", "position") == [
        ("李昌林", "CN", "大使")]
