# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Retrieve a topic subscription: `GET /v2/topics/{topicKey}/subscriptions/{identifier}` (TopicsController_getTopicSubscription).

Standalone function module; the same call is `novu.topics.subscriptions.get_subscription(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.subscription_details_response_dto import SubscriptionDetailsResponseDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="TopicsController_getTopicSubscription",
    method="GET",
    path="/v2/topics/{topicKey}/subscriptions/{identifier}",
    facade="topics.subscriptions.get_subscription",
    envelope=True,
    bare_keys=(),
    pagination=None,
    errors={
        "400": "ErrorDto",
        "401": "ErrorDto",
        "403": "ErrorDto",
        "404": "ErrorDto",
        "405": "ErrorDto",
        "409": "ErrorDto",
        "413": "ErrorDto",
        "414": "ErrorDto",
        "415": "ErrorDto",
        "422": "ValidationErrorDto",
        "500": "ErrorDto",
    },
    has_body=False,
    returns_json=True,
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
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[SubscriptionDetailsResponseDto]:
    """Retrieve a topic subscription

    `GET /v2/topics/{topicKey}/subscriptions/{identifier}`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(
            topic_key=topic_key,
            identifier=identifier,
        ),
        _parse,
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )


def sync(
    *,
    client: Novu,
    topic_key: str,
    identifier: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> SubscriptionDetailsResponseDto:
    """Retrieve a topic subscription

    Retrieve a subscription by its unique identifier for a topic.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(
            topic_key=topic_key,
            identifier=identifier,
        ),
        _parse,
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    topic_key: str,
    identifier: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[SubscriptionDetailsResponseDto]:
    """Retrieve a topic subscription (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(
            topic_key=topic_key,
            identifier=identifier,
        ),
        _parse,
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )


async def asyncio(
    *,
    client: AsyncNovu,
    topic_key: str,
    identifier: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> SubscriptionDetailsResponseDto:
    """Retrieve a topic subscription (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(
                topic_key=topic_key,
                identifier=identifier,
            ),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
