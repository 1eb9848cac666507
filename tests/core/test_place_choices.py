"""What the place field offers as one types: the dataset's places, then
towns with their countries."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.place_choices import PlaceChoice, PlaceChoices

USED = [("Vientiane", 12), ("Phnom Penh", 3), ("Shanghai World Expo Center", 2),
        ("Cambridge", 1), ("Luoyang, Henan Province", 1), ("萬象國際會議中心", 1)]


def _labels(typed: str, *, towns: bool = True) -> list[str]:
    place_countries.prepare()
    return [choice.label for choice in PlaceChoices(USED).matching(typed, towns=towns)]


def test_the_places_written_come_first_found_by_any_part() -> None:
    assert _labels("PENH")[0] == "Phnom Penh · 3 events"  # how many events have it
    assert _labels("henan")[0] == "Luoyang, Henan Province · 1 event"
    assert _labels("万象")[0] == "萬象國際會議中心 · 1 event"  # the other Chinese script


def test_a_town_already_written_is_not_offered_again_unless_its_name_is_shared() -> None:
    assert _labels("Vientiane") == ["Vientiane · 12 events"]
    cambridge = _labels("Cambridge")
    assert cambridge[:4] == ["Cambridge · 1 event", "Cambridge — United Kingdom",
                             "Cambridge — Canada", "Cambridge — United States"]


def test_a_town_writes_its_name_and_carries_its_country() -> None:
    place_countries.prepare()
    choices = PlaceChoices(USED).matching("Luang Pr", towns=True)
    assert choices == [PlaceChoice("Luang Prabang", "Luang Prabang — Laos", "LA")]
    chinese = PlaceChoices([]).matching("琅勃拉", towns=True)
    assert chinese[0].text == "琅勃拉邦" and chinese[0].country == "LA"
    assert chinese[0].label == "琅勃拉邦 (Luang Prabang) — Laos"


def test_provinces_and_states_come_among_the_towns_as_a_large_town() -> None:
    assert _labels("Yunn")[0] == "Yunnan — China (province)"  # not "Yunnan Sheng"
    assert _labels("广西") == ["广西 (Guangxi) — China (autonomous region)"]
    assert _labels("Bali")[0] == "Bali — Indonesia (province)"  # listed under its islands
    assert _labels("Punj")[:2] == ["Punjab — India (state)", "Punjab — Pakistan (province)"]
    paris = _labels("Pa")
    assert paris[0] == "Paris — France"  # larger than any province
    # A district of Bhutan or a department of France is not offered: the town is.
    vienne = _labels("Vienne")
    assert "Vienne — France" in vienne and not any("department" in line for line in vienne)
    assert not any("Bhutan" in line for line in paris)
    place_countries.prepare()
    yunnan = PlaceChoices([]).matching("云南", towns=True)[0]
    assert (yunnan.text, yunnan.country) == ("云南", "CN")


def test_no_towns_before_their_file_is_read_and_nothing_for_nothing_typed() -> None:
    assert _labels("Luang", towns=False) == []
    assert _labels("Hainan", towns=False) == ["Hainan — China (province)"]  # no file needed
    assert _labels("  ") == []
