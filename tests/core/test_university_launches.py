"""New event from text on a university's launches: a post of a district or
a province ("Deputy District Mayor", "vice-governor of Jilin province"), a
company's co-founder and CTO, those who attended a ceremony and signed, a
long list of people read whole, and one who "addresses" the ceremony or
spoke "At the ceremony,"."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed


def _offered(store: Store, text: str) -> list[tuple[str, ...]]:
    return new_proposed(store, text, "name", "role", "country", "position", "affiliation")


def test_those_who_attended_the_ceremony_and_signed_each_with_their_post(
        sample_store: Store) -> None:
    text = ("An AI research centre was officially established in Shenzhen on 19 November 2018. "
            "Ms. Mo Xiling, Deputy District Mayor of Shenzhen Yantian District, Dr. Huang "
            "Siming, Vice Head of the Department of Industrial Engineering, and Mr. Matt Scott, "
            "Co-founder and CTO from Malong Technologies attended the opening ceremony and "
            "signed an agreement.")
    assert _offered(sample_store, text) == [
        # a post of a district; the list runs past 200 characters before "signed"
        ("Mo Xiling", "signatory", "", "Deputy District Mayor of Shenzhen Yantian District", ""),
        # her post is not read back into the next name
        ("Huang Siming", "signatory", "", "Vice Head", "Department of Industrial Engineering"),
        # "attended … and signed": the signatories, each with the whole of their posts
        ("Matt Scott", "signatory", "", "Co-founder and CTO", "Malong Technologies")]


def test_a_speaker_at_the_ceremony_of_a_province_and_one_who_addresses_it(
        sample_store: Store) -> None:
    text = ("Jilin University launches AI college\n\n"
            "Experts gathered in Changchun on 26 May 2018 for the launching ceremony of the "
            "university's College of Artificial Intelligence. At the ceremony, Zhu Tianshu, "
            "vice-governor of Jilin province, spoke highly of the teachers' work. Wan Lijun, "
            "president of USTC, addresses the ceremony.")
    assert _offered(sample_store, text) == [
        # a province's post in small letters: of its country
        ("Zhu Tianshu", "speaker", "CN", "vice-governor of Jilin province", ""),
        ("Wan Lijun", "speaker", "", "president", "USTC")]
