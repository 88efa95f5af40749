"""Worst-case input for the normaliser, the value grammars, the spotter and the extractors.

Builds 1 MB strings designed to trigger catastrophic regex backtracking or
quadratic loops (long runs of one letter, of digits with separators, of spaces
and punctuation, of titles, of place names, of scale words) and prints how long
each stage takes on each. Target: every stage under 1 s per string.

    python benchmarks/pathological.py [--size 1000000]
"""
from __future__ import annotations

import argparse
import time

from kg.arabic import TOKEN, normalise
from kg.extract import extract
from kg.lexicon import load
from kg.memory import gc_paused
from kg.read import Article
from kg.spot import spot
from kg.values.amounts import find_amounts
from kg.values.counts import find_counts
from kg.values.dates import find_dates

CASES = {
    "one letter": "ا",
    "digits with separators": "1,2.3٬4٫",
    "spaces and punctuation": " ،.-/()«»\n",
    "tatweel and diacritics": "ـًٌٍَُِّْ",
    "titles": "وزير الخارجية ",
    "honorifics": "الشيخ ",
    "place names": "الكويت ",
    "scale words": "مليون مليار ونصف ",
    "relative days": "اليوم أمس غدا ",
    "numbers": "13 - 2 ",
    "meeting words": "اجتماع المؤتمر برئاسة مشتركة من ",
    "a news sentence": "وترأس وزير الخارجية الأمريكي ريكس تيلرسون الاجتماع الوزاري للتحالف الدولي في الكويت اليوم. ",
}

MEETING_SENTENCE = "الكويت - كونا - اختتمت اليوم أعمال الاجتماع الوزاري للتحالف الدولي ضد داعش في الكويت."
OFFICIAL_SENTENCE = "وقال وزير الخارجية الأمريكي {name} في كلمته أمام المشاركين إن التحالف الدولي مستمر في جهوده ضد الإرهاب في المنطقة."
FIRST_NAMES = ("ريكس جون مايك أنتوني مارك سامي كريم هشام نبيل فادي رامي باسم وليد خالد ماجد "
               "سعيد حسام طارق عماد أيمن بيتر ديفيد روبرت توماس جيمس")
MIDDLE_NAMES = ("أندرو بنجامين كريستوفر دانيال إدوارد فرانك جورج هنري إيفان جوزيف كيفن لويس مارتن "
                "نيكولاس أوليفر باتريك ريتشارد ستيفن تيموثي فيكتور ويليام زاكاري ألبرت برنارد تشارلز")
LAST_NAMES = ("تيلرسون كيري بومبيو بلينكن روبيو ستولتنبرغ بوريل غوتيريش لافروف هولاند ماكرون "
              "شولتز ميركل ساركوزي بلير كاميرون جونسون ترودو أردوغان زيلينسكي ماتيس أوستن "
              "هيغل بانيتا غيتس")


def run(size: int) -> float:
    lex = load()
    worst = 0.0
    print(f"{'input':26} {'normalise':>10} {'spot':>8} {'dates':>8} {'amounts':>8} {'counts':>8} {'extract':>8}")
    for name, unit in CASES.items():
        text = (unit * (size // len(unit) + 1))[:size]
        times = []
        with gc_paused():  # as the pipeline runs them (kg.extract pauses the collector)
            t = time.perf_counter()
            norm = normalise(text)
            times.append(time.perf_counter() - t)
            t = time.perf_counter()
            spot(text, lex)
            times.append(time.perf_counter() - t)
            words = TOKEN.findall(norm.norm)
            for fn in (find_dates, find_amounts, find_counts):
                t = time.perf_counter()
                fn(words, 0, len(words), lex)
                times.append(time.perf_counter() - t)
        t = time.perf_counter()
        extract(Article(text=text, source_file="x.txt"), lex)
        times.append(time.perf_counter() - t)
        worst = max(worst, *times[:5])
        print(f"{name:26} " + " ".join(f"{x:8.3f}s" if i == 0 else f"{x:7.3f}s" for i, x in enumerate(times)))
    print(f"worst stage time (normalise, spot, grammars): {worst:.3f} s on {size / 1e6:.1f} MB strings")
    return worst


def many_officials(count: int = 14_000) -> float:
    """One meeting and ``count`` named officials, each introduced by office (about 1.8 MB
    at 14,000): the title-to-person loops must stay linear in the number of officials."""
    lex = load()
    first, middle, last = FIRST_NAMES.split(), MIDDLE_NAMES.split(), LAST_NAMES.split()
    lines = [MEETING_SENTENCE]
    for n in range(count):
        a, c = divmod(n, len(last))
        name = f"{first[a // len(middle) % len(first)]} {middle[a % len(middle)]} {last[c]}"
        lines.append(OFFICIAL_SENTENCE.format(name=name))
    text = "\n".join(lines)
    t = time.perf_counter()
    out = extract(Article(text=text, source_file="x.txt"), lex)
    took = time.perf_counter() - t
    print(f"many officials: {len(text) / 1e6:.1f} MB, {count} officials named, "
          f"{len(out.people)} kept, {len(out.meetings)} meeting(s): extract {took:.2f} s (target <= 20 s)")
    return took


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--officials", type=int, default=14_000)
    args = ap.parse_args()
    run(args.size)
    many_officials(args.officials)
