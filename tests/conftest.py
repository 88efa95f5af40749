"""Shared fixtures: paths, a built example store, the evaluation scorer."""
from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples" / "articles"
DATA = Path(__file__).resolve().parent / "data"


def kg_cmd() -> list[str]:
    exe = shutil.which("kg", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "kg.cli"]


def run_kg(*args: str, cwd: Path | None = None, check: bool = False, input: str | None = None):
    """Run the installed `kg` command; returns the CompletedProcess."""
    proc = subprocess.run([*kg_cmd(), *map(str, args)], capture_output=True, text=True, cwd=cwd,
                          input=input, timeout=600)
    if check and proc.returncode != 0:
        raise AssertionError(f"kg {' '.join(map(str, args))} exited {proc.returncode}:\n{proc.stderr}")
    return proc


@pytest.fixture(scope="session")
def example_store(tmp_path_factory) -> Path:
    """The bundled example articles, built once for the session."""
    store = tmp_path_factory.mktemp("example") / "store"
    run_kg("build", EXAMPLES, "--store", store, check=True)
    return store


@pytest.fixture(scope="session")
def scorer():
    """The evaluation's own scorer (../shared/eval/score.py), imported as a module."""
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        pytest.skip("../shared/eval/score.py is not beside the project")
    spec = importlib.util.spec_from_file_location("ctkg_score", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["ctkg_score"] = mod  # dataclasses look their module up while the class is built
    spec.loader.exec_module(mod)
    return mod
