"""Fault injection for the demo site: slow, failing, dropped or garbled answers.

Tests set a plan with :meth:`Faults.set` (in-process) or by POSTing the same
fields as JSON to ``/__devsite/faults`` (from another process). A plan applies
to REST requests (``/wp-json/...``) whose route starts with ``path_prefix``:

``latency``
    seconds to wait before answering every matching request;
``fail_next`` / ``fail_status``
    answer the next N requests with this status (500 by default; 429 adds
    ``Retry-After: retry_after``);
``drop_next``
    close the connection of the next N requests without any answer;
``fail_after_next`` / ``drop_after_next``
    carry out the next N requests, then answer ``fail_status`` (or close the
    connection) instead of the real answer: a change the site saved whose
    answer was lost;
``garbage_next``
    answer the next N requests ``200`` with a body that is not JSON;
``html_next``
    answer the next N requests ``200`` with an HTML page (a proxy or a theme);
``huge_next``
    answer the next N requests ``200`` with a very large JSON array;
``json_next`` / ``json_body``
    answer the next N requests ``200`` with ``json_body`` (any JSON value:
    wrong types, missing fields...);
``echo_auth_next``
    answer the next N requests ``400`` with an error message that repeats the
    request's ``Authorization`` header (a hostile or broken site);
``fail_rate``
    fail this fraction of the other matching requests with ``fail_status``
    (random, from ``seed``);
``method``
    apply the plan only to requests with this HTTP method (``POST``...; empty: all).

Counters go down as requests use them; :meth:`Faults.clear` removes the plan.
"""

from __future__ import annotations

import random
import threading
from dataclasses import asdict, dataclass, fields
from typing import Any, Literal

FaultKind = Literal[
    "drop", "fail", "fail_after", "drop_after", "garbage", "html", "huge", "json", "echo_auth"
]


@dataclass
class FaultPlan:
    """The faults in force; see the module docstring."""

    latency: float = 0.0
    fail_next: int = 0
    fail_status: int = 500
    retry_after: int | None = None
    drop_next: int = 0
    garbage_next: int = 0
    html_next: int = 0
    huge_next: int = 0
    json_next: int = 0
    json_body: Any = None
    echo_auth_next: int = 0
    fail_after_next: int = 0
    drop_after_next: int = 0
    fail_rate: float = 0.0
    path_prefix: str = ""
    method: str = ""
    seed: int = 0


@dataclass(frozen=True)
class FaultAction:
    """What to do to one request: wait ``latency`` seconds, then ``kind`` (or answer normally)."""

    latency: float
    kind: FaultKind | None
    status: int = 500
    retry_after: int | None = None
    body: Any = None


_COUNTERS: tuple[tuple[str, FaultKind], ...] = (
    ("drop_next", "drop"),
    ("fail_next", "fail"),
    ("fail_after_next", "fail_after"),
    ("drop_after_next", "drop_after"),
    ("garbage_next", "garbage"),
    ("html_next", "html"),
    ("huge_next", "huge"),
    ("json_next", "json"),
    ("echo_auth_next", "echo_auth"),
)


class Faults:
    """The demo site's fault plan; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._plan = FaultPlan()
        self._rng = random.Random(0)

    def set(self, **values: Any) -> FaultPlan:
        """Replace the plan; fields not given take their defaults (no faults).

        Raises :class:`ValueError` for an unknown field or a value of the wrong type.
        """
        plan = FaultPlan()
        known = {f.name: f for f in fields(FaultPlan)}
        for name, value in values.items():
            if name not in known:
                raise ValueError(f"unknown fault setting {name!r}")
            default = getattr(plan, name)
            if name == "json_body":
                pass  # any JSON value
            elif name == "retry_after":
                if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                    raise ValueError("retry_after must be a whole number of seconds or null")
            elif isinstance(default, bool) or isinstance(value, bool):
                raise ValueError(f"{name} has the wrong type")
            elif isinstance(default, float):
                if not isinstance(value, int | float) or value < 0:
                    raise ValueError(f"{name} must be a number >= 0")
                value = float(value)
            elif isinstance(default, int):
                if not isinstance(value, int) or value < 0:
                    raise ValueError(f"{name} must be a whole number >= 0")
            elif not isinstance(value, type(default)):
                raise ValueError(f"{name} has the wrong type")
            setattr(plan, name, value)
        if not 100 <= plan.fail_status <= 599:
            raise ValueError("fail_status must be an HTTP status code")
        if plan.fail_rate > 1:
            raise ValueError("fail_rate must be between 0 and 1")
        with self._lock:
            self._plan = plan
            self._rng = random.Random(plan.seed)
        return plan

    def clear(self) -> None:
        """Remove every fault."""
        self.set()

    def snapshot(self) -> dict[str, Any]:
        """The plan in force, as JSON-ready data."""
        with self._lock:
            return asdict(self._plan)

    def take(self, route: str, method: str = "GET") -> FaultAction:
        """Decide the fate of one *method* request to *route* (the part after ``/wp-json``)."""
        with self._lock:
            plan = self._plan
            if not route.startswith(plan.path_prefix) or (
                plan.method and plan.method.upper() != method.upper()
            ):
                return FaultAction(0.0, None)
            for counter, kind in _COUNTERS:
                remaining = getattr(plan, counter)
                if remaining > 0:
                    setattr(plan, counter, remaining - 1)
                    return FaultAction(
                        plan.latency, kind, plan.fail_status, plan.retry_after, plan.json_body
                    )
            if plan.fail_rate > 0 and self._rng.random() < plan.fail_rate:
                return FaultAction(plan.latency, "fail", plan.fail_status, plan.retry_after)
            return FaultAction(plan.latency, None)
