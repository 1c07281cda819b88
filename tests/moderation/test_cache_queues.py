"""The comment cache and the queues read from it: upserts, search, filters, keyset pages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select, text

from moderation.cache import store_page, store_post
from moderation.decisions import decide
from moderation.queues import CommentQueues, QueueFilter
from moderation.rules import RuleKind, RuleSet
from moderation.statuses import Action, Queue
from portal.accounts import Accounts, PasswordVault
from portal.remote import RemotePost
from storage.database import Store
from storage.models import CachedComment
from tests.moderation.conftest import remote

RULES = RuleSet(banned_words=("đểu",), watch_words=("tham nhũng",)).normalised()


def put(store: Store, site_id: int, *comments: object) -> None:
    with store.transaction() as session:
        store_page(session, site_id, list(comments), RULES)  # type: ignore[arg-type]


def article(post_id: int, title: str) -> RemotePost:
    return RemotePost(
        id=post_id,
        slug=f"bai-{post_id}",
        status="publish",
        link=f"https://baobinhlam.example/bai-{post_id}/",
        title=title,
        content="",
        excerpt="",
        date_gmt=None,
        modified_gmt=None,
    )


def test_pulling_the_same_comment_again_updates_it_in_place(store: Store, site_id: int) -> None:
    put(store, site_id, remote(7, "Bản đầu tiên của ý kiến.", status="hold"))
    put(store, site_id, remote(7, "Bản đã sửa của ý kiến.", status="approved"))
    queues = CommentQueues(store, site_id)
    assert queues.counts()[Queue.ALL] == 1
    row = queues.page(QueueFilter(Queue.APPROVED))[0]
    assert (row.remote_id, row.excerpt, row.status) == (7, "Bản đã sửa của ý kiến.", "approved")
    # the search index follows the edit
    assert queues.count(QueueFilter(Queue.ALL, search="da sua")) == 1
    assert queues.count(QueueFilter(Queue.ALL, search="dau tien")) == 0


def test_two_sites_may_have_the_same_comment_id(store: Store, site_id: int) -> None:
    other = Accounts(store, PasswordVault()).add("Báo khác", "http://127.0.0.1:9", "b", "").id
    put(store, site_id, remote(1, "Ở trang thứ nhất."))
    put(store, other, remote(1, "Ở trang thứ hai."))
    assert CommentQueues(store, site_id).page(QueueFilter(Queue.ALL))[0].excerpt == (
        "Ở trang thứ nhất."
    )
    assert CommentQueues(store, other).page(QueueFilter(Queue.ALL))[0].excerpt == (
        "Ở trang thứ hai."
    )


def test_search_ignores_case_and_diacritics_including_d(store: Store, site_id: int) -> None:
    put(
        store,
        site_id,
        remote(1, "Đường lên bản Mông đã được ĐỔ BÊ TÔNG."),
        remote(2, "Cảm ơn phóng viên đã đưa tin.", author_name="Đặng Văn Đức"),
        remote(3, "Mong Sở Giao thông sớm sửa cầu treo."),
    )
    queues = CommentQueues(store, site_id)

    def found(**filters: object) -> list[int]:
        query = QueueFilter(Queue.ALL, **filters)  # type: ignore[arg-type]
        return sorted(row.remote_id for row in queues.page(query))

    assert found(search="duong len") == [1]
    assert found(search="đường LÊN") == [1]
    assert found(search="do be tong") == [1]
    assert found(search="cam") == [2]  # word prefixes
    assert found(search="dang van duc") == [2]  # the author is searched too
    assert found(search="mong") == [1, 3]
    assert found(search="mong cau") == [3]  # every word must occur
    assert found(search="!!!") == []
    assert found(author="duc") == [2]
    assert found(author="đặng", search="phong vien") == [2]
    assert found(author="nguyen thi") == [1, 3]
    assert queues.count(QueueFilter(Queue.ALL, search="mong")) == 2


def test_queues_filter_by_state_article_author_and_date(store: Store, site_id: int) -> None:
    base = datetime(2025, 5, 1, tzinfo=UTC)
    put(
        store,
        site_id,
        remote(1, "Chờ duyệt ở bài một.", status="hold", post=11, date=base),
        remote(2, "Đã duyệt ở bài một.", status="approved", post=11, date=base + timedelta(1)),
        remote(3, "Quảng cáo rác ở bài hai.", status="spam", post=12, date=base + timedelta(2)),
        remote(4, "Bị xóa ở bài hai.", status="trash", post=12, date=base + timedelta(3)),
        remote(
            5,
            "Chuyện tham nhũng ở xã cần làm rõ.",
            status="hold",
            post=12,
            date=base + timedelta(4),
            author_email="hung@example.net",
            author_name="Hùng",
        ),
    )
    with store.transaction() as session:
        store_post(session, site_id, 11, article(11, "Mùa mận Mộc Châu"))
        store_post(session, site_id, 12, article(12, "Ăn Tết ở bản"))
    queues = CommentQueues(store, site_id)

    def ids(query: QueueFilter) -> list[int]:
        return [row.remote_id for row in queues.page(query)]

    assert ids(QueueFilter(Queue.PENDING)) == [5, 1]  # newest first
    assert ids(QueueFilter(Queue.PENDING, newest_first=False)) == [1, 5]
    assert ids(QueueFilter(Queue.FLAGGED)) == [5]
    assert ids(QueueFilter(Queue.APPROVED)) == [2]
    assert ids(QueueFilter(Queue.SPAM)) == [3]
    assert ids(QueueFilter(Queue.TRASH)) == [4]
    assert ids(QueueFilter(Queue.ALL)) == [5, 4, 3, 2, 1]
    assert ids(QueueFilter(Queue.ALL, post_id=11)) == [2, 1]
    assert ids(QueueFilter(Queue.ALL, since=base + timedelta(2))) == [5, 4, 3]
    assert ids(QueueFilter(Queue.ALL, until=base + timedelta(2))) == [2, 1]
    assert ids(QueueFilter(Queue.ALL, author="hung")) == [5]
    assert queues.counts() == {
        Queue.PENDING: 2,
        Queue.FLAGGED: 1,
        Queue.APPROVED: 1,
        Queue.SPAM: 1,
        Queue.TRASH: 1,
        Queue.ALL: 5,
    }
    assert [a.title for a in queues.articles()] == ["Ăn Tết ở bản", "Mùa mận Mộc Châu"]
    first = queues.page(QueueFilter(Queue.ALL))[0]
    assert first.article == "Ăn Tết ở bản"
    assert [(r.kind, r.detail) for r in first.flags] == [(RuleKind.WATCH, "tham nhũng")]


def test_keyset_pages_cover_every_comment_once_in_order(store: Store, site_id: int) -> None:
    same_time = datetime(2025, 6, 1, 7, 30, tzinfo=UTC)
    comments = [remote(i, f"Ý kiến số {i} của bạn đọc.", date=same_time) for i in range(1, 451)]
    for start in range(0, 450, 100):
        put(store, site_id, *comments[start : start + 100])
    queues = CommentQueues(store, site_id)
    query = QueueFilter(Queue.PENDING)
    seen: list[int] = []
    page = queues.page(query, limit=100)
    while page:
        seen.extend(row.remote_id for row in page)
        page = queues.page(query, after=page[-1], limit=100)
    assert seen == list(range(450, 0, -1))  # ties on the date are broken by id
    assert queues.count(query) == 450


def test_a_pull_keeps_a_decision_that_waits_to_be_sent(store: Store, site_id: int) -> None:
    put(store, site_id, remote(1, "Ý kiến đang chờ duyệt.", status="hold"))
    queues = CommentQueues(store, site_id)
    comment_id = queues.page(QueueFilter(Queue.ALL))[0].id
    assert decide(store, site_id, [comment_id], Action.APPROVE, "Lan") is not None
    put(store, site_id, remote(1, "Ý kiến đang chờ duyệt.", status="hold"))
    with store.session() as session:
        row = session.get(CachedComment, comment_id)
        assert row is not None
        assert (row.status, row.site_status) == ("approved", "hold")
    listed = queues.page(QueueFilter(Queue.APPROVED))
    assert [(r.id, r.sync_state, r.waiting) for r in listed] == [(comment_id, "pending", True)]


def test_hostile_text_is_stored_clean_and_excerpts_stay_one_short_line(
    store: Store, site_id: int
) -> None:
    hostile = (
        "\u202eTin\x00 giả\x1b[31m <script>alert('x')</script>\r\n\r\nDòng hai " + "à" * 100_000
    )
    put(store, site_id, remote(1, hostile, author_name="Kẻ\x07 phá\u202e"))
    with store.session() as session:
        row = session.scalars(select(CachedComment)).one()
        assert "\x00" not in row.content and "\x1b" not in row.content and "\r" not in row.content
        assert "<script>alert('x')</script>" in row.content  # kept, as text
        assert len(row.content) > 100_000
        assert row.author_name == "Kẻ phá\u202e"
        indexed = session.execute(
            text("SELECT count(*) FROM comment_search WHERE comment_search MATCH 'script'")
        ).scalar_one()
    assert indexed == 1
    excerpt = CommentQueues(store, site_id).page(QueueFilter(Queue.ALL))[0].excerpt
    assert excerpt.startswith("Tin giả[31m <script>")
    assert "\n" not in excerpt and "\u202e" not in excerpt
    assert len(excerpt) <= 160 and excerpt.endswith("…")


def test_a_page_with_the_same_comment_twice_stores_it_once(store: Store, site_id: int) -> None:
    put(store, site_id, remote(3, "Lần một."), remote(3, "Lần hai, đã sửa."))
    with store.session() as session:
        assert session.execute(select(func.count()).select_from(CachedComment)).scalar_one() == 1


def test_searches_read_the_same_whichever_way_the_index_is_walked(
    store: Store, site_id: int
) -> None:
    """Rare and common words, counted and paged, before and after the queues were counted.

    Once the queues' sizes are known, a rare word is read from the text index and a
    common one along the queue's index; another site's comments match too and
    must stay out of both.
    """
    other = Accounts(store, PasswordVault()).add("Báo khác", "http://127.0.0.1:9", "b", "").id
    states = ["hold", "approved", "spam", "trash"]
    texts = {
        i: "Cầu treo qua suối đã xuống cấp." if i % 3 else "Giá chè năm nay thấp."
        for i in range(1, 241)
    }
    texts[17] = texts[200] = "Mong tòa soạn hỏi giúp về trường bán trú."
    for start in range(1, 241, 60):
        put(
            store,
            site_id,
            *[remote(i, texts[i], status=states[i % 4]) for i in range(start, start + 60)],
        )
    put(store, other, *[remote(i, texts[i]) for i in (17, 18, 21, 200)])
    queues = CommentQueues(store, site_id)

    def expected(word: str, queue: Queue) -> list[int]:
        status = {Queue.PENDING: "hold", Queue.APPROVED: "approved"}.get(queue)
        return [
            i
            for i in range(240, 0, -1)
            if word in texts[i] and (status is None or states[i % 4] == status)
        ]

    def paged(query: QueueFilter) -> list[int]:
        seen: list[int] = []
        page = queues.page(query, limit=25)
        while page:
            seen.extend(row.remote_id for row in page)
            page = queues.page(query, after=page[-1], limit=25)
        return seen

    for counted in (False, True):
        if counted:
            queues.counts()
        for search, word in (("truong ban tru", "trường"), ("cau treo", "Cầu"), ("che", "chè")):
            for queue in (Queue.ALL, Queue.PENDING, Queue.APPROVED):
                query = QueueFilter(queue, search=search)
                assert paged(query) == expected(word, queue), (counted, search, queue)
                assert queues.count(query) == len(expected(word, queue)), (counted, search)
        assert queues.count(QueueFilter(Queue.ALL, search="ca phe")) == 0
        assert queues.page(QueueFilter(Queue.ALL, search="ca phe")) == []
