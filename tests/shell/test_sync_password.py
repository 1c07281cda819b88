"""The sync reads the site's password from the keyring off the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import keyring
import pytest
from pytestqt.qtbot import QtBot

from portal.accounts import Accounts, PasswordVault
from shell.connection_status import ConnectionState, ConnectionStatus
from shell.sync_controller import SyncController
from storage.database import Store
from tests.memory_keyring import MemoryKeyring


class _WatchedKeyring(MemoryKeyring):
    """Notes the thread of every password read (a real keyring may block for seconds)."""

    def __init__(self) -> None:
        super().__init__()
        self.read_on: list[threading.Thread] = []

    def get_password(self, service: str, username: str) -> str | None:
        """The stored password; the reading thread is noted."""
        self.read_on.append(threading.current_thread())
        return super().get_password(service, username)


@pytest.fixture
def watched() -> Iterator[_WatchedKeyring]:
    previous = keyring.get_keyring()
    backend = _WatchedKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _controller(store: Store, accounts: Accounts) -> tuple[SyncController, ConnectionStatus]:
    status = ConnectionStatus()
    return SyncController(store, accounts, status, {}, []), status


def test_the_password_is_read_on_a_worker_at_each_sync(
    qtbot: QtBot, store: Store, watched: _WatchedKeyring
) -> None:
    accounts = Accounts(store, PasswordVault())
    account = accounts.add("Báo tắt", "http://127.0.0.1:9", "bientap", "abcd efgh ijkl mnop")
    accounts.set_active(account.id)
    controller, status = _controller(store, accounts)
    watched.read_on.clear()  # the probe and the add are not a sync's reads
    controller.sync_now()
    qtbot.waitUntil(lambda: not controller.running, timeout=20_000)
    controller.stop()
    assert watched.read_on, "the sync did not read the password"
    assert threading.main_thread() not in watched.read_on
    # No outbox kinds or pullers here: the sync had nothing to send or fetch, with the password.
    assert status.snapshot.state is ConnectionState.CONNECTED


def test_without_a_stored_password_the_sync_asks_for_it(
    qtbot: QtBot, store: Store, watched: _WatchedKeyring
) -> None:
    accounts = Accounts(store, PasswordVault())
    account = accounts.add("Báo mới", "http://127.0.0.1:9", "bientap", "abcd efgh ijkl mnop")
    accounts.set_active(account.id)
    accounts.vault.delete(account)
    controller, status = _controller(store, accounts)
    with qtbot.waitSignal(controller.password_needed, timeout=20_000) as asked:
        controller.sync_now()
    controller.stop()
    assert asked.args == [account]
    assert status.snapshot.state is ConnectionState.OFFLINE and status.snapshot.password
    assert status.snapshot.reason == "password needed for Báo mới"
    assert not controller.running
