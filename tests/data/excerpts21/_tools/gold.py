"""Small constructors for gold records (see /work/shared/eval/SCHEMA.md)."""


def M(date, country, chairs, pc=None, conv=None, end=None, part=None):
    return {"date": date, "end_date": end, "country": country, "convened_by": conv,
            "chairs": list(chairs), "participant_count": pc, "part_of": part}


def O(name, country, position, speaker):
    return {"name": name, "country": country, "position": position, "speaker": speaker}


def P(donor, amount, currency, by=None):
    return {"donor": donor, "amount": amount, "currency": currency, "announced_by": by}


def G(published, meetings, officials, pledges):
    return {"published": published, "meetings": meetings, "officials": officials, "pledges": pledges}


COAL = "Global Coalition against Daesh"
CIFG = "Counter ISIS Finance Group of the Global Coalition against Daesh"
GCTF = "Global Counterterrorism Forum"
IMCTC = "Islamic Military Counter Terrorism Coalition"
