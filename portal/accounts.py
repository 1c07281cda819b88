"""Site accounts: addresses and user names in the database, passwords in the OS keyring.

The application password never goes to SQLite, settings or logs. Where the
machine has no usable keyring (a headless server, a minimal desktop),
:class:`PasswordVault` keeps passwords in memory for this run only and says
so (``persistent`` is False): the app then asks for them at each start instead
of writing them in plain text.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import re
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select, update

from storage.database import Store
from storage.known_error import KnownError
from storage.models import Site
from storage.textfold import clean_text

if TYPE_CHECKING:
    from portal.wordpress import WordPressClient

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Newsdesk"
LOOPBACK_HOSTS = {"localhost", "127.0.0.1", "::1"}


class AccountError(KnownError, ValueError):
    """What the user typed for a site cannot be used; ``user_message`` says why (translated)."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self._user_message = user_message

    @property
    def user_message(self) -> str:
        """The translated sentence the check chose when it refused the input."""
        return self._user_message


class SiteAddressError(AccountError):
    """A site's stored address cannot be used (it was stored before addresses were checked)."""


@dataclass(frozen=True)
class SiteAccount:
    """A configured site.

    Show :attr:`shown_url`, never :attr:`base_url`: an address stored before
    addresses were checked when saved may hold a user name and password.
    """

    id: int
    name: str
    base_url: str = field(repr=False)
    username: str
    active: bool

    @property
    def keyring_key(self) -> str:
        """The name the password is filed under in the keyring."""
        return f"{self.username}@{self.base_url}"

    @property
    def shown_url(self) -> str:
        """The address as it may be shown or printed: without any user name or password."""
        return _USERINFO.sub(r"\g<scheme>", self.base_url)

    @property
    def address_problem(self) -> str | None:
        """Why the stored address cannot be used (a translated sentence), or None if it can."""
        try:
            normalise_site_url(self.base_url)
        except AccountError as error:
            return error.user_message
        return None


_USERINFO = re.compile(r"^(?P<scheme>[^:/?#]+://)?[^/?#]*@")


def normalise_site_url(text: str) -> str:
    """The site's base address from what a user typed ("baotinh.vn/wp-json/" → "https://baotinh.vn").

    Checked here, when the address is saved, so that sync never meets a bad
    one: http or https only (HTTPS except for the machine itself, a local test
    site), no user name or password in it (they go in their own fields; the
    password part is never repeated in the message), a host name made of
    letters, digits, hyphens and dots (with a dot, except ``localhost``) or an
    IP address, and a port from 1 to 65535.
    """
    translate = QCoreApplication.translate
    raw = clean_text(text).strip()
    if not raw:
        raise AccountError(translate("AccountError", "Enter the site's address."))
    if "://" not in raw:
        raw = "https://" + raw
    shape = translate("AccountError", "The address must look like https://example.vn.")
    try:
        parts = urlsplit(raw)
    except ValueError:  # e.g. an unclosed "[" of an IPv6 address
        raise AccountError(shape) from None
    if parts.scheme.lower() not in ("http", "https"):
        raise AccountError(shape)
    if "@" in parts.netloc:
        raise AccountError(
            translate(
                "AccountError",
                "Leave the user name and password out of the address: enter the address alone "
                "(like https://example.vn) and the user name and application password in "
                "their own fields.",
            )
        )
    host = _checked_host(parts.hostname or "")
    if host is None:
        raise AccountError(shape)
    try:
        port = parts.port
    except ValueError:
        port = 0
    if port == 0 or (port is None and parts.netloc.endswith(":")):
        raise AccountError(
            translate("AccountError", "The port after “:” must be a number from 1 to 65535.")
        )
    scheme = parts.scheme.lower()
    if scheme == "http" and host not in LOOPBACK_HOSTS:
        raise AccountError(
            translate(
                "AccountError", "The address must start with https:// (plain http is not safe)."
            )
        )
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    path = parts.path.rstrip("/")
    if path.endswith("/wp-json"):
        path = path[: -len("/wp-json")]
    return urlunsplit((scheme, netloc, path, "", ""))


_HOST_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")


def _checked_host(host: str) -> str | None:
    """*host* in lower case if it is an IP address or a plausible host name, else None."""
    host = host.lower()
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        return host
    try:
        ascii_host = host.encode("idna").decode("ascii")  # "báotỉnh.vn" is a real name too
    except UnicodeError:
        return None
    labels = ascii_host.rstrip(".").split(".")
    if len(ascii_host) > 253 or not all(_HOST_LABEL.match(label) for label in labels):
        return None
    if len(labels) < 2 and host not in LOOPBACK_HOSTS:
        return None  # "https://baotinh" lacks its ".vn"
    if labels[-1].isdigit():
        return None  # "300.1.2.3" is neither an address nor a name
    return host


class PasswordVault:
    """Application passwords in the OS keyring, or in memory when there is none.

    The keyring (its library and the system's backend) is looked at the first
    time a password is needed, not at start-up: many sessions never use a site.
    """

    def __init__(self) -> None:
        self._memory: dict[str, str] = {}
        self._persistent: bool | None = None
        self._probing = threading.Lock()  # the first use may be on a sync worker

    @property
    def persistent(self) -> bool:
        """Passwords go to the OS keyring (False: kept in memory for this run only)."""
        with self._probing:
            if self._persistent is None:
                self._persistent = self._probe()
            return self._persistent

    @staticmethod
    def _probe() -> bool:
        import keyring.errors

        try:
            keyring.get_password(KEYRING_SERVICE, "__probe__")
        except keyring.errors.KeyringError as error:
            log.warning(
                "No usable keyring (%s): passwords are kept for this run only", type(error).__name__
            )
            return False
        return True

    def get(self, account: SiteAccount) -> str | None:
        """The password of *account*, or None if unknown (ask the user)."""
        if account.keyring_key in self._memory:
            return self._memory[account.keyring_key]
        if not self.persistent:
            return None
        import keyring.errors

        try:
            return keyring.get_password(KEYRING_SERVICE, account.keyring_key)
        except keyring.errors.KeyringError:
            log.warning("The keyring could not be read")
            return None

    def set(self, account: SiteAccount, password: str) -> None:
        """Remember *password* (in the keyring when there is one)."""
        if self.persistent:
            import keyring.errors

            try:
                keyring.set_password(KEYRING_SERVICE, account.keyring_key, password)
                self._memory.pop(account.keyring_key, None)
                return
            except keyring.errors.KeyringError:
                log.warning("The keyring refused the password; keeping it for this run only")
        self._memory[account.keyring_key] = password

    def delete(self, account: SiteAccount) -> None:
        """Forget the password of *account*."""
        self._memory.pop(account.keyring_key, None)
        if self.persistent:
            import keyring.errors

            with contextlib.suppress(keyring.errors.KeyringError):
                keyring.delete_password(KEYRING_SERVICE, account.keyring_key)


class Accounts:
    """The configured sites; one of them is active."""

    def __init__(self, store: Store, vault: PasswordVault) -> None:
        self._store = store
        self.vault = vault

    def all(self) -> list[SiteAccount]:
        """Every configured site, by name."""
        with self._store.session() as session:
            return [_account(row) for row in session.scalars(select(Site).order_by(Site.name))]

    def get(self, site_id: int) -> SiteAccount | None:
        """One site, or None."""
        with self._store.session() as session:
            row = session.get(Site, site_id)
            return _account(row) if row is not None else None

    def by_name(self, name: str) -> SiteAccount | None:
        """The site called *name*, or None."""
        with self._store.session() as session:
            row = session.scalars(select(Site).where(Site.name == name)).one_or_none()
            return _account(row) if row is not None else None

    def active(self) -> SiteAccount | None:
        """The site Newsdesk works with now (None when none is configured)."""
        with self._store.session() as session:
            row = session.scalars(select(Site).where(Site.active.is_(True))).first()
            return _account(row) if row is not None else None

    def add(self, name: str, url: str, username: str, password: str) -> SiteAccount:
        """Configure a site (the first one becomes active); the password goes to the vault."""
        name = " ".join(clean_text(name).split()) or urlsplit(normalise_site_url(url)).netloc
        username = clean_text(username).strip()
        if not username:
            raise AccountError(
                QCoreApplication.translate("AccountError", "Enter the WordPress user name.")
            )
        base_url = normalise_site_url(url)
        with self._store.transaction() as session:
            if session.scalars(select(Site).where(Site.name == name)).first() is not None:
                raise AccountError(
                    QCoreApplication.translate(
                        "AccountError", "There is already a site called “{name}”."
                    ).format(name=name)
                )
            first = session.scalars(select(Site)).first() is None
            row = Site(name=name, base_url=base_url, username=username, active=first)
            session.add(row)
            session.flush()
            account = _account(row)
        if password:
            self.vault.set(account, password.strip())
        return account

    def update(self, site_id: int, *, url: str, username: str, password: str | None) -> SiteAccount:
        """Change a site's address or user (and password, when given)."""
        old = self.get(site_id)
        if old is None:
            raise AccountError(
                QCoreApplication.translate("AccountError", "That site no longer exists.")
            )
        base_url = normalise_site_url(url)
        with self._store.transaction() as session:
            row = session.get(Site, site_id)
            assert row is not None
            row.base_url, row.username = base_url, clean_text(username).strip()
            if (row.base_url, row.username) != (old.base_url, old.username):
                row.rights_json = None  # another account: what it may do is read again
            session.flush()
            account = _account(row)
        if account.keyring_key != old.keyring_key:
            moved = password or self.vault.get(old)
            self.vault.delete(old)
            if moved:
                self.vault.set(account, moved)
        elif password:
            self.vault.set(account, password.strip())
        return account

    def remove(self, site_id: int) -> None:
        """Forget a site and its password (its outbox items go with it)."""
        account = self.get(site_id)
        if account is None:
            return
        with self._store.transaction() as session:
            row = session.get(Site, site_id)
            if row is not None:
                session.delete(row)
        self.vault.delete(account)
        if account.active:
            remaining = self.all()
            if remaining:
                self.set_active(remaining[0].id)

    def set_active(self, site_id: int) -> None:
        """Work with site *site_id* from now on."""
        with self._store.transaction() as session:
            session.execute(update(Site).values(active=Site.id == site_id))

    @staticmethod
    def check_address(account: SiteAccount) -> None:
        """Raise :class:`SiteAddressError` if *account*'s stored address cannot be used.

        Cheap (no keyring, no network): callers on the GUI thread check this
        first and leave the password lookup in :meth:`client` to a worker.
        """
        problem = account.address_problem
        if problem is not None:
            raise SiteAddressError(
                QCoreApplication.translate(
                    "AccountError",
                    "The address stored for {site} must be fixed in Preferences ▸ Sites: {reason}",
                ).format(site=account.name, reason=problem)
            )

    def client(self, account: SiteAccount, timeout: float = 20.0) -> WordPressClient | None:
        """A client for *account*, or None while its password is unknown.

        Raises :class:`SiteAddressError` (saying what to fix, never repeating the
        address) when the stored address cannot be used.
        """
        self.check_address(account)
        password = self.vault.get(account)
        if not password:
            return None
        from portal.wordpress import WordPressClient  # requests: only when a site is used

        return WordPressClient(account.base_url, account.username, password, timeout=timeout)


def _account(row: Site) -> SiteAccount:
    return SiteAccount(row.id, row.name, row.base_url, row.username, bool(row.active))
