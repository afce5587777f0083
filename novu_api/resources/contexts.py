# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.contexts`: each method calls one standalone operation module."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._resource import AsyncResource, SyncResource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from novu_api.models.contexts_controller_list_contexts_order_direction import (
        ContextsControllerListContextsOrderDirection,
    )
    from novu_api.models.create_context_request_dto_data import CreateContextRequestDtoData
    from novu_api.models.get_context_response_dto import GetContextResponseDto
    from novu_api.models.update_context_request_dto_data import UpdateContextRequestDtoData

    from .._client import RetryPolicy
    from ..pagination import AsyncPage, SyncPage


class ContextsResource(SyncResource):
    """`novu.contexts`."""

    def create(
        self,
        *,
        type_: str,
        id: str,
        data: CreateContextRequestDtoData | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GetContextResponseDto:
        """Create a context: `POST /v2/contexts`.

        Standalone: `from novu_api.api.contexts import create`.
        """
        from novu_api.api.contexts import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "type": type_,
            "id": id,
            "data": data,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: GetContextResponseDto = call(
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

    def delete(
        self,
        *,
        type_: str,
        id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete a context: `DELETE /v2/contexts/{type}/{id}`.

        Standalone: `from novu_api.api.contexts import delete`.
        """
        from novu_api.api.contexts import delete as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: None = call(
            client=self._client,
            type_=type_,
            id=id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def list(
        self,
        *,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: float | Unset = UNSET,
        order_direction: ContextsControllerListContextsOrderDirection | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        include_cursor: bool | Unset = UNSET,
        id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SyncPage[GetContextResponseDto]:
        """List all contexts: `GET /v2/contexts`.

        Standalone: `from novu_api.api.contexts import list`.
        """
        from novu_api.api.contexts import list as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: SyncPage[GetContextResponseDto] = call(
            client=self._client,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            id=id,
            search=search,
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
        type_: str,
        id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GetContextResponseDto:
        """Retrieve a context: `GET /v2/contexts/{type}/{id}`.

        Standalone: `from novu_api.api.contexts import retrieve`.
        """
        from novu_api.api.contexts import retrieve as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: GetContextResponseDto = call(
            client=self._client,
            type_=type_,
            id=id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def update(
        self,
        *,
        type_: str,
        id: str,
        data: UpdateContextRequestDtoData | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GetContextResponseDto:
        """Update a context: `PATCH /v2/contexts/{type}/{id}`.

        Standalone: `from novu_api.api.contexts import update`.
        """
        from novu_api.api.contexts import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "data": data,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: GetContextResponseDto = call(
            client=self._client,
            type_=type_,
            id=id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class AsyncContextsResource(AsyncResource):
    """`novu.contexts` (async)."""

    async def create(
        self,
        *,
        type_: str,
        id: str,
        data: CreateContextRequestDtoData | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GetContextResponseDto:
        """Create a context: `POST /v2/contexts`.

        Standalone: `from novu_api.api.contexts import create`.
        """
        from novu_api.api.contexts import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "type": type_,
            "id": id,
            "data": data,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: GetContextResponseDto = await call(
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

    async def delete(
        self,
        *,
        type_: str,
        id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete a context: `DELETE /v2/contexts/{type}/{id}`.

        Standalone: `from novu_api.api.contexts import delete`.
        """
        from novu_api.api.contexts import delete as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: None = await call(
            client=self._client,
            type_=type_,
            id=id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def list(
        self,
        *,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: float | Unset = UNSET,
        order_direction: ContextsControllerListContextsOrderDirection | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        include_cursor: bool | Unset = UNSET,
        id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncPage[GetContextResponseDto]:
        """List all contexts: `GET /v2/contexts`.

        Standalone: `from novu_api.api.contexts import list`.
        """
        from novu_api.api.contexts import list as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: AsyncPage[GetContextResponseDto] = await call(
            client=self._client,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            id=id,
            search=search,
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
        type_: str,
        id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GetContextResponseDto:
        """Retrieve a context: `GET /v2/contexts/{type}/{id}`.

        Standalone: `from novu_api.api.contexts import retrieve`.
        """
        from novu_api.api.contexts import retrieve as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: GetContextResponseDto = await call(
            client=self._client,
            type_=type_,
            id=id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def update(
        self,
        *,
        type_: str,
        id: str,
        data: UpdateContextRequestDtoData | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GetContextResponseDto:
        """Update a context: `PATCH /v2/contexts/{type}/{id}`.

        Standalone: `from novu_api.api.contexts import update`.
        """
        from novu_api.api.contexts import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "data": data,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: GetContextResponseDto = await call(
            client=self._client,
            type_=type_,
            id=id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result
