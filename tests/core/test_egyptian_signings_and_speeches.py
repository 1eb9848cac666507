"""New event from text on Egyptian reports: a wire's dateline whose bracket
names the day ("CAIRO, Nov. 10 (UrduPoint / … - 10th Nov, 2021 ) :"), where
the city is no one and "on Tuesday" the day before; "President Abdel-Fattah
el-Sissi's visit" (a name's article joined by a dash) and one "accompanied
by" a minister between commas (who went along); a photo's caption ("FILE- …")
no part of the report; one "said" after a quotation named within his line;
"was addressing a celebration" (a speaker)."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_a_wire_naming_its_day_in_its_bracket(empty_store: Store) -> None:
    place_countries.prepare()
    text = ("China, Egypt sign cooperation deal\n"
            "CAIRO, Nov. 10 (UrduPoint / Pakistan Point News - 10th Nov, 2021 ) :Chinese "
            "Ambassador to Egypt Liao Liqiang and Egyptian Minister of International "
            "Cooperation Rania al-Mashat have signed an economic cooperation deal, the embassy "
            "said in a statement on Tuesday night.")
    with empty_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.date, proposal.place, proposal.country) == ("2021-11-09", "Cairo", "EG")
    assert [(new.name, new.role) for new in proposal.new_names] == [
        ("Liao Liqiang", "signatory"), ("Rania al-Mashat", "signatory")]


def test_a_presidents_visit_and_the_minister_with_him(empty_store: Store) -> None:
    text = ("Egypt and China signed agreements during President Abdel-Fattah el-Sissi's visit "
            "to Beijing. El-Sissi, accompanied by Egyptian Foreign Minister Sameh Shoukry, "
            "witnessed the signing on Wednesday.")
    assert [(name, role) for name, role, kind in new_proposed(
        empty_store, text, "name", "role", "kind") if kind == "person"] == [
        ("Abdel-Fattah el-Sissi", "witness"), ("Sameh Shoukry", "attendee")]


def test_a_photos_caption_and_an_ambassadors_address(empty_store: Store) -> None:
    place_countries.prepare()
    text = ("China, Egypt coordinate on international issues\n"
            "FILE- President Abdel Fatah al Sisi (L) and Chinese President Xi Jinping (R) "
            "during the G20 Summit in Hangzhou, China on September 4, 2016- Press Photo\n"
            "CAIRO - 26 September 2019: China works with Egypt on international issues, said "
            "Chinese Ambassador to Egypt Liao Liqian.\n"
            "Ambassador Liao was addressing a celebration held late Wednesday.")
    with empty_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.event_type, proposal.place) == ("", "Cairo")
    assert [(new.name, new.role, new.country) for new in proposal.new_names] == [
        ("Liao Liqian", "speaker", "CN")]
