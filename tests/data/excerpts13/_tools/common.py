"""Helpers shared by the data modules: compact constructors for gold records."""


def M(date, country, chairs=(), end=None, convened=None, count=None, part_of=None):
    """One meeting record, in the field order of SCHEMA.md."""
    return {"date": date, "end_date": end, "country": country, "convened_by": convened,
            "chairs": list(chairs), "participant_count": count, "part_of": part_of}


def O(name, country, position, speaker=False):
    """One official."""
    return {"name": name, "country": country, "position": position, "speaker": speaker}


def P(donor, amount, currency, by=None):
    """One pledge."""
    return {"donor": donor, "amount": amount, "currency": currency, "announced_by": by}


COALITION = "Global Coalition against Daesh"
GCTF = "Global Counterterrorism Forum"
CIFG = "Counter ISIS Finance Group of the Global Coalition against Daesh"
IMCTC = "Islamic Military Counter Terrorism Coalition"
AQABA = "Aqaba Process"
AIMC = "Council of Arab Interior Ministers"
