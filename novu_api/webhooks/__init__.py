"""Verify Novu's signed webhook deliveries and hand them over as typed events.

    from novu_api import webhooks

    event = webhooks.verify(raw_body, request_headers)   # secret from NOVU_WEBHOOK_SECRET
    if isinstance(event, webhooks.events.MessageFailedEvent): ...

Novu signs each delivery the Standard Webhooks way (`webhook-id`, `webhook-timestamp`,
`webhook-signature`; Svix's `svix-` names work too). `verify` checks the signature and the
timestamp, then decodes the body into the event class of its `type` (`events.UnknownWebhookEvent`
for a type this release does not know). Every failure is a `WebhookVerificationError` with a
`reason` code (`REASONS`). `sign` makes the headers for a body, to test a receiver without Novu.
The event classes are loaded on first use: `import novu_api.webhooks` does not import them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import WebhookVerificationError
from ._verify import (
    DEFAULT_TOLERANCE,
    HEADER_PREFIXES,
    REASONS,
    SECRET_ENV,
    Headers,
    ReplayGuard,
    delivery_id,
    parse_event,
    sign,
    verify,
    verify_signature,
)

__all__ = [
    "DEFAULT_TOLERANCE",
    "HEADER_PREFIXES",
    "REASONS",
    "SECRET_ENV",
    "Headers",
    "ReplayGuard",
    "WebhookEvent",
    "WebhookVerificationError",
    "delivery_id",
    "events",
    "parse_event",
    "sign",
    "verify",
    "verify_signature",
]


def __getattr__(name: str) -> Any:
    import importlib

    if name == "events":
        return importlib.import_module(".events", __name__)
    if name == "WebhookEvent":
        return importlib.import_module(".events", __name__).WebhookEvent
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if TYPE_CHECKING:
    from . import events
    from .events import WebhookEvent
