"""Side by side: our version of an interview and the one changed on the site."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from editor.document import InterviewDocument
from editor.plaintext_export import export_plain_text
from shell.ui.outside_text import plain_labels


class ConflictChoice(enum.Enum):
    """What the editor decided."""

    KEEP_MINE = "keep_mine"
    TAKE_SITE = "take_site"
    CANCEL = "cancel"


class ConflictDialog(QDialog):
    """Shows both versions as plain text (the site's is never rendered as HTML)."""

    def __init__(self, payload: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.resize(1100, 650)
        self.choice = ConflictChoice.CANCEL
        remote = payload.get("conflict", {})
        try:
            mine = export_plain_text(InterviewDocument.from_dict(payload["document"]))
        except (KeyError, ValueError):
            mine = ""
        theirs = f"{remote.get('title', '')}\n\n{remote.get('text', '')}"
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.mine_label = QLabel(self)
        self.theirs_label = QLabel(self)
        plain_labels(self.explanation, self.mine_label, self.theirs_label)
        self.mine = QPlainTextEdit(mine, self)
        self.theirs = QPlainTextEdit(theirs, self)
        for view in (self.mine, self.theirs):
            view.setReadOnly(True)
        self.keep_button = QPushButton(self)
        self.take_button = QPushButton(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.keep_button.clicked.connect(lambda: self._choose(ConflictChoice.KEEP_MINE))
        self.take_button.clicked.connect(lambda: self._choose(ConflictChoice.TAKE_SITE))
        layout = QGridLayout(self)
        layout.addWidget(self.explanation, 0, 0, 1, 2)
        layout.addWidget(self.mine_label, 1, 0)
        layout.addWidget(self.theirs_label, 1, 1)
        layout.addWidget(self.mine, 2, 0)
        layout.addWidget(self.theirs, 2, 1)
        layout.addWidget(self.buttons, 3, 0, 1, 2)
        self._remote = remote
        self.retranslate_ui()

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Conflict with the site"))
        self.explanation.setText(
            self.tr(
                "Someone changed this post on the site (at {when} UTC) after Newsdesk last sent "
                "it. Newsdesk has not overwritten it. Choose which version to keep."
            ).format(when=self._remote.get("modified_gmt") or "?")
        )
        self.mine_label.setText(self.tr("Your version (Newsdesk)"))
        self.theirs_label.setText(self.tr("On the site now"))
        self.keep_button.setText(self.tr("Keep mine (overwrite the site)"))
        self.take_button.setText(self.tr("Take the site's version"))
