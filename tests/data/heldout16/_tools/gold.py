"""Small builders for gold records (field order as in SCHEMA.md)."""


def meeting(date, country, chairs=(), *, end=None, by=None, count=None, part_of=None):
    return {"date": date, "end_date": end, "country": country, "convened_by": by,
            "chairs": list(chairs), "participant_count": count, "part_of": part_of}


def official(name, country, position, speaker=False):
    return {"name": name, "country": country, "position": position, "speaker": speaker}


def pledge(donor, amount, currency, by=None):
    return {"donor": donor, "amount": amount, "currency": currency, "announced_by": by}


def gold(published, meetings, officials=(), pledges=()):
    return {"published": published, "meetings": list(meetings),
            "officials": list(officials), "pledges": list(pledges)}
