# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Update an environment: `PUT /v1/environments/{environmentId}` (EnvironmentsControllerV1_updateMyEnvironment).

Standalone function module; the same call is `novu.environments.update(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.environment_response_dto import EnvironmentResponseDto
from novu_api.models.update_environment_request_dto import UpdateEnvironmentRequestDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts, plain_json
from ..._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="EnvironmentsControllerV1_updateMyEnvironment",
    method="PUT",
    path="/v1/environments/{environmentId}",
    facade="environments.update",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "environmentId": "environment_id",
}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "name": (str,),
    "identifier": (str,),
    "parentId": (str,),
    "color": (str,),
}


def _parts(
    *,
    environment_id: str,
    body: UpdateEnvironmentRequestDto | dict[str, Any],
) -> RequestParts:
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", UpdateEnvironmentRequestDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="PUT",
        url=f"/v1/environments/{_c.path_param('environment_id', environment_id)}",
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
    environment_id: str,
    body: UpdateEnvironmentRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[EnvironmentResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(environment_id=environment_id, body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    environment_id: str,
    body: UpdateEnvironmentRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> EnvironmentResponseDto:
    """Update an environment

    Update an environment by its unique identifier **environmentId**. You can modify the environment
    name, identifier, color, and other configuration settings.

    `PUT /v1/environments/{environmentId}` (EnvironmentsControllerV1_updateMyEnvironment). On a
    client: `novu.environments.update(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        environment_id (str; path): The unique identifier of the environment
        body (UpdateEnvironmentRequestDto | dict[str, Any]; JSON body): the request: a
            `UpdateEnvironmentRequestDto`, or a dict of its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        EnvironmentResponseDto: the decoded response.

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
        result = update.sync(client=novu, environment_id="ENVIRONMENT_ID", body={...})
    """
    return client._request(
        OPERATION, _parts(environment_id=environment_id, body=body), _parse, **options
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    environment_id: str,
    body: UpdateEnvironmentRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[EnvironmentResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION, _parts(environment_id=environment_id, body=body), _parse, **options
    )


async def asyncio(
    *,
    client: AsyncNovu,
    environment_id: str,
    body: UpdateEnvironmentRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> EnvironmentResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(OPERATION, _parts(environment_id=environment_id, body=body), _parse, **options)
    ).parsed


asyncio.__doc__ = sync.__doc__
