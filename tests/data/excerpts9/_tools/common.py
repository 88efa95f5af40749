"""Small builders for gold records (see /work/shared/eval/SCHEMA.md)."""

COALITION = "Global Coalition against Daesh"
GCTF = "Global Counterterrorism Forum"
AIMC = "Council of Arab Interior Ministers"
G5S = "G5 Sahel"
IMCTC = "Islamic Military Counter Terrorism Coalition"


def M(date, country, chairs=(), convened_by=None, end=None, count=None, part_of=None):
    """One meeting."""
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
    """One official."""
    return {"name": name, "country": country, "position": position, "speaker": speaker}


def P(donor, amount, currency, by=None):
    """One pledge."""
    return {"donor": donor, "amount": amount, "currency": currency, "announced_by": by}


def item(name, style, event, tricky, text, published, meetings, officials, pledges):
    """One article: file stem, README notes, text and gold."""
    return {
        "name": name,
        "style": style,
        "event": event,
        "tricky": tricky,
        "text": text.strip("\n") + "\n",
        "gold": {
            "published": published,
            "meetings": meetings,
            "officials": officials,
            "pledges": pledges,
        },
    }
