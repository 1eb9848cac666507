"""A page listing several activities, each under its headline, read as one
item each and written as a table of events for the import."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.exchange.foreign_csv import ForeignCsvSource
from desktop.core.exchange.json_import import apply_import
from desktop.core.models import Participant
from desktop.core.operations import Operations
from desktop.core.page_items import PageTable, items_table, page_items, page_source


def _seed_like_page() -> str:
    return ("Skip to main content\n\nActivity Category: AI Engagement Activity\n\n"
            "Workshop on AI ethics in Hanoi\n\nA workshop on AI ethics met in Hanoi on "
            "March 3, 2025, organised by the China Institute of International Studies, with "
            "about 40 participants from Vietnam and China.\n\n"
            "Laos and China open a joint laboratory\n\nIn Vientiane on April 9, 2025, Laos "
            "and China opened a joint laboratory for AI applications in agriculture, the "
            "first of its kind in the country.\nIt will train 100 engineers a year.\n\n"
            "Footer: © 2025")


def test_a_page_is_one_item_a_headline_the_pages_own_lines_none() -> None:
    items = page_items(_seed_like_page())
    assert [item.splitlines()[0] for item in items] == [
        "Workshop on AI ethics in Hanoi", "Laos and China open a joint laboratory"]
    assert items[1].endswith("It will train 100 engineers a year.\nFooter: © 2025")


def _table(store: Store, page: str) -> PageTable:
    with store.session() as session:
        return items_table(session, page_items(page))


def test_one_news_item_is_no_page() -> None:
    assert page_items("China, Laos sign MoU\n\nVIENTIANE, March 14 (Xinhua) -- China and "
                      "Laos on Thursday signed a memorandum of understanding on artificial "
                      "intelligence cooperation in Vientiane, officials said.") == []


def test_the_table_reads_each_item_and_leaves_out_those_stored(sample_store: Store) -> None:
    page = _seed_like_page() + (
        "\n\nChina Signs AI Cooperation Pact with Brazil\n\nDuring a diplomatic meeting in "
        "Brazil on July 5, 2025, China's National Development and Reform Commission signed "
        "a series of agreements with Brazilian government agencies.")
    table = _table(sample_store, page)
    assert table.here_already == ["China Signs AI Cooperation Pact with Brazil"]
    rows = list(csv.DictReader(io.StringIO(table.text)))
    assert table.rows == len(rows) == 2
    first = rows[0]
    assert (first["title"], first["date"], first["place"], first["attendance"],
            first["attendance qualifier"], first["status"]) == (
        "Workshop on AI ethics in Hanoi", "2025-03-03", "Hanoi", "40", "approximately",
        "needs review")
    assert first["participants"].startswith("China Institute of International Studies "
                                            "(organizer)")
    assert first["notes"].startswith("From the pasted page:\nWorkshop on AI ethics in Hanoi")
    assert rows[1]["event type"] == "joint centre"


def test_an_item_stored_under_a_title_alike_on_its_days_is_left_out(
        sample_store: Store) -> None:
    """Imported, it would have been stored twice."""
    page = _seed_like_page() + (
        "\n\n8th World Artificial Intelligence Conference\n\nThe 8th World Artificial "
        "Intelligence Conference (世界人工智能大会), or WAIC, was held in Shanghai from July 28 "
        "to July 30, 2025, with representatives from more than 40 countries.")
    table = _table(sample_store, page)
    assert table.here_already == ["8th World Artificial Intelligence Conference (as “8th World "
                                  "Artificial Intelligence Conference (WAIC 2025)”)"]
    assert table.rows == 2


def test_a_chinese_roundup_numbered_as_such_pages_are() -> None:
    """Chinese paragraphs say in 50 characters what English says in 150, and a
    roundup numbers its headlines (一、, 1.), which are no part of a title."""
    page = ("本月人工智能合作动态\n\n"
            "一、中国—东盟人工智能合作论坛在南宁举行\n"
            "9月18日，中国—东盟人工智能合作论坛在广西南宁举行，来自东盟十国的300余名代表出席论坛。\n\n"
            "二、中老人工智能创新合作中心揭牌\n"
            "2025年2月23日，中老人工智能创新合作中心在万象揭牌，老挝技术与通信部部长出席仪式并致辞。\n\n"
            "版权所有 © 2025 新华网")
    assert [item.splitlines()[0] for item in page_items(page)] == [
        "中国—东盟人工智能合作论坛在南宁举行", "中老人工智能创新合作中心揭牌"]
    numbered = ("1. Workshop on AI ethics in Hanoi\nA workshop on AI ethics met in Hanoi on "
                "March 3, 2025, organised by the China Institute of International Studies, "
                "with about 40 participants.\n(2) Laos and China open a joint laboratory\nIn "
                "Vientiane on April 9, 2025, Laos and China opened a joint laboratory for AI "
                "applications in agriculture, the first in the country.")
    assert [item.splitlines()[0] for item in page_items(numbered)] == [
        "Workshop on AI ethics in Hanoi", "Laos and China open a joint laboratory"]


def test_an_articles_subheadings_are_no_activities() -> None:
    """Read as a page, an article with subheadings lost all but its first
    section to "Fill in a new event"."""
    article = ("Laos opens AI centre with Chinese help\n"
               "VIENTIANE, March 14 (Xinhua) -- Laos opened its first artificial intelligence "
               "centre on Thursday, built with Chinese support, officials said at the ceremony.\n"
               "Background\n"
               "The two countries agreed to cooperate on digital infrastructure some years "
               "ago, and the centre is the first result of that agreement, officials said.\n"
               "Reactions\n"
               "Observers in the region welcomed the opening, and several ministers are "
               "expected to visit the centre in the coming months, according to the ministry.")
    assert page_items(article) == []


def test_a_roundups_days_without_their_year_are_read_near_the_item_before(
        sample_store: Store) -> None:
    """A roundup gives the year once: 3月18日至19日 after an item of 12 March
    2025 is 18–19 March 2025."""
    page = ("人工智能国际合作动态\n\n"
            "一、中老人工智能创新合作中心揭牌\n"
            "2025年3月12日，中国—老挝人工智能创新合作中心在万象揭牌，工业和信息化部出席仪式。\n\n"
            "二、中国—东盟人工智能合作论坛举行\n"
            "3月18日至19日，论坛在广西南宁举行，由科学技术部和广西壮族自治区人民政府联合主办。\n")
    with sample_store.session() as session:
        table = items_table(session, page_items(page))
    rows = list(csv.DictReader(io.StringIO(table.text)))
    assert [row["date"] for row in rows] == ["2025-03-12", "2025-03-18/2025-03-19"]


def test_participants_not_yet_in_the_database_go_into_the_table_with_their_roles(
        empty_store: Store) -> None:
    page = _seed_like_page() + (
        "\n\nMalaysia and China sign a digital economy pact\n\nIn Kuala Lumpur on 14 March "
        "2025, Malaysia's Ministry of Digital and the China Institute of International "
        "Studies signed a memorandum, witnessed by Prime Minister Anwar Ibrahim.")
    rows = list(csv.DictReader(io.StringIO(_table(empty_store, page).text)))
    assert rows[0]["participants"] == "China Institute of International Studies (organizer)"
    assert rows[2]["participants"] == (
        "Ministry of Digital (Malaysia) (signatory); China Institute of International Studies "
        "(signatory); Anwar Ibrahim (witness)")


def test_the_import_stores_new_participants_as_the_page_describes_them(
        ops: Operations, tmp_path: Path) -> None:
    page = _seed_like_page() + (
        "\n\nMalaysia and China sign a digital economy pact\n\nIn Kuala Lumpur on 14 March "
        "2025, Malaysia's Ministry of Digital and the China Academy of Information and "
        "Communications Technology (CAICT) signed a memorandum, witnessed by Malaysian Prime "
        "Minister Anwar Ibrahim and Zhang Ming, vice chairman of the China Academy of "
        "Information and Communications Technology.\n\n"
        "中国—东盟人工智能合作论坛在南宁举行\n\n2025年4月9日，中国—东盟人工智能合作论坛在南宁"
        "举行。论坛由广西壮族自治区人民政府主办，中国科学院院长侯建国出席并致辞。")
    table = _table(ops.store, page)
    path = tmp_path / "pasted page.csv"
    path.write_text(table.text, encoding="utf-8")
    with ops.store.session() as session:
        plan = ForeignCsvSource(session, path, described=table.described).plan()
    apply_import(ops, plan, "fail")
    with ops.store.session() as session:
        stored = {p.name: p for p in session.scalars(select(Participant))}
        academy = stored["China Academy of Information and Communications Technology"]
        assert [alias.alias for alias in academy.aliases] == ["CAICT"]
        zhang, anwar, hou = stored["Zhang Ming"], stored["Anwar Ibrahim"], stored["Hou Jianguo"]
        assert (zhang.kind, zhang.position, zhang.affiliation_id) == (
            "person", "vice chairman", academy.id)
        assert (anwar.position, anwar.country) == ("Prime Minister", "MY")
        assert (hou.native_name, hou.position) == ("侯建国", "院长")
        assert stored["Ministry of Digital (Malaysia)"].country == "MY"
        # each once, however many rows and descriptions name it
        assert sorted(stored) == sorted(table.described)


def test_the_items_of_a_page_read_from_its_address_cite_the_page(empty_store: Store) -> None:
    page = ("AI Engagement Activities\nSource: Example Institute\n"
            "https://example.org/activities\n\n" + _seed_like_page())
    items = page_items(page)
    assert page_source(page, items) == ("https://example.org/activities", "Example Institute")
    rows = list(csv.DictReader(io.StringIO(_table(empty_store, page).text)))
    # no item names an address of its own
    assert {(row["source url"], row["source publisher"]) for row in rows} == {("", "")}
    with empty_store.session() as session:
        table = items_table(session, items, page_source(page, items))
    rows = list(csv.DictReader(io.StringIO(table.text)))
    assert {(row["source url"], row["source publisher"]) for row in rows} == {
        ("https://example.org/activities", "Example Institute")}
    # a page copied with no address above its items gives none
    assert page_source(_seed_like_page(), page_items(_seed_like_page())) == ("", "")
