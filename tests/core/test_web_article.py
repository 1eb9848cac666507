"""New event from text given a web address: the page saved, its article read."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from desktop.core.saved_copies import CopyError, SavedCopies
from desktop.core.web_article import read_web_article, web_address

ARTICLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>China, Vietnam hold AI cooperation dialogue - Xinhua</title>
<meta property="og:site_name" content="Xinhua">
<meta property="article:published_time" content="2025-10-15T18:20:00+08:00">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/china">China</a></nav>
<article><h1>China, Vietnam hold AI cooperation dialogue in Hanoi</h1>
<p>HANOI, Oct. 15 (Xinhua) -- China and Vietnam held their first dialogue on artificial
intelligence cooperation in Hanoi on Wednesday, attended by more than 200 officials,
scholars and business representatives.</p>
<p>The dialogue was co-organized by Vietnam's Ministry of Science and Technology and
China's Ministry of Industry and Information Technology (MIIT). Vietnamese Deputy Prime
Minister Nguyen Chi Dung delivered a keynote speech.</p></article>
<aside>Most read: <a href="/x">Stock markets close higher</a></aside>
<footer>Copyright Xinhua 2025. All rights reserved.</footer>
</body></html>"""


def _site(tmp_path: Path) -> Path:
    """The folder the ``web_page`` server serves."""
    news = tmp_path / "site" / "news"
    news.mkdir(parents=True, exist_ok=True)
    return news


def test_a_pages_article_is_read_as_pasted_text_and_the_page_is_saved(
        empty_store: Store, tmp_path: Path, web_page: str) -> None:
    (_site(tmp_path) / "dialogue.html").write_text(ARTICLE, encoding="utf-8")
    url = f"{web_page}/news/dialogue.html"
    article = read_web_article(url, empty_store.path)
    lines = article.text.splitlines()
    assert lines[:4] == ["China, Vietnam hold AI cooperation dialogue in Hanoi",
                         "Published: 2025-10-15", "Source: Xinhua", url]
    # the article, not the menus, links and footer around it
    assert "attended by more than 200 officials" in article.text
    for around in ("Home", "Stock markets", "Copyright"):
        assert around not in article.text
    saved = SavedCopies(empty_store.path).path_of(article.copy_sha256, article.copy_name)
    assert saved.read_text(encoding="utf-8") == ARTICLE
    with empty_store.session() as session:
        proposal = propose_event(session, article.text)
    assert (proposal.title, proposal.date, proposal.place, proposal.publisher,
            proposal.published, proposal.url) == (
        "China, Vietnam hold AI cooperation dialogue in Hanoi", "2025-10-15", "Hanoi",
        "Xinhua", "2025-10-15", url)
    assert [(new.name, new.role) for new in proposal.new_names][-1] == (
        "Nguyen Chi Dung", "speaker")


def test_a_text_file_is_read_as_it_is_and_a_page_with_no_text_is_said_to_be(
        empty_store: Store, tmp_path: Path, web_page: str) -> None:
    (_site(tmp_path) / "note.txt").write_text("Laos and China open an AI lab\n\nIn Vientiane…",
                                              encoding="utf-8")
    article = read_web_article(f"{web_page}/news/note.txt", empty_store.path)
    assert article.text.startswith("Laos and China open an AI lab\n\nIn Vientiane…")
    (_site(tmp_path) / "empty.html").write_text("<html><body><img src=\"chart.png\"></body></html>",
                                                encoding="utf-8")
    with pytest.raises(CopyError, match="holds no text to read"):
        read_web_article(f"{web_page}/news/empty.html", empty_store.path)
    with pytest.raises(CopyError, match="could not be saved"):
        read_web_article(f"{web_page}/news/gone.html", empty_store.path)


@pytest.mark.parametrize(("text", "address"), [
    ("https://english.news.cn/20251015/abc.html", "https://english.news.cn/20251015/abc.html"),
    ("  http://example.org/a?b=1 \n", "http://example.org/a?b=1"),
    ("See https://example.org/a for more", ""),  # a text holding an address
    ("ftp://example.org/a", ""),
    ("", ""),
])
def test_a_text_is_a_web_address_when_it_is_one_alone(text: str, address: str) -> None:
    assert web_address(text) == address


ROUNDUP = """<html><head><title>AI Engagement Activities | Example Institute</title></head><body>
<nav>Skip to main content | Home | Research | About</nav>
<main><h1>AI Engagement Activities</h1>
<h2>Workshop on AI ethics in Hanoi</h2>
<p>A workshop on AI ethics met in Hanoi on March 3, 2025, organised by the China Institute of
International Studies, with about 40 participants from Vietnam and China.</p>
<h2>Laos and China open a joint laboratory</h2>
<p>In Vientiane on April 9, 2025, Laos and China opened a joint laboratory for AI
applications in agriculture, the first of its kind in the country.</p>
</main><footer>© 2025 Example Institute</footer></body></html>"""


def test_a_page_listing_activities_is_read_with_its_headlines_and_no_guessed_day(
        empty_store: Store, tmp_path: Path, web_page: str) -> None:
    from desktop.core.page_items import page_items

    (_site(tmp_path) / "roundup.html").write_text(ROUNDUP, encoding="utf-8")
    article = read_web_article(f"{web_page}/news/roundup.html", empty_store.path)
    # the first activity's day is no day the page was published on
    assert "Published:" not in article.text
    assert [item.splitlines()[0] for item in page_items(article.text)] == [
        "Workshop on AI ethics in Hanoi", "Laos and China open a joint laboratory"]
