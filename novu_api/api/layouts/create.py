# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Create a layout: `POST /v2/layouts` (LayoutsController_create).

Standalone function module; the same call is `novu.layouts.create(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.create_layout_dto import CreateLayoutDto
from novu_api.models.layout_response_dto import LayoutResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts, plain_json
from ..._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="LayoutsController_create",
    method="POST",
    path="/v2/layouts",
    facade="layouts.create",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "layoutId": (str,),
    "name": (str,),
    "isTranslationEnabled": (bool,),
    "__source": (str,),
}


def _parts(
    *,
    body: CreateLayoutDto | dict[str, Any],
) -> RequestParts:
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", CreateLayoutDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="POST",
        url="/v2/layouts",
        json=wire,
        content=content,
    )


def _parse(data: Any, strict: bool = False) -> LayoutResponseDto:
    parsed: LayoutResponseDto = _c.root(OPERATION.facade, strict, data, ("model", LayoutResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    body: CreateLayoutDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[LayoutResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    body: CreateLayoutDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> LayoutResponseDto:
    """Create a layout

    Creates a new layout in the Novu Cloud environment

    `POST /v2/layouts` (LayoutsController_create). On a client: `novu.layouts.create(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        body (CreateLayoutDto | dict[str, Any]; JSON body): the request: a `CreateLayoutDto`, or a
            dict of its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        LayoutResponseDto: the decoded response.

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
    body: CreateLayoutDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[LayoutResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(body=body), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    body: CreateLayoutDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> LayoutResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(body=body), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
