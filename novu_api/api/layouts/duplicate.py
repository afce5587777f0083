# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Duplicate a layout: `POST /v2/layouts/{layoutId}/duplicate` (LayoutsController_duplicate).

Standalone function module; the same call is `novu.layouts.duplicate(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.duplicate_layout_dto import DuplicateLayoutDto
from novu_api.models.layout_response_dto import LayoutResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts, plain_json
from ..._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="LayoutsController_duplicate",
    method="POST",
    path="/v2/layouts/{layoutId}/duplicate",
    facade="layouts.duplicate",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "layoutId": "layout_id",
}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "name": (str,),
    "layoutId": (str,),
    "isTranslationEnabled": (bool,),
}


def _parts(
    *,
    layout_id: str,
    body: DuplicateLayoutDto | dict[str, Any],
) -> RequestParts:
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", DuplicateLayoutDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="POST",
        url=f"/v2/layouts/{_c.path_param('layout_id', layout_id)}/duplicate",
        json=wire,
        content=content,
    )


def _parse(data: Any, strict: bool = False) -> LayoutResponseDto:
    parsed: LayoutResponseDto = _c.root(OPERATION.facade, strict, data, ("model", LayoutResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    layout_id: str,
    body: DuplicateLayoutDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[LayoutResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(layout_id=layout_id, body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    layout_id: str,
    body: DuplicateLayoutDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> LayoutResponseDto:
    """Duplicate a layout

    Duplicates a layout by its unique identifier **layoutId**. This will create a new layout with
    the content of the original layout.

    `POST /v2/layouts/{layoutId}/duplicate` (LayoutsController_duplicate). On a client:
    `novu.layouts.duplicate(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        layout_id (str; path):
        body (DuplicateLayoutDto | dict[str, Any]; JSON body): the request: a `DuplicateLayoutDto`,
            or a dict of its fields
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
        result = duplicate.sync(client=novu, layout_id="LAYOUT_ID", body={...})
    """
    return client._request(OPERATION, _parts(layout_id=layout_id, body=body), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    layout_id: str,
    body: DuplicateLayoutDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[LayoutResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(layout_id=layout_id, body=body), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    layout_id: str,
    body: DuplicateLayoutDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> LayoutResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(OPERATION, _parts(layout_id=layout_id, body=body), _parse, **options)
    ).parsed


asyncio.__doc__ = sync.__doc__
