"""Shared helpers for the editor tests: fixtures, expected structures, document builders."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from editor.document import (
    Block,
    InterviewDocument,
    ParagraphBlock,
    PhotoBlock,
    Role,
    Speaker,
    TurnBlock,
)
from editor.plaintext_import import read_interview_file

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"
FIXTURE_NAMES = sorted(p.name.removesuffix(".txt") for p in FIXTURES.glob("*.txt"))


def fixture_text(name: str) -> str:
    """The fixture's text as the app reads it from disk."""
    return read_interview_file(FIXTURES / f"{name}.txt")


def expected(name: str) -> dict[str, Any]:
    """The hand-written expected structure of a fixture."""
    data: dict[str, Any] = json.loads(
        (FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8")
    )
    return data


def structure(doc: InterviewDocument) -> dict[str, Any]:
    """What the tests compare: the publishing JSON plus tags and the speakers with turns."""
    data = doc.to_import_json()
    data["tags"] = list(doc.tags)
    used = {b.speaker_key for b in doc.blocks if isinstance(b, TurnBlock)}
    data["speakers"] = [
        {"label": s.label, "role": s.role.value} for s in doc.speakers if s.key in used
    ]
    return data


def make_doc(
    blocks: list[tuple[str, ...]],
    *,
    title: str = "Tiêu đề thử",
    lead: str = "Sapo thử nghiệm của bài.",
    byline: str = "",
    speakers: list[tuple[str, Role]] | None = None,
) -> InterviewDocument:
    """Build a document from short tuples.

    ``("p", text)`` paragraph, ``("t", speaker_label, text)`` turn,
    ``("f", caption, credit_or_empty)`` photo. Speakers default to the labels
    used, "PV"/"Phóng viên"/"Hỏi" being interviewers.
    """
    doc = InterviewDocument(title=title, lead=lead, byline=byline)
    for label, role in speakers or []:
        doc.add_speaker(label, role)
    by_label = {s.label: s for s in doc.speakers}
    result: list[Block] = []
    for item in blocks:
        if item[0] == "p":
            result.append(ParagraphBlock(item[1]))
        elif item[0] == "f":
            result.append(PhotoBlock(item[1], item[2] or None))
        else:
            label = item[1]
            if label not in by_label:
                asks = label in {"PV", "Phóng viên", "Hỏi"}
                role = Role.INTERVIEWER if asks else Role.INTERVIEWEE
                by_label[label] = doc.add_speaker(label, role)
            result.append(TurnBlock(by_label[label].key, item[2]))
    doc.blocks = result
    return doc


def speaker_labels(doc: InterviewDocument) -> list[str]:
    """Labels of the document's speakers, in order."""
    return [s.label for s in doc.speakers]


def all_strings(value: object) -> list[str]:
    """Every string inside a JSON-like value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in all_strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in all_strings(v)]
    return []


def speaker(doc: InterviewDocument, label: str) -> Speaker:
    """The speaker of *doc* called *label*."""
    return next(s for s in doc.speakers if s.label == label)


def run_main(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``python main.py ARGS`` as a user would (offscreen), capturing its output."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
