# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Import master translations JSON: `POST /v2/translations/master-json` (TranslationController_importMasterJsonEndpoint).

Standalone function module; the same call is `novu.translations.master.import_(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.import_master_json_request_dto import ImportMasterJsonRequestDto
from novu_api.models.import_master_json_response_dto import ImportMasterJsonResponseDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts, plain_json
from ...._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ...._client import AsyncNovu, Novu
    from ...._options import RequestOptions

OPERATION = Operation(
    operation_id="TranslationController_importMasterJsonEndpoint",
    method="POST",
    path="/v2/translations/master-json",
    facade="translations.master.import_",
    envelope=True,
    errors={},
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "locale": (str,),
    "masterJson": (dict,),
}


def _parts(
    *,
    body: ImportMasterJsonRequestDto | dict[str, Any],
) -> RequestParts:
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", ImportMasterJsonRequestDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="POST",
        url="/v2/translations/master-json",
        json=wire,
        content=content,
    )


def _parse(data: Any, strict: bool = False) -> ImportMasterJsonResponseDto:
    parsed: ImportMasterJsonResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", ImportMasterJsonResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    body: ImportMasterJsonRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[ImportMasterJsonResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    body: ImportMasterJsonRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> ImportMasterJsonResponseDto:
    """Import master translations JSON

    Import translations for multiple workflows from master JSON format for a specific locale

    `POST /v2/translations/master-json` (TranslationController_importMasterJsonEndpoint). On a
    client: `novu.translations.master.import_(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        body (ImportMasterJsonRequestDto | dict[str, Any]; JSON body): the request: a
            `ImportMasterJsonRequestDto`, or a dict of its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        ImportMasterJsonResponseDto: the decoded response.

    Raises:
        APIConnectionError: no response arrived (APITimeoutError when it timed out).
        ResponseValidationError: the response does not fit its declared type.

    Example:
        result = import_.sync(client=novu, body={...})
    """
    return client._request(OPERATION, _parts(body=body), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    body: ImportMasterJsonRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[ImportMasterJsonResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(body=body), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    body: ImportMasterJsonRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> ImportMasterJsonResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(body=body), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
