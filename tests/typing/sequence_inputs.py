"""Pending: list parameters and fields accept any sequence (`Sequence` is covariant), as the run
time does; today a `list[str]` is refused where `list[str | ...]` is declared ("list is invariant")."""

from __future__ import annotations

from collections.abc import Sequence

from novu_api import AsyncNovu, Novu
from novu_api.models import SubscriberPayloadDto, TopicPayloadDto, TriggerEventRequestDto


def sequences(
    novu: Novu,
    user_ids: list[str],
    topics: list[TopicPayloadDto],
    subscribers: Sequence[SubscriberPayloadDto],
) -> None:
    novu.trigger(workflow_id="w", to=user_ids)
    novu.trigger(workflow_id="w", to=topics)
    novu.trigger(workflow_id="w", to=subscribers)
    novu.trigger(workflow_id="w", to=("s-1", "s-2"))
    novu.topics.subscriptions.create(topic_key="vip", subscriptions=["u1", "u2"])
    novu.topics.subscriptions.create(topic_key="vip", subscriptions=user_ids)
    TriggerEventRequestDto(workflow_id="w", to=user_ids)
    TriggerEventRequestDto(workflow_id="w", to=("s-1",))
    novu.trigger(workflow_id="w", to=[1, 2])  # type: ignore[list-item]  # pyright: ignore[reportArgumentType]


async def sequences_async(novu: AsyncNovu, user_ids: list[str]) -> None:
    await novu.trigger(workflow_id="w", to=user_ids)
