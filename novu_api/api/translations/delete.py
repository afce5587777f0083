# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Delete a translation: `DELETE /v2/translations/{resourceType}/{resourceId}/{locale}` (TranslationController_deleteTranslationEndpoint).

Standalone function module; the same call is `novu.translations.delete(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import Response

if TYPE_CHECKING:
    from novu_api.models.translation_controller_delete_translation_endpoint_resource_type import (
        TranslationControllerDeleteTranslationEndpointResourceType,
    )

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="TranslationController_deleteTranslationEndpoint",
    method="DELETE",
    path="/v2/translations/{resourceType}/{resourceId}/{locale}",
    facade="translations.delete",
    errors={},
    returns_json=False,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "resourceType": "resource_type",
    "resourceId": "resource_id",
    "locale": "locale",
}


def _parts(
    *,
    resource_type: TranslationControllerDeleteTranslationEndpointResourceType | str,
    resource_id: str,
    locale: str,
) -> RequestParts:
    return RequestParts(
        method="DELETE",
        url=f"/v2/translations/{_c.path_param('resource_type', resource_type)}/{_c.path_param('resource_id', resource_id)}/{_c.path_param('locale', locale)}",
    )


def _parse(data: Any, strict: bool = False) -> None:
    return None


def sync_detailed(
    *,
    client: Novu,
    resource_type: TranslationControllerDeleteTranslationEndpointResourceType | str,
    resource_id: str,
    locale: str,
    **options: Unpack[RequestOptions],
) -> Response[None]:
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
    resource_type: TranslationControllerDeleteTranslationEndpointResourceType | str,
    resource_id: str,
    locale: str,
    **options: Unpack[RequestOptions],
) -> None:
    """Delete a translation

    Delete a specific translation by resource type, resource ID and locale

    `DELETE /v2/translations/{resourceType}/{resourceId}/{locale}`
    (TranslationController_deleteTranslationEndpoint). On a client: `novu.translations.delete(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        resource_type (TranslationControllerDeleteTranslationEndpointResourceType | str; path):
            Resource type. Constraints: one of "workflow", "layout".
        resource_id (str; path): Resource ID
        locale (str; path): Locale code
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        None: the call has no response body.

    Raises:
        NotFoundError: 404; `.body`: `ErrorDto`.
        APIConnectionError: no response arrived (APITimeoutError when it timed out).
        ResponseValidationError: the response does not fit its declared type.

    Example:
        delete.sync(client=novu, resource_type="workflow", resource_id="RESOURCE_ID", locale="LOCALE")
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
    resource_type: TranslationControllerDeleteTranslationEndpointResourceType | str,
    resource_id: str,
    locale: str,
    **options: Unpack[RequestOptions],
) -> Response[None]:
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
    resource_type: TranslationControllerDeleteTranslationEndpointResourceType | str,
    resource_id: str,
    locale: str,
    **options: Unpack[RequestOptions],
) -> None:
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
