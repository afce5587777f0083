"""`with_raw_response` is typed: each method as the plain call with the same arguments, its
result's `.parsed` what the plain call returns (pages included)."""

from __future__ import annotations

import httpx
from typing_extensions import assert_type

from novu_api import AsyncNovu, Novu
from novu_api.models import SubscriberResponseDto, TriggerEventResponseDto
from novu_api.pagination import AsyncPage, SyncPage


class NotAResult:
    pass


def raw(novu: Novu) -> None:
    response = novu.with_raw_response.subscribers.retrieve(subscriber_id="s-1")
    assert_type(response.parsed, SubscriberResponseDto)
    assert_type(response.status_code, int)
    assert_type(response.headers, httpx.Headers)
    assert_type(response.http_response, httpx.Response)
    assert_type(response.request_id, str | None)
    assert_type(response.replayed, bool)
    wrong: NotAResult = response  # type: ignore[assignment]  # pyright: ignore[reportAssignmentType]
    print(wrong)
    page = novu.with_raw_response.subscribers.search(limit=10)
    assert_type(page.parsed, SyncPage[SubscriberResponseDto])
    triggered = novu.with_raw_response.trigger(workflow_id="w", to="s-1")
    assert_type(triggered.parsed, TriggerEventResponseDto)
    novu.with_raw_response.subscribers.retrieve(subscriberid="s-1")  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
    novu.with_raw_response.subscribers.retreive(subscriber_id="s-1")  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue]


async def raw_async(novu: AsyncNovu) -> None:
    response = await novu.with_raw_response.subscribers.retrieve(subscriber_id="s-1")
    assert_type(response.parsed, SubscriberResponseDto)
    page = await novu.with_raw_response.subscribers.search()
    assert_type(page.parsed, AsyncPage[SubscriberResponseDto])
