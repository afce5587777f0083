# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""Import widgets from a list: `POST /v1/widgets/import` (WidgetsController_importWidgets).

Standalone function module; the same call is `novu.widgets.import_(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from novu_api.models.create_widget_request_dto import CreateWidgetRequestDto

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="WidgetsController_importWidgets",
    method="POST",
    path="/v1/widgets/import",
    facade="widgets.import_",
    envelope=False,
    bare_keys=(),
    pagination=None,
    errors={},
    has_body=True,
    returns_json=False,
)


def _parts(
    *,
    body: list[CreateWidgetRequestDto],
) -> RequestParts:
    return RequestParts(
        method="POST",
        url="/v1/widgets/import",
        json=_c.json_body(body) if body is not UNSET else None,
    )


def _parse(data: Any) -> None:
    return None


def sync_detailed(
    *,
    client: Novu,
    body: list[CreateWidgetRequestDto],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[None]:
    """Import widgets from a list

    `POST /v1/widgets/import`; returns the parsed value with status and headers.
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
    body: list[CreateWidgetRequestDto],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> None:
    """Import widgets from a list

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
    body: list[CreateWidgetRequestDto],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[None]:
    """Import widgets from a list (async); returns the parsed value with status and headers."""
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
    body: list[CreateWidgetRequestDto],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> None:
    """Import widgets from a list (async)."""
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
