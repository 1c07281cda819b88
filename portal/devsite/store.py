"""The demo site's data: one SQLite file, shaped like WordPress's own tables.

Posts and uploads share one table and one id sequence (``type`` is ``post`` or
``attachment``), as ``wp_posts`` does, so a media id is not a post id.
Comments keep WordPress's states (``approved``, ``hold``, ``spam``, ``trash``).
Times are stored as UTC ``YYYY-MM-DD HH:MM:SS`` text.

One connection (``check_same_thread=False``) guarded by a lock serves all of
the server's threads; each public method is one transaction.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from portal.devsite.auth import check_app_password, hash_app_password, new_salt
from portal.devsite.collation import search_key

_SCHEMA = """
CREATE TABLE IF NOT EXISTS options (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    role TEXT NOT NULL,
    registered_gmt TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS app_passwords (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    name TEXT NOT NULL,
    salt TEXT NOT NULL,
    hash TEXT NOT NULL,
    created_gmt TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS posts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    type TEXT NOT NULL DEFAULT 'post',
    author INTEGER NOT NULL DEFAULT 0,
    date_gmt TEXT NOT NULL,
    date_floating INTEGER NOT NULL DEFAULT 0,
    modified_gmt TEXT NOT NULL,
    slug TEXT NOT NULL DEFAULT '',
    desired_slug TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    content TEXT NOT NULL DEFAULT '',
    excerpt TEXT NOT NULL DEFAULT '',
    comment_status TEXT NOT NULL DEFAULT 'open',
    ping_status TEXT NOT NULL DEFAULT 'open',
    featured_media INTEGER NOT NULL DEFAULT 0,
    parent INTEGER NOT NULL DEFAULT 0,
    sticky INTEGER NOT NULL DEFAULT 0,
    format TEXT NOT NULL DEFAULT 'standard',
    meta TEXT NOT NULL DEFAULT '{}',
    categories TEXT NOT NULL DEFAULT '[1]',
    tags TEXT NOT NULL DEFAULT '[]',
    mime_type TEXT NOT NULL DEFAULT '',
    file TEXT NOT NULL DEFAULT '',
    filesize INTEGER NOT NULL DEFAULT 0,
    width INTEGER,
    height INTEGER,
    alt_text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS posts_type_status ON posts(type, status);
CREATE INDEX IF NOT EXISTS posts_slug ON posts(slug);
CREATE TABLE IF NOT EXISTS comments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    post INTEGER NOT NULL,
    parent INTEGER NOT NULL DEFAULT 0,
    user_id INTEGER NOT NULL DEFAULT 0,
    author_name TEXT NOT NULL DEFAULT '',
    author_email TEXT NOT NULL DEFAULT '',
    author_url TEXT NOT NULL DEFAULT '',
    author_ip TEXT NOT NULL DEFAULT '',
    agent TEXT NOT NULL DEFAULT '',
    date_gmt TEXT NOT NULL,
    content TEXT NOT NULL,
    status TEXT NOT NULL,
    previous_status TEXT NOT NULL DEFAULT '',
    type TEXT NOT NULL DEFAULT 'comment'
);
CREATE INDEX IF NOT EXISTS comments_post ON comments(post);
CREATE INDEX IF NOT EXISTS comments_status ON comments(status);
"""


@dataclass
class User:
    """A row of ``users``."""

    id: int
    login: str
    name: str
    email: str
    role: str
    registered_gmt: str


@dataclass
class Post:
    """A row of ``posts``: a post, or an upload when ``type == "attachment"``."""

    id: int
    type: str
    author: int
    date_gmt: str
    date_floating: int
    modified_gmt: str
    slug: str
    desired_slug: str
    status: str
    title: str
    content: str
    excerpt: str
    comment_status: str
    ping_status: str
    featured_media: int
    parent: int
    sticky: int
    format: str
    meta: str
    categories: str
    tags: str
    mime_type: str
    file: str
    filesize: int
    width: int | None
    height: int | None
    alt_text: str

    def meta_dict(self) -> dict[str, Any]:
        """The stored meta as a dict."""
        value = json.loads(self.meta or "{}")
        return value if isinstance(value, dict) else {}

    def int_list(self, name: str) -> list[int]:
        """A stored JSON list of ids (``categories``, ``tags``)."""
        value = json.loads(getattr(self, name) or "[]")
        return [int(x) for x in value] if isinstance(value, list) else []


@dataclass
class Comment:
    """A row of ``comments``."""

    id: int
    post: int
    parent: int
    user_id: int
    author_name: str
    author_email: str
    author_url: str
    author_ip: str
    agent: str
    date_gmt: str
    content: str
    status: str
    previous_status: str
    type: str


@dataclass
class PostQuery:
    """Filters for :meth:`Store.query_posts` (all optional)."""

    type: str = "post"
    statuses: Sequence[str] | None = None
    slugs: Sequence[str] = ()
    include: Sequence[int] = ()
    exclude: Sequence[int] = ()
    authors: Sequence[int] = ()
    parent: Sequence[int] = ()
    search: str = ""
    after: str | None = None
    before: str | None = None
    modified_after: str | None = None
    modified_before: str | None = None
    mime_prefix: str = ""
    own_unpublished_only: int | None = None
    orderby: str = "date"
    order: str = "desc"
    limit: int = 10
    offset: int = 0


@dataclass
class CommentQuery:
    """Filters for :meth:`Store.query_comments`; ``statuses`` ``None`` means any."""

    statuses: Sequence[str] | None = ("approved",)
    posts: Sequence[int] = ()
    parents: Sequence[int] = ()
    parent_exclude: Sequence[int] = ()
    authors: Sequence[int] = ()
    author_exclude: Sequence[int] = ()
    author_email: str = ""
    include: Sequence[int] = ()
    exclude: Sequence[int] = ()
    search: str = ""
    after: str | None = None
    before: str | None = None
    type: str | None = "comment"
    readable_posts: Sequence[int] | None = None
    orderby: str = "date_gmt"
    order: str = "desc"
    limit: int = 10
    offset: int = 0


_POST_COLUMNS = [f.name for f in fields(Post)]
_COMMENT_COLUMNS = [f.name for f in fields(Comment)]
_POST_ORDER = {
    "date": "date_gmt",
    "id": "id",
    "modified": "modified_gmt",
    "slug": "slug",
    "title": "title",
    "author": "author",
    "parent": "parent",
}
_COMMENT_ORDER = {
    "date": "date_gmt",
    "date_gmt": "date_gmt",
    "id": "id",
    "post": "post",
    "parent": "parent",
    "type": "type",
}


def _placeholders(values: Sequence[object]) -> str:
    return ",".join("?" for _ in values)


def _add_in_filters(
    where: list[str],
    args: list[Any],
    filters: Sequence[tuple[str, Sequence[object] | None, bool]],
) -> None:
    """Add ``column [NOT] IN (…)`` for every (column, values, negate) with values."""
    for column, values, negate in filters:
        if values:
            op = "NOT IN" if negate else "IN"
            where.append(f"{column} {op} ({_placeholders(values)})")
            args += list(values)


class Store:
    """All of the demo site's rows, in one SQLite file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.is_new = not self.path.exists() or self.path.stat().st_size == 0
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._conn.row_factory = sqlite3.Row
        self._conn.create_function("fold", 1, _fold_sql, deterministic=True)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._conn.executescript(_SCHEMA)

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self._conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Hold the lock and run one transaction (nested calls join the outer one)."""
        with self._lock:
            if self._conn.in_transaction:
                yield self._conn
                return
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    # -- options -----------------------------------------------------------

    def get_option(self, name: str, default: str = "") -> str:
        """A site option (``blogname``, ``seeded``...)."""
        with self.transaction() as db:
            row = db.execute("SELECT value FROM options WHERE name = ?", (name,)).fetchone()
        return str(row["value"]) if row else default

    def set_option(self, name: str, value: str) -> None:
        """Set a site option."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO options(name, value) VALUES (?, ?) "
                "ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                (name, value),
            )

    # -- users -------------------------------------------------------------

    def add_user(self, login: str, name: str, email: str, role: str, registered_gmt: str) -> User:
        """Create a user, or update name/e-mail/role of the user with that login."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO users(login, name, email, role, registered_gmt) VALUES (?,?,?,?,?) "
                "ON CONFLICT(login) DO UPDATE SET name=excluded.name, email=excluded.email, "
                "role=excluded.role",
                (login, name, email, role, registered_gmt),
            )
            user = self.find_user(login)
        assert user is not None
        return user

    def find_user(self, login_or_email: str) -> User | None:
        """The user with this login, or else with this e-mail address."""
        with self.transaction() as db:
            row = db.execute(
                "SELECT * FROM users WHERE login = ? ORDER BY id LIMIT 1", (login_or_email,)
            ).fetchone()
            if row is None and "@" in login_or_email:
                row = db.execute(
                    "SELECT * FROM users WHERE lower(email) = lower(?) ORDER BY id LIMIT 1",
                    (login_or_email,),
                ).fetchone()
        return User(**dict(row)) if row else None

    def get_user(self, user_id: int) -> User | None:
        """The user with this id."""
        with self.transaction() as db:
            row = db.execute("SELECT * FROM users WHERE id = ?", (user_id,)).fetchone()
        return User(**dict(row)) if row else None

    def list_users(
        self, *, published_only: bool, limit: int, offset: int
    ) -> tuple[list[User], int]:
        """Users by id (one page) and their count; *published_only*: authors of published posts."""
        where = (
            "WHERE id IN (SELECT author FROM posts WHERE type = 'post' AND status = 'publish')"
            if published_only
            else ""
        )
        with self.transaction() as db:
            total = db.execute(f"SELECT count(*) FROM users {where}").fetchone()[0]
            rows = db.execute(
                f"SELECT * FROM users {where} ORDER BY name, id LIMIT ? OFFSET ?", (limit, offset)
            ).fetchall()
        return [User(**dict(r)) for r in rows], int(total)

    def add_app_password(
        self, user_id: int, password: str, name: str, created_gmt: str, *, replace: bool = False
    ) -> None:
        """Give a user an application password (with *replace*, the only one)."""
        salt = new_salt()
        with self.transaction() as db:
            if replace:
                db.execute("DELETE FROM app_passwords WHERE user_id = ?", (user_id,))
            db.execute(
                "INSERT INTO app_passwords(user_id, name, salt, hash, created_gmt) "
                "VALUES (?,?,?,?,?)",
                (user_id, name, salt, hash_app_password(password, salt), created_gmt),
            )

    def check_app_password(self, user_id: int, password: str) -> bool:
        """Whether *password* is one of the user's application passwords."""
        with self.transaction() as db:
            rows = db.execute(
                "SELECT salt, hash FROM app_passwords WHERE user_id = ?", (user_id,)
            ).fetchall()
        return any(check_app_password(password, r["salt"], r["hash"]) for r in rows)

    # -- posts and uploads -------------------------------------------------

    def insert_post(self, values: dict[str, Any]) -> Post:
        """Insert a post or attachment row; *values* uses the column names."""
        cols = [c for c in values if c in _POST_COLUMNS and c != "id"]
        with self.transaction() as db:
            cur = db.execute(
                f"INSERT INTO posts({','.join(cols)}) VALUES ({_placeholders(cols)})",
                [values[c] for c in cols],
            )
            post = self.get_post(int(cur.lastrowid or 0))
        assert post is not None
        return post

    def update_post(self, post_id: int, values: dict[str, Any]) -> Post:
        """Change some columns of a post row and return it."""
        cols = [c for c in values if c in _POST_COLUMNS and c != "id"]
        with self.transaction() as db:
            if cols:
                db.execute(
                    f"UPDATE posts SET {', '.join(c + ' = ?' for c in cols)} WHERE id = ?",
                    [*[values[c] for c in cols], post_id],
                )
            post = self.get_post(post_id)
        assert post is not None
        return post

    def get_post(self, post_id: int, type: str | None = None) -> Post | None:
        """The row with this id (of *type*, when given)."""
        with self.transaction() as db:
            row = db.execute("SELECT * FROM posts WHERE id = ?", (post_id,)).fetchone()
        if row is None or (type is not None and row["type"] != type):
            return None
        return Post(**dict(row))

    def delete_post(self, post_id: int) -> None:
        """Delete a row for good, with its comments and revisions."""
        with self.transaction() as db:
            db.execute("DELETE FROM comments WHERE post = ?", (post_id,))
            db.execute("DELETE FROM posts WHERE parent = ? AND type = 'revision'", (post_id,))
            db.execute("DELETE FROM posts WHERE id = ?", (post_id,))

    def revisions(self, post_id: int) -> list[Post]:
        """The revisions of a post, newest first (``date ID`` descending)."""
        with self.transaction() as db:
            rows = db.execute(
                "SELECT * FROM posts WHERE type = 'revision' AND parent = ? "
                "ORDER BY date_gmt DESC, id DESC",
                (post_id,),
            ).fetchall()
        return [Post(**dict(row)) for row in rows]

    def slug_taken(self, slug: str, type: str, except_id: int) -> bool:
        """Whether another row of *type* (attachments: any row) already uses *slug*."""
        with self.transaction() as db:
            if type == "attachment":
                row = db.execute(
                    "SELECT 1 FROM posts WHERE slug = ? AND id != ? LIMIT 1", (slug, except_id)
                ).fetchone()
            else:
                row = db.execute(
                    "SELECT 1 FROM posts WHERE slug = ? AND type = ? AND id != ? LIMIT 1",
                    (slug, type, except_id),
                ).fetchone()
        return row is not None

    def publish_due(self, now_gmt: str) -> int:
        """Publish scheduled posts whose time has come (WordPress's cron does this)."""
        with self.transaction() as db:
            cur = db.execute(
                "UPDATE posts SET status = 'publish' WHERE type = 'post' AND status = 'future' "
                "AND date_gmt <= ?",
                (now_gmt,),
            )
        return cur.rowcount

    def query_posts(self, q: PostQuery) -> tuple[list[Post], int]:
        """The rows matching *q* (one page) and the total count."""
        where = ["type = ?"]
        args: list[Any] = [q.type]
        if q.statuses is not None:
            where.append(f"status IN ({_placeholders(q.statuses)})")
            args += list(q.statuses)
        _add_in_filters(
            where,
            args,
            (
                ("slug", q.slugs, False),
                ("id", q.include, False),
                ("id", q.exclude, True),
                ("author", q.authors, False),
                ("parent", q.parent, False),
            ),
        )
        if q.search:
            where.append(
                "(instr(fold(title), ?) OR instr(fold(content), ?) OR instr(fold(excerpt), ?))"
            )
            args += [search_key(q.search)] * 3
        for column, op, value in (
            ("date_gmt", ">", q.after),
            ("date_gmt", "<", q.before),
            ("modified_gmt", ">", q.modified_after),
            ("modified_gmt", "<", q.modified_before),
        ):
            if value is not None:
                where.append(f"{column} {op} ?")
                args.append(value)
        if q.own_unpublished_only is not None:
            where.append("(status = 'publish' OR author = ?)")
            args.append(q.own_unpublished_only)
        if q.mime_prefix:
            where.append("mime_type LIKE ?")
            args.append(q.mime_prefix + "%")
        order_col = _POST_ORDER.get(q.orderby, "date_gmt")
        direction = "ASC" if q.order == "asc" else "DESC"
        sql_where = " AND ".join(where)
        with self.transaction() as db:
            total = db.execute(f"SELECT count(*) FROM posts WHERE {sql_where}", args).fetchone()[0]
            rows = db.execute(
                f"SELECT * FROM posts WHERE {sql_where} ORDER BY {order_col} {direction}, "
                f"id {direction} LIMIT ? OFFSET ?",
                [*args, q.limit, q.offset],
            ).fetchall()
        return [Post(**dict(r)) for r in rows], int(total)

    # -- comments ----------------------------------------------------------

    def insert_comment(self, values: dict[str, Any]) -> Comment:
        """Insert a comment row and return it."""
        cols = [c for c in values if c in _COMMENT_COLUMNS and c != "id"]
        with self.transaction() as db:
            cur = db.execute(
                f"INSERT INTO comments({','.join(cols)}) VALUES ({_placeholders(cols)})",
                [values[c] for c in cols],
            )
            comment = self.get_comment(int(cur.lastrowid or 0))
        assert comment is not None
        return comment

    def insert_comments(self, rows: Iterable[dict[str, Any]]) -> None:
        """Insert many comment rows at once (seeding)."""
        with self.transaction() as db:
            for values in rows:
                cols = [c for c in values if c in _COMMENT_COLUMNS and c != "id"]
                db.execute(
                    f"INSERT INTO comments({','.join(cols)}) VALUES ({_placeholders(cols)})",
                    [values[c] for c in cols],
                )

    def update_comment(self, comment_id: int, values: dict[str, Any]) -> Comment:
        """Change some columns of a comment and return it."""
        cols = [c for c in values if c in _COMMENT_COLUMNS and c != "id"]
        with self.transaction() as db:
            if cols:
                db.execute(
                    f"UPDATE comments SET {', '.join(c + ' = ?' for c in cols)} WHERE id = ?",
                    [*[values[c] for c in cols], comment_id],
                )
            comment = self.get_comment(comment_id)
        assert comment is not None
        return comment

    def get_comment(self, comment_id: int) -> Comment | None:
        """The comment with this id."""
        with self.transaction() as db:
            row = db.execute("SELECT * FROM comments WHERE id = ?", (comment_id,)).fetchone()
        return Comment(**dict(row)) if row else None

    def delete_comment(self, comment_id: int) -> None:
        """Delete a comment for good; its replies move up to its parent."""
        with self.transaction() as db:
            row = db.execute("SELECT parent FROM comments WHERE id = ?", (comment_id,)).fetchone()
            if row is not None:
                db.execute(
                    "UPDATE comments SET parent = ? WHERE parent = ?", (row["parent"], comment_id)
                )
            db.execute("DELETE FROM comments WHERE id = ?", (comment_id,))

    def set_post_comments_trashed(self, post_id: int, trashed: bool) -> None:
        """Mark a trashed post's comments ``post-trashed`` (or restore them)."""
        with self.transaction() as db:
            if trashed:
                db.execute(
                    "UPDATE comments SET previous_status = status, status = 'post-trashed' "
                    "WHERE post = ? AND status != 'post-trashed'",
                    (post_id,),
                )
            else:
                db.execute(
                    "UPDATE comments SET status = CASE WHEN previous_status = '' THEN 'hold' "
                    "ELSE previous_status END, previous_status = '' "
                    "WHERE post = ? AND status = 'post-trashed'",
                    (post_id,),
                )

    def has_children(self, comment_id: int) -> bool:
        """Whether any comment replies to this one."""
        with self.transaction() as db:
            row = db.execute(
                "SELECT 1 FROM comments WHERE parent = ? LIMIT 1", (comment_id,)
            ).fetchone()
        return row is not None

    def find_duplicate_comment(
        self, post: int, parent: int, content: str, author_name: str, author_email: str
    ) -> Comment | None:
        """An earlier, not trashed comment with the same text by the same author."""
        with self.transaction() as db:
            row = db.execute(
                "SELECT * FROM comments WHERE post = ? AND parent = ? AND content = ? "
                "AND status != 'trash' AND (author_name = ? OR (author_email != '' "
                "AND author_email = ?)) LIMIT 1",
                (post, parent, content, author_name, author_email),
            ).fetchone()
        return Comment(**dict(row)) if row else None

    def count_comments(self, post: int | None = None) -> dict[str, int]:
        """Number of comments in each state (of one post, when given)."""
        sql = "SELECT status, count(*) AS n FROM comments"
        args: list[Any] = []
        if post is not None:
            sql += " WHERE post = ?"
            args.append(post)
        with self.transaction() as db:
            rows = db.execute(sql + " GROUP BY status", args).fetchall()
        return {str(r["status"]): int(r["n"]) for r in rows}

    def query_comments(self, q: CommentQuery) -> tuple[list[Comment], int]:
        """The comments matching *q* (one page) and the total count."""
        where: list[str] = []
        args: list[Any] = []
        if q.statuses is not None:
            if not q.statuses:
                return [], 0
            where.append(f"status IN ({_placeholders(q.statuses)})")
            args += list(q.statuses)
        if q.readable_posts is not None:
            if not q.readable_posts:
                return [], 0
            where.append(f"post IN ({_placeholders(q.readable_posts)})")
            args += list(q.readable_posts)
        _add_in_filters(
            where,
            args,
            (
                ("post", q.posts, False),
                ("parent", q.parents, False),
                ("parent", q.parent_exclude, True),
                ("user_id", q.authors, False),
                ("user_id", q.author_exclude, True),
                ("id", q.include, False),
                ("id", q.exclude, True),
            ),
        )
        if q.author_email:
            where.append("lower(author_email) = lower(?)")
            args.append(q.author_email)
        if q.type is not None:
            where.append("type = ?")
            args.append(q.type)
        if q.search:
            where.append(
                "(instr(fold(content), ?) OR instr(fold(author_name), ?) "
                "OR instr(fold(author_email), ?) OR instr(fold(author_url), ?) "
                "OR instr(author_ip, ?))"
            )
            args += [search_key(q.search)] * 4 + [q.search]
        if q.after is not None:
            where.append("date_gmt > ?")
            args.append(q.after)
        if q.before is not None:
            where.append("date_gmt < ?")
            args.append(q.before)
        sql_where = ("WHERE " + " AND ".join(where)) if where else ""
        order_col = _COMMENT_ORDER.get(q.orderby, "date_gmt")
        direction = "ASC" if q.order == "asc" else "DESC"
        with self.transaction() as db:
            total = db.execute(f"SELECT count(*) FROM comments {sql_where}", args).fetchone()[0]
            rows = db.execute(
                f"SELECT * FROM comments {sql_where} ORDER BY {order_col} {direction}, "
                f"id {direction} LIMIT ? OFFSET ?",
                [*args, q.limit, q.offset],
            ).fetchall()
        return [Comment(**dict(r)) for r in rows], int(total)

    def public_post_ids(self) -> list[int]:
        """Ids of published posts (whose approved comments anyone may read)."""
        with self.transaction() as db:
            rows = db.execute(
                "SELECT id FROM posts WHERE type = 'post' AND status = 'publish'"
            ).fetchall()
        return [int(r["id"]) for r in rows]


def _fold_sql(value: object) -> str:
    return search_key(value) if isinstance(value, str) else ""
