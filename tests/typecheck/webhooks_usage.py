"""Checked by mypy --strict in tests/test_webhook_typing.py: every line must type-check, except
those marked `# error: <code>`, which must be reported with that code. (Django ships no type
information without django-stubs, so its header object is checked at run time only, by
tests/test_webhook_recipes.py.)"""

from __future__ import annotations

from typing import Literal

from starlette.requests import Request
from typing_extensions import assert_type
from werkzeug.datastructures import EnvironHeaders

from novu_api import WebhookVerificationError, webhooks
from novu_api.models import WebhookMessageFailedDto
from novu_api.webhooks import events


def typed(body: bytes, starlette: Request, flask: EnvironHeaders) -> None:
    event = webhooks.verify(body, {"webhook-id": "msg_1"}, "whsec_x")
    assert_type(event, webhooks.WebhookEvent)
    if isinstance(event, events.MessageFailedEvent):
        assert_type(event.type_, Literal["message.failed"])
        assert_type(event.data, WebhookMessageFailedDto)
    elif isinstance(event, events.UnknownWebhookEvent):
        assert_type(event.type_, str)
    webhooks.verify(body.decode(), [(b"webhook-id", b"msg_1")])
    webhooks.verify(body, [("webhook-id", "msg_1")], tolerance=60)
    webhooks.verify(body, starlette.headers)
    webhooks.verify(body, flask)
    headers = webhooks.sign(body, "whsec_x", msg_id="msg_1", timestamp=1)
    assert_type(headers, dict[str, str])
    assert_type(webhooks.delivery_id(headers), str)
    assert_type(webhooks.ReplayGuard().first_time("msg_1"), bool)
    assert_type(webhooks.parse_event(body), webhooks.WebhookEvent)
    try:
        pass
    except WebhookVerificationError as exc:
        assert_type(exc.reason, str)


def mistakes(body: bytes) -> None:
    webhooks.verify(42, {})  # error: arg-type
    webhooks.verify(body, 42)  # error: arg-type
    webhooks.verify(body, {}, tolerance="300")  # error: arg-type
    webhooks.sign(body, "whsec_x", timestamp="now")  # error: arg-type
    webhooks.verify(body, {}, "whsec_x", 300)  # error: call-arg
