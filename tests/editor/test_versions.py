"""Kept versions: coalescing autosaves, publish and site versions, compact storage, pruning."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from editor.autosave import OrderedWriter
from editor.document import InterviewDocument, ParagraphBlock, Role, TurnBlock
from editor.repository import InterviewRepository
from editor.versions import (
    KEEP_NEWEST,
    VersionKeeper,
    VersionKind,
    VersionStore,
    versions_to_prune,
)
from storage.database import Store
from storage.models import InterviewVersion

START = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def _document(answer: str) -> InterviewDocument:
    document = InterviewDocument(title="Mùa chè ở bản Hua Păng", lead="Chè búp lên giá.")
    pv = document.add_speaker("PV", Role.INTERVIEWER)
    guest = document.add_speaker("Bà Lò Thị Xuân", Role.INTERVIEWEE)
    document.blocks = [
        TurnBlock(pv.key, "Năm nay bà con hái chè sớm hơn mọi năm phải không?"),
        TurnBlock(guest.key, answer),
        ParagraphBlock("Đường mới mở giúp xe vào tận đồi chè. " * 40),
    ]
    return document


def _writer(store: Store, clock: FakeClock) -> tuple[OrderedWriter, int, VersionStore]:
    repository = InterviewRepository(store)
    stored = repository.create(_document("Vâng, sớm hơn chừng mười ngày."))
    keeper = VersionKeeper(author=lambda: "phong.vien", clock=clock)
    return OrderedWriter(repository, stored.id, keeper), stored.id, VersionStore(store)


def test_autosaves_within_five_minutes_are_one_version_holding_the_latest_state(
    store: Store,
) -> None:
    clock = FakeClock()
    writer, interview_id, versions = _writer(store, clock)
    for minute, answer in enumerate(["Vâng, sớm hơn.", "Vâng, sớm hơn mười ngày.", "Dạ, sớm."]):
        clock.now = START + timedelta(minutes=minute * 2)  # 0, 2, 4 minutes: one window
        writer.write(_document(answer), minute + 1)
    (only,) = versions.summaries(interview_id)
    assert only.kind is VersionKind.AUTOSAVE and only.author == "phong.vien"
    assert only.saved_at == START + timedelta(minutes=4)
    kept = versions.document(only.id).blocks[1]
    assert isinstance(kept, TurnBlock) and kept.text == "Dạ, sớm."

    clock.now = START + timedelta(minutes=5)  # five minutes after the window opened: a new one
    writer.write(_document("Dạ, sớm hơn năm ngoái."), 10)
    newest, older = versions.summaries(interview_id)
    assert newest.saved_at == START + timedelta(minutes=5)
    assert versions.document(older.id).blocks[1] == kept


def test_an_autosave_with_nothing_new_keeps_no_version(store: Store) -> None:
    clock = FakeClock()
    writer, interview_id, versions = _writer(store, clock)
    writer.write(_document("Vâng."), 1)
    clock.advance(minutes=30)
    writer.write(_document("Vâng."), 2)
    assert len(versions.summaries(interview_id)) == 1


def test_publish_and_site_versions_are_their_own_and_close_the_window(store: Store) -> None:
    clock = FakeClock()
    repository = InterviewRepository(store)
    keeper = VersionKeeper(author=lambda: "bien.tap", clock=clock)
    writer, interview_id, versions = _writer(store, clock)
    writer.write(_document("Bản một."), 1)
    clock.advance(minutes=1)
    repository.save_document(
        interview_id,
        _document("Bản đăng."),
        also=lambda session, row: keeper.record_in(session, row, VersionKind.PUBLISH),
    )
    clock.advance(minutes=1)  # still within five minutes of the first autosave
    writer.write(_document("Sửa sau khi đăng."), 2)
    kinds = [v.kind for v in versions.summaries(interview_id)]
    assert kinds == [VersionKind.AUTOSAVE, VersionKind.PUBLISH, VersionKind.AUTOSAVE]


def test_versions_are_stored_as_small_deltas_and_read_back_exactly(store: Store) -> None:
    clock = FakeClock()
    writer, interview_id, versions = _writer(store, clock)
    written = []
    for number in range(12):
        clock.advance(minutes=6)
        document = _document(f"Câu trả lời thứ {number}: giá chè búp tươi mười tám nghìn đồng.")
        writer.write(document, number + 1)
        written.append(document)
    summaries = list(reversed(versions.summaries(interview_id)))
    assert [versions.document(v.id) for v in summaries] == written
    with store.session() as session:
        sizes = session.execute(
            select(InterviewVersion.base_id, func.length(InterviewVersion.data))
        ).all()
    full = [size for base, size in sizes if base is None]
    deltas = [size for base, size in sizes if base is not None]
    assert len(full) == 1 and len(deltas) == 11
    assert max(deltas) * 3 < full[0]  # a changed answer costs a fraction of a full copy


def test_pruning_keeps_what_the_policy_promises() -> None:
    now = START
    autosave = VersionKind.AUTOSAVE
    versions = [
        (1, autosave, now - timedelta(hours=2)),  # last 24 h: kept
        (2, autosave, now - timedelta(hours=3)),
        (3, autosave, now - timedelta(days=2, minutes=10)),  # same hour as 4, newer: kept
        (4, autosave, now - timedelta(days=2, minutes=40)),  # dropped
        (5, autosave, now - timedelta(days=10, hours=1)),  # same day as 6 (newer): kept
        (6, autosave, now - timedelta(days=10, hours=2)),  # dropped
        (7, VersionKind.PUBLISH, now - timedelta(days=60, hours=1)),  # publish: always kept
        (8, autosave, now - timedelta(days=60, hours=2)),  # same week as the publish: dropped
        (9, VersionKind.SITE, now - timedelta(days=61)),  # site: always kept
    ]
    padding = [(100 + n, autosave, now - timedelta(minutes=n)) for n in range(KEEP_NEWEST)]
    assert versions_to_prune(versions + padding, now) == {4, 6, 8}
    # The newest ones are kept whatever their age.
    old = [(n, autosave, now - timedelta(days=100, minutes=n)) for n in range(KEEP_NEWEST + 2)]
    assert versions_to_prune(old, now) == {KEEP_NEWEST, KEEP_NEWEST + 1}


def test_pruning_a_base_keeps_every_remaining_version_readable(store: Store) -> None:
    clock = FakeClock()
    writer, interview_id, versions = _writer(store, clock)
    written = {}
    for number in range(KEEP_NEWEST + 6):
        clock.now = START + timedelta(minutes=6 * number)
        document = _document(f"Trả lời lần {number}.")
        writer.write(document, number + 1)
        written[clock.now] = document
    later = clock.now + timedelta(days=3)
    removed = versions.prune(later)
    assert removed > 0
    left = versions.summaries(interview_id)
    assert len(left) == len(written) - removed
    for summary in left:
        assert versions.document(summary.id) == written[summary.saved_at]


def test_deleting_an_interview_deletes_its_versions(store: Store) -> None:
    clock = FakeClock()
    writer, interview_id, versions = _writer(store, clock)
    writer.write(replace(_document("Vâng."), title="Tựa khác"), 1)
    InterviewRepository(store).delete([interview_id])
    assert versions.summaries(interview_id) == []
