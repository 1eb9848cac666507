"""New event from text on Indonesian reports of signings: an MoU "conducted
between" three parties, a body "of the Republic of Indonesia" (Indonesia only
whose it is), a company opening with its legal form "PT", a body named with
its country first ("the Indonesia Technology Alliance", no signing by
Indonesia), a "Coordinating Minister" and a company described as a "producer"."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed, roles_proposed


def test_an_mou_conducted_between_three_bodies_of_two_republics(sample_store: Store) -> None:
    text = ("Another MoU was conducted between the National Economic Council of the Republic of "
            "Indonesia, the Ministry of Commerce of the People's Republic of China, and the "
            "Fujian Provincial Government.")
    assert roles_proposed(sample_store, text) == {}  # (neither country signed it itself)
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("National Economic Council of the Republic of Indonesia", "signatory", "ID"),
        ("Ministry of Commerce (China)", "signatory", "CN"),
        ("Fujian Provincial Government", "signatory", "CN")]


def test_a_company_named_with_its_legal_form_first(sample_store: Store) -> None:
    text = ("Chinese battery maker GEM signed a deal with PT Vale Indonesia to build a plant in "
            "Central Sulawesi.")
    assert ("PT Vale Indonesia", "organization", "signatory", "ID") in new_proposed(
        sample_store, text, "name", "kind", "role", "country")


def test_a_body_named_with_its_country_first_is_no_signing_by_the_country(
        sample_store: Store) -> None:
    text = ("Indosat, the Indonesia Technology Alliance (ITA) and Tsinghua University have "
            "signed a memorandum of understanding to set up an AI application centre.")
    assert roles_proposed(sample_store, text) == {}  # (Indonesia only whose the alliance is)
    assert ("Indonesia Technology Alliance", "signatory", "ID") in new_proposed(
        sample_store, text, "name", "role", "country")


def test_signatories_with_indonesian_posts_and_a_chinese_producer(sample_store: Store) -> None:
    text = ("The agreement, signed by Coordinating Minister Airlangga Hartarto and Chinese "
            "Commerce Minister Wang Wentao, deepens industrial cooperation. Separately, Chinese "
            "battery materials producer GEM signed a deal with PT Vale Indonesia.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Airlangga Hartarto", "signatory", "", "Coordinating Minister"),
        ("Wang Wentao", "signatory", "CN", "Commerce Minister"),
        ("GEM", "signatory", "CN", ""),
        ("PT Vale Indonesia", "signatory", "ID", "")]
