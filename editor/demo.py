"""Sample interviews for the demo profile (``python main.py --demo``)."""

from __future__ import annotations

from pathlib import Path

from editor.plaintext_import import parse_interview
from editor.repository import InterviewRepository

DEMO_DIR = Path(__file__).resolve().parent.parent / "resources" / "demo"


def seed_demo_interviews(repository: InterviewRepository) -> int:
    """Fill an empty profile with the sample interviews; return how many were added."""
    if repository.count() > 0:
        return 0
    added = 0
    for path in sorted(DEMO_DIR.glob("*.txt")):
        repository.create(parse_interview(path.read_text(encoding="utf-8")).document)
        added += 1
    return added
