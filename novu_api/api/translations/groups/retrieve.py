# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Retrieve a translation group: `GET /v2/translations/group/{resourceType}/{resourceId}` (TranslationController_getTranslationGroupEndpoint).

Standalone function module; the same call is `novu.translations.groups.retrieve(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.translation_group_dto import TranslationGroupDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from novu_api.models.translation_controller_get_translation_group_endpoint_resource_type import (
        TranslationControllerGetTranslationGroupEndpointResourceType,
    )

if TYPE_CHECKING:
    import httpx

    from ...._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="TranslationController_getTranslationGroupEndpoint",
    method="GET",
    path="/v2/translations/group/{resourceType}/{resourceId}",
    facade="translations.groups.retrieve",
    envelope=True,
    bare_keys=(),
    pagination=None,
    errors={},
    has_body=False,
    returns_json=True,
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
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[TranslationGroupDto]:
    """Retrieve a translation group

    `GET /v2/translations/group/{resourceType}/{resourceId}`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(
            resource_type=resource_type,
            resource_id=resource_id,
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
    resource_type: TranslationControllerGetTranslationGroupEndpointResourceType | str,
    resource_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> TranslationGroupDto:
    """Retrieve a translation group

    Retrieves a single translation group by resource type (workflow, layout) and resource ID
    (workflowId, layoutId)

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(
            resource_type=resource_type,
            resource_id=resource_id,
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
    resource_type: TranslationControllerGetTranslationGroupEndpointResourceType | str,
    resource_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[TranslationGroupDto]:
    """Retrieve a translation group (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(
            resource_type=resource_type,
            resource_id=resource_id,
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
    resource_type: TranslationControllerGetTranslationGroupEndpointResourceType | str,
    resource_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> TranslationGroupDto:
    """Retrieve a translation group (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(
                resource_type=resource_type,
                resource_id=resource_id,
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
