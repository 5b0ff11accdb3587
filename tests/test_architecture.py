"""The layering the README promises: domain, models, storage and services import no Qt,
and the UI reaches data only through the service layer."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "app"
NO_QT = ("domain", "models", "store", "services", "sync", "reports", "server")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def _files(*parts: str):
    for part in parts:
        yield from (ROOT / part).rglob("*.py")


def test_lower_layers_import_no_qt():
    offenders = {
        str(p.relative_to(ROOT)): sorted(m for m in _imports(p) if m.split(".")[0] in
                                         {"PySide6", "shiboken6", "app"} and (
                                             m.startswith(("PySide6", "shiboken6", "app.ui"))))
        for p in _files(*NO_QT)
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_ui_reaches_data_only_through_services():
    offenders = {}
    for p in _files("ui"):
        bad = sorted(m for m in _imports(p)
                     if m.startswith(("sqlalchemy", "app.models", "alembic", "sqlite3")))
        if bad:
            offenders[str(p.relative_to(ROOT))] = bad
    assert offenders == {}
