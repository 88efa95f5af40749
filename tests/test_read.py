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
