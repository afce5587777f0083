# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Delete provider credentials: `DELETE /v1/subscribers/{subscriberId}/credentials/{providerId}` (SubscribersV1Controller_deleteSubscriberCredentials).

Standalone function module; the same call is `novu.subscribers.credentials.delete(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ...._client import AsyncNovu, Novu
    from ...._options import RequestOptions

OPERATION = Operation(
    operation_id="SubscribersV1Controller_deleteSubscriberCredentials",
    method="DELETE",
    path="/v1/subscribers/{subscriberId}/credentials/{providerId}",
    facade="subscribers.credentials.delete",
    returns_json=False,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "subscriberId": "subscriber_id",
    "providerId": "provider_id",
}


def _parts(
    *,
    subscriber_id: str,
    provider_id: str,
) -> RequestParts:
    return RequestParts(
        method="DELETE",
        url=f"/v1/subscribers/{_c.path_param('subscriber_id', subscriber_id)}/credentials/{_c.path_param('provider_id', provider_id)}",
    )


def _parse(data: Any, strict: bool = False) -> None:
    return None


def sync_detailed(
    *,
    client: Novu,
    subscriber_id: str,
    provider_id: str,
    **options: Unpack[RequestOptions],
) -> Response[None]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(
        OPERATION, _parts(subscriber_id=subscriber_id, provider_id=provider_id), _parse, **options
    )


def sync(
    *,
    client: Novu,
    subscriber_id: str,
    provider_id: str,
    **options: Unpack[RequestOptions],
) -> None:
    """Delete provider credentials

    Delete subscriber credentials for a provider such as **slack** and **FCM** by **providerId**.
    This action is irreversible and will remove the credentials for the provider for particular
    **subscriberId**.

    `DELETE /v1/subscribers/{subscriberId}/credentials/{providerId}`
    (SubscribersV1Controller_deleteSubscriberCredentials). On a client:
    `novu.subscribers.credentials.delete(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        subscriber_id (str; path):
        provider_id (str; path):
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        None: the call has no response body.

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
        delete.sync(client=novu, subscriber_id="SUBSCRIBER_ID", provider_id="PROVIDER_ID")
    """
    return client._request(
        OPERATION, _parts(subscriber_id=subscriber_id, provider_id=provider_id), _parse, **options
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    subscriber_id: str,
    provider_id: str,
    **options: Unpack[RequestOptions],
) -> Response[None]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION, _parts(subscriber_id=subscriber_id, provider_id=provider_id), _parse, **options
    )


async def asyncio(
    *,
    client: AsyncNovu,
    subscriber_id: str,
    provider_id: str,
    **options: Unpack[RequestOptions],
) -> None:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(
            OPERATION, _parts(subscriber_id=subscriber_id, provider_id=provider_id), _parse, **options
        )
    ).parsed


asyncio.__doc__ = sync.__doc__
