"""The demo site itself: WordPress's shapes and quirks over raw HTTP, seeding, faults, CLI.

These tests run against their own demo site (not ``wp_peer``), so they run even
when the contract tests are pointed at a real WordPress.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import requests

from portal.devsite import DemoSite
from portal.devsite.seed import seed_site
from portal.devsite.store import CommentQuery, PostQuery, Store
from portal.devsite.wptext import to_db

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "Ab12 Cd34 Ef56 Gh78 Ij90 Kl12"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoSite]:
    with DemoSite(tmp_path_factory.mktemp("own") / "site.sqlite3") as demo:
        demo.add_user("bientap", app_password=PASSWORD)
        yield demo


@pytest.fixture(scope="module")
def http(site: DemoSite) -> Iterator[requests.Session]:
    with requests.Session() as session:
        session.auth = ("bientap", PASSWORD)
        yield session


def url(site: DemoSite, route: str) -> str:
    return f"{site.base_url}/wp-json/wp/v2{route}"


def _is_wp_error(answer: requests.Response, status: int, code: str) -> None:
    assert answer.status_code == status, answer.text
    body = answer.json()
    assert set(body) >= {"code", "message", "data"}
    assert body["code"] == code
    assert body["data"]["status"] == status


# -- seeding ------------------------------------------------------------------------


def _snapshot(path: Path, seed: int) -> list[tuple[Any, ...]]:
    store = Store(path)
    try:
        seed_site(store, seed=seed)
        rows, _ = store.query_comments(CommentQuery(statuses=None, type=None, limit=10_000))
        return [
            (c.id, c.post, c.parent, c.author_name, c.content, c.status, c.date_gmt) for c in rows
        ]
    finally:
        store.close()


def test_seeding_is_deterministic(tmp_path: Path) -> None:
    first = _snapshot(tmp_path / "a.sqlite3", 7)
    assert first == _snapshot(tmp_path / "b.sqlite3", 7)
    assert first != _snapshot(tmp_path / "c.sqlite3", 8)


def test_seed_has_every_state_replies_and_hostile_text(site: DemoSite) -> None:
    counts = site.store.count_comments()
    assert sum(counts.values()) >= 300
    for status in ("approved", "hold", "spam", "trash"):
        assert counts[status] > 10
    rows, _ = site.store.query_comments(CommentQuery(statuses=None, type=None, limit=10_000))
    assert sum(1 for c in rows if c.parent) > 10
    assert any(c.user_id for c in rows)  # the newsroom answers too
    texts = [c.content for c in rows]
    # Readers' markup as WordPress keeps it: the script tag gone (kses), its text kept.
    assert any("alert('xss')" in t for t in texts)
    assert not any("<script>" in t for t in texts)
    assert any("\x00" in t for t in texts)
    assert any("\u202e" in t for t in texts)
    assert any(len(t) > 2000 for t in texts)
    posts, _ = site.store.query_posts(PostQuery(statuses=None, limit=100))
    assert {"publish", "draft", "pending", "future"} <= {p.status for p in posts}


# -- WordPress's answers ------------------------------------------------------------------


def test_create_is_201_with_location_and_delete_trashes(
    site: DemoSite, http: requests.Session
) -> None:
    made = http.post(url(site, "/posts"), json={"title": "Mới", "status": "publish"}, timeout=10)
    assert made.status_code == 201
    post = made.json()
    assert made.headers["Location"].endswith(f"/wp-json/wp/v2/posts/{post['id']}")
    assert post["title"] == {"raw": "Mới", "rendered": "Mới"}
    assert post["content"]["protected"] is False
    assert {"date", "date_gmt", "modified", "modified_gmt", "link", "meta", "excerpt"} <= set(post)
    trashed = http.delete(url(site, f"/posts/{post['id']}"), timeout=10)
    assert trashed.status_code == 200
    assert trashed.json()["status"] == "trash"
    assert trashed.json()["slug"].endswith("__trashed")
    _is_wp_error(
        http.delete(url(site, f"/posts/{post['id']}"), timeout=10), 410, "rest_already_trashed"
    )
    gone = http.delete(url(site, f"/posts/{post['id']}"), params={"force": "true"}, timeout=10)
    assert gone.json()["deleted"] is True
    assert gone.json()["previous"]["id"] == post["id"]


def test_comment_status_filter_quirks(site: DemoSite, http: requests.Session) -> None:
    counts = site.store.count_comments()

    def total(status: str) -> int:
        answer = http.get(
            url(site, "/comments"), params={"status": status, "context": "edit"}, timeout=10
        )
        assert answer.status_code == 200
        return int(answer.headers["X-WP-Total"])

    assert total("approve") == counts["approved"]
    assert total("hold") == counts["hold"]
    assert total("spam") == counts["spam"]
    assert total("trash") == counts["trash"]
    assert total("all") == counts["approved"] + counts["hold"]
    assert total("any") == sum(counts.values())
    assert total("approved") == 0  # WP_Comment_Query has no "approved"
    assert total("hold,spam") == 0  # sanitize_key turns it into "holdspam"


def test_comment_pages_past_the_end_are_empty_but_posts_are_an_error(
    site: DemoSite, http: requests.Session
) -> None:
    past = http.get(url(site, "/comments"), params={"page": 999}, timeout=10)
    assert past.status_code == 200
    assert past.json() == []
    assert int(past.headers["X-WP-TotalPages"]) < 999
    _is_wp_error(
        http.get(url(site, "/posts"), params={"page": 999}, timeout=10),
        400,
        "rest_post_invalid_page_number",
    )


def test_invalid_parameters(site: DemoSite, http: requests.Session) -> None:
    for params in ({"per_page": 101}, {"per_page": 0}, {"page": "abc"}, {"orderby": "bogus"}):
        answer = http.get(url(site, "/comments"), params=params, timeout=10)
        _is_wp_error(answer, 400, "rest_invalid_param")
        assert answer.json()["data"]["params"]
    bad_json = http.post(
        url(site, "/posts"), data="{oops", headers={"Content-Type": "application/json"}, timeout=10
    )
    _is_wp_error(bad_json, 400, "rest_invalid_json")


def test_authentication_answers(site: DemoSite) -> None:
    anonymous = requests.get(url(site, "/users/me"), timeout=10)
    _is_wp_error(anonymous, 401, "rest_not_logged_in")
    # As in WordPress 6.1: bad credentials make the caller anonymous, nothing more.
    wrong = requests.get(url(site, "/posts"), auth=("bientap", "sai"), timeout=10)
    assert wrong.status_code == 200  # a public route answers as to anyone
    wrong_me = requests.get(url(site, "/users/me"), auth=("bientap", "sai"), timeout=10)
    _is_wp_error(wrong_me, 401, "rest_not_logged_in")
    unknown = requests.get(url(site, "/users/me"), auth=("ai-do", PASSWORD), timeout=10)
    _is_wp_error(unknown, 401, "rest_not_logged_in")
    by_email = requests.get(
        url(site, "/users/me"), auth=("bientap@example.com", PASSWORD), timeout=10
    )
    assert by_email.status_code == 200
    squeezed = requests.get(
        url(site, "/users/me"), auth=("bientap", PASSWORD.replace(" ", "")), timeout=10
    )
    assert squeezed.json()["slug"] == "bientap"
    edit = requests.get(url(site, "/comments"), params={"context": "edit"}, timeout=10)
    _is_wp_error(edit, 401, "rest_forbidden_context")
    held = requests.get(url(site, "/comments"), params={"status": "hold"}, timeout=10)
    _is_wp_error(held, 401, "rest_forbidden_param")
    drafts = requests.get(url(site, "/posts"), params={"status": "draft"}, timeout=10)
    _is_wp_error(drafts, 400, "rest_invalid_param")  # as WordPress 6.1: arguments first
    assert drafts.json()["data"]["details"]["status"]["code"] == "rest_forbidden_status"


def test_anonymous_comments_need_name_and_email(site: DemoSite) -> None:
    posts = requests.get(url(site, "/posts"), timeout=10).json()
    post_id = posts[0]["id"]
    missing = requests.post(
        url(site, "/comments"), json={"post": post_id, "content": "Ẩn danh"}, timeout=10
    )
    _is_wp_error(missing, 400, "rest_comment_author_data_required")
    only_name = requests.post(
        url(site, "/comments"),
        json={"post": post_id, "content": "Ẩn danh", "author_name": "Khách"},
        timeout=10,
    )
    _is_wp_error(only_name, 400, "rest_comment_author_data_required")
    ok = requests.post(
        url(site, "/comments"),
        json={
            "post": post_id,
            "content": "Bạn đọc mới gửi.",
            "author_name": "Khách",
            "author_email": "khach-moi@example.com",
        },
        timeout=10,
    )
    assert ok.status_code == 201
    assert ok.json()["status"] == "hold"  # a first-time commenter waits for moderation
    assert "author_email" not in ok.json()  # view context for anonymous callers
    empty = requests.post(
        url(site, "/comments"),
        json={
            "post": post_id,
            "content": "  ",
            "author_name": "K",
            "author_email": "k@example.com",
        },
        timeout=10,
    )
    _is_wp_error(empty, 400, "rest_comment_content_invalid")


def test_unknown_status_with_other_fields_is_ignored(
    site: DemoSite, http: requests.Session
) -> None:
    comments = http.get(
        url(site, "/comments"), params={"status": "hold", "context": "edit"}, timeout=10
    )
    first = comments.json()[0]
    answer = http.post(
        url(site, f"/comments/{first['id']}"),
        json={"status": "khong-biet", "content": "Đã sửa."},
        timeout=10,
    )
    assert answer.status_code == 200
    assert answer.json()["status"] == "hold"
    assert answer.json()["content"]["raw"] == "Đã sửa."


def test_method_override_fields_and_routes(site: DemoSite, http: requests.Session) -> None:
    made = http.post(url(site, "/posts"), json={"title": "Ghi đè"}, timeout=10).json()
    overridden = http.post(
        url(site, f"/posts/{made['id']}"), params={"_method": "DELETE"}, timeout=10
    )
    assert overridden.json()["status"] == "trash"
    trimmed = http.get(url(site, "/posts"), params={"_fields": "id,title.rendered"}, timeout=10)
    assert all(
        set(p) == {"id", "title"} and set(p["title"]) == {"rendered"} for p in trimmed.json()
    )
    _is_wp_error(http.get(url(site, "/khong-co"), timeout=10), 404, "rest_no_route")
    _is_wp_error(http.get(url(site, "/posts/abc"), timeout=10), 404, "rest_no_route")
    page = requests.get(f"{site.base_url}/khong-co-trang/", timeout=10)
    assert page.status_code == 404
    assert page.headers["Content-Type"].startswith("text/html")
    index = requests.get(f"{site.base_url}/wp-json/", timeout=10).json()
    assert "wp/v2" in index["namespaces"]


def test_upload_refusals(site: DemoSite, http: requests.Session) -> None:
    route = url(site, "/media")
    no_disposition = http.post(route, data=b"x", headers={"Content-Type": "image/png"}, timeout=10)
    _is_wp_error(no_disposition, 400, "rest_upload_no_content_disposition")
    bad_disposition = http.post(
        route,
        data=b"x",
        headers={"Content-Type": "text/plain", "Content-Disposition": "attachment"},
        timeout=10,
    )
    _is_wp_error(bad_disposition, 400, "rest_upload_invalid_disposition")
    empty = http.post(
        route,
        data=b"",
        headers={
            "Content-Type": "text/plain",
            "Content-Disposition": 'attachment; filename="a.txt"',
        },
        timeout=10,
    )
    _is_wp_error(empty, 400, "rest_upload_no_data")
    anonymous = requests.post(route, data=b"x", timeout=10)
    _is_wp_error(anonymous, 401, "rest_cannot_create")


def test_front_end_shows_readers_markup_only_as_wordpress_keeps_it(site: DemoSite) -> None:
    # A reader's "<script>" never reaches the store (kses, as on WordPress): its text does.
    rows, _ = site.store.query_comments(CommentQuery(statuses=["approved"], limit=10_000))
    hostile = next((c for c in rows if "alert('xss')" in c.content), None)
    if hostile is None:
        pytest.skip("no approved hostile comment in this seed")
    assert "<script" not in hostile.content
    post = site.store.get_post(hostile.post)
    assert post is not None
    page = requests.get(f"{site.base_url}/{post.slug}/", timeout=10)
    assert page.status_code == 200
    assert "alert(&#039;xss&#039;)" in page.text or "alert('xss')" in page.text
    assert "<script" not in page.text.lower()


def test_scheduled_posts_publish_when_due(site: DemoSite, http: requests.Session) -> None:
    made = http.post(
        url(site, "/posts"),
        json={"title": "Hẹn", "status": "future", "date_gmt": "2099-01-01T00:00:00"},
        timeout=10,
    ).json()
    assert made["status"] == "future"
    site.store.update_post(made["id"], {"date_gmt": to_db(datetime(2000, 1, 1, tzinfo=UTC))})
    again = http.get(url(site, f"/posts/{made['id']}"), params={"context": "edit"}, timeout=10)
    assert again.json()["status"] == "publish"


# -- faults over HTTP, for a site in another process -------------------------------------


def test_faults_endpoint(site: DemoSite, http: requests.Session) -> None:
    control = f"{site.base_url}/__devsite/faults"
    try:
        assert requests.post(control, json={"fail_next": 1, "fail_status": 503}, timeout=10).ok
        failed = http.get(url(site, "/posts"), timeout=10)
        assert failed.status_code == 503
        assert http.get(url(site, "/posts"), timeout=10).status_code == 200
        assert requests.post(control, json={"nonsense": 1}, timeout=10).status_code == 400
        assert requests.post(control, json={"latency": -1}, timeout=10).status_code == 400
        assert (
            requests.post(control, json={"garbage_next": 3}, timeout=10).json()["garbage_next"] == 3
        )
        requests.delete(control, timeout=10)
        assert requests.get(control, timeout=10).json()["garbage_next"] == 0
        assert http.get(url(site, "/posts"), timeout=10).status_code == 200
    finally:
        site.faults.clear()


# -- command line -------------------------------------------------------------------------


def _start_cli(args: list[str]) -> tuple[subprocess.Popen[str], dict[str, str]]:
    proc = subprocess.Popen(
        [sys.executable, "-u", "-m", "portal.devsite", "--port", "0", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    info: dict[str, str] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        key, sep, value = line.strip().partition(": ")
        if sep:
            info[key] = value
        if line.startswith("Press Ctrl+C"):
            break
    return proc, info


def _stop_cli(proc: subprocess.Popen[str]) -> None:
    proc.terminate()
    try:
        proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()


@pytest.mark.slow
def test_cli_accepts_exactly_the_given_credentials(tmp_path: Path) -> None:
    proc, info = _start_cli(
        [
            "--data",
            str(tmp_path / "cli.sqlite3"),
            "--user",
            "thuky",
            "--app-password",
            "ab cd ef",
            "--add-user",
            "bandoc:subscriber:xy zw",
        ]
    )
    try:
        base = info["URL"]
        assert base.startswith("http://127.0.0.1:")
        assert "Application password" not in info
        me = requests.get(f"{base}/wp-json/wp/v2/users/me", auth=("thuky", "abcdef"), timeout=10)
        assert me.status_code == 200
        wrong = requests.get(f"{base}/wp-json/wp/v2/users/me", auth=("thuky", "abcdeg"), timeout=10)
        assert wrong.status_code == 401
        other = requests.get(
            f"{base}/wp-json/wp/v2/users/me", auth=("bientap", "abcdef"), timeout=10
        )
        assert other.json()["code"] == "rest_not_logged_in"
        reader = requests.get(
            f"{base}/wp-json/wp/v2/users/me?context=edit", auth=("bandoc", "xyzw"), timeout=10
        )
        assert reader.json()["roles"] == ["subscriber"]
        seeded = requests.get(f"{base}/wp-json/wp/v2/comments", timeout=10)
        assert int(seeded.headers["X-WP-Total"]) > 0  # a new data file is seeded
    finally:
        _stop_cli(proc)
    assert proc.returncode == 0


@pytest.mark.slow
def test_cli_creates_an_editor_and_prints_its_password(tmp_path: Path) -> None:
    proc, info = _start_cli(["--data", str(tmp_path / "cli2.sqlite3"), "--no-seed"])
    try:
        base, user, password = info["URL"], info["User"], info["Application password"]
        assert len(password.replace(" ", "")) == 24
        me = requests.get(
            f"{base}/wp-json/wp/v2/users/me?context=edit", auth=(user, password), timeout=10
        )
        assert me.json()["roles"] == ["editor"]
        none = requests.get(f"{base}/wp-json/wp/v2/comments", timeout=10)
        assert none.headers["X-WP-Total"] == "0"
    finally:
        _stop_cli(proc)
