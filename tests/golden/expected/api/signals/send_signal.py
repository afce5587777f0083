# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""Send a signal: `POST /v1/signals` (SignalsController_sendSignal).

Standalone function module; the same call is `novu.send_signal(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.signal_response_dto import SignalResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from novu_api.models.signal_request_dto import SignalRequestDto

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="SignalsController_sendSignal",
    method="POST",
    path="/v1/signals",
    facade="send_signal",
    envelope=True,
    bare_keys=(),
    pagination=None,
    errors={},
    has_body=True,
    returns_json=True,
)


def _parts(
    *,
    body: SignalRequestDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="POST",
        url="/v1/signals",
        json=_c.json_body(body, "SignalRequestDto") if body is not UNSET else None,
    )


def _parse(data: Any) -> SignalResponseDto:
    parsed: SignalResponseDto = _c.root(lambda: _c.model(SignalResponseDto, data, "$"))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    body: SignalRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[SignalResponseDto]:
    """Send a signal

    `POST /v1/signals`; returns the parsed value with status and headers.
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
    body: SignalRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> SignalResponseDto:
    """Send a signal

    Hoisted onto the client: its group is empty.

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
    body: SignalRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[SignalResponseDto]:
    """Send a signal (async); returns the parsed value with status and headers."""
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
    body: SignalRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> SignalResponseDto:
    """Send a signal (async)."""
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
