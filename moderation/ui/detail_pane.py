"""The detail pane: one comment in full, as plain text, with everything around it.

Reader text is untrusted: it is only ever put into a read-only
``QPlainTextEdit`` or a ``QLabel`` set to ``Qt.TextFormat.PlainText``, so markup
shows as the characters it is and nothing is loaded from anywhere.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from moderation.details import CommentDetail
from moderation.rules import FlagLevel, RuleKind, RuleSet, comment_length, match_spans
from moderation.statuses import Action, Status, status_text
from moderation.text import display_text, excerpt
from moderation.ui.texts import (
    Moderation,
    action_text,
    approve_and_reply_text,
    keep_text,
    published_flag_text,
    reasons_text,
    sync_text,
)
from uikit.formatting import local_time_text
from uikit.outside_text import tooltip

# The comment itself is painted first; the comment it answers and the author's history
# follow this long after, so that a decision key shows the next comment within a frame.
CONTEXT_DELAY_MS = 30

ACTIONS = (Action.APPROVE, Action.TRASH, Action.SPAM, Action.UNAPPROVE, Action.RESTORE)
SHORTCUT_KEYS = {
    Action.APPROVE: "A",
    Action.TRASH: "D",
    Action.SPAM: "S",
    Action.UNAPPROVE: "U",
    Action.RESTORE: "Z",
}
# "Reviewed, keep as is" (not a WordPress key; V for "viewed", free in WordPress's set).
KEEP_KEY = "V"
# How a rule's match is marked in the comment text (plain-text formatting, never HTML).
_MATCH_COLOURS = {
    RuleKind.BANNED: ("#f9d2cf", "#8c1d18"),
    RuleKind.WATCH: ("#ffe8b3", "#5c3a00"),
    RuleKind.LINK: ("#d6e4ff", "#0b3d91"),
}


def highlight_matches(view: QPlainTextEdit, rules: RuleSet) -> int:
    """Mark what *rules* match in the plain text of *view*; how many spans were marked.

    Character formats are set on the plain-text document through a cursor: the
    text stays plain (no HTML is ever built from reader text).
    """
    document = view.document()
    text = document.toPlainText()
    spans = match_spans(rules, text)
    cursor = QTextCursor(document)
    for span in spans:
        background, foreground = _MATCH_COLOURS[span.kind]
        mark = QTextCharFormat()
        mark.setBackground(QColor(background))
        mark.setForeground(QColor(foreground))
        mark.setFontWeight(QFont.Weight.Bold)
        if span.kind is RuleKind.BANNED:
            mark.setFontUnderline(True)
        cursor.setPosition(span.start)
        cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(mark)
    return len(spans)


def plain_label(parent: QWidget, *, selectable: bool = True) -> QLabel:
    """A label that shows text as text (never as HTML) and opens nothing."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setOpenExternalLinks(False)
    label.setWordWrap(True)
    # long unbreakable words (addresses, links) must not widen the pane
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setMinimumWidth(40)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def plain_view(parent: QWidget, name: str) -> QPlainTextEdit:
    """A read-only plain-text view for reader text."""
    view = QPlainTextEdit(parent)
    view.setObjectName(name)
    view.setReadOnly(True)
    view.setUndoRedoEnabled(False)
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    return view


class CommentDetailPane(QWidget):
    """Shows one comment; its buttons ask the page to decide, reply or resolve a conflict."""

    decision_requested = Signal(object)  # Action
    reply_requested = Signal(str)
    keep_site_requested = Signal()
    send_anyway_requested = Signal()
    author_filter_requested = Signal(str, str)  # author key, author name
    keep_requested = Signal()  # "Reviewed, keep as is"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: CommentDetail | None = None
        self.rules = RuleSet()
        self.highlighted = 0  # spans marked in the comment shown
        self._max_reply = 500
        self._min_reply = 5
        self._context_timer = QTimer(self)
        self._context_timer.setSingleShot(True)
        self._context_timer.setInterval(CONTEXT_DELAY_MS)
        self._context_timer.timeout.connect(self.show_context_now)

        self.empty_label = plain_label(self, selectable=False)
        self.empty_label.setObjectName("commentSelection")
        self.author_label = plain_label(self)
        self.author_label.setObjectName("commentAuthor")
        bold = QFont(self.author_label.font())
        bold.setBold(True)
        self.author_label.setFont(bold)
        self.meta_label = plain_label(self)
        self.article_label = plain_label(self)
        self.article_label.setObjectName("commentArticle")
        self.state_label = plain_label(self)
        self.state_label.setObjectName("commentState")
        self.flags_label = plain_label(self)
        self.flags_label.setObjectName("commentFlags")
        self.assistant_label = plain_label(self)
        self.assistant_label.setObjectName("assistantScore")
        #: Gives the assistant's sentence on a comment by id ("" hides it); set by the page.
        self.explainer: Callable[[int], str] = lambda _comment_id: ""

        self.conflict_box = QFrame(self)
        self.conflict_box.setObjectName("conflictBox")
        self.conflict_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.conflict_label = plain_label(self.conflict_box)
        self.keep_site_button = QPushButton(self.conflict_box)
        self.send_anyway_button = QPushButton(self.conflict_box)
        conflict_layout = QVBoxLayout(self.conflict_box)
        conflict_layout.addWidget(self.conflict_label)
        conflict_buttons = QHBoxLayout()
        conflict_buttons.addWidget(self.keep_site_button)
        conflict_buttons.addWidget(self.send_anyway_button)
        conflict_buttons.addStretch(1)
        conflict_layout.addLayout(conflict_buttons)
        self.keep_site_button.clicked.connect(self.keep_site_requested)
        self.send_anyway_button.clicked.connect(self.send_anyway_requested)

        self.text_view = plain_view(self, "commentText")
        self.text_view.setMinimumHeight(120)

        self.parent_box = QGroupBox(self)
        self.parent_label = plain_label(self.parent_box)
        self.parent_view = plain_view(self.parent_box, "parentText")
        self.parent_view.setMaximumHeight(90)
        parent_layout = QVBoxLayout(self.parent_box)
        parent_layout.addWidget(self.parent_label)
        parent_layout.addWidget(self.parent_view)

        self.history_box = QGroupBox(self)
        self.history_label = plain_label(self.history_box)
        self.history_label.setObjectName("authorHistory")
        self.history_list = QListWidget(self.history_box)
        self.history_list.setObjectName("authorComments")
        self.history_list.setMaximumHeight(110)
        self.history_list.setWordWrap(False)
        self.author_filter_button = QPushButton(self.history_box)
        history_layout = QVBoxLayout(self.history_box)
        history_layout.addWidget(self.history_label)
        history_layout.addWidget(self.history_list)
        history_layout.addWidget(self.author_filter_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.author_filter_button.clicked.connect(self.request_author_filter)

        self.decision_buttons: dict[Action, QPushButton] = {}
        decisions = QGridLayout()
        for position, action in enumerate(ACTIONS):
            button = QPushButton(self)
            button.setObjectName(f"decide_{action.value}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys keep going to the list
            button.clicked.connect(lambda _checked=False, a=action: self.decision_requested.emit(a))
            decisions.addWidget(button, position // 3, position % 3)
            self.decision_buttons[action] = button
        self.keep_button = QPushButton(self)
        self.keep_button.setObjectName("decide_keep")
        self.keep_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.keep_button.clicked.connect(self.keep_requested)
        decisions.addWidget(self.keep_button, len(ACTIONS) // 3, len(ACTIONS) % 3)

        self.reply_box = QGroupBox(self)
        self.reply_edit = QPlainTextEdit(self.reply_box)
        self.reply_edit.setObjectName("replyEdit")
        self.reply_edit.setMaximumHeight(90)
        self.reply_count = QLabel(self.reply_box)
        self.reply_button = QPushButton(self.reply_box)
        self.reply_button.setObjectName("sendReply")
        self.pending_replies_label = plain_label(self.reply_box)
        reply_layout = QVBoxLayout(self.reply_box)
        reply_layout.addWidget(self.pending_replies_label)
        reply_layout.addWidget(self.reply_edit)
        reply_row = QHBoxLayout()
        reply_row.addWidget(self.reply_count)
        reply_row.addStretch(1)
        reply_row.addWidget(self.reply_button)
        reply_layout.addLayout(reply_row)
        self.reply_edit.textChanged.connect(self._update_reply_count)
        self.reply_button.clicked.connect(self._send_reply)

        self.content = QWidget(self)
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.author_label,
            self.meta_label,
            self.article_label,
            self.state_label,
            self.flags_label,
            self.assistant_label,
            self.conflict_box,
        ):
            content_layout.addWidget(widget)
        content_layout.addWidget(self.text_view, 3)
        content_layout.addLayout(decisions)
        content_layout.addWidget(self.parent_box)
        content_layout.addWidget(self.history_box)
        content_layout.addWidget(self.reply_box)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.content)
        scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(scroll, 1)
        self._scroll = scroll
        self.retranslate_ui()
        self.show_detail(None)

    # --- showing --------------------------------------------------------------------------

    def set_reply_limits(self, minimum: int, maximum: int) -> None:
        """The site's comment limits, for the reply counter."""
        self._min_reply, self._max_reply = max(minimum, 1), maximum
        self._update_reply_count()

    def set_rules(self, rules: RuleSet) -> None:
        """The rules whose matches are marked in the comment text."""
        self.rules = rules
        if self.detail is not None:
            self.text_view.setPlainText(display_text(self.detail.content))
            self.highlighted = highlight_matches(self.text_view, rules)

    def show_selection(self, count: int, authors: list[str]) -> None:
        """Several comments are selected: say how many and by whom, instead of one of them."""
        self._context_timer.stop()
        self.detail = None
        self.text_view.clear()
        self._scroll.setVisible(False)
        self.empty_label.setVisible(True)
        names = list(dict.fromkeys(display_text(a) or self.tr("(anonymous)") for a in authors))
        shown = ", ".join(names[:12]) + (" …" if len(names) > 12 else "")
        self.empty_label.setText(Moderation().selection_text(count, shown))

    def show_detail(self, detail: CommentDetail | None) -> None:
        """Show *detail* (None: nothing selected)."""
        if detail is None or self.detail is None:
            self.empty_label.setText(self.tr("Select a comment to read it in full."))
        changed_comment = detail is None or self.detail is None or detail.id != self.detail.id
        self.detail = detail
        self.empty_label.setVisible(detail is None)
        self._scroll.setVisible(detail is not None)
        if detail is None:
            self._context_timer.stop()
            self.text_view.clear()
            return
        name = display_text(detail.author_name) or self.tr("(anonymous)")
        self.author_label.setText(
            f"{name} <{display_text(detail.author_email)}>" if detail.author_email else name
        )
        meta = [local_time_text(detail.date_gmt)]
        if detail.author_url:
            meta.append(display_text(detail.author_url))
        self.meta_label.setText(" · ".join(meta))
        title = detail.article_title or self.tr("Article #{id}").format(id=detail.post_id)
        self.article_label.setText(self.tr("On: {title}").format(title=title))
        state = status_text(detail.status)
        if detail.flag_open and detail.status == Status.APPROVED:
            state = published_flag_text()
        marker = sync_text(detail.sync.state)
        self.state_label.setText(f"{state} · {marker}" if marker else state)
        self.state_label.setToolTip(tooltip(detail.sync.message))
        self.flags_label.setVisible(bool(detail.flags))
        if detail.flags:
            prefix = (
                self.tr("Suggest rejecting:")
                if detail.flag_level >= FlagLevel.REJECT
                else self.tr("Needs a look:")
            )
            self.flags_label.setText(f"{prefix} {reasons_text(detail.flags)}")
        self.show_assistant()
        self._show_conflict(detail)
        if changed_comment or self.text_view.toPlainText() != display_text(detail.content):
            self.text_view.setPlainText(display_text(detail.content))
            self.highlighted = highlight_matches(self.text_view, self.rules)
        self._show_decisions(detail)
        self._context_timer.start()
        replies = detail.sync.pending_replies
        self.pending_replies_label.setVisible(bool(replies))
        if replies:
            self.pending_replies_label.setText(
                self.tr("Reply waiting to be sent: {text}").format(
                    text=" / ".join(excerpt(reply, 80) for reply in replies)
                )
            )
        self._show_reply_button(detail)
        if changed_comment:
            self.reply_edit.clear()

    def show_assistant(self) -> None:
        """Show the assistant's score and reasons for the comment shown (after new scores)."""
        text = self.explainer(self.detail.id) if self.detail is not None else ""
        self.assistant_label.setText(text)
        self.assistant_label.setVisible(bool(text))

    def _show_conflict(self, detail: CommentDetail) -> None:
        sync = detail.sync
        conflict = sync.state == "conflict"
        failed = sync.state == "failed"
        self.conflict_box.setVisible(conflict or failed)
        self.send_anyway_button.setVisible(conflict)
        if conflict:
            self.conflict_label.setText(
                self.tr(
                    "Someone else moderated this comment on the site: it is now “{site}” "
                    "there. Your decision (“{mine}”) was not sent."
                ).format(
                    site=status_text(sync.site_status or detail.site_status),
                    mine=status_text(sync.wanted_status or detail.status),
                )
            )
        elif failed:
            self.conflict_label.setText(
                self.tr("The site refused this decision: {reason}").format(reason=sync.message)
            )

    @property
    def context_pending(self) -> bool:
        """The parent comment and author history of the shown comment are still to come."""
        return self._context_timer.isActive()

    def show_context_now(self) -> None:
        """Fill in the comment answered and the author's history of the shown comment."""
        self._context_timer.stop()
        if self.detail is not None:
            self._show_parent(self.detail)
            self._show_history(self.detail)

    def _show_parent(self, detail: CommentDetail) -> None:
        parent = detail.parent
        self.parent_box.setVisible(parent is not None)
        if parent is None:
            return
        if parent.id is None:
            self.parent_label.setText(
                self.tr("Comment #{id}, not in the local copy.").format(id=parent.remote_id)
            )
            self.parent_view.setPlainText("")
            self.parent_view.hide()
            return
        self.parent_view.show()
        self.parent_label.setText(
            f"{display_text(parent.author_name) or self.tr('(anonymous)')} · "
            f"{status_text(parent.status)}"
        )
        self.parent_view.setPlainText(display_text(parent.content))

    def _show_history(self, detail: CommentDetail) -> None:
        history = detail.history
        self.history_label.setText(
            self.tr(
                "Earlier comments by this author: {approved} approved, {pending} pending, "
                "{rejected} rejected, {spam} spam."
            ).format(
                approved=history.approved,
                pending=history.pending,
                rejected=history.rejected,
                spam=history.spam,
            )
        )
        self.history_list.clear()
        for other in history.others:
            item = QListWidgetItem(
                f"{local_time_text(other.date_gmt)} · {status_text(other.status)} · {other.excerpt}"
            )
            item.setData(Qt.ItemDataRole.UserRole, other.id)
            self.history_list.addItem(item)
        self.history_list.setVisible(bool(history.others))
        self.author_filter_button.setEnabled(history.total > 0)

    def _show_decisions(self, detail: CommentDetail) -> None:
        rejected = detail.status in ("spam", "trash")
        self.decision_buttons[Action.APPROVE].setEnabled(detail.status != "approved")
        self.decision_buttons[Action.TRASH].setEnabled(detail.status != "trash")
        self.decision_buttons[Action.SPAM].setEnabled(detail.status != "spam")
        self.decision_buttons[Action.UNAPPROVE].setEnabled(detail.status != "hold")
        self.decision_buttons[Action.RESTORE].setEnabled(rejected)
        self.keep_button.setEnabled(detail.flag_open)

    # --- replying -------------------------------------------------------------------------

    def _show_reply_button(self, detail: CommentDetail | None) -> None:
        """A pending comment is approved by replying to it: the button says so."""
        if detail is not None and detail.status == Status.HOLD:
            self.reply_button.setText(approve_and_reply_text())
        else:
            self.reply_button.setText(self.tr("Send reply"))

    def _update_reply_count(self) -> None:
        length = comment_length(self.reply_edit.toPlainText())
        self.reply_count.setText(
            self.tr("{count} / {maximum} characters").format(
                count=length, maximum=self._max_reply or "∞"
            )
        )
        fits = length >= self._min_reply and (not self._max_reply or length <= self._max_reply)
        self.reply_button.setEnabled(fits)

    def _send_reply(self) -> None:
        self.reply_requested.emit(self.reply_edit.toPlainText())

    def reply_sent(self) -> None:
        """The page queued the reply: clear the box."""
        self.reply_edit.clear()

    def request_author_filter(self) -> None:
        """Ask the page to list every comment of the author shown."""
        if self.detail is not None:
            self.author_filter_requested.emit(self.detail.author_key, self.detail.author_name)

    # --- translation ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.empty_label.setText(self.tr("Select a comment to read it in full."))
        self.parent_box.setTitle(self.tr("In reply to"))
        self.history_box.setTitle(self.tr("The author"))
        self.author_filter_button.setText(self.tr("List this author's comments"))
        self.reply_box.setTitle(self.tr("Reply as the newspaper"))
        self.reply_edit.setPlaceholderText(self.tr("Write a reply; it is sent with the decisions."))
        self._show_reply_button(self.detail)
        self.keep_site_button.setText(self.tr("Keep the site's decision"))
        self.send_anyway_button.setText(self.tr("Send mine anyway"))
        for action, button in self.decision_buttons.items():
            button.setText(f"{action_text(action)} ({SHORTCUT_KEYS[action]})")
        self.keep_button.setText(f"{keep_text()} ({KEEP_KEY})")
        self._update_reply_count()
        if self.detail is not None:
            self.show_detail(self.detail)
