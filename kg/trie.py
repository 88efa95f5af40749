"""Longest-match lookup of folded phrases, the matcher every lexicon and trigger list is loaded into."""
from __future__ import annotations

from .arabic import fold, stems


class PhraseTrie:
    """Longest-match lookup of folded token sequences.

    The first token may carry a proclitic (و, ب, ل, لل...), which is how
    Arabic glues conjunctions and prepositions to the next word.
    """

    def __init__(self):
        self.root: dict = {}

    def add(self, phrase: str, value) -> None:
        node = self.root
        for tok in fold(phrase).split():
            node = node.setdefault(tok, {})
        node.setdefault(None, []).append(value)

    def match(self, tokens: list[str], i: int, *, clitics: bool = True):
        """Longest match starting at token ``i``: (values, n_tokens, prefix) or None."""
        if not 0 <= i < len(tokens):
            return None
        best = None
        firsts = stems(tokens[i]) if clitics else [tokens[i]]
        for first in firsts:
            node = self.root.get(first)
            j = i + 1
            while node is not None:
                if None in node and (best is None or j - i > best[1]):
                    best = (node[None], j - i, _prefix(tokens[i], first))
                if j >= len(tokens):
                    break
                node = node.get(tokens[j])
                j += 1
        return best


def _prefix(token: str, stem: str) -> str:
    """The proclitic ``stems`` took off: و of وبغداد, ل of للتحالف."""
    if token.endswith(stem):
        return token[: len(token) - len(stem)]
    return token[: len(token) - len(stem) + 1]  # لل + تحالف = ل + التحالف
