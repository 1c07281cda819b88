"""The application password never reaches the log file, even when errors are logged in full."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from portal.errors import SiteError
from portal.wordpress import WordPressClient
from shell.logging_setup import configure_logging
from tests.portal.conftest import Peer

SECRET = "Lk9m Qw2e Rt5y Ui8o Pa3s Df6g"


def test_logged_site_errors_never_show_the_password(wp_peer: Peer, tmp_path: Path) -> None:
    log_file = configure_logging(tmp_path)
    log = logging.getLogger("newsdesk.test")
    try:
        for url in (wp_peer.base_url, "http://127.0.0.1:9"):
            with WordPressClient(url, wp_peer.user, SECRET, timeout=3) as client:
                with pytest.raises(SiteError) as raised:
                    client.create_comment(1, "thử")
                log.exception("sending failed: %s", raised.value, exc_info=raised.value)
                log.error("request with Authorization: Basic %s", "bmQ6c2VjcmV0")
    finally:
        for handler in logging.getLogger().handlers:
            handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "sending failed" in text
    assert SECRET not in text and SECRET.replace(" ", "") not in text
    assert "bmQ6c2VjcmV0" not in text  # the masking filter's second line of defence
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "newsdesk", False):
            root.removeHandler(handler)
            handler.close()
