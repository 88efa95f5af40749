"""Small helpers shared by the per-event text modules and make.py."""

COALITION = "Global Coalition against Daesh"
GCTF = "Global Counterterrorism Forum"
STAB = "Stabilisation Working Group of the Global Coalition against Daesh"
CIFG = "Counter ISIS Finance Group of the Global Coalition against Daesh"
IMCTC = "Islamic Military Counter Terrorism Coalition"


def M(date, country, convened_by, chairs, count=None, end=None, part_of=None):
    """One gold meeting."""
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
    """One gold official."""
    return {"name": name, "country": country, "position": position, "speaker": speaker}


def P(donor, amount, currency, announced_by=None):
    """One gold pledge."""
    return {"donor": donor, "amount": amount, "currency": currency, "announced_by": announced_by}


def item(name, style, event, kind, tricky, text, published, meetings, officials, pledges=()):
    """One text and its gold, plus the notes that go to the README table."""
    return {
        "name": name,
        "style": style,
        "event": event,
        "kind": kind,
        "tricky": tricky,
        "text": text.strip("\n") + "\n",
        "gold": {
            "published": published,
            "meetings": list(meetings),
            "officials": list(officials),
            "pledges": list(pledges),
        },
    }
