"""Sites: the landlord's sites with their difficulty level, their buildings and entrances,
and the recent signalements of the selected site. Managers (security officer,
administrator) may change a site's difficulty level."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.domain.codes import Difficulty
from app.services.places import SiteRow
from app.services.signalement_types import SignalementFilter
from app.ui.context import UiContext
from app.ui.signalements.list_model import COL, SignalementListModel
from app.ui.widgets import DIFFICULTY_COLOURS, FieldError, fill_codes, select_data

Index = QModelIndex | QPersistentModelIndex
RECENT = 20


class SiteTableModel(QAbstractTableModel):
    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.rows: list[SiteRow] = []
        # Difficulty before the address: it must stay visible in a narrow pane.
        self._titles = [self.tr("Code"), self.tr("Name"), self.tr("Difficulty"), self.tr("Town"),
                        self.tr("Landlord")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._titles)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (r.code, r.name, Difficulty(str(r.difficulty)).label(self.lang), r.city,
                    r.landlord)[col]
        if role == Qt.ItemDataRole.BackgroundRole and col == 2:
            return DIFFICULTY_COLOURS.get(r.difficulty)
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._titles)):
            return self._titles[section]
        return super().headerData(section, orientation, role)

    def set_rows(self, rows: list[SiteRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, site_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == site_id), -1)


class SitesScreen(QWidget):
    statusMessage = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = SiteTableModel(ctx.lang, self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Sites"))
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.difficulty = QComboBox(self)
        self.difficulty.setAccessibleName(self.tr("Difficulty level"))
        fill_codes(self.difficulty, Difficulty, ctx.lang)
        self.save_button = QPushButton(self.tr("Save the &level"), self)
        self.save_button.setAccessibleName(self.tr("Save the difficulty level"))
        self.manager_note = QLabel(self.tr("Only a security officer or an administrator may "
                                           "change the level."), self)
        self.manager_note.setWordWrap(True)
        self.error = FieldError(self)
        level_row = QHBoxLayout()
        level_row.addWidget(self.difficulty, 1)
        level_row.addWidget(self.save_button)
        level_box = QGroupBox(self.tr("Difficulty level"), self)
        level_form = QFormLayout(level_box)
        lab = QLabel(self.tr("&Level"), self)
        lab.setBuddy(self.difficulty)
        level_form.addRow(lab, level_row)
        level_form.addRow(self.error)
        level_form.addRow(self.manager_note)

        self.places_model = QStandardItemModel(self)
        self.places_model.setHorizontalHeaderLabels([self.tr("Buildings and entrances")])
        self.places = QTreeView(self)
        self.places.setAccessibleName(self.tr("Buildings and entrances"))
        self.places.setModel(self.places_model)
        self.places.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.recent_model = SignalementListModel(ctx.list_reader, ctx.worker, ctx.lang,
                                                 page_size=RECENT, parent=self)
        self.recent = QTableView(self)
        self.recent.setAccessibleName(self.tr("Recent signalements of the site"))
        self.recent.setModel(self.recent_model)
        self.recent.setTabKeyNavigation(False)
        self.recent.verticalHeader().hide()
        self.recent.horizontalHeader().setStretchLastSection(True)
        for name in ("site_code", "severity", "building"):
            self.recent.hideColumn(COL[name])
        self.recent.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recent.setWordWrap(False)
        self.recent.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.recent.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        fm = self.fontMetrics()
        for name, chars in (("reference", 24), ("facts_start", 17), ("category", 24),
                            ("status", 11)):
            self.recent.setColumnWidth(COL[name], fm.averageCharWidth() * chars + 16)

        detail = QWidget(self)
        dl = QVBoxLayout(detail)
        dl.addWidget(self.heading)
        dl.addWidget(level_box)
        places_box = QGroupBox(self.tr("Buildings and entrances"), self)
        QVBoxLayout(places_box).addWidget(self.places)
        recent_box = QGroupBox(self.tr("Recent signalements"), self)
        QVBoxLayout(recent_box).addWidget(self.recent)
        dl.addWidget(places_box, 1)
        dl.addWidget(recent_box, 2)

        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([560, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.table.selectionModel().currentRowChanged.connect(self._site_selected)
        self.save_button.clicked.connect(self.save_level)
        self._set_enabled(False)

    def print_targets(self) -> list:
        """The sites as listed (app.ui.printing)."""
        from app.ui.printing import targets

        return [targets.this_list(self.table, self.model, "", self.title(), "site")]

    def title(self) -> str:
        return self.tr("Sites")

    def start(self) -> None:
        self.reload()

    def reload(self, select: str | None = None) -> None:
        places = self.ctx.places
        self.ctx.worker.submit(places.sites, lambda rows: self._loaded(rows, select), owner=self)

    def _loaded(self, rows: list[SiteRow], select: str | None) -> None:
        self.model.set_rows(rows)
        row = self.model.row_of(select) if select else 0
        if rows:
            self.table.setCurrentIndex(self.model.index(max(row, 0), 0))
        else:
            self.heading.setText(self.tr("No site yet. Sites are imported from the landlord's "
                                         "file (palier import sites)."))

    def current_site(self) -> SiteRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _set_enabled(self, has_site: bool) -> None:
        manager = self.ctx.settings.is_manager
        self.difficulty.setEnabled(has_site and manager)
        self.save_button.setEnabled(has_site and manager)
        self.manager_note.setVisible(not manager)

    def _site_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        site = self.current_site()
        self._set_enabled(site is not None)
        self.error.show_message("")
        if site is None:
            return
        self.heading.setText(f"{site.code} – {site.name}")
        select_data(self.difficulty, str(site.difficulty))
        self.recent_model.set_filter(SignalementFilter(site_id=site.id))
        places = self.ctx.places

        def job():
            return [(b, places.entrances(b.id)) for b in places.buildings(site.id)]

        self.ctx.worker.submit(job, self._fill_places, owner=self)

    def _fill_places(self, tree) -> None:
        self.places_model.removeRows(0, self.places_model.rowCount())
        for building, entrances in tree:
            item = QStandardItem(building.label)
            item.setEditable(False)
            for e in entrances:
                child = QStandardItem(e.label)
                child.setEditable(False)
                item.appendRow(child)
            self.places_model.appendRow(item)
        self.places.expandAll()

    def save_level(self) -> None:
        site = self.current_site()
        if site is None or not self.ctx.settings.is_manager:
            return
        level = int(self.difficulty.currentData())
        places = self.ctx.places
        self.ctx.worker.submit(
            lambda: places.update_site(site.id, site.version, difficulty=level),
            lambda _v: self._level_saved(site.id), self._level_failed, owner=self)

    def _level_saved(self, site_id: str) -> None:
        self.statusMessage.emit(self.tr("Difficulty level saved."))
        self.reload(select=site_id)

    def _level_failed(self, exc: BaseException) -> None:
        errors = getattr(exc, "errors", None)
        self.error.show_message("\n".join(errors.values()) if errors else str(exc))
