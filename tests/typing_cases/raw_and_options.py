"""Checked by mypy, never run: raw responses are typed like the plain calls, per-call options are
one typed definition (`novu_api.RequestOptions`), and misspellings are type errors.

A rejected line carries `# type: ignore[code]`; mypy --strict warns about an unused ignore, so a
case that stops being rejected fails the check.
"""

from __future__ import annotations

import httpx
from typing_extensions import assert_type

from novu_api import AsyncNovu, AsyncPage, Novu, RawResponse, RequestOptions, Response, SyncPage
from novu_api.api.subscribers import retrieve, search
from novu_api.models import (
    SubscriberResponseDto,
    TopicResponseDto,
    TriggerEventResponseDto,
)


def raw_sync(novu: Novu) -> None:
    raw = novu.with_raw_response.subscribers.retrieve(subscriber_id="s1")
    assert_type(raw, RawResponse[SubscriberResponseDto])
    assert_type(raw.parsed, SubscriberResponseDto)
    assert_type(raw.status_code, int)
    assert_type(raw.headers, httpx.Headers)
    # A paginated call's raw `.parsed` is the page the plain call returns.
    page = novu.with_raw_response.subscribers.search(limit=10)
    assert_type(page.parsed, SyncPage[SubscriberResponseDto])
    assert_type(novu.with_raw_response.trigger(workflow_id="w", to="s1").parsed, TriggerEventResponseDto)
    # RawResponse is the `Response` of the `*_detailed` functions.
    detailed: Response[SubscriberResponseDto] = raw
    print(detailed)
    # The plain method's parameters, checked the same way.
    novu.with_raw_response.subscribers.retrieve(subscriber_ids="s1")  # type: ignore[call-arg]
    novu.with_raw_response.subscribers.retrieve(subscriber_id=1)  # type: ignore[arg-type]
    novu.with_raw_response.subscribers.retrieve(subscriber_id="s1", timeot=3)  # type: ignore[call-arg]
    # Overloaded methods (a renamed argument and its alias) keep their first signature.
    assert_type(novu.with_raw_response.topics.create(topic_key="news").parsed, TopicResponseDto)


async def raw_async(novu: AsyncNovu) -> None:
    raw = await novu.with_raw_response.subscribers.retrieve(subscriber_id="s1")
    assert_type(raw, RawResponse[SubscriberResponseDto])
    page = await novu.with_raw_response.subscribers.search()
    assert_type(page.parsed, AsyncPage[SubscriberResponseDto])
    await novu.with_raw_response.subscribers.retrieve(subscriber_ids="s1")  # type: ignore[call-arg]


def options(novu: Novu) -> None:
    # Every option has its type; a wrong type or name is refused on the facade and standalone.
    novu.subscribers.retrieve(subscriber_id="s1", timeout=httpx.Timeout(3.0), max_retries=0)
    novu.subscribers.retrieve(subscriber_id="s1", extra_headers={"X-A": "1"}, extra_query={"q": 1})
    novu.subscribers.retrieve(subscriber_id="s1", max_retries="3")  # type: ignore[arg-type]
    novu.subscribers.retrieve(subscriber_id="s1", max_retires=3)  # type: ignore[call-arg]
    assert_type(retrieve.sync(client=novu, subscriber_id="s1", idempotency_key="k"), SubscriberResponseDto)
    retrieve.sync(client=novu, subscriber_id="s1", idempotency_keys="k")  # type: ignore[call-arg]
    assert_type(search.sync(client=novu), SyncPage[SubscriberResponseDto])
    assert_type(retrieve.sync_detailed(client=novu, subscriber_id="s1"), Response[SubscriberResponseDto])
    # The one definition, usable by callers too.
    shared: RequestOptions = {"timeout": 5.0, "max_retries": 2}
    novu.subscribers.retrieve(subscriber_id="s1", **shared)
    wrong: RequestOptions = {"timeout": "5"}  # type: ignore[typeddict-item]
    print(wrong)


async def standalone_async(novu: AsyncNovu) -> None:
    assert_type(await retrieve.asyncio(client=novu, subscriber_id="s1", timeout=None), SubscriberResponseDto)
    assert_type(await search.asyncio(client=novu), AsyncPage[SubscriberResponseDto])
    await retrieve.asyncio(client=novu, subscriber_id="s1", retries=1)  # type: ignore[call-arg]


def error_bodies(novu: Novu) -> None:
    from novu_api import errors
    from novu_api.models import ErrorDto, ValidationErrorDto

    try:
        novu.subscribers.retrieve(subscriber_id="s1")
    except errors.UnprocessableEntityError as exc:
        # Typed by status from the document: the declared models, or the undecoded forms.
        if isinstance(exc.body, ValidationErrorDto):
            assert_type(exc.body, ValidationErrorDto)
        print(exc.body.status_code)  # type: ignore[union-attr]
    except errors.NotFoundError as exc:
        if isinstance(exc.body, ErrorDto):
            print(exc.body.message)
        print(exc.body.error_id)  # type: ignore[union-attr]
    except errors.APIStatusError as exc:
        body = exc.body
        print(body.anything)  # type: ignore[union-attr]
