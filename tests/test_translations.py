"""The Vietnamese translation is complete and the compiled files match the sources."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import translations  # noqa: E402


def test_every_string_has_a_vietnamese_translation() -> None:
    assert translations.unfinished("vi") == []


def test_the_translation_files_cover_every_string_in_the_code(tmp_path: Path) -> None:
    """A string added to the code without `translations.py update` would show in English."""
    scanned = tmp_path / "scan.ts"
    subprocess.run(
        [translations._tool("pyside6-lupdate"), *translations.source_files(), "-ts", str(scanned)],
        check=True,
        capture_output=True,
    )
    import xml.etree.ElementTree as ElementTree

    def sources(path: Path) -> set[tuple[str, str]]:
        tree = ElementTree.parse(path)
        return {
            (context.findtext("name") or "", message.findtext("source") or "")
            for context in tree.iter("context")
            for message in context.iter("message")
        }

    missing = sources(scanned) - sources(translations.TRANSLATIONS / "newsdesk_vi.ts")
    assert missing == set(), "run: python scripts/translations.py update"


def test_compiled_translations_are_up_to_date() -> None:
    assert translations.check() == 0
