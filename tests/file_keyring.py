"""A keyring backend in a JSON file, for tests that start Newsdesk as a subprocess.

Select it with ``PYTHON_KEYRING_BACKEND=tests.file_keyring.FileKeyring`` and
``NEWSDESK_TEST_KEYRING_FILE=/path/keyring.json``. Test use only: it stores
passwords in plain text, which Newsdesk itself never does.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    """Passwords in the JSON file named by ``NEWSDESK_TEST_KEYRING_FILE``."""

    priority = 1

    @property
    def _path(self) -> Path:
        return Path(os.environ["NEWSDESK_TEST_KEYRING_FILE"])

    def _load(self) -> dict[str, str]:
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        return {str(k): str(v) for k, v in data.items()}

    def get_password(self, service: str, username: str) -> str | None:
        """The stored password, or None."""
        return self._load().get(f"{service}\t{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        """Store a password."""
        data = self._load()
        data[f"{service}\t{username}"] = password
        self._path.write_text(json.dumps(data), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        """Forget a password."""
        data = self._load()
        if data.pop(f"{service}\t{username}", None) is None:
            raise PasswordDeleteError(username)
        self._path.write_text(json.dumps(data), encoding="utf-8")
