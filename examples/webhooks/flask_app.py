"""A Novu webhook receiver for Flask.

    NOVU_WEBHOOK_SECRET=whsec_... flask --app examples.webhooks.flask_app run

Verify the raw body before anything parses it, answer 2xx at once, process later.
"""

from __future__ import annotations

import queue

from flask import Flask, request

from novu_api import webhooks

app = Flask(__name__)
seen = webhooks.ReplayGuard()  # one process; several need a shared store (docs/webhooks.md)
pending: queue.Queue[webhooks.WebhookEvent] = queue.Queue()  # stands in for your task queue


@app.post("/webhooks/novu")
def novu_webhook() -> tuple[str, int]:
    # The bytes as sent; `request.get_json()` would give a parsed object whose re-serialisation
    # is not what Novu signed.
    body = request.get_data()
    try:
        event = webhooks.verify(body, request.headers)  # the secret comes from NOVU_WEBHOOK_SECRET
    except webhooks.WebhookVerificationError as exc:
        return exc.reason, 400
    if seen.first_time(webhooks.delivery_id(request.headers)):
        pending.put(event)  # slow work happens elsewhere: Novu waits for the answer, and retries
    return "", 204


def process_pending() -> list[str]:
    """What a worker would do: take events off the queue and act on them by type."""
    done = []
    while not pending.empty():
        event = pending.get_nowait()
        if isinstance(event, webhooks.events.MessageFailedEvent):
            done.append(f"failed: {event.data.error.message}")
        else:
            done.append(event.type_)
    return done
