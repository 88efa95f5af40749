"""Shape helpers: turn clean Arabic copy into text as it arrives after paste/conversion."""
import re
import unicodedata

ZWNJ, ZWJ, NBSP, TATWEEL = "\u200c", "\u200d", "\u00a0", "\u0640"

# isolated, final, initial, medial (None where the letter does not join forward)
FORMS = {
    "ء": (0xFE80, None, None, None),
    "آ": (0xFE81, 0xFE82, None, None), "أ": (0xFE83, 0xFE84, None, None),
    "ؤ": (0xFE85, 0xFE86, None, None), "إ": (0xFE87, 0xFE88, None, None),
    "ئ": (0xFE89, 0xFE8A, 0xFE8B, 0xFE8C), "ا": (0xFE8D, 0xFE8E, None, None),
    "ب": (0xFE8F, 0xFE90, 0xFE91, 0xFE92), "ة": (0xFE93, 0xFE94, None, None),
    "ت": (0xFE95, 0xFE96, 0xFE97, 0xFE98), "ث": (0xFE99, 0xFE9A, 0xFE9B, 0xFE9C),
    "ج": (0xFE9D, 0xFE9E, 0xFE9F, 0xFEA0), "ح": (0xFEA1, 0xFEA2, 0xFEA3, 0xFEA4),
    "خ": (0xFEA5, 0xFEA6, 0xFEA7, 0xFEA8), "د": (0xFEA9, 0xFEAA, None, None),
    "ذ": (0xFEAB, 0xFEAC, None, None), "ر": (0xFEAD, 0xFEAE, None, None),
    "ز": (0xFEAF, 0xFEB0, None, None), "س": (0xFEB1, 0xFEB2, 0xFEB3, 0xFEB4),
    "ش": (0xFEB5, 0xFEB6, 0xFEB7, 0xFEB8), "ص": (0xFEB9, 0xFEBA, 0xFEBB, 0xFEBC),
    "ض": (0xFEBD, 0xFEBE, 0xFEBF, 0xFEC0), "ط": (0xFEC1, 0xFEC2, 0xFEC3, 0xFEC4),
    "ظ": (0xFEC5, 0xFEC6, 0xFEC7, 0xFEC8), "ع": (0xFEC9, 0xFECA, 0xFECB, 0xFECC),
    "غ": (0xFECD, 0xFECE, 0xFECF, 0xFED0), "ف": (0xFED1, 0xFED2, 0xFED3, 0xFED4),
    "ق": (0xFED5, 0xFED6, 0xFED7, 0xFED8), "ك": (0xFED9, 0xFEDA, 0xFEDB, 0xFEDC),
    "ل": (0xFEDD, 0xFEDE, 0xFEDF, 0xFEE0), "م": (0xFEE1, 0xFEE2, 0xFEE3, 0xFEE4),
    "ن": (0xFEE5, 0xFEE6, 0xFEE7, 0xFEE8), "ه": (0xFEE9, 0xFEEA, 0xFEEB, 0xFEEC),
    "و": (0xFEED, 0xFEEE, None, None), "ى": (0xFEEF, 0xFEF0, None, None),
    "ي": (0xFEF1, 0xFEF2, 0xFEF3, 0xFEF4),
}
LAM_ALEF = {"ا": (0xFEFB, 0xFEFC), "أ": (0xFEF7, 0xFEF8), "إ": (0xFEF9, 0xFEFA), "آ": (0xFEF5, 0xFEF6)}


def _joins_forward(ch):
    f = FORMS.get(ch)
    return bool(f and f[2])


def present(word: str) -> str:
    """Arabic presentation forms (as an old PDF yields them), lam-alef as one glyph."""
    out, i = [], 0
    while i < len(word):
        ch = word[i]
        prev = word[i - 1] if i else ""
        joined = _joins_forward(prev) and ch in FORMS
        if ch == "ل" and i + 1 < len(word) and word[i + 1] in LAM_ALEF:
            iso, fin = LAM_ALEF[word[i + 1]]
            out.append(chr(fin if joined else iso))
            i += 2
            continue
        f = FORMS.get(ch)
        if not f:
            out.append(ch)
        else:
            nxt = word[i + 1] if i + 1 < len(word) else ""
            fwd = bool(f[2]) and nxt in FORMS
            if joined and fwd:
                out.append(chr(f[3]))
            elif joined:
                out.append(chr(f[1]))
            elif fwd:
                out.append(chr(f[2]))
            else:
                out.append(chr(f[0]))
        i += 1
    res = "".join(out)
    assert unicodedata.normalize("NFKC", res) == word, (word, res)
    return res


def persianize(text: str) -> str:
    """Persian/Urdu keyboard letters for ي and ك, outside Latin runs and ⟦⟧ marks."""
    parts = re.split(r"(⟦[^⟧]*⟧)", text)
    return "".join(p if p.startswith("⟦") else p.replace("ي", "ی").replace("ك", "ک") for p in parts)


def finish(text: str) -> str:
    """Resolve markers: ⟦word⟧ presentation forms, ⟨z⟩ ZWNJ, ⟨j⟩ ZWJ, ⟨n⟩ NBSP."""
    text = re.sub(r"⟦([^⟧]*)⟧", lambda m: " ".join(present(w) for w in m.group(1).split(" ")), text)
    return text.replace("⟨z⟩", ZWNJ).replace("⟨j⟩", ZWJ).replace("⟨n⟩", NBSP)


def wrap(text: str, widths) -> list:
    """Break a paragraph at word boundaries; widths cycle (PDF line lengths)."""
    words, lines, cur, k = text.split(), [], "", 0
    for w in words:
        limit = widths[k % len(widths)]
        if cur and len(cur) + 1 + len(w) > limit:
            lines.append(cur)
            cur, k = w, k + 1
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines


def pdf(paras, header, footer, first_page, total, per_page, widths, notes=None, lead=None):
    """Lines of a PDF copy: running header, broken lines, footnotes, footer, bare page number."""
    notes = notes or {}
    lines = list(lead or [])
    for p in paras:
        lines += wrap(p, widths)
    out, page = [], first_page
    for start in range(0, len(lines), per_page):
        chunk = lines[start:start + per_page]
        out.append(header)
        out += chunk
        body = " ".join(chunk)
        marks = [m for m in notes if m in body]
        if marks:
            out.append("_____")
            out += [f"{m} {notes[m]}" for m in marks]
        out.append(footer.format(page=page, total=total))
        out.append(str(page))
        page += 1
    return "\n".join(out)


def twocol(main, side, wa, wb, gap="    "):
    """Two columns run together: each line holds a piece of both columns."""
    a = wrap(main, wa)
    b = []
    for item in side:
        b += wrap(item, wb)
    n = max(len(a), len(b))
    a += [""] * (n - len(a))
    b += [""] * (n - len(b))
    return "\n".join((x + gap + y).strip() for x, y in zip(a, b))
