"""Which outbox item a drain sends next: order, items already tried, blocked subjects."""

from __future__ import annotations

from portal.accounts import Accounts, PasswordVault
from portal.outbox import Outbox, OutboxState, enqueue, queued_in, unfinished_in
from storage.database import Store


def _queue(store: Store, site_id: int, subjects: list[int]) -> list[int]:
    with store.transaction() as session:
        return [
            enqueue(
                session,
                site_id=site_id,
                kind="touch",
                subject_type="comment",
                subject_id=subject,
                payload={"n": number},
            ).id
            for number, subject in enumerate(subjects)
        ]


def test_a_long_pass_skips_every_item_it_already_tried(store: Store) -> None:
    site_id = Accounts(store, PasswordVault()).add("Báo thử", "http://127.0.0.1:9", "a", "").id
    ids = _queue(store, site_id, list(range(30)))
    outbox = Outbox(store)
    tried = ids[:25]  # more than one batch of the claim query, still pending and due
    entry = outbox.claim_next(site_id, exclude=tried)
    assert entry is not None and entry.id == ids[25]
    assert entry.state is OutboxState.SENDING and entry.attempts == 1
    assert outbox.claim_next(site_id, exclude=ids) is None


def test_an_item_waits_behind_an_unfinished_one_of_its_subject(store: Store) -> None:
    site_id = Accounts(store, PasswordVault()).add("Báo thử", "http://127.0.0.1:9", "a", "").id
    first, second, other = _queue(store, site_id, [7, 7, 8])
    outbox = Outbox(store)
    claimed = outbox.claim_next(site_id)
    assert claimed is not None and claimed.id == first
    outbox.fail(first, "refused")  # failed: unfinished, so it still holds its subject back
    claimed = outbox.claim_next(site_id)
    assert claimed is not None and claimed.id == other
    outbox.complete(other)
    assert outbox.claim_next(site_id) is None
    outbox.discard([first])
    claimed = outbox.claim_next(site_id)
    assert claimed is not None and claimed.id == second
    assert outbox.get(first) is None and outbox.counts(site_id)[OutboxState.DONE] == 1


def test_queued_in_reads_what_unfinished_in_reads_for_one_kind(store: Store) -> None:
    """The decision path's fast read agrees with the general helper: same items, same order."""
    site_id = Accounts(store, PasswordVault()).add("Báo thử", "http://127.0.0.1:9", "a", "").id
    first, second, done, other_subject = _queue(store, site_id, [3, 3, 3, 4])
    with store.transaction() as session:
        enqueue(
            session,
            site_id=site_id,
            kind="reply",  # another kind of the same subject: not read
            subject_type="comment",
            subject_id=3,
            payload={},
        )
    outbox = Outbox(store)
    outbox.complete(done)  # sent: finished, not read
    outbox.fail(second, "refused")
    with store.session() as session:
        fast = queued_in(session, "comment", "touch", [3, 4, 5])
        general = unfinished_in(session, "comment", [3, 4, 5], kind="touch")
        assert queued_in(session, "comment", "touch", []) == {}
    assert fast == {
        3: [(first, OutboxState.PENDING), (second, OutboxState.FAILED)],
        4: [(other_subject, OutboxState.PENDING)],
    }
    assert fast == {
        subject: [(entry.id, entry.state) for entry in entries]
        for subject, entries in general.items()
    }


def test_a_pass_says_what_each_item_changed_as_it_goes(store: Store) -> None:
    from portal.outbox_worker import Job, drain
    from portal.wordpress import WordPressClient
    from storage.changes import Changes

    site_id = Accounts(store, PasswordVault()).add("Báo thử", "http://127.0.0.1:9", "a", "").id
    _queue(store, site_id, [1])
    with store.transaction() as session:
        enqueue(
            session,
            site_id=site_id,
            kind="touch",
            subject_type="interview",
            subject_id=7,
            payload={},
        )
    states: list[list[OutboxState]] = []

    def touch(job: Job) -> None:  # what the page would see while the item is sent
        states.append([e.state for e in Outbox(store).entries()])

    heard: list[Changes] = []
    with WordPressClient("http://127.0.0.1:9", "a", "p") as client:  # never asked
        report = drain(store, client, site_id, {"touch": touch}, on_changes=heard.append)
    assert report.sent == 2
    sending = Changes(outbox=True)
    assert heard == [
        sending,
        Changes(outbox=True, comments=True),
        sending,
        Changes(outbox=True, interviews=True, site_states=True),
    ]
    assert states[0][0] is OutboxState.SENDING  # "sending…" was said before the send
    assert report.changes == heard[1] | heard[3]
    # a pass with nothing to send says nothing
    heard.clear()
    with WordPressClient("http://127.0.0.1:9", "a", "p") as client:
        assert not drain(store, client, site_id, {"touch": touch}, on_changes=heard.append).changes
    assert heard == []
