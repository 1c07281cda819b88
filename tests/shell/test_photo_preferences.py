"""The photo preferences: keep location (off by default) and the size of uploaded photos."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from editor.photo_upload import DEFAULT_LONG_EDGE, UploadOptions
from editor.publishing import PublishMode
from portal.devsite import DemoSite
from shell.application import NewsdeskApplication
from shell.settings import AppSettings
from shell.ui.preferences import PreferencesDialog
from tests.editor.conftest import sample_document

PASSWORD = "Anh1 Anh2 Anh3 Anh4 Anh5 Anh6"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoSite]:
    demo = DemoSite(tmp_path_factory.mktemp("site") / "site.sqlite3", seed=False)
    demo.add_user("bientap", app_password=PASSWORD)
    demo.start()
    yield demo
    demo.stop()


@pytest.fixture
def site_account(site: DemoSite) -> tuple[str, str, str, str]:
    """The desk's account on the demo site (the shared ``app`` fixture sets it up)."""
    return ("Báo thử", site.base_url, "bientap", PASSWORD)


def _queued_photo_options(app: NewsdeskApplication, title: str, qtbot: QtBot) -> object:
    interview_id = app.interviews_page.repository.create(sample_document(title)).id
    with qtbot.waitSignal(app.sync.finished, timeout=10000):
        app.publish(interview_id, PublishMode.DRAFT, None)
        app.sync.sync_now()
    entries = [e for e in app.outbox.recently_sent() if e.subject_id == interview_id]
    assert len(entries) == 1
    return entries[0].payload["photo_upload"]


def test_location_is_off_and_photos_are_2560_pixels_unless_chosen(
    qtbot: QtBot, data_dir: Path
) -> None:
    settings = AppSettings(data_dir)
    assert settings.photo_upload_options() == UploadOptions(False, DEFAULT_LONG_EDGE)
    dialog = PreferencesDialog("en", photo_options=settings.photo_upload_options())
    qtbot.addWidget(dialog)

    assert not dialog.keep_location_check.isChecked()
    assert dialog.keep_location_check.text() == "&Keep location in uploaded photos"
    assert dialog.long_edge_combo.currentText() == "2560 pixels (recommended)"
    assert dialog.chosen_photo_options() == UploadOptions()


def test_the_choice_lasts_and_is_captured_when_an_interview_is_queued(
    app: NewsdeskApplication, qtbot: QtBot, data_dir: Path
) -> None:
    assert _queued_photo_options(app, "Trước khi đổi", qtbot) == UploadOptions().to_payload()
    dialog = PreferencesDialog("en", app.window, photo_options=app.settings.photo_upload_options())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.keep_location_check, Qt.MouseButton.LeftButton)
    dialog.long_edge_combo.setCurrentIndex(dialog.long_edge_combo.findData(1600))

    app.apply_photo_options(dialog.chosen_photo_options())

    assert AppSettings(data_dir).photo_upload_options() == UploadOptions(True, 1600)
    assert _queued_photo_options(app, "Sau khi đổi", qtbot) == {
        "keep_location": True,
        "long_edge": 1600,
    }
    again = PreferencesDialog("en", photo_options=app.settings.photo_upload_options())
    qtbot.addWidget(again)
    assert again.keep_location_check.isChecked()
    assert again.long_edge_combo.currentData() == 1600


def test_a_hand_edited_settings_file_falls_back_to_the_safe_defaults(data_dir: Path) -> None:
    settings = AppSettings(data_dir)
    settings._settings.setValue("photos/keep_location", "maybe")
    settings._settings.setValue("photos/long_edge", "999999")
    settings.sync()

    assert AppSettings(data_dir).photo_upload_options() == UploadOptions()
