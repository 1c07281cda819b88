"""The questions asked before an interview goes to the trash or is deleted for good.

Headlines are shown as plain text (a headline may look like markup), a few at
most. Each question says what happens to a post already on the site: nothing;
it stays there (take it off with Unpublish first).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

#: Most headlines listed in one question; the rest are counted.
LISTED_TITLES = 8


def _tr(text: str, count: int = -1) -> str:
    return QCoreApplication.translate("TrashDialogs", text, "", count)


def _quoted(title: str) -> str:
    return f"“{title.strip()}”" if title.strip() else _tr("(untitled)")


def listed_titles(titles: Sequence[str]) -> str:
    """The headlines one per line, at most :data:`LISTED_TITLES`, with how many more."""
    lines = [f"• {_quoted(title)}" for title in titles[:LISTED_TITLES]]
    hidden = len(titles) - LISTED_TITLES
    if hidden > 0:
        lines.append(_tr("…and %n more", hidden))
    return "\n".join(lines)


def _site_note(on_site: Sequence[str], total: int) -> str:
    if not on_site:
        return ""
    if total == 1:
        return "\n\n" + _tr(
            "Its post on the site stays there: this does not unpublish it. "
            "To take it off the site, open it and choose Unpublish first."
        )
    return (
        "\n\n"
        + _tr("These have a post on the site, which stays there (this does not unpublish them):")
        + "\n"
        + listed_titles(on_site)
    )


def move_to_trash_text(titles: Sequence[str], on_site: Sequence[str]) -> str:
    """The question before moving the interviews *titles* to the trash."""
    if len(titles) == 1:
        text = _tr("Move {title} to the trash?").format(title=_quoted(titles[0]))
    else:
        text = (
            _tr("Move these %n interviews to the trash?", len(titles))
            + "\n"
            + listed_titles(titles)
        )
    text += "\n\n" + _tr("You can restore them from the Trash until it is emptied.")
    return text + _site_note(on_site, len(titles))


def delete_for_good_text(titles: Sequence[str], on_site: Sequence[str]) -> str:
    """The question before deleting the interviews *titles* (in the trash) for good."""
    if len(titles) == 1:
        text = _tr("Delete {title} for good?").format(title=_quoted(titles[0]))
    else:
        text = (
            _tr("Delete these %n interviews for good?", len(titles)) + "\n" + listed_titles(titles)
        )
    text += "\n\n" + _tr("This cannot be undone.")
    return text + _site_note(on_site, len(titles))


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask *text* with an *action* button and Cancel (the default); True for the action."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setObjectName("trashQuestion")
    box.setTextFormat(Qt.TextFormat.PlainText)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is yes
