#!/usr/bin/env python3
"""Generate the heldout16 measurement set: NAME.txt + NAME.gold.json at the folder's top level.

    python _tools/make.py            # writes the 30 texts and their gold next to README.md

Texts are kept in _tools/texts_*.py (one module per group of events) so that each text and
its gold annotation sit side by side. Every text is original wording written for this set;
facts were checked against stored public pages (see README.md for the sources).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

import texts_a  # noqa: E402  London 2015, CIFG Jeddah 2015, London Syria 2016
import texts_b  # noqa: E402  GCTF Sahel 2016, Oslo 2017, Brussels 2017, Somalia 2017
import texts_c  # noqa: E402  AIMC Tunis 2019, GCTF ministerial 2019, Yemen 2020


def main() -> int:
    entries = texts_a.ENTRIES + texts_b.ENTRIES + texts_c.ENTRIES
    names = [e["name"] for e in entries]
    assert len(names) == len(set(names)), "duplicate file names"
    for e in entries:
        text = e["text"].strip("\n") + "\n"
        (OUT / f"{e['name']}.txt").write_text(text, encoding="utf-8")
        (OUT / f"{e['name']}.gold.json").write_text(
            json.dumps(e["gold"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} texts and gold files to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
