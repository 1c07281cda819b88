"""Why an outbox item stopped is kept as a record the interface can translate later."""

from __future__ import annotations

import pytest

from portal.accounts import Accounts, PasswordVault
from portal.errors import (
    NotFound,
    PermissionDenied,
    RateLimited,
    SiteError,
    error_from_record,
    error_record,
)
from portal.outbox import Outbox, OutboxState, enqueue
from storage.database import Store


def test_a_stored_error_comes_back_as_the_same_kind_with_the_sites_words(store: Store) -> None:
    site = Accounts(store, PasswordVault()).add("Báo thử", "http://127.0.0.1:9", "bt", "p w")
    with store.transaction() as session:
        item = enqueue(
            session, site_id=site.id, kind="k", subject_type="s", subject_id=1, payload={}
        ).id
    refused = PermissionDenied(status=403, code="rest_cannot_edit", site_message="Xin lỗi, bạn…")
    Outbox(store).fail(item, error_record(refused))
    entry = Outbox(store).get(item)
    assert entry is not None and entry.state is OutboxState.FAILED
    assert isinstance(entry.error, PermissionDenied)
    assert (entry.error.status, entry.error.code) == (403, "rest_cannot_edit")
    assert entry.error.site_message == "Xin lỗi, bạn…"
    # Code that only wants a sentence still gets one, never the stored JSON.
    assert entry.last_error == refused.user_message


@pytest.mark.parametrize(
    "stored",
    [
        None,
        "",
        "The site refused (written by an older Newsdesk).",
        "{not json",
        '{"kind": "NotFound"}',  # no record mark: not ours
        '["newsdesk-site-error"]',
    ],
)
def test_anything_else_is_left_as_plain_text(stored: str | None) -> None:
    assert error_from_record(stored) is None


def test_an_unknown_kind_or_hostile_fields_give_a_plain_site_error() -> None:
    record = (
        '{"newsdesk-site-error": 1, "kind": "os.system", "message": 5, "status": true,'
        ' "code": ["x"], "site_message": "Trang nói"}'
    )
    error = error_from_record(record)
    assert type(error) is SiteError
    assert error.message == SiteError.default_message
    assert (error.status, error.code, error.site_message) == (None, None, "Trang nói")


def test_subclasses_round_trip_by_name() -> None:
    for error in (NotFound(code="rest_post_invalid_id"), RateLimited(status=429)):
        back = error_from_record(error_record(error))
        assert type(back) is type(error) and back is not None
        assert (back.code, back.status) == (error.code, error.status)


def test_a_forbidden_status_inside_a_400_is_read_as_the_refusal_it_is() -> None:
    import json

    from requests.structures import CaseInsensitiveDict

    from portal.errors import AuthenticationFailed, error_from_answer

    def answer(inner_status: int) -> SiteError:
        body = {
            "code": "rest_invalid_param",
            "message": "Invalid parameter(s): status",
            "data": {
                "status": 400,
                "params": {"status": "Status is forbidden."},
                "details": {
                    "status": {
                        "code": "rest_forbidden_status",
                        "message": "Status is forbidden.",
                        "data": {"status": inner_status},
                    }
                },
            },
        }
        headers = CaseInsensitiveDict({"Content-Type": "application/json"})
        return error_from_answer(400, headers, json.dumps(body).encode(), lambda text: text)

    refused = answer(403)  # an account without the right: WordPress 6.1's answer
    assert isinstance(refused, PermissionDenied)
    assert (refused.code, refused.status) == ("rest_forbidden_status", 400)
    assert isinstance(answer(401), AuthenticationFailed)  # not logged in at all
