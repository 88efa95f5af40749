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


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=1_000_000)
    run(ap.parse_args().size)
