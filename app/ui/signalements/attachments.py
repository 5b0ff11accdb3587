"""Photos and documents of a form: file picker or drag and drop, thumbnails, size and type check.

Files are read, checked and stored on the database worker (AttachmentService.stage);
thumbnails are decoded there too, as QImage, which unlike QPixmap may be made off the
GUI thread. Staged files are linked to the signalement when it is saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.services.attachments import SIZE_LIMIT, StagedFile
from app.services.errors import ServiceError, ValidationError
from app.ui.context import UiContext
from app.ui.widgets import FieldError

THUMB = 96
PATTERNS = "*.jpg *.jpeg *.png *.heic *.heif *.webp *.gif *.pdf"
Index = QModelIndex | QPersistentModelIndex


@dataclass
class AttachmentItem:
    filename: str
    mime_type: str
    size: int
    sha256: str
    thumbnail: QImage | None = None
    attachment_id: str | None = None  # None while only staged

    def staged(self) -> StagedFile:
        return StagedFile(self.sha256, self.filename, self.mime_type, self.size)


def make_thumbnail(data: bytes) -> QImage | None:
    image = QImage.fromData(data)
    if image.isNull():
        return None
    return image.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)


class AttachmentListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[AttachmentItem] = []
        self._icons: dict[str, QIcon] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return item.filename
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.filename} ({item.size // 1024 + 1} Ko)"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(item)
        return None

    def _icon(self, item: AttachmentItem) -> QIcon | None:
        if item.thumbnail is None:
            return None
        icon = self._icons.get(item.sha256)
        if icon is None:
            icon = self._icons[item.sha256] = QIcon(QPixmap.fromImage(item.thumbnail))
        return icon

    def add(self, item: AttachmentItem) -> None:
        if any(i.sha256 == item.sha256 and i.filename == item.filename for i in self.items):
            return
        self.beginInsertRows(QModelIndex(), len(self.items), len(self.items))
        self.items.append(item)
        self.endInsertRows()

    def remove_row(self, row: int) -> AttachmentItem | None:
        if not 0 <= row < len(self.items):
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        item = self.items.pop(row)
        self.endRemoveRows()
        return item

    def set_items(self, items: list[AttachmentItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()


class AttachmentsPanel(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAcceptDrops(True)
        self.model = AttachmentListModel(self)
        self.view = QListView(self)
        self.view.setAccessibleName(self.tr("Photos and documents"))
        self.view.setModel(self.model)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setIconSize(QSize(THUMB, THUMB))
        self.view.setGridSize(QSize(THUMB + 40, THUMB + 40))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setWordWrap(True)
        self.view.setMinimumHeight(THUMB + 50)
        self.view.setAcceptDrops(False)
        self.hint = QLabel(self.tr("Drop photos or documents here, or use the button. "
                                   "JPEG, PNG, HEIC, WebP, GIF or PDF, %1 MB at most.")
                           .replace("%1", str(SIZE_LIMIT // (1024 * 1024))), self)
        self.hint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add a &photo or document…"), self)
        self.add_button.setAccessibleName(self.tr("Add a photo or document"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected file"))
        self.error = FieldError(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.add_button.clicked.connect(self.pick_files)
        self.remove_button.clicked.connect(self.remove_selected)
        self._pending = 0
        self.pdf_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    # Adding ----------------------------------------------------------------------------

    def pick_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos or documents"), str(Path.home()),
            self.tr("Photos and documents") + f" ({PATTERNS})")
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        self.error.show_message("")
        service = self.ctx.attachments
        for path in paths:
            def job(path=path):
                try:
                    # Refused before reading a 100 MB video into memory.
                    service.check_size(path.stat().st_size)
                    data = path.read_bytes()
                except OSError as exc:
                    raise ServiceError(f"{path.name} : {exc.strerror}") from exc
                staged = service.stage(path.name, data)
                return AttachmentItem(staged.filename, staged.mime_type, staged.size,
                                      staged.sha256, make_thumbnail(data))

            self._pending += 1
            self.ctx.worker.submit(job, self._added, self._failed, owner=self)

    def _added(self, item: AttachmentItem) -> None:
        self._pending -= 1
        self.model.add(item)
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self._pending -= 1
        text = "\n".join(exc.errors.values()) if isinstance(exc, ValidationError) else str(exc)
        self.error.show_message(text)

    def remove_selected(self) -> None:
        index = self.view.currentIndex()
        if index.isValid() and self.model.items[index.row()].attachment_id is None:
            self.model.remove_row(index.row())
            self.changed.emit()

    def busy(self) -> bool:
        return self._pending > 0

    # State -----------------------------------------------------------------------------

    def staged(self) -> list[StagedFile]:
        return [i.staged() for i in self.model.items if i.attachment_id is None]

    def state(self) -> list[dict]:
        return [i.staged().to_dict() for i in self.model.items if i.attachment_id is None]

    def load(self, owner_id: str | None, staged: list[dict]) -> None:
        """Show the saved attachments of `owner_id` and the staged files of a draft."""
        self.model.set_items([])
        self.error.show_message("")
        service = self.ctx.attachments

        def job():
            items = []
            if owner_id:
                for a in service.list("signalement", owner_id):
                    items.append(AttachmentItem(a.filename, a.mime_type, a.size, a.sha256,
                                                make_thumbnail(service.data(a.sha256)), a.id))
            for f in staged:
                try:
                    data = service.data(f["sha256"])
                except ServiceError:
                    continue
                items.append(AttachmentItem(f["filename"], f["mime_type"], f["size"],
                                            f["sha256"], make_thumbnail(data)))
            return items

        self.ctx.worker.submit(job, self.model.set_items, owner=self)

    def mark_saved(self) -> None:
        for item in self.model.items:
            if item.attachment_id is None:
                item.attachment_id = "saved"

    # Drag and drop ---------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)
