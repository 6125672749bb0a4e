"""Test setup: Qt runs offscreen, so no display is needed and no window shows."""

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

pytest_plugins = ["docxaudit"]  # every DOCX a test writes is validated (tests/docxaudit.py)

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FIXTURE = Path(__file__).resolve().parent / "shimonoseki-2023-soumu.txt"
SAMPLE = ROOT / "resources" / "samples" / "shimonoseki-2023-soumu.shutcho"


def module_scope_but_per_test_under_mutmut(fixture_name, config):
    """Scope of a module fixture that builds a document or an output (docs/testing.md).

    mutmut links a test to the functions it calls while it runs, so a module fixture
    made during the first test counts for that test only: a mutant in the builder or a
    writer would run one of the tests that read the fixture. In a mutation run
    (``MUTANT_UNDER_TEST`` is set) the fixture is therefore made for every test."""
    return "function" if "MUTANT_UNDER_TEST" in os.environ else "module"
