"""Keep the Qt Linguist translations in step with the code.

    python scripts/translations.py update    # re-scan the code into resources/translations/*.ts
    python scripts/translations.py compile   # .ts -> .qm (what the app loads)
    python scripts/translations.py check     # fail if a .qm is stale or Vietnamese is incomplete

Edit Vietnamese in ``newsdesk_vi.ts`` with Qt Linguist (``pyside6-linguist``) or any
text editor; English is the source language, so ``newsdesk_en.ts`` only lists the
strings (plural forms would go there).

``qt_vi.ts`` holds Vietnamese for the words Qt draws itself (standard buttons, file
dialogs, context menus), which Qt ships no translation for. ``update`` leaves it alone:
its sources are Qt's own strings, copied exactly (context, text and ``&`` accelerator)
from Qt's catalogues; compile and check treat it like the others.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("vi", "en")
QT_CATALOGUES = ("qt_vi",)
"""Translations of Qt's own words, kept by hand (``update`` does not scan Qt)."""
SOURCE_PACKAGES = ("main.py", "shell", "uikit", "editor", "moderation", "portal", "storage")


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install the project first (pip install -e .)")
    return found


def source_files() -> list[str]:
    """Every Python file whose strings are translated (tests and dev tools excluded)."""
    files: list[str] = []
    for entry in SOURCE_PACKAGES:
        path = ROOT / entry
        if path.is_file():
            files.append(str(path))
        else:
            files.extend(str(p) for p in sorted(path.rglob("*.py")) if "devsite" not in p.parts)
    return files


def update() -> None:
    """Re-scan the code; keeps existing translations, marks vanished strings obsolete."""
    for language in LANGUAGES:
        target = TRANSLATIONS / f"newsdesk_{language}.ts"
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *source_files(),
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                language,
                "-ts",
                str(target),
            ],
            check=True,
        )


def catalogues() -> list[str]:
    """The name (without suffix) of every .ts file that is compiled into a .qm."""
    return [f"newsdesk_{language}" for language in LANGUAGES] + list(QT_CATALOGUES)


def compile_to(directory: Path) -> None:
    """Compile every .ts into a .qm in *directory*."""
    for name in catalogues():
        subprocess.run(
            [
                _tool("pyside6-lrelease"),
                "-silent",
                str(TRANSLATIONS / f"{name}.ts"),
                "-qm",
                str(directory / f"{name}.qm"),
            ],
            check=True,
        )


def unfinished(language: str, catalogue: str = "newsdesk") -> list[str]:
    """Source strings without a finished translation in *language*.

    For English, the source language, only plural messages need one.
    """
    tree = ElementTree.parse(TRANSLATIONS / f"{catalogue}_{language}.ts")
    missing = []
    for message in tree.iter("message"):
        if language == "en" and message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if (
            translation is None
            or translation.get("type") in ("unfinished", "obsolete")
            or not (translation.text or "".join(translation.itertext()))
        ):
            missing.append(source)
    return missing


def check() -> int:
    """0 when the .qm files match the .ts files and Vietnamese is complete."""
    problems = [
        f"untranslated ({language}): {text!r}"
        for language in LANGUAGES
        for text in unfinished(language)
    ]
    problems += [
        f"untranslated ({name}): {text!r}"
        for name in QT_CATALOGUES
        for text in unfinished(name.rsplit("_", 1)[1], name.rsplit("_", 1)[0])
    ]
    with tempfile.TemporaryDirectory() as scratch:
        compile_to(Path(scratch))
        for name in catalogues():
            fresh = (Path(scratch) / f"{name}.qm").read_bytes()
            committed = TRANSLATIONS / f"{name}.qm"
            if not committed.exists() or committed.read_bytes() != fresh:
                problems.append(f"{committed.name} is stale: run scripts/translations.py compile")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


def main() -> int:
    """Command-line entry."""
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "update":
        update()
    elif command == "compile":
        compile_to(TRANSLATIONS)
    elif command == "check":
        return check()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
