# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Retrieve master translations JSON: `GET /v2/translations/master-json` (TranslationController_getMasterJsonEndpoint).

Standalone function module; the same call is `novu.translations.master.retrieve(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.get_master_json_response_dto import GetMasterJsonResponseDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="TranslationController_getMasterJsonEndpoint",
    method="GET",
    path="/v2/translations/master-json",
    facade="translations.master.retrieve",
    envelope=True,
    bare_keys=(),
    pagination=None,
    errors={},
    has_body=False,
    returns_json=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "locale": "locale",
}


def _parts(
    *,
    locale: str | Unset = UNSET,
) -> RequestParts:
    params: dict[str, Any] = {}
    if locale is not UNSET:
        params["locale"] = _c.query_value("locale", locale, ("str",))
    return RequestParts(
        method="GET",
        url="/v2/translations/master-json",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> GetMasterJsonResponseDto:
    parsed: GetMasterJsonResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", GetMasterJsonResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    locale: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[GetMasterJsonResponseDto]:
    """Retrieve master translations JSON

    `GET /v2/translations/master-json`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(
            locale=locale,
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
    locale: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> GetMasterJsonResponseDto:
    """Retrieve master translations JSON

    Retrieve all translations for a locale in master JSON format organized by resourceId (workflowId)

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(
            locale=locale,
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
    locale: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[GetMasterJsonResponseDto]:
    """Retrieve master translations JSON (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(
            locale=locale,
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
    locale: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> GetMasterJsonResponseDto:
    """Retrieve master translations JSON (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(
                locale=locale,
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
