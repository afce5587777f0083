# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Retrieve a translation: `GET /v2/translations/{resourceType}/{resourceId}/{locale}` (TranslationController_getSingleTranslation).

Standalone function module; the same call is `novu.translations.retrieve(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.translation_response_dto import TranslationResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import Response

if TYPE_CHECKING:
    from novu_api.models.translation_controller_get_single_translation_resource_type import (
        TranslationControllerGetSingleTranslationResourceType,
    )

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="TranslationController_getSingleTranslation",
    method="GET",
    path="/v2/translations/{resourceType}/{resourceId}/{locale}",
    facade="translations.retrieve",
    envelope=True,
    errors={},
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "resourceType": "resource_type",
    "resourceId": "resource_id",
    "locale": "locale",
}


def _parts(
    *,
    resource_type: TranslationControllerGetSingleTranslationResourceType | str,
    resource_id: str,
    locale: str,
) -> RequestParts:
    return RequestParts(
        method="GET",
        url=f"/v2/translations/{_c.path_param('resource_type', resource_type)}/{_c.path_param('resource_id', resource_id)}/{_c.path_param('locale', locale)}",
    )


def _parse(data: Any, strict: bool = False) -> TranslationResponseDto:
    parsed: TranslationResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", TranslationResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    resource_type: TranslationControllerGetSingleTranslationResourceType | str,
    resource_id: str,
    locale: str,
    **options: Unpack[RequestOptions],
) -> Response[TranslationResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(
        OPERATION,
        _parts(resource_type=resource_type, resource_id=resource_id, locale=locale),
        _parse,
        **options,
    )


def sync(
    *,
    client: Novu,
    resource_type: TranslationControllerGetSingleTranslationResourceType | str,
    resource_id: str,
    locale: str,
    **options: Unpack[RequestOptions],
) -> TranslationResponseDto:
    """Retrieve a translation

    Retrieve a specific translation by resource type, resource ID and locale

    `GET /v2/translations/{resourceType}/{resourceId}/{locale}`
    (TranslationController_getSingleTranslation). On a client: `novu.translations.retrieve(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        resource_type (TranslationControllerGetSingleTranslationResourceType | str; path): Resource
            type. Constraints: one of "workflow", "layout".
        resource_id (str; path): Resource ID
        locale (str; path): Locale code
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        TranslationResponseDto: the decoded response.

    Raises:
        NotFoundError: 404; `.body`: `ErrorDto`.
        APIConnectionError: no response arrived (APITimeoutError when it timed out).
        ResponseValidationError: the response does not fit its declared type.

    Example:
        result = retrieve.sync(client=novu, resource_type="workflow", resource_id="welcome-email", locale="en_US")
    """
    return client._request(
        OPERATION,
        _parts(resource_type=resource_type, resource_id=resource_id, locale=locale),
        _parse,
        **options,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    resource_type: TranslationControllerGetSingleTranslationResourceType | str,
    resource_id: str,
    locale: str,
    **options: Unpack[RequestOptions],
) -> Response[TranslationResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION,
        _parts(resource_type=resource_type, resource_id=resource_id, locale=locale),
        _parse,
        **options,
    )


async def asyncio(
    *,
    client: AsyncNovu,
    resource_type: TranslationControllerGetSingleTranslationResourceType | str,
    resource_id: str,
    locale: str,
    **options: Unpack[RequestOptions],
) -> TranslationResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(
            OPERATION,
            _parts(resource_type=resource_type, resource_id=resource_id, locale=locale),
            _parse,
            **options,
        )
    ).parsed


asyncio.__doc__ = sync.__doc__
