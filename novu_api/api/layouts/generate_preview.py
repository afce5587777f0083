# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Generate layout preview: `POST /v2/layouts/{layoutId}/preview` (LayoutsController_generatePreview).

Standalone function module; the same call is `novu.layouts.generate_preview(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.generate_layout_preview_response_dto import GenerateLayoutPreviewResponseDto
from novu_api.models.layout_preview_request_dto import LayoutPreviewRequestDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="LayoutsController_generatePreview",
    method="POST",
    path="/v2/layouts/{layoutId}/preview",
    facade="layouts.generate_preview",
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
    "layoutId": "layout_id",
}


def _parts(
    *,
    layout_id: str,
    body: LayoutPreviewRequestDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="POST",
        url=f"/v2/layouts/{_c.path_param('layout_id', layout_id)}/preview",
        json=_c.json_body(body, ("model", LayoutPreviewRequestDto)) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> GenerateLayoutPreviewResponseDto:
    parsed: GenerateLayoutPreviewResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", GenerateLayoutPreviewResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    layout_id: str,
    body: LayoutPreviewRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[GenerateLayoutPreviewResponseDto]:
    """Generate layout preview

    `POST /v2/layouts/{layoutId}/preview`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(layout_id=layout_id, body=body),
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
    layout_id: str,
    body: LayoutPreviewRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> GenerateLayoutPreviewResponseDto:
    """Generate layout preview

    Generates a preview for a layout by its unique identifier **layoutId**

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(layout_id=layout_id, body=body),
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
    layout_id: str,
    body: LayoutPreviewRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[GenerateLayoutPreviewResponseDto]:
    """Generate layout preview (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(layout_id=layout_id, body=body),
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
    layout_id: str,
    body: LayoutPreviewRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> GenerateLayoutPreviewResponseDto:
    """Generate layout preview (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(layout_id=layout_id, body=body),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
