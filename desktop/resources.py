"""The one resource finder: fonts, the sample, translations, icons, the schema.

Works from the source tree (``<repo>/resources``, also an editable install), from
a non-editable install (``<prefix>/share/shutcho/resources``, see pyproject.toml)
and from a PyInstaller bundle, where build.spec puts the folder at
``sys._MEIPASS/resources``.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    source_tree = Path(__file__).resolve().parent.parent / "resources"
    if source_tree.is_dir():
        return source_tree
    return Path(sys.prefix) / "share" / "shutcho" / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a resource file, e.g. resource_path("fonts", "BIZUDMincho-Regular.ttf")."""
    return resources_dir().joinpath(*parts)


SAMPLE_NAME = "shimonoseki-2023-soumu.shutcho"


def sample_path() -> Path:
    return resource_path("samples", SAMPLE_NAME)
