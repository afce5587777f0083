# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""List environment tags: `GET /v2/environments/{environmentId}/tags` (EnvironmentsController_getEnvironmentTags).

Standalone function module; the same call is `novu.environments.get_tags(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.get_environment_tags_dto import GetEnvironmentTagsDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="EnvironmentsController_getEnvironmentTags",
    method="GET",
    path="/v2/environments/{environmentId}/tags",
    facade="environments.get_tags",
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
    "environmentId": "environment_id",
}


def _parts(
    *,
    environment_id: str,
) -> RequestParts:
    return RequestParts(
        method="GET",
        url=f"/v2/environments/{_c.path_param('environment_id', environment_id)}/tags",
    )


def _parse(data: Any, strict: bool = False) -> list[GetEnvironmentTagsDto]:
    parsed: list[GetEnvironmentTagsDto] = _c.root(
        OPERATION.facade, strict, data, ("list", ("model", GetEnvironmentTagsDto))
    )
    return parsed


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
) -> Response[list[GetEnvironmentTagsDto]]:
    """List environment tags

    `GET /v2/environments/{environmentId}/tags`; returns the parsed value with status and headers.
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
) -> list[GetEnvironmentTagsDto]:
    """List environment tags

    Retrieve all unique tags used in workflows within the specified environment. These tags can be used
    for filtering workflows.

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
) -> Response[list[GetEnvironmentTagsDto]]:
    """List environment tags (async); returns the parsed value with status and headers."""
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
) -> list[GetEnvironmentTagsDto]:
    """List environment tags (async)."""
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
