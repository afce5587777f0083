# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.notifications`: each method calls one standalone operation module."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._resource import AsyncResource, SyncResource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Sequence

    import httpx

    from novu_api.models.activity_notification_response_dto import ActivityNotificationResponseDto
    from novu_api.models.channel_type_enum import ChannelTypeEnum

    from .._client import RetryPolicy
    from ..pagination import AsyncPage, SyncPage


class NotificationsResource(SyncResource):
    """`novu.notifications`."""

    def list(
        self,
        *,
        channels: Sequence[ChannelTypeEnum | str] | Unset = UNSET,
        templates: Sequence[str] | Unset = UNSET,
        emails: Sequence[str] | Unset = UNSET,
        search: str | Unset = UNSET,
        subscriber_ids: Sequence[str] | Unset = UNSET,
        severity: Sequence[str] | Unset = UNSET,
        page: float | Unset = UNSET,
        limit: float | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        topic_key: str | Unset = UNSET,
        subscription_id: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SyncPage[ActivityNotificationResponseDto]:
        """List all events: `GET /v1/notifications`.

        Standalone: `from novu_api.api.notifications import list`.
        """
        from novu_api.api.notifications import list as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: SyncPage[ActivityNotificationResponseDto] = call(
            client=self._client,
            channels=channels,
            templates=templates,
            emails=emails,
            search=search,
            subscriber_ids=subscriber_ids,
            severity=severity,
            page=page,
            limit=limit,
            transaction_id=transaction_id,
            topic_key=topic_key,
            subscription_id=subscription_id,
            context_keys=context_keys,
            after=after,
            before=before,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def retrieve(
        self,
        *,
        notification_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> ActivityNotificationResponseDto:
        """Retrieve an event: `GET /v1/notifications/{notificationId}`.

        Standalone: `from novu_api.api.notifications import retrieve`.
        """
        from novu_api.api.notifications import retrieve as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: ActivityNotificationResponseDto = call(
            client=self._client,
            notification_id=notification_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class AsyncNotificationsResource(AsyncResource):
    """`novu.notifications` (async)."""

    async def list(
        self,
        *,
        channels: Sequence[ChannelTypeEnum | str] | Unset = UNSET,
        templates: Sequence[str] | Unset = UNSET,
        emails: Sequence[str] | Unset = UNSET,
        search: str | Unset = UNSET,
        subscriber_ids: Sequence[str] | Unset = UNSET,
        severity: Sequence[str] | Unset = UNSET,
        page: float | Unset = UNSET,
        limit: float | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        topic_key: str | Unset = UNSET,
        subscription_id: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncPage[ActivityNotificationResponseDto]:
        """List all events: `GET /v1/notifications`.

        Standalone: `from novu_api.api.notifications import list`.
        """
        from novu_api.api.notifications import list as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: AsyncPage[ActivityNotificationResponseDto] = await call(
            client=self._client,
            channels=channels,
            templates=templates,
            emails=emails,
            search=search,
            subscriber_ids=subscriber_ids,
            severity=severity,
            page=page,
            limit=limit,
            transaction_id=transaction_id,
            topic_key=topic_key,
            subscription_id=subscription_id,
            context_keys=context_keys,
            after=after,
            before=before,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def retrieve(
        self,
        *,
        notification_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> ActivityNotificationResponseDto:
        """Retrieve an event: `GET /v1/notifications/{notificationId}`.

        Standalone: `from novu_api.api.notifications import retrieve`.
        """
        from novu_api.api.notifications import retrieve as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: ActivityNotificationResponseDto = await call(
            client=self._client,
            notification_id=notification_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result
