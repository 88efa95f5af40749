"""Small helpers shared by the text modules: build gold records in SCHEMA.md's shape."""

COALITION = "Global Coalition against Daesh"
SMALL_GROUP = "Global Coalition against Daesh Small Group"
GCTF = "Global Counterterrorism Forum"
AIMC = "Council of Arab Interior Ministers"
BRUSSELS8 = "Brussels VIII Conference on Supporting the future of Syria and the region"


def M(date, country, chairs=(), count=None, end=None, by=None, part_of=None):
    """One meeting."""
    return {"date": date, "end_date": end, "country": country, "convened_by": by,
            "chairs": list(chairs), "participant_count": count, "part_of": part_of}


def O(name, country, position, speaker=False):
    """One official."""
    return {"name": name, "country": country, "position": position, "speaker": speaker}


def P(donor, amount, currency, by=None):
    """One pledge."""
    return {"donor": donor, "amount": amount, "currency": currency, "announced_by": by}


def doc(name, text, published, meetings, officials=(), pledges=(), style="", event="", tricky=""):
    """A text with its gold annotation and the notes that go into README's table."""
    return {"name": name, "text": text.strip("\n") + "\n",
            "gold": {"published": published, "meetings": list(meetings),
                     "officials": list(officials), "pledges": list(pledges)},
            "style": style, "event": event, "tricky": tricky}
