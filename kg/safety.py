"""Is a SPARQL query safe to run here? Decided on a parse of the query, not on its text.

A query is refused when it could reach beyond the machine (``SERVICE``, ``FROM``,
``FROM NAMED``) or change the store (``LOAD`` and every update form). A lexical
scan alone was bypassed by forms the engine reads differently (a ``#`` comment ended
by a bare carriage return, a number glued to ``SERVICE``, escaped characters in a
prefixed name), so the verdict comes from a full SPARQL 1.1 parse (rdflib's grammar):

1. the text is made canonical, the way the engine reads it: ``\\u``/``\\U`` escapes
   decoded (SPARQL 1.1 section 19.2) and a bare carriage return made a line feed, so
   that the checker and the engine see the same characters;
2. the canonical text must parse as a query; what does not parse is refused, since
   nothing can be said of what the engine would make of it;
3. the parse tree must hold no ``ServiceGraphPattern`` and no dataset clause;
4. the engine then runs the canonical text, the very text that was checked.

A keyword scan still runs first, as a second fence and for plain messages about
updates.
"""
from __future__ import annotations

import re

from .errors import QueryError, QueryRefused

_LEX = re.compile(r'''
    (?P<skip>
        \#[^\r\n]*
      | "{3}(?:[^"\\]|\\.|"(?!"{2}))*"{3} | '{3}(?:[^'\\]|\\.|'(?!'{2}))*'{3}
      | "(?:[^"\\\n\r]|\\.)*" | '(?:[^'\\\n\r]|\\.)*'
      | <[^<>"{}|^`\\\x00-\x20]*>
      | [?$]\w+ | @[A-Za-z]+(?:-[A-Za-z0-9]+)*
    )
  | (?P<word>[A-Za-z]+)
''', re.X)
_UPDATES = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH", "USING"}
_FORMS = frozenset({"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"})  # the query forms
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_BAD_TREE = {"ServiceGraphPattern": "SERVICE", "DatasetClause": "FROM"}


def canonical(text: str) -> str:
    """The query as the engine reads it: escapes decoded, CR and CRLF made LF."""
    text = _ESCAPE.sub(lambda m: _char(int(m[1] or m[2], 16)), text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _char(code: int) -> str:
    return chr(code) if code <= 0x10FFFF else "\ufffd"


def keywords(text: str) -> list[str]:
    """Runs of ASCII letters outside comments, strings, IRIs and variables, upper-cased.

    Deliberately over-eager: ``0.9SERVICE`` and ``ex:SERVICE`` both yield ``SERVICE``;
    a false alarm here costs a refusal, never a request."""
    return [m.group("word").upper() for m in _LEX.finditer(canonical(text)) if m.group("word")]


def check_safe(text: str, name: str = "query") -> str:
    """The canonical text to run, or :class:`QueryRefused` / :class:`QueryError` saying why not."""
    text = canonical(text)
    words = set(keywords(text))
    if words & _UPDATES and not words & _FORMS:
        raise QueryRefused(f"{name}: updates (INSERT, DELETE, LOAD, CLEAR, DROP ...) are not allowed; "
                           "kg query only reads")
    found = _parsed_verdict(text, name)
    if found == "SERVICE":
        raise QueryRefused(f"{name}: SERVICE is refused: queries never reach the network")
    if found == "FROM":
        raise QueryRefused(f"{name}: FROM / FROM NAMED is refused: queries read only the local store")
    return text


def _parsed_verdict(text: str, name: str) -> str | None:
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        tree = parseQuery(text)
    except ParseBaseException as exc:
        if set(keywords(text)) & _UPDATES:
            raise QueryRefused(f"{name}: updates (INSERT, DELETE, LOAD, CLEAR, DROP ...) are not allowed; "
                               "kg query only reads") from None
        raise QueryError(f"{name}: SPARQL syntax error at line {exc.lineno}, column {exc.col}: "
                         f"{exc.msg} (ctkg runs only queries it can parse, to check them)") from None
    except (RecursionError, TypeError, ValueError, ArithmeticError) as exc:
        # rdflib's grammar actions fail on some inputs the grammar itself accepts
        # ('- 2.5' glued oddly); a query that cannot be checked is not run.
        raise QueryRefused(f"{name}: the query cannot be checked ({type(exc).__name__}); refused") from None
    found = _walk(tree)
    if found is None and "ServiceGraphPattern" in repr(tree):
        found = "SERVICE"  # wherever the tree keeps it
    return found


def _walk(node, depth: int = 0) -> str | None:
    """The first refused construct in a parse tree (CompValue / ParseResults / lists)."""
    if depth > 400:
        return "SERVICE"  # deeper than any real query: refuse rather than guess
    kind = getattr(node, "name", None)
    if isinstance(kind, str) and kind in _BAD_TREE:
        return _BAD_TREE[kind]
    if isinstance(node, dict):
        children = list(node.values())
    elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
        children = list(node)
    else:
        return None
    for child in children:
        found = _walk(child, depth + 1)
        if found:
            return found
    return None
