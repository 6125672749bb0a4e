"""The model, the checks, the text rules and the document builder never import Qt.

Run in a fresh interpreter: in the test process pytest-qt has already imported PySide6.
"""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT

PURE_PACKAGES = ["desktop.model", "desktop.jtext", "desktop.document", "desktop.importer"]
"""Every module of these packages is imported (found on disk, so a new module is covered)."""
PURE_MODULES = ["desktop.geometry", "desktop.imaging"]


def _modules() -> list[str]:
    names = list(PURE_MODULES)
    for package in PURE_PACKAGES:
        folder = ROOT.joinpath(*package.split("."))
        names.append(package)
        names += [f"{package}.{f.stem}" for f in sorted(folder.glob("*.py")) if f.stem != "__init__"]
    return names


MODULES = _modules()

SCRIPT = """
import importlib, json, sys
for name in {modules!r}:
    importlib.import_module(name)
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))))
"""


def test_model_imports_no_qt():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(modules=MODULES)],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


def test_the_check_would_see_qt():
    """The probe itself works: importing Qt shows up."""
    script = SCRIPT.format(modules=["PySide6.QtCore"])
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "PySide6.QtCore" in json.loads(result.stdout.strip().splitlines()[-1])
