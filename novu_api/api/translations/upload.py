# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Upload translation files: `POST /v2/translations/upload` (TranslationController_uploadTranslationFiles).

Standalone function module; the same call is `novu.translations.upload(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.translation_controller_upload_translation_files_body import (
    TranslationControllerUploadTranslationFilesBody,
)
from novu_api.models.upload_translations_response_dto import UploadTranslationsResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="TranslationController_uploadTranslationFiles",
    method="POST",
    path="/v2/translations/upload",
    facade="translations.upload",
    envelope=True,
    bare_keys=(),
    pagination=None,
    errors={},
    has_body=True,
    returns_json=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {}


def _parts(
    *,
    body: TranslationControllerUploadTranslationFilesBody | dict[str, Any],
) -> RequestParts:
    fields, files = _c.multipart_parts(
        body, ["files"], ("model", TranslationControllerUploadTranslationFilesBody)
    )
    return RequestParts(
        method="POST",
        url="/v2/translations/upload",
        data=fields,
        files=files,
    )


def _parse(data: Any, strict: bool = False) -> UploadTranslationsResponseDto:
    parsed: UploadTranslationsResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", UploadTranslationsResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    body: TranslationControllerUploadTranslationFilesBody | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[UploadTranslationsResponseDto]:
    """Upload translation files

    `POST /v2/translations/upload`; returns the parsed value with status and headers.
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
    body: TranslationControllerUploadTranslationFilesBody | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> UploadTranslationsResponseDto:
    """Upload translation files

    Upload one or more JSON translation files for a specific workflow. Files name must match the locale,
    e.g. en_US.json. Supports both "files" and "files[]" field names for backwards compatibility.

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
    body: TranslationControllerUploadTranslationFilesBody | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[UploadTranslationsResponseDto]:
    """Upload translation files (async); returns the parsed value with status and headers."""
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
    body: TranslationControllerUploadTranslationFilesBody | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> UploadTranslationsResponseDto:
    """Upload translation files (async)."""
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
