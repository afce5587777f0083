# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""Retrieve a folder: `GET /v1/folders/{folderId}` (FoldersController_getFolder).

Standalone function module; the same call is `novu.folders.get_folder(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.folder_dto import FolderDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="FoldersController_getFolder",
    method="GET",
    path="/v1/folders/{folderId}",
    facade="folders.get_folder",
    envelope=True,
    bare_keys=(),
    pagination=None,
    errors={},
    has_body=False,
    returns_json=True,
)


def _parts(
    *,
    folder_id: str,
) -> RequestParts:
    return RequestParts(
        method="GET",
        url=f"/v1/folders/{_c.path_param('folder_id', folder_id)}",
    )


def _parse(data: Any) -> FolderDto:
    parsed: FolderDto = _c.root(lambda: _c.model(FolderDto, data, "$"))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    folder_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[FolderDto]:
    """Retrieve a folder

    `GET /v1/folders/{folderId}`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(
            folder_id=folder_id,
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
    folder_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> FolderDto:
    """Retrieve a folder

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(
            folder_id=folder_id,
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
    folder_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[FolderDto]:
    """Retrieve a folder (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(
            folder_id=folder_id,
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
    folder_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> FolderDto:
    """Retrieve a folder (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(
                folder_id=folder_id,
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
