"""A pull of the site's posts that gets killed: run by test_site_posts_pull as a subprocess.

    python -m tests.editor.site_posts_pull_child DATABASE SITE_URL USER

Reads the application password from the ``NEWSDESK_CHILD_PASSWORD`` environment
variable (never from the command line), pulls the posts of the store's only site
into DATABASE, prints ``done`` if nobody killed it first.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from editor.site_posts import pull_site_posts
from portal.accounts import Accounts, PasswordVault
from portal.wordpress import WordPressClient
from storage.database import open_store


def main() -> None:
    """Pull, unless killed on the way."""
    database, url, user = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    store = open_store(database)
    account = Accounts(store, PasswordVault()).all()[0]
    with WordPressClient(url, user, os.environ["NEWSDESK_CHILD_PASSWORD"]) as client:
        pull_site_posts(store, client, account)
    print("done", flush=True)


if __name__ == "__main__":
    main()
