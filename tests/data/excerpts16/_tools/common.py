"""Small constructors shared by the entry modules (texts + gold live in entries_*.py)."""

COALITION = "Global Coalition against Daesh"
AFG = "Africa Focus Group of the Global Coalition against Daesh"
GCTF = "Global Counterterrorism Forum"
GCTF_WA = "GCTF West Africa Region Capacity-Building Working Group"
IMCTC = "Islamic Military Counter Terrorism Coalition"
AIMC = "Council of Arab Interior Ministers"
AQABA = "Aqaba Process"
G5S = "G5 Sahel"


def M(date, end=None, country=None, convened_by=None, chairs=(), count=None, part_of=None):
    return {
        "date": date,
        "end_date": end,
        "country": country,
        "convened_by": convened_by,
        "chairs": list(chairs),
        "participant_count": count,
        "part_of": part_of,
    }


def O(name, country, position, speaker=False):
    return {"name": name, "country": country, "position": position, "speaker": speaker}


def P(donor, amount, currency, by=None):
    return {"donor": donor, "amount": amount, "currency": currency, "announced_by": by}


def G(published, meetings, officials=(), pledges=()):
    return {
        "published": published,
        "meetings": list(meetings),
        "officials": list(officials),
        "pledges": list(pledges),
    }
