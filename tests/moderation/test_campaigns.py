"""Campaign grouping: near-duplicates under other names, on several articles, found as one."""

from __future__ import annotations

import random

from moderation.campaigns import CampaignIndex, group, shingles, similarity
from tests.moderation.comment_generator import generate_with_campaigns, small_edit, strip_marks

MESSAGE = (
    "Bà con đừng mua đất ở dự án ven sông này, chủ đầu tư chưa có giấy phép xây dựng "
    "và đã bán cho nhiều người cùng một lô, hỏi ủy ban xã sẽ rõ"
)


def test_known_campaigns_are_found_whole_and_alone() -> None:
    comments = generate_with_campaigns(ordinary=600, campaigns=4, per_campaign=9, seed=8)
    found = group((c.id, c.text) for c in comments)
    campaign_of = {c.id: c.campaign for c in comments}
    expected = {frozenset(c.id for c in comments if c.campaign == number) for number in range(4)}
    assert {frozenset(members) for members in found} == expected
    # Each campaign spans names and articles, and some copies lost their diacritics.
    for members in found:
        copies = [c for c in comments if c.id in members]
        assert len({c.author for c in copies}) > 1 or len({c.article for c in copies}) > 1
        assert all(campaign_of[i] == campaign_of[members[0]] for i in members)


def test_removed_diacritics_and_small_edits_still_match() -> None:
    rng = random.Random(3)
    copies = [
        MESSAGE,
        strip_marks(MESSAGE),
        small_edit(MESSAGE, rng),
        small_edit(strip_marks(MESSAGE), rng),
        MESSAGE.upper(),
        MESSAGE.replace("dự án", "du an").replace("giấy phép", "giay phep"),
    ]
    index: CampaignIndex[int] = CampaignIndex()
    for number, text in enumerate(copies):
        index.add(number, text)
    assert index.groups() == [list(range(len(copies)))]
    assert index.group_size(3) == len(copies)
    assert similarity(sorted(shingles(MESSAGE)), sorted(shingles(strip_marks(MESSAGE)))) == 1.0


def test_ordinary_comments_on_one_article_and_short_ones_stay_apart() -> None:
    comments = generate_with_campaigns(ordinary=600, campaigns=0, per_campaign=0, seed=8)
    on_article = [c for c in comments if c.article == 1]
    assert len(on_article) >= 250
    assert group((c.id, c.text) for c in on_article) == []
    short = ["Hay quá", "Hay quá!", "Cảm ơn báo", "cam on bao", "Bài viết hay quá báo ơi"]
    assert group(enumerate(short)) == []


def test_grouping_is_incremental_a_later_copy_joins_the_group() -> None:
    index: CampaignIndex[str] = CampaignIndex()
    index.add("a", MESSAGE)
    index.add("b", "Con đường liên xã ngập sâu mỗi mùa mưa, mong sớm được nâng cấp cho bà con")
    assert index.groups() == []
    assert index.group_size("a") == 1
    index.add("c", strip_marks(MESSAGE))
    assert index.groups() == [["a", "c"]]
    index.add("d", small_edit(MESSAGE, random.Random(1)))
    assert index.group_of("d") == ["a", "c", "d"]
    index.add("a", "added twice: ignored")
    assert len(index) == 4
    assert index.group_of("unknown") == ["unknown"]
