# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Delete an environment: `DELETE /v1/environments/{environmentId}` (EnvironmentsControllerV1_deleteEnvironment).

Standalone function module; the same call is `novu.environments.delete(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="EnvironmentsControllerV1_deleteEnvironment",
    method="DELETE",
    path="/v1/environments/{environmentId}",
    facade="environments.delete",
    envelope=False,
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
    returns_json=False,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "environmentId": "environment_id",
}


def _parts(
    *,
    environment_id: str,
) -> RequestParts:
    return RequestParts(
        method="DELETE",
        url=f"/v1/environments/{_c.path_param('environment_id', environment_id)}",
    )


def _parse(data: Any, strict: bool = False) -> None:
    return None


def sync_detailed(
    *,
    client: Novu,
    environment_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[None]:
    """Delete an environment

    `DELETE /v1/environments/{environmentId}`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(
            environment_id=environment_id,
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
    environment_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> None:
    """Delete an environment

    Delete an environment by its unique identifier **environmentId**.
        This action is irreversible and will remove the environment and all its associated data.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(
            environment_id=environment_id,
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
    environment_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[None]:
    """Delete an environment (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(
            environment_id=environment_id,
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
    environment_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> None:
    """Delete an environment (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(
                environment_id=environment_id,
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
