# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Bulk trigger event: `POST /v1/events/trigger/bulk` (EventsController_triggerBulk).

Standalone function module; the same call is `novu.trigger_bulk(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.bulk_trigger_event_dto import BulkTriggerEventDto
from novu_api.models.trigger_event_response_dto import TriggerEventResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="EventsController_triggerBulk",
    method="POST",
    path="/v1/events/trigger/bulk",
    facade="trigger_bulk",
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
    bulk={"items": "events", "limit": 100},
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {}


def _parts(
    *,
    body: BulkTriggerEventDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="POST",
        url="/v1/events/trigger/bulk",
        json=_c.json_body(body, ("model", BulkTriggerEventDto)) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> list[TriggerEventResponseDto]:
    parsed: list[TriggerEventResponseDto] = _c.root(
        OPERATION.facade, strict, data, ("list", ("model", TriggerEventResponseDto))
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    body: BulkTriggerEventDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[list[TriggerEventResponseDto]]:
    """Bulk trigger event

    `POST /v1/events/trigger/bulk`; returns the parsed value with status and headers.
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
    body: BulkTriggerEventDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> list[TriggerEventResponseDto]:
    """Bulk trigger event


          Using this endpoint you can trigger multiple events at once, to avoid multiple calls to the
    API.
          The bulk API is limited to 100 events per request.


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
    body: BulkTriggerEventDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[list[TriggerEventResponseDto]]:
    """Bulk trigger event (async); returns the parsed value with status and headers."""
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
    body: BulkTriggerEventDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> list[TriggerEventResponseDto]:
    """Bulk trigger event (async)."""
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
