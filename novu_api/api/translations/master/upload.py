# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Upload master translations JSON file: `POST /v2/translations/master-json/upload` (TranslationController_uploadMasterJsonEndpoint).

Standalone function module; the same call is `novu.translations.master.upload(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.import_master_json_response_dto import ImportMasterJsonResponseDto
from novu_api.models.translation_controller_upload_master_json_endpoint_body import (
    TranslationControllerUploadMasterJsonEndpointBody,
)

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ...._client import AsyncNovu, Novu
    from ...._options import RequestOptions

OPERATION = Operation(
    operation_id="TranslationController_uploadMasterJsonEndpoint",
    method="POST",
    path="/v2/translations/master-json/upload",
    facade="translations.master.upload",
    envelope=True,
    errors={},
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {}


def _parts(
    *,
    body: TranslationControllerUploadMasterJsonEndpointBody | dict[str, Any],
) -> RequestParts:
    fields, files = _c.multipart_parts(
        body, ["file"], ("model", TranslationControllerUploadMasterJsonEndpointBody)
    )
    return RequestParts(
        method="POST",
        url="/v2/translations/master-json/upload",
        data=fields,
        files=files,
    )


def _parse(data: Any, strict: bool = False) -> ImportMasterJsonResponseDto:
    parsed: ImportMasterJsonResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", ImportMasterJsonResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    body: TranslationControllerUploadMasterJsonEndpointBody | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[ImportMasterJsonResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    body: TranslationControllerUploadMasterJsonEndpointBody | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> ImportMasterJsonResponseDto:
    """Upload master translations JSON file

    Upload a master JSON file containing translations for multiple workflows. Locale is
    automatically detected from filename (e.g., en_US.json)

    `POST /v2/translations/master-json/upload` (TranslationController_uploadMasterJsonEndpoint). On
    a client: `novu.translations.master.upload(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        body (TranslationControllerUploadMasterJsonEndpointBody | dict[str, Any]; multipart body):
            the request: a `TranslationControllerUploadMasterJsonEndpointBody`, or a dict of its
            fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        ImportMasterJsonResponseDto: the decoded response.

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
    body: TranslationControllerUploadMasterJsonEndpointBody | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[ImportMasterJsonResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(body=body), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    body: TranslationControllerUploadMasterJsonEndpointBody | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> ImportMasterJsonResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(body=body), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
