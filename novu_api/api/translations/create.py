# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Create a translation: `POST /v2/translations` (TranslationController_createTranslationEndpoint).

Standalone function module; the same call is `novu.translations.create(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.create_translation_request_dto import CreateTranslationRequestDto
from novu_api.models.translation_response_dto import TranslationResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts, plain_json
from ..._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="TranslationController_createTranslationEndpoint",
    method="POST",
    path="/v2/translations",
    facade="translations.create",
    envelope=True,
    errors={},
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "resourceId": (str,),
    "resourceType": (str,),
    "locale": (str,),
    "content": (dict,),
}


def _parts(
    *,
    body: CreateTranslationRequestDto | dict[str, Any],
) -> RequestParts:
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", CreateTranslationRequestDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="POST",
        url="/v2/translations",
        json=wire,
        content=content,
    )


def _parse(data: Any, strict: bool = False) -> TranslationResponseDto:
    parsed: TranslationResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", TranslationResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    body: CreateTranslationRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[TranslationResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    body: CreateTranslationRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> TranslationResponseDto:
    """Create a translation

    Create a translation for a specific workflow and locale, if the translation already exists, it
    will be updated

    `POST /v2/translations` (TranslationController_createTranslationEndpoint). On a client:
    `novu.translations.create(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        body (CreateTranslationRequestDto | dict[str, Any]; JSON body): the request: a
            `CreateTranslationRequestDto`, or a dict of its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        TranslationResponseDto: the decoded response.

    Raises:
        APIConnectionError: no response arrived (APITimeoutError when it timed out).
        ResponseValidationError: the response does not fit its declared type.

    Example:
        result = create.sync(client=novu, body={...})
    """
    return client._request(OPERATION, _parts(body=body), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    body: CreateTranslationRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[TranslationResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(body=body), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    body: CreateTranslationRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> TranslationResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(body=body), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
