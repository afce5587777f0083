"""Bulk trigger: notify many subscribers in one request, safely retried.

`novu.trigger_bulk(events=[...])` sends up to 100 trigger events in one `POST
/v1/events/trigger/bulk` and returns one result per event, in order. The whole request carries
one Idempotency-Key (ours here, derived from the batch), reused on every retry, so a retried
batch is not delivered twice; `transaction_id` per event lets you cancel one later with
`novu.cancel(transaction_id=...)`.

Runs against Novu (set NOVU_SECRET_KEY) or, through `python -m tests.prism run
examples/bulk_trigger.py`, against a local mock of the pinned spec (NOVU_SERVER_URL is set).
"""

from __future__ import annotations

import os

from novu_api import Novu
from novu_api.models import SubscriberPayloadDto, TriggerEventRequestDto

ORDERS = [
    ("order-1001", "ada-lovelace", "Ada", "ada@example.com"),
    ("order-1002", "grace-hopper", "Grace", "grace@example.com"),
    ("order-1003", "alan-turing", "Alan", "alan@example.com"),
]


def main() -> None:
    server_url = os.environ.get("NOVU_SERVER_URL")
    key = os.environ.get("NOVU_SECRET_KEY", "demo-secret-key" if server_url else None)
    with Novu(secret_key=key, server_url=server_url) as novu:
        events = [
            TriggerEventRequestDto(
                workflow_id="order-shipped",
                # A subscriber object creates or updates the subscriber as part of the trigger.
                to=SubscriberPayloadDto(subscriber_id=subscriber_id, first_name=name, email=email),
                payload={"order_id": order_id},
                transaction_id=f"shipped-{order_id}",
            )
            for order_id, subscriber_id, name, email in ORDERS
        ]
        results = novu.trigger_bulk(
            events=events,
            idempotency_key="shipped-batch-" + "-".join(order for order, *_ in ORDERS),
        )
        print(f"sent {len(events)} events in one request; {len(results)} results:")
        for event, result in zip(events, results, strict=False):
            print(f"  {event.transaction_id}: acknowledged={result.acknowledged} status={result.status}")


if __name__ == "__main__":
    main()
