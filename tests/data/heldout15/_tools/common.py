"""Helpers shared by the generator scripts: build gold records in the SCHEMA.md shape."""

ITEMS = []

CO = "Global Coalition against Daesh"
AFG = "Africa Focus Group of the Global Coalition against Daesh"
GCTF = "Global Counterterrorism Forum"
IMCTC = "Islamic Military Counter Terrorism Coalition"
AIMC = "Council of Arab Interior Ministers"
EU = "European Union"
GCC = "Gulf Cooperation Council"


def M(date, country, chairs, convened_by=None, count=None, end=None, part_of=None):
    return {"date": date, "end_date": end, "country": country, "convened_by": convened_by,
            "chairs": list(chairs), "participant_count": count, "part_of": part_of}


def O(name, country, position, speaker):
    return {"name": name, "country": country, "position": position, "speaker": speaker}


def P(donor, amount, currency, by=None):
    return {"donor": donor, "amount": amount, "currency": currency, "announced_by": by}


def add(name, style, event, tricky, text, published, meetings, officials=(), pledges=()):
    ITEMS.append({
        "name": name, "style": style, "event": event, "tricky": tricky,
        "text": text.strip("\n") + "\n",
        "gold": {"published": published, "meetings": list(meetings),
                 "officials": list(officials), "pledges": list(pledges)},
    })
