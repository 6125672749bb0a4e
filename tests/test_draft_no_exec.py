"""Loading a draft executes nothing: no pickle, marshal, shelve, eval or exec anywhere in desktop/.

Tokens are checked, not text, so a docstring saying "no pickle" and Qt's
``app.exec()`` are fine; a bare ``eval(`` / ``exec(`` call or any use of the
serialisers is not.
"""

from __future__ import annotations

import io
import tokenize

from conftest import ROOT

FORBIDDEN_NAMES = {"pickle", "cPickle", "marshal", "shelve", "dill", "_pickle"}
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__"}


def offences(source: str) -> list[str]:
    found = []
    tokens = [t for t in tokenize.generate_tokens(io.StringIO(source).readline)
              if t.type not in (tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE)]
    for i, tok in enumerate(tokens):
        if tok.type != tokenize.NAME:
            continue
        before = tokens[i - 1].string if i else ""
        after = tokens[i + 1].string if i + 1 < len(tokens) else ""
        if tok.string in FORBIDDEN_NAMES:
            found.append(f"{tok.start[0]}: {tok.string}")
        elif tok.string in FORBIDDEN_CALLS and after == "(" and before != ".":
            found.append(f"{tok.start[0]}: {tok.string}(")
    return found


def test_the_checker_finds_what_it_should():
    assert offences("import pickle\n")
    assert offences("x = eval('1')\n")
    assert offences("from marshal import loads\n")
    assert offences("exec (code)\n")
    assert not offences('"""no pickle, no eval(...) here"""\n# exec(x)\napp.exec()\n')
    assert not offences("ast.literal_eval(x)\nre.compile('a')\n")


def test_no_code_execution_in_desktop():
    problems = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        for offence in offences(path.read_text("utf-8")):
            problems.append(f"{path.relative_to(ROOT)}:{offence}")
    assert problems == []
