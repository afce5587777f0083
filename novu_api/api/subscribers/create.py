# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Create a subscriber: `POST /v2/subscribers` (SubscribersController_createSubscriber).

Standalone function module; the same call is `novu.subscribers.create(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.create_subscriber_request_dto import CreateSubscriberRequestDto
from novu_api.models.subscriber_response_dto import SubscriberResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="SubscribersController_createSubscriber",
    method="POST",
    path="/v2/subscribers",
    facade="subscribers.create",
    envelope=True,
    bare_keys=(
        "__v",
        "_environmentId",
        "_id",
        "_organizationId",
        "avatar",
        "channels",
        "createdAt",
        "deleted",
        "email",
        "firstName",
        "isOnline",
        "lastName",
        "lastOnlineAt",
        "locale",
        "phone",
        "subscriberId",
        "timezone",
        "topics",
        "updatedAt",
    ),
    pagination=None,
    errors={
        "400": "ErrorDto",
        "401": "ErrorDto",
        "403": "ErrorDto",
        "404": "ErrorDto",
        "405": "ErrorDto",
        "409": "SubscriberResponseDto",
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
    body: CreateSubscriberRequestDto | dict[str, Any],
) -> RequestParts:
    params: dict[str, Any] = {}
    if fail_if_exists is not UNSET:
        params["failIfExists"] = _c.query_value("fail_if_exists", fail_if_exists, ("bool",))
    return RequestParts(
        method="POST",
        url="/v2/subscribers",
        params=params,
        json=_c.json_body(body, ("model", CreateSubscriberRequestDto)) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> SubscriberResponseDto:
    parsed: SubscriberResponseDto = _c.root(OPERATION.facade, strict, data, ("model", SubscriberResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    fail_if_exists: bool | Unset = UNSET,
    body: CreateSubscriberRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[SubscriberResponseDto]:
    """Create a subscriber

    `POST /v2/subscribers`; returns the parsed value with status and headers.
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
    body: CreateSubscriberRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> SubscriberResponseDto:
    """Create a subscriber

    Create a subscriber with the subscriber attributes.
          **subscriberId** is a required field, rest other fields are optional, if the subscriber
    already exists, it will be updated

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
    body: CreateSubscriberRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[SubscriberResponseDto]:
    """Create a subscriber (async); returns the parsed value with status and headers."""
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
    body: CreateSubscriberRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> SubscriberResponseDto:
    """Create a subscriber (async)."""
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
