"""The rules editor: comment limits, banned and watch words, links, automatic actions, assistant."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from moderation.rules import RuleSet
from moderation.statuses import Action

MAX_LIMIT = 65_525  # the longest comment WordPress stores


class AutoActionBox(QComboBox):
    """What a rule does on its own: nothing (only flag), hold, reject or spam."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for text, action in (
            (self.tr("Only flag (a moderator decides)"), None),
            (self.tr("Hold for moderation"), Action.UNAPPROVE),
            (self.tr("Reject (move to trash)"), Action.TRASH),
            (self.tr("Mark as spam"), Action.SPAM),
        ):
            self.addItem(text, action.value if action is not None else "")

    def action(self) -> Action | None:
        """The chosen automatic action."""
        value = self.currentData()
        return Action(value) if value else None

    def set_action(self, action: Action | None) -> None:
        """Show *action* as chosen."""
        self.setCurrentIndex(max(self.findData(action.value if action is not None else ""), 0))


def _terms_edit(parent: QWidget, name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(90)
    return edit


class RulesDialog(QDialog):
    """Edits a :class:`RuleSet`; :meth:`rules` returns what the moderator set."""

    def __init__(self, rules: RuleSet, parent: QWidget | None = None, site_name: str = "") -> None:
        super().__init__(parent)
        if site_name:
            self.setWindowTitle(self.tr("Moderation rules for {site}").format(site=site_name))
        else:
            self.setWindowTitle(self.tr("Moderation rules"))
        self.min_length = QSpinBox(self)
        self.min_length.setRange(0, MAX_LIMIT)
        self.max_length = QSpinBox(self)
        self.max_length.setRange(0, MAX_LIMIT)
        self.max_length.setSpecialValueText(self.tr("no limit"))
        self.length_action = AutoActionBox(self)

        self.banned_edit = _terms_edit(self, "bannedWords")
        self.banned_action = AutoActionBox(self)
        self.watch_edit = _terms_edit(self, "watchWords")
        self.watch_action = AutoActionBox(self)
        self.flag_links = QCheckBox(self.tr("Flag comments that contain links"), self)
        self.link_action = AutoActionBox(self)
        self.assistant_hold = QCheckBox(
            self.tr("Hold for review the comments the assistant scores at or above"), self
        )
        self.assistant_percent = QSpinBox(self)
        self.assistant_percent.setRange(1, 100)
        self.assistant_percent.setSuffix(self.tr(" % or more"))
        self.assistant_hold.toggled.connect(self.assistant_percent.setEnabled)

        limits = QGroupBox(self.tr("The site's comment box"), self)
        limits_form = QFormLayout(limits)
        limits_form.addRow(self.tr("Fewest characters:"), self.min_length)
        limits_form.addRow(self.tr("Most characters:"), self.max_length)
        limits_form.addRow(self.tr("Outside these limits:"), self.length_action)

        words = QGroupBox(self.tr("Words"), self)
        words_layout = QHBoxLayout(words)
        for title, edit, action, hint in (
            (
                self.tr("Banned words (suggest rejecting)"),
                self.banned_edit,
                self.banned_action,
                self.tr("When one is found:"),
            ),
            (
                self.tr("Watch words (flag for a look)"),
                self.watch_edit,
                self.watch_action,
                self.tr("When one is found:"),
            ),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(title, words))
            column.addWidget(edit, 1)
            column.addWidget(QLabel(hint, words))
            column.addWidget(action)
            words_layout.addLayout(column)
        help_label = QLabel(
            self.tr(
                "One word or phrase per line. Case and accents are ignored, so “ngu” also "
                "finds “NGŨ”, but never a part of a longer word such as “người”. Put a word "
                'in quotes ("đểu") to match its accents exactly: it then also finds the '
                "word in a comment typed without any accents, but not “đều”; "
                '"đụ" never finds the “du” of “du lịch”.'
            ),
            self,
        )
        help_label.setWordWrap(True)
        help_label.setTextFormat(Qt.TextFormat.PlainText)

        links = QGroupBox(self.tr("Links"), self)
        links_form = QFormLayout(links)
        links_form.addRow(self.flag_links)
        links_form.addRow(self.tr("When one is found:"), self.link_action)

        assistant = QGroupBox(self.tr("Assistant"), self)
        assistant_layout = QVBoxLayout(assistant)
        assistant_row = QHBoxLayout()
        assistant_row.addWidget(self.assistant_hold)
        assistant_row.addWidget(self.assistant_percent)
        assistant_row.addStretch(1)
        assistant_layout.addLayout(assistant_row)
        assistant_note = QLabel(
            self.tr(
                "Off by default. The comments are only flagged for a moderator (Flagged queue); "
                "their state on the site never changes by itself."
            ),
            assistant,
        )
        assistant_note.setWordWrap(True)
        assistant_layout.addWidget(assistant_note)

        note = QLabel(
            self.tr(
                "Automatic actions apply only to comments pulled from now on that no "
                "moderator has decided on; they are logged and can be undone like any decision."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(limits)
        layout.addWidget(words, 1)
        layout.addWidget(help_label)
        layout.addWidget(links)
        layout.addWidget(assistant)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(720, 700)
        self.set_rules(rules)

    def set_rules(self, rules: RuleSet) -> None:
        """Show *rules* in the fields."""
        self.min_length.setValue(rules.min_length)
        self.max_length.setValue(rules.max_length)
        self.length_action.set_action(rules.length_action)
        self.banned_edit.setPlainText("\n".join(rules.banned_words))
        self.banned_action.set_action(rules.banned_action)
        self.watch_edit.setPlainText("\n".join(rules.watch_words))
        self.watch_action.set_action(rules.watch_action)
        self.flag_links.setChecked(rules.flag_links)
        self.link_action.set_action(rules.link_action)
        self.assistant_hold.setChecked(rules.assistant_hold)
        self.assistant_percent.setValue(rules.assistant_percent)
        self.assistant_percent.setEnabled(rules.assistant_hold)

    def rules(self) -> RuleSet:
        """The rules as set in the dialog (normalised)."""
        return RuleSet(
            min_length=self.min_length.value(),
            max_length=self.max_length.value(),
            banned_words=tuple(self.banned_edit.toPlainText().splitlines()),
            watch_words=tuple(self.watch_edit.toPlainText().splitlines()),
            flag_links=self.flag_links.isChecked(),
            length_action=self.length_action.action(),
            banned_action=self.banned_action.action(),
            watch_action=self.watch_action.action(),
            link_action=self.link_action.action(),
            assistant_hold=self.assistant_hold.isChecked(),
            assistant_percent=self.assistant_percent.value(),
        ).normalised()
