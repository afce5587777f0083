"""Checked by mypy (`make typecheck`), never run: what a type checker must accept and reject.

A rejected line carries `# type: ignore[code]`; mypy --strict warns about an unused ignore, so a
case that stops being rejected fails the check.
"""

from __future__ import annotations

from typing_extensions import assert_type

from novu_api import AsyncNovu, Novu, RetryPolicy
from novu_api.models import TopicResponseDto, TriggerEventResponseDto


def sync_calls(novu: Novu) -> None:
    # The consistent name and the spec's name (an alias) are both accepted, one at a time.
    assert_type(novu.trigger_broadcast(workflow_id="welcome", payload={}), TriggerEventResponseDto)
    assert_type(novu.trigger_broadcast(name="welcome", payload={}), TriggerEventResponseDto)
    assert_type(novu.topics.create(topic_key="news"), TopicResponseDto)
    assert_type(novu.topics.create(key="news"), TopicResponseDto)
    novu.trigger_broadcast(payload={})  # type: ignore[call-overload]
    novu.topics.create(name="no key")  # type: ignore[call-overload]
    # Retry settings per call.
    novu.trigger(workflow_id="welcome", to="s-1", retry=RetryPolicy(max_retries=5, initial_delay=1))
    novu.subscribers.search(max_retries=0)
    novu.trigger(workflow_id="welcome", to="s-1", retry=3)  # type: ignore[arg-type]
    # A region name, never an index.
    Novu(server=1)  # type: ignore[arg-type]


async def async_calls(novu: AsyncNovu) -> None:
    assert_type(await novu.trigger_broadcast(name="welcome", payload={}), TriggerEventResponseDto)
    assert_type(await novu.topics.create(topic_key="news"), TopicResponseDto)
    page = await novu.subscribers.search()
    async for subscriber in page:
        print(subscriber.subscriber_id)
    for item in page:  # type: ignore[attr-defined]
        print(item)
    with AsyncNovu() as wrong:  # type: ignore[attr-defined]
        print(wrong)


async def blocking_client_in_async_code() -> None:
    async with Novu() as wrong:  # type: ignore[attr-defined]
        print(wrong)
