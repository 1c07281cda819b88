"""A loopback HTTP proxy that can carry a request to the site and then lose its answer.

Works in front of the demo site and of a real WordPress alike: the request
reaches the site whole (so the site saves the change), the site's answer is read
in full, and then, for the requests chosen with :meth:`LostAnswerProxy.lose_next`,
the connection to the client is closed without a byte of it, as when a link
drops or a process dies just after sending. With :meth:`LostAnswerProxy.hold_next`
the answer is held back instead, until the test has killed the client
(:attr:`LostAnswerProxy.holding` tells when). Every request is recorded (method
and path), so a test can tell what was sent, and how often.
"""

from __future__ import annotations

import http.client
import re
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

_HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-connection",
    "transfer-encoding",
    "te",
    "trailer",
    "upgrade",
    "content-length",
}


class LostAnswerProxy:
    """Forwards everything to *upstream*; loses the answers it is told to lose."""

    def __init__(self, upstream: str) -> None:
        parts = urlsplit(upstream)
        if parts.scheme != "http" or parts.hostname is None:
            raise ValueError("the proxy forwards to a plain http:// loopback site")
        self._host, self._port = parts.hostname, parts.port or 80
        self._prefix = parts.path.rstrip("/")
        self._lock = threading.Lock()
        self._rule: tuple[str, re.Pattern[str], int] | None = None
        self._hold = False
        #: Set once a request the site carried out waits for :meth:`release`.
        self.holding = threading.Event()
        self._released = threading.Event()
        self.requests: list[tuple[str, str]] = []
        self.lost: list[tuple[str, str]] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        """The address clients use instead of the site's."""
        return f"http://127.0.0.1:{self._server.server_address[1]}{self._prefix}"

    def lose_next(self, method: str, path_pattern: str, count: int = 1) -> None:
        """Lose the answers of the next *count* *method* requests whose path matches."""
        with self._lock:
            self._rule = (method.upper(), re.compile(path_pattern), count)
            self._hold = False

    def hold_next(self, method: str, path_pattern: str) -> None:
        """Hold back the answer of the next matching request until :meth:`release`; then lose it."""
        with self._lock:
            self._rule = (method.upper(), re.compile(path_pattern), 1)
            self._hold = True
            self.holding.clear()
            self._released.clear()

    def release(self) -> None:
        """Let a held request go (its answer is lost all the same)."""
        self._released.set()

    def sent(self, method: str, path_pattern: str) -> int:
        """How many *method* requests with a matching path reached the site."""
        pattern = re.compile(path_pattern)
        with self._lock:
            return sum(1 for m, p in self.requests if m == method and pattern.search(p))

    def _should_lose(self, method: str, path: str) -> bool:
        with self._lock:
            self.requests.append((method, path))
            if self._rule is None:
                return False
            wanted, pattern, count = self._rule
            if method != wanted or not pattern.search(path) or count <= 0:
                return False
            self._rule = (wanted, pattern, count - 1)
            self.lost.append((method, path))
            return True

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                del format, args  # quiet: tests read proxy.requests instead

            def _forward(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
                headers["Host"] = f"{proxy._host}:{proxy._port}"
                upstream = http.client.HTTPConnection(proxy._host, proxy._port, timeout=60)
                try:
                    upstream.request(self.command, self.path, body=body, headers=headers)
                    answer = upstream.getresponse()
                    data = answer.read()
                    status, reason = answer.status, answer.reason
                    answer_headers = answer.getheaders()
                finally:
                    upstream.close()
                if proxy._should_lose(self.command, urlsplit(self.path).path):
                    if proxy._hold:
                        proxy.holding.set()
                        proxy._released.wait(timeout=60)
                    self.close_connection = True
                    with suppress(OSError):
                        self.connection.shutdown(socket.SHUT_RDWR)
                    return
                self.send_response(status, reason)
                for name, value in answer_headers:
                    if name.lower() not in _HOP_BY_HOP:
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _forward

        return Handler

    def start(self) -> None:
        """Start serving on a free loopback port."""
        self._thread.start()

    def stop(self) -> None:
        """Stop serving and close the listening socket."""
        self._released.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)


@contextmanager
def lost_answer_proxy(upstream: str) -> Iterator[LostAnswerProxy]:
    """A running :class:`LostAnswerProxy` in front of *upstream*."""
    proxy = LostAnswerProxy(upstream)
    proxy.start()
    try:
        yield proxy
    finally:
        proxy.stop()
