# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Retrieve master translations JSON: `GET /v2/translations/master-json` (TranslationController_getMasterJsonEndpoint).

Standalone function module; the same call is `novu.translations.master.retrieve(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.get_master_json_response_dto import GetMasterJsonResponseDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ...._client import AsyncNovu, Novu
    from ...._options import RequestOptions

OPERATION = Operation(
    operation_id="TranslationController_getMasterJsonEndpoint",
    method="GET",
    path="/v2/translations/master-json",
    facade="translations.master.retrieve",
    envelope=True,
    errors={},
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "locale": "locale",
}


def _parts(
    *,
    locale: str | Unset = UNSET,
) -> RequestParts:
    params: dict[str, Any] = {}
    if locale is not UNSET:
        params["locale"] = _c.query_value("locale", locale, ("str",))
    return RequestParts(
        method="GET",
        url="/v2/translations/master-json",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> GetMasterJsonResponseDto:
    parsed: GetMasterJsonResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", GetMasterJsonResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    locale: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[GetMasterJsonResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(locale=locale), _parse, **options)


def sync(
    *,
    client: Novu,
    locale: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> GetMasterJsonResponseDto:
    """Retrieve master translations JSON

    Retrieve all translations for a locale in master JSON format organized by resourceId
    (workflowId)

    `GET /v2/translations/master-json` (TranslationController_getMasterJsonEndpoint). On a client:
    `novu.translations.master.retrieve(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        locale (str, optional; query): Locale to export. If not provided, exports organization
            default locale
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        GetMasterJsonResponseDto: the decoded response.

    Raises:
        APIConnectionError: no response arrived (APITimeoutError when it timed out).
        ResponseValidationError: the response does not fit its declared type.

    Example:
        result = retrieve.sync(client=novu)
    """
    return client._request(OPERATION, _parts(locale=locale), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    locale: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[GetMasterJsonResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(locale=locale), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    locale: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> GetMasterJsonResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(locale=locale), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
