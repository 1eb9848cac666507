"""New event from text on Kenyan reports of a new Chinese ambassador's first
calls: "received credentials from new Chinese ambassador … Guo Haiyan" (who
received them hosted), a host named once in full after a long post and then
by his family name alone ("… Diaspora Affairs Musalia Mudavadi", "Mudavadi
hosted …": the text's given name before it), "Ambassador of China to Kenya"
after a name (China's ambassador), "presented a copy of her credentials to" and
"paid a farewell call on" (the one presented to or called on hosted)."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_a_president_received_an_envoys_credentials(empty_store: Store) -> None:
    text = ("President Ruto receives credentials from new Chinese ambassador to Kenya Guo "
            "Haiyan\nPresident William Ruto said Kenya would keep working closely with China.")
    assert new_proposed(empty_store, text, "name", "role", "country") == [
        ("William Ruto", "host", ""), ("Guo Haiyan", "participant", "CN")]


def test_a_host_named_again_by_his_family_name(empty_store: Store) -> None:
    text = ("Chinese envoy to Kenya Guo Haiyan visits Mudavadi\n"
            "Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs "
            "Musalia Mudavadi welcomed the new ambassador on Thursday.\n"
            "Mudavadi hosted the new ambassador at his Railways HQ offices.")
    assert new_proposed(empty_store, text, "name", "role", "kind") == [
        ("Guo Haiyan", "participant", "person"), ("Musalia Mudavadi", "host", "person")]


def test_an_ambassador_of_a_country_to_another(empty_store: Store) -> None:
    text = ("On 16 January, H.E. Guo Haiyan, Ambassador of China to Kenya paid a courtesy call "
            "on H.E. Dr. Musalia Mudavadi.")
    assert new_proposed(empty_store, text, "name", "role", "country", "position")[0] == (
        "Guo Haiyan", "participant", "CN", "Ambassador of China to Kenya")


def test_a_possessive_is_no_given_name(empty_store: Store) -> None:
    text = ("China’s Tencent and Saudi Arabia’s stc signed a deal. Tencent signed it "
            "in Riyadh.")
    assert ("China’s Tencent", "person") not in new_proposed(empty_store, text, "name", "kind")


def test_a_copy_of_credentials_and_a_farewell_call(empty_store: Store) -> None:
    presented = ("Ambassador Guo Haiyan presented a copy of her credentials to Cabinet Secretary "
                 "Musalia Mudavadi on Monday.")
    assert new_proposed(empty_store, presented, "name", "role") == [
        ("Guo Haiyan", "participant"), ("Musalia Mudavadi", "host")]
    farewell = "Ambassador Zhou Pingjian paid a farewell call on President William Ruto."
    assert new_proposed(empty_store, farewell, "name", "role") == [
        ("Zhou Pingjian", "participant"), ("William Ruto", "host")]


def test_an_envoy_present_at_the_ceremony_named_with_his_rank_again(
        sample_store: Store) -> None:
    text = ("Present at the ceremony was the Chinese Ambassador to Kenya, Ambassador Zhou "
            "Pingjian.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Zhou Pingjian", "attendee", "CN", "Ambassador to Kenya")]
