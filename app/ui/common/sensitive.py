"""Before a save: free text with words that look like sensitive data needs a yes.

One helper for every form that writes free text (signalement, conflict case, welfare
register entry and check). The question is asked in a window-modal box opened
asynchronously, never in a nested event loop; "Save anyway" calls the form's save again,
which then goes through. The services flag such a record for the security officer's
review (app.services.review), so the box says so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.privacy import sensitive_words

BOX_NAME = "sensitiveWordsBox"
_ACCEPTED = "_sensitive_words_accepted"


def words_in(texts: Iterable[str]) -> list[str]:
    words: list[str] = []
    for text in texts:
        words += [w for w in sensitive_words(text or "") if w not in words]
    return words


def needs_confirmation(form: QWidget, texts: Iterable[str],
                       retry: Callable[[], None] | None = None) -> bool:
    """True when the save must wait for the person's answer (the box is then open).

    Call first thing in the form's save (or `retry`, another saving method); return when
    True. After "Save anyway" it runs again and, these words being accepted for that one
    call, goes on.
    """
    words = words_in(texts)
    if not words or getattr(form, _ACCEPTED, None) == words:
        return False
    listed = ", ".join(f"« {w} »" for w in words)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("SensitiveWords", "Sensitive words"),
        QCoreApplication.translate("SensitiveWords", "This text contains words that look "
                                   "like sensitive data (health, religion, origin, sexual "
                                   "life, insults or judgements): %1.").replace("%1", listed),
        QMessageBox.StandardButton.NoButton, form)
    box.setObjectName(BOX_NAME)
    box.setInformativeText(QCoreApplication.translate(
        "SensitiveWords", "The person concerned may read it. Stay factual. If you save "
        "anyway, the record is flagged for review by the security officer."))
    save = box.addButton(QCoreApplication.translate("SensitiveWords", "Save &anyway"),
                         QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton(QCoreApplication.translate("SensitiveWords", "&Back to the text"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(_result: int) -> None:
        if box.clickedButton() is save:
            setattr(form, _ACCEPTED, words)
            try:
                (retry or form.save)()
            finally:
                forget_confirmation(form)

    box.finished.connect(answered)
    box.open()
    return True


def forget_confirmation(form: QWidget) -> None:
    """Ask again next time (done after every confirmed save)."""
    if hasattr(form, _ACCEPTED):
        delattr(form, _ACCEPTED)
