# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Create a topic: `POST /v2/topics` (TopicsController_upsertTopic).

Standalone function module; the same call is `novu.topics.create(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.create_update_topic_request_dto import CreateUpdateTopicRequestDto
from novu_api.models.topic_response_dto import TopicResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts, plain_json
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="TopicsController_upsertTopic",
    method="POST",
    path="/v2/topics",
    facade="topics.create",
    envelope=True,
    errors={
        "400": "ErrorDto",
        "401": "ErrorDto",
        "403": "ErrorDto",
        "404": "ErrorDto",
        "405": "ErrorDto",
        "409": "TopicResponseDto",
        "413": "ErrorDto",
        "414": "ErrorDto",
        "415": "ErrorDto",
        "422": "ValidationErrorDto",
        "500": "ErrorDto",
    },
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "failIfExists": "fail_if_exists",
}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "key": (str,),
    "name": (str,),
}


def _parts(
    *,
    fail_if_exists: bool | Unset = UNSET,
    body: CreateUpdateTopicRequestDto | dict[str, Any],
) -> RequestParts:
    params: dict[str, Any] = {}
    if fail_if_exists is not UNSET:
        params["failIfExists"] = _c.query_value("fail_if_exists", fail_if_exists, ("bool",))
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", CreateUpdateTopicRequestDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="POST",
        url="/v2/topics",
        params=params,
        json=wire,
        content=content,
    )


def _parse(data: Any, strict: bool = False) -> TopicResponseDto:
    parsed: TopicResponseDto = _c.root(OPERATION.facade, strict, data, ("model", TopicResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    fail_if_exists: bool | Unset = UNSET,
    body: CreateUpdateTopicRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[TopicResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(fail_if_exists=fail_if_exists, body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    fail_if_exists: bool | Unset = UNSET,
    body: CreateUpdateTopicRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> TopicResponseDto:
    """Create a topic

    Creates a new topic if it does not exist, or updates an existing topic if it already exists. Use
    ?failIfExists=true to prevent updates.

    `POST /v2/topics` (TopicsController_upsertTopic). On a client: `novu.topics.create(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        body (CreateUpdateTopicRequestDto | dict[str, Any]; JSON body): the request: a
            `CreateUpdateTopicRequestDto`, or a dict of its fields
        fail_if_exists (bool, optional; query): If true, the request will fail if a topic with the
            same key already exists
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        TopicResponseDto: the decoded response.

    Raises:
        BadRequestError: 400; `.body`: `ErrorDto`.
        AuthenticationError: 401; `.body`: `ErrorDto`.
        PermissionDeniedError: 403; `.body`: `ErrorDto`.
        NotFoundError: 404; `.body`: `ErrorDto`.
        MethodNotAllowedError: 405; `.body`: `ErrorDto`.
        ConflictError: 409; `.body`: `TopicResponseDto`.
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
        result = create.sync(client=novu, body={...})
    """
    return client._request(
        OPERATION, _parts(fail_if_exists=fail_if_exists, body=body), _parse, **options
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    fail_if_exists: bool | Unset = UNSET,
    body: CreateUpdateTopicRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[TopicResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION, _parts(fail_if_exists=fail_if_exists, body=body), _parse, **options
    )


async def asyncio(
    *,
    client: AsyncNovu,
    fail_if_exists: bool | Unset = UNSET,
    body: CreateUpdateTopicRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> TopicResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(OPERATION, _parts(fail_if_exists=fail_if_exists, body=body), _parse, **options)
    ).parsed


asyncio.__doc__ = sync.__doc__
