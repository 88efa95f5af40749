"""Small constructors for gold records (see /work/shared/eval/SCHEMA.md)."""

COALITION = "Global Coalition against Daesh"


def meet(date, country, chairs=(), count=None, convened=None, end=None, part_of=None):
    return {"date": date, "end_date": end, "country": country, "convened_by": convened,
            "chairs": list(chairs), "participant_count": count, "part_of": part_of}


def off(name, country, position, speaker):
    return {"name": name, "country": country, "position": position, "speaker": speaker}


def pl(donor, amount, currency, by=None):
    return {"donor": donor, "amount": amount, "currency": currency, "announced_by": by}


def gold(published, meetings=(), officials=(), pledges=()):
    return {"published": published, "meetings": list(meetings),
            "officials": list(officials), "pledges": list(pledges)}
