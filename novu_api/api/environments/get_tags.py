# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""List environment tags: `GET /v2/environments/{environmentId}/tags` (EnvironmentsController_getEnvironmentTags).

Standalone function module; the same call is `novu.environments.get_tags(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.get_environment_tags_dto import GetEnvironmentTagsDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="EnvironmentsController_getEnvironmentTags",
    method="GET",
    path="/v2/environments/{environmentId}/tags",
    facade="environments.get_tags",
    envelope=True,
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
    **options: Unpack[RequestOptions],
) -> Response[list[GetEnvironmentTagsDto]]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(environment_id=environment_id), _parse, **options)


def sync(
    *,
    client: Novu,
    environment_id: str,
    **options: Unpack[RequestOptions],
) -> list[GetEnvironmentTagsDto]:
    """List environment tags

    Retrieve all unique tags used in workflows within the specified environment. These tags can be
    used for filtering workflows.

    `GET /v2/environments/{environmentId}/tags` (EnvironmentsController_getEnvironmentTags). On a
    client: `novu.environments.get_tags(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        environment_id (str; path): Environment internal ID (MongoDB ObjectId) or identifier
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        list[GetEnvironmentTagsDto]: the decoded response.

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
        result = get_tags.sync(client=novu, environment_id="6615943e7ace93b0540ae377")
    """
    return client._request(OPERATION, _parts(environment_id=environment_id), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    environment_id: str,
    **options: Unpack[RequestOptions],
) -> Response[list[GetEnvironmentTagsDto]]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(environment_id=environment_id), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    environment_id: str,
    **options: Unpack[RequestOptions],
) -> list[GetEnvironmentTagsDto]:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(environment_id=environment_id), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
