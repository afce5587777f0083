# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Create a topic: `POST /v2/topics` (TopicsController_upsertTopic).

Standalone function module; the same call is `novu.topics.create(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.create_update_topic_request_dto import CreateUpdateTopicRequestDto
from novu_api.models.topic_response_dto import TopicResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="TopicsController_upsertTopic",
    method="POST",
    path="/v2/topics",
    facade="topics.create",
    envelope=True,
    bare_keys=(),
    pagination=None,
    errors={
        "400": "ErrorDto",
        "401": "ErrorDto",
        "403": "ErrorDto",
        "404": "ErrorDto",
        "405": "ErrorDto",
        "409": "TopicResponseDto",
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
    "failIfExists": "fail_if_exists",
}


def _parts(
    *,
    fail_if_exists: bool | Unset = UNSET,
    body: CreateUpdateTopicRequestDto | dict[str, Any],
) -> RequestParts:
    params: dict[str, Any] = {}
    if fail_if_exists is not UNSET:
        params["failIfExists"] = _c.query_value("fail_if_exists", fail_if_exists, ("bool",))
    return RequestParts(
        method="POST",
        url="/v2/topics",
        params=params,
        json=_c.json_body(body, ("model", CreateUpdateTopicRequestDto)) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> TopicResponseDto:
    parsed: TopicResponseDto = _c.root(OPERATION.facade, strict, data, ("model", TopicResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    fail_if_exists: bool | Unset = UNSET,
    body: CreateUpdateTopicRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[TopicResponseDto]:
    """Create a topic

    `POST /v2/topics`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(fail_if_exists=fail_if_exists, body=body),
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
    fail_if_exists: bool | Unset = UNSET,
    body: CreateUpdateTopicRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> TopicResponseDto:
    """Create a topic

    Creates a new topic if it does not exist, or updates an existing topic if it already exists. Use
    ?failIfExists=true to prevent updates.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(fail_if_exists=fail_if_exists, body=body),
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
    fail_if_exists: bool | Unset = UNSET,
    body: CreateUpdateTopicRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[TopicResponseDto]:
    """Create a topic (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(fail_if_exists=fail_if_exists, body=body),
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
    fail_if_exists: bool | Unset = UNSET,
    body: CreateUpdateTopicRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> TopicResponseDto:
    """Create a topic (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(fail_if_exists=fail_if_exists, body=body),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
