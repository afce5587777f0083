"""Pagination: every paginated operation returns a page you can iterate across all pages.

Novu pages three ways (cursor `after`/`next`, page number `page`/`hasMore`, offset
`offset`/`totalCount`); the SDK hides the difference. A paginated call returns the first page:
`page.data` is its items, iterating the page yields every item of every page (fetched lazily,
one page held at a time), `page.iter_pages()` yields the pages, and `has_next_page()` /
`next_page()` step by hand.

Runs against Novu (set NOVU_SECRET_KEY) or, through `python -m tests.prism run
examples/paginate.py`, against a local mock of the pinned spec (NOVU_SERVER_URL is set; the
mock serves the same example page again, which the iterator recognises and stops on).
"""

from __future__ import annotations

import itertools
import os

from novu_api import Novu


def main() -> None:
    server_url = os.environ.get("NOVU_SERVER_URL")
    key = os.environ.get("NOVU_SECRET_KEY", "demo-secret-key" if server_url else None)
    with Novu(secret_key=key, server_url=server_url) as novu:
        # Cursor style: every item of every page; islice stops after 25 without fetching more.
        print("subscribers (cursor pages):")
        for subscriber in itertools.islice(novu.subscribers.search(limit=10), 25):
            print(f"  {subscriber.subscriber_id} {subscriber.email or ''}")

        # Page by page, by hand.
        page = novu.subscribers.search(limit=10)
        print(f"first page: {len(page.data)} item(s); another page: {page.has_next_page()}")
        if page.has_next_page():
            following = page.next_page()
            print(f"second page: {len(following.data)} item(s)")

        # Offset style, with the total the API reports.
        workflows = novu.workflows.list(limit=20)
        print(f"workflows: {workflows.total_count} in total (offset pages)")
        for number, each in enumerate(itertools.islice(workflows.iter_pages(), 3), start=1):
            print(f"  page {number}: {[w.workflow_id for w in each.data]}")

        # Page-number style: the activity feed.
        for notification in itertools.islice(novu.notifications.list(limit=10), 5):
            print(f"  notification {notification.id} ({notification.transaction_id})")


if __name__ == "__main__":
    main()
