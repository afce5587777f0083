# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Retrieve a context: `GET /v2/contexts/{type}/{id}` (ContextsController_getContext).

Standalone function module; the same call is `novu.contexts.retrieve(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.get_context_response_dto import GetContextResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="ContextsController_getContext",
    method="GET",
    path="/v2/contexts/{type}/{id}",
    facade="contexts.retrieve",
    envelope=True,
    bare_keys=(
        "createdAt",
        "id",
        "type",
        "updatedAt",
    ),
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "type": "type_",
    "id": "id",
}


def _parts(
    *,
    type_: str,
    id: str,
) -> RequestParts:
    return RequestParts(
        method="GET",
        url=f"/v2/contexts/{_c.path_param('type_', type_)}/{_c.path_param('id', id)}",
    )


def _parse(data: Any, strict: bool = False) -> GetContextResponseDto:
    parsed: GetContextResponseDto = _c.root(OPERATION.facade, strict, data, ("model", GetContextResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    type_: str,
    id: str,
    **options: Unpack[RequestOptions],
) -> Response[GetContextResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(type_=type_, id=id), _parse, **options)


def sync(
    *,
    client: Novu,
    type_: str,
    id: str,
    **options: Unpack[RequestOptions],
) -> GetContextResponseDto:
    """Retrieve a context

    Retrieve a specific context by its type and id. **type** and **id** are required fields, if the
    context does not exist, it returns the 404 response

    `GET /v2/contexts/{type}/{id}` (ContextsController_getContext). On a client:
    `novu.contexts.retrieve(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        type_ (str; path): Context type
        id (str; path): Context ID
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        GetContextResponseDto: the decoded response.

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
        result = retrieve.sync(client=novu, type_="TYPE_", id="ID")
    """
    return client._request(OPERATION, _parts(type_=type_, id=id), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    type_: str,
    id: str,
    **options: Unpack[RequestOptions],
) -> Response[GetContextResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(type_=type_, id=id), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    type_: str,
    id: str,
    **options: Unpack[RequestOptions],
) -> GetContextResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(type_=type_, id=id), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
