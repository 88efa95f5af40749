"""The evaluation's scorer on the seeds (must be exact) and on the dev set."""
from __future__ import annotations

import json
import subprocess
import sys

from .conftest import SHARED, kg_cmd


def score(folder) -> dict:
    proc = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(folder), "--json",
                           "--kg", " ".join(kg_cmd())], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_seeds_exactly_right(scorer):
    result = score(SHARED / "seeds")
    assert result["headline_f1"] == 1.0
    assert result["published"]["f1"] == 1.0


def test_dev_set_quality(scorer):
    result = score(SHARED / "eval" / "dev")
    assert result["headline_f1"] >= 0.95
    for key in ("meetings", "chairs", "officials", "pledges"):
        assert result[key]["f1"] >= 0.9, key
    assert result["published"]["f1"] >= 0.95
