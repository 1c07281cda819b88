"""Newsdesk: draft interviews offline, moderate reader comments, publish to the site.

Run ``python main.py`` for the app, ``python main.py --help`` for every option
and sub-command. The installed ``newsdesk`` command is the same as this file.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths

from editor import cli as editor_cli
from shell import moderation_cli, sync_cli
from shell.version import APP_NAME, ORGANIZATION_NAME, app_version

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from shell.first_window import FirstWindow
    from shell.i18n import LanguageManager
    from shell.profile import Profile
    from shell.settings import AppSettings
    from storage.database import Store
    from storage.instance_lock import DataFolderLock

DEMO_FOLDER_NAME = "demo-profile"


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
    parser.add_argument(
        "--version", action=_VersionAction, nargs=0, help="show program's version number and exit"
    )
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
    moderation_cli.add_command(commands)
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


class _VersionAction(argparse.Action):
    """``--version``: the package metadata is read only when asked (it is slow to load)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        print(f"{APP_NAME} {app_version()}")
        parser.exit()


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

    from shell.crash import CrashHandler
    from shell.first_window import quick_first_window
    from shell.i18n import LanguageManager, resolve_language
    from shell.logging_setup import configure_logging, log_path
    from shell.profile import Profile
    from shell.settings import AppSettings
    from shell.startup_probe import quit_when

    QCoreApplication.setOrganizationName(ORGANIZATION_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
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
    _quit_on_signals(app)
    first = None
    if not args.demo:  # the demo profile seeds its interviews when the store opens
        first = quick_first_window(app, profile.data_dir, profile.database_path, settings, log_file)
    if first is not None:
        return _run_first_window(app, first, profile, languages, settings, log_file)
    # First start, migration due, a problem to explain, demo: the store opens before the window.
    from shell.application import NewsdeskApplication, open_profile_store

    opened = open_profile_store(profile)
    if opened is None:
        return 1
    lock, store = opened
    newsdesk = NewsdeskApplication(
        app, profile, store, log_file=log_file, languages=languages, settings=settings
    )
    if quit_when() is not None:
        newsdesk.when_ready(app.quit)
    newsdesk.window.show()
    logging.getLogger("newsdesk").info("Main window shown (data folder %s)", profile.data_dir)
    try:
        return app.exec()
    finally:
        lock.release()


def _run_first_window(
    app: QApplication,
    first: FirstWindow,
    profile: Profile,
    languages: LanguageManager,
    settings: AppSettings,
    log_file: Path,
) -> int:
    """Show the window with the list read at start-up, then open the store and the rest."""
    from PySide6.QtCore import QThreadPool, QTimer

    from shell.first_window import load_the_rest
    from shell.startup_probe import QUIT_WHEN_SHOWN, StallMeter, quit_when

    log = logging.getLogger("newsdesk")
    held: list[DataFolderLock] = [first.lock] if first.lock is not None else []
    meter = StallMeter.from_environment(app)

    def open_the_store() -> None:
        from shell.application import open_profile_store

        for lock in held:  # taken again at once by the usual opening, which checks the file
            lock.release()
        held.clear()
        opened = open_profile_store(profile)
        if opened is None:  # explained in a message box, as on any start
            first.window.hide()
            app.exit(1)
            return
        held.append(opened[0])
        QTimer.singleShot(0, lambda: take_over(opened[1]))  # the window may turn in between

    def take_over(store: Store) -> None:
        from shell.application import NewsdeskApplication

        newsdesk = NewsdeskApplication(
            app,
            profile,
            store,
            log_file=log_file,
            languages=languages,
            settings=settings,
            first=first,
        )
        if meter is not None:
            newsdesk.when_ready(meter.mark_ready)
        if quit_when() is not None:
            newsdesk.when_ready(app.quit)
        log.info("Ready for editing")

    first.window.show()
    log.info("Main window shown with the interview list (data folder %s)", profile.data_dir)
    if meter is not None:
        meter.start()
        app.aboutToQuit.connect(meter.stop)
    if quit_when() == QUIT_WHEN_SHOWN:  # for the benchmark: the store is never opened
        QTimer.singleShot(0, app.quit)
    else:
        load_the_rest(first, open_the_store)
    try:
        return app.exec()
    finally:
        QThreadPool.globalInstance().waitForDone()  # the loading must not outlive the app
        for lock in held:
            lock.release()


def _quit_on_signals(app: QCoreApplication) -> None:
    """Let Ctrl+C and SIGTERM close the app cleanly (saving state) instead of killing it."""
    import signal

    from PySide6.QtCore import QTimer

    from shell.ui.main_window import SIGNAL_QUIT

    def stop(*_args: object) -> None:
        app.setProperty(SIGNAL_QUIT, True)  # nobody at the screen to answer questions
        app.quit()
        # A signal just before the event loop starts (the last steps of start-up) finds
        # no loop to quit and would be lost: quit again as soon as the loop runs.
        QTimer.singleShot(0, app.quit)

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, stop)
    # Python runs signal handlers only between bytecodes: wake it up now and then.
    ticker = QTimer(app)
    ticker.timeout.connect(lambda: None)
    ticker.start(300)


def run(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python main.py`` and the ``newsdesk`` command."""
    args = build_parser().parse_args(argv)
    if args.command is None:
        code = run_gui(args)
        # The window is closed, the store closed, settings and log flushed: the process
        # ends now. Python's last garbage-collection passes would visit every object the
        # app built (about 100 ms, more than the rest of the exit) and find nothing whose
        # clean-up matters; freezing them leaves them to the ordinary teardown.
        gc.freeze()
        return code
    args.data_dir_resolved = resolve_data_dir(args.data_dir, args.demo)
    try:
        return int(args.handler(args))
    except BrokenPipeError:  # output piped into `head` and the like
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(run())
