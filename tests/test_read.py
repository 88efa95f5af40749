"""Reading files: encodings, HTML, JSONL, and bad input reported by name, never raised."""
from __future__ import annotations

import json

import pytest

from kg.errors import InputError
from kg.read import Article, read_paths

AR = "عقد التحالف الدولي ضد داعش اجتماعه الوزاري اليوم في الكويت بمشاركة 75 دولة ومنظمة."


def read_one(path):
    items = list(read_paths([path]))
    assert len(items) == 1
    return items[0]


@pytest.mark.parametrize("encoding,bom", [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1256", b""), ("utf-16-le", b"\xff\xfe"),
    ("utf-16-be", b"\xfe\xff"), ("utf-16-le", b""),
])
def test_read_text_encodings(tmp_path, encoding, bom):
    p = tmp_path / "a.txt"
    p.write_bytes(bom + AR.encode(encoding))
    art = read_one(p)
    assert isinstance(art, Article)
    assert art.text == AR
    assert art.source_file == "a.txt"


@pytest.mark.parametrize("content,reason", [
    (b"", "empty file"),
    (b"   \n\t ", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file (a PNG image)"),
    (b"\x00\x01\x02\x03" * 100, "binary file (NUL bytes)"),
    (b"The coalition met in Kuwait today with 75 states.", "no Arabic text"),
    (b"1234 5678 9012 3456 7890", "no Arabic text"),
    (b"caf\xe9 cr\xe8me br\xfbl\xe9e " * 20, "not UTF-8"),
    (b"\xff\xfe" + bytes(range(1, 32)) * 20, "binary file"),
])
def test_bad_text_files_are_reported(tmp_path, content, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    err = read_one(p)
    assert isinstance(err, InputError)
    assert reason in err.reason
    assert str(p) in str(err)


def test_jsonl_reads_good_lines_and_reports_bad_ones(tmp_path):
    p = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"text": AR, "title": "عنوان", "published": "2018-02-13", "url": "https://x.example/a"}),
        "{not json",
        "",
        "[1, 2]",
        json.dumps({"title": "no text"}),
        json.dumps({"text": AR + " ثانية", "source": "KUNA"}),
    ]
    p.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_paths([p]))
    arts = [i for i in items if isinstance(i, Article)]
    errs = [i for i in items if isinstance(i, InputError)]
    assert [a.source_file for a in arts] == ["batch.jsonl#1", "batch.jsonl#6"]
    assert arts[0].published == "2018-02-13" and arts[0].title == "عنوان"
    assert [e.source.rsplit(":", 1)[1] for e in errs] == ["2", "4", "5"]


def test_html_main_text_and_metadata(tmp_path):
    p = tmp_path / "page.html"
    body = "".join(f"<p>{AR} فقرة {i}.</p>" for i in range(4))
    p.write_text(f"""<html><head><title>خبر</title><meta property="article:published_time" content="2018-02-13">
        <script>alert('x')</script></head><body><nav>القائمة</nav><article><h1>خبر</h1>{body}</article>
        </body></html>""", encoding="utf-8")
    art = read_one(p)
    assert isinstance(art, Article), art
    assert "التحالف الدولي" in art.text and "alert" not in art.text


def test_unknown_suffix_and_missing_path(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
    errs = list(read_paths([tmp_path / "x.pdf", tmp_path / "missing.txt"]))
    assert all(isinstance(e, InputError) for e in errs)
    assert "unsupported file type" in errs[0].reason and "no such file" in errs[1].reason


def test_folder_is_read_in_order_and_hidden_files_skipped(tmp_path):
    for name in ("b.txt", "a.txt", ".hidden.txt"):
        (tmp_path / name).write_text(AR, encoding="utf-8")
    assert [a.source_file for a in read_paths([tmp_path])] == ["a.txt", "b.txt"]


def test_article_id_is_content_hash():
    assert Article(text=AR, source_file="a").id == Article(text=AR, source_file="b").id
    assert Article(text=AR, source_file="a").id != Article(text=AR + ".", source_file="a").id


# -- issue 15 item 3: a lone surrogate skips its line; a .jsonl streams in parts -----------------

def test_jsonl_lone_surrogate_line_is_skipped_with_file_and_line(tmp_path):
    p = tmp_path / "batch.jsonl"
    p.write_text("\n".join([json.dumps({"text": AR}), '{"text": "' + AR + ' \\ud800"}',
                            '{"text": "' + AR + '", "title": "\\udfff"}', json.dumps({"text": AR + " ثالثة"})]),
                 encoding="utf-8")
    items = list(read_paths([p]))
    assert [a.source_file for a in items if isinstance(a, Article)] == ["batch.jsonl#1", "batch.jsonl#4"]
    errs = [e for e in items if isinstance(e, InputError)]
    assert [str(e).split(": ")[0] for e in errs] == [f"{p}:2", f"{p}:3"]
    assert all("lone surrogate" in e.reason for e in errs)


def test_a_jsonl_is_cut_into_parts_that_read_every_line_once(tmp_path):
    from kg.read import read_part
    from kg.walk import parts_of

    p = tmp_path / "big.jsonl"
    lines = [json.dumps({"text": f"{AR} {i}"}) if i % 7 else "" for i in range(1, 601)]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    parts = list(parts_of(p, lines=256))
    assert [(q.first_line, q.last) for q in parts] == [(1, False), (257, False), (513, True)]
    assert sum(q.lines for q in parts) == sum(1 for ln in lines if ln)
    got = [a.source_file for q in parts for a in read_part(q)]
    assert got == [f"big.jsonl#{i}" for i in range(1, 601) if i % 7]


# -- issue 15 item 11: links out of the input folder and FIFOs are skipped with a reason -----------

def test_links_out_of_the_tree_and_fifos_are_skipped_with_a_reason(tmp_path):
    import os

    from kg.read import iter_files

    outside, tree = tmp_path / "outside", tmp_path / "tree"
    outside.mkdir()
    (tree / "sub").mkdir(parents=True)
    (outside / "secret.txt").write_text(AR, encoding="utf-8")
    (tree / "a.txt").write_text(AR, encoding="utf-8")
    (tree / "sub" / "link-out.txt").symlink_to(outside / "secret.txt")
    (tree / "link-in.txt").symlink_to(tree / "a.txt")
    (tree / "linked-folder").symlink_to(outside)
    os.mkfifo(tree / "pipe.txt")
    found = list(iter_files([tree]))
    files = sorted(p.name for p in found if not isinstance(p, InputError))
    reasons = {e.source.rsplit("/", 1)[1]: e.reason for e in found if isinstance(e, InputError)}
    assert files == ["a.txt", "link-in.txt"]
    assert "outside the input folder" in reasons["link-out.txt"] and "--follow-links" in reasons["link-out.txt"]
    assert reasons["pipe.txt"].startswith("a FIFO")
    followed = [p.name for p in iter_files([tree], follow_links=True) if not isinstance(p, InputError)]
    assert sorted(followed) == ["a.txt", "link-in.txt", "link-out.txt", "secret.txt"]


def test_a_fifo_is_refused_without_blocking(tmp_path):
    import os
    import threading

    from kg.read import read_file

    fifo = tmp_path / "late.txt"
    os.mkfifo(fifo)
    out: list = []
    t = threading.Thread(target=lambda: out.extend(read_file(fifo)), daemon=True)
    t.start()
    t.join(30)
    if t.is_alive():  # unblock the reader before failing, so the test run can end
        with open(fifo, "wb"):
            pass
        pytest.fail("reading a FIFO blocked")
    [err] = out
    assert isinstance(err, InputError) and "FIFO" in err.reason
    [named] = list(read_paths([fifo]))
    assert isinstance(named, InputError) and "FIFO" in named.reason


def _page(tmp_path, head: str, body: str):
    p = tmp_path / "page.html"
    p.write_text(f"<html><head><title>خبر</title>{head}</head><body><article>{body}</article>"
                 "<footer><p>جميع الحقوق محفوظة © 2024</p></footer></body></html>", encoding="utf-8")
    return read_one(p)


def test_a_pages_date_comes_from_its_markup_never_from_a_copyright_footer(tmp_path):
    body = "<p>الكويت - 13 فبراير 2018</p>" + "".join(f"<p>{AR}</p>" for _ in range(3))
    assert _page(tmp_path, "", body).published is None  # the dateline dates it, not '© 2024'
    dated = _page(tmp_path, '<meta property="article:published_time" content="2018-02-13">', body)
    assert dated.published == "2018-02-13"
