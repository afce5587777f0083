# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""Resource classes behind `novu.folders`: each method calls one standalone operation module."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._raw import async_raw, raw
from .._resource import RawResource, Resource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from typing_extensions import Unpack

    from novu_api.models.folder_dto import FolderDto

    from .._client import AsyncNovu, Novu  # noqa: F401 (named in the base classes)
    from .._options import RequestOptions
    from ..pagination import AsyncPage, SyncPage


class FoldersResource(Resource["Novu"]):
    """`novu.folders`."""

    def get_folder(
        self,
        *,
        folder_id: str,
        **options: Unpack[RequestOptions],
    ) -> FolderDto:
        """Retrieve a folder

        `GET /v1/folders/{folderId}` (FoldersController_getFolder). Standalone: `from
        novu_api.api.folders import get_folder`.

        Args:
            folder_id (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            FolderDto: the decoded response.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = novu.folders.get_folder(folder_id="FOLDER_ID")
        """
        from novu_api.api.folders import get_folder as _op

        return _op.sync(
            client=self._client,
            folder_id=folder_id,
            **options,
        )

    def list(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        created_after: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[FolderDto]:
        """List folders

        Offset paging; the method name comes from the document-level rule.

        `GET /v1/folders` (FoldersController_listFolders). Standalone: `from novu_api.api.folders
        import list`.

        Args:
            offset (int, optional; query):
            limit (int, optional; query):
            created_after (datetime.datetime, optional; query): Constraints: format date-time.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SyncPage[FolderDto]: the first page of `ListFoldersResponseDto`; iterating gives every
                item, following offset pagination.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            for item in novu.folders.list():
                print(item)
        """
        from novu_api.api.folders import list as _op

        return _op.sync(
            client=self._client,
            offset=offset,
            limit=limit,
            created_after=created_after,
            **options,
        )


class AsyncFoldersResource(Resource["AsyncNovu"]):
    """`novu.folders` (async)."""

    async def get_folder(
        self,
        *,
        folder_id: str,
        **options: Unpack[RequestOptions],
    ) -> FolderDto:
        """Retrieve a folder

        `GET /v1/folders/{folderId}` (FoldersController_getFolder). Standalone: `from
        novu_api.api.folders import get_folder`.

        Args:
            folder_id (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            FolderDto: the decoded response.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = await novu.folders.get_folder(folder_id="FOLDER_ID")
        """
        from novu_api.api.folders import get_folder as _op

        return await _op.asyncio(
            client=self._client,
            folder_id=folder_id,
            **options,
        )

    async def list(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        created_after: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[FolderDto]:
        """List folders

        Offset paging; the method name comes from the document-level rule.

        `GET /v1/folders` (FoldersController_listFolders). Standalone: `from novu_api.api.folders
        import list`.

        Args:
            offset (int, optional; query):
            limit (int, optional; query):
            created_after (datetime.datetime, optional; query): Constraints: format date-time.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AsyncPage[FolderDto]: the first page of `ListFoldersResponseDto`; iterating gives every
                item, following offset pagination.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            async for item in await novu.folders.list():
                print(item)
        """
        from novu_api.api.folders import list as _op

        return await _op.asyncio(
            client=self._client,
            offset=offset,
            limit=limit,
            created_after=created_after,
            **options,
        )


class FoldersResourceWithRawResponse(RawResource["FoldersResource"]):
    """`novu.with_raw_response.folders`: each call returns a `RawResponse`."""

    def __init__(self, resource: FoldersResource) -> None:
        super().__init__(resource)
        self.get_folder = raw(resource.get_folder)
        self.list = raw(resource.list)


class AsyncFoldersResourceWithRawResponse(RawResource["AsyncFoldersResource"]):
    """`novu.with_raw_response.folders`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncFoldersResource) -> None:
        super().__init__(resource)
        self.get_folder = async_raw(resource.get_folder)
        self.list = async_raw(resource.list)
