"""``main.py moderation evaluate``: the assistant and campaign grouping checked on files."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tracemalloc
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from moderation.assistant.model import Quality
from moderation.cache import store_page
from moderation.rules import RuleSet
from portal.accounts import Accounts, PasswordVault
from storage.database import open_store
from tests.moderation.comment_generator import (
    GeneratedComment,
    generate,
    generate_with_campaigns,
)
from tests.moderation.conftest import remote

ROOT = Path(__file__).resolve().parents[1]


def _env(**extra: str) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", **extra)


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *map(str, args)],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )


def _write(path: Path, comments: list[GeneratedComment], *, labels: bool = True) -> Path:
    with path.open("w", encoding="utf-8") as stream:
        for comment in comments:
            stream.write(json.dumps(comment.to_json(with_label=labels), ensure_ascii=False) + "\n")
    return path


def _json(process: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    assert process.returncode == 0, process.stderr
    result = json.loads(process.stdout)  # exactly one JSON document, nothing else
    assert isinstance(result, dict)
    return result


@pytest.fixture(scope="module")
def halves(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[GeneratedComment]]:
    folder = tmp_path_factory.mktemp("evaluate")
    comments = generate(1200, seed=77)
    train = _write(folder / "train.jsonl", comments[:600])
    test = _write(folder / "test.jsonl", comments[600:])
    return train, test, comments[600:]


def test_round_trip_train_on_one_half_evaluate_the_other(
    halves: tuple[Path, Path, list[GeneratedComment]], tmp_path: Path
) -> None:
    train, test, held_out = halves
    absent = tmp_path / "never-created"
    result = _json(
        _run("--data-dir", absent, "moderation", "evaluate", test, "--train", train, "--json")
    )
    assert set(result) == {"threshold", "scores", "groups", "precision", "recall"}
    assert list(result["scores"]) == [str(c.id) for c in held_out]
    threshold = result["threshold"]
    counted = Quality.count(
        [result["scores"][str(c.id)] for c in held_out],
        [c.label != "approve" for c in held_out],
        threshold,
    )
    assert result["precision"] == pytest.approx(counted.precision)
    assert result["recall"] == pytest.approx(counted.recall)
    assert counted.precision >= 0.9 and counted.recall >= 0.85
    assert all(0.0 <= score <= 1.0 for score in result["scores"].values())
    assert all(len(members) >= 2 for members in result["groups"])
    assert not absent.exists(), "--train must not create the data folder"

    plain = _run("--data-dir", absent, "moderation", "evaluate", test, "--train", train)
    assert plain.returncode == 0, plain.stderr
    assert f"{counted.precision:.3f}" in plain.stdout
    assert f"{counted.recall:.3f}" in plain.stdout
    rows = [line.split() for line in plain.stdout.splitlines() if line.startswith("Suggests")]
    assert rows == [
        ["Suggests", "rejecting", str(counted.true_positive), str(counted.false_positive)],
        ["Suggests", "publishing", str(counted.false_negative), str(counted.true_negative)],
    ]
    assert "100%" in plain.stderr  # the progress bar
    assert not absent.exists()


def test_labels_in_the_test_file_change_no_score(
    halves: tuple[Path, Path, list[GeneratedComment]], tmp_path: Path
) -> None:
    train, test, held_out = halves
    unlabelled = _write(tmp_path / "unlabelled.jsonl", held_out, labels=False)
    with_labels = _json(_run("moderation", "evaluate", test, "--train", train, "--json"))
    without = _json(_run("moderation", "evaluate", unlabelled, "--train", train, "--json"))
    assert without["scores"] == with_labels["scores"]
    assert without["groups"] == with_labels["groups"]
    assert without["precision"] is None and without["recall"] is None
    plain = _run("moderation", "evaluate", unlabelled, "--train", train)
    assert plain.returncode == 0
    assert "Precision" not in plain.stdout and "Score" in plain.stdout


def test_campaigns_in_a_file_are_grouped_with_the_apps_code(tmp_path: Path) -> None:
    comments = generate_with_campaigns(ordinary=300, campaigns=3, per_campaign=6, seed=12)
    test = _write(tmp_path / "campaigns.jsonl", comments, labels=False)
    train = _write(tmp_path / "train.jsonl", generate(300, seed=5))
    result = _json(_run("moderation", "evaluate", test, "--train", train, "--json"))
    expected = sorted(
        sorted(str(c.id) for c in comments if c.campaign == number) for number in range(3)
    )
    assert sorted(sorted(group) for group in result["groups"]) == expected


BAD_INPUT = {
    "not JSON": (b'{"id": 1, "text": "B\xc3\xa0i hay"}\n{id: 2, text: nope}\n', "line 2"),
    "missing text": ('{"id": 1, "text": "Bài hay"}\n{"id": 2}\n'.encode(), "line 2"),
    "unknown label": (
        '{"id": 1, "text": "Bài hay", "label": "ham"}\n'.encode(),
        "line 1",
    ),
    "empty file": (b"\n\n", "no comments"),
    "10 MB line": (
        b'{"id": 1, "text": "ok"}\n{"id": 2, "text": "' + b"a" * (10 << 20) + b'"}\n',
        "line 2",
    ),
    "not UTF-8": (b'{"id": 1, "text": "B\xe0i hay"}\n', "line 1"),
    "same id twice": (b'{"id": 1, "text": "a"}\n{"id": "1", "text": "b"}\n', "line 2"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUT))
def test_bad_input_is_named_with_its_line_and_exits_2(
    case: str, halves: tuple[Path, Path, list[GeneratedComment]], tmp_path: Path
) -> None:
    train, _test, _held_out = halves
    content, where = BAD_INPUT[case]
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(content)
    data_dir = tmp_path / "data"
    for arguments in (
        ("moderation", "evaluate", bad, "--train", train),
        ("moderation", "evaluate", train, "--train", bad, "--json"),
    ):
        process = _run("--data-dir", data_dir, *arguments)
        assert process.returncode == 2, (case, process.stderr)
        assert "Traceback" not in process.stderr
        assert process.stdout == ""
        message = [line for line in process.stderr.splitlines() if "newsdesk:" in line]
        assert len(message) == 1, process.stderr
        assert where in message[0] and str(bad) in message[0], message
    assert not data_dir.exists()


def test_without_train_it_learns_from_the_data_folder_read_only(
    halves: tuple[Path, Path, list[GeneratedComment]], tmp_path: Path
) -> None:
    _train, test, _held_out = halves
    data_dir = tmp_path / "profile"
    store = open_store(data_dir / "newsdesk.db")
    try:
        site_id = Accounts(store, PasswordVault()).add("Báo thử", "http://127.0.0.1:9", "a", "").id
        status = {"approve": "approved", "spam": "spam", "abuse": "trash"}
        decided = generate(400, seed=3)
        with store.transaction() as session:
            store_page(
                session,
                site_id,
                [
                    remote(n, c.text, status=status[c.label], author_email=c.email)
                    for n, c in enumerate(decided, 1)
                ],
                RuleSet(),
            )
    finally:
        store.close()
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in data_dir.iterdir()}

    result = _json(_run("moderation", "evaluate", test, "--json", "--data-dir", data_dir))
    assert result["precision"] is not None and result["precision"] >= 0.85
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in data_dir.iterdir()}
    assert after == before, "the data folder must not change"


def test_too_few_decisions_in_the_data_folder_are_said_not_guessed(
    halves: tuple[Path, Path, list[GeneratedComment]], tmp_path: Path
) -> None:
    _train, test, _held_out = halves
    data_dir = tmp_path / "empty-profile"
    open_store(data_dir / "newsdesk.db").close()
    process = _run("--data-dir", data_dir, "moderation", "evaluate", test)
    assert process.returncode == 1
    assert "Too few decisions" in process.stderr and "Traceback" not in process.stderr
    assert process.stdout == ""
    missing = _run("--data-dir", tmp_path / "nothing-here", "moderation", "evaluate", test)
    assert missing.returncode == 1 and "no database" in missing.stderr
    assert not (tmp_path / "nothing-here").exists()


def test_plain_output_speaks_the_interface_language(
    halves: tuple[Path, Path, list[GeneratedComment]],
) -> None:
    train, test, _held_out = halves
    process = _run("--language", "vi", "moderation", "evaluate", test, "--train", train)
    assert process.returncode == 0, process.stderr
    assert "Ngưỡng đề xuất" in process.stdout


def _evaluate_from_fifo(
    fifo: Path, train: Path, content: bytes
) -> subprocess.CompletedProcess[str]:
    """Run ``evaluate`` on a named pipe fed with *content*: a file that can be read only once."""
    os.mkfifo(fifo)
    process = subprocess.Popen(
        [sys.executable, "main.py", "moderation", "evaluate", fifo, "--train", train, "--json"],
        cwd=ROOT,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    with fifo.open("wb") as writer:  # blocks until the command opens the pipe
        writer.write(content)
    stdout, stderr = process.communicate(timeout=300)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_the_test_file_is_read_once_as_a_stream_from_a_pipe(
    halves: tuple[Path, Path, list[GeneratedComment]], tmp_path: Path
) -> None:
    train, test, _held_out = halves
    from_file = _json(_run("moderation", "evaluate", test, "--train", train, "--json"))
    streamed = _evaluate_from_fifo(tmp_path / "comments.pipe", train, test.read_bytes())
    assert _json(streamed) == from_file
    assert "100%" in streamed.stderr

    bad_at_the_end = test.read_bytes() + b'{"id": "last", "text": 5}\n'
    failed = _evaluate_from_fifo(tmp_path / "bad.pipe", train, bad_at_the_end)
    assert failed.returncode == 2 and "Traceback" not in failed.stderr
    assert failed.stdout == "", "a bad last line prints nothing, even after scoring the rest"
    assert "line 601" in failed.stderr


def test_the_table_shows_the_highest_scores_of_the_whole_file(
    halves: tuple[Path, Path, list[GeneratedComment]],
) -> None:
    train, test, held_out = halves
    scores = _json(_run("moderation", "evaluate", test, "--train", train, "--json"))["scores"]
    plain = _run("moderation", "evaluate", test, "--train", train)
    assert plain.returncode == 0, plain.stderr
    lines = plain.stdout.splitlines()
    header = next(
        number for number, line in enumerate(lines) if line.split()[:2] == ["Id", "Score"]
    )
    shown = [line.split()[:2] for line in lines[header + 1 :]]
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)[:20]
    assert shown == [[identifier, f"{score:.3f}"] for identifier, score in ranked]
    texts = {str(c.id): unicodedata.normalize("NFC", c.text) for c in held_out}
    first = lines[header + 1]
    assert texts[ranked[0][0]][:20] in first


def test_evaluation_keeps_no_text_of_the_comments_it_has_scored() -> None:
    """Memory grows by a small record a comment, not by the texts read (Python objects)."""
    from moderation.assistant.dataset import FileComment
    from moderation.assistant.evaluation import evaluate
    from moderation.assistant.training import Decision, train_on

    model, history = train_on(
        [Decision(c.text, c.label != "approve", c.email) for c in generate(300, seed=5)]
    )
    count, copies = 600, 40

    def long_comments() -> Iterator[FileComment]:  # about 10 KB of text each, made on demand
        for comment in generate(count, seed=31):
            text = " ".join(f"{comment.text} (đoạn {part})" for part in range(copies))
            yield FileComment(comment.id, str(comment.id), text, label=comment.label)

    text_size = sum(sys.getsizeof(c.text) for c in long_comments())
    tracemalloc.start()
    try:
        result = evaluate(model, history, long_comments(), highest=20)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(result.scores) == count and result.quality is not None
    assert len(result.highest) == 20
    assert peak < text_size / 4, (peak, text_size)
