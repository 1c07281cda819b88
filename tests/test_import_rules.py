"""The import arrows of DEVELOPERS.md's layout table, read from the code itself.

Imports point down only: ``shell`` (the composition root) over the features,
the features over the UI kit, ``portal`` and ``storage``. A wrong arrow, even a
lazy import inside a function, fails here with its file and line.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
OURS = ("storage", "portal", "uikit", "editor", "moderation", "shell")

# Which of our layers each layer may import (its own always).
ALLOWED: dict[str, frozenset[str]] = {
    "storage": frozenset(),
    "portal": frozenset({"storage"}),
    "portal.devsite": frozenset(),  # a fake WordPress stands alone
    "uikit": frozenset({"portal", "storage"}),
    "editor": frozenset({"portal", "storage"}),
    "editor.ui": frozenset({"editor", "uikit", "portal", "storage"}),
    "moderation": frozenset({"portal", "storage"}),
    "moderation.ui": frozenset({"moderation", "uikit", "portal", "storage"}),
    "shell": frozenset(
        {
            "editor",
            "editor.ui",
            "moderation",
            "moderation.ui",
            "uikit",
            "portal",
            "portal.devsite",
            "storage",
        }
    ),
}
# Layers whose modules may build widgets.
WIDGET_LAYERS = frozenset({"uikit", "editor.ui", "moderation.ui", "shell"})


@dataclass(frozen=True)
class WrongArrow:
    """One import that breaks the rules."""

    path: str
    line: int
    layer: str
    imported: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.layer} must not import {self.imported}"


def layer_of_module(dotted: str) -> str | None:
    """The layer of a module (``editor.ui.list_model`` → ``editor.ui``); None if not ours."""
    parts = dotted.split(".")
    if parts[0] not in OURS:
        return None
    if len(parts) > 1 and (parts[0], parts[1]) in {
        ("portal", "devsite"),
        ("editor", "ui"),
        ("moderation", "ui"),
    }:
        return f"{parts[0]}.{parts[1]}"
    return parts[0]


def _module_name(root: Path, path: Path) -> str:
    relative = path.relative_to(root).with_suffix("")
    parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
    return ".".join(parts)


def _imports(tree: ast.AST, module: str, is_package: bool) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module is not None:
                found.append((node.lineno, node.module))
            elif node.level > 0:  # relative: resolved against the module's package
                base = module.split(".")
                base = base if is_package else base[:-1]
                base = base[: len(base) - (node.level - 1)]
                found.append(
                    (node.lineno, ".".join([*base, *([node.module] if node.module else [])]))
                )
    return found


def wrong_arrows(root: Path) -> list[WrongArrow]:
    """Every import under *root*'s packages that the layout table forbids."""
    wrong: list[WrongArrow] = []
    for package in OURS:
        for path in sorted((root / package).rglob("*.py")):
            module = _module_name(root, path)
            layer = layer_of_module(module)
            assert layer is not None
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            shown = str(path.relative_to(root))
            for line, imported in _imports(tree, module, path.name == "__init__.py"):
                target = layer_of_module(imported)
                if imported.startswith("PySide6.QtWidgets") and layer not in WIDGET_LAYERS:
                    wrong.append(WrongArrow(shown, line, layer, imported))
                if target is None or target == layer or target in ALLOWED[layer]:
                    continue
                wrong.append(WrongArrow(shown, line, layer, imported))
    return wrong


def test_the_code_keeps_the_import_rules() -> None:
    arrows = wrong_arrows(PROJECT)
    assert not arrows, "imports against DEVELOPERS.md's layout:\n" + "\n".join(map(str, arrows))


@pytest.mark.parametrize(
    ("package", "source", "forbidden", "line"),
    [
        ("editor/ui", "from shell.ui.main_window import MainWindow\n", "shell.ui.main_window", 1),
        ("moderation", "def later():\n    import editor.session\n", "editor.session", 2),
        ("moderation", "from PySide6.QtWidgets import QLabel\n", "PySide6.QtWidgets", 1),
        ("portal/devsite", "from storage.textfold import fold\n", "storage.textfold", 1),
        ("uikit", "from moderation.ui.comments_page import X\n", "moderation.ui.comments_page", 1),
        ("storage", "from . import x\nfrom ..portal import remote\n", "portal", 2),
    ],
)
def test_a_wrong_arrow_is_named_with_its_place(
    tmp_path: Path, package: str, source: str, forbidden: str, line: int
) -> None:
    for name in OURS:
        (tmp_path / name).mkdir()
    folder = tmp_path / package
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "module.py").write_text(source, encoding="utf-8")

    arrows = wrong_arrows(tmp_path)

    assert [arrow.imported for arrow in arrows] == [forbidden]
    assert arrows[0].path == f"{package}/module.py"
    assert arrows[0].line == line


def test_arrows_that_point_down_are_allowed(tmp_path: Path) -> None:
    for name in OURS:
        (tmp_path / name).mkdir()
    (tmp_path / "editor" / "ui").mkdir()
    (tmp_path / "editor" / "ui" / "page.py").write_text(
        "from uikit.pages import NavigationPage\nfrom editor.session import S\n"
        "from PySide6.QtWidgets import QLabel\n",
        encoding="utf-8",
    )
    (tmp_path / "shell" / "wiring.py").write_text(
        "from editor.ui.page import P\nfrom moderation.queues import Q\n", encoding="utf-8"
    )

    assert wrong_arrows(tmp_path) == []
