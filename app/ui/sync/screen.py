"""The sync conflicts screen: each open conflict record, both values side by side, and
the person's choice (the current value, the other one, or an edited text), which
app.sync.client.resolve_conflict writes with its outbox row, so that it syncs too.

Conflicts are few by construction (two people changed one field between two syncs), so
the list holds its rows (RowsModel)."""

from __future__ import annotations

import json

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.rows_model import Column, RowsModel
from app.ui.sync.controller import SyncController
from app.ui.widgets import FieldError, title_label

# What MainWindow.open_record opens, by table.
OPENS = {"signalements": "signalement", "conflict_cases": "case", "welfare_entries": "welfare"}
SHORT = 80


def _decode(raw):
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return raw


class SyncConflictsScreen(QWidget):
    statusMessage = Signal(str)
    openRecord = Signal(str, str)

    def __init__(self, ctx, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.controller = controller
        self.my_client_id: str | None = None
        self.title = title_label(self, self.tr("Sync conflicts"))
        intro = QLabel(self.tr(
            "Two people changed the same field before syncing. Nothing was lost: the record "
            "keeps the value the server received first, the other one waits here. Choose the "
            "value that stays; your choice is synced like any change."), self)
        intro.setWordWrap(True)
        self.model = RowsModel([
            Column(self.tr("Record"), self._record_text),
            Column(self.tr("Field"), self._field_text),
            Column(self.tr("Current value"), lambda c: self._short(c, "kept_value")),
            Column(self.tr("Other value"), lambda c: self._short(c, "other_value")),
            Column(self.tr("Origin of the other"), self._from_text),
            Column(self.tr("When"), lambda c: self._when(c["created_at"])),
        ], row_id=lambda c: c["id"], parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Sync conflicts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((170, 110, 230, 230, 130)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.empty = QLabel(self.tr("No conflict to review."), self)

        self.kept_text = self._value_box(self.tr("Current value (kept by the server)"))
        self.other_text = self._value_box(self.tr("Other value"))
        self.merge_text = QPlainTextEdit(self)
        self.merge_text.setAccessibleName(self.tr("Edited value"))
        self.merge_text.setMaximumHeight(90)
        self.keep_button = QPushButton(self.tr("Keep the &current value"), self)
        self.other_button = QPushButton(self.tr("Keep the &other value"), self)
        self.merge_button = QPushButton(self.tr("Keep the &edited text"), self)
        self.open_button = QPushButton(self.tr("&Open the record"), self)
        self.keep_button.clicked.connect(lambda: self._resolve("kept_value"))
        self.other_button.clicked.connect(lambda: self._resolve("other_value"))
        self.merge_button.clicked.connect(lambda: self._resolve(None))
        self.open_button.clicked.connect(self._open)
        self.error = FieldError(self)

        sides = QGridLayout()
        self.kept_label = QLabel(self.tr("Current value (kept by the server)"), self)
        self.other_label = QLabel(self.tr("Other value"), self)
        sides.addWidget(self.kept_label, 0, 0)
        sides.addWidget(self.other_label, 0, 1)
        sides.addWidget(self.kept_text, 1, 0)
        sides.addWidget(self.other_text, 1, 1)
        sides.addWidget(self.keep_button, 2, 0)
        sides.addWidget(self.other_button, 2, 1)
        self.merge_label = QLabel(self.tr("Or keep an edited text:"), self)
        self.merge_label.setBuddy(self.merge_text)
        merge_row = QHBoxLayout()
        merge_row.addWidget(self.merge_text, 1)
        merge_row.addWidget(self.merge_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)
        self.detail = QWidget(self)
        detail = QVBoxLayout(self.detail)
        detail.setContentsMargins(0, 0, 0, 0)
        detail.addLayout(sides)
        detail.addWidget(self.merge_label)
        detail.addLayout(merge_row)
        detail.addLayout(bottom)
        # The changes the server refused for good: shown, never dropped (nothing to choose:
        # the administrator settles them on the server's side).
        self.refused_title = QLabel(self.tr("Changes refused by the server"), self)
        bold = self.refused_title.font()
        bold.setBold(True)
        self.refused_title.setFont(bold)
        self.refused_intro = QLabel(self.tr(
            "The server refused these changes of this computer for good; they are kept here. "
            "Show them to your administrator."), self)
        self.refused_intro.setWordWrap(True)
        self.refused_model = RowsModel([
            Column(self.tr("Record"), self._record_text),
            Column(self.tr("Change"), lambda d: {"create": self.tr("creation"),
                                                 "update": self.tr("edit"),
                                                 "delete": self.tr("deletion")}.get(
                                                     d["op"], d["op"])),
            Column(self.tr("Reason"), self._reason),
            Column(self.tr("When"), lambda d: self._when(d["rejected_at"])),
        ], row_id=lambda d: str(d["id"]), parent=self)
        self.refused_table = QTableView(self)
        self.refused_table.setModel(self.refused_model)
        self.refused_table.setAccessibleName(self.tr("Changes refused by the server"))
        self.refused_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.refused_table.verticalHeader().hide()
        self.refused_table.setWordWrap(False)
        self.refused_table.horizontalHeader().setStretchLastSection(True)
        self.refused_table.setMaximumHeight(160)
        for col, width in enumerate((170, 110, 520)):
            self.refused_table.setColumnWidth(col, width)
        self.refused = [self.refused_title, self.refused_intro, self.refused_table]
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.detail)
        for w in self.refused:
            layout.addWidget(w)
            w.hide()
        controller.synced.connect(lambda _report: self.reload())
        self._show_current()

    def _value_box(self, name: str) -> QPlainTextEdit:
        box = QPlainTextEdit(self)
        box.setReadOnly(True)
        box.setAccessibleName(name)
        box.setMaximumHeight(120)
        return box

    # Texts -----------------------------------------------------------------------------

    def _record_text(self, c: dict) -> str:
        if ":" in c["record_id"] or c["record_id"] == "*":  # a link, or a bulk row
            return c["entity"]
        names = {"signalements": self.tr("Signalement"), "conflict_cases": self.tr("Neighbour case"),
                 "welfare_entries": self.tr("Welfare watch"), "sites": self.tr("Site"),
                 "households": self.tr("Household"), "persons": self.tr("Person"),
                 "organisations": self.tr("Organisation")}
        return f"{names.get(c['entity'], c['entity'])} {c['record_id'][:8]}…"

    def _reason(self, d: dict) -> str:
        """The server's code in words; its own message (English, for the administrator)."""
        words = {"forbidden": self.tr("outside what this account may change"),
                 "managed_on_server": self.tr("managed on the server only"),
                 "unknown_parent": self.tr("refers to a record the server does not know"),
                 "unknown_record": self.tr("record unknown to the server"),
                 "bad_value": self.tr("a value the server does not accept"),
                 "local_constraint": self.tr("clashes with a record of this computer")}
        return f"{words.get(d['code'], d['code'])} ({d['message']})"

    def _field_text(self, c: dict) -> str:
        if c["kind"] != "field":
            return self.tr("(record deleted)")
        names = {"description": self.tr("Description"), "status": self.tr("Status"),
                 "severity": self.tr("Severity"), "category": self.tr("Category"),
                 "summary": self.tr("Summary"), "notes": self.tr("Notes"),
                 "name": self.tr("Name"), "phone": self.tr("Telephone")}
        return names.get(c["field"], c["field"] or "")

    def _value_text(self, c: dict, key: str) -> str:
        value = _decode(c.get(key))
        if c["kind"] != "field" and key == "kept_value" and value is None:
            return self.tr("(deleted)")
        if value is None or value == "":
            return self.tr("(empty)")
        if isinstance(value, dict):  # an edit of a deleted record: its fields
            return "\n".join(f"{k} : {v}" for k, v in value.items()
                             if k not in ("updated_at", "updated_by", "version"))
        if isinstance(value, int) and (c.get("field") or "").endswith(("_at", "_start", "_end")):
            return self._when(value)
        return str(value)

    def _short(self, c: dict, key: str) -> str:
        text = " ".join(self._value_text(c, key).split())
        return text if len(text) <= SHORT else text[:SHORT - 1] + "…"

    def _from_text(self, c: dict) -> str:
        # The server names the losing mutation "client id:mutation number".
        if self.my_client_id and (c.get("other_client") or "").rpartition(":")[0] \
                == self.my_client_id:
            return self.tr("this computer")
        return self.tr("another computer")

    def _when(self, micros: int | None) -> str:
        if not micros:
            return ""
        return QDateTime.fromMSecsSinceEpoch(micros // 1000).toString("dd/MM/yyyy HH:mm")

    # Loading ---------------------------------------------------------------------------

    def start(self) -> None:
        self.reload()

    def reload(self) -> None:
        ws = self.ctx.workspace
        if ws is None:
            self._fill(([], None, []))
            return

        def job():
            # A client of its own, closed at once: the sync thread's may be mid-sync.
            from app.sync.client import SyncClient

            client = SyncClient(ws)
            try:
                return client.open_conflicts(), client.client_id(), client.dead_letters()
            finally:
                client.close()

        self.ctx.worker.submit(job, self._fill, lambda exc: self.error.show_message(str(exc)),
                               owner=self)

    def _fill(self, result) -> None:
        rows, self.my_client_id, refused = result
        self.refused_model.set_rows(refused)
        for w in self.refused:
            w.setVisible(bool(refused))
        current = self.current()
        self.model.set_rows(rows)
        at = next((i for i, r in enumerate(rows) if current and r["id"] == current["id"]), 0)
        if rows:
            self.table.selectRow(at)
        self._show_current()

    def current(self) -> dict | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        c = self.current()
        has = c is not None
        self.empty.setVisible(self.model.rowCount() == 0)
        self.detail.setEnabled(has)
        self.kept_text.setPlainText(self._value_text(c, "kept_value") if has else "")
        self.other_text.setPlainText(self._value_text(c, "other_value") if has else "")
        field = has and c["kind"] == "field"
        # An edited merge makes sense for text; a deletion is only acknowledged here.
        text = field and all(isinstance(_decode(c.get(k)), str | None)
                             for k in ("kept_value", "other_value"))
        self.merge_text.setPlainText(self._value_text(c, "other_value") if text else "")
        for w in (self.merge_text, self.merge_button, self.merge_label):
            w.setVisible(bool(text))
        self.other_button.setVisible(bool(field) or not has)
        self.keep_button.setText(self.tr("Keep the &current value") if field or not has
                                 else self.tr("&Accept the deletion"))
        self.open_button.setEnabled(has and c["entity"] in OPENS and field)
        self.other_label.setText(self.tr("Other value") if field or not has
                                 else self.tr("Edit made on the deleted record"))
        self.error.show_message("")
        self.for_buttons(True)

    # Choosing --------------------------------------------------------------------------

    def _resolve(self, key: str | None) -> None:
        c = self.current()
        if c is None or self.ctx.workspace is None:
            return
        if key is None:
            value = self.merge_text.toPlainText().strip()
            if not value:
                self.error.show_message(self.tr("The edited text is empty: type the text to "
                                                "keep, or choose one of the two values."))
                self.merge_text.setFocus()
                return
        elif c["kind"] != "field":
            value = None  # the deletion stands
        else:
            value = _decode(c.get(key))
        ws, cid = self.ctx.workspace, c["id"]

        def job():
            from app.sync.client import resolve_conflict

            resolve_conflict(ws, cid, value)

        def done(_result) -> None:
            self.statusMessage.emit(self.tr("Conflict settled; the choice is being synced."))
            self.reload()
            self.controller.sync_now()

        self.for_buttons(False)
        self.ctx.worker.submit(job, done, self._failed, owner=self)

    def _failed(self, exc: BaseException) -> None:
        self.for_buttons(True)
        self.error.show_message(str(exc))

    def for_buttons(self, enabled: bool) -> None:
        for b in (self.keep_button, self.other_button, self.merge_button):
            b.setEnabled(enabled)

    def _open(self) -> None:
        c = self.current()
        if c is not None and c["entity"] in OPENS:
            self.openRecord.emit(OPENS[c["entity"]], c["record_id"])
