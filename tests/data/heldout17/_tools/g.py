"""Small builders for gold records (see /work/shared/eval/SCHEMA.md)."""


def M(date, country, chairs=(), *, end=None, by=None, count=None, part_of=None):
    return {"date": date, "end_date": end, "country": country, "convened_by": by,
            "chairs": list(chairs), "participant_count": count, "part_of": part_of}


def O(name, country, position, speaker=False):
    return {"name": name, "country": country, "position": position, "speaker": speaker}


def P(donor, amount, currency, by=None):
    return {"donor": donor, "amount": amount, "currency": currency, "announced_by": by}


def G(published, meetings, officials=(), pledges=()):
    return {"published": published, "meetings": list(meetings),
            "officials": list(officials), "pledges": list(pledges)}


COALITION = "Global Coalition against Daesh"
AFG = "Africa Focus Group of the Global Coalition against Daesh"
GCTF = "Global Counterterrorism Forum"
AIMC = "Council of Arab Interior Ministers"
IMCTC_DEF = "Council of Defense Ministers of the Islamic Military Counter Terrorism Coalition"
IMCTC = "Islamic Military Counter Terrorism Coalition"
EU = "European Union"
