"""REST plumbing shared by the demo site's routes: errors, parameters, answers, the caller.

Errors have WordPress's shape ``{"code", "message", "data": {"status"}}``.
Parameters are read like ``$request['name']`` in WordPress: JSON body first,
then form fields, then the query string. ``_fields`` trims every answer.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

from flask import Response, g, request

from portal.devsite.auth import capabilities
from portal.devsite.store import User
from portal.devsite.wptext import parse_request_date


class RestError(Exception):
    """An error answer: WordPress ``code``, English ``message``, HTTP ``status``."""

    def __init__(self, code: str, message: str, status: int, **data: Any) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status
        self.data = data

    def body(self) -> dict[str, Any]:
        """The JSON body WordPress sends for this error."""
        return {
            "code": self.code,
            "message": self.message,
            "data": {"status": self.status, **self.data},
        }


def invalid_param(name: str, problem: str) -> RestError:
    """WordPress's ``rest_invalid_param`` for one parameter."""
    return RestError(
        "rest_invalid_param",
        f"Invalid parameter(s): {name}",
        400,
        params={name: problem},
        details={name: {"code": "rest_invalid_param", "message": problem, "data": None}},
    )


def _wp_list(items: Sequence[str]) -> str:
    """PHP's ``%l`` list: ``a, b, and c``."""
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + ", and " + items[-1]


@dataclass
class Caller:
    """Who is calling: a user (or ``None`` for an anonymous request) and their capabilities."""

    user: User | None

    @property
    def id(self) -> int:
        """The user's id, 0 when anonymous."""
        return self.user.id if self.user else 0

    def can(self, capability: str) -> bool:
        """Whether the caller has *capability*."""
        return self.user is not None and capability in capabilities(self.user.role)

    def denied_status(self) -> int:
        """``rest_authorization_required_code()``: 401 when anonymous, else 403."""
        return 403 if self.user is not None else 401


def caller() -> Caller:
    """The caller of the current request (set by the authentication step)."""
    found = g.get("caller")
    return found if isinstance(found, Caller) else Caller(None)


class Params:
    """The request's parameters, merged as WordPress merges them."""

    def __init__(self) -> None:
        values: dict[str, Any] = {}
        for key in request.args:
            items = request.args.getlist(key)
            name = key[:-2] if key.endswith("[]") else key
            values[name] = items if key.endswith("[]") or len(items) > 1 else items[0]
        for key in request.form:
            values[key] = request.form.get(key)
        if request.mimetype == "application/json" and request.content_length:
            try:
                body = json.loads(request.get_data(cache=True) or b"null")
            except (ValueError, RecursionError):
                raise RestError(
                    "rest_invalid_json",
                    "Invalid JSON body passed.",
                    400,
                    json_error_code=4,
                    json_error_message="Syntax error",
                ) from None
            if isinstance(body, dict):
                values.update(body)
        self.values = values

    def has(self, name: str) -> bool:
        """Whether the parameter was sent (``null`` counts as not sent)."""
        return self.values.get(name) is not None

    def raw(self, name: str) -> Any:
        """The value as sent."""
        return self.values.get(name)

    def integer(
        self, name: str, default: int, *, minimum: int | None = None, maximum: int | None = None
    ) -> int:
        """An integer parameter, validated like WordPress's schema validation."""
        value = self.values.get(name)
        if value is None or value == "":
            return default
        if isinstance(value, bool):
            value = int(value)
        if isinstance(value, str) and value.strip().lstrip("-").isdecimal():
            value = int(value.strip())
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if not isinstance(value, int):
            raise invalid_param(name, f"{name} is not of type integer.")
        if minimum is not None and maximum is not None and not minimum <= value <= maximum:
            raise invalid_param(
                name, f"{name} must be between {minimum} (inclusive) and {maximum} (inclusive)"
            )
        if minimum is not None and value < minimum:
            raise invalid_param(name, f"{name} must be greater than or equal to {minimum}")
        return value

    def boolean(self, name: str, default: bool = False) -> bool:
        """A boolean parameter (``true``/``1``/``false``/``0``)."""
        value = self.values.get(name)
        if value is None or value == "":
            return default
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("true", "1"):
            return True
        if text in ("false", "0"):
            return False
        raise invalid_param(name, f"{name} is not of type boolean.")

    def text(self, name: str, default: str = "") -> str:
        """A string parameter."""
        value = self.values.get(name)
        if value is None:
            return default
        if isinstance(value, bool | int | float):
            return str(value)
        if not isinstance(value, str):
            raise invalid_param(name, f"{name} is not of type string.")
        return value

    def enum(self, name: str, allowed: Sequence[str], default: str) -> str:
        """A string that must be one of *allowed*."""
        value = self.text(name, default)
        if value not in allowed:
            raise invalid_param(name, f"{name} is not one of {_wp_list(list(allowed))}.")
        return value

    def text_list(self, name: str) -> list[str]:
        """A list: JSON array, repeated ``name[]=``, or comma-separated text."""
        value = self.values.get(name)
        if value is None or value == "":
            return []
        items: Iterable[Any] = value if isinstance(value, list) else str(value).split(",")
        return [str(v).strip() for v in items if str(v).strip()]

    def int_list(self, name: str) -> list[int]:
        """A list of integers."""
        result = []
        for item in self.text_list(name):
            if not item.isdecimal():
                raise invalid_param(name, f"{name}[0] is not of type integer.")
            result.append(int(item))
        return result

    def date(self, name: str, *, gmt: bool) -> datetime | None:
        """An ISO 8601 date; without an offset it is GMT (*gmt*) or the site's time."""
        value = self.values.get(name)
        if value is None or value == "":
            return None
        parsed = parse_request_date(str(value), gmt=gmt) if isinstance(value, str) else None
        if parsed is None:
            raise invalid_param(name, "Invalid date.")
        return parsed

    def context(self, default: str = "view") -> str:
        """The ``context`` parameter."""
        return self.enum("context", ("view", "embed", "edit"), default)

    def checked_context(self, who: Caller, capability: str, refusal: str) -> str:
        """The ``context`` parameter; ``edit`` needs *capability* (403/401 *refusal* otherwise)."""
        context = self.context()
        if context == "edit" and not who.can(capability):
            raise RestError("rest_forbidden_context", refusal, who.denied_status())
        return context

    def paging(self) -> tuple[int, int]:
        """``page`` (from 1) and ``per_page`` (1 to 100, default 10), as WordPress checks them."""
        return (
            self.integer("page", 1, minimum=1),
            self.integer("per_page", 10, minimum=1, maximum=100),
        )


def _field_tree(spec: str) -> dict[str, Any]:
    tree: dict[str, Any] = {}
    for item in spec.split(","):
        parts = [p for p in item.strip().split(".") if p]
        node = tree
        for i, part in enumerate(parts):
            if i == len(parts) - 1:
                node[part] = True
            else:
                child = node.get(part)
                if child is True:
                    break
                node = node.setdefault(part, {})
    return tree


def _filter(data: Any, tree: dict[str, Any]) -> Any:
    if isinstance(data, list):
        return [_filter(item, tree) for item in data]
    if not isinstance(data, dict):
        return data
    result = {}
    for key, sub in tree.items():
        if key in data:
            result[key] = data[key] if sub is True else _filter(data[key], sub)
    return result


def answer(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """A JSON answer, trimmed by ``_fields`` when the request has it."""
    spec = request.args.get("_fields", "")
    if spec and status < 400:
        data = _filter(data, _field_tree(spec))
    body = json.dumps(data, ensure_ascii=True, separators=(",", ":"))
    response = Response(body, status=status, mimetype="application/json")
    response.headers["Content-Type"] = "application/json; charset=UTF-8"
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


def error_answer(error: RestError) -> Response:
    """The JSON answer for a :class:`RestError`."""
    return answer(error.body(), error.status)


def page_headers(total: int, per_page: int, page: int) -> dict[str, str]:
    """``X-WP-Total``, ``X-WP-TotalPages`` and the ``Link`` header of a listing."""
    pages = -(-total // per_page) if per_page else 0
    headers = {"X-WP-Total": str(total), "X-WP-TotalPages": str(pages)}
    links = []
    args = request.args.to_dict(flat=True)
    base = request.base_url
    if page > 1:
        args["page"] = str(min(page - 1, max(pages, 1)))
        links.append(f'<{base}?{urlencode(args)}>; rel="prev"')
    if pages > page:
        args["page"] = str(page + 1)
        links.append(f'<{base}?{urlencode(args)}>; rel="next"')
    if links:
        headers["Link"] = ", ".join(links)
    return headers
