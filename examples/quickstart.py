"""Quickstart: create a subscriber, notify them, page through subscribers, handle an error.

Runs against Novu (set NOVU_SECRET_KEY) or, with `make demo`, against a local mock server
of the pinned spec (NOVU_SERVER_URL is set for you, and the client reads it; the mock answers
with the spec's examples and placeholders).
"""

from __future__ import annotations

import os

from novu_api import NotFoundError, Novu


def main() -> None:
    server_url = os.environ.get("NOVU_SERVER_URL")  # a mock server: the client uses it by itself
    key = os.environ.get("NOVU_SECRET_KEY", "demo-secret-key" if server_url else None)
    with Novu(secret_key=key) as novu:
        subscriber = novu.subscribers.create(
            subscriber_id="ada-lovelace",
            first_name="Ada",
            last_name="Lovelace",
            email="ada@example.com",
        )
        print(
            f"created subscriber {subscriber.subscriber_id} ({subscriber.first_name} {subscriber.last_name})"
        )

        result = novu.trigger(
            workflow_id="welcome-onboarding",
            to=subscriber.subscriber_id,
            payload={"plan": "pro"},
        )
        print(f"triggered workflow: status={result.status} transaction_id={result.transaction_id}")

        page = novu.subscribers.search(limit=10)
        print(f"first page: {len(page.data)} subscriber(s), more pages: {page.has_next_page()}")
        for index, item in enumerate(page, start=1):
            print(f"  {index}. {item.subscriber_id} {item.email or ''}")
            if index == 5:
                break

        try:
            # A mock server answers with a 404 only when asked to (Prism's `Prefer: code=`).
            extra = {"Prefer": "code=404"} if server_url else None
            novu.subscribers.retrieve(subscriber_id="no-such-subscriber", extra_headers=extra)
        except NotFoundError as exc:
            print(f"typed error as expected: {type(exc).__name__}: {exc}")


if __name__ == "__main__":
    main()
