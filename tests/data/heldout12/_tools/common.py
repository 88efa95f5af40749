"""Small constructors shared by the text modules (gold format: /work/shared/eval/SCHEMA.md)."""

COALITION = "Global Coalition against Daesh"
AFG = "Africa Focus Group (Global Coalition against Daesh)"
IMCTC = "Islamic Military Counter Terrorism Coalition"
AIMC = "Council of Arab Interior Ministers"
GCTF = "Global Counterterrorism Forum"
GCTF_CC = "Global Counterterrorism Forum (Coordinating Committee)"


def M(date, country, convened_by=None, chairs=(), count=None, end=None, part_of=None):
    return {"date": date, "end_date": end, "country": country, "convened_by": convened_by,
            "chairs": list(chairs), "participant_count": count, "part_of": part_of}


def O(name, country, position, speaker):
    return {"name": name, "country": country, "position": position, "speaker": speaker}


def P(donor, amount, currency, by=None):
    return {"donor": donor, "amount": amount, "currency": currency, "announced_by": by}


def item(name, text, published, meetings=(), officials=(), pledges=(), notes=""):
    """One article: file stem, text, gold, and a note on what is tricky (for README)."""
    return {"name": name, "text": text.strip("\n") + "\n",
            "gold": {"published": published, "meetings": list(meetings),
                     "officials": list(officials), "pledges": list(pledges)},
            "notes": notes}
