"""The demo site's Flask application: routes plus the steps every REST request goes through.

For each ``/wp-json/...`` request, in order: the HTTP method override
(``?_method=`` or ``X-HTTP-Method-Override``, as WordPress allows), injected
faults (:mod:`portal.devsite.faults`; the ``*_after`` ones replace the answer once the
request was carried out), publishing scheduled posts that are
due, then application-password authentication. A wrong password fails every
REST request with 401, as in WordPress, even on public routes.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import socket
import time
from collections.abc import Iterator
from dataclasses import replace
from typing import Any
from urllib.parse import parse_qsl, urlencode

from flask import Flask, Response, g, request
from werkzeug.exceptions import HTTPException

from portal.devsite import (
    routes_comments,
    routes_media,
    routes_posts,
    routes_revisions,
    routes_site,
    routes_terms,
)
from portal.devsite.auth import parse_basic_auth
from portal.devsite.faults import FaultAction
from portal.devsite.rest import Caller, RestError, answer, error_answer
from portal.devsite.sitectx import SiteContext, current_site
from portal.devsite.wpjson import api_link_header
from portal.devsite.wptext import now_gmt, to_db

_LOG = logging.getLogger(__name__)

_CRITICAL = (
    "<p>There has been a critical error on this website.</p>"
    '<p><a href="https://wordpress.org/documentation/article/faq-troubleshooting/">'
    "Learn more about troubleshooting WordPress.</a></p>"
)
_HTML_ANSWER = (
    "<!DOCTYPE html><html><head><title>Bảo trì</title></head>"
    "<body><h1>Trang đang bảo trì</h1></body></html>"
)


class _MethodOverride:
    """WSGI middleware: a POST may say it is really a PUT/PATCH/DELETE."""

    def __init__(self, app: Any) -> None:
        self.app = app

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        if environ.get("REQUEST_METHOD") == "POST" and environ.get("PATH_INFO", "").startswith(
            "/wp-json"
        ):
            override = environ.get("HTTP_X_HTTP_METHOD_OVERRIDE", "")
            query = environ.get("QUERY_STRING", "")
            for part in query.split("&"):
                key, _, value = part.partition("=")
                if key == "_method":
                    override = value
            if override.upper() in ("PUT", "PATCH", "DELETE", "GET"):
                environ["REQUEST_METHOD"] = override.upper()
        return self.app(environ, start_response)


class _RestRouteQuery:
    """WSGI middleware: ``/?rest_route=/wp/v2/…`` (or ``/index.php?…``) is ``/wp-json/wp/v2/…``.

    Every WordPress answers the REST API this way; with plain permalinks
    (:attr:`SiteContext.plain_permalinks`) it is the only way, and ``/wp-json/``
    is an ordinary 404 page.
    """

    def __init__(self, app: Any, site: SiteContext) -> None:
        self.app = app
        self.site = site

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        path = environ.get("PATH_INFO", "")
        pairs = parse_qsl(environ.get("QUERY_STRING", ""), keep_blank_values=True)
        route = next((value for key, value in pairs if key == "rest_route"), None)
        if path in ("", "/", "/index.php") and route is not None:
            environ["PATH_INFO"] = "/wp-json" + ("/" + route.lstrip("/") if route else "/")
            environ["QUERY_STRING"] = urlencode([(k, v) for k, v in pairs if k != "rest_route"])
        elif self.site.plain_permalinks and path.startswith("/wp-json"):
            environ["PATH_INFO"] = "/__devsite/no-such-page" + path
        return self.app(environ, start_response)


class _Dropped(Exception):
    """Raised after the connection was shut down on purpose (fault ``drop``)."""


def _route() -> str:
    path = request.path
    return path[len("/wp-json") :] or "/"


def _drop_connection() -> None:
    sock = request.environ.get("werkzeug.socket")
    if isinstance(sock, socket.socket):
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def _fault_answer(action: FaultAction) -> Response | None:
    if action.kind is None:
        return None
    if action.kind == "drop":
        _drop_connection()
        raise _Dropped
    if action.kind in ("fail_after", "drop_after"):
        g.fault_after = action  # carried out first; the answer is lost in _after_request
        return None
    if action.kind == "fail":
        status = action.status
        if status == 500:
            body: dict[str, Any] = {
                "code": "internal_server_error",
                "message": _CRITICAL,
                "data": {"status": 500},
                "additional_errors": [],
            }
        else:
            body = {
                "code": f"devsite_injected_{status}",
                "message": f"Injected failure ({status}).",
                "data": {"status": status},
            }
        headers = {}
        if action.retry_after is not None:
            headers["Retry-After"] = str(action.retry_after)
        return answer(body, status, headers)
    if action.kind == "garbage":
        return Response(
            '{"id": 12, "title": {"rendered": "Bài phỏng', 200, mimetype="application/json"
        )
    if action.kind == "html":
        return Response(_HTML_ANSWER, 200, mimetype="text/html")
    if action.kind == "huge":
        return Response(_huge_body(), 200, mimetype="application/json")
    if action.kind == "json":
        return answer(action.body)
    # echo_auth: a broken or hostile site repeating the credentials it received
    header = request.headers.get("Authorization", "")
    decoded = ""
    if header.lower().startswith("basic "):
        try:
            decoded = base64.b64decode(header[6:]).decode("utf-8", "replace")
        except ValueError:
            decoded = ""
    body = {
        "code": "devsite_echo",
        "message": f"Received Authorization: {header} ({decoded})",
        "data": {"status": 400, "authorization": header},
    }
    return answer(body, 400)


def _huge_body(megabytes: int = 8) -> Iterator[bytes]:
    item = json.dumps({"id": 1, "post": 1, "content": {"rendered": "x" * 1000}}).encode()
    yield b"["
    for i in range(megabytes * 1000):
        yield (b"," if i else b"") + item
    yield b"]"


def _authenticate() -> Response | None:
    """Log the caller in from Basic auth with an application password.

    As WordPress 6.1 does (checked against a real one): wrong credentials are
    no error in themselves; the request goes on as anonymous, so a protected
    route answers 401 ``rest_not_logged_in`` and a public one answers as usual.
    """
    g.caller = Caller(None)
    credentials = parse_basic_auth(request.headers.get("Authorization"))
    if credentials is None:
        return None
    login, password = credentials
    store = current_site().store
    user = store.find_user(login)
    if user is not None and store.check_app_password(user.id, password):
        g.caller = Caller(user)
    return None


def _before_request() -> Response | None:
    if not request.path.startswith("/wp-json"):
        return None
    site = current_site()
    action = site.faults.take(_route(), request.method)
    if action.latency > 0:
        time.sleep(action.latency)
    injected = _fault_answer(action)
    if injected is not None:
        return injected
    site.store.publish_due(to_db(now_gmt()))
    return _authenticate()


def _after_request(response: Response) -> Response:
    lost = g.pop("fault_after", None)
    if isinstance(lost, FaultAction):
        if lost.kind == "drop_after":
            _drop_connection()
            return Response(b"", 204)
        failed = _fault_answer(replace(lost, kind="fail"))
        assert failed is not None
        response = failed
    if request.path.startswith("/wp-json"):
        response.headers.setdefault("X-Robots-Tag", "noindex")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault(
            "Access-Control-Expose-Headers", "X-WP-Total, X-WP-TotalPages, Link"
        )
        if "Link" not in response.headers:
            response.headers["Link"] = api_link_header()
    return response


def _http_error(error: HTTPException) -> Response:
    if request.path.startswith("/wp-json"):
        if error.code in (404, 405):
            return error_answer(
                RestError(
                    "rest_no_route", "No route was found matching the URL and request method.", 404
                )
            )
        return error_answer(
            RestError(f"http_{error.code}", error.description or "", error.code or 500)
        )
    if error.code == 404:
        return routes_site.not_found_page()
    return Response(error.get_body(), error.code or 500, mimetype="text/html")


def _unexpected(error: Exception) -> Response:
    _LOG.error("demo site error on %s %s", request.method, request.path, exc_info=error)
    body = {"code": "internal_server_error", "message": _CRITICAL, "data": {"status": 500}}
    return answer(body, 500)


def create_app(site: SiteContext) -> Flask:
    """Build the Flask app serving *site*."""
    app = Flask("portal.devsite")
    app.config["DEVSITE"] = site
    app.config["MAX_CONTENT_LENGTH"] = None
    app.url_map.strict_slashes = False
    app.before_request(_before_request)
    app.after_request(_after_request)
    app.register_error_handler(RestError, error_answer)
    app.register_error_handler(_Dropped, lambda _e: Response(b"", 204))
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected)
    for blueprint in (
        routes_site.bp,
        routes_posts.bp,
        routes_comments.bp,
        routes_media.bp,
        routes_terms.bp,
        routes_revisions.bp,
    ):
        app.register_blueprint(blueprint)
    app.wsgi_app = _RestRouteQuery(  # type: ignore[method-assign]
        _MethodOverride(app.wsgi_app), site
    )
    return app
