"""Searching comments by phrase: quoted words side by side; unquoted ones ranked by it."""

from __future__ import annotations

import unicodedata

import pytest

from moderation.cache import store_page
from moderation.queues import CommentQueues, QueueFilter
from moderation.rules import RuleSet
from moderation.statuses import Queue
from portal.remote import RemoteComment
from storage.database import Store
from tests.moderation.conftest import remote

# Comments by remote id; the later the id, the newer the comment.
COMMENTS = {
    1: "Xã tôi đã chuyển đổi số xong, thủ tục nhanh hơn hẳn.",
    2: "Tôi trò chuyện với hàng xóm: giá lúa năm nay gấp đôi so với năm ngoái.",
    3: "Chuyển đổi số ở bản còn khó vì sóng điện thoại yếu.",
    4: "Trạm y tế xã Hòa Bình đón bác sĩ tuyến tỉnh.",
    5: "Bác sĩ về xã Hoà Bình mỗi tuần, đồng bào rất mừng.",
    6: "Cảm ơn tòa soạn, bài viết về chuyển giao đổi mới rất hay, số liệu rõ.",
}


@pytest.fixture
def queues(store: Store, site_id: int) -> CommentQueues:
    comments: list[RemoteComment] = [remote(i, text) for i, text in COMMENTS.items()]
    with store.transaction() as session:
        store_page(session, site_id, comments, RuleSet())
    return CommentQueues(store, site_id)


def _found(queues: CommentQueues, search: str, **options: object) -> list[int]:
    query = QueueFilter(Queue.ALL, search=search, **options)  # type: ignore[arg-type]
    rows = queues.page(query)
    assert queues.count(query) == len(rows)
    return [row.remote_id for row in rows]


def test_a_quoted_phrase_needs_the_words_side_by_side(queues: CommentQueues) -> None:
    assert _found(queues, '"chuyen doi so"') == [3, 1]  # newest first
    assert _found(queues, "“Chuyển đổi số”") == [3, 1]
    assert _found(queues, '"so doi chuyen"') == []


def test_unquoted_words_find_all_with_the_side_by_side_ones_first(queues: CommentQueues) -> None:
    # 6 and 2 are newer, but hold the words apart: after the phrase matches.
    assert _found(queues, "chuyen doi so") == [3, 1, 6, 2]
    assert _found(queues, "chuyen doi so", newest_first=False) == [1, 3, 2, 6]
    assert _found(queues, "chuyen") == [6, 3, 2, 1]  # one word: the queue's order


def test_a_ranked_search_pages_across_its_two_stages(queues: CommentQueues) -> None:
    query = QueueFilter(Queue.ALL, search="chuyen doi so")
    seen: list[int] = []
    after = None
    while True:
        page = queues.page(query, after=after, limit=1)
        if not page:
            break
        seen += [row.remote_id for row in page]
        after = page[-1]
    assert seen == [3, 1, 6, 2]
    two = queues.page(query, limit=3)
    assert [row.remote_id for row in two] == [3, 1, 6]
    assert [row.side_by_side for row in two] == [True, True, False]
    assert [row.remote_id for row in queues.page(query, after=two[-1], limit=3)] == [2]


def test_phrases_fold_tone_placement_d_and_nfd(queues: CommentQueues) -> None:
    assert _found(queues, '"xa hoa binh"') == [5, 4]  # "Hòa" and "Hoà" alike
    assert _found(queues, unicodedata.normalize("NFD", '"xã Hoà Bình"')) == [5, 4]
    assert _found(queues, '"DONG BAO"') == [5]
    assert _found(queues, '"đồng bào" "bac si"') == [5]


def test_the_author_filter_still_applies_to_both_stages(queues: CommentQueues) -> None:
    assert _found(queues, "chuyen doi so", author="Nguyễn Thị Lan") == [3, 1, 6, 2]
    assert _found(queues, "chuyen doi so", author="Trần Văn Ba") == []


@pytest.mark.parametrize(
    "typed",
    ['"chuyen doi', "NEAR(chuyen so)", "chuyen AND doi NOT so", "author:lan", "-so* ^doi", '"'],
)
def test_hostile_searches_never_raise(queues: CommentQueues, typed: str) -> None:
    rows = queues.page(QueueFilter(Queue.ALL, search=typed))
    assert queues.count(QueueFilter(Queue.ALL, search=typed)) == len(rows)


def test_a_ranked_search_with_nothing_side_by_side_lists_and_pages_in_queue_order(
    queues: CommentQueues,
) -> None:
    assert _found(queues, "so doi chuyen") == [6, 3, 2, 1]
    query = QueueFilter(Queue.ALL, search="so doi chuyen")
    seen: list[int] = []
    after = None
    while page := queues.page(query, after=after, limit=1):
        seen += [row.remote_id for row in page]
        after = page[-1]
    assert seen == [6, 3, 2, 1]
