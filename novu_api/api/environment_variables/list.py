# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""List all variables: `GET /v1/environment-variables` (EnvironmentVariablesController_listEnvironmentVariables).

Standalone function module; the same call is `novu.environment_variables.list(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.environment_variable_response_dto import EnvironmentVariableResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="EnvironmentVariablesController_listEnvironmentVariables",
    method="GET",
    path="/v1/environment-variables",
    facade="environment_variables.list",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "search": "search",
}


def _parts(
    *,
    search: str | Unset = UNSET,
) -> RequestParts:
    params: dict[str, Any] = {}
    if search is not UNSET:
        params["search"] = _c.query_value("search", search, ("str",))
    return RequestParts(
        method="GET",
        url="/v1/environment-variables",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> list[EnvironmentVariableResponseDto]:
    parsed: list[EnvironmentVariableResponseDto] = _c.root(
        OPERATION.facade, strict, data, ("list", ("model", EnvironmentVariableResponseDto))
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    search: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[list[EnvironmentVariableResponseDto]]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(search=search), _parse, **options)


def sync(
    *,
    client: Novu,
    search: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> list[EnvironmentVariableResponseDto]:
    """List all variables

    Returns all environment variables for the current organization. Secret values are masked.

    `GET /v1/environment-variables` (EnvironmentVariablesController_listEnvironmentVariables). On a
    client: `novu.environment_variables.list(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        search (str, optional; query): Filter variables by key (case-insensitive partial match).
            Constraints: at most 256 characters.
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        list[EnvironmentVariableResponseDto]: the decoded response.

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
        result = list.sync(client=novu)
    """
    return client._request(OPERATION, _parts(search=search), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    search: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[list[EnvironmentVariableResponseDto]]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(search=search), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    search: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> list[EnvironmentVariableResponseDto]:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(search=search), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
