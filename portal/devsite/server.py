""":class:`DemoSite`: the demo WordPress site, served from a background thread.

::

    with DemoSite(tmp_path / "site.sqlite3") as site:
        account = site.add_user("bientap", app_password="abcd efgh ijkl mnop qrst uvwx")
        client = WordPressClient(site.base_url, account.login, account.app_password)
        site.faults.set(latency=0.5)

It uses werkzeug's threaded server (``make_server(..., threaded=True)``) on
127.0.0.1; port 0 picks a free port.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from portal.devsite.app import create_app
from portal.devsite.auth import ROLE_CAPABILITIES, generate_app_password
from portal.devsite.faults import Faults
from portal.devsite.seed import SeedSummary, seed_site
from portal.devsite.sitectx import SiteContext
from portal.devsite.store import Store
from portal.devsite.wptext import now_gmt, to_db

__all__ = ["DemoAccount", "DemoSite"]


@dataclass(frozen=True)
class DemoAccount:
    """A login for the demo site. ``app_password`` is shown only here, once."""

    user_id: int
    login: str
    app_password: str
    role: str

    def __repr__(self) -> str:
        return f"DemoAccount(user_id={self.user_id}, login={self.login!r}, role={self.role!r})"


class _InFlight:
    """WSGI wrapper counting requests being handled, so that stop() can wait for them."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.count = 0
        self.changed = threading.Condition()

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        with self.changed:
            self.count += 1
        try:
            return self.app(environ, start_response)
        finally:
            with self.changed:
                self.count -= 1
                self.changed.notify_all()

    def wait_idle(self, timeout: float) -> bool:
        """Wait until no request is being handled; False if *timeout* passed first."""
        with self.changed:
            return self.changed.wait_for(lambda: self.count == 0, timeout)


class _QuietHandler(WSGIRequestHandler):
    """Does not log each request (tests make thousands)."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        return None


class DemoSite:
    """A local WordPress look-alike on its own SQLite file.

    *seed*: ``True`` seeds sample content, ``False`` never does, ``None``
    (default) seeds when the data file is new. Uploaded files go to a folder
    next to the data file (``<name>-uploads``).
    """

    def __init__(
        self,
        data_path: str | Path,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        seed: bool | None = None,
        seed_value: int = 2023,
        quiet: bool = True,
        max_upload_bytes: int = 64 * 1024 * 1024,
    ) -> None:
        path = Path(data_path)
        self.store = Store(path)
        self.faults = Faults()
        self.context = SiteContext(
            store=self.store,
            faults=self.faults,
            uploads_dir=path.with_name(path.stem + "-uploads"),
            max_upload_bytes=max_upload_bytes,
        )
        self.context.uploads_dir.mkdir(parents=True, exist_ok=True)
        self.seed_summary: SeedSummary | None = None
        if seed or (seed is None and self.store.is_new):
            self.store.set_option("blogname", "Báo Bình Lâm (demo)")
            self.seed_summary = seed_site(self.store, seed=seed_value)
        self._host = host
        self._port = port
        self._quiet = quiet
        self._server: BaseWSGIServer | None = None
        self._in_flight: _InFlight | None = None
        self._thread: threading.Thread | None = None

    # -- accounts ----------------------------------------------------------

    def add_user(
        self,
        login: str,
        *,
        role: str = "editor",
        app_password: str | None = None,
        name: str | None = None,
        replace_passwords: bool = False,
    ) -> DemoAccount:
        """Create (or update) an account and give it an application password.

        Without *app_password* a new one is generated. With *replace_passwords*
        it becomes the account's only application password.
        """
        if role not in ROLE_CAPABILITIES:
            raise ValueError(f"unknown role {role!r}; use one of {sorted(ROLE_CAPABILITIES)}")
        password = app_password or generate_app_password()
        display = name or login
        user = self.store.add_user(login, display, f"{login}@example.com", role, to_db(now_gmt()))
        self.store.add_app_password(
            user.id, password, "Newsdesk", to_db(now_gmt()), replace=replace_passwords
        )
        return DemoAccount(user.id, login, password, role)

    # -- serving -----------------------------------------------------------

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT`` once started."""
        if self._server is None:
            raise RuntimeError("the demo site is not running")
        return f"http://{self._host}:{self._server.port}"

    def start(self) -> str:
        """Start serving in a background thread; return the base URL."""
        if self._server is not None:
            return self.base_url
        self._in_flight = _InFlight(create_app(self.context))
        handler = _QuietHandler if self._quiet else WSGIRequestHandler
        self._server = make_server(
            self._host, self._port, self._in_flight, threaded=True, request_handler=handler
        )
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="devsite", daemon=True
        )
        self._thread.start()
        return self.base_url

    def stop(self) -> None:
        """Stop serving, let requests in progress finish (10 s at most), close the data file."""
        if self._server is not None:
            self._server.shutdown()
            if self._thread is not None:
                self._thread.join(timeout=10)
            self._server.server_close()
            if self._in_flight is not None:
                self._in_flight.wait_idle(10)
            self._server = None
            self._thread = None
        self.store.close()

    def __enter__(self) -> DemoSite:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
