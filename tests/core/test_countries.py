"""Countries as analysts and spreadsheets name them, in English and Chinese."""

from __future__ import annotations

import pycountry
import pytest

from desktop.core.countries import UnknownCountry, country_code


@pytest.mark.parametrize(("text", "code"), [
    ("cn", "CN"), ("CHN", "CN"), ("China", "CN"), ("People's Republic of China", "CN"),
    ("PRC", "CN"), ("中国", "CN"), ("中國", "CN"),
    # pycountry's fuzzy search read these two as North Korea and China
    ("Republic of Korea", "KR"), ("Hong Kong SAR", "HK"),
    ("South Korea", "KR"), ("韩国", "KR"), ("大韩民国", "KR"), ("DPRK", "KP"), ("朝鲜", "KP"),
    ("UK", "GB"), ("Britain", "GB"), ("Turkey", "TR"), ("Türkiye", "TR"), ("USA", "US"),
    ("美国", "US"), ("Russia", "RU"), ("俄罗斯", "RU"), ("Vietnam", "VN"), ("Viet Nam", "VN"),
    ("Laos", "LA"), ("老挝", "LA"), ("Lao PDR", "LA"), ("Côte d'Ivoire", "CI"),
    ("Ivory Coast", "CI"), ("UAE", "AE"), ("DRC", "CD"), ("Congo", "CG"),
    ("Bolivia", "BO"), ("the Netherlands", "NL"), ("Burma", "MM"), ("Macau", "MO"),
    ("台湾", "TW"), ("香港", "HK"),
    # as Chinese official usage names them
    ("中国香港", "HK"), ("中國澳門", "MO"), ("香港特别行政区", "HK"), ("俄罗斯联邦", "RU"),
    # "St" as lists write Saint; the United Kingdom's nations; the Holy See
    ("St Lucia", "LC"), ("St. Kitts and Nevis", "KN"), ("St Vincent and the Grenadines", "VC"),
    ("England", "GB"), ("Scotland", "GB"), ("苏格兰", "GB"), ("Holy See", "VA"), ("KSA", "SA"),
])
def test_a_country_is_found_by_code_iso_everyday_or_chinese_name(text: str, code: str) -> None:
    assert country_code(text) == code


def test_every_iso_name_finds_its_own_country() -> None:
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            if name := getattr(country, attribute, None):
                assert country_code(name) == country.alpha_2, name


@pytest.mark.parametrize(("text", "message"), [
    ("Korea", "'Korea' names more than one country (North Korea (KP) or South Korea (KR)): "
              "write its code"),
    ("Kosovo", "'Kosovo' is not an ISO 3166 country code or name"),  # not Serbia
    ("Atlantis", "'Atlantis' is not an ISO 3166 country code or name"),
    ("东盟", "'东盟' is not an ISO 3166 country code or name"),  # ASEAN: a group
])
def test_a_name_of_no_country_or_of_several_is_refused_not_guessed(text: str,
                                                                   message: str) -> None:
    with pytest.raises(UnknownCountry) as caught:
        country_code(text)
    assert str(caught.value) == message


def test_a_countrys_chinese_names_in_both_character_sets() -> None:
    from desktop.core.countries import chinese_names

    assert {"老挝", "寮國", "老撾"} <= set(chinese_names("LA"))
    assert {"中国", "中華人民共和國"} <= set(chinese_names("CN"))
    assert all(not name.isascii() for name in chinese_names("KH"))
    assert "柬埔寨" in chinese_names("KH")
