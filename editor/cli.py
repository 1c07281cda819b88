"""Headless editor commands: ``main.py import FILE --json`` and ``main.py export ID``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from editor.document import InterviewDocument
    from storage.database import Store

# The values of editor.export.ExportFormat (a test checks), so that building the
# command line, as every start does, imports none of the export code.
EXPORT_FORMATS = ("html", "txt", "pdf")


def add_commands(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``import`` and ``export`` on the main parser."""
    importer = subcommands.add_parser(
        "import",
        help="read a plain-text interview and print its structure (or store it as a draft)",
        description=(
            "Read a plain-text interview copied from a news page (headline, sapo, "
            "'Phóng viên: …' turns, photo captions, byline) and print what was found."
        ),
    )
    importer.add_argument("file", type=Path, help="UTF-8 or UTF-16 text file")
    importer.add_argument(
        "--json",
        action="store_true",
        help='print {"title", "lead", "byline", "blocks": [...]} as JSON',
    )
    importer.add_argument(
        "--save", action="store_true", help="also store it as a new draft in the data folder"
    )
    importer.set_defaults(handler=run_import)

    exporter = subcommands.add_parser(
        "export",
        help="write a stored interview as HTML, plain text or PDF",
        description="Write interview ID (as listed by the app) to a file.",
    )
    exporter.add_argument("id", type=int, help="the interview's id")
    exporter.add_argument("--format", choices=EXPORT_FORMATS, default="html", help="default: html")
    exporter.add_argument("-o", "--output", type=Path, required=True, help="file to write")
    exporter.set_defaults(handler=run_export)


def _fail(message: str) -> int:
    print(f"newsdesk: {message}", file=sys.stderr)
    return 1


def run_import(args: argparse.Namespace) -> int:
    """Print the structure of an interview file; exit 1 with one line if it cannot be read."""
    from editor.plaintext_import import ImportFileError, parse_interview, read_interview_file

    try:
        text = read_interview_file(args.file)
    except ImportFileError as error:
        return _fail(error.message)
    document = parse_interview(text).document
    saved_as: int | None = None
    if args.save:
        # Saved before anything is printed: a folder that cannot be used only says so.
        from editor.repository import InterviewRepository

        with _open_store(args) as store:
            saved_as = InterviewRepository(store).create(document).id
    _print_document(document, as_json=args.json)
    if saved_as is not None:
        print(f"saved as interview {saved_as}", file=sys.stderr)
    return 0


def _print_document(document: InterviewDocument, *, as_json: bool) -> None:
    """What ``import`` found, as JSON or as readable text."""
    if as_json:
        json.dump(document.to_import_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(f"{document.title}\n{document.lead}\n")
        for block in document.to_import_json()["blocks"]:
            if block["type"] == "turn":
                print(f"[{block['role']}] {block['speaker']}: {block['text']}\n")
            elif block["type"] == "photo":
                credit = f" (Ảnh: {block['credit']})" if block["credit"] else ""
                print(f"[photo] {block['caption']}{credit}\n")
            else:
                print(f"{block['text']}\n")
        if document.byline:
            print(f"Thực hiện: {document.byline}")


def run_export(args: argparse.Namespace) -> int:
    """Write interview ``args.id`` to ``args.output``."""
    from editor.export import ExportError, ExportFormat, export_to_file
    from editor.repository import InterviewNotFound, InterviewRepository

    fmt = ExportFormat(args.format)
    with _open_store(args) as store:
        try:
            document = InterviewRepository(store).get(args.id).document
        except InterviewNotFound:
            return _fail(f"there is no interview {args.id}")
    if fmt is ExportFormat.PDF:
        from PySide6.QtGui import QGuiApplication

        app = QGuiApplication.instance() or QGuiApplication(["newsdesk", "-platform", "offscreen"])
        del app
    try:
        export_to_file(document, fmt, args.output, args.data_dir_resolved)
    except ExportError as error:
        return _fail(error.user_message)
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


@contextmanager
def _open_store(args: argparse.Namespace) -> Iterator[Store]:
    """The profile's database for one command; a known problem exits with its message."""
    from storage.database import open_store
    from storage.errors import StoreError

    try:
        store = open_store(args.data_dir_resolved / "newsdesk.db", verify_integrity=True)
    except StoreError as error:
        raise SystemExit(_fail(error.user_message)) from error
    try:
        yield store
    except StoreError as error:  # the disk filled up while saving, say
        raise SystemExit(_fail(error.user_message)) from error
    finally:
        store.close()
