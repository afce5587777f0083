# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Trigger event: `POST /v1/events/trigger` (EventsController_trigger).

Standalone function module; the same call is `novu.trigger(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.trigger_event_request_dto import TriggerEventRequestDto
from novu_api.models.trigger_event_response_dto import TriggerEventResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts, plain_json
from ..._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="EventsController_trigger",
    method="POST",
    path="/v1/events/trigger",
    facade="trigger",
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
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "name": (str,),
    "to": (str,),
    "payload": (dict,),
    "bridgeUrl": (str,),
    "transactionId": (str,),
    "actor": (str,),
    "tenant": (str,),
    "context": (dict,),
}


def _parts(
    *,
    body: TriggerEventRequestDto | dict[str, Any],
) -> RequestParts:
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", TriggerEventRequestDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="POST",
        url="/v1/events/trigger",
        json=wire,
        content=content,
    )


def _parse(data: Any, strict: bool = False) -> TriggerEventResponseDto:
    parsed: TriggerEventResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", TriggerEventResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    body: TriggerEventRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[TriggerEventResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    body: TriggerEventRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> TriggerEventResponseDto:
    """Trigger event

    Trigger event is the main (and only) way to send notifications to subscribers. The trigger
    identifier is used to match the particular workflow associated with it. Maximum number of
    recipients can be 100. Additional information can be passed according the body interface below.
    To prevent duplicate triggers, you can optionally pass a **transactionId** in the request body.
    If the same **transactionId** is used again, the trigger will be ignored. The retention period
    depends on your billing tier.

    `POST /v1/events/trigger` (EventsController_trigger). On a client: `novu.trigger(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        body (TriggerEventRequestDto | dict[str, Any]; JSON body): the request: a
            `TriggerEventRequestDto`, or a dict of its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        TriggerEventResponseDto: the decoded response.

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
        result = trigger.sync(client=novu, body={...})
    """
    return client._request(OPERATION, _parts(body=body), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    body: TriggerEventRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[TriggerEventResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(body=body), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    body: TriggerEventRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> TriggerEventResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(body=body), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
