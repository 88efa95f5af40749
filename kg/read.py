"""Reading article files: ``.txt``, ``.html``/``.htm`` and ``.jsonl`` -> :class:`Article`.

Whatever analysts scraped goes in here, so nothing in this module raises on
bad input: :func:`read_paths` yields an :class:`~kg.errors.InputError` naming
the file (and line) for each part it cannot use, and goes on with the rest.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .arabic import ARABIC_LETTER, READABLE, strip_bidi
from .errors import InputError
from .markup import is_page, unmarked, with_lead
from .walk import SUFFIXES, Part, iter_files, not_regular

__all__ = ["Article", "read_paths", "read_file", "read_part", "iter_files", "decode", "SUFFIXES"]

MAX_ARTICLE_BYTES = 2_000_000  # a news article is a few kB; 2 MB is a scrape gone wrong
MIN_ARABIC_LETTERS = 20

_MAGIC = {
    b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
    b"%PDF": "a PDF document", b"PK\x03\x04": "a ZIP archive", b"\x1f\x8b": "a gzip archive",
    b"RIFF": "a RIFF media file", b"\x7fELF": "an executable",
}
_ARABIC_LETTER = ARABIC_LETTER


@dataclass(frozen=True)
class Article:
    """One article as read, before any analysis."""

    text: str
    source_file: str  # base name, or FILE#LINE for a .jsonl line
    path: str = ""
    title: str | None = None
    published: str | None = None  # from metadata, ISO; the dateline is read later
    url: str | None = None
    source: str | None = None  # the outlet, from metadata
    encoding: str = "utf-8"
    id: str = field(init=False)

    def __post_init__(self):
        digest = hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]
        object.__setattr__(self, "id", digest)


def read_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Article | InputError]:
    """Articles from every file under ``paths``; an InputError for each bad part."""
    for item in iter_files(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_file(item)


def read_file(path: Path) -> Iterator[Article | InputError]:
    """Every article of one file (one, or a .jsonl's lines); an InputError for each bad part."""
    yield from read_part(Part(str(path)))


def _open_regular(path: Path):
    """The file opened for reading, refusing what is not a regular file without
    blocking on it (a FIFO put in the file's place since the folder was listed)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        st = os.fstat(fd)
        what = not_regular(st.st_mode)
        if what:
            raise InputError(str(path), f"{what}, not a regular file")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb"), st.st_size
    except BaseException:
        os.close(fd)
        raise


def read_part(part: Part) -> Iterator[Article | InputError]:
    """The articles of one unit of work (see :class:`kg.walk.Part`)."""
    path = Path(part.path)
    kind = SUFFIXES.get(path.suffix.lower(), "text")
    try:
        fh, size = _open_regular(path)
    except InputError as err:
        yield err
        return
    except OSError as exc:
        yield InputError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    with fh:
        if kind == "jsonl":
            yield from _read_jsonl(path, fh, part)
            return
        if size > MAX_ARTICLE_BYTES:
            yield InputError(str(path), f"{size / 1e6:.1f} MB is larger than the "
                                        f"{MAX_ARTICLE_BYTES / 1e6:.0f} MB article limit")
            return
        try:
            data = fh.read(MAX_ARTICLE_BYTES + 1)
        except OSError as exc:
            yield InputError(str(path), f"cannot read: {exc.strerror or exc}")
            return
    yield from _read_text(path, data, kind)


def _read_text(path: Path, data: bytes, kind: str) -> Iterator[Article | InputError]:
    try:
        text, encoding = decode(data)
        if kind == "html" or is_page(text):  # a page's source saved as .txt is a page
            text, meta = _html_text(text)
        else:
            meta = {}
        yield _article(text, path.name, str(path), encoding=encoding, **meta)
    except InputError as err:
        yield InputError(str(path), err.reason)


def decode(data: bytes) -> tuple[str, str]:
    """Bytes -> text: UTF-8 (with or without BOM), UTF-16 with a BOM or
    recognisably without one, or Windows-1256, which Arabic sites still serve."""
    if not data.strip():
        raise InputError("", "empty file")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError("", f"binary file ({what}), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _text_or_binary(_strict(data, "utf-16")), "utf-16"
    if b"\x00" in data:
        guess = _utf16_without_bom(data)
        if guess:
            try:
                return _text_or_binary(_strict(data, guess)), guess
            except InputError:
                pass
        raise InputError("", "binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    if len(_ARABIC_LETTER.findall(text)) >= max(MIN_ARABIC_LETTERS, len(text) // 4):
        return text, "cp1256"
    # Pasted together from pages in two encodings: read each line in the one it is in.
    mixed = _line_by_line(data)
    if mixed is not None:
        return mixed, "mixed utf-8/cp1256"
    raise InputError("", f"not UTF-8 (invalid byte at offset {utf8_error.start}) "
                         "and not Windows-1256 Arabic")


_READABLE = READABLE


def _text_or_binary(text: str) -> str:
    """Bytes that decode as UTF-16 by accident come out as characters from every script;
    an article is Arabic, Latin, digits and punctuation."""
    sample = text[:4000]
    if len(_READABLE.findall(sample)) < len(sample) * 0.9:
        raise InputError("", "binary file or unreadable text")
    return text


def _line_by_line(data: bytes) -> str | None:
    lines = []
    for raw in data.split(b"\n"):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            try:
                line = raw.decode("cp1256")
            except UnicodeDecodeError:
                return None
            if raw.strip() and not _ARABIC_LETTER.search(line):
                return None
            lines.append(line)
    text = "\n".join(lines)
    return text if len(_ARABIC_LETTER.findall(text)) >= MIN_ARABIC_LETTERS else None


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError("", f"invalid {encoding} at byte {exc.start}") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when the NULs sit where UTF-16 text puts them."""
    sample = data[:4000]
    odd_nuls = sample[1::2].count(0)
    even_nuls = sample[0::2].count(0)
    half = len(sample) // 2
    # Latin text has a NUL in every high byte; Arabic text (U+06xx) has 0x06 there
    # and NULs only in spaces and punctuation, so look at the high byte's range too.
    if odd_nuls > half * 0.3 or (sample[1::2].count(6) > half * 0.3 and even_nuls < half * 0.05):
        return "utf-16-le"
    if even_nuls > half * 0.3 or (sample[0::2].count(6) > half * 0.3 and odd_nuls < half * 0.05):
        return "utf-16-be"
    return None


def _html_text(html: str) -> tuple[str, dict]:
    """Main text and metadata of a news page, via trafilatura (imported only here:
    it costs half a second and most builds never see HTML)."""
    import trafilatura

    try:
        # dates from the page's markup only (meta tags, JSON-LD, <time>): htmldate's search of
        # the free text took a footer's '© 2024' for the page's date, over the dateline's
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True,
                                          date_extraction_params={"extensive_search": False,
                                                                  "original_date": True})
    except (ValueError, TypeError, RecursionError, MemoryError) as exc:  # malformed markup
        raise InputError("", f"cannot parse the HTML page: {exc}") from None
    if doc is None:
        raise InputError("", "no article text found in the HTML page")
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    text = get("text") or ""
    if not get("date"):  # the page's own dateline, outside its main text, dates it
        text = with_lead(trafilatura.html2txt(html) or "", text)
    meta = {"title": get("title"), "published": get("date"), "url": get("url"),
            "source": get("sitename")}
    return text, {k: v for k, v in meta.items() if v}


def _read_jsonl(path: Path, fh, part: Part) -> Iterator[Article | InputError]:
    """The lines of one part of a .jsonl, read one at a time from the open file."""
    fh.seek(part.start)
    pos = part.start
    for lineno, raw in enumerate(fh, start=part.first_line):
        if part.end is not None and pos >= part.end:
            return
        pos += len(raw)
        if raw.strip():
            yield _jsonl_line(path, lineno, raw)


def _jsonl_line(path: Path, lineno: int, raw: bytes) -> Article | InputError:
    where = f"{path}:{lineno}"
    if len(raw) > MAX_ARTICLE_BYTES:
        return InputError(where, "line longer than the article limit")
    try:
        obj = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return InputError(where, f"invalid UTF-8 at byte {exc.start}")
    except json.JSONDecodeError as exc:
        return InputError(where, f"not JSON ({exc.msg} at column {exc.colno})")
    except RecursionError:
        return InputError(where, "not JSON (nested too deeply)")
    if not isinstance(obj, dict):
        return InputError(where, f"expected a JSON object, found {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputError(where, "no \"text\" string")
    meta = {k: obj[k] for k in ("title", "published", "url", "source")
            if isinstance(obj.get(k), str) and obj[k].strip()}
    bad = _lone_surrogate(text, *meta.values())
    if bad:
        return InputError(where, f"a lone surrogate ({bad}) is not a character; the line is not valid Unicode")
    try:
        return _article(text, f"{path.name}#{lineno}", str(path), **meta)
    except InputError as err:
        return InputError(where, err.reason)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _lone_surrogate(*texts: str) -> str | None:
    """JSON's \\ud800 escapes decode to halves of a UTF-16 pair that no UTF-8 text can hold."""
    for t in texts:
        m = _SURROGATE.search(t)
        if m:
            return f"\\u{ord(m.group()):04x}"
    return None


def _article(text: str, source_file: str, path: str, **meta) -> Article:
    text = unmarked(text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", ""))
    if len(_ARABIC_LETTER.findall(text)) < MIN_ARABIC_LETTERS:
        raise InputError("", "no Arabic text (ctkg reads Arabic articles)")
    if "title" in meta:
        meta["title"] = strip_bidi(meta["title"]).strip()
    return Article(text=text, source_file=source_file, path=path, **meta)
