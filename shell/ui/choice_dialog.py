"""A conflict on the Publishing page, for kinds without a view of their own.

Shows what the item is, why it stopped, the facts its kind gives (for a
comment decision: the comment, the site's state, the wanted state) and one
button per choice its kind offers, nothing else.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from portal.outbox_kinds import Choice


def _plain(text: str, parent: QWidget) -> QLabel:
    """A label that shows outside text as it is (never as rich text)."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ChoiceDialog(QDialog):
    """One outbox item in conflict and the choices its kind offers."""

    def __init__(
        self,
        heading: str,
        reason: str,
        facts: Sequence[tuple[str, str]],
        choices: Sequence[Choice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outboxChoiceDialog")
        self.setWindowTitle(self.tr("Conflict with the site"))
        self.setMinimumWidth(600)
        # The id of the choice made (None: decide later).
        self.chosen: str | None = None
        layout = QVBoxLayout(self)
        self.heading = _plain(heading, self)
        self.heading.setObjectName("choiceHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.reason = _plain(reason, self)
        layout.addWidget(self.reason)
        form = QFormLayout()
        for label, value in facts:
            name = _plain(label, self)
            name.setWordWrap(False)
            form.addRow(name, _plain(value, self))
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(self)
        self.choice_buttons: list[QPushButton] = []
        for choice in choices:
            button = QPushButton(choice.label, self)
            button.setObjectName(f"choice_{choice.id}")
            button.clicked.connect(lambda _checked=False, chosen=choice.id: self._choose(chosen))
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.choice_buttons.append(button)
        later = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        later.setText(self.tr("Decide later"))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _choose(self, choice: str) -> None:
        self.chosen = choice
        self.accept()
