"""Peak memory and time of making the upload copy of a 60-megapixel photo.

Run: ``python benchmarks/bench_photo_upload.py``. For a 60-megapixel JPEG and
PNG (9000 x 6666 RGB; the JPEG with camera-like noise) it makes the upload copy (long edge
2560 px) in a fresh process and reports (``benchmarks.figures``) the
process's peak resident memory above what it used after start-up and the time
taken; it prints the size reached. A
whole 60-megapixel RGB picture is 180 MB; the JPEG path decodes it at half
scale (``Image.draft``), so its budget is :data:`JPEG_BUDGET_MB` (of which up
to 40 MB is the file itself, read whole to be checked). PNG cannot
be decoded at a reduced scale: its figure is shown for information, unjudged.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.figures import report  # noqa: E402

SIZE = (9000, 6666)
JPEG_BUDGET_MB = 160.0

_MAKE = """
import sys
from PIL import Image
size = (int(sys.argv[2]), int(sys.argv[3]))
if sys.argv[1].endswith(".jpg"):
    noise = Image.effect_noise(size, 40).convert("L")
    image = Image.merge("RGB", (noise, noise.transpose(Image.Transpose.FLIP_LEFT_RIGHT), noise))
    image.save(sys.argv[1], quality=90)
else:  # noise would not fit the 40 MB file limit as PNG: flat colours instead
    image = Image.new("RGB", size, (120, 80, 40))
    image.paste((20, 90, 200), (0, 0, size[0] // 3, size[1]))
    image.save(sys.argv[1])
"""

_MEASURE = """
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from editor.photo_upload import UploadOptions, encode_for_upload
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
photo = encode_for_upload(Path(sys.argv[1]), UploadOptions())
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"extra_mb": (peak - before) / 1024, "seconds": seconds,
                  "size": [photo.width, photo.height], "decoded": list(photo.decoded_size),
                  "bytes": len(photo.data)}))
"""


def _measure(path: Path) -> dict[str, object]:
    answer = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path), str(ROOT)],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, object] = json.loads(answer.stdout)
    return result


def main() -> int:
    """Make the photos, measure each in its own process, report the figures."""
    width, height = SIZE
    with tempfile.TemporaryDirectory() as folder:
        within = True
        for name in ("photo.jpg", "photo.png"):
            path = Path(folder) / name
            subprocess.run(
                [sys.executable, "-c", _MAKE, str(path), str(width), str(height)], check=True
            )
            figures = _measure(path)
            extra = float(str(figures["extra_mb"]))
            print(
                f"{name}: {width}x{height} ({width * height / 1e6:.1f} MP, "
                f"{path.stat().st_size / 1e6:.1f} MB) -> {figures['size']}, decoded at "
                f"{figures['decoded']}"
            )
            budget = JPEG_BUDGET_MB if name.endswith(".jpg") else None
            report(f"upload copy of {name}: peak memory above start", extra, budget, "MB")
            report(f"upload copy of {name}: time", float(str(figures["seconds"])), None, "s")
            within = within and (budget is None or extra <= budget)
    return 0 if within else 1


if __name__ == "__main__":
    raise SystemExit(main())
