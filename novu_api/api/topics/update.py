# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Update a topic: `PATCH /v2/topics/{topicKey}` (TopicsController_updateTopic).

Standalone function module; the same call is `novu.topics.update(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.topic_response_dto import TopicResponseDto
from novu_api.models.update_topic_request_dto import UpdateTopicRequestDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="TopicsController_updateTopic",
    method="PATCH",
    path="/v2/topics/{topicKey}",
    facade="topics.update",
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
    has_body=True,
    returns_json=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "topicKey": "topic_key",
}


def _parts(
    *,
    topic_key: str,
    body: UpdateTopicRequestDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="PATCH",
        url=f"/v2/topics/{_c.path_param('topic_key', topic_key)}",
        json=_c.json_body(body, ("model", UpdateTopicRequestDto)) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> TopicResponseDto:
    parsed: TopicResponseDto = _c.root(OPERATION.facade, strict, data, ("model", TopicResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    topic_key: str,
    body: UpdateTopicRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[TopicResponseDto]:
    """Update a topic

    `PATCH /v2/topics/{topicKey}`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(topic_key=topic_key, body=body),
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
    body: UpdateTopicRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> TopicResponseDto:
    """Update a topic

    Update a topic name by its unique key identifier **topicKey**

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(topic_key=topic_key, body=body),
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
    body: UpdateTopicRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[TopicResponseDto]:
    """Update a topic (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(topic_key=topic_key, body=body),
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
    body: UpdateTopicRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> TopicResponseDto:
    """Update a topic (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(topic_key=topic_key, body=body),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
