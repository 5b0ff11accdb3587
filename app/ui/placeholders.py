"""Clean titled pages for the screens that follow-up issues fill in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def _texts() -> dict[str, tuple[str, str]]:
    return {
        "today": (QCoreApplication.translate("Placeholder", "Today"),
                  QCoreApplication.translate("Placeholder", "Your day at a glance: the signalements to follow up, the "
                                   "welfare checks due and the case deadlines. This screen "
                                   "arrives with a follow-up version.")),
        "conflicts": (QCoreApplication.translate("Placeholder", "Neighbour conflicts"),
                      QCoreApplication.translate("Placeholder", "Neighbour-conflict cases, step by step from the first "
                                       "complaint to the court. This screen arrives with a "
                                       "follow-up version.")),
        "welfare": (QCoreApplication.translate("Placeholder", "Welfare watch"),
                    QCoreApplication.translate("Placeholder", "The register of isolated elderly tenants and their "
                                     "checks. This screen arrives with a follow-up version.")),
    }


class PlaceholderScreen(QWidget):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title, text = _texts()[key]
        self._title = title
        heading = QLabel(title, self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(text, self)
        body.setWordWrap(True)
        body.setMaximumWidth(body.fontMetrics().averageCharWidth() * 70)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def title(self) -> str:
        return self._title

    def start(self) -> None:
        """Nothing to load yet."""
