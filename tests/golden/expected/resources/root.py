# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""The resource facade the clients inherit: `novu.trigger(...)`, `novu.subscribers`, ...

Resources are created on first access and their modules imported then, so building a
client costs nothing per resource.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._resource import AsyncResource, SyncResource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    import httpx

    from novu_api.models.priority import Priority
    from novu_api.models.signal_request_dto_payload import SignalRequestDtoPayload
    from novu_api.models.signal_response_dto import SignalResponseDto

    from .._client import RetryPolicy
    from .folders import AsyncFoldersResource, FoldersResource
    from .widgets import AsyncWidgetsResource, WidgetsResource


class NovuResources(SyncResource):
    """Operations and resources of `Novu`."""

    @cached_property
    def folders(self) -> FoldersResource:
        from .folders import FoldersResource

        return FoldersResource(self._client, raw=self._raw)

    @cached_property
    def widgets(self) -> WidgetsResource:
        from .widgets import WidgetsResource

        return WidgetsResource(self._client, raw=self._raw)

    def send_signal(
        self,
        *,
        name: str,
        payload: SignalRequestDtoPayload | dict[str, Any] | Unset = UNSET,
        sent_at: datetime.datetime | Unset = UNSET,
        priority: Priority | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SignalResponseDto:
        """Send a signal: `POST /v1/signals`.

        Standalone: `from novu_api.api.signals import send_signal`.
        """
        from novu_api.api.signals import send_signal as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "payload": payload,
            "sentAt": sent_at,
            "priority": priority,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: SignalResponseDto = call(
            client=self._client,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class AsyncNovuResources(AsyncResource):
    """Operations and resources of `AsyncNovu`."""

    @cached_property
    def folders(self) -> AsyncFoldersResource:
        from .folders import AsyncFoldersResource

        return AsyncFoldersResource(self._client, raw=self._raw)

    @cached_property
    def widgets(self) -> AsyncWidgetsResource:
        from .widgets import AsyncWidgetsResource

        return AsyncWidgetsResource(self._client, raw=self._raw)

    async def send_signal(
        self,
        *,
        name: str,
        payload: SignalRequestDtoPayload | dict[str, Any] | Unset = UNSET,
        sent_at: datetime.datetime | Unset = UNSET,
        priority: Priority | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SignalResponseDto:
        """Send a signal: `POST /v1/signals`.

        Standalone: `from novu_api.api.signals import send_signal`.
        """
        from novu_api.api.signals import send_signal as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "payload": payload,
            "sentAt": sent_at,
            "priority": priority,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: SignalResponseDto = await call(
            client=self._client,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result
