"""The country a place gives: the one it names, its region's (ISO 3166-2) or
its town's (GeoNames), as an analyst writes a place in English or Chinese."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from desktop.core import place_countries
from desktop.core.place_countries import country_of_place


@pytest.mark.parametrize(("place", "code", "told_by"), [
    ("Luoyang", "CN", "Luoyang"),
    ("Luoyang, Henan Province", "CN", "Luoyang"),
    ("Davos", "CH", "Davos"),  # a town of 11 000
    ("Lancang-Mekong Cooperation Center, Vientiane", "LA", "Vientiane"),
    ("Sao Paulo", "BR", "Sao Paulo"),  # without its accent
    ("St. Petersburg", "RU", "St. Petersburg"),  # Saint Petersburg, far larger than Florida's
    ("Paris", "FR", "Paris"),  # Paris, Texas is a small town
    ("洛阳市", "CN", "洛阳市"),
    ("萬象", "LA", "萬象"),  # Vientiane, in traditional characters
    ("日内瓦", "CH", "日内瓦"),
    ("广西南宁", "CN", "广西"),  # the region comes first
    ("南宁市青秀区", "CN", "南宁市"),
    ("曼谷国际会议中心", "TH", "曼谷"),
    ("云南", "CN", "云南"),  # Japan's 雲南市 is not read as Yunnan
    ("Hainan", "CN", "Hainan"),
    ("Queensland", "AU", "Queensland"),
])
def test_a_place_gives_the_country_of_its_town_or_region(place: str, code: str,
                                                         told_by: str) -> None:
    found = country_of_place(place)
    assert found is not None
    assert (found.code, found.name, found.names_country) == (code, told_by, False)


@pytest.mark.parametrize(("place", "code", "named"), [
    ("Vientiane, Laos", "LA", "Laos"),
    ("Shangri-La Hotel, Singapore", "SG", "Singapore"),
    ("老挝万象", "LA", "老挝万象"),
    ("中国北京", "CN", "中国北京"),
    ("Hong Kong", "HK", "Hong Kong"),
])
def test_a_place_that_names_its_country_gives_it(place: str, code: str, named: str) -> None:
    found = country_of_place(place)
    assert found is not None
    assert (found.code, found.name, found.names_country) == (code, named, True)


@pytest.mark.parametrize(("place", "likeliest"), [
    ("Cambridge", ("GB", "CA", "US")),
    ("Hyderabad", ("IN", "PK")),
    ("Bali", ("ID", "IN")),  # Indonesia's province, and a town of 300 000 in India
    ("Punjab", ("IN", "PK")),
    # (a capital only a little larger than a town of its name abroad: Costa Rica's and
    # the large San Jose of the United States; Jamaica's, and Norfolk Island's)
    ("San José", ("CR",)),
    ("Kingston", ("JM", "CA")),
])
def test_a_name_several_countries_have_is_answered_with_them(
        place: str, likeliest: tuple[str, ...]) -> None:
    found = country_of_place(place)
    assert found is not None and found.code is None
    assert found.codes[:len(likeliest)] == likeliest


@pytest.mark.parametrize(("place", "code"), [
    ("Athens", "GR"), ("Apia", "WS"), ("Tripoli", "LY"), ("Santiago", "CL"),
    ("Georgetown", "GY"),
    # (the Bahamas' district of its name, with no town so named, no rival)
    ("San Salvador", "SV")])
def test_a_capital_well_larger_than_its_namesakes_is_its_countrys(place: str,
                                                                   code: str) -> None:
    found = country_of_place(place)
    assert found is not None and found.code == code


@pytest.mark.parametrize("place", ["", "  ", "National Convention Center", "Asia", "Online",
                                   "国家会议中心", "GA"])
def test_a_place_that_says_nothing_of_a_country_gives_none(place: str) -> None:
    assert country_of_place(place) is None


def test_the_towns_are_read_once_into_the_cache_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert not place_countries.is_prepared()
    made = place_countries.prepare()
    assert made.parent.parent == tmp_path and made.is_file()
    assert place_countries.is_prepared()
    assert [path.name for path in made.parent.iterdir()] == [made.name]  # no part left over
    stamp = made.stat().st_mtime_ns
    assert country_of_place("Kunming") is not None
    assert made.stat().st_mtime_ns == stamp  # read, not written again


def test_a_cache_folder_that_cannot_be_written_leaves_the_towns_in_the_temporary_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temporary"))
    (tmp_path / "temporary").mkdir()
    assert not place_countries.is_prepared()
    found = country_of_place("Kunming")
    assert found is not None and found.code == "CN"
    assert place_countries.is_prepared()
    assert [path.name for path in (tmp_path / "temporary").iterdir()] == [
        f"engagement-curator-{place_countries.cache_file().name}"]


def test_a_damaged_towns_file_is_read_again_from_the_package(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    made = place_countries.prepare()
    made.write_bytes(b"not a database at all" * 100)  # as a disk's fault might leave it
    found = country_of_place("Kunming")
    assert found is not None and found.code == "CN"
    assert made.read_bytes().startswith(b"SQLite format 3")


def test_the_towns_of_an_earlier_version_are_removed_once_read_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = place_countries.cache_file().parent
    folder.mkdir(parents=True)
    older = folder / "towns-29665391-3.sqlite"
    older.write_bytes(b"towns as an earlier version read them")
    kept = folder / "settings.ini"
    kept.write_text("not the towns'", encoding="utf-8")
    made = place_countries.prepare()
    assert sorted(path.name for path in folder.iterdir()) == sorted([made.name, kept.name])


def _starting(typed: str) -> list[tuple[str, str]]:
    place_countries.prepare()
    return [(town.name, town.code) for town in place_countries.towns_starting(typed)]


def test_the_towns_beginning_with_what_is_typed_are_the_largest_first() -> None:
    assert _starting("Vien")[:3] == [("Vienna", "AT"), ("Vientiane", "LA"), ("Vienne", "FR")]
    assert _starting("Geneva") == [("Geneva", "CH"), ("Geneva", "US")]
    assert _starting("Kunm")[0] == ("Kunming", "CN")
    assert _starting("St. Pe")[0] == ("Saint Petersburg", "RU")  # as the town is named
    assert _starting("萬象") == [("万象", "LA")]  # either script; the name as GeoNames has it
    assert _starting("洛阳")[0] == ("洛阳", "CN")  # as typed, not 洛陽
    assert _starting("Peking") == [("Peking", "CN")]  # an alias typed whole: Beijing alone


def test_names_in_other_languages_are_not_offered_as_they_begin() -> None:
    # GeoNames lists Zhengzhou as "Genggouo" and Berlin as "Beirlin"
    assert all(name.startswith(("Gen", "Gén")) for name, _code in _starting("Gen"))
    assert "Beirlin" not in dict(_starting("Bei"))
    assert ("Cambridge", "UA") not in _starting("Cambridge")  # a small town's alias


@pytest.mark.parametrize("typed", ["x", "V", " ", "Asia", "online"])
def test_a_letter_or_a_word_that_is_no_town_offers_none(typed: str) -> None:
    assert _starting(typed) == []


def test_without_the_towns_data_places_give_what_they_name_and_their_regions(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bundle built without GeoNames' file: no town, and nothing breaks."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(place_countries, "_towns_file", lambda: tmp_path / "no-such.json")
    assert not place_countries.is_prepared()
    assert country_of_place("Kunming") is None
    named = country_of_place("Vientiane, Laos")
    assert named is not None and named.code == "LA"
    region = country_of_place("Hainan")
    assert region is not None and region.code == "CN"
    assert place_countries.towns_starting("Kunm") == []
    assert place_countries.is_prepared()
