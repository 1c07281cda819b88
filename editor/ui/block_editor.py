"""The pane that edits the selected block: a turn, a paragraph or a photo.

Site content (:class:`~editor.document.SiteHtmlBlock`, a part of a site post
Newsdesk does not model) is shown, not edited: a sentence saying so and the
words of the part as plain text (its markup is never rendered, so nothing is
loaded from anywhere). :meth:`BlockEditor.set_read_only` turns every field
into a read-only one (a post the account may not edit).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from editor.document import ParagraphBlock, PhotoBlock, SiteHtmlBlock, TurnBlock
from editor.session import EditingSession
from editor.ui.text_inputs import DocumentLineEdit, DocumentTextEdit

THUMBNAIL_SIZE = 240


class BlockEditor(QStackedWidget):
    """Shows the editor for block ``current_index`` of a session (or a hint if none)."""

    new_turn_requested = Signal()
    choose_image_requested = Signal(int)

    def __init__(
        self, session: EditingSession, photos_root: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._photos_root = photos_root
        self.current_index = -1

        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.turn_page = QWidget(self)
        self.speaker_label = QLabel(self.turn_page)
        self.speaker_combo = QComboBox(self.turn_page)
        self.turn_text = DocumentTextEdit(self.turn_page)
        self.turn_text.setObjectName("turnText")
        turn_top = QHBoxLayout()
        turn_top.addWidget(self.speaker_label)
        turn_top.addWidget(self.speaker_combo, 1)
        turn_layout = QVBoxLayout(self.turn_page)
        turn_layout.addLayout(turn_top)
        turn_layout.addWidget(self.turn_text, 1)

        self.paragraph_page = QWidget(self)
        self.paragraph_label = QLabel(self.paragraph_page)
        self.paragraph_text = DocumentTextEdit(self.paragraph_page)
        paragraph_layout = QVBoxLayout(self.paragraph_page)
        paragraph_layout.addWidget(self.paragraph_label)
        paragraph_layout.addWidget(self.paragraph_text, 1)

        self.photo_page = QWidget(self)
        self.thumbnail = QLabel(self.photo_page)
        self.thumbnail.setFixedSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE * 2 // 3)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setObjectName("photoThumbnail")
        self.thumbnail.setWordWrap(True)  # "the image could not be fetched" is a sentence
        self.choose_image_button = QPushButton(self.photo_page)
        self.caption_edit = DocumentTextEdit(self.photo_page)
        self.caption_edit.setMaximumHeight(90)
        self.credit_edit = DocumentLineEdit(self.photo_page)
        self.alt_edit = DocumentTextEdit(self.photo_page)
        self.alt_edit.setMaximumHeight(70)
        self.caption_label, self.credit_label, self.alt_label = (
            QLabel(self.photo_page),
            QLabel(self.photo_page),
            QLabel(self.photo_page),
        )
        photo_form = QFormLayout()
        photo_form.addRow(self.caption_label, self.caption_edit)
        photo_form.addRow(self.credit_label, self.credit_edit)
        photo_form.addRow(self.alt_label, self.alt_edit)
        image_row = QHBoxLayout()
        image_row.addWidget(self.thumbnail)
        image_row.addWidget(self.choose_image_button, 0, Qt.AlignmentFlag.AlignBottom)
        image_row.addStretch(1)
        photo_layout = QVBoxLayout(self.photo_page)
        photo_layout.addLayout(image_row)
        photo_layout.addLayout(photo_form)
        photo_layout.addStretch(1)

        self.site_page = QWidget(self)
        self.site_page.setObjectName("siteContentPage")
        self.site_title = QLabel(self.site_page)
        self.site_title.setObjectName("siteContentTitle")
        self.site_title.setStyleSheet("font-weight: bold")
        self.site_title.setWordWrap(True)
        self.site_title.setTextFormat(Qt.TextFormat.PlainText)
        self.site_explain = QLabel(self.site_page)
        self.site_explain.setWordWrap(True)
        self.site_explain.setTextFormat(Qt.TextFormat.PlainText)
        self.site_preview = QPlainTextEdit(self.site_page)  # plain text: never rendered as HTML
        self.site_preview.setObjectName("siteContentPreview")
        self.site_preview.setReadOnly(True)
        site_layout = QVBoxLayout(self.site_page)
        site_layout.addWidget(self.site_title)
        site_layout.addWidget(self.site_explain)
        site_layout.addWidget(self.site_preview, 1)

        for page in (
            self.hint,
            self.turn_page,
            self.paragraph_page,
            self.photo_page,
            self.site_page,
        ):
            self.addWidget(page)
        self.read_only = False

        self.turn_text.text_edited.connect(
            lambda text: self._session.set_block_text(self.current_index, text)
        )
        self.paragraph_text.text_edited.connect(
            lambda text: self._session.set_block_text(self.current_index, text)
        )
        self.speaker_combo.activated.connect(self._speaker_chosen)
        self.caption_edit.text_edited.connect(
            lambda text: self._session.update_photo(self.current_index, caption=text)
        )
        self.credit_edit.textEdited.connect(
            lambda text: self._session.update_photo(self.current_index, credit=text or None)
        )
        self.alt_edit.text_edited.connect(
            lambda text: self._session.update_photo(self.current_index, alt_text=text)
        )
        self.choose_image_button.clicked.connect(
            lambda: self.choose_image_requested.emit(self.current_index)
        )
        for text_edit in (self.turn_text, self.paragraph_text):
            text_edit.new_block_requested.connect(self.new_turn_requested)

        session.block_changed.connect(self._on_block_changed)
        session.speakers_changed.connect(self._fill_speakers)
        self.retranslate_ui()
        self.show_block(-1)

    def show_block(self, index: int) -> None:
        """Edit block *index* (-1 shows the hint)."""
        self.current_index = index
        blocks = self._session.document.blocks
        if not 0 <= index < len(blocks):
            self.current_index = -1
            self.setCurrentWidget(self.hint)
            return
        block = blocks[index]
        if isinstance(block, TurnBlock):
            self._fill_speakers()
            self.turn_text.set_text_quietly(block.text)
            self.setCurrentWidget(self.turn_page)
        elif isinstance(block, ParagraphBlock):
            self.paragraph_text.set_text_quietly(block.text)
            self.setCurrentWidget(self.paragraph_page)
        elif isinstance(block, PhotoBlock):
            self._show_photo(block)
            self.setCurrentWidget(self.photo_page)
        elif isinstance(block, SiteHtmlBlock):
            self.site_preview.setPlainText(block.preview(limit=4000))
            self.setCurrentWidget(self.site_page)

    def set_read_only(self, read_only: bool) -> None:
        """Show the blocks without letting them be edited (True) or edit them again."""
        self.read_only = read_only
        for text in (self.turn_text, self.paragraph_text, self.caption_edit, self.alt_edit):
            text.setReadOnly(read_only)
        self.credit_edit.setReadOnly(read_only)
        self.speaker_combo.setEnabled(not read_only)
        self.choose_image_button.setEnabled(not read_only)

    def focus_text(self) -> None:
        """Put the cursor in the block's main text."""
        page = self.currentWidget()
        if page is None:
            return
        target = {
            self.turn_page: self.turn_text,
            self.paragraph_page: self.paragraph_text,
            self.photo_page: self.caption_edit,
        }.get(page)
        if target is not None:
            target.setFocus()
            cursor = target.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            target.setTextCursor(cursor)

    def _show_photo(self, block: PhotoBlock) -> None:
        self.caption_edit.set_text_quietly(block.caption)
        self.credit_edit.set_text_quietly(block.credit or "")
        self.alt_edit.set_text_quietly(block.alt_text)
        pixmap = QPixmap()
        if block.image_path and self._photos_root is not None:
            thumb = self._photos_root / block.image_path
            thumbs = thumb.parent / "thumbs" / (thumb.stem + ".jpg")
            pixmap = QPixmap(str(thumbs if thumbs.exists() else thumb))
        if pixmap.isNull():
            self.thumbnail.setPixmap(QPixmap())
            if block.site_url and not block.image_path:
                self.thumbnail.setText(
                    self.tr(
                        "The image could not be fetched from the site. It stays on the site "
                        "as it is; choose an image to replace it."
                    )
                )
            else:
                self.thumbnail.setText(self.tr("No image yet"))
        else:
            self.thumbnail.setPixmap(
                pixmap.scaled(
                    self.thumbnail.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def _fill_speakers(self) -> None:
        self.speaker_combo.blockSignals(True)
        self.speaker_combo.clear()
        for speaker in self._session.document.speakers:
            self.speaker_combo.addItem(speaker.label, speaker.key)
        blocks = self._session.document.blocks
        if 0 <= self.current_index < len(blocks):
            block = blocks[self.current_index]
            if isinstance(block, TurnBlock):
                self.speaker_combo.setCurrentIndex(self.speaker_combo.findData(block.speaker_key))
        self.speaker_combo.blockSignals(False)

    def _speaker_chosen(self, combo_index: int) -> None:
        key = self.speaker_combo.itemData(combo_index)
        if isinstance(key, str) and self.current_index >= 0:
            self._session.set_turn_speaker(self.current_index, key)

    def _on_block_changed(self, index: int) -> None:
        if index == self.current_index:
            self.show_block(index)

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every label in the current language."""
        self.hint.setText(
            self.tr(
                "Select a block on the left to edit it.\n"
                "Ctrl+Enter adds the next question or answer."
            )
        )
        self.speaker_label.setText(self.tr("Speaker:"))
        self.paragraph_label.setText(self.tr("Paragraph"))
        self.choose_image_button.setText(self.tr("Choose image…"))
        self.caption_label.setText(self.tr("Caption:"))
        self.credit_label.setText(self.tr("Credit:"))
        self.alt_label.setText(self.tr("Alt text:"))
        self.site_title.setText(self.tr("Site content — Newsdesk does not edit this part"))
        self.site_explain.setText(
            self.tr(
                "This part of the post (a table, an embed, columns, a gallery, a shortcode or "
                "formatted text) goes back to the site exactly as it is. It can be moved or "
                "deleted as a whole; edit it on the site. Its words:"
            )
        )
        self.credit_edit.setPlaceholderText(self.tr("Photographer or source"))
        self.alt_edit.setPlaceholderText(
            self.tr("What the photo shows, for readers who cannot see it")
        )
