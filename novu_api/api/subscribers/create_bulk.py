# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Bulk create subscribers: `POST /v1/subscribers/bulk` (SubscribersV1Controller_bulkCreateSubscribers).

Standalone function module; the same call is `novu.subscribers.create_bulk(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.bulk_create_subscriber_response_dto import BulkCreateSubscriberResponseDto
from novu_api.models.bulk_subscriber_create_dto import BulkSubscriberCreateDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="SubscribersV1Controller_bulkCreateSubscribers",
    method="POST",
    path="/v1/subscribers/bulk",
    facade="subscribers.create_bulk",
    envelope=True,
    bulk={"items": "subscribers", "limit": 500},
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {}


def _parts(
    *,
    body: BulkSubscriberCreateDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="POST",
        url="/v1/subscribers/bulk",
        json=_c.json_body(body, ("model", BulkSubscriberCreateDto)) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> BulkCreateSubscriberResponseDto:
    parsed: BulkCreateSubscriberResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", BulkCreateSubscriberResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    body: BulkSubscriberCreateDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[BulkCreateSubscriberResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    body: BulkSubscriberCreateDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> BulkCreateSubscriberResponseDto:
    """Bulk create subscribers

    Using this endpoint multiple subscribers can be created at once. The bulk API is limited to 500
    subscribers per request.

    `POST /v1/subscribers/bulk` (SubscribersV1Controller_bulkCreateSubscribers). On a client:
    `novu.subscribers.create_bulk(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        body (BulkSubscriberCreateDto | dict[str, Any]; JSON body): the request: a
            `BulkSubscriberCreateDto`, or a dict of its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        BulkCreateSubscriberResponseDto: the decoded response.

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
        result = create_bulk.sync(client=novu, body={...})
    """
    return client._request(OPERATION, _parts(body=body), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    body: BulkSubscriberCreateDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[BulkCreateSubscriberResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(body=body), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    body: BulkSubscriberCreateDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> BulkCreateSubscriberResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(body=body), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
