"""The interview's blocks as a list model, kept in step with an EditingSession."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from editor.document import ParagraphBlock, PhotoBlock, TurnBlock
from editor.session import EditingSession
from editor.ui.icons import photo_icon
from uikit.outside_text import tooltip

BLOCK_MIME_TYPE = "application/x-newsdesk-block-row"
EXCERPT_LENGTH = 140

ModelIndex = QModelIndex | QPersistentModelIndex


class BlocksModel(QAbstractListModel):
    """One row per block: a one-line summary, a kind, and drag-and-drop reordering."""

    KindRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, session: EditingSession) -> None:
        super().__init__(session)
        self._session = session
        self._rows = len(session.document.blocks)
        session.blocks_about_to_be_inserted.connect(self._before_insert)
        session.blocks_inserted.connect(self._after_insert)
        session.blocks_about_to_be_removed.connect(self._before_remove)
        session.blocks_removed.connect(self._after_remove)
        session.block_about_to_move.connect(self._before_move)
        session.block_moved.connect(self.endMoveRows)
        session.block_changed.connect(self._on_changed)

    # --- reading ---------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of blocks (none under a child)."""
        return 0 if parent.isValid() else self._rows

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Summary text, kind and tooltip of a block."""
        if not index.isValid() or not 0 <= index.row() < self._rows:
            return None
        block = self._session.document.blocks[index.row()]
        if role == self.KindRole:
            return type(block).__name__
        if role == Qt.ItemDataRole.DecorationRole:
            return photo_icon(bool(block.image_path)) if isinstance(block, PhotoBlock) else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            summary = self._summary(block)
            if role == Qt.ItemDataRole.DisplayRole:
                summary = summary.replace("\n", " ")
                if len(summary) > EXCERPT_LENGTH:
                    summary = summary[: EXCERPT_LENGTH - 1] + "…"
                return summary
            return tooltip(summary)
        return None

    def _summary(self, block: object) -> str:
        if isinstance(block, TurnBlock):
            speaker = self._session.document.find_speaker(block.speaker_key)
            label = speaker.label if speaker else "?"
            text = block.text or self.tr("(empty turn)")
            return f"{label}: {text}"
        if isinstance(block, PhotoBlock):
            caption = block.caption or self.tr("(no caption)")
            if block.image_path:
                return caption
            missing = self.tr("(no image)")
            return f"{missing} {caption}"
        if isinstance(block, ParagraphBlock):
            return "¶ " + (block.text or self.tr("(empty paragraph)"))
        return ""

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Blocks can be selected and dragged; drops land between them."""
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (
            base
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # --- drag and drop ------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        """Only moves, within the list."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        """Our private row format."""
        return [BLOCK_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex], /) -> QMimeData:
        """The dragged row."""
        mime = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        mime.setData(BLOCK_MIME_TYPE, QByteArray(str(rows[0] if rows else -1).encode()))
        return mime

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: ModelIndex,
    ) -> bool:
        """Move the dragged block through the session (so it can be undone)."""
        if action != Qt.DropAction.MoveAction or not data.hasFormat(BLOCK_MIME_TYPE):
            return False
        try:
            source = int(bytes(data.data(BLOCK_MIME_TYPE).data()).decode())
        except ValueError:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else self._rows
        target = row - 1 if row > source else row
        self._session.move_block(source, max(0, min(target, self._rows - 1)))
        return False  # the session moved it; the view must not remove the source row

    # --- following the session ----------------------------------------------------------

    def _before_insert(self, first: int, count: int) -> None:
        self.beginInsertRows(QModelIndex(), first, first + count - 1)

    def _after_insert(self, _first: int, count: int) -> None:
        self._rows += count
        self.endInsertRows()

    def _before_remove(self, first: int, count: int) -> None:
        self.beginRemoveRows(QModelIndex(), first, first + count - 1)

    def _after_remove(self, _first: int, count: int) -> None:
        self._rows -= count
        self.endRemoveRows()

    def _before_move(self, source: int, target: int) -> None:
        destination = target + 1 if target > source else target
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)

    def _on_changed(self, row: int) -> None:
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)
