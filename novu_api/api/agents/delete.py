# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Delete an agent: `DELETE /v1/agents/{identifier}` (AgentsController_deleteAgent).

Standalone function module; the same call is `novu.agents.delete(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="AgentsController_deleteAgent",
    method="DELETE",
    path="/v1/agents/{identifier}",
    facade="agents.delete",
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
    **options: Unpack[RequestOptions],
) -> Response[None]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(
        OPERATION, _parts(identifier=identifier, delete_from_provider=delete_from_provider), _parse, **options
    )


def sync(
    *,
    client: Novu,
    identifier: str,
    delete_from_provider: str,
    **options: Unpack[RequestOptions],
) -> None:
    """Delete an agent

    Delete an agent by identifier and remove all agent-integration links. For managed-runtime
    agents, pass `deleteFromProvider=true` to also archive the agent on the provider side (e.g.
    Anthropic). By default only the Novu record is deleted and the provider agent is left intact.

    `DELETE /v1/agents/{identifier}` (AgentsController_deleteAgent). On a client:
    `novu.agents.delete(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        identifier (str; path):
        delete_from_provider (str; query):
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        None: the call has no response body.

    Raises:
        BadRequestError: 400; `.body`: `ErrorDto`.
        AuthenticationError: 401; `.body`: `ErrorDto`.
        PermissionDeniedError: 403; `.body`: `ErrorDto`.
        NotFoundError: 404; `.body`: `ErrorDto`.
        MethodNotAllowedError: 405; `.body`: `ErrorDto`.
        ConflictError: 409; `.body`: `ErrorDto`.
        PayloadTooLargeError: 413; `.body`: `ErrorDto`.
        URITooLongError: 414; `.body`: `ErrorDto`.
        UnsupportedMediaTypeError: 415; `.body`: `ErrorDto`.
        UnprocessableEntityError: 422; `.body`: `ValidationErrorDto`.
        RateLimitError: 429; `.body`: `ErrorDto`.
        InternalServerError: 500; `.body`: `ErrorDto`.
        ServiceUnavailableError: 503; `.body`: `ErrorDto`.
        APIConnectionError: no response arrived (APITimeoutError when it timed out).
        ResponseValidationError: the response does not fit its declared type.

    Example:
        delete.sync(client=novu, identifier="IDENTIFIER", delete_from_provider="DELETE_FROM_PROVIDER")
    """
    return client._request(
        OPERATION, _parts(identifier=identifier, delete_from_provider=delete_from_provider), _parse, **options
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    identifier: str,
    delete_from_provider: str,
    **options: Unpack[RequestOptions],
) -> Response[None]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION, _parts(identifier=identifier, delete_from_provider=delete_from_provider), _parse, **options
    )


async def asyncio(
    *,
    client: AsyncNovu,
    identifier: str,
    delete_from_provider: str,
    **options: Unpack[RequestOptions],
) -> None:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(
            OPERATION,
            _parts(identifier=identifier, delete_from_provider=delete_from_provider),
            _parse,
            **options,
        )
    ).parsed


asyncio.__doc__ = sync.__doc__
