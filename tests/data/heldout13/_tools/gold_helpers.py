"""Small constructors for gold records (keeps the text modules readable)."""
from __future__ import annotations

COALITION = "Global Coalition against Daesh"
SMALL_GROUP = "Small Group of the Global Coalition against Daesh"
CIFG = "Counter ISIS Finance Group of the Global Coalition against Daesh"
GCTF = "Global Counterterrorism Forum"
AIMC = "Council of Arab Interior Ministers"


def M(date, country, chairs=(), count=None, convened_by=None, end_date=None, part_of=None):
    return {"date": date, "end_date": end_date, "country": country,
            "convened_by": convened_by, "chairs": list(chairs),
            "participant_count": count, "part_of": part_of}


def O(name, country, position, speaker=False):
    return {"name": name, "country": country, "position": position, "speaker": speaker}


def P(donor, amount, currency, by=None):
    return {"donor": donor, "amount": amount, "currency": currency, "announced_by": by}
