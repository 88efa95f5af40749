"""Small helpers to build gold records tersely (used by make.py)."""


def M(date, country, chairs, *, end=None, by=None, count=None, part_of=None):
    return {"date": date, "end_date": end, "country": country, "convened_by": by,
            "chairs": list(chairs), "participant_count": count, "part_of": part_of}


def O(name, country, position, speaker):
    return {"name": name, "country": country, "position": position, "speaker": speaker}


def P(donor, amount, currency, by=None):
    return {"donor": donor, "amount": amount, "currency": currency, "announced_by": by}


def G(published, meetings, officials, pledges):
    return {"published": published, "meetings": meetings, "officials": officials,
            "pledges": pledges}


COAL = "Global Coalition against Daesh"
GCTF = "Global Counterterrorism Forum"
CIFG = "Counter ISIS Finance Group of the Global Coalition against Daesh"
AIMC = "Council of Arab Interior Ministers"
JOINT = "Councils of Arab Interior and Justice Ministers (joint meeting)"
