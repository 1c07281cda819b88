"""Time ``parse_interview`` on a generated interview of about 5,000 words, and on 5 MB.

Run: ``python benchmarks/bench_import.py [--runs N] [--words N] [--megabytes N]``.
Prints the median time in milliseconds and whether it is within the 100 ms
budget (the importer runs when a reporter opens a file, so it must feel
instant). Then the biggest file the importer accepts (5 MB by default; the
import dialog parses such a text in the background, with progress): its time,
and the time of half of it, whose ratio shows whether the parse stays linear
(about 2 for linear, about 4 for quadratic).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.figures import report  # noqa: E402
from editor.counts import count_words  # noqa: E402
from editor.plaintext_import import parse_interview  # noqa: E402

BUDGET_MS = 100.0

_VOCABULARY = (
    "bản làng nương rẫy chè cà phê mận đào hợp tác xã người dân cán bộ huyện tỉnh đường "
    "điện trường học trạm y tế giống vốn thị trường giá năm nay mùa vụ sản lượng thu nhập "
    "kỹ thuật thanh niên phụ nữ thương lái chế biến bảo quản tập huấn chuyển đổi số"
)
_SYLLABLES = _VOCABULARY.split()
_OPENERS = ("Năm nay", "Hiện nay", "Trước đây", "Thời gian tới", "Ở nhiều bản", "Theo kế hoạch")


def _sentence(rng: random.Random, words: int) -> str:
    body = " ".join(rng.choice(_SYLLABLES) for _ in range(words))
    return f"{rng.choice(_OPENERS)}, {body}."


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng, rng.randint(10, 18)) for _ in range(rng.randint(2, 3)))


def build_interview(target_words: int = 5000, seed: int = 2024) -> str:
    """An invented interview in the newspaper's layout, of about *target_words* words."""
    rng = random.Random(seed)
    parts = [
        "Đổi thay trên những bản vùng cao",
        _paragraph(rng),
        "Đồng chí Lò Văn Thành (bên phải) trò chuyện với phóng viên tại bản Nà Lốc.",
        _paragraph(rng),
    ]
    number = 0
    while count_words("\n".join(parts)) < target_words:
        number += 1
        parts.append(f"Phóng viên: Thưa đồng chí, câu hỏi số {number} về {rng.choice(_SYLLABLES)}?")
        label = "Đồng chí Lò Văn Thành" if number == 1 else "Đồng chí Thành"
        parts.append(f"{label}: {_paragraph(rng)}")
        parts.extend(_paragraph(rng) for _ in range(rng.randint(1, 4)))
        if number % 3 == 0:
            parts.append(f"Người dân bản Nà Lốc thu hoạch {rng.choice(_SYLLABLES)}. (Ảnh: Minh Hà)")
    parts += [
        "Phóng viên: Trân trọng cảm ơn đồng chí!",
        "Thực hiện: Minh Hà - Quàng Thu",
        "BÌNH LUẬN",
        "Bạn còn 500/500 ký tự",
        "Tin mới",
    ]
    return "\n\n".join(parts) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the result; the exit status is 0 either way."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--words", type=int, default=5000)
    parser.add_argument("--megabytes", type=float, default=5.0)
    args = parser.parse_args(argv)
    text = build_interview(args.words)
    result = parse_interview(text)  # warm-up, and a sanity check of the input
    turns = sum(1 for d in result.detections if d.kind.value == "turn")
    timings = []
    for _ in range(max(1, args.runs)):
        start = time.perf_counter()
        parse_interview(text)
        timings.append((time.perf_counter() - start) * 1000)
    median = statistics.median(timings)
    words = count_words(text)
    print(f"input: {words} words, {len(result.detections)} paragraphs, {turns} turns")
    print(
        f"parse_interview: median {median:.1f} ms over {len(timings)} runs "
        f"(min {min(timings):.1f}, max {max(timings):.1f})"
    )
    report(f"import of {words:,} words (parse_interview), median", median, BUDGET_MS)
    if args.megabytes > 0:
        bench_big(args.megabytes)
    return 0


def big_text(megabytes: float) -> str:
    """A pasted text of *megabytes* (UTF-8): interviews one after another."""
    size = int(megabytes * 1_000_000)
    text = build_interview(20_000)
    while len(text.encode("utf-8")) < size:
        text += "\n" + text
    return text.encode("utf-8")[:size].decode("utf-8", "ignore")


def bench_big(megabytes: float) -> None:
    """Report the parse time of *megabytes* of text, of half of it, and their ratio."""
    text = big_text(megabytes)
    half = text[: len(text) // 2]
    timings = {}
    for name, sample in (("half", half), ("full", text)):
        start = time.perf_counter()
        parse_interview(sample)
        timings[name] = time.perf_counter() - start
    ratio = timings["full"] / timings["half"]
    print(
        f"{megabytes:g} MB ({text.count(chr(10)):,} lines); in the import dialog this runs "
        "in the background with progress and a Stop button"
    )
    report(f"import of {megabytes:g} MB, parse", timings["full"], None, "s")
    report(f"import of half of {megabytes:g} MB, parse", timings["half"], None, "s")
    # About 2 when linear, about 4 when quadratic.
    report(f"import of {megabytes:g} MB: twice the text, times as long", ratio, 3, "×")


if __name__ == "__main__":
    raise SystemExit(main())
