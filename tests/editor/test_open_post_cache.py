"""Opening a cached site post offline: one interview per post even when opened at once,
a clear error for a post the cache does not have, and an excerpt never pulled left to the site."""

from __future__ import annotations

import json
import threading

import pytest
from sqlalchemy import func, select

from editor.open_post import PostNotAvailable, open_site_post
from editor.publishing import publication_of
from editor.site_posts import GONE
from portal.accounts import Accounts, PasswordVault
from storage.database import Store
from storage.models import Interview, SitePost


def _site(store: Store) -> int:
    return Accounts(store, PasswordVault()).add("Báo thử", "https://bao.example", "u", "p").id


def _cache(store: Store, site_id: int, post_id: int, **fields: object) -> None:
    values: dict[str, object] = {
        "title": "Bài trên trang",
        "status": "publish",
        "content": "<p>" + "Nội dung dài. " * 5000 + "</p>",
        "excerpt": "",
        **fields,
    }
    with store.transaction() as session:
        session.add(SitePost(site_id=site_id, remote_id=post_id, **values))


def test_opening_one_post_from_four_threads_at_once_makes_one_interview(store: Store) -> None:
    site_id = _site(store)
    _cache(store, site_id, 7)
    results: list[int] = []
    threads = [
        threading.Thread(target=lambda: results.append(open_site_post(store, site_id, 7)))
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 4 and len(set(results)) == 1
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Interview)) == 1


@pytest.mark.parametrize("status", [None, GONE, "trash"])
def test_a_post_the_cache_does_not_have_is_a_clear_error(store: Store, status: str | None) -> None:
    site_id = _site(store)
    if status is not None:
        _cache(store, site_id, 8, status=status)
    with pytest.raises(PostNotAvailable) as error:
        open_site_post(store, site_id, 8)
    assert "pull the site's posts again" in error.value.user_message
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Interview)) == 0


def test_an_excerpt_never_pulled_is_left_to_the_site(store: Store) -> None:
    site_id = _site(store)
    _cache(store, site_id, 9, excerpt=None, tags=",3,5,", categories=",2,", featured_media=44)
    interview_id = open_site_post(store, site_id, 9)
    with store.session() as session:
        publication = publication_of(session, site_id, interview_id)
        assert publication is not None and publication.post_id == 9
        record = json.loads(publication.published_json or "{}")
    assert set(record["site_kept"]) == {"excerpt", "featured_media"}
    assert (record["tags"], record["categories"], record["featured_media"]) == ([3, 5], [2], 44)


def test_an_excerpt_that_is_not_the_lead_stays_the_sites(store: Store) -> None:
    site_id = _site(store)
    sapo = '<p class="sapo"><strong>Sapo trong bài.</strong></p>\n<p>Thân bài.</p>'
    _cache(store, site_id, 10, content=sapo, excerpt="Tóm tắt riêng của trang.")
    _cache(store, site_id, 11, content="<p>Thân bài.</p>", excerpt="Tóm tắt là sapo.")
    for post_id, kept in ((10, True), (11, False)):
        interview_id = open_site_post(store, site_id, post_id)
        with store.session() as session:
            publication = publication_of(session, site_id, interview_id)
            assert publication is not None
            record = json.loads(publication.published_json or "{}")
        assert ("excerpt" in record["site_kept"]) is kept
