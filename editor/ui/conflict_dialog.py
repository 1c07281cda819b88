"""Side by side: our version of an interview and the one changed on the site."""

from __future__ import annotations

import enum
from collections.abc import Sequence

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
from editor.outbox_kinds import KEEP_MINE, TAKE_SITE
from editor.outbox_payloads import PublishPayload
from editor.plaintext_export import export_plain_text
from portal.outbox import OutboxEntry, PayloadError
from portal.outbox_kinds import Choice
from uikit.outside_text import plain_labels


class ConflictChoice(enum.Enum):
    """What the editor decided (the values are the publish kind's choice ids)."""

    KEEP_MINE = KEEP_MINE
    TAKE_SITE = TAKE_SITE
    CANCEL = "cancel"


class ConflictDialog(QDialog):
    """Shows both versions as plain text (the site's is never rendered as HTML)."""

    def __init__(self, payload: PublishPayload, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.resize(1100, 650)
        self.choice = ConflictChoice.CANCEL
        remote = payload.conflict or {}
        try:
            mine = export_plain_text(InterviewDocument.from_dict(dict(payload.document)))
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


def choose_for_interview(
    entry: OutboxEntry, choices: Sequence[Choice], parent: QWidget | None = None
) -> str | None:
    """Show a publish item's conflict side by side; the chosen id (None: decide later).

    Only the choices the item's kind offers are shown.
    """
    try:
        payload = PublishPayload.from_json(entry.payload)
    except PayloadError:
        return None
    offered = {choice.id for choice in choices}
    dialog = ConflictDialog(payload, parent)
    dialog.keep_button.setVisible(KEEP_MINE in offered)
    dialog.take_button.setVisible(TAKE_SITE in offered)
    # exec(): the Publishing page resolves the choice through the outbox registry, which
    # checks the item's state again (an item the sync settled meanwhile is refused).
    dialog.exec()
    chosen = dialog.choice.value
    dialog.deleteLater()
    return chosen if chosen in offered else None
