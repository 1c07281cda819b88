"""Screenshots of Newsdesk's screens, for the README and for checking Vietnamese text.

    xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshot.py OUT [--language vi]

Builds the real application on a throw-away demo profile, visits each screen and
saves what the window shows (``QWidget.grab``) as PNG files in OUT_DIR.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from editor.publishing import PublishMode
from shell.application import NewsdeskApplication, Profile, open_profile_store
from shell.i18n import LanguageManager
from shell.settings import AppSettings


def main() -> int:
    """Take the screenshots."""
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", default="vi")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as scratch:
        profile = Profile(Path(scratch), demo=True)
        opened = open_profile_store(profile)
        if opened is None:
            return 1
        lock, store = opened
        languages = LanguageManager(app)
        languages.switch(args.language)
        newsdesk = NewsdeskApplication(
            app, profile, store, log_file=Path(scratch) / "log",
            languages=languages, settings=AppSettings(Path(scratch)),
        )
        window = newsdesk.window
        window.resize(1360, 860)
        window.show()
        page = newsdesk.interviews_page

        def shoot(name: str, widget: QWidget | None = None) -> None:
            app.processEvents()
            (widget or window).grab().save(str(args.out / f"{name}.png"))
            print("saved", args.out / f"{name}.png")

        def open_first() -> None:
            interview_id = page.model.interview_id(0)
            if interview_id is not None:
                page.open_interview(interview_id)
                if page.editor is not None:
                    page.editor._select_block(2, False)

        def pull_comments() -> None:
            newsdesk.sync.sync_now()

        def publish_first() -> None:
            interview_id = page.model.interview_id(0)
            if interview_id is not None:
                newsdesk.publish(interview_id, PublishMode.PUBLISH, None)
                newsdesk.publish(interview_id, PublishMode.PUBLISH, None)

        def show_preferences() -> None:
            from shell.ui.preferences import PreferencesDialog
            from shell.ui.sites_tab import SitesTab

            dialog = PreferencesDialog("vi", window, sites_tab=SitesTab(newsdesk.accounts))
            dialog.show()
            shoot("preferences-general", dialog)
            dialog.tabs.setCurrentIndex(1)
            shoot("preferences-sites", dialog)
            dialog.close()

        def show_publish_dialog() -> None:
            from editor.publish_options import publish_options
            from editor.repository import InterviewRepository
            from editor.ui.publish_dialog import PublishDialog

            interview_id = page.model.interview_id(0)
            if interview_id is None:
                return
            # Built as the Interviews page builds it: the interview's state and the
            # account's rights decide the choices and the default.
            categories, preferred = newsdesk.category_choices(interview_id)
            rights, defaults = newsdesk.publish_setup(interview_id)
            status = InterviewRepository(newsdesk.store).get(interview_id).status
            dialog = PublishDialog(
                "Demo",
                window,
                categories=categories,
                preferred=preferred,
                options=publish_options(status, rights, published_on_site=defaults.published),
                status=status,
                defaults=defaults,
            )
            dialog.show()
            dialog.category_combo.showPopup()
            app.processEvents()
            shoot("publish-dialog", dialog)
            dialog.category_combo.hidePopup()
            dialog.close()

        def show_import_dialog() -> None:
            from editor.ui.import_dialog import ImportDialog

            sample = Path(__file__).resolve().parent.parent / "tests" / "editor" / "fixtures"
            dialog = ImportDialog(window)
            dialog.resize(1100, 700)
            dialog.set_text((sample / "09-unlabelled-questions.txt").read_text(encoding="utf-8"))
            dialog.show()
            shoot("import-dialog", dialog)
            dialog.close()

        def show_unsaved_dialog() -> None:
            from editor.ui.unsaved_dialog import UnsavedChangesDialog
            from storage.errors import DiskFull

            title = page.session.document.title if page.session is not None else ""
            dialog = UnsavedChangesDialog(title, DiskFull(store.path).user_message, window)
            dialog.show()
            shoot("unsaved-changes", dialog)
            dialog.close()

        def show_review() -> None:
            from editor.site_posts import pull_site_posts
            from editor.ui.review_page import ReviewPage
            from storage.changes import Changes

            site = newsdesk.accounts.active()
            client = newsdesk.accounts.client(site) if site is not None else None
            if site is None or client is None:
                return
            with client:
                pull_site_posts(newsdesk.store, client, site)
            newsdesk.changes.report(Changes(site_posts=True))  # as the app's own pull does
            window.show_view("review")
            review = window.findChild(ReviewPage)
            if review is not None:
                review.refresh()
                review.table.setFocus()

        def show_send_back() -> None:
            from editor.ui.review_dialogs import SendBackDialog
            from editor.ui.review_page import ReviewPage

            review = window.findChild(ReviewPage)
            post = review.selected_post() if review is not None else None
            if post is None:
                return
            dialog = SendBackDialog(post[1], window)  # as D opens it
            dialog.note.setPlainText(
                "Anh bổ sung ý kiến của hợp tác xã và chú thích cho ảnh thứ hai nhé."
            )
            dialog.show()
            shoot("review-send-back", dialog)
            dialog.close()

        def show_schedule_and_decided() -> None:
            from editor.review_queue import APPROVE
            from editor.ui.review_dialogs import ScheduleDialog
            from editor.ui.review_page import ReviewPage

            review = window.findChild(ReviewPage)
            post = review.selected_post() if review is not None else None
            if review is None or post is None:
                return
            dialog = ScheduleDialog(post[1], window)  # as S opens it
            dialog.show()
            shoot("review-schedule", dialog)
            dialog.close()
            review.decide_selected(APPROVE)
            shoot("review-empty")
            review.mode.setCurrentIndex(1)
            review.reload()
            shoot("review-decided")

        def list_after_sync() -> None:
            page.close_editor()
            window.show_view("interviews")
            page.refresh()

        steps: list[Callable[[], object]] = [
            lambda: shoot("interviews"),
            open_first,
            lambda: shoot("editor"),
            lambda: page.editor.tabs.setCurrentIndex(1) if page.editor else None,
            lambda: shoot("preview"),
            lambda: page.editor.mark_ready() if page.editor else None,
            lambda: page.editor.tabs.setCurrentIndex(0) if page.editor else None,
            lambda: shoot("editor-problems"),
            show_unsaved_dialog,
            lambda: window.show_view("comments"),
            pull_comments,
            lambda: None,
            lambda: None,
            lambda: None,
            lambda: None,
            lambda: shoot("comments"),
            publish_first,
            lambda: window.show_view("publishing"),
            lambda: shoot("publishing"),
            lambda: newsdesk.sync.sync_now(),
            lambda: None,
            lambda: None,
            list_after_sync,
            lambda: shoot("interviews-on-site"),
            show_publish_dialog,
            show_import_dialog,
            lambda: window.show_view("publishing"),
            lambda: newsdesk.outbox_page.show_sent_box.setChecked(True),
            lambda: shoot("publishing-sent"),
            show_preferences,
            show_review,
            lambda: newsdesk.sync.sync_now(),  # the navigation's count follows the sync
            lambda: None,
            lambda: None,
            lambda: shoot("review"),
            show_send_back,
            show_schedule_and_decided,
            app.quit,
        ]
        for delay, step in enumerate(steps):
            QTimer.singleShot(300 + 250 * delay, step)
        app.exec()
        newsdesk.shutdown()
        lock.release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
