"""The running application thins out old kept versions on a worker."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import partial

from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from editor.repository import InterviewRepository
from editor.versions import KEEP_NEWEST, VersionKeeper, VersionKind, VersionStore
from shell.application import NewsdeskApplication
from storage.models import Interview, utc_now
from tests.editor.conftest import sample_document


def _fixed(moment: datetime) -> datetime:
    return moment


def _keep_autosave(keeper: VersionKeeper, session: Session, row: Interview) -> None:
    keeper.record_in(session, row, VersionKind.AUTOSAVE)


def test_old_autosave_versions_are_pruned_in_the_background(
    newsdesk: NewsdeskApplication, qtbot: QtBot
) -> None:
    repository = InterviewRepository(newsdesk.store)
    interview_id = repository.create(sample_document()).id
    long_ago = utc_now() - timedelta(days=3)
    count = KEEP_NEWEST + 6
    for number in range(count):  # six minutes apart, three days ago
        moment = long_ago + timedelta(minutes=6 * number)
        keeper = VersionKeeper(author=lambda: "Thu Hà", clock=partial(_fixed, moment))
        document = sample_document(f"Bản thứ {number}")
        repository.save_document(
            interview_id,
            document,
            also=partial(_keep_autosave, keeper),
        )
    versions = VersionStore(newsdesk.store)
    assert len(versions.summaries(interview_id)) == count

    newsdesk.prune_versions()

    qtbot.waitUntil(lambda: len(versions.summaries(interview_id)) < count, timeout=10_000)
    left = versions.summaries(interview_id)
    # The newest ten stay, and at most one older version per hour of three days ago.
    assert [v.title for v in left[:KEEP_NEWEST]] == [
        f"Bản thứ {n}" for n in range(count - 1, count - 1 - KEEP_NEWEST, -1)
    ]
    assert len(left) <= KEEP_NEWEST + 2
    assert [versions.document(v.id).title for v in left] == [v.title for v in left]
