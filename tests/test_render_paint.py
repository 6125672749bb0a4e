"""Painting pages: rules and text come out black at their widths whatever pen the
painter held, and `shutcho export --pdf` never builds PySide's ``Qt`` namespace
(13 ms; desktop/render/paint.py says how) nor loads QtWidgets (4 ms)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QColor, QImage, QPainter, QPen

from desktop.render.layout import RuleOp, TextOp
from desktop.render.paint import paint, prepare
from desktop.resources import sample_path

ROOT = Path(__file__).resolve().parent.parent


def _painted(ops, pen: QPen | None = None) -> QImage:
    image = QImage(100, 100, QImage.Format.Format_RGB32)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    if pen is not None:
        painter.setPen(pen)
    paint(painter, prepare(ops))
    after = painter.pen()
    painter.end()
    image.setText("pen-after", f"{after.color().name()} {after.widthF()}")
    return image


def _dark_rows(image: QImage, x: int) -> list[int]:
    return [y for y in range(image.height()) if image.pixelColor(x, y).lightness() < 128]


def test_rules_are_black_lines_of_their_width(qapp):
    image = _painted([RuleOp(10, 20.5, 90, 20.5, 1.0), RuleOp(10, 60, 90, 60, 4.0)])
    assert _dark_rows(image, 50) == [20, 58, 59, 60, 61]
    assert image.pixelColor(50, 20).name() == "#000000"
    assert _dark_rows(image, 5) == []  # square caps reach half the width past the ends only


def test_text_and_rules_are_black_whatever_pen_the_painter_held(qapp):
    red = QPen(QColor(255, 0, 0))
    red.setWidthF(6.0)
    image = _painted([TextOp("国", (10.0,), 60.0, 40.0), RuleOp(10, 80.5, 90, 80.5, 1.0)], red)
    colours = {image.pixelColor(x, y).name() for x in range(100) for y in range(100)}
    assert "#000000" in colours and not any(c.startswith("#ff") and c != "#ffffff" for c in colours)
    assert _dark_rows(image, 70)[-1] == 80
    assert image.text("pen-after") == "#ff0000 6.0"  # restored for the caller


def test_pdf_export_keeps_off_the_qt_namespace_and_widgets(tmp_path):
    """`shutcho export --pdf` as its own process: no ``Qt`` namespace, and a
    QGuiApplication (no QtWidgets: no widget follows in that process)."""
    out = tmp_path / "sample.pdf"
    script = (
        "import sys\n"
        f"sys.argv = ['shutcho', 'export', {str(sample_path())!r}, '--pdf', {str(out)!r}]\n"
        "from desktop.cli import main\n"
        "code = main()\n"
        "app = sys.modules['PySide6.QtCore'].QCoreApplication.instance()\n"
        "print('EXIT', code, 'QT-BUILT', 'Qt' in vars(sys.modules['PySide6.QtCore']),\n"
        "      'WIDGETS', 'PySide6.QtWidgets' in sys.modules, type(app).__name__)\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert "EXIT 0 QT-BUILT False WIDGETS False QGuiApplication" in done.stdout, \
        done.stdout + done.stderr
    assert out.read_bytes().startswith(b"%PDF-")


def test_export_called_in_process_leaves_a_widget_application(tmp_path):
    """Called in-process (the editor's tests, a script), widgets may follow: a
    QApplication, as before."""
    out = tmp_path / "sample.pdf"
    script = (
        "import sys\n"
        "from desktop.cli import main\n"
        f"code = main(['export', {str(sample_path())!r}, '--pdf', {str(out)!r}])\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "label = QLabel('ok')\n"
        "print('EXIT', code, type(QApplication.instance()).__name__)\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert "EXIT 0 QApplication" in done.stdout, done.stdout + done.stderr
