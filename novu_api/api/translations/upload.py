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
from ..._types import Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="TranslationController_uploadTranslationFiles",
    method="POST",
    path="/v2/translations/upload",
    facade="translations.upload",
    envelope=True,
    errors={},
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
    **options: Unpack[RequestOptions],
) -> Response[UploadTranslationsResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    body: TranslationControllerUploadTranslationFilesBody | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> UploadTranslationsResponseDto:
    """Upload translation files

    Upload one or more JSON translation files for a specific workflow. Files name must match the
    locale, e.g. en_US.json. Supports both "files" and "files[]" field names for backwards
    compatibility.

    `POST /v2/translations/upload` (TranslationController_uploadTranslationFiles). On a client:
    `novu.translations.upload(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        body (TranslationControllerUploadTranslationFilesBody | dict[str, Any]; multipart body): the
            request: a `TranslationControllerUploadTranslationFilesBody`, or a dict of its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        UploadTranslationsResponseDto: the decoded response.

    Raises:
        APIConnectionError: no response arrived (APITimeoutError when it timed out).
        ResponseValidationError: the response does not fit its declared type.

    Example:
        result = upload.sync(client=novu, body={...})
    """
    return client._request(OPERATION, _parts(body=body), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    body: TranslationControllerUploadTranslationFilesBody | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[UploadTranslationsResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(body=body), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    body: TranslationControllerUploadTranslationFilesBody | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> UploadTranslationsResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(body=body), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
