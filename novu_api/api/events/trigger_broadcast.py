# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Broadcast event to all: `POST /v1/events/trigger/broadcast` (EventsController_broadcastEventToAll).

Standalone function module; the same call is `novu.trigger_broadcast(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.trigger_event_response_dto import TriggerEventResponseDto
from novu_api.models.trigger_event_to_all_request_dto import TriggerEventToAllRequestDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="EventsController_broadcastEventToAll",
    method="POST",
    path="/v1/events/trigger/broadcast",
    facade="trigger_broadcast",
    envelope=True,
    bare_keys=(),
    pagination=None,
    errors={
        "400": "PayloadValidationExceptionDto",
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
_PARAMETERS: dict[str, str] = {}


def _parts(
    *,
    body: TriggerEventToAllRequestDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="POST",
        url="/v1/events/trigger/broadcast",
        json=_c.json_body(body, ("model", TriggerEventToAllRequestDto)) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> TriggerEventResponseDto:
    parsed: TriggerEventResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", TriggerEventResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    body: TriggerEventToAllRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[TriggerEventResponseDto]:
    """Broadcast event to all

    `POST /v1/events/trigger/broadcast`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(body=body),
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
    body: TriggerEventToAllRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> TriggerEventResponseDto:
    """Broadcast event to all

    Trigger a broadcast event to all existing subscribers, could be used to send announcements, etc.
          In the future could be used to trigger events to a subset of subscribers based on defined
    filters.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(body=body),
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
    body: TriggerEventToAllRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[TriggerEventResponseDto]:
    """Broadcast event to all (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(body=body),
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
    body: TriggerEventToAllRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> TriggerEventResponseDto:
    """Broadcast event to all (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(body=body),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
