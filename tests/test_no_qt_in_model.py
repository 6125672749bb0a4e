"""The model, the checks, the text rules and the document builder never import Qt.

Run in a fresh interpreter: in the test process pytest-qt has already imported PySide6.
"""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT

MODULES = [
    "desktop.model",
    "desktop.model.report",
    "desktop.model.codec",
    "desktop.model.draft",
    "desktop.model.atomic",
    "desktop.model.checks",
    "desktop.model.presets",
    "desktop.jtext.dateparse",
    "desktop.jtext",
    "desktop.document",
    "desktop.document.plaintext",
    "desktop.document.kinsoku",
    "desktop.geometry",
]

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
