# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Generate OAuth URL to link a subscriber user identity: `POST /v1/integrations/channel-endpoints/oauth` (IntegrationsController_generateLinkUserOAuthUrl).

Standalone function module; the same call is `novu.integrations.generate_link_user_o_auth_url(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.generate_chat_o_auth_url_response_dto import GenerateChatOAuthUrlResponseDto
from novu_api.models.generate_link_user_oauth_url_request_dto import GenerateLinkUserOauthUrlRequestDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="IntegrationsController_generateLinkUserOAuthUrl",
    method="POST",
    path="/v1/integrations/channel-endpoints/oauth",
    facade="integrations.generate_link_user_o_auth_url",
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
    has_body=True,
    returns_json=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {}


def _parts(
    *,
    body: GenerateLinkUserOauthUrlRequestDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="POST",
        url="/v1/integrations/channel-endpoints/oauth",
        json=_c.json_body(body, ("model", GenerateLinkUserOauthUrlRequestDto)) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> GenerateChatOAuthUrlResponseDto:
    parsed: GenerateChatOAuthUrlResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", GenerateChatOAuthUrlResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    body: GenerateLinkUserOauthUrlRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[GenerateChatOAuthUrlResponseDto]:
    """Generate OAuth URL to link a subscriber user identity

    `POST /v1/integrations/channel-endpoints/oauth`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(body=body),
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
    body: GenerateLinkUserOauthUrlRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> GenerateChatOAuthUrlResponseDto:
    """Generate OAuth URL to link a subscriber user identity

    Generate an OAuth URL that links a specific subscriber to their chat identity (Slack user ID, MS
    Teams user OID, or Webex person).
        The generated URL expires after 5 minutes.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(body=body),
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
    body: GenerateLinkUserOauthUrlRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[GenerateChatOAuthUrlResponseDto]:
    """Generate OAuth URL to link a subscriber user identity (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(body=body),
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
    body: GenerateLinkUserOauthUrlRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> GenerateChatOAuthUrlResponseDto:
    """Generate OAuth URL to link a subscriber user identity (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(body=body),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
