"""Small constructors for gold records (keeps the text files readable)."""
from __future__ import annotations


def meeting(date, country, chairs=(), end=None, count=None, convened_by=None, part_of=None):
    return {
        "date": date,
        "end_date": end,
        "country": country,
        "convened_by": convened_by,
        "chairs": list(chairs),
        "participant_count": count,
        "part_of": part_of,
    }


def official(name, country, position, speaker):
    return {"name": name, "country": country, "position": position, "speaker": speaker}


def pledge(donor, amount, currency, by=None):
    return {"donor": donor, "amount": amount, "currency": currency, "announced_by": by}


def gold(published, meetings, officials=(), pledges=()):
    return {
        "published": published,
        "meetings": list(meetings),
        "officials": list(officials),
        "pledges": list(pledges),
    }
