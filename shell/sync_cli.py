"""``main.py sync``: send the outbox and pull updates, headless (for cron).

Every item left unsent is named (the interview's headline, the comment's
first words, as its outbox kind describes it), with why it was not sent and
what to do, in the profile's interface language.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from portal.outbox import OutboxEntry
    from portal.outbox_kinds import OutboxKinds
    from storage.database import Store

EXIT_OK = 0
EXIT_INCOMPLETE = 1
EXIT_CANNOT_START = 2

EXIT_CODES_HELP = f"""exit status:
  {EXIT_OK}  everything was sent and the site's updates were fetched
  {EXIT_INCOMPLETE}  something was not sent or fetched (offline, refused by the site, in
     conflict, or waiting to be tried again); each unsent change is listed with
     why and what to do
  {EXIT_CANNOT_START}  nothing was tried: no site configured, no application password in the
     keyring, the site's stored address must be fixed, or the data folder or
     database cannot be used (read-only, full, or damaged: then nothing is written)
"""


def add_command(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``sync``."""
    command = subcommands.add_parser(
        "sync",
        help="send waiting changes to the site and fetch updates (for cron)",
        description=(
            "Send the outbox (publications, moderation decisions) to the site and fetch "
            "updates, printing progress, then list every change not sent, why, and what "
            "to do. The site's application password must be in the system keyring."
        ),
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    command.add_argument(
        "--site", metavar="NAME", help="the site to sync (default: the active one)"
    )
    command.set_defaults(handler=run_sync)


class _LinePrinter:
    """Progress as lines on stdout (no carriage returns: cron mails them)."""

    cancelled = False

    def report_progress(self, done: int, total: int, message: str = "") -> None:
        print(f"[{done}/{total}] {message}", flush=True)


def _say(message: str) -> None:
    print(f"newsdesk: {message}", file=sys.stderr, flush=True)


def what_to_do(entry: OutboxEntry, *, behind_another: bool = False) -> str:
    """What a person should do about an item that was not sent.

    *behind_another*: an earlier unsent change of the same subject holds it back.
    """
    from portal.outbox import OutboxState
    from uikit.formatting import local_time_text

    if entry.state is OutboxState.CONFLICT:
        return QCoreApplication.translate(
            "SyncCommand",
            "It was changed on the site too: open Newsdesk's Publishing page, select it and "
            "choose “Resolve conflict…”.",
        )
    if entry.state is OutboxState.FAILED:
        return QCoreApplication.translate(
            "SyncCommand",
            "The site refused it: fix the reason above, then choose Retry on Newsdesk's "
            "Publishing page (or Discard to drop the change).",
        )
    if entry.last_error:
        return QCoreApplication.translate(
            "SyncCommand",
            "Nothing to do: Newsdesk tries again by itself from {time}; if this keeps "
            "happening, check the reason above.",
        ).format(time=local_time_text(entry.next_try_at))
    if behind_another:
        return QCoreApplication.translate(
            "SyncCommand",
            "It goes out after the change above (settle that one first if it needs you).",
        )
    return QCoreApplication.translate("SyncCommand", "Nothing to do: it goes out at the next sync.")


def _explain_unsent(store: Store, kinds: OutboxKinds, entries: Sequence[OutboxEntry]) -> None:
    """One paragraph per unsent item: what it is, why it was not sent, what to do."""
    from uikit.site_messages import outbox_reason

    seen: set[tuple[str, int]] = set()
    for entry, label in zip(entries, kinds.describe(store, entries), strict=True):
        subject = (entry.subject_type, entry.subject_id)
        behind = subject in seen
        seen.add(subject)
        reason = outbox_reason(entry) or (
            QCoreApplication.translate(
                "SyncCommand", "It waits for an earlier change of the same item (listed above)."
            )
            if behind
            else QCoreApplication.translate("SyncCommand", "It was not reached in this sync.")
        )
        action = what_to_do(entry, behind_another=behind)
        print(f"- {label}", flush=True)
        print(
            "  " + QCoreApplication.translate("SyncCommand", "Why: {reason}").format(reason=reason),
            flush=True,
        )
        print(
            "  "
            + QCoreApplication.translate("SyncCommand", "What to do: {action}").format(
                action=action
            ),
            flush=True,
        )


def _install_language(args: argparse.Namespace) -> None:
    """Speak the profile's interface language (or ``--language``) in what is printed."""
    from shell.i18n import LanguageManager, resolve_language
    from shell.settings import AppSettings

    app = QCoreApplication.instance() or QCoreApplication(["newsdesk"])
    setting = getattr(args, "language", None) or AppSettings(args.data_dir_resolved).language
    LanguageManager(app).switch(resolve_language(setting))


def run_sync(args: argparse.Namespace) -> int:
    """Sync one site; see :func:`add_command`."""
    # Imported here: building the command line, as every start does, needs none of it.
    from portal.accounts import AccountError, Accounts, PasswordVault
    from portal.outbox import UNFINISHED, Outbox
    from portal.sync import sync_site
    from shell.wiring import outbox_kinds, site_pullers
    from storage.database import open_store
    from storage.errors import StoreError
    from storage.instance_lock import DataFolderLock

    data_dir = args.data_dir_resolved
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        _say(f"the data folder {data_dir} cannot be created: {error.strerror or error}")
        return EXIT_CANNOT_START
    _install_language(args)
    lock = DataFolderLock(data_dir)
    try:
        lock.acquire()
        # A quick check first (well under a second on a big profile; cron can wait): a
        # damaged file is refused before anything is written to it.
        store = open_store(data_dir / "newsdesk.db", verify_integrity=True)
    except StoreError as error:
        lock.release()
        _say(error.user_message)
        return EXIT_CANNOT_START
    try:
        accounts = Accounts(store, PasswordVault())
        account = accounts.by_name(args.site) if args.site else accounts.active()
        if account is None:
            _say(f"no site called “{args.site}”." if args.site else "no site is configured.")
            return EXIT_CANNOT_START
        try:
            client = accounts.client(account)
        except AccountError as error:  # an address stored before addresses were checked
            _say(error.user_message)
            return EXIT_CANNOT_START
        if client is None:
            _say(f"no application password for {account.name} in the system keyring.")
            return EXIT_CANNOT_START
        print(f"Syncing {account.name} ({account.shown_url})", flush=True)
        kinds = outbox_kinds(lambda: account.username)
        with client:
            report = sync_site(
                store, client, account, kinds.handlers(), site_pullers(), _LinePrinter()
            )
        drained = report.drained
        print(
            f"sent {drained.sent}, failed {drained.failed}, conflicts {drained.conflicts}, "
            f"postponed {drained.postponed}",
            flush=True,
        )
        for line in report.pulled:
            print(line, flush=True)
        if report.offline:
            _say(f"offline: {drained.offline_reason}")
        if report.password_refused:
            _say(
                f"{account.name} refused the application password of {account.username}: "
                f"{drained.password_refused} Changes wait, and go out at the next sync once "
                "the password in the system keyring is right."
            )
        for problem in drained.errors + report.pull_errors:
            _say(problem)
        left = Outbox(store).entries(UNFINISHED, site_id=account.id)
        if left:
            print(f"{len(left)} change(s) still waiting", flush=True)
            _explain_unsent(store, kinds, left)
        return EXIT_OK if report.ok and not left else EXIT_INCOMPLETE
    finally:
        store.close()
        lock.release()
