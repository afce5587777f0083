"""A Novu webhook receiver for Django, as a one-file project (in your project: the view and the
URL pattern; keep the view `csrf_exempt`, Novu sends no CSRF token).

    NOVU_WEBHOOK_SECRET=whsec_... python -m django runserver --settings examples.webhooks.django_app

Verify the raw body before anything parses it, answer 2xx at once, process later.
"""

from __future__ import annotations

import queue

from django.conf import settings

if not settings.configured:
    settings.configure(
        ROOT_URLCONF=__name__,
        ALLOWED_HOSTS=["localhost", "127.0.0.1", "testserver"],
        SECRET_KEY="example-only-not-a-secret",
        MIDDLEWARE=["django.middleware.common.CommonMiddleware"],
        INSTALLED_APPS=[],
        USE_TZ=True,
    )

from django.http import HttpRequest, HttpResponse  # noqa: E402
from django.urls import path  # noqa: E402
from django.views.decorators.csrf import csrf_exempt  # noqa: E402
from django.views.decorators.http import require_POST  # noqa: E402

from novu_api import webhooks  # noqa: E402

seen = webhooks.ReplayGuard()  # one process; several need a shared store (docs/webhooks.md)
pending: queue.Queue[webhooks.WebhookEvent] = queue.Queue()  # stands in for your task queue


@csrf_exempt
@require_POST
def novu_webhook(request: HttpRequest) -> HttpResponse:
    # request.body is the bytes as sent; read it, not a form or a parsed object.
    try:
        event = webhooks.verify(request.body, request.headers)  # secret from NOVU_WEBHOOK_SECRET
    except webhooks.WebhookVerificationError as exc:
        return HttpResponse(exc.reason, status=400, content_type="text/plain")
    if seen.first_time(webhooks.delivery_id(request.headers)):
        pending.put(event)  # slow work happens elsewhere: Novu waits for the answer, and retries
    return HttpResponse(status=204)


urlpatterns = [path("webhooks/novu", novu_webhook)]


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
