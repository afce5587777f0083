# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Publish resources to target environment: `POST /v2/environments/{targetEnvironmentId}/publish` (EnvironmentsController_publishEnvironment).

Standalone function module; the same call is `novu.environments.publish(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.publish_environment_request_dto import PublishEnvironmentRequestDto
from novu_api.models.publish_environment_response_dto import PublishEnvironmentResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="EnvironmentsController_publishEnvironment",
    method="POST",
    path="/v2/environments/{targetEnvironmentId}/publish",
    facade="environments.publish",
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
    has_body=True,
    returns_json=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "targetEnvironmentId": "target_environment_id",
}


def _parts(
    *,
    target_environment_id: str,
    body: PublishEnvironmentRequestDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="POST",
        url=f"/v2/environments/{_c.path_param('target_environment_id', target_environment_id)}/publish",
        json=_c.json_body(body, ("model", PublishEnvironmentRequestDto)) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> PublishEnvironmentResponseDto:
    parsed: PublishEnvironmentResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", PublishEnvironmentResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    target_environment_id: str,
    body: PublishEnvironmentRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[PublishEnvironmentResponseDto]:
    """Publish resources to target environment

    `POST /v2/environments/{targetEnvironmentId}/publish`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(target_environment_id=target_environment_id, body=body),
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
    target_environment_id: str,
    body: PublishEnvironmentRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> PublishEnvironmentResponseDto:
    """Publish resources to target environment

    Publishes all workflows and resources from the source environment to the target environment.
    Optionally specify specific resources to publish or use dryRun mode to preview changes.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(target_environment_id=target_environment_id, body=body),
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
    target_environment_id: str,
    body: PublishEnvironmentRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[PublishEnvironmentResponseDto]:
    """Publish resources to target environment (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(target_environment_id=target_environment_id, body=body),
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
    target_environment_id: str,
    body: PublishEnvironmentRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> PublishEnvironmentResponseDto:
    """Publish resources to target environment (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(target_environment_id=target_environment_id, body=body),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
