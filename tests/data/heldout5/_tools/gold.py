"""Small constructors for gold records (see /work/shared/eval/SCHEMA.md)."""
from __future__ import annotations

COALITION = "Global Coalition against Daesh"


def M(date, country, chairs=(), count=None, by=None, end=None, part_of=None):
    """One meeting."""
    return {"date": date, "end_date": end, "country": country, "convened_by": by,
            "chairs": list(chairs), "participant_count": count, "part_of": part_of}


def O(name, country, position, speaker):
    """One official."""
    return {"name": name, "country": country, "position": position, "speaker": speaker}


def P(donor, amount, currency, by=None):
    """One pledge."""
    return {"donor": donor, "amount": amount, "currency": currency, "announced_by": by}


def E(name, text, published, meetings=(), officials=(), pledges=(), note=""):
    """One text with its gold; `note` says what is tricky (used for the README table)."""
    return {"name": name, "text": text, "note": note,
            "gold": {"published": published, "meetings": list(meetings),
                     "officials": list(officials), "pledges": list(pledges)}}
