# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Generate layout preview: `POST /v2/layouts/{layoutId}/preview` (LayoutsController_generatePreview).

Standalone function module; the same call is `novu.layouts.generate_preview(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.generate_layout_preview_response_dto import GenerateLayoutPreviewResponseDto
from novu_api.models.layout_preview_request_dto import LayoutPreviewRequestDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts, plain_json
from ..._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="LayoutsController_generatePreview",
    method="POST",
    path="/v2/layouts/{layoutId}/preview",
    facade="layouts.generate_preview",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "layoutId": "layout_id",
}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "controlValues": (dict,),
}


def _parts(
    *,
    layout_id: str,
    body: LayoutPreviewRequestDto | dict[str, Any],
) -> RequestParts:
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", LayoutPreviewRequestDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="POST",
        url=f"/v2/layouts/{_c.path_param('layout_id', layout_id)}/preview",
        json=wire,
        content=content,
    )


def _parse(data: Any, strict: bool = False) -> GenerateLayoutPreviewResponseDto:
    parsed: GenerateLayoutPreviewResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", GenerateLayoutPreviewResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    layout_id: str,
    body: LayoutPreviewRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[GenerateLayoutPreviewResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(layout_id=layout_id, body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    layout_id: str,
    body: LayoutPreviewRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> GenerateLayoutPreviewResponseDto:
    """Generate layout preview

    Generates a preview for a layout by its unique identifier **layoutId**

    `POST /v2/layouts/{layoutId}/preview` (LayoutsController_generatePreview). On a client:
    `novu.layouts.generate_preview(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        layout_id (str; path):
        body (LayoutPreviewRequestDto | dict[str, Any]; JSON body): the request: a
            `LayoutPreviewRequestDto`, or a dict of its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        GenerateLayoutPreviewResponseDto: the decoded response.

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
        result = generate_preview.sync(client=novu, layout_id="LAYOUT_ID", body={...})
    """
    return client._request(OPERATION, _parts(layout_id=layout_id, body=body), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    layout_id: str,
    body: LayoutPreviewRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[GenerateLayoutPreviewResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(layout_id=layout_id, body=body), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    layout_id: str,
    body: LayoutPreviewRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> GenerateLayoutPreviewResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(OPERATION, _parts(layout_id=layout_id, body=body), _parse, **options)
    ).parsed


asyncio.__doc__ = sync.__doc__
