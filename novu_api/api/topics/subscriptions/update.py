# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Update a topic subscription: `PATCH /v2/topics/{topicKey}/subscriptions/{identifier}` (TopicsController_updateTopicSubscription).

Standalone function module; the same call is `novu.topics.subscriptions.update(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.subscription_response_dto import SubscriptionResponseDto
from novu_api.models.update_topic_subscription_request_dto import UpdateTopicSubscriptionRequestDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts, plain_json
from ...._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ...._client import AsyncNovu, Novu
    from ...._options import RequestOptions

OPERATION = Operation(
    operation_id="TopicsController_updateTopicSubscription",
    method="PATCH",
    path="/v2/topics/{topicKey}/subscriptions/{identifier}",
    facade="topics.subscriptions.update",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "topicKey": "topic_key",
    "identifier": "identifier",
}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "name": (str,),
}


def _parts(
    *,
    topic_key: str,
    identifier: str,
    body: UpdateTopicSubscriptionRequestDto | dict[str, Any],
) -> RequestParts:
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", UpdateTopicSubscriptionRequestDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="PATCH",
        url=f"/v2/topics/{_c.path_param('topic_key', topic_key)}/subscriptions/{_c.path_param('identifier', identifier)}",
        json=wire,
        content=content,
    )


def _parse(data: Any, strict: bool = False) -> SubscriptionResponseDto:
    parsed: SubscriptionResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", SubscriptionResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    topic_key: str,
    identifier: str,
    body: UpdateTopicSubscriptionRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[SubscriptionResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(
        OPERATION, _parts(topic_key=topic_key, identifier=identifier, body=body), _parse, **options
    )


def sync(
    *,
    client: Novu,
    topic_key: str,
    identifier: str,
    body: UpdateTopicSubscriptionRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> SubscriptionResponseDto:
    """Update a topic subscription

    Update a subscription by its unique identifier for a topic. You can update the preferences and
    name associated with the subscription.

    `PATCH /v2/topics/{topicKey}/subscriptions/{identifier}`
    (TopicsController_updateTopicSubscription). On a client:
    `novu.topics.subscriptions.update(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        topic_key (str; path): The key identifier of the topic
        identifier (str; path): The unique identifier of the subscription
        body (UpdateTopicSubscriptionRequestDto | dict[str, Any]; JSON body): the request: a
            `UpdateTopicSubscriptionRequestDto`, or a dict of its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        SubscriptionResponseDto: the decoded response.

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
        result = update.sync(client=novu, topic_key="TOPIC_KEY", identifier="IDENTIFIER", body={...})
    """
    return client._request(
        OPERATION, _parts(topic_key=topic_key, identifier=identifier, body=body), _parse, **options
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    topic_key: str,
    identifier: str,
    body: UpdateTopicSubscriptionRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[SubscriptionResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION, _parts(topic_key=topic_key, identifier=identifier, body=body), _parse, **options
    )


async def asyncio(
    *,
    client: AsyncNovu,
    topic_key: str,
    identifier: str,
    body: UpdateTopicSubscriptionRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> SubscriptionResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(
            OPERATION, _parts(topic_key=topic_key, identifier=identifier, body=body), _parse, **options
        )
    ).parsed


asyncio.__doc__ = sync.__doc__
