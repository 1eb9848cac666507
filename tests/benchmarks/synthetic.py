"""A deterministic synthetic dataset for the benchmarks.

100 000 events, 20 000 participants, 300 000 links, about a fifth of the text
Chinese (simplified and traditional), dates at every precision.  Built through
the project's own bulk import path and kept in ``build/`` between runs.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from desktop.core.bootstrap import create_database
from desktop.core.db import Store, open_store
from desktop.core.operations import Operations
from desktop.core.store_file import HEAD_REVISION
from desktop.core.vocabularies import DEFAULT_TERMS

VERSION = 5
EVENTS = 100_000
PARTICIPANTS = 20_000
LINKS_PER_EVENT = 3
WORDS = tuple(
    [
        "cooperation",
        "forum",
        "summit",
        "digital",
        "artificial",
        "intelligence",
        "governance",
        "centre",
        "partnership",
        "agreement",
        "innovation",
        "media",
        "exchange",
        "research",
        "security",
        "data",
        "infrastructure",
        "capacity",
        "building",
        "seminar",
        "dialogue",
        "technology",
        "platform",
        "development",
        "joint",
        "initiative",
        "regional",
        "network",
        "education",
        "trade",
        "energy",
    ]
)
HANZI = (
    "中国東盟国际人工智能合作中心发展治理论坛峰会数字技术创新研究院"
    "外文局委员会科学协会经济贸易能源教育网络安全"
)
TRADITIONAL = (
    "中國東盟國際人工智能合作中心發展治理論壇峰會數字技術創新研究院"
    "外文局委員會科學協會經濟貿易能源教育網絡安全"
)
SYLLABLES = tuple(
    [
        "an",
        "bo",
        "chen",
        "da",
        "fei",
        "gang",
        "hua",
        "jin",
        "kai",
        "lan",
        "ming",
        "na",
        "pei",
        "qiang",
        "rui",
        "shan",
        "tao",
        "wei",
        "xin",
        "yu",
        "zhi",
    ]
)
COUNTRIES = (
    "CN",
    "LA",
    "KH",
    "VN",
    "TH",
    "MY",
    "ID",
    "PH",
    "SG",
    "BN",
    "MM",
    "BR",
    "RU",
    "IN",
    "ZA",
    "KE",
    "EG",
    "NG",
    "FR",
    "DE",
    "GB",
    "US",
    "JP",
    "KR",
    "PK",
    "IR",
    "SA",
    "AE",
)


def _chinese(rng: random.Random, length: int) -> str:
    alphabet = TRADITIONAL if rng.random() < 0.5 else HANZI
    return "".join(rng.choice(alphabet) for _ in range(length))


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def _date(rng: random.Random) -> str:
    year, month, day = rng.randint(1995, 2026), rng.randint(1, 12), rng.randint(1, 25)
    form = rng.random()
    if form < 0.5:
        return f"{year}-{month:02d}-{day:02d}"
    if form < 0.7:
        return f"{year}-{month:02d}"
    if form < 0.8:
        return f"{year}{rng.choice(['', '?', '~'])}"
    if form < 0.97:
        return f"{year}-{month:02d}-{day:02d}/{year}-{month:02d}-{day + rng.randint(1, 3):02d}"
    return f"{year}-{month:02d}-{day:02d}/.."


def dataset(seed: int = 20251128) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(seed)
    # Native titles from a stream of their own: the rest of the data stays as
    # it was before events had them.
    native_rng = random.Random(seed + 1)
    participants: list[dict[str, Any]] = []
    for index in range(PARTICIPANTS):
        kind = rng.choice(("person", "organization", "organization", "group"))
        name = " ".join(rng.choice(SYLLABLES).title() for _ in range(rng.randint(2, 3)))
        if kind != "person":
            name += " " + rng.choice(("Commission", "Institute", "Group", "Ministry", "Centre"))
        record: dict[str, Any] = {
            "id": f"00000000-0000-4000-8000-{index:012d}",
            "kind": kind,
            "name": name,
            "country": rng.choice(COUNTRIES),
        }
        if rng.random() < 0.2:
            record["native_name"] = _chinese(rng, rng.randint(3, 8))
        if rng.random() < 0.3:
            record["aliases"] = ["".join(w[0] for w in name.split()).upper() + str(index)]
        participants.append(record)
    tags = [f"tag {word}" for word in WORDS]
    events: list[dict[str, Any]] = []
    for index in range(EVENTS):
        chinese = rng.random() < 0.2
        title = (
            _chinese(rng, rng.randint(6, 14))
            if chinese
            else f"{_sentence(rng, rng.randint(3, 7)).capitalize()} {index}"
        )
        summary = (
            _chinese(rng, rng.randint(20, 60))
            if chinese
            else _sentence(rng, rng.randint(15, 40)).capitalize() + "."
        )
        links = [
            {
                "participant": participants[rng.randrange(PARTICIPANTS)]["id"],
                "role": rng.choice(DEFAULT_TERMS["role"]),
            }
            for _ in range(LINKS_PER_EVENT)
        ]
        events.append(
            {
                "id": f"10000000-0000-4000-8000-{index:012d}",
                "title": title,
                "summary": summary,
                "date": _date(rng),
                "place": rng.choice(
                    ("Beijing", "Shanghai", "Vientiane", "Phnom Penh", "São Paulo", "北京", "")
                ),
                "country": rng.choice(COUNTRIES),
                "category": rng.choice(DEFAULT_TERMS["category"]),
                "event_type": rng.choice(DEFAULT_TERMS["event_type"]),
                "status": rng.choice(("draft", "needs_review", "verified")),
                "tags": rng.sample(tags, rng.randint(0, 3)),
                "participants": links,
            }
        )
        if not chinese and native_rng.random() < 0.25:
            events[-1]["native_title"] = _chinese(native_rng, native_rng.randint(6, 14))
    return participants, events


def build(path: Path) -> None:
    participants, events = dataset()
    store = create_database(path)
    try:
        Operations(store, "benchmark").bulk_import(participants, events)
    finally:
        store.close()


def benchmark_store(folder: Path = Path("build")) -> Store:
    """The 100k database, built once and reused while the generator and the
    schema are unchanged (the newest migration is in the name)."""
    path = folder / f"bench-100k-v{VERSION}-{HEAD_REVISION}.sqlite"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob("bench-100k-v*.sqlite*"):
            stale.unlink()
        build(path)
    return open_store(path)
