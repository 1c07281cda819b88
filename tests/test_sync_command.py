"""``main.py sync`` as cron runs it: progress lines, exit codes, and a kill mid-way."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from sqlalchemy import select, update

from editor.plaintext_export import export_plain_text
from editor.publishing import PublishMode, request_publish
from editor.repository import InterviewRepository
from portal.accounts import Accounts, PasswordVault
from portal.devsite import DemoSite
from portal.errors import AuthenticationFailed
from portal.outbox import Outbox, OutboxState
from portal.remote import PostInput
from portal.wordpress import WordPressClient
from storage.database import open_store
from storage.models import Publication, Site
from tests.damaged_file import zero_page
from tests.editor.conftest import sample_document
from tests.file_keyring import FileKeyring
from tests.lost_answer_proxy import lost_answer_proxy

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "Cron 1111 2222 3333 4444 5555"


@pytest.fixture
def site(tmp_path: Path) -> Iterator[DemoSite]:
    demo = DemoSite(tmp_path / "site.sqlite3", seed=False)
    demo.add_user("cron", app_password=PASSWORD)
    demo.start()
    yield demo
    demo.stop()


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    keyring_file = tmp_path / "keyring.json"
    monkeypatch.setenv("NEWSDESK_TEST_KEYRING_FILE", str(keyring_file))
    keyring.set_keyring(FileKeyring())
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="tests.file_keyring.FileKeyring",
        NEWSDESK_TEST_KEYRING_FILE=str(keyring_file),
    )


def _profile(data_dir: Path, site: DemoSite, count: int) -> list[int]:
    store = open_store(data_dir / "newsdesk.db")
    try:
        account = Accounts(store, PasswordVault()).add("Báo thử", site.base_url, "cron", PASSWORD)
        repository = InterviewRepository(store)
        ids = []
        for number in range(count):
            interview_id = repository.create(sample_document(f"Bài cron số {number}")).id
            request_publish(store, interview_id, account.id, PublishMode.PUBLISH)
            ids.append(interview_id)
        return ids
    finally:
        store.close()


def _sync(data_dir: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "main.py", "--data-dir", str(data_dir), "sync"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_sync_sends_everything_and_exits_zero(
    tmp_path: Path, site: DemoSite, env: dict[str, str]
) -> None:
    data_dir = tmp_path / "profile"
    _profile(data_dir, site, 3)
    process = _sync(data_dir, env)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert "[3/3] publish_interview" in out
    assert "sent 3, failed 0" in out
    assert PASSWORD not in out + err


def test_sync_exits_non_zero_when_the_site_is_down(tmp_path: Path, env: dict[str, str]) -> None:
    data_dir = tmp_path / "profile"
    store = open_store(data_dir / "newsdesk.db")
    account = Accounts(store, PasswordVault()).add("Tắt", "http://127.0.0.1:9", "cron", PASSWORD)
    interview_id = InterviewRepository(store).create(sample_document()).id
    request_publish(store, interview_id, account.id, PublishMode.DRAFT)
    store.close()
    process = _sync(data_dir, env)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 1
    assert "offline" in err and "Traceback" not in err
    assert "1 change(s) still waiting" in out
    assert f"- Publish “{sample_document().title}”" in out  # which one, by its headline
    assert "Why: The site refused the connection." in out
    assert "What to do: Nothing to do: Newsdesk tries again by itself" in out


def test_sync_names_each_unsent_item_with_why_and_what_to_do(
    tmp_path: Path, site: DemoSite, env: dict[str, str]
) -> None:
    data_dir = tmp_path / "profile"
    first, second = _profile(data_dir, site, 2)
    process = _sync(data_dir, env)
    assert process.communicate(timeout=60) and process.returncode == 0
    store = open_store(data_dir / "newsdesk.db")
    try:
        with store.session() as session:
            slug = session.scalars(
                select(Publication.slug).where(Publication.interview_id == first)
            ).one()
        with WordPressClient(site.base_url, "cron", PASSWORD) as client:
            (post,) = client.find_posts_by_slug(slug)
            client.update_post(post.id, PostInput(title="Sửa trên trang tin"))
        account = Accounts(store, PasswordVault()).active()
        assert account is not None
        for interview_id in (first, first, second):
            request_publish(store, interview_id, account.id, PublishMode.PUBLISH)
    finally:
        store.close()
    process = _sync(data_dir, env)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 1, out + err
    assert "2 change(s) still waiting" in out
    conflict, blocked = out.split("- Publish “Bài cron số 0”")[1:]
    assert "Why: The post was changed on the site since Newsdesk last sent it." in conflict
    assert "What to do: It was changed on the site too" in conflict
    assert "Resolve conflict…" in conflict
    assert "Why: It waits for an earlier change of the same item (listed above)." in blocked
    assert "What to do: It goes out after the change above" in blocked
    assert "Bài cron số 1" not in out.split("still waiting")[1]  # that one went out
    assert "Traceback" not in err


def test_sync_without_a_site_explains(tmp_path: Path, env: dict[str, str]) -> None:
    process = _sync(tmp_path / "empty", env)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert err.strip() == "newsdesk: no site is configured."


def _posts_on(site: DemoSite) -> int:
    with site.store.transaction() as connection:
        return int(connection.execute("SELECT COUNT(*) FROM posts").fetchone()[0])


def test_a_site_stored_with_credentials_in_its_address_is_named_not_leaked(
    tmp_path: Path, site: DemoSite, env: dict[str, str]
) -> None:
    data_dir = tmp_path / "profile"
    _profile(data_dir, site, 1)
    store = open_store(data_dir / "newsdesk.db")
    with store.transaction() as session:  # as stored before addresses were checked
        address = site.base_url.replace("://", "://cron:lo5t-secret@")
        session.execute(update(Site).values(base_url=address))
    store.close()

    process = _sync(data_dir, env)
    out, err = process.communicate(timeout=60)

    assert process.returncode == 2, out + err
    assert "Traceback" not in err and "lo5t-secret" not in out + err
    assert err.strip().splitlines() == [
        "newsdesk: The address stored for Báo thử must be fixed in Preferences ▸ Sites: "
        "Leave the user name and password out of the address: enter the address alone "
        "(like https://example.vn) and the user name and application password in their "
        "own fields."
    ]
    assert _posts_on(site) == 0  # nothing was sent


def test_sync_refuses_a_damaged_database_and_writes_nothing_to_it(
    tmp_path: Path, site: DemoSite, env: dict[str, str]
) -> None:
    data_dir = tmp_path / "profile"
    _profile(data_dir, site, 2)
    path = data_dir / "newsdesk.db"
    zero_page(path, 3)
    before = path.read_bytes()

    process = _sync(data_dir, env)
    out, err = process.communicate(timeout=60)

    assert process.returncode == 2, out + err
    assert out == "" and "Traceback" not in err
    (line,) = err.strip().splitlines()
    assert line.startswith(f"newsdesk: The database {path} is damaged")
    assert path.read_bytes() == before
    assert _posts_on(site) == 0  # nothing was sent


@pytest.mark.slow
def test_killed_mid_outbox_then_restarted_nothing_lost_nothing_doubled(
    tmp_path: Path, site: DemoSite, env: dict[str, str]
) -> None:
    data_dir = tmp_path / "profile"
    ids = _profile(data_dir, site, 6)
    site.faults.set(latency=0.4)
    process = _sync(data_dir, env)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("[3/"):
            break
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)
    site.faults.clear()

    again = _sync(data_dir, env)
    out, err = again.communicate(timeout=120)
    assert again.returncode == 0, out + err

    store = open_store(data_dir / "newsdesk.db")
    try:
        with store.session() as session:
            publications = session.scalars(select(Publication)).all()
            slugs = {p.interview_id: (p.slug, p.post_id) for p in publications}
        counts = Outbox(store).counts()
    finally:
        store.close()
    assert counts[OutboxState.DONE] == len(ids)
    with WordPressClient(site.base_url, "cron", PASSWORD) as client:
        for interview_id in ids:
            slug, post_id = slugs[interview_id]
            found = client.find_posts_by_slug(slug)
            assert [post.id for post in found] == [post_id], slug


def test_the_data_folder_may_be_given_after_the_sub_command(
    tmp_path: Path, env: dict[str, str]
) -> None:
    interview = tmp_path / "phong-van.txt"
    interview.write_text(export_plain_text(sample_document("Bài nhập từ tệp")), encoding="utf-8")
    data_dir = tmp_path / "profile"
    process = subprocess.run(
        [
            sys.executable,
            "main.py",
            "import",
            str(interview),
            "--save",
            "--data-dir",
            str(data_dir),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert process.returncode == 0, process.stderr
    store = open_store(data_dir / "newsdesk.db")
    try:
        titles = [row.title for row in InterviewRepository(store).summaries()]
        assert titles == ["Bài nhập từ tệp"]
    finally:
        store.close()
    process = subprocess.run(
        [sys.executable, "main.py", "sync", "--data-dir", str(data_dir)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (process.returncode, process.stderr.strip()) == (2, "newsdesk: no site is configured.")


def test_sync_help_documents_the_exit_codes(env: dict[str, str]) -> None:
    process = subprocess.run(
        [sys.executable, "main.py", "sync", "--help"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert process.returncode == 0
    assert "exit status:" in process.stdout
    for code in ("0  everything was sent", "1  something was not sent", "2  nothing was tried"):
        assert code in process.stdout


def test_a_wrong_password_keeps_changes_waiting_until_cron_runs_with_the_right_one(
    tmp_path: Path, site: DemoSite, env: dict[str, str]
) -> None:
    data_dir = tmp_path / "profile"
    ids = _profile(data_dir, site, 4)
    store = open_store(data_dir / "newsdesk.db")
    try:
        vault = PasswordVault()
        account = Accounts(store, vault).active()
        assert account is not None
        vault.set(account, "Sai1 Sai2 Sai3 Sai4 Sai5 Sai6")  # revoked, or mistyped
    finally:
        store.close()

    refused = _sync(data_dir, env)
    out, err = refused.communicate(timeout=60)

    assert refused.returncode == 1
    assert "Traceback" not in err
    assert err.count("refused the application password") == 1  # once, not once per item
    assert "4 change(s) still waiting" in out
    store = open_store(data_dir / "newsdesk.db")
    try:
        entries = Outbox(store).entries()
        assert [entry.state for entry in entries] == [OutboxState.PENDING] * 4
        # Each waits for the password (the site says 401, or 400 to an anonymous caller asking
        # for unpublished posts: WordPress treats a wrong password as no login at all).
        assert all(isinstance(entry.error, AuthenticationFailed) for entry in entries)
        vault.set(account, PASSWORD)  # the editor puts the right password in the keyring
    finally:
        store.close()

    fixed = _sync(data_dir, env)
    out, err = fixed.communicate(timeout=60)

    assert fixed.returncode == 0, out + err
    assert "sent 4, failed 0, conflicts 0" in out
    store = open_store(data_dir / "newsdesk.db")
    try:
        counts = Outbox(store).counts()
        with store.session() as session:
            posted = {
                p.interview_id: (p.slug, p.post_id) for p in session.scalars(select(Publication))
            }
    finally:
        store.close()
    assert counts[OutboxState.DONE] == 4 and sum(counts.values()) == 4
    with WordPressClient(site.base_url, "cron", PASSWORD) as client:
        for interview_id in ids:
            slug, post_id = posted[interview_id]
            assert [post.id for post in client.find_posts_by_slug(slug)] == [post_id]


@pytest.mark.slow
def test_killed_after_the_site_saved_an_update_the_next_sync_recognises_it(
    tmp_path: Path, site: DemoSite, env: dict[str, str]
) -> None:
    data_dir = tmp_path / "profile"
    [interview_id] = _profile(data_dir, site, 1)
    first = _sync(data_dir, env)
    first.communicate(timeout=60)
    assert first.returncode == 0
    with lost_answer_proxy(site.base_url) as proxy:
        store = open_store(data_dir / "newsdesk.db")
        try:
            accounts = Accounts(store, PasswordVault())
            account = accounts.active()
            assert account is not None
            accounts.update(account.id, url=proxy.base_url, username="cron", password=None)
            repository = InterviewRepository(store)
            document = repository.get(interview_id).document
            document.title = "Tít sửa, tiến trình bị giết giữa chừng"
            repository.save_document(interview_id, document)
            request_publish(store, interview_id, account.id, PublishMode.PUBLISH)
            with store.session() as session:
                post_id = session.scalars(select(Publication.post_id)).one()
            assert post_id is not None
        finally:
            store.close()
        update = rf"/wp/v2/posts/{post_id}$"
        proxy.hold_next("POST", update)
        killed = _sync(data_dir, env)
        assert proxy.holding.wait(timeout=60)  # the site saved it; the answer is on its way
        killed.send_signal(signal.SIGKILL)
        killed.communicate(timeout=30)
        proxy.release()
        with WordPressClient(site.base_url, "cron", PASSWORD) as client:
            assert client.get_post(post_id).title == "Tít sửa, tiến trình bị giết giữa chừng"

        again = _sync(data_dir, env)
        out, err = again.communicate(timeout=60)

        assert again.returncode == 0, out + err
        assert "sent 1, failed 0, conflicts 0" in out
        assert proxy.sent("POST", update) == 1  # recognised, not sent a second time
