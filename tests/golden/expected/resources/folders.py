# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""Resource classes behind `novu.folders`: each method calls one standalone operation module."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._resource import AsyncResource, SyncResource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    import httpx

    from novu_api.models.folder_dto import FolderDto

    from .._client import RetryPolicy
    from ..pagination import AsyncPage, SyncPage


class FoldersResource(SyncResource):
    """`novu.folders`."""

    def get_folder(
        self,
        *,
        folder_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> FolderDto:
        """Retrieve a folder: `GET /v1/folders/{folderId}`.

        Standalone: `from novu_api.api.folders import get_folder`.
        """
        from novu_api.api.folders import get_folder as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: FolderDto = call(
            client=self._client,
            folder_id=folder_id,
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
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        created_after: datetime.datetime | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SyncPage[FolderDto]:
        """List folders: `GET /v1/folders`.

        Standalone: `from novu_api.api.folders import list`.
        """
        from novu_api.api.folders import list as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: SyncPage[FolderDto] = call(
            client=self._client,
            offset=offset,
            limit=limit,
            created_after=created_after,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class AsyncFoldersResource(AsyncResource):
    """`novu.folders` (async)."""

    async def get_folder(
        self,
        *,
        folder_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> FolderDto:
        """Retrieve a folder: `GET /v1/folders/{folderId}`.

        Standalone: `from novu_api.api.folders import get_folder`.
        """
        from novu_api.api.folders import get_folder as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: FolderDto = await call(
            client=self._client,
            folder_id=folder_id,
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
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        created_after: datetime.datetime | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncPage[FolderDto]:
        """List folders: `GET /v1/folders`.

        Standalone: `from novu_api.api.folders import list`.
        """
        from novu_api.api.folders import list as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: AsyncPage[FolderDto] = await call(
            client=self._client,
            offset=offset,
            limit=limit,
            created_after=created_after,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result
