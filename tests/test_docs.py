"""Documentation is tested: the README's commands are the ones CI runs."""
from __future__ import annotations

import re

from .conftest import ROOT


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", text, re.S)


def test_readme_has_exactly_two_setup_commands():
    cmds = readme_commands()
    assert len(cmds) == 2
    assert all("\n" not in c for c in cmds)


def test_ci_runs_the_readme_test_command():
    test_cmd = readme_commands()[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_cmd in ci


def test_main_command_builds_the_bundled_examples():
    main = readme_commands()[0]
    for part in ("pip install", "kg build examples/articles", "graph.ttl", "graph.html", "kg query pledges"):
        assert part in main


def test_examples_are_the_seed_and_dev_articles():
    names = sorted(p.name for p in (ROOT / "examples" / "articles").glob("*.txt"))
    assert len(names) == 18
    assert "seed-2018-ministerial.txt" in names and "d16.txt" in names


# --- Every other code block of the README runs, and shows what the program prints. ---

import os  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402

import pytest  # noqa: E402

# Blocks that need what a test machine has not: GNU parallel and a folder `articles`,
# a SPARQL server listening. Named here so that a new block is run, not forgotten.
NOT_RUN = ("| parallel", "oxigraph serve")


def readme_blocks(lang: str) -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(rf"```{lang}\n(.+?)\n```", text, re.S)


def session(block: str) -> list[tuple[str, list[str]]]:
    """``$ command`` lines, each with the output lines the README shows under it."""
    steps: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        else:
            steps[-1][1].append(line)
    return steps


def _tolerant(text: str) -> list[str]:
    """Lines without trailing blanks, timings and temporary paths."""
    text = re.sub(r"\b\d+(\.\d+)? s\b", "N s", text)
    return [line.rstrip() for line in text.strip("\n").splitlines()]


@pytest.fixture
def readme_dir(tmp_path):
    """A fresh folder holding what the README's commands read (examples/, queries/)."""
    os.symlink(ROOT / "examples", tmp_path / "examples")
    os.symlink(ROOT / "queries", tmp_path / "queries")
    env = dict(os.environ, PATH=f"{os.path.dirname(sys.executable)}{os.pathsep}{os.environ['PATH']}",
               COLUMNS="200")
    return tmp_path, env


def test_readme_sessions_run_and_print_what_they_show(readme_dir):
    cwd, env = readme_dir
    blocks = [b for b in readme_blocks("console") if not any(x in b for x in NOT_RUN)]
    assert len(blocks) >= 2
    for block in blocks:
        for command, shown in session(block):
            proc = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=cwd, env=env,
                                  capture_output=True, text=True, timeout=600)
            assert proc.returncode == 0, f"$ {command}\n{proc.stderr}"
            if shown:
                printed = proc.stdout if proc.stdout.strip() else proc.stderr
                assert _tolerant(printed) == _tolerant("\n".join(shown)), f"$ {command}"


def test_readme_python_runs(readme_dir):
    cwd, env = readme_dir
    for code in readme_blocks("python"):
        proc = subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True,
                              text=True, timeout=600)
        assert proc.returncode == 0, proc.stderr
