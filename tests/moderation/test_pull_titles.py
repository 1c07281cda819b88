"""Article titles on a pull: 100 articles a request, over real HTTP to the demo site."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests
from sqlalchemy import select

from moderation.queues import CommentQueues
from portal.devsite import DemoSite
from portal.errors import SiteError
from storage.models import CommentPost
from tests.moderation.conftest import Desk, reader_comment


class RouteCounter(Counter[str]):
    """GET requests the client sent, by REST route (``/wp/v2/posts``, ``/wp/v2/comments``)."""

    def __init__(self) -> None:
        super().__init__()
        self.includes: list[list[int]] = []


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> Iterator[RouteCounter]:
    counter = RouteCounter()
    original = requests.Session.request

    def spy(self: requests.Session, method: str, url: str, **kwargs: Any) -> requests.Response:
        params = kwargs.get("params") or {}
        route = params.get("rest_route") or urlsplit(url).path.split("/wp-json", 1)[-1]
        if method == "GET":
            counter[route] += 1
            if route == "/wp/v2/posts" and "include" in params:
                counter.includes.append([int(i) for i in params["include"].split(",")])
        return original(self, method, url, **kwargs)

    monkeypatch.setattr(requests.Session, "request", spy)
    yield counter


def add_articles(site: DemoSite, count: int, *, status: str = "publish") -> list[int]:
    """*count* new articles with one pending reader comment each; their ids."""
    when = datetime.now(UTC) - timedelta(days=1)
    ids = []
    for n in range(count):
        post = site.store.insert_post(
            {
                "type": "post",
                "author": 1,
                "date_gmt": when.strftime("%Y-%m-%d %H:%M:%S"),
                "modified_gmt": when.strftime("%Y-%m-%d %H:%M:%S"),
                "slug": f"tin-dia-phuong-{n}",
                "status": status,
                "title": f"Tin địa phương số {n + 1}: Đường về xã Hòa Bình",
                "content": "Nội dung.",
                "comment_status": "open",
            }
        )
        reader_comment(site, f"Cảm ơn bài viết số {n + 1}.", post=post.id, date=when)
        ids.append(post.id)
    return ids


def articles_commented(site: DemoSite) -> set[int]:
    """The articles the site's comments belong to."""
    found = set()
    for comment_id in range(1, 2000):
        comment = site.store.get_comment(comment_id)
        if comment is not None:
            found.add(comment.post)
    return found


def titles(desk: Desk) -> dict[int, str]:
    with desk.store.session() as session:
        return {row.remote_id: row.title for row in session.scalars(select(CommentPost))}


def test_the_first_pull_asks_for_100_titles_a_request(desk: Desk, sent: RouteCounter) -> None:
    new = add_articles(desk.site, 230)
    articles = articles_commented(desk.site)
    comments = sum(desk.site.store.count_comments().values())
    report = desk.pull()
    assert report.full and report.received == comments
    assert sent["/wp/v2/comments"] == math.ceil(comments / 100) == report.pages
    assert sent["/wp/v2/posts"] == math.ceil(len(articles) / 100)  # not one per article
    assert all(len(batch) <= 100 for batch in sent.includes)
    assert sorted(i for batch in sent.includes for i in batch) == sorted(articles)
    known = titles(desk)
    assert set(known) == articles
    assert known[new[0]] == "Tin địa phương số 1: Đường về xã Hòa Bình"
    assert known[new[-1]] == "Tin địa phương số 230: Đường về xã Hòa Bình"
    # the article filter offers them by title
    listed = {a.post_id: a.title for a in CommentQueues(desk.store, desk.account.id).articles()}
    assert listed[new[57]] == "Tin địa phương số 58: Đường về xã Hòa Bình"

    sent.clear()
    again = desk.pull()
    assert not again.full and sent["/wp/v2/posts"] == 0  # titles are fetched once


def test_titles_are_collected_across_small_comment_pages(desk: Desk, sent: RouteCounter) -> None:
    add_articles(desk.site, 120)
    articles = articles_commented(desk.site)
    comments = sum(desk.site.store.count_comments().values())
    desk.pull(per_page=20)
    assert sent["/wp/v2/comments"] == math.ceil(comments / 20)
    assert sent["/wp/v2/posts"] == math.ceil(len(articles) / 100)
    assert set(titles(desk)) == articles


def test_an_article_the_site_does_not_return_stays_untitled(desk: Desk, sent: RouteCounter) -> None:
    kept, gone = add_articles(desk.site, 2)
    desk.site.store.update_post(gone, {"status": "trash"})  # status=any leaves the trash out
    desk.pull()
    known = titles(desk)
    assert known[kept] == "Tin địa phương số 1: Đường về xã Hòa Bình"
    assert known[gone] == ""  # shown as "Article #ID"
    sent.clear()
    reader_comment(desk.site, "Bài này đâu rồi ạ?", post=gone)
    desk.pull()
    assert sent["/wp/v2/posts"] == 0  # not asked for again on every pull


def test_a_draft_is_titled_for_an_editor(desk: Desk) -> None:
    (draft,) = add_articles(desk.site, 1, status="draft")
    desk.pull()
    assert titles(desk)[draft] == "Tin địa phương số 1: Đường về xã Hòa Bình"


def test_an_account_that_may_not_list_drafts_gets_the_published_titles(
    desk: Desk, sent: RouteCounter
) -> None:
    """A comment moderator without ``edit_posts`` is refused ``status=any``: 403."""
    published = add_articles(desk.site, 1)[0]
    (draft,) = add_articles(desk.site, 1, status="draft")
    articles = articles_commented(desk.site)
    desk.site.faults.set(fail_next=1, fail_status=403, path_prefix="/wp/v2/posts")
    desk.pull()
    desk.site.faults.clear()
    assert sent["/wp/v2/posts"] == 1 + math.ceil(len(articles) / 100)  # once refused, then view
    known = titles(desk)
    assert known[published] == "Tin địa phương số 1: Đường về xã Hòa Bình"
    assert known[draft] == ""


def test_a_site_failing_on_titles_stops_the_pull_and_the_next_one_gets_them(
    desk: Desk, sent: RouteCounter
) -> None:
    desk.site.faults.set(fail_next=1, fail_status=503, path_prefix="/wp/v2/posts")
    with pytest.raises(SiteError):
        desk.pull()
    desk.site.faults.clear()
    report = desk.pull()
    assert report.full
    assert set(titles(desk)) == articles_commented(desk.site)
    assert "" not in titles(desk).values()
