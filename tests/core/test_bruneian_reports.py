"""New event from text on Bruneian reports: one who "had an audience with"
an envoy, named with his posts between commas before when ("…, on Saturday
had an audience with …"), forms of address no part of a name ("Haji",
"Madam", "Doctor"), and the country written as ISO names it ("Brunei
Darussalam") our Brunei, not a new one."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed, roles_proposed


def test_one_who_had_an_audience_named_before_when(sample_store: Store) -> None:
    text = ("BANDAR SERI BEGAWAN, Sept. 16 (Xinhua) -- Al-Muhtadee Billah, Crown Prince and "
            "Senior Minister at the Prime Minister's Office of Brunei Darussalam, on Saturday "
            "had an audience with Chinese ambassador Xiao Jianguo.\n\n"
            "Xiao presented his credentials to Brunei's Sultan Haji Hassanal Bolkiah on Sept. 13.")
    assert roles_proposed(sample_store, text) == {}
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Al-Muhtadee Billah", "participant", "BN"),
        ("Xiao Jianguo", "participant", "CN"),
        ("Hassanal Bolkiah", "host", "BN")]


def test_the_country_as_iso_names_it_is_ours(sample_store: Store) -> None:
    text = "The governments of Brunei Darussalam and China signed a cooperation plan."
    assert roles_proposed(sample_store, text) == {"Brunei": "signatory", "China": "signatory"}
    assert new_proposed(sample_store, text, "name") == []


def test_forms_of_address_before_a_name(sample_store: Store) -> None:
    text = ("Her Excellency Madam Yu Hong, Ambassador of China to Brunei, and Doctor Siti "
            "Norkhalbi Wahsalfelah, Acting Permanent Secretary, attended the celebration.")
    assert [name for name, in new_proposed(sample_store, text, "name")] == [
        "Yu Hong", "Siti Norkhalbi Wahsalfelah"]
