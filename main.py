"""Newsdesk: draft interviews offline, moderate reader comments, publish to the site.

Run ``python main.py`` for the app, ``python main.py --help`` for every option
and sub-command. The installed ``newsdesk`` command is the same as this file.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from editor import cli as editor_cli
from shell import sync_cli
from shell.version import APP_NAME, APP_VERSION, ORGANIZATION_NAME

DEMO_FOLDER_NAME = "demo-profile"
# Set to 1, the app quits by itself once its window is shown and the interview list
# filled in: for start-up benchmarks (benchmarks/bench_startup_process.py).
QUIT_WHEN_READY_ENV = "NEWSDESK_QUIT_WHEN_READY"


def build_parser() -> argparse.ArgumentParser:
    """The command line: GUI options and the headless sub-commands."""
    parser = argparse.ArgumentParser(
        prog="newsdesk",
        description=(
            "Newsdesk, the desktop tool for a news site's staff: reporters draft Q&A "
            "interviews offline, moderators decide on reader comments, editors publish "
            "to the site (WordPress REST API). Without a sub-command, the app opens."
        ),
        epilog=(
            "The data folder holds the database (newsdesk.db), photos, settings.ini and "
            f"logs/; by default it is {default_data_dir()}. Passwords are kept in the "
            "system keyring, never in the data folder. Exit status: 0 when everything was done; "
            "1 when it was not (the app could not start, a file could not be read or written, "
            "sync left changes waiting); 2 when the arguments are wrong or sync could not "
            "start. 'newsdesk sync --help' details sync's."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {APP_VERSION}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="data folder to use (default: the platform's app-data folder, below)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=(
            "start the demo profile in its own data folder "
            f"('{DEMO_FOLDER_NAME}' inside the default one), to try Newsdesk without a real site"
        ),
    )
    parser.add_argument(
        "--language",
        choices=("system", "vi", "en"),
        help="interface language for this run (default: as set in Preferences)",
    )
    parser.add_argument("--verbose", action="store_true", help="log debugging detail")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="sub-commands")
    editor_cli.add_commands(commands)
    sync_cli.add_command(commands)
    for command in commands.choices.values():
        # Also after the sub-command ("main.py import FILE --save --data-dir D"), as cron
        # lines and scripts are often written; there it wins over the one before.
        command.add_argument(
            "--data-dir",
            type=Path,
            metavar="DIR",
            default=argparse.SUPPRESS,
            help="data folder to use (as before the sub-command)",
        )
    return parser


def default_data_dir() -> Path:
    """The platform's per-user app-data folder for Newsdesk."""
    QCoreApplication.setOrganizationName(ORGANIZATION_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location))


def resolve_data_dir(data_dir: Path | None, demo: bool) -> Path:
    """The data folder for these options: --data-dir wins; --demo picks its own."""
    if data_dir is not None:
        return data_dir.expanduser().resolve()
    base = default_data_dir()
    return base / DEMO_FOLDER_NAME if demo else base


def missing_display_message(
    environ: Mapping[str, str] | None = None, platform: str = sys.platform
) -> str | None:
    """One line saying that no display was found and how to run headless; None if there is one.

    On Linux without ``DISPLAY`` or ``WAYLAND_DISPLAY``, Qt would abort with a
    message about a missing xcb library that sends people installing packages.
    An explicit ``QT_QPA_PLATFORM`` (offscreen, vnc, ...) is left to Qt.
    """
    environ = os.environ if environ is None else environ
    if not platform.startswith("linux"):
        return None
    if any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return None
    return (
        "newsdesk: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set); to run "
        "without a screen, set QT_QPA_PLATFORM=offscreen or start it under a virtual "
        "display: xvfb-run python main.py"
    )


def run_gui(args: argparse.Namespace) -> int:
    """Open the app window; return the process exit code."""
    no_display = missing_display_message()
    if no_display is not None:
        print(no_display, file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    from shell.application import NewsdeskApplication, Profile, open_profile_store
    from shell.crash import CrashHandler
    from shell.i18n import LanguageManager, resolve_language
    from shell.logging_setup import configure_logging, log_path
    from shell.settings import AppSettings

    QCoreApplication.setOrganizationName(ORGANIZATION_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(APP_VERSION)
    profile = Profile(resolve_data_dir(args.data_dir, args.demo), demo=args.demo)
    app = QApplication(sys.argv[:1])
    app.setDesktopFileName("newsdesk")
    try:
        profile.data_dir.mkdir(parents=True, exist_ok=True)
        log_file = configure_logging(profile.data_dir, verbose=args.verbose)
    except OSError as error:
        print(f"newsdesk: cannot use data folder {profile.data_dir}: {error}", file=sys.stderr)
        log_file = log_path(profile.data_dir)
    crash_handler = CrashHandler(log_file)
    crash_handler.install()
    settings = AppSettings(profile.data_dir)
    languages = LanguageManager(app)
    languages.switch(resolve_language(args.language or settings.language))
    opened = open_profile_store(profile)
    if opened is None:
        return 1
    lock, store = opened
    newsdesk = NewsdeskApplication(
        app, profile, store, log_file=log_file, languages=languages, settings=settings
    )
    _quit_on_signals(app)
    if os.environ.get(QUIT_WHEN_READY_ENV) == "1":
        newsdesk.when_ready(app.quit)
    newsdesk.window.show()
    logging.getLogger("newsdesk").info("Main window shown (data folder %s)", profile.data_dir)
    try:
        return app.exec()
    finally:
        lock.release()


def _quit_on_signals(app: QCoreApplication) -> None:
    """Let Ctrl+C and SIGTERM close the app cleanly (saving state) instead of killing it."""
    import signal

    from PySide6.QtCore import QTimer

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_args: app.quit())
    # Python runs signal handlers only between bytecodes: wake it up now and then.
    ticker = QTimer(app)
    ticker.timeout.connect(lambda: None)
    ticker.start(300)


def run(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python main.py`` and the ``newsdesk`` command."""
    args = build_parser().parse_args(argv)
    if args.command is None:
        return run_gui(args)
    args.data_dir_resolved = resolve_data_dir(args.data_dir, args.demo)
    try:
        return int(args.handler(args))
    except BrokenPipeError:  # output piped into `head` and the like
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(run())
