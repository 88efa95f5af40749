"""Issue 15 item 10 (every -o written safely), item 12 (clear errors on write), and
issue 16 item 3 (kg export: format from the extension, -o -, default names)."""
from __future__ import annotations

import errno
import os
import stat
import subprocess

import pytest

from kg.errors import DiskError, UsageError
from kg.output import open_output

from .conftest import kg_cmd, run_kg


def test_a_planted_part_link_is_never_written_through(example_store, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    out = tmp_path / "graph.ttl"
    (tmp_path / "graph.ttl.part").symlink_to(victim)  # the name the old code wrote to
    run_kg("export", "--store", example_store, "-o", out, check=True)
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert stat.S_ISREG(os.lstat(out).st_mode) and out.read_text(encoding="utf-8").startswith("@prefix")


def test_the_temporary_file_is_unpredictable_and_private_to_the_write(tmp_path):
    target = tmp_path / "x.ttl"
    seen = []
    for _ in range(2):
        with open_output(target) as fh:
            fh.write(b"data")
            seen.append({p.name for p in tmp_path.iterdir()} - {"x.ttl"})
    assert all(len(s) == 1 for s in seen) and seen[0] != seen[1]
    assert all(next(iter(s)).startswith(".x.ttl.") for s in seen)
    assert [p.name for p in tmp_path.iterdir()] == ["x.ttl"] and target.read_bytes() == b"data"


def test_a_failed_write_leaves_neither_target_nor_temporary(tmp_path):
    target = tmp_path / "x.ttl"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), open_output(target) as fh:
        fh.write(b"half")
        raise RuntimeError("stop")
    assert [p.name for p in tmp_path.iterdir()] == ["x.ttl"] and target.read_bytes() == b"old"


@pytest.mark.parametrize("kind", ["device", "fifo", "folder"])
def test_what_is_not_a_regular_file_is_never_replaced(example_store, tmp_path, kind):
    if kind == "device":
        target = "/dev/null"
    elif kind == "fifo":
        target = tmp_path / "pipe.ttl"
        os.mkfifo(target)
    else:
        target = tmp_path / "dir.ttl"
        target.mkdir()
    before = os.lstat(target).st_mode
    proc = run_kg("export", "--store", example_store, "--format", "turtle", "-o", target)
    assert proc.returncode == 2, proc.stderr
    assert "refusing to replace it" in proc.stderr and "Traceback" not in proc.stderr
    assert os.lstat(target).st_mode == before
    with pytest.raises(UsageError):
        with open_output(target):
            pass


def test_dash_writes_standard_output(example_store, tmp_path):
    proc = subprocess.run([*kg_cmd(), "export", "--store", str(example_store), "-f", "nquads", "-o", "-"],
                          capture_output=True, cwd=tmp_path, timeout=120)
    assert proc.returncode == 0 and list(tmp_path.iterdir()) == []
    assert proc.stdout.count(b"\n") > 1000 and b"<https://w3id.org/ctkg/" in proc.stdout


# -- issue 16 item 3 -------------------------------------------------------------------------------

@pytest.mark.parametrize("name,rdflib_format", [
    ("g.nt", "nt"), ("g.trig", "trig"), ("g.nq", "nquads"), ("g.jsonld", "json-ld"), ("g.ttl", "turtle"),
])
def test_export_format_follows_the_extension(example_store, tmp_path, name, rdflib_format):
    import rdflib

    out = tmp_path / name
    run_kg("export", "--store", example_store, "-o", out, check=True)
    g = rdflib.Dataset()
    g.parse(out, format=rdflib_format)
    assert len(g) > 1000 or sum(len(c) for c in g.graphs()) > 1000
    if name == "g.nt":
        assert not out.read_text(encoding="utf-8").startswith("@prefix")


def test_format_option_wins_over_the_extension(example_store, tmp_path):
    out = tmp_path / "g.ttl"
    run_kg("export", "--store", example_store, "-o", out, "--format", "nquads", check=True)
    assert out.read_text(encoding="utf-8").splitlines()[0].endswith("> .")
    assert not out.read_text(encoding="utf-8").startswith("@prefix")


@pytest.mark.parametrize("fmt,default", [("trig", "graph.trig"), ("nquads", "graph.nq"), ("gexf", "graph.gexf"),
                                         ("turtle", "graph.ttl")])
def test_each_format_has_its_own_default_file_name(example_store, tmp_path, fmt, default):
    proc = subprocess.run([*kg_cmd(), "export", "--store", str(example_store), "--format", fmt],
                          capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert [p.name for p in tmp_path.iterdir()] == [default]


def test_an_unknown_extension_without_format_is_a_usage_error(example_store, tmp_path):
    proc = run_kg("export", "--store", example_store, "-o", tmp_path / "g.xml")
    assert proc.returncode == 2 and "--format" in proc.stderr
    assert list(tmp_path.iterdir()) == []


# -- issue 15 item 12: writing -----------------------------------------------------------------------

def test_output_into_a_missing_folder_is_one_line_exit_5(example_store, tmp_path):
    target = tmp_path / "no" / "such" / "g.ttl"
    proc = run_kg("export", "--store", example_store, "-o", target)
    assert proc.returncode == 5
    assert proc.stderr.strip().splitlines() == [f"kg: {target}: cannot write: the folder {target.parent} does not exist"]


def test_a_full_disk_during_a_write_is_a_clear_error(tmp_path, monkeypatch):
    import kg.output

    target = tmp_path / "g.ttl"

    def full(_fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(kg.output.os, "fsync", full)
    with pytest.raises(DiskError) as info, open_output(target) as fh:
        fh.write(b"x" * 1000)
    assert str(info.value) == f"{target}: cannot write: No space left on device"
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def tiny_disk(tmp_path):
    """A 1 MB tmpfs (needs root); skipped elsewhere (the monkeypatched test above holds)."""
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)],
                                           capture_output=True).returncode != 0:
        pytest.skip("mounting a small tmpfs needs root")
    yield mnt
    subprocess.run(["umount", str(mnt)], check=False)


def test_export_to_a_full_disk_exits_5_and_leaves_nothing(example_store, tiny_disk):
    target = tiny_disk / "g.nq"
    proc = run_kg("export", "--store", example_store, "-o", target)
    assert proc.returncode == 5, proc.stderr
    assert proc.stderr.strip().splitlines() == [f"kg: {target}: cannot write: No space left on device"]
    assert list(tiny_disk.iterdir()) == []
