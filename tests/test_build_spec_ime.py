"""Issue 12: the one-folder build keeps Qt's input-method plug-ins (Japanese input on
Linux: IBus, compose) and the Windows platform plug-in that carries the IME.

The rules are read from build.spec itself (the part above the PyInstaller calls);
tools/check_bundle.sh checks the built folder (the plug-ins are there and Qt loads IBus)."""

from __future__ import annotations

import ast

from conftest import ROOT


def _rules():
    tree = ast.parse((ROOT / "build.spec").read_text("utf-8"))
    wanted = {"KEEP_PLUGINS", "KEEP_TRANSLATIONS", "_plugin_kept", "keep", "QT_UNUSED"}
    body = [node for node in tree.body
            if isinstance(node, (ast.Import, ast.ImportFrom)) and not getattr(node, "module", "").startswith("PyInstaller")
            or isinstance(node, ast.Assign) and any(getattr(t, "id", None) in wanted for t in node.targets)
            or isinstance(node, ast.FunctionDef) and node.name in wanted]
    namespace: dict = {}
    exec(compile(ast.Module(body=body, type_ignores=[]), "build.spec", "exec"), namespace)
    return namespace


def test_input_method_plugins_are_kept():
    keep = _rules()["keep"]
    base = "PySide6/Qt/plugins/platforminputcontexts/"
    assert keep(base + "libibusplatforminputcontextplugin.so")
    assert keep(base + "libcomposeplatforminputcontextplugin.so")
    assert keep("PySide6/Qt/lib/libQt6DBus.so.6")  # the IBus plug-in talks to ibus-daemon over D-Bus


def test_the_windows_platform_plugin_stays():
    keep = _rules()["keep"]
    assert keep("PySide6/plugins/platforms/qwindows.dll")  # Windows IME (IMM32/TSF) lives here
    assert keep("PySide6/plugins/platforms/qoffscreen.dll")
    assert not keep("PySide6/plugins/platforms/qminimal.dll")
