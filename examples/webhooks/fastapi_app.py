"""A Novu webhook receiver for FastAPI (or plain Starlette: the handler only uses its Request).

    NOVU_WEBHOOK_SECRET=whsec_... uvicorn examples.webhooks.fastapi_app:app

Verify the raw body before anything parses it, answer 2xx at once, process later.
"""

from __future__ import annotations

import queue

from fastapi import FastAPI, Request, Response

from novu_api import webhooks

app = FastAPI()
seen = webhooks.ReplayGuard()  # one process; several need a shared store (docs/webhooks.md)
pending: queue.Queue[webhooks.WebhookEvent] = queue.Queue()  # stands in for your task queue


@app.post("/webhooks/novu")
async def novu_webhook(request: Request) -> Response:
    # The bytes as sent. A pydantic body parameter or `await request.json()` would hand over a
    # re-parsed object, and re-serialising it does not give back the signed bytes.
    body = await request.body()
    try:
        event = webhooks.verify(body, request.headers)  # the secret comes from NOVU_WEBHOOK_SECRET
    except webhooks.WebhookVerificationError as exc:
        return Response(exc.reason, status_code=400, media_type="text/plain")
    if seen.first_time(webhooks.delivery_id(request.headers)):
        pending.put(event)  # slow work happens elsewhere: Novu waits for the answer, and retries
    return Response(status_code=204)


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
