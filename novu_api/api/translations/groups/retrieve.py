# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Retrieve a translation group: `GET /v2/translations/group/{resourceType}/{resourceId}` (TranslationController_getTranslationGroupEndpoint).

Standalone function module; the same call is `novu.translations.groups.retrieve(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.translation_group_dto import TranslationGroupDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import Response

if TYPE_CHECKING:
    from novu_api.models.translation_controller_get_translation_group_endpoint_resource_type import (
        TranslationControllerGetTranslationGroupEndpointResourceType,
    )

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ...._client import AsyncNovu, Novu
    from ...._options import RequestOptions

OPERATION = Operation(
    operation_id="TranslationController_getTranslationGroupEndpoint",
    method="GET",
    path="/v2/translations/group/{resourceType}/{resourceId}",
    facade="translations.groups.retrieve",
    envelope=True,
    errors={},
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "resourceType": "resource_type",
    "resourceId": "resource_id",
}


def _parts(
    *,
    resource_type: TranslationControllerGetTranslationGroupEndpointResourceType | str,
    resource_id: str,
) -> RequestParts:
    return RequestParts(
        method="GET",
        url=f"/v2/translations/group/{_c.path_param('resource_type', resource_type)}/{_c.path_param('resource_id', resource_id)}",
    )


def _parse(data: Any, strict: bool = False) -> TranslationGroupDto:
    parsed: TranslationGroupDto = _c.root(OPERATION.facade, strict, data, ("model", TranslationGroupDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    resource_type: TranslationControllerGetTranslationGroupEndpointResourceType | str,
    resource_id: str,
    **options: Unpack[RequestOptions],
) -> Response[TranslationGroupDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(
        OPERATION, _parts(resource_type=resource_type, resource_id=resource_id), _parse, **options
    )


def sync(
    *,
    client: Novu,
    resource_type: TranslationControllerGetTranslationGroupEndpointResourceType | str,
    resource_id: str,
    **options: Unpack[RequestOptions],
) -> TranslationGroupDto:
    """Retrieve a translation group

    Retrieves a single translation group by resource type (workflow, layout) and resource ID
    (workflowId, layoutId)

    `GET /v2/translations/group/{resourceType}/{resourceId}`
    (TranslationController_getTranslationGroupEndpoint). On a client:
    `novu.translations.groups.retrieve(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        resource_type (TranslationControllerGetTranslationGroupEndpointResourceType | str; path):
            Resource type. Constraints: one of "workflow", "layout".
        resource_id (str; path): Resource ID
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        TranslationGroupDto: the decoded response.

    Raises:
        NotFoundError: 404; `.body`: `ErrorDto`.
        APIConnectionError: no response arrived (APITimeoutError when it timed out).
        ResponseValidationError: the response does not fit its declared type.

    Example:
        result = retrieve.sync(client=novu, resource_type="workflow", resource_id="welcome-email")
    """
    return client._request(
        OPERATION, _parts(resource_type=resource_type, resource_id=resource_id), _parse, **options
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    resource_type: TranslationControllerGetTranslationGroupEndpointResourceType | str,
    resource_id: str,
    **options: Unpack[RequestOptions],
) -> Response[TranslationGroupDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION, _parts(resource_type=resource_type, resource_id=resource_id), _parse, **options
    )


async def asyncio(
    *,
    client: AsyncNovu,
    resource_type: TranslationControllerGetTranslationGroupEndpointResourceType | str,
    resource_id: str,
    **options: Unpack[RequestOptions],
) -> TranslationGroupDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(
            OPERATION, _parts(resource_type=resource_type, resource_id=resource_id), _parse, **options
        )
    ).parsed


asyncio.__doc__ = sync.__doc__
