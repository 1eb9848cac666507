"""New event from text on Tunisian and Maldivian reports: a headline's
countries that "sign" agreements the signatories when the text names no
others, two a dash apart too ("China-Kenya ink …"); "held in-depth talks
with"; a family name of two letters after a people's post ("Chinese
President Xi") the person named in full; a "secretary of state" a post, not
one of a body "State", and one whose post goes on "to the minister … in charge
of …" no end of the list; one who received an envoy named with "China's" before
his post; a portfolio's minister named by one name ("Economic Minister
Fayyaz")."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed, roles_proposed


def test_a_headlines_signatories_where_the_text_names_no_others(sample_store: Store) -> None:
    text = ("Maldives, China sign 20 agreements after state visit\n\n"
            "Chinese President Xi Jinping on Wednesday held in-depth talks with his Maldivian "
            "counterpart Mohamed Muizzu, after which the two countries signed 20 agreements.")
    assert roles_proposed(sample_store, text) == {"China": "signatory"}
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Maldives", "signatory", "MV"),
        ("Xi Jinping", "participant", "CN"),
        ("Mohamed Muizzu", "participant", "MV")]
    leaders = ("Maldivian leaders, Chinese President Xi sign several deals in Malé\n\n"
               "President Mohamed Muizzu received Chinese President Xi Jinping in Malé.")
    assert [name for name, in new_proposed(sample_store, leaders, "name")] == [
        "Xi Jinping", "Mohamed Muizzu"]


def test_a_secretary_of_state_and_a_post_going_on_to_the_minister(sample_store: Store) -> None:
    text = ("The agreement was signed by Hatem Ferjani, secretary of state, and Wang "
            "Xiaotao, head of China International Development Cooperation Agency.")
    assert new_proposed(sample_store, text, "name", "position", "affiliation") == [
        ("Hatem Ferjani", "secretary of state", ""),
        ("Wang Xiaotao", "head", "China International Development Cooperation Agency")]
    longer = ("The agreement was signed by Hatem Ferjani, secretary of state to the minister "
              "for foreign affairs in charge of economic diplomacy, and Wang Xiaotao, head of "
              "China International Development Cooperation Agency.")
    assert [name for name, in new_proposed(sample_store, longer, "name")] == [
        "Hatem Ferjani", "Wang Xiaotao"]


def test_an_envoy_received_and_a_minister_named_by_one_name(sample_store: Store) -> None:
    text = ("On April 2, 2025, Mohamed Ben Ayed, Secretary of State for Foreign Affairs, "
            "received Wan Li, China's Ambassador to Tunisia, at the ministry.")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Mohamed Ben Ayed", "host", ""), ("Wan Li", "participant", "CN")]
    signed = ("A ceremony was held in Malé today to sign the memorandum. Economic Minister "
              "Fayyaz signed on behalf of Maldives.")
    assert new_proposed(sample_store, signed, "name", "role", "position") == [
        ("Fayyaz", "representative", "Economic Minister")]
