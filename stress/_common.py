"""Shared helpers of the stress campaigns (not part of the fast test run)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PYTHON = sys.executable


def say(*parts) -> None:
    print(*parts, flush=True)
