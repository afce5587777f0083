# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Delete an integration: `DELETE /v1/integrations/{integrationId}` (IntegrationsController_removeIntegration).

Standalone function module; the same call is `novu.integrations.delete(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.integration_response_dto import IntegrationResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="IntegrationsController_removeIntegration",
    method="DELETE",
    path="/v1/integrations/{integrationId}",
    facade="integrations.delete",
    envelope=True,
    bare_keys=(),
    pagination=None,
    errors={
        "400": "ErrorDto",
        "401": "ErrorDto",
        "403": "ErrorDto",
        "404": "ErrorDto",
        "405": "ErrorDto",
        "409": "ErrorDto",
        "413": "ErrorDto",
        "414": "ErrorDto",
        "415": "ErrorDto",
        "422": "ValidationErrorDto",
        "500": "ErrorDto",
    },
    has_body=False,
    returns_json=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "integrationId": "integration_id",
}


def _parts(
    *,
    integration_id: str,
) -> RequestParts:
    return RequestParts(
        method="DELETE",
        url=f"/v1/integrations/{_c.path_param('integration_id', integration_id)}",
    )


def _parse(data: Any, strict: bool = False) -> list[IntegrationResponseDto]:
    parsed: list[IntegrationResponseDto] = _c.root(
        OPERATION.facade, strict, data, ("list", ("model", IntegrationResponseDto))
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    integration_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[list[IntegrationResponseDto]]:
    """Delete an integration

    `DELETE /v1/integrations/{integrationId}`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(
            integration_id=integration_id,
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
    integration_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> list[IntegrationResponseDto]:
    """Delete an integration

    Delete an integration by its unique key identifier **integrationId**.
        This action is irreversible. Only integration metadata is returned, credentials field is
    returned as empty object.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(
            integration_id=integration_id,
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
    integration_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[list[IntegrationResponseDto]]:
    """Delete an integration (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(
            integration_id=integration_id,
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
    integration_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> list[IntegrationResponseDto]:
    """Delete an integration (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(
                integration_id=integration_id,
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
