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
