# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Delete a translation group: `DELETE /v2/translations/{resourceType}/{resourceId}` (TranslationController_deleteTranslationGroupEndpoint).

Standalone function module; the same call is `novu.translations.groups.delete(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from novu_api.models.translation_controller_delete_translation_group_endpoint_resource_type import (
        TranslationControllerDeleteTranslationGroupEndpointResourceType,
    )

if TYPE_CHECKING:
    import httpx

    from ...._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="TranslationController_deleteTranslationGroupEndpoint",
    method="DELETE",
    path="/v2/translations/{resourceType}/{resourceId}",
    facade="translations.groups.delete",
    envelope=False,
    bare_keys=(),
    pagination=None,
    errors={},
    has_body=False,
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
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[None]:
    """Delete a translation group

    `DELETE /v2/translations/{resourceType}/{resourceId}`; returns the parsed value with status and headers.
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
    resource_type: TranslationControllerDeleteTranslationGroupEndpointResourceType | str,
    resource_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> None:
    """Delete a translation group

    Delete an entire translation group and all its translations

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
    resource_type: TranslationControllerDeleteTranslationGroupEndpointResourceType | str,
    resource_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[None]:
    """Delete a translation group (async); returns the parsed value with status and headers."""
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
    resource_type: TranslationControllerDeleteTranslationGroupEndpointResourceType | str,
    resource_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> None:
    """Delete a translation group (async)."""
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
