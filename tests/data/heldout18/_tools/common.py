# -*- coding: utf-8 -*-
"""Small constructors for gold records (see /work/shared/eval/SCHEMA.md)."""


def M(date, country, convened_by, chairs, count=None, end=None, part_of=None):
    return {"date": date, "end_date": end, "country": country, "convened_by": convened_by,
            "chairs": list(chairs), "participant_count": count, "part_of": part_of}


def O(name, country, position, speaker):
    return {"name": name, "country": country, "position": position, "speaker": speaker}


def P(donor, amount, currency, announced_by):
    return {"donor": donor, "amount": amount, "currency": currency, "announced_by": announced_by}


def item(name, text, published, meetings, officials, pledges, style, tricky):
    return {"name": name, "text": text.strip("\n") + "\n",
            "gold": {"published": published, "meetings": meetings,
                     "officials": officials, "pledges": pledges},
            "style": style, "tricky": tricky}
