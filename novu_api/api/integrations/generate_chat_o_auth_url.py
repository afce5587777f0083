# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Generate chat OAuth URL: `POST /v1/integrations/chat/oauth` (IntegrationsController_getChatOAuthUrl).

Standalone function module; the same call is `novu.integrations.generate_chat_o_auth_url(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.generate_chat_o_auth_url_response_dto import GenerateChatOAuthUrlResponseDto
from novu_api.models.generate_chat_oauth_url_request_dto import GenerateChatOauthUrlRequestDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="IntegrationsController_getChatOAuthUrl",
    method="POST",
    path="/v1/integrations/chat/oauth",
    facade="integrations.generate_chat_o_auth_url",
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
    body: GenerateChatOauthUrlRequestDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="POST",
        url="/v1/integrations/chat/oauth",
        json=_c.json_body(body, ("model", GenerateChatOauthUrlRequestDto)) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> GenerateChatOAuthUrlResponseDto:
    parsed: GenerateChatOAuthUrlResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", GenerateChatOAuthUrlResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    body: GenerateChatOauthUrlRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[GenerateChatOAuthUrlResponseDto]:
    """Generate chat OAuth URL

    `POST /v1/integrations/chat/oauth`; returns the parsed value with status and headers.
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
    body: GenerateChatOauthUrlRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> GenerateChatOAuthUrlResponseDto:
    """Generate chat OAuth URL

    **Deprecated** — use `POST /integrations/channel-connections/oauth` (connect) or `POST
    /integrations/channel-endpoints/oauth` (link_user) instead.
        Generate an OAuth URL for chat integrations like Slack, MS Teams, and Webex.
        This URL allows subscribers to authorize the integration, enabling the system to send messages
        through their chat workspace. The generated URL expires after 5 minutes.

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
    body: GenerateChatOauthUrlRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[GenerateChatOAuthUrlResponseDto]:
    """Generate chat OAuth URL (async); returns the parsed value with status and headers."""
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
    body: GenerateChatOauthUrlRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> GenerateChatOAuthUrlResponseDto:
    """Generate chat OAuth URL (async)."""
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
