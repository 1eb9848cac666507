"""Whether the sources' web addresses still answer, each sorted as the
analyst would: there, moved elsewhere, gone, failing, or unreachable."""

from __future__ import annotations

import socket

import pytest
from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.link_check import LinkState, check_link, check_links, source_links
from desktop.core.models import Event
from desktop.core.operations import Operations


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_each_answer_is_sorted_as_the_analyst_reads_it(news_site: str) -> None:
    assert check_link(f"{news_site}/news/waic.html") == LinkState("ok", "answers")
    assert check_link(f"{news_site}/news/removed.html") == LinkState("gone", "404 Not Found")
    assert check_link(f"{news_site}/old-article") == LinkState("moved", f"moved to {news_site}/")
    assert check_link(f"{news_site}/robots-only") == LinkState("failing", "403 Forbidden")
    assert check_link(f"{news_site}/no-head").state == "ok"  # asked again with GET
    port = _closed_port()
    assert check_link(f"http://127.0.0.1:{port}/a") == LinkState("unreachable", "refused")


def test_each_address_is_asked_once_and_progress_follows(news_site: str) -> None:
    seen: list[tuple[int, int]] = []
    urls = [f"{news_site}/news/waic.html", f"{news_site}/gone", f"{news_site}/news/waic.html"]
    states = check_links(urls, lambda done, total: seen.append((done, total)), workers=2)
    assert {url: state.state for url, state in states.items()} == {
        f"{news_site}/news/waic.html": "ok", f"{news_site}/gone": "gone"}
    assert seen[-1] == (2, 2)


def test_a_cancel_stops_the_checks(news_site: str) -> None:
    class Cancelled(Exception):
        pass

    def cancel(_done: int, _total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        check_links([f"{news_site}/a{i}" for i in range(50)], cancel, workers=2)


def test_the_links_are_the_web_addresses_of_the_sources(ops: Operations) -> None:
    (event,) = ops.create_event({"title": "WAIC 2025"}).ids("event")
    ops.add_source(event, {"publisher": "Xinhua", "url": "https://example.org/a"})
    ops.add_source(event, {"publisher": "Interview notes", "url": ""})
    with ops.store.session() as session:
        links = source_links(session, None)
        assert source_links(session, [event]) == links
        assert source_links(session, []) == []
    assert [(link.event_title, link.publisher, link.url, link.has_copy) for link in links] == [
        ("WAIC 2025", "Xinhua", "https://example.org/a", False)]


def test_the_command_line_lists_the_addresses_that_fail(
        sample_store: Store, news_site: str, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import main

    ops = Operations(sample_store, "Tester")
    with sample_store.session() as session:
        brazil, laos = (session.scalars(select(Event.id).where(Event.country == code)).first()
                        for code in ("BR", "LA"))
    assert brazil and laos
    ops.add_source(brazil, {"url": f"{news_site}/news/waic.html"})
    ops.add_source(laos, {"url": f"{news_site}/old-article"})
    assert main(["links", "--db", str(sample_store.path)]) == 0
    captured = capsys.readouterr()
    laos_title = "China and Laos Build AI Innovation Cooperation Center"
    assert captured.out.splitlines() == [
        f"moved\tmoved to {news_site}/\t{laos_title}\t{news_site}/old-article"]
    assert "1 of 2 addresses no longer answer as before" in captured.err
    assert main(["links", "--all", "--country", "BR", "--db", str(sample_store.path)]) == 0
    assert capsys.readouterr().out.startswith("ok\tanswers\t")
