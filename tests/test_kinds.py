"""Table-driven cases for each kind of issue 13 (tests/data/kinds/*.yaml).

Each table's rows run through the public extraction function (`kg.api.extract_text`) and are
compared with the facts the row expects; only what the row states is checked. Rows listed in the
table's `known_failures` are what the extraction gets wrong today: they run as non-strict xfail, so
the suite stays green, and an XPASS tells the next change to delete the row from the list.

Only the returned records' public attributes are read (published, meetings, people, pledges), all in
`facts()` below, so the test does not depend on how the extraction package is laid out inside.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import yaml

from kg.api import extract_text

from .conftest import DATA

KINDS = DATA / "kinds"
TABLES = ("datelines", "meeting_dates", "chairs", "officials", "pledges", "pledge_forms", "pledge_phrasings", "chair_forms",
          "chair_phrasings", "meetings", "meeting_forms", "meeting_places", "official_forms", "noise")


def load(kind: str) -> dict:
    return yaml.safe_load((KINDS / f"{kind}.yaml").read_text(encoding="utf-8"))


def value(fact):
    return None if fact is None else fact.value


def iso(day) -> str | None:
    return day.isoformat() if isinstance(day, dt.date) else None


def agent_key(agent, people: dict) -> str | None:
    """ISO code, org:KEY, or for a person the state or organisation they represent."""
    if agent is None:
        return None
    if agent.kind == "person":
        return people.get(agent.id, (None, None))[1]
    return f"org:{agent.id}" if agent.kind == "org" else agent.id


def facts(x) -> dict:
    """The extraction's records as plain values: the one place that knows their attributes."""
    people = {}
    for p in x.people:
        rep = value(p.represents)
        people[p.key] = (p.name, None if rep is None else agent_key(rep, {}))
    officials = {p.name: people[p.key][1] for p in x.people
                 if p.position is not None or p.represents is not None}
    meetings = [{
        "date": iso(value(m.date)), "end_date": iso(value(m.end_date)), "country": value(m.country),
        "chairs": sorted({agent_key(value(c), people) for c in m.chairs} - {None}),
        "count": value(m.participant_count), "convener": value(m.convener), "label": m.label,
    } for m in x.meetings]
    pledges = sorted([agent_key(value(p.donor), people), Decimal(str(value(p.amount))), value(p.currency)]
                     for p in x.pledges)
    return {"published": iso(value(x.published)), "meetings": meetings, "officials": officials,
            "pledges": pledges}


def same_meeting(want: dict, got: dict) -> bool:
    if "country" in want and want["country"] != got["country"]:
        return False
    return "date" not in want or want["date"] == got["date"]


def meeting_mismatches(want: dict, got: dict) -> list[str]:
    out = []
    if "chairs" in want and sorted(want["chairs"]) != got["chairs"]:
        out.append(f"chairs {got['chairs']} != {sorted(want['chairs'])}")
    for key in ("end_date", "count", "convener"):
        if key in want and want[key] != got[key]:
            out.append(f"{key} {got[key]!r} != {want[key]!r}")
    for part in want.get("name_has", []):
        if part not in got["label"]:
            out.append(f"name {got['label']!r} lacks {part!r}")
    for part in want.get("name_lacks", []):
        if part in got["label"]:
            out.append(f"name {got['label']!r} has {part!r}")
    return out


def mismatches(case: dict, got: dict, same_name) -> list[str]:
    """What differs between a row's expected facts and the extraction (empty when it holds)."""
    want, out = case["expect"], []
    if "published" in want and want["published"] != got["published"]:
        out.append(f"published {got['published']} != {want['published']}")
    if "meetings" in want:
        left = list(got["meetings"])
        for wm in want["meetings"]:
            hit = next((m for m in left if same_meeting(wm, m)), None)
            if hit is None:
                out.append(f"meeting {wm} missing among {got['meetings']}")
                continue
            left.remove(hit)
            out += meeting_mismatches(wm, hit)
        out += [f"extra meeting {m}" for m in left]
    if "officials" in want:
        left = dict(got["officials"])
        for name, rep in want["officials"].items():
            hit = next((n for n in left if same_name(name, n)), None)
            if hit is None:
                out.append(f"official {name} missing among {sorted(got['officials'])}")
            elif left.pop(hit) != rep:
                out.append(f"{name} represents {got['officials'][hit]} != {rep}")
        out += [f"extra official {n}" for n in left]
    if "pledges" in want:
        expected = sorted([d, Decimal(str(a)), c] for d, a, c in want["pledges"])
        if expected != got["pledges"]:
            out.append(f"pledges {got['pledges']} != {expected}")
    return out


def rows():
    for kind in TABLES:
        table = load(kind)
        failing = set(table.get("known_failures") or [])
        for case in table["cases"]:
            marks = [pytest.mark.xfail(reason="known failure (issue 13)", strict=False)] \
                if case["id"] in failing else []
            yield pytest.param(case, id=f"{kind}:{case['id']}", marks=marks)


@pytest.mark.parametrize("kind", TABLES)
def test_table_is_well_formed(kind):
    table = load(kind)
    ids = [c["id"] for c in table["cases"]]
    assert 12 <= len(ids) <= 60 and len(ids) == len(set(ids))  # each rule adds a row that fires it and one that must not
    assert set(table.get("known_failures") or []) <= set(ids), "known_failures names a row that is gone"
    for case in table["cases"]:
        assert case["text"].strip() and case["expect"], case["id"]


@pytest.mark.parametrize("case", list(rows()))
def test_kind_case(case, scorer):
    x = extract_text(case["text"], published=case.get("published"))
    problems = mismatches(case, facts(x), scorer.same_name)
    assert not problems, problems


def test_mismatches_names_each_difference(scorer):
    """The comparison itself: a wrong date, chair, person or pledge is reported, a right one is not."""
    case = {"expect": {"published": "2020-03-09",
                       "meetings": [{"date": "2020-03-09", "country": "AE", "chairs": ["AE", "US"]}],
                       "officials": {"هند مانع العتيبة": "AE"}, "pledges": [["AE", 50000000, "USD"]]}}
    got = {"published": "2020-03-09", "officials": {"هند العتيبة": "AE"},
           "meetings": [{"date": "2020-03-09", "end_date": None, "country": "AE", "chairs": ["AE", "US"],
                         "count": None, "convener": None, "label": "اجتماع"}],
           "pledges": [["AE", Decimal(50000000), "USD"]]}
    assert mismatches(case, got, scorer.same_name) == []
    got |= {"published": None, "officials": {"هند العتيبة": "US", "علي": None},
            "meetings": [dict(got["meetings"][0], chairs=["AE"]), dict(got["meetings"][0], date=None)],
            "pledges": []}
    assert len(mismatches(case, got, scorer.same_name)) == 6
