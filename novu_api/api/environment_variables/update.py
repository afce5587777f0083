# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Update a variable: `PATCH /v1/environment-variables/{variableKey}` (EnvironmentVariablesController_updateEnvironmentVariable).

Standalone function module; the same call is `novu.environment_variables.update(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.environment_variable_response_dto import EnvironmentVariableResponseDto
from novu_api.models.update_environment_variable_request_dto import UpdateEnvironmentVariableRequestDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts, plain_json
from ..._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="EnvironmentVariablesController_updateEnvironmentVariable",
    method="PATCH",
    path="/v1/environment-variables/{variableKey}",
    facade="environment_variables.update",
    envelope=True,
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
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "variableKey": "variable_key",
}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "key": (str,),
    "type": (str,),
    "isSecret": (bool,),
}


def _parts(
    *,
    variable_key: str,
    body: UpdateEnvironmentVariableRequestDto | dict[str, Any],
) -> RequestParts:
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", UpdateEnvironmentVariableRequestDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="PATCH",
        url=f"/v1/environment-variables/{_c.path_param('variable_key', variable_key)}",
        json=wire,
        content=content,
    )


def _parse(data: Any, strict: bool = False) -> EnvironmentVariableResponseDto:
    parsed: EnvironmentVariableResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", EnvironmentVariableResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    variable_key: str,
    body: UpdateEnvironmentVariableRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[EnvironmentVariableResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(variable_key=variable_key, body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    variable_key: str,
    body: UpdateEnvironmentVariableRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> EnvironmentVariableResponseDto:
    """Update a variable

    Updates an existing environment variable. Providing `values` merges them into the existing
    per-environment values by `_environmentId`; envs not present in the request keep their stored
    value. Submitting the masked secret placeholder (the value returned by read endpoints for secret
    variables) as a real value is rejected.

    `PATCH /v1/environment-variables/{variableKey}`
    (EnvironmentVariablesController_updateEnvironmentVariable). On a client:
    `novu.environment_variables.update(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        variable_key (str; path): The unique key of the environment variable (e.g. BASE_URL)
        body (UpdateEnvironmentVariableRequestDto | dict[str, Any]; JSON body): the request: a
            `UpdateEnvironmentVariableRequestDto`, or a dict of its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        EnvironmentVariableResponseDto: the decoded response.

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
        result = update.sync(client=novu, variable_key="BASE_URL", body={...})
    """
    return client._request(OPERATION, _parts(variable_key=variable_key, body=body), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    variable_key: str,
    body: UpdateEnvironmentVariableRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[EnvironmentVariableResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(variable_key=variable_key, body=body), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    variable_key: str,
    body: UpdateEnvironmentVariableRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> EnvironmentVariableResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(OPERATION, _parts(variable_key=variable_key, body=body), _parse, **options)
    ).parsed


asyncio.__doc__ = sync.__doc__
