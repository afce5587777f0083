# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Delete a translation group: `DELETE /v2/translations/{resourceType}/{resourceId}` (TranslationController_deleteTranslationGroupEndpoint).

Standalone function module; the same call is `novu.translations.groups.delete(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import Response

if TYPE_CHECKING:
    from novu_api.models.translation_controller_delete_translation_group_endpoint_resource_type import (
        TranslationControllerDeleteTranslationGroupEndpointResourceType,
    )

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ...._client import AsyncNovu, Novu
    from ...._options import RequestOptions

OPERATION = Operation(
    operation_id="TranslationController_deleteTranslationGroupEndpoint",
    method="DELETE",
    path="/v2/translations/{resourceType}/{resourceId}",
    facade="translations.groups.delete",
    errors={},
    returns_json=False,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "resourceType": "resource_type",
    "resourceId": "resource_id",
}


def _parts(
    *,
    resource_type: TranslationControllerDeleteTranslationGroupEndpointResourceType | str,
    resource_id: str,
) -> RequestParts:
    return RequestParts(
        method="DELETE",
        url=f"/v2/translations/{_c.path_param('resource_type', resource_type)}/{_c.path_param('resource_id', resource_id)}",
    )


def _parse(data: Any, strict: bool = False) -> None:
    return None


def sync_detailed(
    *,
    client: Novu,
    resource_type: TranslationControllerDeleteTranslationGroupEndpointResourceType | str,
    resource_id: str,
    **options: Unpack[RequestOptions],
) -> Response[None]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(
        OPERATION, _parts(resource_type=resource_type, resource_id=resource_id), _parse, **options
    )


def sync(
    *,
    client: Novu,
    resource_type: TranslationControllerDeleteTranslationGroupEndpointResourceType | str,
    resource_id: str,
    **options: Unpack[RequestOptions],
) -> None:
    """Delete a translation group

    Delete an entire translation group and all its translations

    `DELETE /v2/translations/{resourceType}/{resourceId}`
    (TranslationController_deleteTranslationGroupEndpoint). On a client:
    `novu.translations.groups.delete(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        resource_type (TranslationControllerDeleteTranslationGroupEndpointResourceType | str; path):
            Resource type. Constraints: one of "workflow", "layout".
        resource_id (str; path): Resource ID
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        None: the call has no response body.

    Raises:
        NotFoundError: 404; `.body`: `ErrorDto`.
        APIConnectionError: no response arrived (APITimeoutError when it timed out).
        ResponseValidationError: the response does not fit its declared type.

    Example:
        delete.sync(client=novu, resource_type="workflow", resource_id="welcome-email")
    """
    return client._request(
        OPERATION, _parts(resource_type=resource_type, resource_id=resource_id), _parse, **options
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    resource_type: TranslationControllerDeleteTranslationGroupEndpointResourceType | str,
    resource_id: str,
    **options: Unpack[RequestOptions],
) -> Response[None]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION, _parts(resource_type=resource_type, resource_id=resource_id), _parse, **options
    )


async def asyncio(
    *,
    client: AsyncNovu,
    resource_type: TranslationControllerDeleteTranslationGroupEndpointResourceType | str,
    resource_id: str,
    **options: Unpack[RequestOptions],
) -> None:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(
            OPERATION, _parts(resource_type=resource_type, resource_id=resource_id), _parse, **options
        )
    ).parsed


asyncio.__doc__ = sync.__doc__
