# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Delete a topic: `DELETE /v2/topics/{topicKey}` (TopicsController_deleteTopic).

Standalone function module; the same call is `novu.topics.delete(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.delete_topic_response_dto import DeleteTopicResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="TopicsController_deleteTopic",
    method="DELETE",
    path="/v2/topics/{topicKey}",
    facade="topics.delete",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "topicKey": "topic_key",
}


def _parts(
    *,
    topic_key: str,
) -> RequestParts:
    return RequestParts(
        method="DELETE",
        url=f"/v2/topics/{_c.path_param('topic_key', topic_key)}",
    )


def _parse(data: Any, strict: bool = False) -> DeleteTopicResponseDto:
    parsed: DeleteTopicResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", DeleteTopicResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    topic_key: str,
    **options: Unpack[RequestOptions],
) -> Response[DeleteTopicResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(topic_key=topic_key), _parse, **options)


def sync(
    *,
    client: Novu,
    topic_key: str,
    **options: Unpack[RequestOptions],
) -> DeleteTopicResponseDto:
    """Delete a topic

    Delete a topic by its unique key identifier **topicKey**. This action is irreversible and will
    remove all subscriptions to the topic.

    `DELETE /v2/topics/{topicKey}` (TopicsController_deleteTopic). On a client:
    `novu.topics.delete(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        topic_key (str; path): The key identifier of the topic
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        DeleteTopicResponseDto: the decoded response.

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
        result = delete.sync(client=novu, topic_key="TOPIC_KEY")
    """
    return client._request(OPERATION, _parts(topic_key=topic_key), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    topic_key: str,
    **options: Unpack[RequestOptions],
) -> Response[DeleteTopicResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(topic_key=topic_key), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    topic_key: str,
    **options: Unpack[RequestOptions],
) -> DeleteTopicResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(topic_key=topic_key), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
