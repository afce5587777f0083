# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Bulk trigger event: `POST /v1/events/trigger/bulk` (EventsController_triggerBulk).

Standalone function module; the same call is `novu.trigger_bulk(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.bulk_trigger_event_dto import BulkTriggerEventDto
from novu_api.models.trigger_event_response_dto import TriggerEventResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="EventsController_triggerBulk",
    method="POST",
    path="/v1/events/trigger/bulk",
    facade="trigger_bulk",
    envelope=True,
    errors={
        "400": "PayloadValidationExceptionDto",
        "401": "ErrorDto",
        "403": "ErrorDto",
        "404": "ErrorDto",
        "405": "ErrorDto",
        "409": "ErrorDto",
        "413": "ErrorDto",
        "414": "ErrorDto",
        "415": "ErrorDto",
        "422": "ValidationErrorDto",
        "500": "ErrorDto",
    },
    bulk={"items": "events", "limit": 100},
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {}


def _parts(
    *,
    body: BulkTriggerEventDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="POST",
        url="/v1/events/trigger/bulk",
        json=_c.json_body(body, ("model", BulkTriggerEventDto)) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> list[TriggerEventResponseDto]:
    parsed: list[TriggerEventResponseDto] = _c.root(
        OPERATION.facade, strict, data, ("list", ("model", TriggerEventResponseDto))
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    body: BulkTriggerEventDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[list[TriggerEventResponseDto]]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    body: BulkTriggerEventDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> list[TriggerEventResponseDto]:
    """Bulk trigger event

    Using this endpoint you can trigger multiple events at once, to avoid multiple calls to the API.
    The bulk API is limited to 100 events per request.

    `POST /v1/events/trigger/bulk` (EventsController_triggerBulk). On a client:
    `novu.trigger_bulk(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        body (BulkTriggerEventDto | dict[str, Any]; JSON body): the request: a
            `BulkTriggerEventDto`, or a dict of its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        list[TriggerEventResponseDto]: the decoded response.

    Raises:
        BadRequestError: 400; `.body`: `PayloadValidationExceptionDto`.
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
        result = trigger_bulk.sync(client=novu, body={...})
    """
    return client._request(OPERATION, _parts(body=body), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    body: BulkTriggerEventDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[list[TriggerEventResponseDto]]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(body=body), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    body: BulkTriggerEventDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> list[TriggerEventResponseDto]:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(body=body), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
