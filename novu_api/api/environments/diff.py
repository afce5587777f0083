# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Compare resources between environments: `POST /v2/environments/{targetEnvironmentId}/diff` (EnvironmentsController_diffEnvironment).

Standalone function module; the same call is `novu.environments.diff(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.diff_environment_request_dto import DiffEnvironmentRequestDto
from novu_api.models.diff_environment_response_dto import DiffEnvironmentResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts, plain_json
from ..._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="EnvironmentsController_diffEnvironment",
    method="POST",
    path="/v2/environments/{targetEnvironmentId}/diff",
    facade="environments.diff",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "targetEnvironmentId": "target_environment_id",
}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "sourceEnvironmentId": (str,),
}


def _parts(
    *,
    target_environment_id: str,
    body: DiffEnvironmentRequestDto | dict[str, Any],
) -> RequestParts:
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", DiffEnvironmentRequestDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="POST",
        url=f"/v2/environments/{_c.path_param('target_environment_id', target_environment_id)}/diff",
        json=wire,
        content=content,
    )


def _parse(data: Any, strict: bool = False) -> DiffEnvironmentResponseDto:
    parsed: DiffEnvironmentResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", DiffEnvironmentResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    target_environment_id: str,
    body: DiffEnvironmentRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[DiffEnvironmentResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(
        OPERATION, _parts(target_environment_id=target_environment_id, body=body), _parse, **options
    )


def sync(
    *,
    client: Novu,
    target_environment_id: str,
    body: DiffEnvironmentRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> DiffEnvironmentResponseDto:
    """Compare resources between environments

    Compares workflows and other resources between the source and target environments, returning
    detailed diff information including additions, modifications, and deletions.

    `POST /v2/environments/{targetEnvironmentId}/diff` (EnvironmentsController_diffEnvironment). On
    a client: `novu.environments.diff(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        target_environment_id (str; path): Target environment ID (MongoDB ObjectId) to compare
            against
        body (DiffEnvironmentRequestDto | dict[str, Any]; JSON body): the request: a
            `DiffEnvironmentRequestDto`, or a dict of its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        DiffEnvironmentResponseDto: the decoded response.

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
        result = diff.sync(client=novu, target_environment_id="6615943e7ace93b0540ae377", body={...})
    """
    return client._request(
        OPERATION, _parts(target_environment_id=target_environment_id, body=body), _parse, **options
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    target_environment_id: str,
    body: DiffEnvironmentRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[DiffEnvironmentResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION, _parts(target_environment_id=target_environment_id, body=body), _parse, **options
    )


async def asyncio(
    *,
    client: AsyncNovu,
    target_environment_id: str,
    body: DiffEnvironmentRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> DiffEnvironmentResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(
            OPERATION, _parts(target_environment_id=target_environment_id, body=body), _parse, **options
        )
    ).parsed


asyncio.__doc__ = sync.__doc__
