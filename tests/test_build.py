"""kg build as a user meets it: Ctrl-C (issue 15 item 4), a store that cannot be written or
read (item 12), terminal escapes (item 13), progress, summary, deleted files and a failed
first build (issue 16 item 5)."""
from __future__ import annotations

import fcntl
import io
import json
import os
import pty
import select
import re
import signal
import struct
import subprocess
import termios
import time

import pytest

from kg.pipeline import Build
from kg.store import Store

from .conftest import EXAMPLES, kg_cmd, run_kg

ARTICLES = sorted(EXAMPLES.glob("*.txt"))


def _corpus(folder, n: int):
    """n distinct articles (an example with a line of its own number appended)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        src = ARTICLES[i % len(ARTICLES)]
        (folder / f"a{i:03d}.txt").write_text(src.read_text(encoding="utf-8") + f"\n{i}\n", encoding="utf-8")
    return folder


def _nquads(store) -> list[str]:
    with Store(store, read_only=True) as st:
        import pyoxigraph as ox

        text = st.ox.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8")  # every graph
    return sorted(ln for ln in text.splitlines() if "/ontology#lastBuild" not in ln)


def _stats(store) -> dict:
    out = run_kg("stats", "--store", store, check=True).stdout
    return {m.group(1): int(m.group(2)) for m in re.finditer(r"^(\w[\w ]*?)\s+(\d+)\s*$", out, re.M)}


# -- issue 15 item 4: Ctrl-C --------------------------------------------------------------------------

def test_a_stopped_build_keeps_what_it_extracted_and_a_rerun_finishes(tmp_path):
    folder = _corpus(tmp_path / "in", 30)
    clean = tmp_path / "clean"
    with Store(clean) as st:
        Build(st, workers=1).run([str(folder)])
    store = tmp_path / "s"
    with Store(store) as st:
        build = Build(st, workers=1)
        build.on_article = lambda _b: setattr(build, "stopping", build.report.articles >= 7)
        report = build.run([str(folder)])
    assert report.interrupted and report.articles == 7 and report.store["articles"] == 7
    with Store(store) as st:
        again = Build(st, workers=1).run([str(folder)])
    assert (again.unchanged, again.articles, again.interrupted) == (7, 23, False)
    assert _nquads(store) == _nquads(clean)


def test_ctrl_c_once_every_article_is_read_finishes_the_build_and_says_so(tmp_path, monkeypatch):
    """Ctrl-C while the build resolves and stores what it read: nothing is left to skip, so
    the build finishes, and the user is told so (one line) rather than left waiting."""
    import kg.pipeline
    from kg.progress import Silent

    real = kg.pipeline.resolve_into

    def resolve_after_ctrl_c(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGINT)
        return real(*args, **kwargs)

    monkeypatch.setattr(kg.pipeline, "resolve_into", resolve_after_ctrl_c)
    notes: list[str] = []

    class Watched(Silent):
        def note(self, line: str) -> None:
            notes.append(line)

    with Store(tmp_path / "s") as st:
        report = Build(st, workers=1, progress=Watched()).run([str(_corpus(tmp_path / "in", 5))])
    assert not report.interrupted and report.store["articles"] == 5
    assert len(notes) == 1 and notes[0].startswith("kg: every article is read; finishing the store"), notes


def _interrupt_once_started(proc, master, total: int, after: int = 3) -> bytes:
    """Read the build's progress bar off its terminal; send Ctrl-C to its process group once
    ``after`` articles are done (not after a fixed delay, which raced on a loaded machine)."""
    seen = b""
    deadline = time.monotonic() + 240
    while proc.poll() is None and time.monotonic() < deadline:
        if select.select([master], [], [], 0.2)[0]:
            try:
                seen += os.read(master, 65536)
            except OSError:
                break
            done = [int(n) for n in re.findall(rb"(\d+)/%d articles" % total, seen)]
            if done and max(done) >= after:
                break
    os.killpg(proc.pid, signal.SIGINT)
    return seen


def _drain(master) -> bytes:
    out = b""
    while select.select([master], [], [], 0.2)[0]:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    return out


def test_ctrl_c_on_the_process_group_exits_130_with_one_line(tmp_path):
    total = 1200  # several seconds of work: the bar shows after 1 s, and a fast machine built 240 in 1.3 s
    folder = _corpus(tmp_path / "in", total)
    store = tmp_path / "s"
    master, slave = pty.openpty()  # a terminal, so that the build shows its progress bar
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 160, 0, 0))  # a new pty has 0 columns
    proc = subprocess.Popen([*kg_cmd(), "build", str(folder), "--store", str(store)], stdout=subprocess.PIPE,
                            stderr=slave, text=True, start_new_session=True)
    os.close(slave)
    seen = _interrupt_once_started(proc, master, total)
    deadline = time.monotonic() + 300
    while proc.poll() is None and time.monotonic() < deadline:  # keep reading its terminal: a full
        seen += _drain(master)                                    # pty buffer would block the build
    seen += _drain(master)
    out, _ = proc.communicate(timeout=60)
    os.close(master)
    assert proc.returncode == 130, (out, seen)
    err = re.sub(rb"\x1b\[[0-9;]*[A-Za-z]", b"", seen).decode("utf-8", "replace")
    lines = [ln for ln in re.split(r"[\r\n]+", err) if ln.strip() and " articles [" not in ln]
    assert len(lines) == 1 and "Traceback" not in err, err
    kept = int(re.match(r"kg: interrupted: (\d+) articles kept in ", lines[0]).group(1))
    assert 0 < kept < total
    again = run_kg("build", folder, "--store", store, check=True)
    assert again.stdout.startswith(f"{total - kept} articles read, {kept} files unchanged"), again.stdout
    assert _stats(store)["articles"] == total


# -- issue 16 item 5 ----------------------------------------------------------------------------------

def test_progress_shows_total_rate_and_time_left():
    from kg.progress import Progress

    buf = io.StringIO()
    p = Progress(stream=buf, force=True)
    p.start(40)
    for _ in range(10):
        p.tick()
    p.bar.refresh()
    text = buf.getvalue()
    p.done()
    assert re.search(r"10/40 articles \[\d\d:\d\d<[\d:?]+, *[\d.?]+ ?articles/s\]", text), text


def test_the_summary_counts_are_what_stats_reports(tmp_path):
    store = tmp_path / "s"
    out = run_kg("build", EXAMPLES, "--store", store, check=True).stdout
    m = re.search(r"holds (\d+) articles: (\d+) meetings, (\d+) chairs, (\d+) officials, (\d+) pledges", out)
    s = _stats(store)
    assert [int(x) for x in m.groups()] == [s["articles"], s["Meeting"], s["chair edges"], s["Person"], s["Pledge"]]


def test_a_file_deleted_from_a_folder_leaves_the_store(tmp_path):
    folder = _corpus(tmp_path / "in", 3)
    store = tmp_path / "s"
    run_kg("build", folder, "--store", store, check=True)
    (folder / "a001.txt").unlink()
    kept = run_kg("build", folder, "--store", store, "--keep-missing", check=True).stdout
    assert "removed" not in kept and _stats(store)["articles"] == 3
    out = run_kg("build", folder, "--store", store, check=True).stdout
    assert "2 files unchanged, 1 files removed" in out and "holds 2 articles" in out
    assert _stats(store)["articles"] == 2
    files = run_kg("query", "SELECT ?f WHERE { ?a <https://w3id.org/ctkg/ontology#sourceFile> ?f }",
                   "--store", store, "--format", "csv", check=True).stdout
    assert sorted(files.split()[1:]) == ["a000.txt", "a002.txt"]
    fresh = tmp_path / "fresh"
    run_kg("build", folder, "--store", fresh, check=True)
    # the lexicon graph keeps describing the states the gone article named, as it does
    # when a changed file stops naming one: everything else is what a fresh build gives
    assert _without_lexicon(_nquads(store)) == _without_lexicon(_nquads(fresh))


def _without_lexicon(lines: list[str]) -> list[str]:
    """N-Quads lines without the lexicon graph's statements and their merged copies."""
    lexicon = {ln.rsplit(" <", 1)[0] + " ." for ln in lines if ln.endswith("/graph/lexicon> .")}
    return [ln for ln in lines if not ln.endswith("/graph/lexicon> .") and ln not in lexicon]


def test_a_failed_first_build_leaves_no_store_folder(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "x.txt").write_text("no Arabic here", encoding="utf-8")
    proc = run_kg("build", tmp_path / "in", "--store", tmp_path / "new")
    assert proc.returncode == 1 and not (tmp_path / "new").exists()


# -- issue 15 item 12: a store that cannot be written or read -------------------------------------------

@pytest.fixture
def built(tmp_path):
    store = tmp_path / "s"
    run_kg("build", ARTICLES[0], ARTICLES[1], "--store", store, check=True)
    return store


def test_a_damaged_database_is_one_line_exit_5_and_left_alone(built, tmp_path):
    for f in (built / "oxigraph").iterdir():
        if f.name.startswith("MANIFEST") or f.suffix == ".sst":
            f.write_bytes(b"\0garbage" * 10)
    def contents():  # RocksDB rotates its own LOG on every attempt to open: the data is what counts
        return {p.relative_to(built): p.read_bytes() for p in built.rglob("*") if p.is_file()
                and not p.name.startswith("LOG") and p.name != "kg.lock"}

    before = contents()
    for args in (["build", ARTICLES[2]], ["stats"], ["export", "-o", tmp_path / "g.ttl"]):
        proc = run_kg(*args, "--store", built)
        assert proc.returncode == 5, proc.stderr
        [line] = proc.stderr.strip().splitlines()
        assert line.startswith(f"kg: {built}: the store's database is damaged")
    assert contents() == before


@pytest.mark.parametrize("name,content", [("files.json", "[]"), ("files.json", "{\"a\": 3"),
                                          ("ctkg.json", "[]"), ("ctkg.json", "{\"last_build\": 5}")])
def test_a_malformed_sidecar_file_is_a_warning_once_not_a_failure_every_run(built, name, content):
    (built / name).write_text(content, encoding="utf-8")
    first = run_kg("build", ARTICLES[2], "--store", built)
    assert first.returncode == 0, first.stderr
    assert first.stderr.strip().splitlines() == [
        f"kg: warning: {built / name}: " + ("not the JSON object ctkg writes" if content.endswith(("]", "5}"))
                                            else "Expecting ',' delimiter: line 1 column 8 (char 7)")
        + "; starting it afresh"]
    second = run_kg("build", ARTICLES[2], "--store", built)
    assert second.returncode == 0 and second.stderr == ""
    assert run_kg("stats", "--store", built).returncode == 0


@pytest.fixture
def mount(tmp_path):
    mnt = tmp_path / "mnt"
    mnt.mkdir()

    def do(*opts):
        if os.geteuid() != 0:
            pytest.skip("mounting a tmpfs needs root")
        cmd = ["mount", *opts, str(mnt)]
        if subprocess.run(cmd, capture_output=True).returncode != 0:
            pytest.skip("cannot mount a tmpfs here")
    yield mnt, do
    subprocess.run(["umount", str(mnt)], capture_output=True, check=False)


def test_a_read_only_store_is_one_line_exit_5(mount):
    mnt, do = mount
    do("-t", "tmpfs", "-o", "size=64m", "tmpfs")
    run_kg("build", ARTICLES[0], "--store", mnt / "s", check=True)
    before = _nquads(mnt / "s")
    do("-o", "remount,ro")
    proc = run_kg("build", ARTICLES[1], "--store", mnt / "s")
    assert proc.returncode == 5
    assert proc.stderr.strip().splitlines() == [f"kg: {mnt / 's'}: cannot write the store: Read-only file system"]
    assert _nquads(mnt / "s") == before


@pytest.mark.parametrize("room", [0, 64 * 1024, 512 * 1024])
def test_a_full_disk_during_a_build_is_one_line_exit_5_store_as_it_was(mount, room):
    mnt, do = mount
    do("-t", "tmpfs", "-o", "size=48m", "tmpfs")
    store = mnt / "s"
    run_kg("build", ARTICLES[0], "--store", store, check=True)
    before, manifest = _nquads(store), (store / "files.json").read_bytes()
    fd = os.open(mnt / "filler", os.O_WRONLY | os.O_CREAT)
    for size in (65536, 1):  # fill the disk to the last byte
        try:
            while os.write(fd, b"\0" * size):
                pass
        except OSError:
            pass
    os.ftruncate(fd, max(0, os.fstat(fd).st_size - room))  # and give some back: the store opens, a write fails
    os.close(fd)
    proc = run_kg("build", EXAMPLES, "--store", store)
    (mnt / "filler").unlink()
    assert proc.returncode == 5, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "No space left on device" in lines[0] and str(store) in lines[0], lines
    assert (store / "files.json").read_bytes() == manifest
    assert _nquads(store) == before


# -- issue 15 item 13: terminal escapes from article text -------------------------------------------------

ESCAPES = "\x1b]0;owned\x07\x1b[2J\x1b[31m"


def test_printable_escapes_control_characters():
    from kg.terminal import printable

    assert printable("a\x1b[31mb\x07c\x9bd\ne\u202e") == "a\\x1b[31mb\\x07c\\x9bd\\ne"


def test_terminal_escapes_in_an_article_never_reach_the_terminal(tmp_path):
    text = ARTICLES[0].read_text(encoding="utf-8")
    i = text.index("استضافت")
    (tmp_path / "e.txt").write_text(text[:i] + ESCAPES + text[i:], encoding="utf-8")
    store = tmp_path / "s"
    run_kg("build", tmp_path / "e.txt", "--store", store, check=True)
    shown = run_kg("explain", "country/US", "--store", store, check=True).stdout
    assert "\\x1b]0;owned\\x07" in shown
    table = run_kg("query", "SELECT ?t WHERE { ?s <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> ?t }",
                   "--store", store, check=True).stdout
    assert "\\x1b[2J" in table
    for out in (shown, table):
        assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f]", out)
    as_json = json.loads(run_kg("explain", "country/US", "--store", store, "--json", check=True).stdout)
    assert any(ESCAPES in f["sentence"] for f in as_json["facts"])  # the data keeps the text as written


# -- issue 14: a verbatim copy is not extracted again ----------------------------------------------

def test_a_verbatim_copy_is_extracted_once_and_stored_as_if_it_had_been(tmp_path, monkeypatch):
    import kg.pipeline

    folder = _corpus(tmp_path / "in", 3)
    (folder / "copy-of-a001.txt").write_bytes((folder / "a001.txt").read_bytes())
    calls = []
    real = kg.pipeline._build_one
    monkeypatch.setattr(kg.pipeline, "_build_one", lambda article, *a: calls.append(article.source_file)
                        or real(article, *a))
    with Store(tmp_path / "s") as st:
        report = Build(st, workers=1).run([str(folder)])
    assert sorted(calls) == ["a000.txt", "a001.txt", "a002.txt"]  # the copy was not extracted
    assert report.articles == 4
    # the same store as when the copy is read on its own, in a later build
    apart = tmp_path / "apart"
    (apart / "copy").mkdir(parents=True)
    (folder / "copy-of-a001.txt").rename(apart / "copy" / "copy-of-a001.txt")
    with Store(tmp_path / "s2") as st:
        Build(st, workers=1).run([str(folder)])
        Build(st, workers=1).run([str(apart / "copy")])
    assert _nquads(tmp_path / "s") == _nquads(tmp_path / "s2")
    files = json.loads((tmp_path / "s" / "files.json").read_text(encoding="utf-8"))
    graphs = {os.path.basename(k): v["graphs"] for k, v in files.items()}
    assert graphs["copy-of-a001.txt"] == graphs["a001.txt"]


def test_a_copy_of_an_unreadable_file_is_named_by_its_own_name(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("no Arabic here at all", encoding="utf-8")
    (folder / "b.txt").write_text("no Arabic here at all", encoding="utf-8")
    _corpus(folder, 1)
    errors = []
    with Store(tmp_path / "s") as st:
        Build(st, workers=1, on_error=errors.append).run([str(folder)])
    assert sorted(os.path.basename(e.source) for e in errors) == ["a.txt", "b.txt"]
