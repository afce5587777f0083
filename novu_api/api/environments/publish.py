# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Publish resources to target environment: `POST /v2/environments/{targetEnvironmentId}/publish` (EnvironmentsController_publishEnvironment).

Standalone function module; the same call is `novu.environments.publish(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.publish_environment_request_dto import PublishEnvironmentRequestDto
from novu_api.models.publish_environment_response_dto import PublishEnvironmentResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts, plain_json
from ..._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="EnvironmentsController_publishEnvironment",
    method="POST",
    path="/v2/environments/{targetEnvironmentId}/publish",
    facade="environments.publish",
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
    "dryRun": (bool,),
}


def _parts(
    *,
    target_environment_id: str,
    body: PublishEnvironmentRequestDto | dict[str, Any],
) -> RequestParts:
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", PublishEnvironmentRequestDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="POST",
        url=f"/v2/environments/{_c.path_param('target_environment_id', target_environment_id)}/publish",
        json=wire,
        content=content,
    )


def _parse(data: Any, strict: bool = False) -> PublishEnvironmentResponseDto:
    parsed: PublishEnvironmentResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", PublishEnvironmentResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    target_environment_id: str,
    body: PublishEnvironmentRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[PublishEnvironmentResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(
        OPERATION, _parts(target_environment_id=target_environment_id, body=body), _parse, **options
    )


def sync(
    *,
    client: Novu,
    target_environment_id: str,
    body: PublishEnvironmentRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> PublishEnvironmentResponseDto:
    """Publish resources to target environment

    Publishes all workflows and resources from the source environment to the target environment.
    Optionally specify specific resources to publish or use dryRun mode to preview changes.

    `POST /v2/environments/{targetEnvironmentId}/publish`
    (EnvironmentsController_publishEnvironment). On a client: `novu.environments.publish(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        target_environment_id (str; path): Target environment ID (MongoDB ObjectId) to publish
            resources to
        body (PublishEnvironmentRequestDto | dict[str, Any]; JSON body): the request: a
            `PublishEnvironmentRequestDto`, or a dict of its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        PublishEnvironmentResponseDto: the decoded response.

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
        result = publish.sync(client=novu, target_environment_id="6615943e7ace93b0540ae377", body={...})
    """
    return client._request(
        OPERATION, _parts(target_environment_id=target_environment_id, body=body), _parse, **options
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    target_environment_id: str,
    body: PublishEnvironmentRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[PublishEnvironmentResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION, _parts(target_environment_id=target_environment_id, body=body), _parse, **options
    )


async def asyncio(
    *,
    client: AsyncNovu,
    target_environment_id: str,
    body: PublishEnvironmentRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> PublishEnvironmentResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(
            OPERATION, _parts(target_environment_id=target_environment_id, body=body), _parse, **options
        )
    ).parsed


asyncio.__doc__ = sync.__doc__
