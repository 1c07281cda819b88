"""A local demo WordPress site for Newsdesk's development and tests.

It speaks the part of the WordPress REST API (``/wp-json/wp/v2``) that Newsdesk
uses — posts, media, comments, ``users/me`` — with WordPress's routes, JSON
shapes, status codes, error codes and quirks, on its own SQLite file, seeded
with invented Vietnamese interviews and reader comments. Faults (latency,
errors, dropped connections, garbage) can be injected for tests.

Start it in-process with :class:`DemoSite`, or from a shell::

    python -m portal.devsite --port 8080 --data demo.sqlite3
"""

from portal.devsite.faults import FaultPlan, Faults
from portal.devsite.server import DemoAccount, DemoSite

__all__ = ["DemoAccount", "DemoSite", "FaultPlan", "Faults"]
