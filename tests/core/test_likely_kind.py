"""The kind a new participant's name suggests."""

from __future__ import annotations

import pytest

from desktop.core.likely_kind import likely_kind


@pytest.mark.parametrize(("name", "kind"), [
    ("Laos", "country"), ("老挝", "country"),
    ("Ministry of Digital (Malaysia)", "organization"),
    ("Malaysia Digital Economy Corporation", "organization"),
    ("NDRC", "organization"), ("China's MIIT", "organization"),
    ("Huawei", "organization"), ("Huawei Technologies", "organization"),
    ("Alibaba Cloud Holdings", "organization"), ("DeepSeek", "organization"),
    ("工业和信息化部", "organization"),
    ("Anwar Ibrahim", "person"), ("Liu Sushe", "person"), ("杜占元", "person"),
])
def test_a_names_kind(name: str, kind: str) -> None:
    assert likely_kind(name) == kind
