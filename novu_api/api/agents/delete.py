# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Delete an agent: `DELETE /v1/agents/{identifier}` (AgentsController_deleteAgent).

Standalone function module; the same call is `novu.agents.delete(...)` on a client.
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
    operation_id="AgentsController_deleteAgent",
    method="DELETE",
    path="/v1/agents/{identifier}",
    facade="agents.delete",
    envelope=False,
    bare_keys=(),
    pagination=None,
    errors={
        "400": "ErrorDto",
        "401": "ErrorDto",
        "403": "ErrorDto",
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
    "identifier": "identifier",
    "deleteFromProvider": "delete_from_provider",
}


def _parts(
    *,
    identifier: str,
    delete_from_provider: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    if delete_from_provider is not UNSET:
        params["deleteFromProvider"] = _c.query_value("delete_from_provider", delete_from_provider, ("str",))
    return RequestParts(
        method="DELETE",
        url=f"/v1/agents/{_c.path_param('identifier', identifier)}",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> None:
    return None


def sync_detailed(
    *,
    client: Novu,
    identifier: str,
    delete_from_provider: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[None]:
    """Delete an agent

    `DELETE /v1/agents/{identifier}`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(
            identifier=identifier,
            delete_from_provider=delete_from_provider,
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
    identifier: str,
    delete_from_provider: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> None:
    """Delete an agent

    Delete an agent by identifier and remove all agent-integration links. For managed-runtime agents,
    pass `deleteFromProvider=true` to also archive the agent on the provider side (e.g. Anthropic). By
    default only the Novu record is deleted and the provider agent is left intact.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(
            identifier=identifier,
            delete_from_provider=delete_from_provider,
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
    identifier: str,
    delete_from_provider: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[None]:
    """Delete an agent (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(
            identifier=identifier,
            delete_from_provider=delete_from_provider,
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
    identifier: str,
    delete_from_provider: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> None:
    """Delete an agent (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(
                identifier=identifier,
                delete_from_provider=delete_from_provider,
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
