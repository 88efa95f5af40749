"""The development sets written for ctkg (tests/data/outlets, excerpts, regional, excerpts2 to
excerpts48) are well-formed gold in ../shared/eval/SCHEMA.md's format, each as big as it was written."""
from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from .conftest import DATA

SIZES = {"outlets": 44, "excerpts": 40, "regional": 30, "excerpts2": 45, "excerpts3": 40, "excerpts4": 40,
         "excerpts5": 40, "excerpts6": 24, "excerpts7": 40, "excerpts8": 30, "excerpts9": 36,
         "excerpts10": 36, "excerpts11": 30, "excerpts12": 30,
         "excerpts13": 30, "excerpts14": 30, "excerpts15": 30, "excerpts16": 30, "excerpts17": 30,
         "excerpts18": 30, "excerpts19": 30, "excerpts20": 30, "excerpts21": 30, "excerpts22": 30,
         "excerpts23": 24, "excerpts24": 30, "excerpts25": 30, "excerpts26": 30, "excerpts27": 30, "excerpts28": 30, "excerpts29": 30, "excerpts30": 30, "excerpts31": 30,
         "excerpts32": 30, "excerpts33": 30, "excerpts34": 30, "excerpts35": 30, "excerpts36": 30,
         "excerpts37": 30, "excerpts38": 30, "excerpts39": 30, "excerpts40": 30,
         "excerpts41": 30, "excerpts42": 30, "excerpts43": 30,
         "excerpts44": 30, "excerpts45": 30, "excerpts46": 30, "excerpts47": 30, "excerpts48": 30}  # the least each set holds
GOLDS = sorted(p for name in SIZES for p in (DATA / name).glob("*.gold.json"))
ISO2 = re.compile(r"^[A-Z]{2}$")
MEETING_KEYS = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}


def iso_date_or_none(value) -> bool:
    if value is None:
        return True
    try:
        return dt.date.fromisoformat(value).isoformat() == value
    except (TypeError, ValueError):
        return False


def agent_ok(value, orgs) -> bool:
    """An ISO alpha-2 code, or org:KEY with KEY one of score.py's ORGS."""
    if isinstance(value, str) and value.startswith("org:"):
        return value[4:] in orgs
    return isinstance(value, str) and bool(ISO2.match(value))


@pytest.mark.parametrize("name", SIZES)
def test_every_article_has_gold_and_the_set_is_big_enough(name):
    folder = DATA / name
    texts = {p.name.removesuffix(".txt") for p in folder.glob("*.txt")}
    golds = {p.name.removesuffix(".gold.json") for p in folder.glob("*.gold.json")}
    assert texts == golds
    assert len(golds) >= SIZES[name]


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_follows_the_schema(path, scorer):
    gold = json.loads(path.read_text(encoding="utf-8"))
    orgs = scorer.ORGS
    assert set(gold) == {"published", "meetings", "officials", "pledges"}
    assert iso_date_or_none(gold["published"])
    for m in gold["meetings"]:
        assert set(m) == MEETING_KEYS
        assert iso_date_or_none(m["date"]) and iso_date_or_none(m["end_date"])
        assert m["end_date"] is None or (m["date"] is not None and m["end_date"] > m["date"])
        assert m["country"] is None or ISO2.match(m["country"])
        assert all(agent_ok(c, orgs) for c in m["chairs"]) and len(set(m["chairs"])) == len(m["chairs"])
        assert m["participant_count"] is None or (type(m["participant_count"]) is int and m["participant_count"] > 0)
    names = [o["name"] for o in gold["officials"]]
    assert len(names) == len(set(names))
    for o in gold["officials"]:
        assert set(o) == {"name", "country", "position", "speaker"}
        assert o["name"].strip() == o["name"] and o["name"]
        assert scorer.norm(o["name"]).split()[0] not in scorer.HONORIFICS, "name without honorifics"
        assert o["country"] is None or agent_ok(o["country"], orgs)
        assert isinstance(o["speaker"], bool)
    for p in gold["pledges"]:
        assert set(p) - {"announced_by"} == {"donor", "amount", "currency"}
        assert agent_ok(p["donor"], orgs)
        assert type(p["amount"]) in (int, float) and p["amount"] > 0
        assert re.match(r"^[A-Z]{3}$", p["currency"])
        assert p.get("announced_by") is None or p["announced_by"] in names
