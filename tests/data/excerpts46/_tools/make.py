#!/usr/bin/env python3
"""Generator for excerpts46 (prefix tv): writes tvNN_slug.txt and tvNN_slug.gold.json
into the folder above _tools/. Texts (in the voice of Arabic TV channels' news websites)
and gold are written by hand below; see README.md for the facts and the pages behind them."""
import json, os
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def M(date, country, chairs, convened_by=None, end_date=None, count=None, part_of=None):
    return dict(date=date, end_date=end_date, country=country, convened_by=convened_by,
                chairs=chairs, participant_count=count, part_of=part_of)

def O(name, country, position, speaker=False):
    return dict(name=name, country=country, position=position, speaker=speaker)

def P(donor, amount, currency, announced_by=None):
    return dict(donor=donor, amount=amount, currency=currency, announced_by=announced_by)

GCTF = "Global Counterterrorism Forum"
AL = "Arab League"
COAL = "Global Coalition against Daesh"
GCC = "Gulf Cooperation Council"
ALOIC = "Arab League and Organisation of Islamic Cooperation"

ITEMS = []
def add(slug, published, text, meetings, officials, pledges=()):
    ITEMS.append((slug, published, text.strip() + "\n", meetings, officials, list(pledges)))

from texts_a import register as reg_a  # noqa: E402
from texts_b import register as reg_b  # noqa: E402
from texts_c import register as reg_c  # noqa: E402


def main():
    reg_a(add, M, O, P)
    reg_b(add, M, O, P)
    reg_c(add, M, O, P)
    for entry in os.listdir(SET):
        if entry.startswith("tv") and (entry.endswith(".txt") or entry.endswith(".gold.json")):
            os.remove(os.path.join(SET, entry))
    assert len(ITEMS) == 30, len(ITEMS)
    for i, (slug, pub, text, meetings, officials, pledges) in enumerate(ITEMS, 1):
        stem = f"tv{i:02d}_{slug}"
        with open(os.path.join(SET, stem + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        gold = dict(published=pub, meetings=meetings, officials=officials, pledges=pledges)
        with open(os.path.join(SET, stem + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print("wrote", len(ITEMS), "pairs")

if __name__ == "__main__":
    main()
