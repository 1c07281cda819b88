"""The moderation assistant: trained and evaluated on generated Vietnamese comments."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from moderation.assistant import saved
from moderation.assistant.explain import describe_feature, explain
from moderation.assistant.features import AuthorHistory, Signal, extract
from moderation.assistant.model import Example, Quality, train
from moderation.assistant.retrain import retrain_if_due, retrain_site
from moderation.assistant.training import (
    MIN_DECISIONS,
    RETRAIN_EVERY,
    Decision,
    History,
    TooFewDecisions,
    check_enough,
    retrain_due,
    site_decisions,
    train_on,
)
from moderation.cache import store_page
from moderation.rules import RuleSet
from storage.database import Store
from tests.moderation.comment_generator import GeneratedComment, generate
from tests.moderation.conftest import remote


class _Context:
    cancelled = False

    def __init__(self) -> None:
        self.reports: list[tuple[int, int]] = []

    def report_progress(self, done: int, total: int, message: str = "") -> None:
        self.reports.append((done, total))


def _decisions(comments: list[GeneratedComment]) -> list[Decision]:
    return [Decision(c.text, c.label != "approve", f"email:{c.email}") for c in comments]


@pytest.fixture(scope="module")
def generated() -> list[GeneratedComment]:
    return generate(1600, seed=41)


def test_trained_on_half_it_finds_spam_and_abuse_in_the_other_half(
    generated: list[GeneratedComment],
) -> None:
    training, held_out = generated[:800], generated[800:]
    model, history = train_on(_decisions(training))
    scores = [model.score(extract(c.text, history.of(f"email:{c.email}"))) for c in held_out]
    quality = Quality.count(scores, [c.label != "approve" for c in held_out], model.threshold)
    # 2% of the generated labels are wrong on purpose: perfection is impossible.
    assert quality.precision >= 0.9
    assert quality.recall >= 0.85
    assert 0.1 <= model.threshold <= 0.9


def test_abuse_typed_without_diacritics_and_teencode_score_high(
    generated: list[GeneratedComment],
) -> None:
    model, _history = train_on(_decisions(generated))
    for text in (
        "Do ngu, viet bai nhu vay ma cung dang",
        "nhục vl, cút đi",
        "Câm mồm đi bọn bồi bút",
    ):
        assert model.score(extract(text)) >= model.threshold, text
    for text in (
        "Khách du lịch khen lễ hội năm nay tổ chức chu đáo.",
        "Ngành giáo dục tỉnh nên quan tâm giáo viên vùng cao.",
        "Mong sớm sửa cây cầu cũ ở xã tôi, mùa mưa đi lại khó khăn.",
    ):
        assert model.score(extract(text)) < model.threshold, text


def test_the_explanation_names_the_features_of_the_comment(
    generated: list[GeneratedComment],
) -> None:
    model, _history = train_on(_decisions(generated))
    text = "Vay tiền nhanh không thế chấp, liên hệ zalo 0912 345 678 hoặc vaynhanh24h.xyz"
    features = extract(text)
    pushes = explain(model, features)
    assert pushes, "a spam comment must have reasons"
    assert all(push.feature in features for push in pushes)
    assert pushes[0].towards_rejecting
    names = {push.feature for push in explain(model, features, top=30)}
    assert {"s:phone", "s:chat_app", "s:link"} & names
    words = [push.describe() for push in pushes]
    assert all(word and ":" not in word for word in words), words
    assert describe_feature("s:phone") == "a phone number"
    assert describe_feature("w:vay") == "the word “vay”"
    assert describe_feature("c:<ng") == "the letters “ng”"


def test_features_read_phones_chat_handles_and_links_in_their_usual_spellings() -> None:
    for text in ("gọi 0912 345 678 nhé", "goi 0912.345.678", "so +84912345678", "0912-345-678"):
        assert "s:phone" in extract(text), text
    for text in ("zalo 0912345678", "ib zalo: 09 1234 5678", "nhắn tele @kiemtien99"):
        assert "s:chat_app" in extract(text), text
    assert "s:link" in extract("xem tại https://vaynhanh.xyz/a")
    assert "s:link" in extract("vào vaynhanh.xyz đi")
    ordinary = extract("Năm 2024 đường số 5 đã được sửa, cảm ơn báo.")
    assert not {"s:phone", "s:chat_app", "s:link"} & set(ordinary)


def test_the_folded_form_alone_does_not_decide_marks_are_kept_where_typed() -> None:
    travel = extract("Đi du lịch biển")
    education = extract("ngành giáo dục")
    insult = extract("đụ má")
    assert "w:du" in travel and "a:đụ" not in travel
    assert "a:đụ" in insult and "a:đụ" not in travel
    assert "w:du" not in education  # "dục" is its own syllable, folded "duc"
    assert "w:duc" in education


def test_the_author_history_is_a_feature_and_leaves_the_comment_itself_out() -> None:
    history = History(
        [
            Decision("a", True, "email:x@vn"),
            Decision("b", True, "email:x@vn"),
            Decision("c", False, ""),
        ]
    )
    assert history.of("email:x@vn") == AuthorHistory(0, 2)
    assert history.of("email:x@vn", leaving_out=True) == AuthorHistory(0, 1)
    assert history.of("") is None
    features = extract("Bài viết hay", AuthorHistory(0, 2))
    assert features["s:" + Signal.AUTHOR_REJECTED] > 0
    assert "s:" + Signal.AUTHOR_NEW in extract("Bài viết hay", AuthorHistory())


def test_too_few_decisions_are_said_instead_of_guessed() -> None:
    few = [Decision("Bài hay quá", False)] * (MIN_DECISIONS - 1) + [Decision("đồ ngu", True)]
    with pytest.raises(TooFewDecisions) as raised:
        check_enough(few)
    assert "1 rejected" in raised.value.user_message
    lopsided = [Decision("Bài hay quá", False)] * 200 + [Decision("đồ ngu", True)] * 3
    with pytest.raises(TooFewDecisions):
        train_on(lopsided)


def test_the_same_decisions_give_the_same_model(generated: list[GeneratedComment]) -> None:
    examples = [Example(extract(c.text), c.label != "approve") for c in generated[:300]]
    assert train(examples).weights == train(examples).weights


def test_the_model_file_round_trips_and_a_damaged_one_counts_as_none(
    generated: list[GeneratedComment], tmp_path: Path
) -> None:
    from storage.models import utc_now

    model, history = train_on(_decisions(generated[:400]))
    assistant = saved.TrainedAssistant(model, history, 400, utc_now())
    path = saved.model_path(tmp_path, 3)
    saved.save(path, assistant)
    loaded = saved.load(path)
    assert loaded is not None
    text, author = generated[5].text, f"email:{generated[5].email}"
    assert loaded.score(text, author) == pytest.approx(assistant.score(text, author))
    assert loaded.trained_with == 400
    assert loaded.model.threshold == model.threshold
    path.write_bytes(path.read_bytes()[:100])
    assert saved.load(path) is None
    with gzip.open(path, "wt", encoding="utf-8") as stream:
        stream.write('{"format": 99}')
    assert saved.load(path) is None
    assert saved.load(tmp_path / "absent.json.gz") is None


def _cache(store: Store, site_id: int, comments: list[GeneratedComment], start: int = 1) -> None:
    status = {"approve": "approved", "spam": "spam", "abuse": "trash"}
    with store.transaction() as session:
        store_page(
            session,
            site_id,
            [
                remote(
                    start + n,
                    c.text,
                    status=status[c.label],
                    author_name=c.author,
                    author_email=c.email,
                )
                for n, c in enumerate(comments)
            ],
            RuleSet(),
        )


def test_the_site_assistant_learns_from_the_cache_and_retrains_after_new_decisions(
    store: Store, site_id: int, tmp_path: Path, generated: list[GeneratedComment]
) -> None:
    _cache(store, site_id, generated[:20])
    context = _Context()
    with pytest.raises(TooFewDecisions):
        retrain_site(context, store, tmp_path, site_id)
    assert retrain_if_due(context, store, tmp_path, site_id) is None
    assert not saved.model_path(tmp_path, site_id).exists()

    _cache(store, site_id, generated[20:300], start=21)
    with store.session() as session:
        assert len(site_decisions(session, site_id)) == 300
    first = retrain_if_due(context, store, tmp_path, site_id)
    assert first is not None and first.trained_with == 300
    assert saved.model_path(tmp_path, site_id).exists()
    kept = retrain_if_due(context, store, tmp_path, site_id)  # nothing new: the same model
    assert kept is not None and kept.trained_at == first.trained_at
    assert kept.model.weights == first.model.weights

    _cache(store, site_id, generated[300 : 300 + RETRAIN_EVERY], start=301)
    second = retrain_if_due(context, store, tmp_path, site_id)
    assert second is not None and second.trained_with == 300 + RETRAIN_EVERY
    spam = "Vay tiền nhanh trong ngày, gọi ngay 0988 111 222"
    assert second.suggests_rejecting(second.score(spam))


def test_held_comments_are_not_decisions(store: Store, site_id: int) -> None:
    with store.transaction() as session:
        store_page(
            session,
            site_id,
            [remote(1, "Chờ duyệt", status="hold"), remote(2, "Đã duyệt rồi", status="approved")],
            RuleSet(),
        )
    with store.session() as session:
        assert [d.text for d in site_decisions(session, site_id)] == ["Đã duyệt rồi"]


def test_retrain_is_due_after_enough_new_decisions() -> None:
    assert not retrain_due(MIN_DECISIONS - 1, None)
    assert retrain_due(MIN_DECISIONS, None)
    assert not retrain_due(300 + RETRAIN_EVERY - 1, 300)
    assert retrain_due(300 + RETRAIN_EVERY, 300)


def test_the_site_assessment_scores_waiting_comments_and_counts_similar_ones(
    store: Store, site_id: int, tmp_path: Path, generated: list[GeneratedComment]
) -> None:
    from moderation.assistant.overview import assess_site

    _cache(store, site_id, generated[:300])
    retrain_site(_Context(), store, tmp_path, site_id)
    campaign = (
        "Mọi người ơi đừng tin bài báo này, sự thật là xã đã làm xong con đường từ lâu rồi, "
        "ai không tin cứ về hỏi bà con trong xóm"
    )
    waiting = [
        remote(1001, campaign, author_name="Lan", author_email="lan@vn.example"),
        remote(1002, campaign.replace("ơi", "oi"), author_name="Hùng", author_email="h@vn.example"),
        remote(1003, campaign.upper(), author_name="Tâm", author_email="t@vn.example", post=7),
        remote(1004, "Vay tiền nhanh không thế chấp, gọi ngay 0912 345 678 hoặc zalo"),
        remote(1005, "Cây cầu cũ ở xã tôi xuống cấp, mong tỉnh sớm sửa cho bà con đi lại."),
    ]
    with store.transaction() as session:
        store_page(session, site_id, waiting, RuleSet())
    from sqlalchemy import select

    from storage.models import CachedComment

    with store.session() as session:
        ids = dict(
            session.execute(
                select(CachedComment.remote_id, CachedComment.id).where(
                    CachedComment.remote_id > 1000
                )
            ).all()
        )
    assessment = assess_site(_Context(), store, tmp_path, site_id)
    assert assessment.similar(ids[1001]) == 3
    assert sorted(assessment.campaign(ids[1003])) == sorted(ids[r] for r in (1001, 1002, 1003))
    assert assessment.similar(ids[1005]) == 1
    spam, ordinary = assessment.score(ids[1004]), assessment.score(ids[1005])
    assert spam is not None and ordinary is not None and spam > ordinary
    assert assessment.why(ids[1004]) and assessment.why(ids[1004])[0].describe()
    decided = next(iter(ids.values())) - 1  # an approved comment of the history
    assert assessment.score(decided) is None  # only waiting comments are scored
