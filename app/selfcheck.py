"""`palier selfcheck`: what this Palier carries, checked from inside, as JSON.

For support ("run palier selfcheck and send me what it prints") and for the frozen
bundle's smoke test (tests/test_bundle.py), which runs it inside the PyInstaller build:
the translations load, Qt has its platform and image plugins, SQLite has FTS5, the PDF
fonts are found and reportlab writes a document with them, through the same builder as
the real documents. Optional libraries (PDF encryption, SQLCipher) are reported, not
required: a test requires them once pyproject.toml declares them.

It touches no workspace and writes nothing but the test PDF asked for with --pdf.
Exit code 0 when every required check passed, 1 otherwise.
"""

from __future__ import annotations

import importlib
import json
import platform
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from app import __version__, resources

IMAGE_FORMATS = ("png", "jpeg", "gif", "webp", "ico", "svg")
# Module names, as imported, of optional libraries: reported, not required.
OPTIONAL = {"pdf_encryption": "pypdf", "sqlcipher": "sqlcipher3"}
SAMPLE = "Fiche de signalement — dégradation, « œuvre », 120 € ☐"


def _check(fn: Callable[[], dict]) -> dict:
    try:
        result = fn()
    except Exception as exc:  # a selfcheck reports every failure, it never stops on one
        return {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
    result.setdefault("ok", True)
    return result


def _translations(app) -> dict:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from app.ui import i18n

    found = {}
    for lang in i18n.LANGS:
        path = i18n.qm_path(lang)
        t = QTranslator(app)
        loaded = path is not None and t.load(str(path))
        found[lang] = {"path": str(path), "loaded": loaded,
                       "language": t.language() if loaded else None,
                       "empty": t.isEmpty() if loaded else None}
    qt = QTranslator(app)
    qt_fr = qt.load("qtbase_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    ok = all(v["loaded"] and not v["empty"] and v["language"] == lang
             for lang, v in found.items())
    return {"ok": ok and qt_fr, "palier": found, "qtbase_fr": qt_fr}


def _qt(app) -> dict:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtGui import QImageReader

    formats = sorted(bytes(f).decode() for f in QImageReader.supportedImageFormats())
    missing = [f for f in IMAGE_FORMATS if f not in formats]
    return {"ok": not missing, "pyside": pyside_version, "platform": app.platformName(),
            "image_formats": formats, "missing": missing}


def _sqlite() -> dict:
    con = sqlite3.connect(":memory:")
    try:
        con.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2')")
        con.execute("SELECT json('{}')")
    finally:
        con.close()
    return {"version": sqlite3.sqlite_version}


def _pdf_document(out: Path | None) -> dict:
    import reportlab

    from app.reports.common import Decor, Meta, build, para, register_fonts, styles

    fonts = register_fonts()
    st = styles()
    built = build([para(SAMPLE, st.title), para(SAMPLE, st.body)],
                  Meta(title="Palier selfcheck", author="Palier"),
                  Decor(footer=f"Palier {__version__}", qr="palier-selfcheck"))
    ok = built.data.startswith(b"%PDF-") and built.pages == 1
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(built.data)
    return {"ok": ok, "reportlab": reportlab.Version, "fonts": str(fonts),
            "bytes": len(built.data), "file": str(out) if out else None}


def _preview() -> dict:
    """The in-app preview and printing (app.ui.printing): QtPdf reads and renders a PDF
    from memory, QtPrintSupport prints it (to a PDF printer: no real one needed)."""
    import tempfile

    from PySide6.QtCore import QSize
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from app.reports.common import Decor, Meta, build, para, styles
    from app.ui.printing.preview import load_pdf, print_pdf

    built = build([para(SAMPLE, styles().body)], Meta(title="Palier selfcheck", author="Palier"),
                  Decor(footer="Palier"))
    pdf, _buffer = load_pdf(built.data, None)
    image = pdf.render(0, QSize(120, 170)) if pdf.pageCount() else None
    with tempfile.TemporaryDirectory() as tmp:
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(Path(tmp) / "printed.pdf"))
        printed = print_pdf(pdf, printer)
    ok = pdf.pageCount() == 1 and image is not None and not image.isNull() and printed == 1
    return {"ok": ok, "pages": pdf.pageCount(), "printed": printed,
            "printers": len(QPrinterInfo.availablePrinterNames())}


def _optional(module: str) -> dict:
    try:
        mod = importlib.import_module(module)
    except ImportError as exc:
        return {"ok": False, "available": False, "error": str(exc)}
    info = {"ok": True, "available": True, "version": getattr(mod, "__version__", None)}
    if module == "sqlcipher3":
        con = mod.connect(":memory:")
        try:
            info["cipher_version"] = con.execute("PRAGMA cipher_version").fetchone()[0]
        finally:
            con.close()
    return info


def run(pdf: Path | None = None) -> tuple[int, dict]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    report: dict = {
        "version": __version__,
        "frozen": resources.is_frozen(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "executable": sys.executable,
        "resources": str(resources.path()),
    }
    required = {
        "translations": _check(lambda: _translations(app)),
        "qt": _check(lambda: _qt(app)),
        "sqlite": _check(_sqlite),
        "pdf": _check(lambda: _pdf_document(pdf)),
        "preview": _check(_preview),
    }
    report.update(required)
    for name, module in OPTIONAL.items():
        report[name] = _check(lambda m=module: _optional(m))
    report["required_ok"] = all(v["ok"] for v in required.values())
    return (0 if report["required_ok"] else 1), report


def main(pdf: Path | None = None) -> int:
    code, report = run(pdf)
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return code
