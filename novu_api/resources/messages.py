# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.messages`: each method calls one standalone operation module."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._raw import async_raw, raw
from .._resource import RawResource, Resource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Sequence

    from typing_extensions import Unpack

    from novu_api.models.channel_type_enum import ChannelTypeEnum
    from novu_api.models.delete_message_response_dto import DeleteMessageResponseDto
    from novu_api.models.message_response_dto import MessageResponseDto
    from novu_api.models.messages_controller_delete_messages_by_transaction_id_channel import (
        MessagesControllerDeleteMessagesByTransactionIdChannel,
    )

    from .._client import AsyncNovu, Novu  # noqa: F401 (named in the base classes)
    from .._options import RequestOptions
    from ..pagination import AsyncPage, SyncPage


class MessagesResource(Resource["Novu"]):
    """`novu.messages`."""

    def delete(
        self,
        *,
        message_id: str,
        **options: Unpack[RequestOptions],
    ) -> DeleteMessageResponseDto:
        """Delete a message

        Delete a message entity from the Novu platform by **messageId**. This action is
        irreversible. **messageId** is required and of mongodbId type.

        `DELETE /v1/messages/{messageId}` (MessagesController_deleteMessage). Standalone: `from
        novu_api.api.messages import delete`.

        Args:
            message_id (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            DeleteMessageResponseDto: the decoded response.

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
            result = novu.messages.delete(message_id="507f1f77bcf86cd799439011")
        """
        from novu_api.api.messages import delete as _op

        return _op.sync(
            client=self._client,
            message_id=message_id,
            **options,
        )

    def delete_by_transaction_id(
        self,
        *,
        transaction_id: str,
        channel: MessagesControllerDeleteMessagesByTransactionIdChannel | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete messages by transactionId

        Delete multiple messages from the Novu platform using **transactionId** of triggered event.
        This API supports filtering by **channel** and delete all messages associated with the
        **transactionId**.

        `DELETE /v1/messages/transaction/{transactionId}`
        (MessagesController_deleteMessagesByTransactionId). Standalone: `from novu_api.api.messages
        import delete_by_transaction_id`.

        Args:
            transaction_id (str; path):
            channel (MessagesControllerDeleteMessagesByTransactionIdChannel | str, optional; query):
                The channel of the message to be deleted. Constraints: one of "in_app", "email",
                "sms", "chat", "push".
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            None: the call has no response body.

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
            novu.messages.delete_by_transaction_id(transaction_id="507f1f77bcf86cd799439011")
        """
        from novu_api.api.messages import delete_by_transaction_id as _op

        return _op.sync(
            client=self._client,
            transaction_id=transaction_id,
            channel=channel,
            **options,
        )

    def retrieve(
        self,
        *,
        channel: ChannelTypeEnum | str | Unset = UNSET,
        subscriber_id: str | Unset = UNSET,
        transaction_id: Sequence[str] | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        page: float | Unset = UNSET,
        limit: float | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[MessageResponseDto]:
        """List all messages

        List all messages for the current environment. This API supports filtering by **channel**,
        **subscriberId**, and **transactionId**. This API returns a paginated list of messages.

        `GET /v1/messages` (MessagesController_getMessages). Standalone: `from novu_api.api.messages
        import retrieve`.

        Args:
            channel (ChannelTypeEnum | str, optional; query): Channel type through which the message
                is sent. Constraints: one of "in_app", "email", "sms", "chat", "push".
            subscriber_id (str, optional; query):
            transaction_id (Sequence[str], optional; query):
            context_keys (Sequence[str], optional; query): Filter by exact context keys, order
                insensitive (format: "type:id")
            page (float, optional; query): Constraints: default 0.
            limit (float, optional; query): Constraints: default 10.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SyncPage[MessageResponseDto]: the first page of `MessagesResponseDto`; iterating gives
                every item, following page pagination.

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
            for item in novu.messages.retrieve():
                print(item)
        """
        from novu_api.api.messages import retrieve as _op

        return _op.sync(
            client=self._client,
            channel=channel,
            subscriber_id=subscriber_id,
            transaction_id=transaction_id,
            context_keys=context_keys,
            page=page,
            limit=limit,
            **options,
        )


class AsyncMessagesResource(Resource["AsyncNovu"]):
    """`novu.messages` (async)."""

    async def delete(
        self,
        *,
        message_id: str,
        **options: Unpack[RequestOptions],
    ) -> DeleteMessageResponseDto:
        """Delete a message

        Delete a message entity from the Novu platform by **messageId**. This action is
        irreversible. **messageId** is required and of mongodbId type.

        `DELETE /v1/messages/{messageId}` (MessagesController_deleteMessage). Standalone: `from
        novu_api.api.messages import delete`.

        Args:
            message_id (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            DeleteMessageResponseDto: the decoded response.

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
            result = await novu.messages.delete(message_id="507f1f77bcf86cd799439011")
        """
        from novu_api.api.messages import delete as _op

        return await _op.asyncio(
            client=self._client,
            message_id=message_id,
            **options,
        )

    async def delete_by_transaction_id(
        self,
        *,
        transaction_id: str,
        channel: MessagesControllerDeleteMessagesByTransactionIdChannel | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete messages by transactionId

        Delete multiple messages from the Novu platform using **transactionId** of triggered event.
        This API supports filtering by **channel** and delete all messages associated with the
        **transactionId**.

        `DELETE /v1/messages/transaction/{transactionId}`
        (MessagesController_deleteMessagesByTransactionId). Standalone: `from novu_api.api.messages
        import delete_by_transaction_id`.

        Args:
            transaction_id (str; path):
            channel (MessagesControllerDeleteMessagesByTransactionIdChannel | str, optional; query):
                The channel of the message to be deleted. Constraints: one of "in_app", "email",
                "sms", "chat", "push".
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            None: the call has no response body.

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
            await novu.messages.delete_by_transaction_id(transaction_id="507f1f77bcf86cd799439011")
        """
        from novu_api.api.messages import delete_by_transaction_id as _op

        return await _op.asyncio(
            client=self._client,
            transaction_id=transaction_id,
            channel=channel,
            **options,
        )

    async def retrieve(
        self,
        *,
        channel: ChannelTypeEnum | str | Unset = UNSET,
        subscriber_id: str | Unset = UNSET,
        transaction_id: Sequence[str] | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        page: float | Unset = UNSET,
        limit: float | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[MessageResponseDto]:
        """List all messages

        List all messages for the current environment. This API supports filtering by **channel**,
        **subscriberId**, and **transactionId**. This API returns a paginated list of messages.

        `GET /v1/messages` (MessagesController_getMessages). Standalone: `from novu_api.api.messages
        import retrieve`.

        Args:
            channel (ChannelTypeEnum | str, optional; query): Channel type through which the message
                is sent. Constraints: one of "in_app", "email", "sms", "chat", "push".
            subscriber_id (str, optional; query):
            transaction_id (Sequence[str], optional; query):
            context_keys (Sequence[str], optional; query): Filter by exact context keys, order
                insensitive (format: "type:id")
            page (float, optional; query): Constraints: default 0.
            limit (float, optional; query): Constraints: default 10.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AsyncPage[MessageResponseDto]: the first page of `MessagesResponseDto`; iterating gives
                every item, following page pagination.

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
            async for item in await novu.messages.retrieve():
                print(item)
        """
        from novu_api.api.messages import retrieve as _op

        return await _op.asyncio(
            client=self._client,
            channel=channel,
            subscriber_id=subscriber_id,
            transaction_id=transaction_id,
            context_keys=context_keys,
            page=page,
            limit=limit,
            **options,
        )


class MessagesResourceWithRawResponse(RawResource["MessagesResource"]):
    """`novu.with_raw_response.messages`: each call returns a `RawResponse`."""

    def __init__(self, resource: MessagesResource) -> None:
        super().__init__(resource)
        self.delete = raw(resource.delete)
        self.delete_by_transaction_id = raw(resource.delete_by_transaction_id)
        self.retrieve = raw(resource.retrieve)


class AsyncMessagesResourceWithRawResponse(RawResource["AsyncMessagesResource"]):
    """`novu.with_raw_response.messages`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncMessagesResource) -> None:
        super().__init__(resource)
        self.delete = async_raw(resource.delete)
        self.delete_by_transaction_id = async_raw(resource.delete_by_transaction_id)
        self.retrieve = async_raw(resource.retrieve)
