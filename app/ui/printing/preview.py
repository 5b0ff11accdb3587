"""The preview of a document: QtPdf over the PDF bytes in memory (never a file on disk:
the data is sensitive), with Print (the system's print dialog), Save as PDF and zoom."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from app.services.reports import PdfDocument

ZOOM_STEP = 1.25
MAX_PRINT_DPI = 300


def load_pdf(data: bytes, parent) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument read from bytes in memory (keep the buffer as long as the document)."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    pdf = QPdfDocument(parent)
    pdf.load(buffer)
    return pdf, buffer


def print_pdf(pdf: QPdfDocument, printer: QPrinter) -> int:
    """Render the pages of `pdf` (the printer's page range, if any) to `printer`; the
    number of pages printed. Each page is scaled to the printable area, keeping its shape."""
    count = pdf.pageCount()
    first, last = 0, count - 1
    if printer.fromPage() > 0:
        first = printer.fromPage() - 1
        last = min(count, printer.toPage() or count) - 1
    painter = QPainter()
    if count == 0 or not painter.begin(printer):
        return 0
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    printed = 0
    try:
        for index in range(first, last + 1):
            if printed:
                printer.newPage()
            points = pdf.pagePointSize(index)
            image = pdf.render(index, QSize(round(points.width() / 72 * dpi),
                                            round(points.height() / 72 * dpi)))
            area = painter.window()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(area.x() + (area.width() - size.width()) // 2,
                           area.y() + (area.height() - size.height()) // 2,
                           size.width(), size.height())
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed


class PreviewDialog(QDialog):
    """Shows one document; asks for printing and saving through its signals."""

    # (pages printed, printer name) once a print went out.
    printed = Signal(int, str)
    saveRequested = Signal()

    def __init__(self, document: PdfDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", document.title))
        self.setModal(True)
        self.pdf, self._buffer = load_pdf(document.data, self)

        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Document preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.pdf)

        self.pages = QLabel(self)
        self.zoom_out = QPushButton(self.tr("Zoom &out"), self)
        self.zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_in = QPushButton(self.tr("Zoom &in"), self)
        self.zoom_in.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.fit_width = QPushButton(self.tr("Fit &width"), self)
        self.fit_page = QPushButton(self.tr("Whole &page"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.print_button.setDefault(True)
        self.zoom_out.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.zoom_in.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.fit_width.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.fit_page.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button.clicked.connect(self.saveRequested)
        self.close_button.clicked.connect(self.reject)

        tools = QHBoxLayout()
        for w in (self.zoom_out, self.zoom_in, self.fit_width, self.fit_page):
            tools.addWidget(w)
        tools.addStretch(1)
        tools.addWidget(self.pages)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for w in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.pdf.statusChanged.connect(self._show_pages)
        self.pdf.pageCountChanged.connect(self._show_pages)
        self._show_pages()
        self.resize(820, 900)

    def page_count(self) -> int:
        return self.pdf.pageCount()

    def _show_pages(self, *_args) -> None:
        n = self.pdf.pageCount() or self.document.pages
        self.pages.setText(self.tr("Pages: %1").replace("%1", str(n)))

    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            # From a fitted view: start from what the person sees.
            page = self.pdf.pagePointSize(0)
            width = self.view.viewport().width()
            current = width / (page.width() * self.logicalDpiX() / 72) if page.width() else 1.0
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(8.0, current * factor)))

    def print_to(self, printer: QPrinter) -> int:
        """Print the document on `printer` (no dialog); the pages printed."""
        printer.setDocName(self.document.title)
        pages = print_pdf(self.pdf, printer)
        if pages:
            self.printed.emit(pages, printer.printerName() or printer.outputFileName())
        return pages

    def print_with_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print %1").replace("%1", self.document.title))
        dialog.setMinMax(1, max(1, self.pdf.pageCount()))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)
