# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Retrieve a topic subscription: `GET /v2/topics/{topicKey}/subscriptions/{identifier}` (TopicsController_getTopicSubscription).

Standalone function module; the same call is `novu.topics.subscriptions.get_subscription(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.subscription_details_response_dto import SubscriptionDetailsResponseDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ...._client import AsyncNovu, Novu
    from ...._options import RequestOptions

OPERATION = Operation(
    operation_id="TopicsController_getTopicSubscription",
    method="GET",
    path="/v2/topics/{topicKey}/subscriptions/{identifier}",
    facade="topics.subscriptions.get_subscription",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "topicKey": "topic_key",
    "identifier": "identifier",
}


def _parts(
    *,
    topic_key: str,
    identifier: str,
) -> RequestParts:
    return RequestParts(
        method="GET",
        url=f"/v2/topics/{_c.path_param('topic_key', topic_key)}/subscriptions/{_c.path_param('identifier', identifier)}",
    )


def _parse(data: Any, strict: bool = False) -> SubscriptionDetailsResponseDto:
    parsed: SubscriptionDetailsResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", SubscriptionDetailsResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    topic_key: str,
    identifier: str,
    **options: Unpack[RequestOptions],
) -> Response[SubscriptionDetailsResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(topic_key=topic_key, identifier=identifier), _parse, **options)


def sync(
    *,
    client: Novu,
    topic_key: str,
    identifier: str,
    **options: Unpack[RequestOptions],
) -> SubscriptionDetailsResponseDto:
    """Retrieve a topic subscription

    Retrieve a subscription by its unique identifier for a topic.

    `GET /v2/topics/{topicKey}/subscriptions/{identifier}` (TopicsController_getTopicSubscription).
    On a client: `novu.topics.subscriptions.get_subscription(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        topic_key (str; path): The key identifier of the topic
        identifier (str; path): The unique identifier of the subscription
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        SubscriptionDetailsResponseDto: the decoded response.

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
        result = get_subscription.sync(client=novu, topic_key="TOPIC_KEY", identifier="IDENTIFIER")
    """
    return client._request(
        OPERATION, _parts(topic_key=topic_key, identifier=identifier), _parse, **options
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    topic_key: str,
    identifier: str,
    **options: Unpack[RequestOptions],
) -> Response[SubscriptionDetailsResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION, _parts(topic_key=topic_key, identifier=identifier), _parse, **options
    )


async def asyncio(
    *,
    client: AsyncNovu,
    topic_key: str,
    identifier: str,
    **options: Unpack[RequestOptions],
) -> SubscriptionDetailsResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(
            OPERATION, _parts(topic_key=topic_key, identifier=identifier), _parse, **options
        )
    ).parsed


asyncio.__doc__ = sync.__doc__
