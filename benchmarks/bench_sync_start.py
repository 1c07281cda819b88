"""How long starting a sync holds the GUI thread when the keyring is slow.

    python benchmarks/bench_sync_start.py [--keyring-ms 150] [--runs 20]

A desktop keyring answers over D-Bus (Secret Service, KWallet): tens of
milliseconds, seconds when it must be unlocked. The sync reads the site's
password at every sync; it does so inside its background task, so
``SyncController.sync_now()`` costs the GUI thread only the address check and
the task's start. The figure before that change is the keyring read itself,
which then ran on the GUI thread: it is printed beside it, unjudged.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402
from PySide6.QtCore import QCoreApplication, QThreadPool  # noqa: E402

from benchmarks.figures import report  # noqa: E402
from portal.accounts import Accounts, PasswordVault  # noqa: E402
from shell.connection_status import ConnectionStatus  # noqa: E402
from shell.sync_controller import SyncController  # noqa: E402
from storage.database import open_store  # noqa: E402
from tests.memory_keyring import MemoryKeyring  # noqa: E402


class SlowKeyring(MemoryKeyring):
    """An in-memory keyring that answers as slowly as a desktop keyring over D-Bus."""

    def __init__(self, delay_s: float) -> None:
        super().__init__()
        self.delay_s = delay_s

    def get_password(self, service: str, username: str) -> str | None:
        """The stored password, after the delay."""
        time.sleep(self.delay_s)
        return super().get_password(service, username)


def main() -> None:
    """Time sync_now() on the GUI thread against the keyring read it no longer does there."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--keyring-ms", type=float, default=150.0)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    keyring.set_keyring(SlowKeyring(args.keyring_ms / 1000))
    with tempfile.TemporaryDirectory() as scratch:
        store = open_store(Path(scratch) / "newsdesk.db")
        accounts = Accounts(store, PasswordVault())
        account = accounts.add("Báo thử", "http://127.0.0.1:9", "bientap", "abcd efgh ijkl mnop")
        accounts.set_active(account.id)
        controller = SyncController(store, accounts, ConnectionStatus(), {}, [])
        on_gui, read = [], []
        for _ in range(args.runs):
            started = time.perf_counter()
            controller.sync_now()
            on_gui.append((time.perf_counter() - started) * 1000)
            while controller.running:
                app.processEvents()
                QThreadPool.globalInstance().waitForDone(5)
            started = time.perf_counter()
            accounts.vault.get(account)
            read.append((time.perf_counter() - started) * 1000)
        controller.stop()
        store.close()
    report("sync_now() on the GUI thread, median", statistics.median(on_gui), budget=16)
    report("the keyring read it used to do there, median", statistics.median(read), budget=None)


if __name__ == "__main__":
    main()
