"""Fixtures that build the real application shell around a temporary profile."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from shell.application import NewsdeskApplication, Profile, open_profile_store
from shell.i18n import LanguageManager
from shell.settings import AppSettings


def build_app(qapp: QApplication, data_dir: Path, language: str = "en") -> NewsdeskApplication:
    """The application as main.py builds it, on *data_dir*."""
    profile = Profile(data_dir)
    errors: list[str] = []
    opened = open_profile_store(profile, show_error=lambda _t, text: errors.append(text))
    assert opened is not None, errors
    lock, store = opened
    settings = AppSettings(data_dir)
    languages = LanguageManager(qapp)
    languages.switch(language)
    app = NewsdeskApplication(
        qapp,
        profile,
        store,
        log_file=data_dir / "logs" / "newsdesk.log",
        languages=languages,
        settings=settings,
        autostart_sync=False,
    )
    app.lock = lock  # type: ignore[attr-defined]
    # Tests close windows with changes left in the outbox; the quit tests ask about them.
    app.window.unsent_changes = None
    return app


def close_app(app: NewsdeskApplication) -> None:
    """Close the window (saving its state), the database and the folder lock."""
    app.window.close()
    app.shutdown()
    app.languages.uninstall()
    app.lock.release()  # type: ignore[attr-defined]


@contextmanager
def app_with_site(
    qapp: QApplication, qtbot: QtBot, data_dir: Path, site: tuple[str, str, str, str]
) -> Iterator[NewsdeskApplication]:
    """The application with one site account (name, address, user, password), window shown."""
    app = build_app(qapp, data_dir)
    app.accounts.add(*site)
    qtbot.addWidget(app.window)
    app.window.show()
    try:
        yield app
    finally:
        close_app(app)


@pytest.fixture
def app(
    qapp: QApplication, qtbot: QtBot, data_dir: Path, site_account: tuple[str, str, str, str]
) -> Iterator[NewsdeskApplication]:
    """The application with the test module's ``site_account`` fixture set up, window shown.

    A module gives ``site_account`` (name, address, user, password), usually on its
    own demo site, and its tests ask for ``app``.
    """
    with app_with_site(qapp, qtbot, data_dir, site_account) as newsdesk:
        yield newsdesk


@pytest.fixture
def newsdesk(qapp: QApplication, qtbot: QtBot, data_dir: Path) -> Iterator[NewsdeskApplication]:
    """A running Newsdesk with its main window shown, in English."""
    app = build_app(qapp, data_dir)
    qtbot.addWidget(app.window)
    app.window.show()
    qtbot.waitExposed(app.window)
    yield app
    close_app(app)
