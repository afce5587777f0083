# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.translations`: each method calls one standalone operation module."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._resource import AsyncResource, SyncResource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    import httpx

    from novu_api.models.create_translation_request_dto_content import CreateTranslationRequestDtoContent
    from novu_api.models.create_translation_request_dto_resource_type import (
        CreateTranslationRequestDtoResourceType,
    )
    from novu_api.models.get_master_json_response_dto import GetMasterJsonResponseDto
    from novu_api.models.import_master_json_request_dto_master_json import (
        ImportMasterJsonRequestDtoMasterJson,
    )
    from novu_api.models.import_master_json_response_dto import ImportMasterJsonResponseDto
    from novu_api.models.translation_controller_delete_translation_endpoint_resource_type import (
        TranslationControllerDeleteTranslationEndpointResourceType,
    )
    from novu_api.models.translation_controller_delete_translation_group_endpoint_resource_type import (
        TranslationControllerDeleteTranslationGroupEndpointResourceType,
    )
    from novu_api.models.translation_controller_get_single_translation_resource_type import (
        TranslationControllerGetSingleTranslationResourceType,
    )
    from novu_api.models.translation_controller_get_translation_group_endpoint_resource_type import (
        TranslationControllerGetTranslationGroupEndpointResourceType,
    )
    from novu_api.models.translation_controller_upload_translation_files_body_resource_type import (
        TranslationControllerUploadTranslationFilesBodyResourceType,
    )
    from novu_api.models.translation_group_dto import TranslationGroupDto
    from novu_api.models.translation_response_dto import TranslationResponseDto
    from novu_api.models.upload_translations_response_dto import UploadTranslationsResponseDto

    from .._client import RetryPolicy
    from .._types import FileInput


class TranslationsResource(SyncResource):
    """`novu.translations`."""

    @cached_property
    def groups(self) -> TranslationsGroupsResource:
        return TranslationsGroupsResource(self._client, raw=self._raw)

    @cached_property
    def master(self) -> TranslationsMasterResource:
        return TranslationsMasterResource(self._client, raw=self._raw)

    def create(
        self,
        *,
        resource_id: str,
        resource_type: CreateTranslationRequestDtoResourceType | str,
        locale: str,
        content: CreateTranslationRequestDtoContent | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> TranslationResponseDto:
        """Create a translation: `POST /v2/translations`.

        Standalone: `from novu_api.api.translations import create`.
        """
        from novu_api.api.translations import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "resourceId": resource_id,
            "resourceType": resource_type,
            "locale": locale,
            "content": content,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: TranslationResponseDto = call(
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
        resource_type: TranslationControllerDeleteTranslationEndpointResourceType | str,
        resource_id: str,
        locale: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete a translation: `DELETE /v2/translations/{resourceType}/{resourceId}/{locale}`.

        Standalone: `from novu_api.api.translations import delete`.
        """
        from novu_api.api.translations import delete as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: None = call(
            client=self._client,
            resource_type=resource_type,
            resource_id=resource_id,
            locale=locale,
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
        resource_type: TranslationControllerGetSingleTranslationResourceType | str,
        resource_id: str,
        locale: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> TranslationResponseDto:
        """Retrieve a translation: `GET /v2/translations/{resourceType}/{resourceId}/{locale}`.

        Standalone: `from novu_api.api.translations import retrieve`.
        """
        from novu_api.api.translations import retrieve as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: TranslationResponseDto = call(
            client=self._client,
            resource_type=resource_type,
            resource_id=resource_id,
            locale=locale,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def upload(
        self,
        *,
        resource_id: str,
        resource_type: TranslationControllerUploadTranslationFilesBodyResourceType | str,
        files: FileInput | Sequence[FileInput],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> UploadTranslationsResponseDto:
        """Upload translation files: `POST /v2/translations/upload`.

        Standalone: `from novu_api.api.translations import upload`.
        """
        from novu_api.api.translations import upload as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "resourceId": resource_id,
            "resourceType": resource_type,
            "files": files,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: UploadTranslationsResponseDto = call(
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


class AsyncTranslationsResource(AsyncResource):
    """`novu.translations` (async)."""

    @cached_property
    def groups(self) -> AsyncTranslationsGroupsResource:
        return AsyncTranslationsGroupsResource(self._client, raw=self._raw)

    @cached_property
    def master(self) -> AsyncTranslationsMasterResource:
        return AsyncTranslationsMasterResource(self._client, raw=self._raw)

    async def create(
        self,
        *,
        resource_id: str,
        resource_type: CreateTranslationRequestDtoResourceType | str,
        locale: str,
        content: CreateTranslationRequestDtoContent | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> TranslationResponseDto:
        """Create a translation: `POST /v2/translations`.

        Standalone: `from novu_api.api.translations import create`.
        """
        from novu_api.api.translations import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "resourceId": resource_id,
            "resourceType": resource_type,
            "locale": locale,
            "content": content,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: TranslationResponseDto = await call(
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
        resource_type: TranslationControllerDeleteTranslationEndpointResourceType | str,
        resource_id: str,
        locale: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete a translation: `DELETE /v2/translations/{resourceType}/{resourceId}/{locale}`.

        Standalone: `from novu_api.api.translations import delete`.
        """
        from novu_api.api.translations import delete as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: None = await call(
            client=self._client,
            resource_type=resource_type,
            resource_id=resource_id,
            locale=locale,
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
        resource_type: TranslationControllerGetSingleTranslationResourceType | str,
        resource_id: str,
        locale: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> TranslationResponseDto:
        """Retrieve a translation: `GET /v2/translations/{resourceType}/{resourceId}/{locale}`.

        Standalone: `from novu_api.api.translations import retrieve`.
        """
        from novu_api.api.translations import retrieve as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: TranslationResponseDto = await call(
            client=self._client,
            resource_type=resource_type,
            resource_id=resource_id,
            locale=locale,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def upload(
        self,
        *,
        resource_id: str,
        resource_type: TranslationControllerUploadTranslationFilesBodyResourceType | str,
        files: FileInput | Sequence[FileInput],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> UploadTranslationsResponseDto:
        """Upload translation files: `POST /v2/translations/upload`.

        Standalone: `from novu_api.api.translations import upload`.
        """
        from novu_api.api.translations import upload as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "resourceId": resource_id,
            "resourceType": resource_type,
            "files": files,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: UploadTranslationsResponseDto = await call(
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


class TranslationsGroupsResource(SyncResource):
    """`novu.translations.groups`."""

    def delete(
        self,
        *,
        resource_type: TranslationControllerDeleteTranslationGroupEndpointResourceType | str,
        resource_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete a translation group: `DELETE /v2/translations/{resourceType}/{resourceId}`.

        Standalone: `from novu_api.api.translations.groups import delete`.
        """
        from novu_api.api.translations.groups import delete as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: None = call(
            client=self._client,
            resource_type=resource_type,
            resource_id=resource_id,
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
        resource_type: TranslationControllerGetTranslationGroupEndpointResourceType | str,
        resource_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> TranslationGroupDto:
        """Retrieve a translation group: `GET /v2/translations/group/{resourceType}/{resourceId}`.

        Standalone: `from novu_api.api.translations.groups import retrieve`.
        """
        from novu_api.api.translations.groups import retrieve as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: TranslationGroupDto = call(
            client=self._client,
            resource_type=resource_type,
            resource_id=resource_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class AsyncTranslationsGroupsResource(AsyncResource):
    """`novu.translations.groups` (async)."""

    async def delete(
        self,
        *,
        resource_type: TranslationControllerDeleteTranslationGroupEndpointResourceType | str,
        resource_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete a translation group: `DELETE /v2/translations/{resourceType}/{resourceId}`.

        Standalone: `from novu_api.api.translations.groups import delete`.
        """
        from novu_api.api.translations.groups import delete as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: None = await call(
            client=self._client,
            resource_type=resource_type,
            resource_id=resource_id,
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
        resource_type: TranslationControllerGetTranslationGroupEndpointResourceType | str,
        resource_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> TranslationGroupDto:
        """Retrieve a translation group: `GET /v2/translations/group/{resourceType}/{resourceId}`.

        Standalone: `from novu_api.api.translations.groups import retrieve`.
        """
        from novu_api.api.translations.groups import retrieve as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: TranslationGroupDto = await call(
            client=self._client,
            resource_type=resource_type,
            resource_id=resource_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class TranslationsMasterResource(SyncResource):
    """`novu.translations.master`."""

    def import_(
        self,
        *,
        locale: str,
        master_json: ImportMasterJsonRequestDtoMasterJson | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> ImportMasterJsonResponseDto:
        """Import master translations JSON: `POST /v2/translations/master-json`.

        Standalone: `from novu_api.api.translations.master import import_`.
        """
        from novu_api.api.translations.master import import_ as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "locale": locale,
            "masterJson": master_json,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: ImportMasterJsonResponseDto = call(
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

    def retrieve(
        self,
        *,
        locale: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GetMasterJsonResponseDto:
        """Retrieve master translations JSON: `GET /v2/translations/master-json`.

        Standalone: `from novu_api.api.translations.master import retrieve`.
        """
        from novu_api.api.translations.master import retrieve as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: GetMasterJsonResponseDto = call(
            client=self._client,
            locale=locale,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def upload(
        self,
        *,
        file: FileInput,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> ImportMasterJsonResponseDto:
        """Upload master translations JSON file: `POST /v2/translations/master-json/upload`.

        Standalone: `from novu_api.api.translations.master import upload`.
        """
        from novu_api.api.translations.master import upload as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "file": file,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: ImportMasterJsonResponseDto = call(
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


class AsyncTranslationsMasterResource(AsyncResource):
    """`novu.translations.master` (async)."""

    async def import_(
        self,
        *,
        locale: str,
        master_json: ImportMasterJsonRequestDtoMasterJson | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> ImportMasterJsonResponseDto:
        """Import master translations JSON: `POST /v2/translations/master-json`.

        Standalone: `from novu_api.api.translations.master import import_`.
        """
        from novu_api.api.translations.master import import_ as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "locale": locale,
            "masterJson": master_json,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: ImportMasterJsonResponseDto = await call(
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

    async def retrieve(
        self,
        *,
        locale: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GetMasterJsonResponseDto:
        """Retrieve master translations JSON: `GET /v2/translations/master-json`.

        Standalone: `from novu_api.api.translations.master import retrieve`.
        """
        from novu_api.api.translations.master import retrieve as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: GetMasterJsonResponseDto = await call(
            client=self._client,
            locale=locale,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def upload(
        self,
        *,
        file: FileInput,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> ImportMasterJsonResponseDto:
        """Upload master translations JSON file: `POST /v2/translations/master-json/upload`.

        Standalone: `from novu_api.api.translations.master import upload`.
        """
        from novu_api.api.translations.master import upload as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "file": file,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: ImportMasterJsonResponseDto = await call(
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
