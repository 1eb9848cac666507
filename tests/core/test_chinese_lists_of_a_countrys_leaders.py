"""New event from text on Chinese reports of calls on a country's leaders:
after the first of a list names their country (尼泊尔总统鲍德尔), the posts
that follow it across 、 or 和 are that country's too, and the names kept as
written, not in pinyin (总理普拉昌达, 外长萨布里); a local post after a foreign
governor (澳大利亚南澳州州长魏杰、副省长夏耕) is no post of that country."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_a_presidents_country_goes_with_the_posts_listed_after_him(
        sample_store: Store) -> None:
    place_countries.prepare()
    text = ("在尼泊尔期间，王君正分别拜会了尼泊尔总统鲍德尔、总理普拉昌达、副总统亚达夫。"
            "在斯里兰卡期间，王君正拜会了斯里兰卡议长阿贝瓦德纳和外长萨布里。")
    offered = new_proposed(sample_store, text, "name", "position", "country")
    assert [found for found in offered if found[2] in ("NP", "LK")] == [
        ("鲍德尔", "总统", "NP"), ("普拉昌达", "总理", "NP"), ("亚达夫", "副总统", "NP"),
        ("阿贝瓦德纳", "议长", "LK"), ("萨布里", "外长", "LK")]


def test_a_local_post_after_a_foreign_governor_is_chinas(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("4月25日，首届山东省—南澳州合作发展论坛在济南举行。澳大利亚南澳州州长魏杰、"
            "副省长夏耕出席并致辞。")
    assert new_proposed(sample_store, text, "name", "position", "country") == [
        ("魏杰", "州长", "AU"), ("Xia Geng", "副省长", "")]
