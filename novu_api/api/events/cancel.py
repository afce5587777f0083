# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Cancel triggered event: `DELETE /v1/events/trigger/{transactionId}` (EventsController_cancel).

Standalone function module; the same call is `novu.cancel(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="EventsController_cancel",
    method="DELETE",
    path="/v1/events/trigger/{transactionId}",
    facade="cancel",
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
    "transactionId": "transaction_id",
}


def _parts(
    *,
    transaction_id: str,
) -> RequestParts:
    return RequestParts(
        method="DELETE",
        url=f"/v1/events/trigger/{_c.path_param('transaction_id', transaction_id)}",
    )


def _parse(data: Any, strict: bool = False) -> bool:
    parsed: bool = _c.root(OPERATION.facade, strict, data, ("bool",))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    transaction_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[bool]:
    """Cancel triggered event

    `DELETE /v1/events/trigger/{transactionId}`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(
            transaction_id=transaction_id,
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
    transaction_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> bool:
    """Cancel triggered event


        Using a previously generated transactionId during the event trigger,
         will cancel any active or pending workflows. This is useful to cancel active digests, delays
    etc...


    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(
            transaction_id=transaction_id,
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
    transaction_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[bool]:
    """Cancel triggered event (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(
            transaction_id=transaction_id,
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
    transaction_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> bool:
    """Cancel triggered event (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(
                transaction_id=transaction_id,
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
