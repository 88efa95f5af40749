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
