"""``main.py sync``: send the outbox and pull updates, headless (for cron)."""

from __future__ import annotations

import argparse
import sys

from portal.accounts import Accounts, PasswordVault
from portal.outbox import Outbox, OutboxState
from portal.sync import sync_site
from shell.wiring import outbox_handlers, site_pullers
from storage.database import open_store
from storage.errors import StoreError
from storage.instance_lock import DataFolderLock

EXIT_INCOMPLETE = 1
EXIT_CANNOT_START = 2


def add_command(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``sync``."""
    command = subcommands.add_parser(
        "sync",
        help="send waiting changes to the site and fetch updates (for cron)",
        description=(
            "Send the outbox (publications, moderation decisions) to the site and fetch "
            "updates, printing progress. Exits 0 only if everything went through. "
            "The site's application password must be in the system keyring."
        ),
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


def run_sync(args: argparse.Namespace) -> int:
    """Sync one site; see :func:`add_command`."""
    data_dir = args.data_dir_resolved
    data_dir.mkdir(parents=True, exist_ok=True)
    lock = DataFolderLock(data_dir)
    try:
        lock.acquire()
        store = open_store(data_dir / "newsdesk.db")
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
        client = accounts.client(account)
        if client is None:
            _say(f"no application password for {account.name} in the system keyring.")
            return EXIT_CANNOT_START
        print(f"Syncing {account.name} ({account.base_url})", flush=True)
        with client:
            report = sync_site(
                store, client, account, outbox_handlers(), site_pullers(), _LinePrinter()
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
        waiting = Outbox(store).counts(account.id)
        left = sum(waiting[state] for state in OutboxState if state is not OutboxState.DONE)
        if left:
            print(f"{left} change(s) still waiting", flush=True)
        return 0 if report.ok and not left else EXIT_INCOMPLETE
    finally:
        store.close()
        lock.release()
