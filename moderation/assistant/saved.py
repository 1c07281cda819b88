"""The trained assistant kept in the data folder: one versioned file per site.

``assistant/site-<id>.json.gz`` holds the weights, the threshold, the authors'
history and how many decisions it learnt from. It is written whole to a
temporary file and renamed over the old one, so a crash leaves the previous
model. A file from another format version, or one that cannot be read, counts
as no model (the assistant trains again); it never stops the app.
"""

from __future__ import annotations

import gzip
import json
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from moderation.assistant.explain import Push, explain
from moderation.assistant.features import extract
from moderation.assistant.model import Model
from moderation.assistant.training import History

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
FOLDER = "assistant"


@dataclass
class TrainedAssistant:
    """A model with the history it was trained with: what scores comments in the app."""

    model: Model
    history: History
    trained_with: int  # decisions it learnt from
    trained_at: datetime

    def features(self, text: str, author: str = "") -> Mapping[str, float]:
        """The features of a comment, with its author's history as trained."""
        return extract(text, self.history.of(author))

    def score(self, text: str, author: str = "") -> float:
        """How likely the comment is one not to publish (0 to 1)."""
        return self.model.score(self.features(text, author))

    def explain(self, text: str, author: str = "") -> list[Push]:
        """What weighed most on the comment's score."""
        return explain(self.model, self.features(text, author))

    def suggests_rejecting(self, score: float) -> bool:
        """Whether *score* is at or above the suggested threshold."""
        return score >= self.model.threshold


def model_path(data_dir: Path, site_id: int) -> Path:
    """Where the model of *site_id* is kept."""
    return data_dir / FOLDER / f"site-{int(site_id)}.json.gz"


def save(path: Path, assistant: TrainedAssistant) -> None:
    """Write *assistant* to *path* atomically (temporary file, then rename)."""
    approved, rejected = assistant.history.counts()
    document: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "trained_at": assistant.trained_at.isoformat(),
        "trained_with": assistant.trained_with,
        "bias": assistant.model.bias,
        "threshold": assistant.model.threshold,
        "counts": assistant.model.counts,
        "weights": assistant.model.weights,
        "authors": {"approved": approved, "rejected": rejected},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    with gzip.open(temporary, "wt", encoding="utf-8") as stream:
        json.dump(document, stream, ensure_ascii=False)
        stream.flush()
    with open(temporary, "rb") as raw:
        os.fsync(raw.fileno())
    os.replace(temporary, path)


def load(path: Path) -> TrainedAssistant | None:
    """The assistant kept at *path*; None when there is none or it cannot be used."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as stream:
            document = json.load(stream)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, EOFError) as error:
        log.warning("Assistant model %s unreadable, ignored: %s", path, error)
        return None
    try:
        if document.get("format") != FORMAT_VERSION:
            log.info("Assistant model %s of another format, ignored", path)
            return None
        model = Model(
            {str(k): float(v) for k, v in document["weights"].items()},
            float(document["bias"]),
            float(document["threshold"]),
            {str(k): int(v) for k, v in document["counts"].items()},
        )
        history = History.from_counts(
            document["authors"]["approved"], document["authors"]["rejected"]
        )
        trained_at = datetime.fromisoformat(document["trained_at"])
        return TrainedAssistant(
            model,
            history,
            int(document["trained_with"]),
            trained_at if trained_at.tzinfo else trained_at.replace(tzinfo=UTC),
        )
    except (AttributeError, KeyError, TypeError, ValueError) as error:
        log.warning("Assistant model %s malformed, ignored: %s", path, error)
        return None
