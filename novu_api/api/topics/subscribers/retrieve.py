# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Check topic subscriber: `GET /v1/topics/{topicKey}/subscribers/{externalSubscriberId}` (TopicsV1Controller_getTopicSubscriber).

Standalone function module; the same call is `novu.topics.subscribers.retrieve(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.topic_subscriber_dto import TopicSubscriberDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="TopicsV1Controller_getTopicSubscriber",
    method="GET",
    path="/v1/topics/{topicKey}/subscribers/{externalSubscriberId}",
    facade="topics.subscribers.retrieve",
    envelope=True,
    bare_keys=(),
    pagination=None,
    errors={
        "400": "ErrorDto",
        "401": "ErrorDto",
        "403": "ErrorDto",
        "404": "ErrorDto",
        "405": "ErrorDto",
        "409": "ErrorDto",
        "413": "ErrorDto",
        "414": "ErrorDto",
        "415": "ErrorDto",
        "422": "ValidationErrorDto",
        "500": "ErrorDto",
    },
    has_body=False,
    returns_json=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "topicKey": "topic_key",
    "externalSubscriberId": "external_subscriber_id",
}


def _parts(
    *,
    topic_key: str,
    external_subscriber_id: str,
) -> RequestParts:
    return RequestParts(
        method="GET",
        url=f"/v1/topics/{_c.path_param('topic_key', topic_key)}/subscribers/{_c.path_param('external_subscriber_id', external_subscriber_id)}",
    )


def _parse(data: Any, strict: bool = False) -> TopicSubscriberDto:
    parsed: TopicSubscriberDto = _c.root(OPERATION.facade, strict, data, ("model", TopicSubscriberDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    topic_key: str,
    external_subscriber_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[TopicSubscriberDto]:
    """Check topic subscriber

    `GET /v1/topics/{topicKey}/subscribers/{externalSubscriberId}`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(
            topic_key=topic_key,
            external_subscriber_id=external_subscriber_id,
        ),
        _parse,
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )


def sync(
    *,
    client: Novu,
    topic_key: str,
    external_subscriber_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> TopicSubscriberDto:
    """Check topic subscriber

    Check if a subscriber belongs to a certain topic

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(
            topic_key=topic_key,
            external_subscriber_id=external_subscriber_id,
        ),
        _parse,
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    topic_key: str,
    external_subscriber_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[TopicSubscriberDto]:
    """Check topic subscriber (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(
            topic_key=topic_key,
            external_subscriber_id=external_subscriber_id,
        ),
        _parse,
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )


async def asyncio(
    *,
    client: AsyncNovu,
    topic_key: str,
    external_subscriber_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> TopicSubscriberDto:
    """Check topic subscriber (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(
                topic_key=topic_key,
                external_subscriber_id=external_subscriber_id,
            ),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
