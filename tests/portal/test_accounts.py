"""Site accounts: addresses checked, passwords in the keyring only (or memory when none)."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring
from sqlalchemy import update

from portal.accounts import (
    AccountError,
    Accounts,
    PasswordVault,
    SiteAddressError,
    normalise_site_url,
)
from storage.database import Store, open_store
from storage.models import Site
from tests.memory_keyring import MemoryKeyring


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("baotinh.vn", "https://baotinh.vn"),
        ("https://BaoTinh.vn/", "https://baotinh.vn"),
        ("https://baotinh.vn/wp-json/", "https://baotinh.vn"),
        ("https://baotinh.vn/tin-tuc/wp-json", "https://baotinh.vn/tin-tuc"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("  http://localhost:5000/  ", "http://localhost:5000"),
    ],
)
def test_addresses_are_normalised(typed: str, expected: str) -> None:
    assert normalise_site_url(typed) == expected


@pytest.mark.parametrize("typed", ["", "http://baotinh.vn", "ftp://baotinh.vn", "https://"])
def test_unsafe_or_broken_addresses_are_refused(typed: str) -> None:
    with pytest.raises(AccountError) as raised:
        normalise_site_url(typed)
    assert raised.value.user_message


def test_accounts_keep_passwords_in_the_keyring_only(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    store = open_store(tmp_path / "newsdesk.db")
    accounts = Accounts(store, PasswordVault())
    first = accounts.add("Báo Sơn Cước", "baosoncuoc.example", "bientap", "Ab12 Cd34 Ef56")
    second = accounts.add("", "https://tinmoi.example", "pv", "Gh78 Ij90")
    assert first.active and not second.active
    assert second.name == "tinmoi.example"
    assert memory_keyring.passwords == {
        ("Newsdesk", "bientap@https://baosoncuoc.example"): "Ab12 Cd34 Ef56",
        ("Newsdesk", "pv@https://tinmoi.example"): "Gh78 Ij90",
    }
    with pytest.raises(AccountError):
        accounts.add("Báo Sơn Cước", "https://khac.example", "x", "y")
    moved = accounts.update(
        first.id, url="https://moi.baosoncuoc.example", username="bientap", password=None
    )
    assert accounts.vault.get(moved) == "Ab12 Cd34 Ef56"
    assert ("Newsdesk", "bientap@https://baosoncuoc.example") not in memory_keyring.passwords
    accounts.set_active(second.id)
    assert accounts.active() == accounts.get(second.id)
    accounts.remove(second.id)
    assert ("Newsdesk", "pv@https://tinmoi.example") not in memory_keyring.passwords
    active = accounts.active()
    assert active is not None and active.id == first.id
    store.close()
    assert b"Ab12 Cd34" not in (tmp_path / "newsdesk.db").read_bytes()


def test_without_a_keyring_the_password_lives_for_this_run_only(tmp_path: Path) -> None:
    keyring.set_keyring(NoKeyring())
    store = open_store(tmp_path / "newsdesk.db")
    vault = PasswordVault()
    assert not vault.persistent
    account = Accounts(store, vault).add("Báo", "https://bao.example", "pv", "Kl12 Mn34")
    assert vault.get(account) == "Kl12 Mn34"
    assert Accounts(store, PasswordVault()).client(account) is None  # the next start asks again
    store.close()
    for path in tmp_path.rglob("*"):
        assert b"Kl12" not in path.read_bytes()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("https://BÁOTỈNH.vn/Tin-Tuc/", "https://báotỉnh.vn/Tin-Tuc"),
        ("https://baotinh.vn:8443", "https://baotinh.vn:8443"),
        ("http://[::1]:8080/", "http://[::1]:8080"),
        ("HTTPS://baotinh.vn", "https://baotinh.vn"),
    ],
)
def test_real_addresses_keep_their_port_path_and_international_name(
    typed: str, expected: str
) -> None:
    assert normalise_site_url(typed) == expected


CREDENTIALS = [
    "https://ed:Pa55word@baotinh.vn",
    "https://ed@baotinh.vn",
    "ed:Pa55word@baotinh.vn/wp-json",
    "https://:Pa55word@baotinh.vn",
]


@pytest.mark.parametrize("typed", CREDENTIALS)
def test_credentials_in_the_address_are_refused_without_repeating_them(
    typed: str, caplog: pytest.LogCaptureFixture
) -> None:
    with pytest.raises(AccountError) as raised:
        normalise_site_url(typed)
    message = raised.value.user_message
    assert "user name and password" in message
    for secret in ("Pa55word", "ed:", "ed@"):
        assert secret not in message
        assert secret not in str(raised.value)
        assert secret not in caplog.text
    assert raised.value.__cause__ is None and raised.value.__context__ is None


def test_an_address_with_credentials_is_never_stored(tmp_path: Path) -> None:
    store = open_store(tmp_path / "newsdesk.db")
    accounts = Accounts(store, PasswordVault())
    with pytest.raises(AccountError):
        accounts.add("Báo Tỉnh", "https://ed:Pa55word@baotinh.vn", "ed", "Ab12 Cd34")
    assert accounts.all() == []
    site = accounts.add("Báo Tỉnh", "https://baotinh.vn", "ed", "Ab12 Cd34")
    with pytest.raises(AccountError):
        accounts.update(site.id, url="https://ed:Pa55word@baotinh.vn", username="ed", password=None)
    assert accounts.get(site.id) == site
    store.close()


def _store_unchecked(store: Store, site_id: int, address: str) -> None:
    """Write *address* as Newsdesk did before addresses were checked: lower-cased, as typed."""
    with store.transaction() as session:
        session.execute(update(Site).where(Site.id == site_id).values(base_url=address))


def test_a_stored_address_with_credentials_is_not_used_nor_shown_until_fixed(
    tmp_path: Path, memory_keyring: MemoryKeyring, caplog: pytest.LogCaptureFixture
) -> None:
    store = open_store(tmp_path / "newsdesk.db")
    accounts = Accounts(store, PasswordVault())
    site = accounts.add("Báo Tỉnh", "https://baotinh.vn", "ed", "Ab12 Cd34")
    _store_unchecked(store, site.id, "https://ed:pa55word@baotinh.vn/tin")
    old = accounts.get(site.id)
    assert old is not None
    accounts.vault.set(old, "Ab12 Cd34")  # filed under the address of the time

    assert old.shown_url == "https://baotinh.vn/tin"
    assert "pa55word" not in repr(old) and "pa55word" not in repr(accounts.all())
    assert old.address_problem is not None and "pa55word" not in old.address_problem
    with pytest.raises(SiteAddressError) as raised:
        accounts.client(old)
    message = raised.value.user_message
    assert message.startswith("The address stored for Báo Tỉnh must be fixed")
    assert "user name and password" in message
    assert "pa55word" not in message + str(raised.value) + caplog.text

    fixed = accounts.update(site.id, url=old.shown_url, username="ed", password=None)
    assert fixed.address_problem is None
    client = accounts.client(fixed)
    assert client is not None  # the password moved with the address
    with client:
        pass
    assert all("pa55word" not in key for _service, key in memory_keyring.passwords)
    store.close()


@pytest.mark.parametrize(
    ("typed", "phrase"),
    [
        ("https://baotinh.vn:0", "port"),
        ("https://baotinh.vn:70000", "port"),
        ("https://baotinh.vn:http", "port"),
        ("https://baotinh.vn:", "port"),
        ("https://baotinh", "look like"),
        ("https://bao tinh.vn", "look like"),
        ("https://bao_tinh.vn", "look like"),
        ("https://-baotinh.vn", "look like"),
        ("https://300.1.2.3", "look like"),
        ("https://[::1", "look like"),
        ("javascript:alert(1)", "look like"),
        ("file:///etc/passwd", "look like"),
        ("ftp://baotinh.vn", "look like"),
    ],
)
def test_addresses_without_a_real_host_or_port_are_refused(typed: str, phrase: str) -> None:
    with pytest.raises(AccountError) as raised:
        normalise_site_url(typed)
    assert phrase in raised.value.user_message
