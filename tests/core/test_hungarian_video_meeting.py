"""New event from text on Hungarian and Chinese reports of foreign ministers'
meetings: "met via video link with …, and signed an agreement" (who met, and
who signed: the one who met, not the words between), and a page's trail to
the article ("Home > China News", 当前位置：首页 > …) being no headline."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed

_VIDEO = ("Chinese, Hungarian foreign ministers meet online\n"
          "BEIJING, Dec. 13 (Xinhua) -- Chinese Foreign Minister Wang Yi on Tuesday met via "
          "video link with Hungarian Minister of Foreign Affairs and Trade Peter Szijjarto, "
          "and signed an agreement setting up a joint cooperation committee.")


def test_who_met_by_video_and_signed(sample_store: Store) -> None:
    assert roles_proposed(sample_store, _VIDEO) == {"Wang Yi": "signatory"}
    # (no name of words between him and "and" is offered)
    assert new_proposed(sample_store, _VIDEO, "name", "role", "country", "position") == [
        ("Peter Szijjarto", "participant", "HU", "Minister of Foreign Affairs and Trade")]


def test_who_met_virtually(empty_store: Store) -> None:
    text = "Wang Yi met virtually with Peter Szijjarto on Tuesday."
    assert new_proposed(empty_store, text, "name", "role") == [
        ("Wang Yi", "participant"), ("Peter Szijjarto", "participant")]


def test_a_pages_trail_is_no_headline(empty_store: Store) -> None:
    english = ("Home > China News\n"
               "Wang Yi Meets with Minister of Foreign Affairs and Trade Peter Szijjarto\n"
               "On September 25, 2018, Wang Yi met with Peter Szijjarto in New York.")
    chinese = ("当前位置：首页 > 新闻中心\n王毅会见匈牙利外长西雅尔托\n"
               "2018年9月25日，王毅在纽约会见匈牙利外长西雅尔托。")
    with empty_store.session() as session:
        assert propose_event(session, english).title == (
            "Wang Yi Meets with Minister of Foreign Affairs and Trade Peter Szijjarto")
        assert propose_event(session, chinese).title == "王毅会见匈牙利外长西雅尔托"
