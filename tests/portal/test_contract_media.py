"""Contract tests for media: streamed upload, caption/alt/title, lookup, refusals."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import requests
from PIL import Image

from portal.devsite import DemoSite
from portal.errors import BadRequest, PermissionDenied, ServerError
from portal.remote import PostInput
from portal.wordpress import WordPressClient

Unique = Callable[[str], str]


def _png(path: Path, size: tuple[int, int] = (64, 48), *, noisy: bool = False) -> Path:
    if noisy:  # incompressible, so the file is really as big as its pixels
        image = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    else:
        image = Image.new("RGB", size, (200, 30, 30))
    image.save(path, format="PNG")
    return path


def test_upload_with_caption_alt_and_title(
    client: WordPressClient, tmp_path: Path, unique: Unique
) -> None:
    image = _png(tmp_path / "Ảnh hội nghị số 1.png")
    slug = unique("anh")
    media = client.upload_media(
        image,
        caption="Ông Lò Văn Tuấn trả lời phỏng vấn. Ảnh: Minh Hà",
        alt_text="Ông Tuấn ngồi bên bàn làm việc",
        title="Ảnh phỏng vấn",
        slug=slug,
    )
    assert media.id > 0
    assert media.slug == slug
    assert media.mime_type == "image/png"
    assert media.media_type == "image"
    assert (media.width, media.height) == (64, 48)
    assert media.caption == "Ông Lò Văn Tuấn trả lời phỏng vấn. Ảnh: Minh Hà"
    assert media.alt_text == "Ông Tuấn ngồi bên bàn làm việc"
    assert media.title == "Ảnh phỏng vấn"
    assert media.source_url.endswith(".png")
    assert "anh-hoi-nghi-so-1" in media.source_url  # an ASCII file name was sent
    download = requests.get(media.source_url, timeout=10)
    assert download.status_code == 200
    assert download.content == image.read_bytes()
    assert [m.id for m in client.find_media_by_slug(slug)] == [media.id]
    assert client.get_media(media.id).caption == media.caption


def test_update_media_fields_and_attach_as_featured_image(
    client: WordPressClient, tmp_path: Path, unique: Unique, track: Callable[[int], int]
) -> None:
    media = client.upload_media(_png(tmp_path / "a.png"))
    assert media.caption == ""
    changed = client.update_media(media.id, caption="Chú thích mới", alt_text="Mô tả mới")
    assert (changed.caption, changed.alt_text) == ("Chú thích mới", "Mô tả mới")
    post = client.create_post(
        PostInput(title="Có ảnh", content="x", featured_media=media.id, slug=unique("co-anh"))
    )
    track(post.id)
    assert post.featured_media == media.id


def test_upload_streams_the_open_file(
    client: WordPressClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Any] = []
    original = requests.Session.request

    def spy(self: requests.Session, method: str, url: str, **kwargs: Any) -> requests.Response:
        if method == "POST":
            seen.append(kwargs.get("data"))
        return original(self, method, url, **kwargs)

    monkeypatch.setattr(requests.Session, "request", spy)
    big = tmp_path / "big.pdf"
    with big.open("wb") as out:
        out.write(b"%PDF-1.4\n")
        for _ in range(64):
            out.write(b"0" * 65536)
    media = client.upload_media(big)
    assert isinstance(seen[0], io.BufferedReader)  # the file object, not its bytes
    assert media.filesize == big.stat().st_size
    assert media.media_type == "file"


def test_refused_file_type_is_not_retryable(client: WordPressClient, tmp_path: Path) -> None:
    script = tmp_path / "virus.exe"
    script.write_bytes(b"MZ\x90\x00")
    with pytest.raises(ServerError) as caught:
        client.upload_media(script)
    assert caught.value.code == "rest_upload_sideload_error"
    assert not caught.value.retryable


def test_subscriber_may_not_upload(subscriber_client: WordPressClient, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied) as caught:
        subscriber_client.upload_media(_png(tmp_path / "b.png"))
    assert caught.value.status == 403
    assert caught.value.code == "rest_cannot_create"


@pytest.mark.devsite
def test_fake_image_is_refused(
    client: WordPressClient, tmp_path: Path, demo_site: DemoSite
) -> None:
    fake = tmp_path / "not-really.jpg"
    fake.write_bytes(b"<?php echo 'hi'; ?>")
    with pytest.raises(ServerError) as caught:
        client.upload_media(fake)
    assert caught.value.code == "rest_upload_sideload_error"


@pytest.mark.devsite
def test_too_large_upload_gets_the_web_servers_413(tmp_path: Path) -> None:
    with DemoSite(tmp_path / "small.sqlite3", seed=False, max_upload_bytes=10_000) as site:
        account = site.add_user("bt")
        small = WordPressClient(site.base_url, account.login, account.app_password)
        with small, pytest.raises(BadRequest) as caught:
            small.upload_media(_png(tmp_path / "c.png", (200, 200), noisy=True))
    assert caught.value.status == 413
    assert caught.value.message == "The file is too large for the site."
