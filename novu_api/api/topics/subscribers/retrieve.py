# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Check topic subscriber: `GET /v1/topics/{topicKey}/subscribers/{externalSubscriberId}` (TopicsV1Controller_getTopicSubscriber).

Standalone function module; the same call is `novu.topics.subscribers.retrieve(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.topic_subscriber_dto import TopicSubscriberDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ...._client import AsyncNovu, Novu
    from ...._options import RequestOptions

OPERATION = Operation(
    operation_id="TopicsV1Controller_getTopicSubscriber",
    method="GET",
    path="/v1/topics/{topicKey}/subscribers/{externalSubscriberId}",
    facade="topics.subscribers.retrieve",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "topicKey": "topic_key",
    "externalSubscriberId": "external_subscriber_id",
}


def _parts(
    *,
    topic_key: str,
    external_subscriber_id: str,
) -> RequestParts:
    return RequestParts(
        method="GET",
        url=f"/v1/topics/{_c.path_param('topic_key', topic_key)}/subscribers/{_c.path_param('external_subscriber_id', external_subscriber_id)}",
    )


def _parse(data: Any, strict: bool = False) -> TopicSubscriberDto:
    parsed: TopicSubscriberDto = _c.root(OPERATION.facade, strict, data, ("model", TopicSubscriberDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    topic_key: str,
    external_subscriber_id: str,
    **options: Unpack[RequestOptions],
) -> Response[TopicSubscriberDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(
        OPERATION,
        _parts(topic_key=topic_key, external_subscriber_id=external_subscriber_id),
        _parse,
        **options,
    )


def sync(
    *,
    client: Novu,
    topic_key: str,
    external_subscriber_id: str,
    **options: Unpack[RequestOptions],
) -> TopicSubscriberDto:
    """Check topic subscriber

    Check if a subscriber belongs to a certain topic

    `GET /v1/topics/{topicKey}/subscribers/{externalSubscriberId}`
    (TopicsV1Controller_getTopicSubscriber). On a client: `novu.topics.subscribers.retrieve(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        topic_key (str; path): The topic key
        external_subscriber_id (str; path): The external subscriber id
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        TopicSubscriberDto: the decoded response.

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
        result = retrieve.sync(client=novu, topic_key="TOPIC_KEY", external_subscriber_id="EXTERNAL_SUBSCRIBER_ID")
    """
    return client._request(
        OPERATION,
        _parts(topic_key=topic_key, external_subscriber_id=external_subscriber_id),
        _parse,
        **options,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    topic_key: str,
    external_subscriber_id: str,
    **options: Unpack[RequestOptions],
) -> Response[TopicSubscriberDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION,
        _parts(topic_key=topic_key, external_subscriber_id=external_subscriber_id),
        _parse,
        **options,
    )


async def asyncio(
    *,
    client: AsyncNovu,
    topic_key: str,
    external_subscriber_id: str,
    **options: Unpack[RequestOptions],
) -> TopicSubscriberDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(
            OPERATION,
            _parts(topic_key=topic_key, external_subscriber_id=external_subscriber_id),
            _parse,
            **options,
        )
    ).parsed


asyncio.__doc__ = sync.__doc__
