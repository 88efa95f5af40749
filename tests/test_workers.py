"""Issue 15 item 1: errors cross process boundaries, a dying worker never hangs a build;
issue 12 item 4: a bug in extraction surfaces instead of hiding as a skipped file."""
from __future__ import annotations

import inspect
import os
import pickle
import signal
import warnings

import pytest

import kg.errors
from kg.errors import InputError, KgError
from kg.walk import Part

from .conftest import DATA, EXAMPLES, run_kg


def _family(cls):
    yield cls
    for sub in cls.__subclasses__():
        yield from _family(sub)


def _make(cls):
    params = [p for p in inspect.signature(cls.__init__).parameters.values()
              if p.name != "self" and p.default is p.empty and p.kind == p.POSITIONAL_OR_KEYWORD]
    return cls(*[f"{p.name}-value" for p in params]) if params else cls("a message")


def _import_all() -> None:
    """Every module of kg, so that every error class defined anywhere is in the family."""
    import importlib
    import pkgutil

    import kg

    for mod in pkgutil.walk_packages(kg.__path__, "kg."):
        importlib.import_module(mod.name)


_import_all()
ERRORS = sorted({c for c in _family(KgError) if c.__module__.startswith("kg")}, key=lambda c: c.__qualname__)


def test_every_error_class_is_collected():
    assert len(ERRORS) >= 10 and InputError in ERRORS


@pytest.mark.parametrize("cls", ERRORS, ids=lambda c: c.__name__)
def test_every_error_survives_a_pickle_round_trip(cls):
    err = _make(cls)
    err.report = {"articles": 0}  # attributes set after construction travel too
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is cls and str(back) == str(err) and back.args == err.args
    assert back.__dict__ == err.__dict__


def test_warnings_of_ctkg_pickle_too():
    w = kg.errors.DamagedFile("x: y")
    assert str(pickle.loads(pickle.dumps(w))) == "x: y"


def _dies_on_some(part: Part) -> list:
    name = os.path.basename(part.path)
    if name == "exit.txt":
        os._exit(3)
    if name == "kill.txt":
        os.kill(os.getpid(), signal.SIGKILL)
    return [name]


def test_a_dying_worker_is_that_files_error_never_a_hang(tmp_path):
    from kg.workers import results

    names = [f"f{i:02d}.txt" for i in range(44)]
    names[7], names[30] = "exit.txt", "kill.txt"
    parts = [Part(str(tmp_path / n)) for n in names]
    got = list(results(parts, _dies_on_some, workers=2))
    assert [p.path for p, _ in got] == [p.path for p in parts]  # every part once, in order
    by_name = {os.path.basename(p.path): r for p, r in got}
    for name in ("exit.txt", "kill.txt"):
        [err] = by_name[name]
        assert isinstance(err, InputError) and "worker reading it died" in err.reason
    assert "exit code 3" in by_name["exit.txt"][0].reason and "SIGKILL" in by_name["kill.txt"][0].reason
    assert all(by_name[n] == [n] for n in names if n not in ("exit.txt", "kill.txt"))


def test_parallel_build_of_45_files_with_skipped_ones_finishes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    articles = sorted(EXAMPLES.glob("*.txt"))
    for i in range(40):
        src = articles[i % len(articles)]
        (folder / f"a{i:02d}.txt").write_text(src.read_text(encoding="utf-8") + f"\n{i}\n", encoding="utf-8")
    bad = ["empty.txt", "image.txt", "english.txt", "nul-bytes.txt", "numbers-only.txt"]
    for name in bad:
        (folder / name).write_bytes((DATA / "bad" / name).read_bytes())
    proc = run_kg("build", folder, "--store", tmp_path / "s")  # 2+ workers: the pool path
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert sorted(ln.split("/")[-1].split(":")[0] for ln in lines) == sorted(bad)
    assert proc.stdout.startswith("40 articles read, 5 skipped")


def test_a_bug_in_extraction_surfaces_naming_the_article(monkeypatch):
    import kg.extract
    from kg.pipeline import process_file

    def broken(*_a, **_k):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(kg.extract, "extract", broken)
    path = sorted(EXAMPLES.glob("*.txt"))[0]
    with pytest.raises(ZeroDivisionError) as info:
        process_file(str(path))
    assert any(path.name in note for note in info.value.__notes__)


def test_an_input_error_from_extraction_is_a_skip(monkeypatch):
    import kg.extract
    from kg.pipeline import process_file

    def refuses(*_a, **_k):
        raise InputError("", "no meeting words")

    monkeypatch.setattr(kg.extract, "extract", refuses)
    path = sorted(EXAMPLES.glob("*.txt"))[0]
    [err] = process_file(str(path))
    assert isinstance(err, InputError) and err.reason == "no meeting words"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        pickle.loads(pickle.dumps(err))
