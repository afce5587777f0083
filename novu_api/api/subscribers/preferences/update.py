# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Update subscriber preferences: `PATCH /v2/subscribers/{subscriberId}/preferences` (SubscribersController_updateSubscriberPreferences).

Standalone function module; the same call is `novu.subscribers.preferences.update(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.get_subscriber_preferences_dto import GetSubscriberPreferencesDto
from novu_api.models.patch_subscriber_preferences_dto import PatchSubscriberPreferencesDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="SubscribersController_updateSubscriberPreferences",
    method="PATCH",
    path="/v2/subscribers/{subscriberId}/preferences",
    facade="subscribers.preferences.update",
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
    "subscriberId": "subscriber_id",
}


def _parts(
    *,
    subscriber_id: str,
    body: PatchSubscriberPreferencesDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="PATCH",
        url=f"/v2/subscribers/{_c.path_param('subscriber_id', subscriber_id)}/preferences",
        json=_c.json_body(body, ("model", PatchSubscriberPreferencesDto)) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> GetSubscriberPreferencesDto:
    parsed: GetSubscriberPreferencesDto = _c.root(
        OPERATION.facade, strict, data, ("model", GetSubscriberPreferencesDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    subscriber_id: str,
    body: PatchSubscriberPreferencesDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[GetSubscriberPreferencesDto]:
    """Update subscriber preferences

    `PATCH /v2/subscribers/{subscriberId}/preferences`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(subscriber_id=subscriber_id, body=body),
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
    subscriber_id: str,
    body: PatchSubscriberPreferencesDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> GetSubscriberPreferencesDto:
    """Update subscriber preferences

    Update subscriber preferences by its unique key identifier **subscriberId**.
        **workflowId** is optional field, if provided, this API will update that workflow preference,
        otherwise it will update global preferences

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(subscriber_id=subscriber_id, body=body),
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
    subscriber_id: str,
    body: PatchSubscriberPreferencesDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[GetSubscriberPreferencesDto]:
    """Update subscriber preferences (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(subscriber_id=subscriber_id, body=body),
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
    subscriber_id: str,
    body: PatchSubscriberPreferencesDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> GetSubscriberPreferencesDto:
    """Update subscriber preferences (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(subscriber_id=subscriber_id, body=body),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
