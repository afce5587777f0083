# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Create topic subscriptions: `POST /v2/topics/{topicKey}/subscriptions` (TopicsController_createTopicSubscriptions).

Standalone function module; the same call is `novu.topics.subscriptions.create(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.create_subscriptions_response_dto import CreateSubscriptionsResponseDto
from novu_api.models.create_topic_subscriptions_request_dto import CreateTopicSubscriptionsRequestDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts, plain_json
from ...._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ...._client import AsyncNovu, Novu
    from ...._options import RequestOptions

OPERATION = Operation(
    operation_id="TopicsController_createTopicSubscriptions",
    method="POST",
    path="/v2/topics/{topicKey}/subscriptions",
    facade="topics.subscriptions.create",
    envelope=True,
    bare_keys=(
        "errors",
        "meta",
    ),
    bulk={"items": "subscriptions", "limit": 100},
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "topicKey": "topic_key",
}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "name": (str,),
    "context": (dict,),
}


def _parts(
    *,
    topic_key: str,
    body: CreateTopicSubscriptionsRequestDto | dict[str, Any],
) -> RequestParts:
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", CreateTopicSubscriptionsRequestDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="POST",
        url=f"/v2/topics/{_c.path_param('topic_key', topic_key)}/subscriptions",
        json=wire,
        content=content,
    )


def _parse(data: Any, strict: bool = False) -> CreateSubscriptionsResponseDto:
    parsed: CreateSubscriptionsResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", CreateSubscriptionsResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    topic_key: str,
    body: CreateTopicSubscriptionsRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[CreateSubscriptionsResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(topic_key=topic_key, body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    topic_key: str,
    body: CreateTopicSubscriptionsRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> CreateSubscriptionsResponseDto:
    """Create topic subscriptions

    This api will create subscription for subscriberIds for a topic. Its like subscribing to a
    common interest group. if topic does not exist, it will be created.

    `POST /v2/topics/{topicKey}/subscriptions` (TopicsController_createTopicSubscriptions). On a
    client: `novu.topics.subscriptions.create(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        topic_key (str; path): The key identifier of the topic
        body (CreateTopicSubscriptionsRequestDto | dict[str, Any]; JSON body): the request: a
            `CreateTopicSubscriptionsRequestDto`, or a dict of its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        CreateSubscriptionsResponseDto: the decoded response.

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
        result = create.sync(client=novu, topic_key="TOPIC_KEY", body={...})
    """
    return client._request(OPERATION, _parts(topic_key=topic_key, body=body), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    topic_key: str,
    body: CreateTopicSubscriptionsRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[CreateSubscriptionsResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(topic_key=topic_key, body=body), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    topic_key: str,
    body: CreateTopicSubscriptionsRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> CreateSubscriptionsResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(OPERATION, _parts(topic_key=topic_key, body=body), _parse, **options)
    ).parsed


asyncio.__doc__ = sync.__doc__
