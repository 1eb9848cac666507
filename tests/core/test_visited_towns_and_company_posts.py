"""New event from text on visits to a town and on the posts of a company's
heads: "visited Abu Dhabi" names where the visit was, not who hosted it; a
Gulf ruler's "Sheikh" after his post is a form of address; "Also present was
Dr. …" reads past the doctor's dot; "chairman of Inria Chile" is a post at a
company's branch named with its country; "the chairman and CEO of …, Wang
Lei" keeps both posts."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_a_visited_town_is_the_place_and_no_host(sample_store: Store) -> None:
    place_countries.prepare()  # the towns, as the dialog reads them beside it
    text = ("Kenyan president ends Gulf tour\n\n"
            "President William Ruto visited Abu Dhabi on Tuesday, where he met the Chinese "
            "Vice Premier Ding Xuexiang.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.place, proposal.country) == ("Abu Dhabi", "AE")
    assert [(new.name, new.role) for new in proposal.new_names] == [
        ("William Ruto", "participant"), ("Ding Xuexiang", "participant")]


def test_a_visited_company_still_hosts(sample_store: Store) -> None:
    place_countries.prepare()
    text = "A delegation from the Ministry of Health of Laos visited Abu Dhabi Ports on Monday."
    assert ("Abu Dhabi Ports", "host") in new_proposed(sample_store, text, "name", "role")


def test_sheikh_after_a_post_is_a_form_of_address(sample_store: Store) -> None:
    text = ("UAE President Sheikh Mohamed bin Zayed Al Nahyan received Chinese Vice Premier "
            "Ding Xuexiang.")
    assert new_proposed(sample_store, text, "name", "position", "affiliation", "country")[0] == (
        "Mohamed bin Zayed Al Nahyan", "President", "", "AE")


def test_one_also_present_named_as_doctor(sample_store: Store) -> None:
    text = ("The agreement was signed by Rosa Devés. Also present was Dr. Anil Jayantha of the "
            "University of Colombo.")
    assert new_proposed(sample_store, text, "name", "role", "affiliation") == [
        ("Rosa Devés", "signatory", ""),
        ("Anil Jayantha", "attendee", "University of Colombo")]


def test_the_head_of_a_company_branch_named_with_its_country(sample_store: Store) -> None:
    text = ("The agreement was signed by Claude Puech, chairman of Inria Chile, and the "
            "chairman and CEO of Huawei Chile, Wang Lei.")
    assert new_proposed(sample_store, text, "name", "position", "affiliation", "country") == [
        ("Claude Puech", "chairman", "Inria Chile", "CL"),
        ("Wang Lei", "chairman and CEO", "Huawei Chile", "CL")]
