# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Create a variable: `POST /v1/environment-variables` (EnvironmentVariablesController_createEnvironmentVariable).

Standalone function module; the same call is `novu.environment_variables.create(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.create_environment_variable_request_dto import CreateEnvironmentVariableRequestDto
from novu_api.models.environment_variable_response_dto import EnvironmentVariableResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts, plain_json
from ..._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="EnvironmentVariablesController_createEnvironmentVariable",
    method="POST",
    path="/v1/environment-variables",
    facade="environment_variables.create",
    envelope=True,
    errors={
        "400": "ErrorDto",
        "401": "ErrorDto",
        "403": "ErrorDto",
        "404": "ErrorDto",
        "405": "ErrorDto",
        "413": "ErrorDto",
        "414": "ErrorDto",
        "415": "ErrorDto",
        "422": "ValidationErrorDto",
        "500": "ErrorDto",
    },
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "key": (str,),
    "type": (str,),
    "isSecret": (bool,),
}


def _parts(
    *,
    body: CreateEnvironmentVariableRequestDto | dict[str, Any],
) -> RequestParts:
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", CreateEnvironmentVariableRequestDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="POST",
        url="/v1/environment-variables",
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
    body: CreateEnvironmentVariableRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[EnvironmentVariableResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    body: CreateEnvironmentVariableRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> EnvironmentVariableResponseDto:
    """Create a variable

    Creates a new environment variable. Keys must be uppercase with underscores only (e.g.
    BASE_URL). Secret variables are encrypted at rest and masked in API responses.

    `POST /v1/environment-variables` (EnvironmentVariablesController_createEnvironmentVariable). On
    a client: `novu.environment_variables.create(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        body (CreateEnvironmentVariableRequestDto | dict[str, Any]; JSON body): the request: a
            `CreateEnvironmentVariableRequestDto`, or a dict of its fields
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
        result = create.sync(client=novu, body={...})
    """
    return client._request(OPERATION, _parts(body=body), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    body: CreateEnvironmentVariableRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[EnvironmentVariableResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(body=body), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    body: CreateEnvironmentVariableRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> EnvironmentVariableResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(body=body), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
