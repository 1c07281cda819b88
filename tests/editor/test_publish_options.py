"""The Publish dialog's choices and the post's address, without a site."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from editor.publish_options import PublicationDefaults, needs_confirmation, publish_options
from editor.publishing import PublishMode, media_title
from editor.repository import InterviewStatus
from editor.site_rights import SiteRights, cached_rights, keep_rights
from editor.slugs import MAX_SLUG, free_slug, headline_slug, slug_problem, tidy_slug
from editor.ui.publish_dialog import PublishDialog
from portal.accounts import Accounts, PasswordVault
from portal.remote import RemotePost
from storage.database import open_store

EDITOR = SiteRights(
    ("editor",),
    frozenset({"publish_posts", "upload_files", "edit_published_posts", "edit_others_posts"}),
)
CONTRIBUTOR = SiteRights(("contributor",), frozenset())


def test_the_slug_is_the_whole_headline_folded_the_vietnamese_way() -> None:
    assert headline_slug("Đường lên bản Hua Păng: 12 km đá sỏi!") == (
        "duong-len-ban-hua-pang-12-km-da-soi"
    )
    assert headline_slug("Tạo giải pháp đột phá phát triển chính quyền số ở Điện Biên") == (
        "tao-giai-phap-dot-pha-phat-trien-chinh-quyen-so-o-dien-bien"
    )
    assert headline_slug("ĐỒNG CHÍ  Hoà — “ủy ban”") == "dong-chi-hoa-uy-ban"
    assert headline_slug("<b>&amp;</b> ?!") == "b-amp-b"  # text, never markup: no crash
    assert headline_slug("") == headline_slug("!!!") == "bai-phong-van"


def test_a_very_long_headline_is_cut_at_a_word_within_what_wordpress_keeps() -> None:
    slug = headline_slug("Nông thôn mới " * 40)
    assert len(slug) <= MAX_SLUG and slug.endswith(("-moi", "-nong", "-thon"))
    assert slug_problem(slug) is None


@pytest.mark.parametrize(
    ("typed", "fine"),
    [
        ("duong-len-ban", True),
        ("bai-2026", True),
        ("", False),
        ("Đường lên bản", False),
        ("duong--len", False),
        ("-duong", False),
        ("duong_len", False),
        ("a" * (MAX_SLUG + 1), False),
    ],
)
def test_a_typed_address_is_checked(typed: str, fine: bool) -> None:
    assert (slug_problem(typed) is None) is fine


def test_tidying_a_typed_address() -> None:
    assert tidy_slug("  Đường Lên  bản ") == "duong-len-ban"


def _post(post_id: int, slug: str) -> RemotePost:
    return RemotePost(post_id, slug, "pending", "", "", "", "", None, None)


def test_a_free_address_skips_other_posts_but_not_the_interviews_own() -> None:
    taken = {"ten-bai": [_post(5, "ten-bai")], "ten-bai-2": [_post(6, "ten-bai-2")]}

    def find(slug: str) -> list[RemotePost]:
        return taken.get(slug, [])

    assert free_slug("ten-bai", find) == "ten-bai-3"
    assert free_slug("ten-bai", find, own_post_id=5) == "ten-bai"
    assert free_slug("bai-khac", find) == "bai-khac"


def test_media_titles_follow_the_caption_cut_at_a_word() -> None:
    assert media_title("Đồi chè.", "ten-bai-1") == "Đồi chè."
    assert media_title("", "ten-bai-1") == "ten-bai-1"
    long = media_title("Người dân bản Hua Păng " * 10, "x")
    assert len(long) <= 81 and long.endswith("…") and not long.endswith(" …")


@pytest.mark.parametrize(
    ("status", "default"),
    [
        (InterviewStatus.DRAFT, PublishMode.PENDING),
        (InterviewStatus.READY, PublishMode.PENDING),
        (InterviewStatus.APPROVED, PublishMode.PUBLISH),
        (InterviewStatus.PUBLISHED, PublishMode.PUBLISH),
    ],
)
def test_the_workflow_state_decides_the_default(
    status: InterviewStatus, default: PublishMode
) -> None:
    for rights in (EDITOR, None):
        options = publish_options(status, rights)
        assert options.default is default and len(options.allowed) == 4
        assert options.limit_note is None and options.can_send


def test_a_contributor_is_offered_review_only_and_told_why() -> None:
    options = publish_options(InterviewStatus.APPROVED, CONTRIBUTOR)
    assert options.allowed == (PublishMode.DRAFT, PublishMode.PENDING)
    assert options.default is PublishMode.PENDING
    assert options.limit_note is not None and "review" in options.limit_note
    assert options.can_send


def test_an_account_that_may_not_upload_cannot_queue_photos() -> None:
    options = publish_options(InterviewStatus.READY, CONTRIBUTOR, has_photos=True)
    assert not options.can_send
    assert options.limit_note is not None and "photos" in options.limit_note
    live = publish_options(InterviewStatus.PUBLISHED, CONTRIBUTOR, published_on_site=True)
    assert not live.can_send and "already published" in (live.limit_note or "")


def test_only_publishing_what_nobody_approved_asks() -> None:
    assert needs_confirmation(InterviewStatus.READY, PublishMode.PUBLISH)
    assert needs_confirmation(InterviewStatus.DRAFT, PublishMode.SCHEDULED)
    assert not needs_confirmation(InterviewStatus.READY, PublishMode.PENDING)
    assert not needs_confirmation(InterviewStatus.APPROVED, PublishMode.PUBLISH)


def test_the_dialog_asks_before_publishing_an_unapproved_interview(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    status = InterviewStatus.READY
    dialog = PublishDialog(
        "Báo thử",
        options=publish_options(status, EDITOR),
        status=status,
        defaults=PublicationDefaults("cho-duyet"),
    )
    qtbot.addWidget(dialog)
    assert dialog.mode() is PublishMode.PENDING
    dialog.buttons_by_mode[PublishMode.PUBLISH].setChecked(True)
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def reply(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(answer[0])

    monkeypatch.setattr(QMessageBox, "exec", reply)
    dialog.accept()
    assert dialog.result() != PublishDialog.DialogCode.Accepted and len(asked) == 1
    assert "Nobody has approved this interview yet" in asked[0]
    answer[0] = QMessageBox.StandardButton.Yes
    dialog.accept()
    assert dialog.result() == PublishDialog.DialogCode.Accepted


def test_the_dialog_refuses_a_bad_address_and_hands_back_only_a_changed_one(
    qtbot: QtBot,
) -> None:
    dialog = PublishDialog(
        "Báo thử", defaults=PublicationDefaults("duong-len-ban", on_site=True), has_photos=True
    )
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert dialog.slug() is None and ok.isEnabled() and dialog.slug_problem.isHidden()
    assert "readers' links change" in dialog.slug_label.text()
    dialog.slug_edit.setText("Đường lên bản")
    assert not ok.isEnabled() and not dialog.slug_problem.isHidden()
    dialog.accept()
    assert dialog.result() != PublishDialog.DialogCode.Accepted
    dialog.slug_edit.setText("duong-len-ban-hua-pang")
    assert ok.isEnabled() and dialog.slug() == "duong-len-ban-hua-pang"
    assert not dialog.featured_check.isHidden() and not dialog.featured_in_text()


def test_a_contributors_dialog_cannot_queue_photos_it_could_not_upload(qtbot: QtBot) -> None:
    options = publish_options(InterviewStatus.READY, CONTRIBUTOR, has_photos=True)
    dialog = PublishDialog("Báo thử", options=options, status=InterviewStatus.READY)
    qtbot.addWidget(dialog)
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert "may not upload photos" in dialog.limit_label.text()


def test_the_rights_are_forgotten_when_the_site_account_changes(tmp_path: Path) -> None:
    store = open_store(tmp_path / "newsdesk.db")
    try:
        accounts = Accounts(store, PasswordVault())
        account = accounts.add("Báo thử", "https://baothu.example", "ctv", "a b c d")
        keep_rights(store, account.id, CONTRIBUTOR)
        assert cached_rights(store, account.id) == CONTRIBUTOR
        accounts.update(account.id, url="https://baothu.example", username="ctv", password="x y")
        assert cached_rights(store, account.id) == CONTRIBUTOR  # same account, new password
        accounts.update(account.id, url="https://baothu.example", username="bientap", password=None)
        assert cached_rights(store, account.id) is None
    finally:
        store.close()
