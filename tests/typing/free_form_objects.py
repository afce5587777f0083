"""Pending: a free-form object field takes a plain mapping wherever its model is declared; today
the models take only the generated wrapper class (examples/bulk_trigger.py fails for this)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from novu_api import Novu
from novu_api.models import CreateSubscriberRequestDto, SubscriberPayloadDto, TriggerEventRequestDto


def plain_dicts(novu: Novu, payload: Mapping[str, Any], data: dict[str, object]) -> None:
    TriggerEventRequestDto(workflow_id="w", to="s-1", payload={"order_id": "1001"})
    TriggerEventRequestDto(workflow_id="w", to="s-1", payload=payload)
    CreateSubscriberRequestDto(subscriber_id="s-1", data={"plan": "pro"})
    SubscriberPayloadDto(subscriber_id="s-1", data={"plan": "pro"})
    SubscriberPayloadDto(subscriber_id="s-1", data=data)
    novu.trigger(workflow_id="w", to="s-1", payload=payload)
    novu.subscribers.create(subscriber_id="s-1", data=payload)
    TriggerEventRequestDto(workflow_id="w", to="s-1", payload=["a"])  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
