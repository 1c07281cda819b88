"""The questions asked before an interview goes to the trash or is deleted for good.

Headlines are shown as plain text (a headline may look like markup), a few at
most. Each question says what happens to a post already on the site: nothing;
it stays there (take it off with Unpublish first).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

# Most headlines listed in one question; the rest are counted.
LISTED_TITLES = 8


class TrashDialogs(QObject):
    """The questions' texts, in the ``TrashDialogs`` translation context.

    ``pyside6-lupdate`` marks a text as plural only when it is translated by
    ``self.tr(text, disambiguation, n)`` on one line, so the texts live in a
    class named after their context; the class must not be renamed.
    """

    def quoted(self, title: str) -> str:
        """*title* in quotes; "(untitled)" for an empty one."""
        return f"“{title.strip()}”" if title.strip() else self.tr("(untitled)")

    def listed(self, titles: Sequence[str]) -> str:
        """The headlines one per line, at most :data:`LISTED_TITLES`, with how many more."""
        lines = [f"• {self.quoted(title)}" for title in titles[:LISTED_TITLES]]
        hidden = len(titles) - LISTED_TITLES
        if hidden > 0:
            lines.append(self.tr("…and %n more", "", hidden))
        return "\n".join(lines)

    def site_note(self, on_site: Sequence[str], total: int) -> str:
        """What happens to posts already on the site (nothing), or "" when there are none."""
        if not on_site:
            return ""
        if total == 1:
            return "\n\n" + self.tr(
                "Its post on the site stays there: this does not unpublish it. "
                "To take it off the site, open it and choose Unpublish first."
            )
        note = self.tr("These have a post on the site, which stays there (not unpublished):")
        return f"\n\n{note}\n{self.listed(on_site)}"

    def held_note(self, held: int) -> str:
        """What happens to publishes still waiting to be sent (held), or "" when none wait."""
        if not held:
            return ""
        return "\n\n" + self.tr(
            "%n change(s) for the site have not been sent yet: they are held while the "
            "interview is in the trash, and go out if you restore it.",
            "",
            held,
        )

    def move_to_trash(self, titles: Sequence[str], on_site: Sequence[str], held: int = 0) -> str:
        """The question before moving the interviews *titles* to the trash."""
        if len(titles) == 1:
            text = self.tr("Move {title} to the trash?").format(title=self.quoted(titles[0]))
        else:
            asked = self.tr("Move these %n interviews to the trash?", "", len(titles))
            text = f"{asked}\n{self.listed(titles)}"
        text += "\n\n" + self.tr("You can restore them from the Trash until it is emptied.")
        return text + self.held_note(held) + self.site_note(on_site, len(titles))

    def delete_for_good(self, titles: Sequence[str], on_site: Sequence[str]) -> str:
        """The question before deleting the interviews *titles* (in the trash) for good."""
        if len(titles) == 1:
            text = self.tr("Delete {title} for good?").format(title=self.quoted(titles[0]))
        else:
            asked = self.tr("Delete these %n interviews for good?", "", len(titles))
            text = f"{asked}\n{self.listed(titles)}"
        text += "\n\n" + self.tr("This cannot be undone.")
        return text + self.site_note(on_site, len(titles))


def move_to_trash_text(titles: Sequence[str], on_site: Sequence[str], held: int = 0) -> str:
    """The question before moving the interviews *titles* to the trash (*held*: unsent ones)."""
    return TrashDialogs().move_to_trash(titles, on_site, held)


def delete_for_good_text(titles: Sequence[str], on_site: Sequence[str]) -> str:
    """The question before deleting the interviews *titles* (in the trash) for good."""
    return TrashDialogs().delete_for_good(titles, on_site)


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask *text* with an *action* button and Cancel (the default); True for the action."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setObjectName("trashQuestion")
    box.setTextFormat(Qt.TextFormat.PlainText)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    # exec(), not open(): the caller needs the answer to go on, and what it does next reads
    # the list and the open interview again (ids asked about are fixed before asking).
    box.exec()
    return box.clickedButton() is yes
