# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Retrieve subscriber preferences: `GET /v2/subscribers/{subscriberId}/preferences` (SubscribersController_getSubscriberPreferences).

Standalone function module; the same call is `novu.subscribers.preferences.list(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.get_subscriber_preferences_dto import GetSubscriberPreferencesDto
from novu_api.models.subscribers_controller_get_subscriber_preferences_criticality import (
    SubscribersControllerGetSubscriberPreferencesCriticality,
)

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from collections.abc import Sequence

    from typing_extensions import Unpack

    from ...._client import AsyncNovu, Novu
    from ...._options import RequestOptions

OPERATION = Operation(
    operation_id="SubscribersController_getSubscriberPreferences",
    method="GET",
    path="/v2/subscribers/{subscriberId}/preferences",
    facade="subscribers.preferences.list",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "subscriberId": "subscriber_id",
    "criticality": "criticality",
    "contextKeys": "context_keys",
}


def _parts(
    *,
    subscriber_id: str,
    criticality: SubscribersControllerGetSubscriberPreferencesCriticality | str | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
) -> RequestParts:
    params: dict[str, Any] = {}
    if criticality is not UNSET:
        params["criticality"] = _c.query_value(
            "criticality", criticality, ("enum", SubscribersControllerGetSubscriberPreferencesCriticality)
        )
    if context_keys is not UNSET:
        params["contextKeys"] = _c.query_value("context_keys", context_keys, ("list", ("str",)))
    return RequestParts(
        method="GET",
        url=f"/v2/subscribers/{_c.path_param('subscriber_id', subscriber_id)}/preferences",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> GetSubscriberPreferencesDto:
    parsed: GetSubscriberPreferencesDto = _c.root(
        OPERATION.facade, strict, data, ("model", GetSubscriberPreferencesDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    subscriber_id: str,
    criticality: SubscribersControllerGetSubscriberPreferencesCriticality | str | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[GetSubscriberPreferencesDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(
        OPERATION,
        _parts(subscriber_id=subscriber_id, criticality=criticality, context_keys=context_keys),
        _parse,
        **options,
    )


def sync(
    *,
    client: Novu,
    subscriber_id: str,
    criticality: SubscribersControllerGetSubscriberPreferencesCriticality | str | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> GetSubscriberPreferencesDto:
    """Retrieve subscriber preferences

    Retrieve subscriber channel preferences by its unique key identifier **subscriberId**. This API
    returns all five channels preferences for all workflows and global preferences.

    `GET /v2/subscribers/{subscriberId}/preferences`
    (SubscribersController_getSubscriberPreferences). On a client:
    `novu.subscribers.preferences.list(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        subscriber_id (str; path): The identifier of the subscriber
        criticality (SubscribersControllerGetSubscriberPreferencesCriticality | str, optional;
            query): Constraints: one of "critical", "nonCritical", "all"; default "nonCritical".
        context_keys (Sequence[str], optional; query): Context keys for filtering preferences (e.g.,
            ["tenant:acme"])
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        GetSubscriberPreferencesDto: the decoded response.

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
        result = list.sync(client=novu, subscriber_id="SUBSCRIBER_ID")
    """
    return client._request(
        OPERATION,
        _parts(subscriber_id=subscriber_id, criticality=criticality, context_keys=context_keys),
        _parse,
        **options,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    subscriber_id: str,
    criticality: SubscribersControllerGetSubscriberPreferencesCriticality | str | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[GetSubscriberPreferencesDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION,
        _parts(subscriber_id=subscriber_id, criticality=criticality, context_keys=context_keys),
        _parse,
        **options,
    )


async def asyncio(
    *,
    client: AsyncNovu,
    subscriber_id: str,
    criticality: SubscribersControllerGetSubscriberPreferencesCriticality | str | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> GetSubscriberPreferencesDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(
            OPERATION,
            _parts(subscriber_id=subscriber_id, criticality=criticality, context_keys=context_keys),
            _parse,
            **options,
        )
    ).parsed


asyncio.__doc__ = sync.__doc__
