# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Create an environment: `POST /v1/environments` (EnvironmentsControllerV1_createEnvironment).

Standalone function module; the same call is `novu.environments.create(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.create_environment_request_dto import CreateEnvironmentRequestDto
from novu_api.models.environment_response_dto import EnvironmentResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts, plain_json
from ..._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="EnvironmentsControllerV1_createEnvironment",
    method="POST",
    path="/v1/environments",
    facade="environments.create",
    envelope=True,
    errors={
        "400": "ErrorDto",
        "401": "ErrorDto",
        "402": "ErrorDto",
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
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "name": (str,),
    "color": (str,),
    "parentId": (str,),
}


def _parts(
    *,
    body: CreateEnvironmentRequestDto | dict[str, Any],
) -> RequestParts:
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", CreateEnvironmentRequestDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="POST",
        url="/v1/environments",
        json=wire,
        content=content,
    )


def _parse(data: Any, strict: bool = False) -> EnvironmentResponseDto:
    parsed: EnvironmentResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", EnvironmentResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    body: CreateEnvironmentRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[EnvironmentResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    body: CreateEnvironmentRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> EnvironmentResponseDto:
    """Create an environment

    Creates a new environment within the current organization. Environments allow you to manage
    different stages of your application development lifecycle. Each environment has its own set of
    API keys and configurations.

    `POST /v1/environments` (EnvironmentsControllerV1_createEnvironment). On a client:
    `novu.environments.create(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        body (CreateEnvironmentRequestDto | dict[str, Any]; JSON body): the request: a
            `CreateEnvironmentRequestDto`, or a dict of its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        EnvironmentResponseDto: the decoded response.

    Raises:
        BadRequestError: 400; `.body`: `ErrorDto`.
        AuthenticationError: 401; `.body`: `ErrorDto`.
        APIStatusError: 402; `.body`: `ErrorDto`.
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
    body: CreateEnvironmentRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[EnvironmentResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(body=body), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    body: CreateEnvironmentRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> EnvironmentResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(body=body), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
