"""Arguments a caller writes by hand: plain strings for enums, literal lists, dicts for objects."""

from __future__ import annotations

import datetime

from typing_extensions import assert_type

from novu_api import AsyncNovu, File, Novu
from novu_api.models import SubscriberPayloadDto, TopicPayloadDto, TriggerEventResponseDto


def by_hand(novu: Novu) -> None:
    # An enum-typed argument takes its plain value.
    novu.subscribers.search(order_direction="ASC", limit=10)
    # Literal lists, mixed members included.
    novu.trigger(workflow_id="w", to=["s-1", "s-2"])
    novu.trigger(workflow_id="w", to=["s-1", SubscriberPayloadDto(subscriber_id="s-2")])
    novu.trigger(workflow_id="w", to=[TopicPayloadDto(topic_key="vip", type_="Topic")])
    # Objects as dicts with wire names; a free-form payload as any JSON object.
    novu.trigger(workflow_id="w", to={"subscriberId": "s-1", "email": "ada@example.com"})
    novu.trigger(workflow_id="w", to="s-1", payload={"order": {"id": 1, "items": ["a"]}})
    novu.subscribers.create(subscriber_id="s-1", data={"plan": "pro", "seats": 3})
    novu.trigger(workflow_id="w", to="s-1", payload=["not", "an", "object"])  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    upload = File(payload=b'{"hello": "bonjour"}', file_name="fr_FR.json", mime_type="application/json")
    novu.translations.master.upload(file=upload)
    novu.translations.upload(resource_id="w", resource_type="workflow", files=[upload])
    File(payload="text")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    print(datetime.datetime.now(datetime.timezone.utc))


async def by_hand_async(novu: AsyncNovu) -> None:
    result = await novu.trigger(workflow_id="w", to=["s-1", "s-2"], payload={"a": 1})
    assert_type(result, TriggerEventResponseDto)
