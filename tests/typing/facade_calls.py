"""What the facade and the standalone modules return, and arguments they refuse."""

from __future__ import annotations

from typing_extensions import assert_type

from novu_api import AsyncNovu, Novu, Response, Unset
from novu_api.api.subscribers import retrieve
from novu_api.models import (
    SubscriberPayloadDto,
    SubscriberResponseDto,
    TopicResponseDto,
    TriggerEventResponseDto,
)


def sync_calls(novu: Novu) -> None:
    result = novu.trigger(workflow_id="welcome", to="subscriber-1", payload={"name": "Ada"})
    assert_type(result, TriggerEventResponseDto)
    assert_type(result.acknowledged, bool)
    assert_type(result.transaction_id, str | Unset)
    to = SubscriberPayloadDto(subscriber_id="s-1", email="ada@example.com")
    assert_type(novu.trigger(workflow_id="welcome", to=to), TriggerEventResponseDto)
    assert_type(novu.trigger(workflow_id="welcome", to=["s-1", to]), TriggerEventResponseDto)
    assert_type(novu.subscribers.retrieve(subscriber_id="s-1"), SubscriberResponseDto)
    assert_type(novu.subscribers.create(subscriber_id="s-1", data={"plan": "pro"}), SubscriberResponseDto)
    assert_type(novu.topics.create(topic_key="news", name="News"), TopicResponseDto)

    # A misspelled argument, a missing one, a wrong type: refused before anything runs.
    novu.subscribers.retrieve(subscriberid="s-1")  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
    novu.subscribers.retrieve()  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
    novu.subscribers.retrieve(subscriber_id=42)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    novu.subscribers.retrieve("s-1")  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
    novu.trigger(workflow_id="welcome")  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
    novu.trigger(workflow_id="welcome", to=7)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    novu.subscribers.retreive(subscriber_id="s-1")  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue]


def standalone(novu: Novu) -> None:
    assert_type(retrieve.sync(client=novu, subscriber_id="s-1"), SubscriberResponseDto)
    detailed = retrieve.sync_detailed(client=novu, subscriber_id="s-1")
    assert_type(detailed, Response[SubscriberResponseDto])
    assert_type(detailed.parsed, SubscriberResponseDto)
    assert_type(detailed.status_code, int)
    assert_type(detailed.request_id, str | None)
    assert_type(detailed.replayed, bool)
    retrieve.sync(client=AsyncNovu(), subscriber_id="s-1")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]


async def async_calls(novu: AsyncNovu) -> None:
    assert_type(await novu.trigger(workflow_id="welcome", to="s-1"), TriggerEventResponseDto)
    assert_type(await novu.subscribers.retrieve(subscriber_id="s-1"), SubscriberResponseDto)
    assert_type(await retrieve.asyncio(client=novu, subscriber_id="s-1"), SubscriberResponseDto)
    detailed = await retrieve.asyncio_detailed(client=novu, subscriber_id="s-1")
    assert_type(detailed.parsed, SubscriberResponseDto)
    # Forgetting `await` is a type error where the result is used.
    result = novu.subscribers.retrieve(subscriber_id="s-1")
    print(result.subscriber_id)  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue]
    await novu.subscribers.retrieve(subscriber_id=None)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
