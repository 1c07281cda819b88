"""Translated explanations of how the importer read a paragraph."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.plaintext_import import (
    CLOSING_THANKS,
    UNLABELLED_ANSWER,
    UNLABELLED_QUESTION,
)


def import_reason_message(reason: str) -> str:
    """Why the importer read a paragraph as it did (a :class:`Detection` reason), or "".

    Only reasons a reporter may want explained are listed: the turns of an
    interview whose questions carry no label.
    """
    translate = QCoreApplication.translate
    messages = {
        UNLABELLED_QUESTION: translate(
            "EditorMessages",
            "A short paragraph ending with “?” in an interview whose questions have no "
            "label: read as the reporter's question.",
        ),
        UNLABELLED_ANSWER: translate(
            "EditorMessages",
            "The paragraphs after an unlabelled question: read as one answer.",
        ),
        CLOSING_THANKS: translate(
            "EditorMessages",
            "Thanks after the last answer: read as the reporter's closing words.",
        ),
    }
    return messages.get(reason, "")
