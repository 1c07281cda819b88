"""Known errors speak the interface language; bugs point to the log, never name a class.

Every known error (:class:`storage.known_error.KnownError`) is shown with a Vietnamese
sentence when the interface is in Vietnamese, none of them equal to its English source,
and the status bar never mixes English site messages into "Ngoại tuyến".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import portal.errors as site_errors
import storage.errors as store_errors
from editor.export import ExportError
from editor.newsroom_words import WordListError
from editor.photos import PhotoError, PhotoErrorKind
from editor.plaintext_import import ImportFileError, ImportFileProblem
from editor.site_revisions import NotOnSite, PasswordMissing
from editor.spelling import DictionaryError
from moderation.assistant.dataset import DatasetError, iter_comments
from moderation.errors import CommentGone, ReplyTooLong, ReplyTooShort
from portal.accounts import Accounts, PasswordVault, SiteAccount, SiteAddressError
from portal.errors import PostGone, SiteError, error_from_answer, error_from_record, error_record
from portal.outbox import Outbox, OutboxState, enqueue
from portal.outbox_worker import drain
from portal.wordpress import WordPressClient
from shell.i18n import LanguageManager
from storage.database import Store
from storage.known_error import KnownError
from tests.shell.conftest import build_app, close_app
from uikit.pulls import PasswordUnknown
from uikit.site_messages import outbox_reason

PASSWORD = "abcd EFGH 1234 ijkl MNOP 5678"


@pytest.fixture
def vietnamese(qapp: QApplication) -> Iterator[LanguageManager]:
    """The interface switched to Vietnamese for the test, English again after it."""
    languages = LanguageManager(qapp)
    assert languages.switch("vi")
    yield languages
    languages.uninstall()


def _site_errors() -> list[SiteError]:
    """One error of every kind the site can raise, features' kinds included."""
    kinds: list[type[SiteError]] = []
    pending: list[type[SiteError]] = [SiteError]
    while pending:
        kind = pending.pop()
        kinds.append(kind)
        pending.extend(kind.__subclasses__())
    return [kind() for kind in kinds]


def _other_known_errors(tmp_path: Path) -> list[KnownError]:
    database = tmp_path / "newsdesk.db"
    photo = tmp_path / "ảnh.jpg"
    return [
        store_errors.DatabaseLocked(database),
        store_errors.DatabaseReadOnly(database),
        store_errors.NotANewsdeskDatabase(database),
        store_errors.DatabaseTooNew(database),
        store_errors.DiskFull(database),
        store_errors.DiskFailure(database),
        store_errors.DataFolderUnusable(database, "lỗi"),
        store_errors.DatabaseCorrupt(database),
        *(PhotoError(kind, photo) for kind in PhotoErrorKind),
        PhotoError(PhotoErrorKind.UNSUPPORTED_FORMAT, photo, "GIF"),
        *(ImportFileError(problem, "bai.txt", "English detail") for problem in ImportFileProblem),
        ExportError(tmp_path / "bai.pdf", "No space left on device"),
        DictionaryError(tmp_path / "vi.dic", "missing"),
        WordListError("unreadable"),
        ReplyTooShort(2),
        ReplyTooLong(5000),
        CommentGone(),
        PasswordUnknown(SiteAccount(1, "Báo thử", "https://baothu.example", "bientap", True)),
    ]


def _english_then_vietnamese(
    errors: list[KnownError], languages: LanguageManager
) -> list[tuple[str, str, str]]:
    """(kind, English, Vietnamese) of each error's user_message."""
    languages.uninstall()
    english = [error.user_message for error in errors]
    assert languages.switch("vi")
    return [
        (type(error).__name__, source, error.user_message)
        for error, source in zip(errors, english, strict=True)
    ]


def test_every_known_error_is_shown_in_vietnamese(
    vietnamese: LanguageManager, tmp_path: Path
) -> None:
    errors: list[KnownError] = [*_site_errors(), *_other_known_errors(tmp_path)]
    kinds = {type(error) for error in errors}
    assert {PostGone, NotOnSite, PasswordMissing, site_errors.ConnectionDropped} <= kinds
    for kind, english, shown in _english_then_vietnamese(errors, vietnamese):
        assert shown and shown != english, kind


def test_every_wordpress_code_is_explained_in_vietnamese(vietnamese: LanguageManager) -> None:
    answers = [
        error_from_answer(status, {}, f'{{"code": "{code}"}}'.encode(), lambda text: text)
        for code in site_errors._CODE_MESSAGES
        for status in (400,)
    ]
    for kind, english, shown in _english_then_vietnamese(list(answers), vietnamese):
        assert shown != english, (kind, english)


def test_an_error_kept_in_the_outbox_is_shown_in_the_language_of_the_moment(
    vietnamese: LanguageManager,
) -> None:
    vietnamese.uninstall()
    stored = error_record(PostGone())
    assert "deleted on the site" in stored  # the English sentence is what is kept
    assert vietnamese.switch("vi")
    back = error_from_record(stored)
    assert isinstance(back, PostGone)
    assert "deleted on the site" not in back.user_message


def test_an_unmarked_english_sentence_stays_in_the_log(vietnamese: LanguageManager) -> None:
    error = site_errors.MalformedResponse("The site sent field 'id' as text.", detail="post.id")
    assert "'id'" in str(error)  # the log has the specific English sentence
    assert "'id'" not in error.user_message
    assert error.user_message == site_errors.MalformedResponse().user_message


def test_what_the_site_said_is_kept_after_the_translated_sentence(
    vietnamese: LanguageManager,
) -> None:
    error = site_errors.BadRequest(site_message="Tiêu đề đã tồn tại")
    assert error.user_message.endswith("Tiêu đề đã tồn tại")
    assert not error.user_message.startswith("The site")


def test_an_address_error_is_known(vietnamese: LanguageManager) -> None:
    assert isinstance(SiteAddressError("Địa chỉ không dùng được."), KnownError)


def _offline_text(app: object) -> Callable[[], str]:
    return lambda: app.window.connection_indicator.label.text()  # type: ignore[attr-defined]


def test_the_status_bar_says_offline_in_vietnamese_only(
    qapp: QApplication, qtbot: QtBot, data_dir: Path
) -> None:
    newsdesk = build_app(qapp, data_dir, language="vi")
    try:
        qtbot.addWidget(newsdesk.window)
        account = newsdesk.accounts.add("Báo tắt", "http://127.0.0.1:9", "bientap", PASSWORD)
        newsdesk.accounts.set_active(account.id)
        label = _offline_text(newsdesk)
        newsdesk.sync.sync_now()
        qtbot.waitUntil(lambda: label().startswith("● Ngoại tuyến —"), timeout=20_000)
        reason = label().removeprefix("● Ngoại tuyến —").strip()
        assert reason
        for english in ("The site", "could not", "refused", "connection"):
            assert english not in reason
    finally:
        close_app(newsdesk)


def test_a_bug_in_sync_points_to_the_log_without_naming_the_exception(
    qapp: QApplication, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class SurpriseInSync(RuntimeError):
        pass

    def broken_sync(*_args: object) -> object:
        raise SurpriseInSync("an English detail for the log")

    monkeypatch.setattr("shell.sync_controller.sync_site", broken_sync)
    newsdesk = build_app(qapp, data_dir, language="vi")
    try:
        qtbot.addWidget(newsdesk.window)
        account = newsdesk.accounts.add("Báo thử", "http://127.0.0.1:9", "bientap", PASSWORD)
        newsdesk.accounts.set_active(account.id)
        label = _offline_text(newsdesk)
        newsdesk.sync.sync_now()
        qtbot.waitUntil(lambda: label().startswith("● Ngoại tuyến —"), timeout=20_000)
        assert "SurpriseInSync" not in label() and "RuntimeError" not in label()
        assert "English detail" not in label()
        assert str(data_dir / "logs" / "newsdesk.log") in label()
    finally:
        close_app(newsdesk)



def test_a_bug_in_an_outbox_handler_is_reported_without_its_class_name(
    vietnamese: LanguageManager, store: Store
) -> None:
    class SurpriseInHandler(RuntimeError):
        pass

    def broken(_job: object) -> None:
        raise SurpriseInHandler("English detail")

    site = Accounts(store, PasswordVault()).add("Báo thử", "http://127.0.0.1:9", "bt", PASSWORD)
    with store.transaction() as session:
        enqueue(session, site_id=site.id, kind="broken", subject_type="s", subject_id=1, payload={})
    with WordPressClient("http://127.0.0.1:9", "bt", PASSWORD) as client:
        report = drain(store, client, site.id, {"broken": broken})  # never calls the site
    (entry,) = Outbox(store).entries([OutboxState.FAILED])
    shown = [outbox_reason(entry), *report.errors]
    for text in shown:
        assert "SurpriseInHandler" not in text and "English detail" not in text
        assert "nhật ký" in text  # the Vietnamese sentence pointing to the log


@pytest.mark.parametrize("where", ["missing.jsonl", "."])
def test_a_comments_file_that_cannot_be_opened_is_explained_in_vietnamese(
    vietnamese: LanguageManager, tmp_path: Path, where: str
) -> None:
    path = tmp_path / where
    with pytest.raises(DatasetError) as raised:
        list(iter_comments(path))

    shown = raised.value.user_message
    assert str(path) in shown
    assert shown.removeprefix(f"{path}: ") in {"không có tệp này", "đây là thư mục, không phải tệp"}
