# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Bulk update subscriber preferences: `PATCH /v2/subscribers/{subscriberId}/preferences/bulk` (SubscribersController_bulkUpdateSubscriberPreferences).

Standalone function module; the same call is `novu.subscribers.preferences.bulk_update(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.bulk_update_subscriber_preferences_dto import BulkUpdateSubscriberPreferencesDto
from novu_api.models.get_preferences_response_dto import GetPreferencesResponseDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts, plain_json
from ...._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ...._client import AsyncNovu, Novu
    from ...._options import RequestOptions

OPERATION = Operation(
    operation_id="SubscribersController_bulkUpdateSubscriberPreferences",
    method="PATCH",
    path="/v2/subscribers/{subscriberId}/preferences/bulk",
    facade="subscribers.preferences.bulk_update",
    envelope=True,
    bulk={"items": "preferences", "limit": 100},
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "subscriberId": "subscriber_id",
}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "context": (dict,),
}


def _parts(
    *,
    subscriber_id: str,
    body: BulkUpdateSubscriberPreferencesDto | dict[str, Any],
) -> RequestParts:
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", BulkUpdateSubscriberPreferencesDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="PATCH",
        url=f"/v2/subscribers/{_c.path_param('subscriber_id', subscriber_id)}/preferences/bulk",
        json=wire,
        content=content,
    )


def _parse(data: Any, strict: bool = False) -> list[GetPreferencesResponseDto]:
    parsed: list[GetPreferencesResponseDto] = _c.root(
        OPERATION.facade, strict, data, ("list", ("model", GetPreferencesResponseDto))
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    subscriber_id: str,
    body: BulkUpdateSubscriberPreferencesDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[list[GetPreferencesResponseDto]]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(subscriber_id=subscriber_id, body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    subscriber_id: str,
    body: BulkUpdateSubscriberPreferencesDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> list[GetPreferencesResponseDto]:
    """Bulk update subscriber preferences

    Bulk update subscriber preferences by its unique key identifier **subscriberId**. This API
    allows updating multiple workflow preferences in a single request.

    `PATCH /v2/subscribers/{subscriberId}/preferences/bulk`
    (SubscribersController_bulkUpdateSubscriberPreferences). On a client:
    `novu.subscribers.preferences.bulk_update(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        subscriber_id (str; path): The identifier of the subscriber
        body (BulkUpdateSubscriberPreferencesDto | dict[str, Any]; JSON body): the request: a
            `BulkUpdateSubscriberPreferencesDto`, or a dict of its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        list[GetPreferencesResponseDto]: the decoded response.

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
        result = bulk_update.sync(client=novu, subscriber_id="SUBSCRIBER_ID", body={...})
    """
    return client._request(
        OPERATION, _parts(subscriber_id=subscriber_id, body=body), _parse, **options
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    subscriber_id: str,
    body: BulkUpdateSubscriberPreferencesDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[list[GetPreferencesResponseDto]]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(subscriber_id=subscriber_id, body=body), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    subscriber_id: str,
    body: BulkUpdateSubscriberPreferencesDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> list[GetPreferencesResponseDto]:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(OPERATION, _parts(subscriber_id=subscriber_id, body=body), _parse, **options)
    ).parsed


asyncio.__doc__ = sync.__doc__
