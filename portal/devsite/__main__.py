"""Command line: ``python -m portal.devsite --port N --data FILE [--user NAME --app-password PW]``.

Serves the demo site on 127.0.0.1 until interrupted. With ``--user`` and
``--app-password`` exactly that account (an editor) logs in with exactly that
password; without them an editor account is created (or reused) with a new
application password, and both are printed on start-up. A new data file is
seeded with sample content; ``--seed`` seeds again, ``--no-seed`` never does.
``--add-user LOGIN:ROLE:PASSWORD`` adds more accounts (for instance a
``subscriber`` without editing rights). The first lines printed are ``URL: …``,
``User: …`` and (when generated) ``Application password: …``.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from portal.devsite.server import DemoSite

DEFAULT_LOGIN = "bientap"


def build_parser() -> argparse.ArgumentParser:
    """The command line's arguments."""
    parser = argparse.ArgumentParser(
        prog="python -m portal.devsite", description="Run Newsdesk's local demo WordPress site."
    )
    parser.add_argument("--port", type=int, default=8080, help="port on 127.0.0.1 (0: any free)")
    parser.add_argument("--data", type=Path, default=Path("devsite.sqlite3"), help="SQLite file")
    parser.add_argument("--user", help="log-in name of the editor account to accept")
    parser.add_argument("--app-password", help="its application password")
    seeding = parser.add_mutually_exclusive_group()
    seeding.add_argument("--seed", action="store_true", help="add the sample content now")
    seeding.add_argument("--no-seed", action="store_true", help="never add sample content")
    parser.add_argument("--seed-value", type=int, default=2023, help="random seed for samples")
    parser.add_argument(
        "--add-user",
        action="append",
        default=[],
        metavar="LOGIN:ROLE:PASSWORD",
        help="another account (role: editor, author, contributor, subscriber); repeatable",
    )
    parser.add_argument("--verbose", action="store_true", help="log every request")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the demo site until Ctrl+C or SIGTERM."""
    args = build_parser().parse_args(argv)
    if bool(args.user) != bool(args.app_password):
        print("--user and --app-password go together", file=sys.stderr)
        return 2
    extra = [spec.split(":", 2) for spec in args.add_user]
    if any(len(parts) != 3 or not all(parts) for parts in extra):
        print("--add-user takes LOGIN:ROLE:PASSWORD", file=sys.stderr)
        return 2
    seed: bool | None = True if args.seed else (False if args.no_seed else None)
    site = DemoSite(
        args.data, port=args.port, seed=seed, seed_value=args.seed_value, quiet=not args.verbose
    )
    if args.user:
        account = site.add_user(args.user, app_password=args.app_password, replace_passwords=True)
        shown_password = None
    else:
        account = site.add_user(DEFAULT_LOGIN, name="Biên tập viên")
        shown_password = account.app_password
    for login, role, password in extra:
        try:
            site.add_user(login, role=role, app_password=password, replace_passwords=True)
        except ValueError as exc:
            print(exc, file=sys.stderr)
            return 2
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    url = site.start()
    print(f"URL: {url}")
    print(f"User: {account.login}")
    if shown_password:
        print(f"Application password: {shown_password}")
    if site.seed_summary:
        s = site.seed_summary
        print(f"Seeded {s.posts} interviews and {s.comments} comments {s.by_status}")
    print("Press Ctrl+C to stop.", flush=True)
    try:
        while not stop.wait(0.5):
            pass
    finally:
        site.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
