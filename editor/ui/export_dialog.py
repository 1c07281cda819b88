"""Asking where to export an interview, and saying where it was written.

The file dialog opens in the folder and with the format of the last export
(kept by the profile's settings through :class:`ExportMemory`), proposes the
headline as the file name, and the message afterwards shows the file's path
with a button that opens its folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from editor.export import ExportFormat, ExportResult

translate = QCoreApplication.translate

_FILE_NAME_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')  # not in a file name anywhere
# Longest file name proposed (before the extension); long headlines are cut.
NAME_LENGTH = 80


class ExportMemory(Protocol):
    """Where the last export went and in which format (the profile's settings keep it)."""

    @property
    def export_folder(self) -> Path | None:
        """The folder of the last export, if any."""
        ...

    @export_folder.setter
    def export_folder(self, value: Path) -> None: ...

    @property
    def export_format(self) -> str:
        """The last export's format (an :class:`ExportFormat` value)."""
        ...

    @export_format.setter
    def export_format(self, value: str) -> None: ...


@dataclass
class SessionExportMemory:
    """An :class:`ExportMemory` that lasts while the program runs (without a profile)."""

    export_folder: Path | None = None
    export_format: str = ExportFormat.HTML.value


def file_name_for(headline: str) -> str:
    """A file name (without extension) made from *headline*, safe on every system."""
    name = _FILE_NAME_UNSAFE.sub("-", headline).strip(" .-")
    return name[:NAME_LENGTH].rstrip(" .-") or translate("ExportDialog", "interview")


def _filters() -> dict[ExportFormat, str]:
    return {
        ExportFormat.HTML: translate("ExportDialog", "Web page with its photos (*.html)"),
        ExportFormat.PDF: translate("ExportDialog", "PDF for print review (*.pdf)"),
        ExportFormat.TXT: translate("ExportDialog", "Plain text in the newspaper's format (*.txt)"),
    }


def remembered_format(memory: ExportMemory) -> ExportFormat:
    """The last export's format; HTML when none is remembered (or it is unknown)."""
    try:
        return ExportFormat(memory.export_format)
    except ValueError:
        return ExportFormat.HTML


def remembered_folder(memory: ExportMemory) -> Path:
    """The last export's folder while it still exists; the home folder otherwise."""
    folder = memory.export_folder
    return folder if folder is not None and folder.is_dir() else Path.home()


def export_file_dialog(parent: QWidget | None, memory: ExportMemory, headline: str) -> QFileDialog:
    """The Save dialog for an export: last folder, last format, the headline as name."""
    fmt = remembered_format(memory)
    filters = _filters()
    dialog = QFileDialog(parent, translate("ExportDialog", "Export interview"))
    dialog.setObjectName("exportDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilters(list(filters.values()))
    dialog.selectNameFilter(filters[fmt])
    dialog.setDefaultSuffix(fmt.value)
    dialog.filterSelected.connect(
        lambda chosen: dialog.setDefaultSuffix(chosen_format(chosen).value)
    )
    dialog.setDirectory(str(remembered_folder(memory)))
    dialog.selectFile(f"{file_name_for(headline)}.{fmt.value}")
    return dialog


def chosen_format(name_filter: str) -> ExportFormat:
    """The format of the dialog's name filter *name_filter* (HTML for an unknown one)."""
    for fmt, text in _filters().items():
        if text == name_filter:
            return fmt
    return ExportFormat.HTML


def export_target(dialog: QFileDialog) -> tuple[Path, ExportFormat] | None:
    """The file and format an accepted *dialog* chose.

    The format is the one of the chosen filter; the file's extension is made to
    match it (``bai.html`` saved as PDF becomes ``bai.pdf``; ``bai`` gets one).
    """
    files = dialog.selectedFiles()
    if not files:
        return None
    fmt = chosen_format(dialog.selectedNameFilter())
    target = Path(files[0])
    suffix = target.suffix.lower()
    if suffix in {f".{known.value}" for known in ExportFormat} and suffix != f".{fmt.value}":
        target = target.with_suffix(f".{fmt.value}")
    elif suffix != f".{fmt.value}":
        target = target.with_name(f"{target.name}.{fmt.value}")
    return target, fmt


def open_folder(folder: Path) -> bool:
    """Show *folder* in the system's file manager; False if none could be started."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class ExportDialog(QObject):
    """Texts with plural forms, in the ``ExportDialog`` context (lupdate sees them here)."""

    def photos_left_out(self, count: int) -> str:
        """Why the export has fewer photos than the interview."""
        return self.tr("%n photo(s) could not be read; only the caption is shown.", "", count)


def export_done_box(parent: QWidget | None, result: ExportResult) -> QMessageBox:
    """A message saying where the export was written, with an "Open folder" button.

    The path is shown as plain text (a headline may look like markup). The box
    is returned unopened; the caller shows it with ``open()``.
    """
    text = translate("ExportDialog", "The interview was exported to:\n{path}").format(
        path=result.path
    )
    if result.photos_left_out:
        text += "\n\n" + ExportDialog().photos_left_out(result.photos_left_out)
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("ExportDialog", "Interview exported"),
        text,
        parent=parent,
    )
    box.setObjectName("exportDoneBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    folder_button = box.addButton(
        translate("ExportDialog", "Open folder"), QMessageBox.ButtonRole.ActionRole
    )
    folder_button.setObjectName("openFolderButton")
    box.addButton(QMessageBox.StandardButton.Close)
    # An action button closes the box too; open the folder when it is the one clicked.
    folder_button.clicked.connect(lambda: open_folder(result.path.parent))
    return box
