# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.messages`: each method calls one standalone operation module."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._resource import AsyncResource, SyncResource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Sequence

    import httpx

    from novu_api.models.channel_type_enum import ChannelTypeEnum
    from novu_api.models.delete_message_response_dto import DeleteMessageResponseDto
    from novu_api.models.message_response_dto import MessageResponseDto
    from novu_api.models.messages_controller_delete_messages_by_transaction_id_channel import (
        MessagesControllerDeleteMessagesByTransactionIdChannel,
    )

    from .._client import RetryPolicy
    from ..pagination import AsyncPage, SyncPage


class MessagesResource(SyncResource):
    """`novu.messages`."""

    def delete(
        self,
        *,
        message_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> DeleteMessageResponseDto:
        """Delete a message: `DELETE /v1/messages/{messageId}`.

        Standalone: `from novu_api.api.messages import delete`.
        """
        from novu_api.api.messages import delete as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: DeleteMessageResponseDto = call(
            client=self._client,
            message_id=message_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def delete_by_transaction_id(
        self,
        *,
        transaction_id: str,
        channel: MessagesControllerDeleteMessagesByTransactionIdChannel | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete messages by transactionId: `DELETE /v1/messages/transaction/{transactionId}`.

        Standalone: `from novu_api.api.messages import delete_by_transaction_id`.
        """
        from novu_api.api.messages import delete_by_transaction_id as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: None = call(
            client=self._client,
            transaction_id=transaction_id,
            channel=channel,
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
        channel: ChannelTypeEnum | str | Unset = UNSET,
        subscriber_id: str | Unset = UNSET,
        transaction_id: Sequence[str] | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        page: float | Unset = UNSET,
        limit: float | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SyncPage[MessageResponseDto]:
        """List all messages: `GET /v1/messages`.

        Standalone: `from novu_api.api.messages import retrieve`.
        """
        from novu_api.api.messages import retrieve as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: SyncPage[MessageResponseDto] = call(
            client=self._client,
            channel=channel,
            subscriber_id=subscriber_id,
            transaction_id=transaction_id,
            context_keys=context_keys,
            page=page,
            limit=limit,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class AsyncMessagesResource(AsyncResource):
    """`novu.messages` (async)."""

    async def delete(
        self,
        *,
        message_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> DeleteMessageResponseDto:
        """Delete a message: `DELETE /v1/messages/{messageId}`.

        Standalone: `from novu_api.api.messages import delete`.
        """
        from novu_api.api.messages import delete as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: DeleteMessageResponseDto = await call(
            client=self._client,
            message_id=message_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def delete_by_transaction_id(
        self,
        *,
        transaction_id: str,
        channel: MessagesControllerDeleteMessagesByTransactionIdChannel | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete messages by transactionId: `DELETE /v1/messages/transaction/{transactionId}`.

        Standalone: `from novu_api.api.messages import delete_by_transaction_id`.
        """
        from novu_api.api.messages import delete_by_transaction_id as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: None = await call(
            client=self._client,
            transaction_id=transaction_id,
            channel=channel,
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
        channel: ChannelTypeEnum | str | Unset = UNSET,
        subscriber_id: str | Unset = UNSET,
        transaction_id: Sequence[str] | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        page: float | Unset = UNSET,
        limit: float | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncPage[MessageResponseDto]:
        """List all messages: `GET /v1/messages`.

        Standalone: `from novu_api.api.messages import retrieve`.
        """
        from novu_api.api.messages import retrieve as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: AsyncPage[MessageResponseDto] = await call(
            client=self._client,
            channel=channel,
            subscriber_id=subscriber_id,
            transaction_id=transaction_id,
            context_keys=context_keys,
            page=page,
            limit=limit,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result
