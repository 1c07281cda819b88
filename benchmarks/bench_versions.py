"""Kept versions: database size for 1,000 interviews × 50 versions, write and list times.

    python benchmarks/bench_versions.py [interviews]

Builds a profile of 1,000 interviews (about 1,500 words each, in the
newspaper's Q&A shape) with 50 versions each, every version a few syllables
or a turn away from the one before, as editing makes them. Reports

- the database file's size (budget: :data:`SIZE_BUDGET_MB`, stated in
  DEVELOPERS.md), and the bytes a version takes on average;
- writing one autosave of a 1,500-word interview with its version (the
  worker's whole save: JSON, search index, version) and without one,
  interleaved: the difference is what keeping versions costs (budget 5 ms;
  it is paid on the autosave's worker, never on the GUI thread);
- opening the versions list of one interview (its 50 rows), median;
- reading one version back (two decompressions at most), median.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
import time
import zlib
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select

from benchmarks.figures import report
from editor.autosave import OrderedWriter
from editor.document import InterviewDocument, ParagraphBlock, Role, TurnBlock
from editor.repository import InterviewRepository
from editor.versions import VersionKeeper, VersionKind, VersionStore
from storage.database import open_store
from storage.models import Interview, InterviewVersion

INTERVIEWS = 1000
VERSIONS = 50
WORDS = 1500
SIZE_BUDGET_MB = 150.0

_SYLLABLE_TEXT = (
    "bà con bản làng đồi chè mùa vụ năm nay giá búp tươi đường mới xe vào tận nơi "
    "huyện xã thôn trường học trạm y tế điện lưới nước sạch hợp tác xã nông sản "
    "người dân được nhiều hơn trước cán bộ phóng viên hỏi đáp cảm ơn ông bà anh chị "
    "sản xuất thu nhập tăng giảm khó khăn thuận lợi chính quyền hỗ trợ vốn vay giống "
    "lúa ngô sắn cà phê hồ tiêu mưa lũ hạn hán kế hoạch mục tiêu đồng chí bí thư"
)
_SYLLABLES = _SYLLABLE_TEXT.split()


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(_SYLLABLES) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def make_interview(rng: random.Random) -> InterviewDocument:
    """An invented interview of about :data:`WORDS` words."""
    document = InterviewDocument(
        title=_sentence(rng, 9)[:-1], lead=_sentence(rng, 40), byline="Thu Hà"
    )
    pv = document.add_speaker("PV", Role.INTERVIEWER)
    guest = document.add_speaker("Ông Lò Văn Minh", Role.INTERVIEWEE)
    blocks: list[ParagraphBlock | TurnBlock] = [ParagraphBlock(_sentence(rng, 60))]
    words = 100
    while words < WORDS:
        blocks.append(TurnBlock(pv.key, _sentence(rng, 15)))
        answer = " ".join(_sentence(rng, 20) for _ in range(4))
        blocks.append(TurnBlock(guest.key, answer))
        words += 95
    document.blocks = list(blocks)
    return document


def edit(document: InterviewDocument, rng: random.Random) -> InterviewDocument:
    """The next version: a few syllables changed in a few turns, sometimes a new turn."""
    changed = document.snapshot()
    for _ in range(rng.randint(1, 3)):
        index = rng.randrange(len(changed.blocks))
        block = changed.blocks[index]
        if isinstance(block, ParagraphBlock | TurnBlock):
            words = block.text.split(" ")
            for _ in range(rng.randint(1, 4)):
                words[rng.randrange(len(words))] = rng.choice(_SYLLABLES)
            changed.blocks[index] = replace(block, text=" ".join(words))
    if rng.random() < 0.2:
        speaker = changed.speakers[1].key
        changed.blocks.append(TurnBlock(speaker, _sentence(rng, 25)))
    return changed


def _first(moments: list[datetime]) -> datetime:
    return moments[0]


def build(path: Path, interviews: int) -> list[int]:
    """A profile of *interviews* interviews with :data:`VERSIONS` versions each."""
    store = open_store(path)
    repository = InterviewRepository(store)
    rng = random.Random(13)
    start = datetime(2026, 11, 1, tzinfo=UTC)
    ids = []
    for number in range(interviews):
        document = make_interview(rng)
        interview_id = repository.create(document).id
        ids.append(interview_id)
        moment = [start + timedelta(minutes=number)]
        keeper = VersionKeeper(author=lambda: "thu.ha", clock=partial(_first, moment))
        with store.transaction() as session:
            row = session.get(Interview, interview_id)
            assert row is not None
            for version in range(VERSIONS):
                document = edit(document, rng)
                InterviewRepository._write(session, row, document)
                kind = VersionKind.PUBLISH if version % 17 == 16 else VersionKind.AUTOSAVE
                keeper.record_in(session, row, kind)
                moment[0] += timedelta(minutes=6)  # each autosave window its own version
        if number % 100 == 99:
            print(f"  {number + 1} interviews written", flush=True)
    store.close()
    return ids


def main() -> None:
    """Build the profile and print the figures."""
    interviews = int(sys.argv[1]) if len(sys.argv) > 1 else INTERVIEWS
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "newsdesk.db"
        started = time.perf_counter()
        ids = build(path, interviews)
        print(f"  built in {time.perf_counter() - started:.0f} s")
        store = open_store(path)
        with store.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.exec_driver_sql("VACUUM")
        size_mb = path.stat().st_size / 1e6
        with store.session() as session:
            count, data_bytes = session.execute(
                select(
                    func.count(InterviewVersion.id), func.sum(func.length(InterviewVersion.data))
                )
            ).one()
        scale = INTERVIEWS / interviews
        report(
            f"database size, {INTERVIEWS:,} interviews × {VERSIONS} versions",
            size_mb * scale,
            SIZE_BUDGET_MB,
            "MB",
        )
        report("stored bytes per version (average)", data_bytes / max(count, 1), None, "B")
        with store.session() as session:
            sample = session.scalars(
                select(InterviewVersion.id).order_by(func.random()).limit(200)
            ).all()
        plain = [
            len(
                zlib.compress(
                    json.dumps(
                        VersionStore(store).document(v).to_dict(), ensure_ascii=False
                    ).encode(),
                    9,
                )
            )
            for v in sample
        ]
        report(
            "the same without deltas (plain zlib), per version", statistics.mean(plain), None, "B"
        )

        repository = InterviewRepository(store)
        versions = VersionStore(store)
        rng = random.Random(5)
        target = ids[len(ids) // 2]
        document = repository.get(target).document
        keeping = OrderedWriter(repository, target, VersionKeeper(author=lambda: "thu.ha"))
        plain_writer = OrderedWriter(repository, target)
        with_version: list[float] = []
        without: list[float] = []
        for revision in range(1, 201):  # interleaved, so machine load hits both alike
            document = edit(document, rng)
            writer, times = (keeping, with_version) if revision % 2 else (plain_writer, without)
            began = time.perf_counter()
            writer.write(document, revision)
            times.append((time.perf_counter() - began) * 1000)
        added = statistics.median(with_version) - statistics.median(without)
        report(
            "autosave (on its worker) with its version, median",
            statistics.median(with_version),
            None,
        )
        report("autosave without a version, median", statistics.median(without), None)
        report("writing the version: what it adds to an autosave, median", added, 5)
        listing, reading = [], []
        for interview_id in rng.sample(ids, min(50, len(ids))):
            began = time.perf_counter()
            summaries = versions.summaries(interview_id)
            listing.append((time.perf_counter() - began) * 1000)
            began = time.perf_counter()
            versions.document(summaries[len(summaries) // 2].id)
            reading.append((time.perf_counter() - began) * 1000)
        report("open the versions list (50 versions), median", statistics.median(listing), 20)
        report("read one version back, median", statistics.median(reading), 20)
        store.close()


if __name__ == "__main__":
    main()
