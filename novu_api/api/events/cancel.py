# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Cancel triggered event: `DELETE /v1/events/trigger/{transactionId}` (EventsController_cancel).

Standalone function module; the same call is `novu.cancel(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="EventsController_cancel",
    method="DELETE",
    path="/v1/events/trigger/{transactionId}",
    facade="cancel",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "transactionId": "transaction_id",
}


def _parts(
    *,
    transaction_id: str,
) -> RequestParts:
    return RequestParts(
        method="DELETE",
        url=f"/v1/events/trigger/{_c.path_param('transaction_id', transaction_id)}",
    )


def _parse(data: Any, strict: bool = False) -> bool:
    parsed: bool = _c.root(OPERATION.facade, strict, data, ("bool",))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    transaction_id: str,
    **options: Unpack[RequestOptions],
) -> Response[bool]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(transaction_id=transaction_id), _parse, **options)


def sync(
    *,
    client: Novu,
    transaction_id: str,
    **options: Unpack[RequestOptions],
) -> bool:
    """Cancel triggered event

    Using a previously generated transactionId during the event trigger, will cancel any active or
    pending workflows. This is useful to cancel active digests, delays etc...

    `DELETE /v1/events/trigger/{transactionId}` (EventsController_cancel). On a client:
    `novu.cancel(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        transaction_id (str; path):
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        bool: the decoded response.

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
        result = cancel.sync(client=novu, transaction_id="TRANSACTION_ID")
    """
    return client._request(OPERATION, _parts(transaction_id=transaction_id), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    transaction_id: str,
    **options: Unpack[RequestOptions],
) -> Response[bool]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(transaction_id=transaction_id), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    transaction_id: str,
    **options: Unpack[RequestOptions],
) -> bool:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(transaction_id=transaction_id), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
