# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""Send a signal: `POST /v1/signals` (SignalsController_sendSignal).

Standalone function module; the same call is `novu.send_signal(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.signal_request_dto import SignalRequestDto
from novu_api.models.signal_response_dto import SignalResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts, plain_json
from ..._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="SignalsController_sendSignal",
    method="POST",
    path="/v1/signals",
    facade="send_signal",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "name": (str,),
    "payload": (dict,),
    "sentAt": (str,),
    "priority": (int,),
}


def _parts(
    *,
    body: SignalRequestDto | dict[str, Any],
) -> RequestParts:
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", SignalRequestDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="POST",
        url="/v1/signals",
        json=wire,
        content=content,
    )


def _parse(data: Any, strict: bool = False) -> SignalResponseDto:
    parsed: SignalResponseDto = _c.root(OPERATION.facade, strict, data, ("model", SignalResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    body: SignalRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[SignalResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    body: SignalRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> SignalResponseDto:
    """Send a signal

    Hoisted onto the client: its group is empty.

    `POST /v1/signals` (SignalsController_sendSignal). On a client: `novu.send_signal(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        body (SignalRequestDto | dict[str, Any]; JSON body): the request: a `SignalRequestDto`, or a
            dict of its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        SignalResponseDto: the decoded response.

    Raises:
        APIConnectionError: no response arrived (APITimeoutError when it timed out).
        ResponseValidationError: the response does not fit its declared type.

    Example:
        result = send_signal.sync(client=novu, body={...})
    """
    return client._request(OPERATION, _parts(body=body), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    body: SignalRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[SignalResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(body=body), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    body: SignalRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> SignalResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(body=body), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
