"""The site's revisions of a published interview, read and diffed (against both peers)."""

from __future__ import annotations

import pytest

from editor.publishing import PublishMode, request_publish
from editor.site_revisions import NotOnSite, read_site_revisions
from editor.version_diff import Change, diff_documents
from portal.errors import NotFound, SiteUnreachable
from portal.remote import PostInput
from portal.wordpress import WordPressClient
from tests.editor.conftest import sample_document
from tests.editor.test_publishing import Desk, desk, site

__all__ = ["desk", "site"]  # the fixtures, shared with the publishing tests


def test_the_sites_revisions_come_back_as_interviews_and_diff_by_syllable(desk: Desk) -> None:
    interview_id = desk.repository.create(sample_document("Đường về bản")).id
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.DRAFT)
    assert desk.drain().sent == 1
    # Creating keeps no revision; the first update does (WordPress 6.1), then the editor's.
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert desk.drain().sent == 1
    post_id = desk.publication(interview_id).post_id or 0
    content = desk.client.get_post(post_id).content
    edited = content.replace("Bà con đi chợ nhanh hơn.", "Bà con đi chợ nhanh hơn nhiều.")
    assert edited != content
    desk.client.update_post(post_id, PostInput(content=edited))

    revisions = read_site_revisions(desk.store, desk.client, desk.account.id, interview_id)

    assert len(revisions) >= 2
    newest, before = revisions[0], revisions[1]
    assert newest.document.title == "Đường về bản"
    assert newest.author == desk.client.me().name
    assert newest.saved_at is not None
    changed = [part for part in diff_documents(before.document, newest.document) if part.changed]
    assert len(changed) == 1
    assert changed[0].right_label == "Ông Lò Văn Minh"
    added = "".join(p.text for p in changed[0].right if p.change is Change.ADDED)
    assert added.strip() == "nhiều"


def test_an_interview_never_sent_has_no_site_revisions(desk: Desk) -> None:
    interview_id = desk.repository.create(sample_document("Chưa gửi")).id
    with pytest.raises(NotOnSite):
        read_site_revisions(desk.store, desk.client, desk.account.id, interview_id)


def test_a_post_deleted_on_the_site_is_reported(desk: Desk) -> None:
    interview_id = desk.repository.create(sample_document("Bị xóa trên web")).id
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.DRAFT)
    assert desk.drain().sent == 1
    desk.client.delete_post(desk.publication(interview_id).post_id or 0, force=True)
    with pytest.raises(NotFound):
        read_site_revisions(desk.store, desk.client, desk.account.id, interview_id)


def test_offline_is_reported(desk: Desk) -> None:
    interview_id = desk.repository.create(sample_document("Ngoại tuyến")).id
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.DRAFT)
    assert desk.drain().sent == 1
    offline = WordPressClient("http://127.0.0.1:9", "toasoan", "x y z", timeout=2)
    with offline, pytest.raises(SiteUnreachable):
        read_site_revisions(desk.store, offline, desk.account.id, interview_id)
