"""A .jsonl of 200,000 lines is read as a stream: peak memory of reading it in parts.

Writes LINES lines (cycling 2,000 generated articles, each line made distinct by its
number), then measures in fresh processes (through run.py's launcher, so the figure is
the child's own):

* parts: what a build does now (kg.walk.parts_of + kg.read.read_part, 256 lines a part,
  each part's articles dropped once taken);
* one unit: every article of the file held at once, as a worker held the whole file
  before (and that worker also held every article's N-Quads, several times more);
* kg extract of the first N lines, for growing N: peak RSS of the whole pipeline.

    python benchmarks/jsonl_stream.py [--lines 200000] [--extract 2000 8000]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402
from run import KG, run_timed  # noqa: E402

READ_PARTS = """
import sys
from pathlib import Path
from kg.read import Article, read_part
from kg.walk import parts_of
n = 0
for part in parts_of(Path(sys.argv[1])):
    n += sum(isinstance(a, Article) for a in read_part(part))
print(n)
"""
READ_WHOLE = """
import sys
from kg.read import Article, read_part
from kg.walk import Part
items = list(read_part(Part(sys.argv[1])))
print(sum(isinstance(a, Article) for a in items))
"""


def write_jsonl(path: Path, lines: int) -> None:
    texts = [corpus.article(i).text for i in range(1, 2001)]
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(lines):
            fh.write(json.dumps({"text": f"{texts[i % len(texts)]}\n{i}"}, ensure_ascii=False) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=200_000)
    ap.add_argument("--extract", type=int, nargs="*", default=[2000, 8000])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "big.jsonl"
        start = time.perf_counter()
        write_jsonl(src, args.lines)
        print(f"{args.lines:,} lines, {src.stat().st_size / 1e6:.0f} MB written in {time.perf_counter() - start:.0f} s")
        for label, code in (("parts of 256 lines", READ_PARTS), ("one unit (before)", READ_WHOLE)):
            seconds, rss, out = run_timed([sys.executable, "-c", code, str(src)])
            print(f"read {label:20} {int(out):,} articles in {seconds:.1f} s, peak RSS {rss} MB")
        for n in args.extract:
            part = Path(tmp) / f"first{n}.jsonl"
            with open(src, encoding="utf-8") as fh, open(part, "w", encoding="utf-8") as out:
                for _, line in zip(range(n), fh):
                    out.write(line)
            seconds, rss, _ = run_timed([*KG, "extract", str(part), "-o", str(Path(tmp) / "shard.nq"), "-q"])
            print(f"kg extract of {n:,} lines: {seconds:.1f} s, peak RSS (largest of its processes) {rss} MB")


if __name__ == "__main__":
    main()
