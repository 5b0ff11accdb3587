"""Render resources/icon/palier.svg to the PNG sizes and the multi-size ICO the installers use.

    .venv/bin/python tools/make_icon.py

Qt's SVG renderer (PySide6, already a dependency) draws each PNG at its own size, so the
small ones stay sharp; Pillow (a reportlab dependency) packs them into palier.ico.
The renditions are committed: building a bundle does not need this script.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

FOLDER = Path(__file__).resolve().parents[1] / "resources" / "icon"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int, out: Path) -> None:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"invalid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out)):
        raise SystemExit(f"cannot write {out}")


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = FOLDER / "palier.svg"
    pngs = {}
    for size in PNG_SIZES:
        out = FOLDER / f"palier-{size}.png"
        render(svg, size, out)
        pngs[size] = out
        print(out)
    images = [Image.open(pngs[s]).convert("RGBA") for s in ICO_SIZES]
    ico = FOLDER / "palier.ico"
    images[-1].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                    append_images=images[:-1])
    print(ico)
    return 0


if __name__ == "__main__":
    sys.exit(main())
