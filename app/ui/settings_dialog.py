"""The settings dialog, over the typed Settings."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.codes import Role
from app.ui.settings import Settings
from app.ui.widgets import fill_codes, select_data


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, lang: str, parent: QWidget | None = None,
                 sync=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.original = settings
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Same as the computer"), "")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        select_data(self.language, settings.language)
        self.larger_text = QCheckBox(self.tr("Larger &text"), self)
        self.larger_text.setChecked(settings.larger_text)
        self.user_name = QLineEdit(settings.user_name, self)
        self.role = QComboBox(self)
        fill_codes(self.role, Role, lang)
        select_data(self.role, settings.role)
        self.autosave = QSpinBox(self)
        self.autosave.setRange(1, 60)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setValue(settings.autosave_seconds)
        self.lock_minutes = QSpinBox(self)
        self.lock_minutes.setRange(1, 240)
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.lock_minutes.setValue(settings.lock_minutes)
        form = QFormLayout()
        for text, widget in ((self.tr("&Language"), self.language),
                             (self.tr("&Name shown"), self.user_name),
                             (self.tr("&Role"), self.role),
                             (self.tr("&Keep drafts every"), self.autosave),
                             (self.tr("L&ock after idle for"), self.lock_minutes)):
            lab = QLabel(text, self)
            lab.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(lab, widget)
        self.larger_text.setAccessibleName(self.tr("Larger text"))
        form.addRow("", self.larger_text)
        note = QLabel(self.tr("A new language applies at the next start."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        # The sync server's part (app/ui/sync), when the window has a sync controller.
        self.sync_box = None
        if sync is not None:
            from app.ui.sync.account import SyncAccountBox

            self.sync_box = SyncAccountBox(sync, settings, self)
            layout.addWidget(self.sync_box)
        layout.addWidget(buttons)

    def result_settings(self) -> Settings:
        return replace(self.original, language=self.language.currentData(),
                       larger_text=self.larger_text.isChecked(),
                       user_name=self.user_name.text().strip(), role=self.role.currentData(),
                       autosave_seconds=self.autosave.value(),
                       lock_minutes=self.lock_minutes.value(),
                       sync_minutes=self.sync_box.minutes.value() if self.sync_box
                       else self.original.sync_minutes)
