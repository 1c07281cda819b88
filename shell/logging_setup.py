"""Logging to a rotating file in the data folder, with secrets masked."""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE_NAME = "newsdesk.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5

_SECRET_PATTERNS = (
    re.compile(r"(Authorization['\"]?\s*[:=]\s*['\"]?)(Basic|Bearer)\s+[A-Za-z0-9+/=._-]+", re.I),
    re.compile(r"(password['\"]?\s*[:=]\s*['\"]?)[^\s'\",}]+", re.I),
)


class SecretMaskingFilter(logging.Filter):
    """Masks Authorization headers and password=… pairs in every log record.

    A second line of defence: code must not log secrets in the first place.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = message
        for pattern in _SECRET_PATTERNS:
            masked = pattern.sub(lambda match: match.group(1) + "***", masked)
        if masked != message:
            record.msg = masked
            record.args = None
        return True


def log_path(data_dir: Path) -> Path:
    """Where the log file of the profile in *data_dir* lives."""
    return data_dir / "logs" / LOG_FILE_NAME


def configure_logging(data_dir: Path, *, verbose: bool = False) -> Path:
    """Log to a rotating file in *data_dir* (and warnings to stderr); return the file's path."""
    path = log_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "newsdesk", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = RotatingFileHandler(
        path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    file_handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    file_handler.addFilter(SecretMaskingFilter())
    file_handler.newsdesk = True  # type: ignore[attr-defined]
    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    console.addFilter(SecretMaskingFilter())
    console.newsdesk = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    root.addHandler(console)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return path
