"""Printing for the main window: a document built on the worker thread, then previewed,
printed or saved as PDF; what is printed and saved is audited on the worker thread too."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from app.ui.printing.targets import PrintTarget, report_service, targets_of

if TYPE_CHECKING:
    from app.services.reports import PdfDocument
    from app.ui.context import UiContext


def write_atomically(path: Path, data: bytes) -> None:
    """FILE.part first, then renamed: a half-written PDF never has the final name."""
    part = path.with_name(path.name + ".part")
    try:
        with open(part, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(part, path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


class Printing(QObject):
    """Preview, print and save the documents a screen offers (its print_targets())."""

    # The preview dialog, once shown (tests and screenshots wait on it).
    previewShown = Signal(object)
    # The path a document was saved to.
    saved = Signal(str)
    # A line for the status bar.
    statusMessage = Signal(str)

    def __init__(self, ctx: UiContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.preview_dialog = None
        self.menu: QMenu | None = None  # the documents' menu, when a screen offers several

    # Choosing ----------------------------------------------------------------------------

    def choose(self, screen, then) -> None:
        """The screen's main document, or the one picked in a menu when it offers several;
        then(target)."""
        targets = targets_of(screen)
        if not targets:
            self.statusMessage.emit(self.tr("Nothing to print here: open or select a record."))
            return
        if len(targets) == 1:
            then(targets[0])
            return
        menu = QMenu(self.window)
        menu.setAccessibleName(self.tr("Documents to print"))
        for target in targets:
            menu.addAction(target.title, lambda t=target: then(t))
        menu.popup(self.window.mapToGlobal(QPoint(self.window.width() // 3,
                                                  self.window.height() // 4)))
        self.menu = menu

    def preview_current(self, screen) -> None:
        self.choose(screen, self.preview)

    def save_current(self, screen) -> None:
        self.choose(screen, self.save)

    # Generating --------------------------------------------------------------------------

    def generate(self, target: PrintTarget, then) -> None:
        ctx = self.ctx
        self.statusMessage.emit(self.tr("Preparing %1…").replace("%1", target.title))
        self.ctx.when_ready(lambda: ctx.worker.submit(
            lambda: target.make(report_service(ctx)), then, self._failed, owner=self))

    def _failed(self, exc: BaseException) -> None:
        from app.services.errors import ServiceError

        if isinstance(exc, ServiceError):
            self.statusMessage.emit(str(exc))
        elif isinstance(exc, OSError):
            self.statusMessage.emit(self.tr("The document could not be saved: %1")
                                    .replace("%1", exc.strerror or str(exc)))
        else:
            self.ctx.worker.unhandledError.emit(exc, "")

    def _record(self, document: PdfDocument, target: PrintTarget, how: str,
                where: str = "") -> None:
        ctx = self.ctx
        self.ctx.worker.submit(lambda: report_service(ctx).record_output(
            document, how, target.entity_kind, target.entity_id, where), None, self._failed)

    # Preview and print -------------------------------------------------------------------

    def preview(self, target: PrintTarget) -> None:
        self.generate(target, lambda document: self.show_preview(target, document))

    def show_preview(self, target: PrintTarget, document: PdfDocument):
        from app.ui.printing.preview import PreviewDialog

        self.statusMessage.emit("")
        dialog = PreviewDialog(document, self.window)
        dialog.printed.connect(lambda pages, where: self._printed(target, document, pages,
                                                                  where))
        dialog.saveRequested.connect(lambda: self.ask_and_save(target, document, dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.preview_dialog = dialog
        dialog.open()
        self.previewShown.emit(dialog)
        return dialog

    def _printed(self, target: PrintTarget, document: PdfDocument, pages: int,
                 where: str) -> None:
        self._record(document, target, "print", where)
        self.statusMessage.emit(self.tr("%1 sent to the printer.").replace("%1", document.title))

    # Save as PDF -------------------------------------------------------------------------

    def save(self, target: PrintTarget) -> None:
        self.generate(target, lambda document: self.ask_and_save(target, document))

    def ask_and_save(self, target: PrintTarget, document: PdfDocument,
                     parent: QWidget | None = None) -> None:
        self.statusMessage.emit("")
        folder = Path.home()
        path, _filter = QFileDialog.getSaveFileName(
            parent or self.window, self.tr("Save as PDF"), str(folder / document.filename),
            self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        ctx, final = self.ctx, Path(path)

        def job() -> str:
            write_atomically(final, document.data)
            report_service(ctx).record_output(document, "export", target.entity_kind,
                                              target.entity_id, final.name)
            return str(final)

        def done(where: str) -> None:
            self.statusMessage.emit(self.tr("Saved: %1").replace("%1", where))
            self.saved.emit(where)

        self.ctx.worker.submit(job, done, self._failed, owner=self)
