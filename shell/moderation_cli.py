"""``main.py moderation evaluate``: check the assistant and campaign grouping on a file.

``TEST.jsonl`` is scored by the assistant, trained either on ``--train FILE``'s
labelled lines or on the decisions in the data folder (read only: the database
is opened read-only, never created or migrated), and grouped into campaigns
with the app's own code. Nothing is written anywhere. Progress goes to stderr,
the result to stdout: a short table in the interface language, or exactly one
JSON object with ``--json``.

The model is trained first; TEST.jsonl is then read once, as a stream (a pipe
will do), each comment scored and grouped as it comes, so memory grows by a
small record a comment, not by the file. Nothing is printed before the last
line is read: a bad line anywhere exits with nothing on stdout.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from moderation.assistant.dataset import FileComment
    from moderation.assistant.evaluation import Evaluation
    from moderation.assistant.model import Model
    from moderation.assistant.training import History

EXIT_OK = 0
EXIT_NOT_TRAINED = 1
EXIT_BAD_INPUT = 2
TABLE_ROWS = 20

EXIT_CODES_HELP = f"""input: JSON Lines, one comment a line, UTF-8:
  {{"id": 1, "text": "...", "author": "...", "email": "...", "article": 12, "label": "spam"}}
  id and text are required; label is approve, spam or abuse (spam and abuse both
  mean "not to publish"); other fields are ignored.

exit status:
  {EXIT_OK}  the file was scored and grouped
  {EXIT_NOT_TRAINED}  the assistant could not be trained: too few decisions (in the data
     folder, or labelled lines in --train), or the data folder cannot be read
  {EXIT_BAD_INPUT}  a file cannot be read or has a bad line (named), or wrong arguments
"""


def add_command(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``moderation`` and its ``evaluate`` sub-command."""
    moderation = subcommands.add_parser(
        "moderation",
        help="moderation tools that work on files (evaluate the assistant)",
        description="Moderation tools that work outside the app.",
    )
    commands = moderation.add_subparsers(dest="moderation_command", metavar="COMMAND")
    commands.required = True
    evaluate = commands.add_parser(
        "evaluate",
        help="score a file of comments with the assistant and group its campaigns",
        description=(
            "Score every comment of TEST.jsonl with the moderation assistant (a higher score "
            "means more likely not to publish) and group near-duplicates into campaigns. "
            "With labels in the file, print precision and recall at the suggested threshold "
            "and the confusion table. The assistant learns from --train's labelled lines, or "
            "else from the decisions in the data folder, as the app does. Nothing is written."
        ),
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    evaluate.add_argument(
        "test",
        type=Path,
        metavar="TEST.jsonl",
        help="the comments to score (read once, as a stream: a pipe will do)",
    )
    evaluate.add_argument(
        "--train", type=Path, metavar="TRAIN.jsonl", help="learn from this file's labelled lines"
    )
    evaluate.add_argument(
        "--json",
        action="store_true",
        help='print {"threshold", "scores", "groups", "precision", "recall"} as one JSON object',
    )
    evaluate.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="data folder to use (as before the sub-command)",
    )
    evaluate.set_defaults(handler=run_evaluate)


def _say(message: str) -> None:
    print(f"newsdesk: {message}", file=sys.stderr, flush=True)


class ProgressBar:
    """A one-line progress bar on stderr, redrawn when the whole percent changes."""

    WIDTH = 30

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._last: tuple[str, int] | None = None

    def show(self, stage: str, done: int, total: int) -> None:
        """Draw *stage* at *done* of *total*."""
        percent = 100 * done // total if total else 100
        if self._last == (stage, percent):
            return
        self._last = (stage, percent)
        filled = self.WIDTH * percent // 100
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        self._stream.write(f"\r{stage:<10} [{bar}] {percent:3d}%")
        if done >= total:
            self._stream.write("\n")
        self._stream.flush()


def _stage_names() -> dict[str, str]:
    return {
        "read": QCoreApplication.translate("ModerationCommand", "reading"),
        "train": QCoreApplication.translate("ModerationCommand", "training"),
        "score": QCoreApplication.translate("ModerationCommand", "scoring"),
    }


def _install_language(args: argparse.Namespace) -> None:
    """Speak the profile's language; an absent data folder is not created for it."""
    from shell.i18n import LanguageManager, resolve_language
    from shell.settings import AppSettings

    app = QCoreApplication.instance() or QCoreApplication(["newsdesk"])
    setting = getattr(args, "language", None)
    if setting is None:
        data_dir: Path = args.data_dir_resolved
        exists = (data_dir / "settings.ini").is_file()
        setting = AppSettings(data_dir).language if exists else "system"
    LanguageManager(app).switch(resolve_language(setting))


def _comments(path: Path, bar: ProgressBar, stage: str) -> Iterator[FileComment]:
    """The comments of *path* as a stream, the progress bar following the bytes read."""
    from moderation.assistant.dataset import iter_comments

    return iter_comments(path, lambda done, total: bar.show(stage, done, total))


def _train_from_data_folder(data_dir: Path) -> tuple[Model, History]:
    from moderation.assistant.readonly import read_decisions
    from moderation.assistant.training import train_on

    return train_on(read_decisions(data_dir))


def run_evaluate(args: argparse.Namespace) -> int:
    """Evaluate the assistant on a file; see :func:`add_command`."""
    from moderation.assistant.dataset import DatasetError
    from moderation.assistant.evaluation import evaluate, file_decisions
    from moderation.assistant.readonly import DataFolderUnreadable
    from moderation.assistant.training import TooFewDecisions, train_on

    _install_language(args)
    bar = ProgressBar(sys.stderr)
    stages = _stage_names()
    try:
        if args.train is not None:
            decisions = file_decisions(_comments(args.train, bar, stages["read"]))
        bar.show(stages["train"], 0, 1)
        if args.train is not None:
            model, history = train_on(decisions)
        else:
            model, history = _train_from_data_folder(args.data_dir_resolved)
        bar.show(stages["train"], 1, 1)
        # One pass over the test file, which may be larger than memory: each comment is
        # scored and grouped as it is read. A bad line stops it before anything is printed.
        result = evaluate(
            model, history, _comments(args.test, bar, stages["score"]), highest=TABLE_ROWS
        )
    except DatasetError as error:
        sys.stderr.write("\n")
        _say(error.user_message)
        return EXIT_BAD_INPUT
    except (TooFewDecisions, DataFolderUnreadable) as error:
        sys.stderr.write("\n")
        _say(error.user_message)
        return EXIT_NOT_TRAINED
    if args.json:
        json.dump(result.to_json(), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        _print_table(result)
    return EXIT_OK


def _print_table(result: Evaluation) -> None:
    """The result for a person: figures, confusion table, campaigns, highest scores."""
    from moderation.text import excerpt

    print(
        QCoreApplication.translate(
            "ModerationCommand", "Suggested threshold: {threshold:.2f}"
        ).format(threshold=result.threshold)
    )
    if result.quality is not None:
        quality = result.quality
        print(
            QCoreApplication.translate(
                "ModerationCommand",
                "Precision: {precision:.3f}   Recall: {recall:.3f}   ({count} labelled)",
            ).format(precision=quality.precision, recall=quality.recall, count=result.labelled)
        )
        said_reject, said_publish = (
            QCoreApplication.translate("ModerationCommand", "Suggests rejecting"),
            QCoreApplication.translate("ModerationCommand", "Suggests publishing"),
        )
        width = max(len(said_reject), len(said_publish), 18)
        print()
        not_to_publish = QCoreApplication.translate("ModerationCommand", "Not to publish")
        published = QCoreApplication.translate("ModerationCommand", "Published")
        print(f"{'':<{width}}  {not_to_publish:>16}  {published:>16}")
        print(f"{said_reject:<{width}}  {quality.true_positive:>16}  {quality.false_positive:>16}")
        print(f"{said_publish:<{width}}  {quality.false_negative:>16}  {quality.true_negative:>16}")
    print()
    print(
        QCoreApplication.translate(
            "ModerationCommand", "Campaigns (near-duplicates): {count}"
        ).format(count=len(result.groups))
    )
    for number, members in enumerate(result.groups[:TABLE_ROWS], 1):
        shown = ", ".join(members[:10]) + (" …" if len(members) > 10 else "")
        print(
            QCoreApplication.translate(
                "ModerationCommand", "  {number}. {size} comments: {ids}"
            ).format(number=number, size=len(members), ids=shown)
        )
    print()
    if len(result.scores) > TABLE_ROWS:
        print(
            QCoreApplication.translate(
                "ModerationCommand",
                "The {count} highest scores of {total} (--json gives them all):",
            ).format(count=TABLE_ROWS, total=len(result.scores))
        )
    id_title = QCoreApplication.translate("ModerationCommand", "Id")
    score_title = QCoreApplication.translate("ModerationCommand", "Score")
    comment_title = QCoreApplication.translate("ModerationCommand", "Comment")
    id_width = max(len(id_title), *(len(row.id) for row in result.highest))
    print(f"{id_title:<{id_width}}  {score_title:>6}  {comment_title}")
    for row in result.highest:
        print(f"{row.id:<{id_width}}  {row.score:>6.3f}  {excerpt(row.text, 70)}")
