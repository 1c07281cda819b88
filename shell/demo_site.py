"""Sample interviews for the demo profile (``python main.py --demo``)."""

from __future__ import annotations

from pathlib import Path

from editor.plaintext_import import parse_interview
from editor.repository import InterviewRepository
from portal.accounts import Accounts
from portal.devsite import DemoSite

DEMO_DIR = Path(__file__).resolve().parent.parent / "resources" / "demo"


def seed_demo_interviews(repository: InterviewRepository) -> int:
    """Fill an empty profile with the sample interviews; return how many were added."""
    if repository.count() > 0:
        return 0
    added = 0
    for path in sorted(DEMO_DIR.glob("*.txt")):
        repository.create(parse_interview(path.read_text(encoding="utf-8")).document)
        added += 1
    return added


DEMO_USER = "demo"
DEMO_SITE_NAME = "Demo"


class DemoSiteRunner:
    """The local demo site of the demo profile, served from this process on loopback.

    Its data lives in the profile (``demo-site.sqlite3``); the profile gets a
    site account for it, pointed at this run's port.
    """

    def __init__(self, data_dir: Path, accounts: Accounts) -> None:
        self._data = data_dir / "demo-site.sqlite3"
        self._accounts = accounts
        self._site: DemoSite | None = None

    def start(self) -> str:
        """Serve the demo site and point the demo account at it; return its address."""
        import secrets

        site = DemoSite(self._data)
        password = " ".join(secrets.token_hex(2) for _ in range(6))
        site.add_user(
            DEMO_USER, app_password=password, name="Biên tập viên (demo)", replace_passwords=True
        )
        url = site.start()
        self._site = site
        account = self._accounts.by_name(DEMO_SITE_NAME)
        if account is None:
            account = self._accounts.add(DEMO_SITE_NAME, url, DEMO_USER, password)
        else:
            account = self._accounts.update(
                account.id, url=url, username=DEMO_USER, password=password
            )
        self._accounts.set_active(account.id)
        return url

    def stop(self) -> None:
        """Stop serving."""
        if self._site is not None:
            self._site.stop()
            self._site = None
