"""Small helpers to write gold records compactly."""


def M(date, end, country, convened, chairs, count=None, part_of=None):
    return {"date": date, "end_date": end, "country": country, "convened_by": convened,
            "chairs": list(chairs), "participant_count": count, "part_of": part_of}


def O(name, country, position, speaker):
    return {"name": name, "country": country, "position": position, "speaker": speaker}


def P(donor, amount, currency, by):
    return {"donor": donor, "amount": amount, "currency": currency, "announced_by": by}


def G(published, meetings, officials=(), pledges=()):
    return {"published": published, "meetings": list(meetings),
            "officials": list(officials), "pledges": list(pledges)}


COALITION = "Global Coalition against Daesh"
AFG = "Africa Focus Group (Global Coalition against Daesh)"
CIFG = "Counter ISIS Finance Group (Global Coalition against Daesh)"
GCTF_WA = "GCTF Capacity-Building in the West Africa Region Working Group"
IMCTC_DM = "Council of Defence Ministers of the Islamic Military Counter Terrorism Coalition"
IMCTC = "Islamic Military Counter Terrorism Coalition"
AIMC = "Council of Arab Interior Ministers"
AIMC_JOINT = "Councils of Arab Interior and Justice Ministers (joint meeting)"
UN = "United Nations"
ROHINGYA_ORG = "UNHCR, IOM and OCHA"
