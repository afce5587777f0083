# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.translations`: each method calls one standalone operation module."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._raw import async_raw, raw
from .._resource import RawResource, Resource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from typing_extensions import Unpack

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

    from .._client import AsyncNovu, Novu  # noqa: F401 (named in the base classes)
    from .._options import RequestOptions
    from .._types import FileInput


class TranslationsResource(Resource["Novu"]):
    """`novu.translations`."""

    @cached_property
    def groups(self) -> TranslationsGroupsResource:
        return TranslationsGroupsResource(self._client)

    @cached_property
    def master(self) -> TranslationsMasterResource:
        return TranslationsMasterResource(self._client)

    def create(
        self,
        *,
        resource_id: str,
        resource_type: CreateTranslationRequestDtoResourceType | str,
        locale: str,
        content: CreateTranslationRequestDtoContent | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> TranslationResponseDto:
        """Create a translation

        Create a translation for a specific workflow and locale, if the translation already exists,
        it will be updated

        `POST /v2/translations` (TranslationController_createTranslationEndpoint). Standalone: `from
        novu_api.api.translations import create`.

        Args:
            resource_id (str; body `resourceId`): The resource ID to associate translation with.
                Accepts identifier or slug format
            resource_type (CreateTranslationRequestDtoResourceType | str; body `resourceType`): The
                resource type to associate translation with. Constraints: one of "workflow",
                "layout".
            locale (str; body `locale`): Locale code (e.g., en_US, es_ES)
            content (CreateTranslationRequestDtoContent | Mapping[str, Any]; body `content`):
                Translation content as JSON object
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            TranslationResponseDto: the decoded response.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = novu.translations.create(resource_id="welcome-email", resource_type="workflow", locale="en_US", content={...})
        """
        from novu_api.api.translations import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "resourceId": resource_id,
            "resourceType": resource_type,
            "locale": locale,
            "content": content,
        }
        return _op.sync(
            client=self._client,
            body=body,
            **options,
        )

    def delete(
        self,
        *,
        resource_type: TranslationControllerDeleteTranslationEndpointResourceType | str,
        resource_id: str,
        locale: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a translation

        Delete a specific translation by resource type, resource ID and locale

        `DELETE /v2/translations/{resourceType}/{resourceId}/{locale}`
        (TranslationController_deleteTranslationEndpoint). Standalone: `from
        novu_api.api.translations import delete`.

        Args:
            resource_type (TranslationControllerDeleteTranslationEndpointResourceType | str; path):
                Resource type. Constraints: one of "workflow", "layout".
            resource_id (str; path): Resource ID
            locale (str; path): Locale code
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            None: the call has no response body.

        Raises:
            NotFoundError: 404; `.body`: `ErrorDto`.
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            novu.translations.delete(resource_type="workflow", resource_id="RESOURCE_ID", locale="LOCALE")
        """
        from novu_api.api.translations import delete as _op

        return _op.sync(
            client=self._client,
            resource_type=resource_type,
            resource_id=resource_id,
            locale=locale,
            **options,
        )

    def retrieve(
        self,
        *,
        resource_type: TranslationControllerGetSingleTranslationResourceType | str,
        resource_id: str,
        locale: str,
        **options: Unpack[RequestOptions],
    ) -> TranslationResponseDto:
        """Retrieve a translation

        Retrieve a specific translation by resource type, resource ID and locale

        `GET /v2/translations/{resourceType}/{resourceId}/{locale}`
        (TranslationController_getSingleTranslation). Standalone: `from novu_api.api.translations
        import retrieve`.

        Args:
            resource_type (TranslationControllerGetSingleTranslationResourceType | str; path):
                Resource type. Constraints: one of "workflow", "layout".
            resource_id (str; path): Resource ID
            locale (str; path): Locale code
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            TranslationResponseDto: the decoded response.

        Raises:
            NotFoundError: 404; `.body`: `ErrorDto`.
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = novu.translations.retrieve(resource_type="workflow", resource_id="welcome-email", locale="en_US")
        """
        from novu_api.api.translations import retrieve as _op

        return _op.sync(
            client=self._client,
            resource_type=resource_type,
            resource_id=resource_id,
            locale=locale,
            **options,
        )

    def upload(
        self,
        *,
        resource_id: str,
        resource_type: TranslationControllerUploadTranslationFilesBodyResourceType | str,
        files: FileInput | Sequence[FileInput],
        **options: Unpack[RequestOptions],
    ) -> UploadTranslationsResponseDto:
        """Upload translation files

        Upload one or more JSON translation files for a specific workflow. Files name must match the
        locale, e.g. en_US.json. Supports both "files" and "files[]" field names for backwards
        compatibility.

        `POST /v2/translations/upload` (TranslationController_uploadTranslationFiles). Standalone:
        `from novu_api.api.translations import upload`.

        Args:
            resource_id (str; body `resourceId`): The resource ID to associate localizations with.
                Accepts identifier or slug format
            resource_type (TranslationControllerUploadTranslationFilesBodyResourceType | str; body
                `resourceType`): The resource type to associate localizations with. Constraints: one
                of "workflow", "layout".
            files (FileInput | Sequence[FileInput]; body `files`): One or more JSON translation
                files. Filenames must match locale format (e.g., en_US.json, fr_FR.json). Field name
                can be "files" or "files[]". Constraints: each item format binary.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            UploadTranslationsResponseDto: the decoded response.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = novu.translations.upload(resource_id="welcome-email", resource_type="workflow", files=[...])
        """
        from novu_api.api.translations import upload as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "resourceId": resource_id,
            "resourceType": resource_type,
            "files": files,
        }
        return _op.sync(
            client=self._client,
            body=body,
            **options,
        )


class AsyncTranslationsResource(Resource["AsyncNovu"]):
    """`novu.translations` (async)."""

    @cached_property
    def groups(self) -> AsyncTranslationsGroupsResource:
        return AsyncTranslationsGroupsResource(self._client)

    @cached_property
    def master(self) -> AsyncTranslationsMasterResource:
        return AsyncTranslationsMasterResource(self._client)

    async def create(
        self,
        *,
        resource_id: str,
        resource_type: CreateTranslationRequestDtoResourceType | str,
        locale: str,
        content: CreateTranslationRequestDtoContent | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> TranslationResponseDto:
        """Create a translation

        Create a translation for a specific workflow and locale, if the translation already exists,
        it will be updated

        `POST /v2/translations` (TranslationController_createTranslationEndpoint). Standalone: `from
        novu_api.api.translations import create`.

        Args:
            resource_id (str; body `resourceId`): The resource ID to associate translation with.
                Accepts identifier or slug format
            resource_type (CreateTranslationRequestDtoResourceType | str; body `resourceType`): The
                resource type to associate translation with. Constraints: one of "workflow",
                "layout".
            locale (str; body `locale`): Locale code (e.g., en_US, es_ES)
            content (CreateTranslationRequestDtoContent | Mapping[str, Any]; body `content`):
                Translation content as JSON object
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            TranslationResponseDto: the decoded response.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = await novu.translations.create(resource_id="welcome-email", resource_type="workflow", locale="en_US", content={...})
        """
        from novu_api.api.translations import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "resourceId": resource_id,
            "resourceType": resource_type,
            "locale": locale,
            "content": content,
        }
        return await _op.asyncio(
            client=self._client,
            body=body,
            **options,
        )

    async def delete(
        self,
        *,
        resource_type: TranslationControllerDeleteTranslationEndpointResourceType | str,
        resource_id: str,
        locale: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a translation

        Delete a specific translation by resource type, resource ID and locale

        `DELETE /v2/translations/{resourceType}/{resourceId}/{locale}`
        (TranslationController_deleteTranslationEndpoint). Standalone: `from
        novu_api.api.translations import delete`.

        Args:
            resource_type (TranslationControllerDeleteTranslationEndpointResourceType | str; path):
                Resource type. Constraints: one of "workflow", "layout".
            resource_id (str; path): Resource ID
            locale (str; path): Locale code
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            None: the call has no response body.

        Raises:
            NotFoundError: 404; `.body`: `ErrorDto`.
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            await novu.translations.delete(resource_type="workflow", resource_id="RESOURCE_ID", locale="LOCALE")
        """
        from novu_api.api.translations import delete as _op

        return await _op.asyncio(
            client=self._client,
            resource_type=resource_type,
            resource_id=resource_id,
            locale=locale,
            **options,
        )

    async def retrieve(
        self,
        *,
        resource_type: TranslationControllerGetSingleTranslationResourceType | str,
        resource_id: str,
        locale: str,
        **options: Unpack[RequestOptions],
    ) -> TranslationResponseDto:
        """Retrieve a translation

        Retrieve a specific translation by resource type, resource ID and locale

        `GET /v2/translations/{resourceType}/{resourceId}/{locale}`
        (TranslationController_getSingleTranslation). Standalone: `from novu_api.api.translations
        import retrieve`.

        Args:
            resource_type (TranslationControllerGetSingleTranslationResourceType | str; path):
                Resource type. Constraints: one of "workflow", "layout".
            resource_id (str; path): Resource ID
            locale (str; path): Locale code
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            TranslationResponseDto: the decoded response.

        Raises:
            NotFoundError: 404; `.body`: `ErrorDto`.
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = await novu.translations.retrieve(resource_type="workflow", resource_id="welcome-email", locale="en_US")
        """
        from novu_api.api.translations import retrieve as _op

        return await _op.asyncio(
            client=self._client,
            resource_type=resource_type,
            resource_id=resource_id,
            locale=locale,
            **options,
        )

    async def upload(
        self,
        *,
        resource_id: str,
        resource_type: TranslationControllerUploadTranslationFilesBodyResourceType | str,
        files: FileInput | Sequence[FileInput],
        **options: Unpack[RequestOptions],
    ) -> UploadTranslationsResponseDto:
        """Upload translation files

        Upload one or more JSON translation files for a specific workflow. Files name must match the
        locale, e.g. en_US.json. Supports both "files" and "files[]" field names for backwards
        compatibility.

        `POST /v2/translations/upload` (TranslationController_uploadTranslationFiles). Standalone:
        `from novu_api.api.translations import upload`.

        Args:
            resource_id (str; body `resourceId`): The resource ID to associate localizations with.
                Accepts identifier or slug format
            resource_type (TranslationControllerUploadTranslationFilesBodyResourceType | str; body
                `resourceType`): The resource type to associate localizations with. Constraints: one
                of "workflow", "layout".
            files (FileInput | Sequence[FileInput]; body `files`): One or more JSON translation
                files. Filenames must match locale format (e.g., en_US.json, fr_FR.json). Field name
                can be "files" or "files[]". Constraints: each item format binary.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            UploadTranslationsResponseDto: the decoded response.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = await novu.translations.upload(resource_id="welcome-email", resource_type="workflow", files=[...])
        """
        from novu_api.api.translations import upload as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "resourceId": resource_id,
            "resourceType": resource_type,
            "files": files,
        }
        return await _op.asyncio(
            client=self._client,
            body=body,
            **options,
        )


class TranslationsGroupsResource(Resource["Novu"]):
    """`novu.translations.groups`."""

    def delete(
        self,
        *,
        resource_type: TranslationControllerDeleteTranslationGroupEndpointResourceType | str,
        resource_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a translation group

        Delete an entire translation group and all its translations

        `DELETE /v2/translations/{resourceType}/{resourceId}`
        (TranslationController_deleteTranslationGroupEndpoint). Standalone: `from
        novu_api.api.translations.groups import delete`.

        Args:
            resource_type (TranslationControllerDeleteTranslationGroupEndpointResourceType | str;
                path): Resource type. Constraints: one of "workflow", "layout".
            resource_id (str; path): Resource ID
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            None: the call has no response body.

        Raises:
            NotFoundError: 404; `.body`: `ErrorDto`.
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            novu.translations.groups.delete(resource_type="workflow", resource_id="welcome-email")
        """
        from novu_api.api.translations.groups import delete as _op

        return _op.sync(
            client=self._client,
            resource_type=resource_type,
            resource_id=resource_id,
            **options,
        )

    def retrieve(
        self,
        *,
        resource_type: TranslationControllerGetTranslationGroupEndpointResourceType | str,
        resource_id: str,
        **options: Unpack[RequestOptions],
    ) -> TranslationGroupDto:
        """Retrieve a translation group

        Retrieves a single translation group by resource type (workflow, layout) and resource ID
        (workflowId, layoutId)

        `GET /v2/translations/group/{resourceType}/{resourceId}`
        (TranslationController_getTranslationGroupEndpoint). Standalone: `from
        novu_api.api.translations.groups import retrieve`.

        Args:
            resource_type (TranslationControllerGetTranslationGroupEndpointResourceType | str;
                path): Resource type. Constraints: one of "workflow", "layout".
            resource_id (str; path): Resource ID
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            TranslationGroupDto: the decoded response.

        Raises:
            NotFoundError: 404; `.body`: `ErrorDto`.
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = novu.translations.groups.retrieve(resource_type="workflow", resource_id="welcome-email")
        """
        from novu_api.api.translations.groups import retrieve as _op

        return _op.sync(
            client=self._client,
            resource_type=resource_type,
            resource_id=resource_id,
            **options,
        )


class AsyncTranslationsGroupsResource(Resource["AsyncNovu"]):
    """`novu.translations.groups` (async)."""

    async def delete(
        self,
        *,
        resource_type: TranslationControllerDeleteTranslationGroupEndpointResourceType | str,
        resource_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a translation group

        Delete an entire translation group and all its translations

        `DELETE /v2/translations/{resourceType}/{resourceId}`
        (TranslationController_deleteTranslationGroupEndpoint). Standalone: `from
        novu_api.api.translations.groups import delete`.

        Args:
            resource_type (TranslationControllerDeleteTranslationGroupEndpointResourceType | str;
                path): Resource type. Constraints: one of "workflow", "layout".
            resource_id (str; path): Resource ID
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            None: the call has no response body.

        Raises:
            NotFoundError: 404; `.body`: `ErrorDto`.
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            await novu.translations.groups.delete(resource_type="workflow", resource_id="welcome-email")
        """
        from novu_api.api.translations.groups import delete as _op

        return await _op.asyncio(
            client=self._client,
            resource_type=resource_type,
            resource_id=resource_id,
            **options,
        )

    async def retrieve(
        self,
        *,
        resource_type: TranslationControllerGetTranslationGroupEndpointResourceType | str,
        resource_id: str,
        **options: Unpack[RequestOptions],
    ) -> TranslationGroupDto:
        """Retrieve a translation group

        Retrieves a single translation group by resource type (workflow, layout) and resource ID
        (workflowId, layoutId)

        `GET /v2/translations/group/{resourceType}/{resourceId}`
        (TranslationController_getTranslationGroupEndpoint). Standalone: `from
        novu_api.api.translations.groups import retrieve`.

        Args:
            resource_type (TranslationControllerGetTranslationGroupEndpointResourceType | str;
                path): Resource type. Constraints: one of "workflow", "layout".
            resource_id (str; path): Resource ID
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            TranslationGroupDto: the decoded response.

        Raises:
            NotFoundError: 404; `.body`: `ErrorDto`.
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = await novu.translations.groups.retrieve(resource_type="workflow", resource_id="welcome-email")
        """
        from novu_api.api.translations.groups import retrieve as _op

        return await _op.asyncio(
            client=self._client,
            resource_type=resource_type,
            resource_id=resource_id,
            **options,
        )


class TranslationsMasterResource(Resource["Novu"]):
    """`novu.translations.master`."""

    def import_(
        self,
        *,
        locale: str,
        master_json: ImportMasterJsonRequestDtoMasterJson | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> ImportMasterJsonResponseDto:
        """Import master translations JSON

        Import translations for multiple workflows from master JSON format for a specific locale

        `POST /v2/translations/master-json` (TranslationController_importMasterJsonEndpoint).
        Standalone: `from novu_api.api.translations.master import import_`.

        Args:
            locale (str; body `locale`): The locale for which translations are being imported
            master_json (ImportMasterJsonRequestDtoMasterJson | Mapping[str, Any]; body
                `masterJson`): Master JSON object containing all translations organized by workflow
                identifier
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            ImportMasterJsonResponseDto: the decoded response.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = novu.translations.master.import_(locale="en_US", master_json={...})
        """
        from novu_api.api.translations.master import import_ as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "locale": locale,
            "masterJson": master_json,
        }
        return _op.sync(
            client=self._client,
            body=body,
            **options,
        )

    def retrieve(
        self,
        *,
        locale: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GetMasterJsonResponseDto:
        """Retrieve master translations JSON

        Retrieve all translations for a locale in master JSON format organized by resourceId
        (workflowId)

        `GET /v2/translations/master-json` (TranslationController_getMasterJsonEndpoint).
        Standalone: `from novu_api.api.translations.master import retrieve`.

        Args:
            locale (str, optional; query): Locale to export. If not provided, exports organization
                default locale
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GetMasterJsonResponseDto: the decoded response.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = novu.translations.master.retrieve()
        """
        from novu_api.api.translations.master import retrieve as _op

        return _op.sync(
            client=self._client,
            locale=locale,
            **options,
        )

    def upload(
        self,
        *,
        file: FileInput,
        **options: Unpack[RequestOptions],
    ) -> ImportMasterJsonResponseDto:
        """Upload master translations JSON file

        Upload a master JSON file containing translations for multiple workflows. Locale is
        automatically detected from filename (e.g., en_US.json)

        `POST /v2/translations/master-json/upload` (TranslationController_uploadMasterJsonEndpoint).
        Standalone: `from novu_api.api.translations.master import upload`.

        Args:
            file (FileInput; body `file`): Master JSON file with locale as filename (e.g.,
                en_US.json). Constraints: format binary.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            ImportMasterJsonResponseDto: the decoded response.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = novu.translations.master.upload(file={...})
        """
        from novu_api.api.translations.master import upload as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "file": file,
        }
        return _op.sync(
            client=self._client,
            body=body,
            **options,
        )


class AsyncTranslationsMasterResource(Resource["AsyncNovu"]):
    """`novu.translations.master` (async)."""

    async def import_(
        self,
        *,
        locale: str,
        master_json: ImportMasterJsonRequestDtoMasterJson | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> ImportMasterJsonResponseDto:
        """Import master translations JSON

        Import translations for multiple workflows from master JSON format for a specific locale

        `POST /v2/translations/master-json` (TranslationController_importMasterJsonEndpoint).
        Standalone: `from novu_api.api.translations.master import import_`.

        Args:
            locale (str; body `locale`): The locale for which translations are being imported
            master_json (ImportMasterJsonRequestDtoMasterJson | Mapping[str, Any]; body
                `masterJson`): Master JSON object containing all translations organized by workflow
                identifier
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            ImportMasterJsonResponseDto: the decoded response.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = await novu.translations.master.import_(locale="en_US", master_json={...})
        """
        from novu_api.api.translations.master import import_ as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "locale": locale,
            "masterJson": master_json,
        }
        return await _op.asyncio(
            client=self._client,
            body=body,
            **options,
        )

    async def retrieve(
        self,
        *,
        locale: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GetMasterJsonResponseDto:
        """Retrieve master translations JSON

        Retrieve all translations for a locale in master JSON format organized by resourceId
        (workflowId)

        `GET /v2/translations/master-json` (TranslationController_getMasterJsonEndpoint).
        Standalone: `from novu_api.api.translations.master import retrieve`.

        Args:
            locale (str, optional; query): Locale to export. If not provided, exports organization
                default locale
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GetMasterJsonResponseDto: the decoded response.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = await novu.translations.master.retrieve()
        """
        from novu_api.api.translations.master import retrieve as _op

        return await _op.asyncio(
            client=self._client,
            locale=locale,
            **options,
        )

    async def upload(
        self,
        *,
        file: FileInput,
        **options: Unpack[RequestOptions],
    ) -> ImportMasterJsonResponseDto:
        """Upload master translations JSON file

        Upload a master JSON file containing translations for multiple workflows. Locale is
        automatically detected from filename (e.g., en_US.json)

        `POST /v2/translations/master-json/upload` (TranslationController_uploadMasterJsonEndpoint).
        Standalone: `from novu_api.api.translations.master import upload`.

        Args:
            file (FileInput; body `file`): Master JSON file with locale as filename (e.g.,
                en_US.json). Constraints: format binary.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            ImportMasterJsonResponseDto: the decoded response.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = await novu.translations.master.upload(file={...})
        """
        from novu_api.api.translations.master import upload as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "file": file,
        }
        return await _op.asyncio(
            client=self._client,
            body=body,
            **options,
        )


class TranslationsResourceWithRawResponse(RawResource["TranslationsResource"]):
    """`novu.with_raw_response.translations`: each call returns a `RawResponse`."""

    def __init__(self, resource: TranslationsResource) -> None:
        super().__init__(resource)
        self.create = raw(resource.create)
        self.delete = raw(resource.delete)
        self.retrieve = raw(resource.retrieve)
        self.upload = raw(resource.upload)

    @cached_property
    def groups(self) -> TranslationsGroupsResourceWithRawResponse:
        return TranslationsGroupsResourceWithRawResponse(self._resource.groups)

    @cached_property
    def master(self) -> TranslationsMasterResourceWithRawResponse:
        return TranslationsMasterResourceWithRawResponse(self._resource.master)


class AsyncTranslationsResourceWithRawResponse(RawResource["AsyncTranslationsResource"]):
    """`novu.with_raw_response.translations`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncTranslationsResource) -> None:
        super().__init__(resource)
        self.create = async_raw(resource.create)
        self.delete = async_raw(resource.delete)
        self.retrieve = async_raw(resource.retrieve)
        self.upload = async_raw(resource.upload)

    @cached_property
    def groups(self) -> AsyncTranslationsGroupsResourceWithRawResponse:
        return AsyncTranslationsGroupsResourceWithRawResponse(self._resource.groups)

    @cached_property
    def master(self) -> AsyncTranslationsMasterResourceWithRawResponse:
        return AsyncTranslationsMasterResourceWithRawResponse(self._resource.master)


class TranslationsGroupsResourceWithRawResponse(RawResource["TranslationsGroupsResource"]):
    """`novu.with_raw_response.translations.groups`: each call returns a `RawResponse`."""

    def __init__(self, resource: TranslationsGroupsResource) -> None:
        super().__init__(resource)
        self.delete = raw(resource.delete)
        self.retrieve = raw(resource.retrieve)


class AsyncTranslationsGroupsResourceWithRawResponse(RawResource["AsyncTranslationsGroupsResource"]):
    """`novu.with_raw_response.translations.groups`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncTranslationsGroupsResource) -> None:
        super().__init__(resource)
        self.delete = async_raw(resource.delete)
        self.retrieve = async_raw(resource.retrieve)


class TranslationsMasterResourceWithRawResponse(RawResource["TranslationsMasterResource"]):
    """`novu.with_raw_response.translations.master`: each call returns a `RawResponse`."""

    def __init__(self, resource: TranslationsMasterResource) -> None:
        super().__init__(resource)
        self.import_ = raw(resource.import_)
        self.retrieve = raw(resource.retrieve)
        self.upload = raw(resource.upload)


class AsyncTranslationsMasterResourceWithRawResponse(RawResource["AsyncTranslationsMasterResource"]):
    """`novu.with_raw_response.translations.master`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncTranslationsMasterResource) -> None:
        super().__init__(resource)
        self.import_ = async_raw(resource.import_)
        self.retrieve = async_raw(resource.retrieve)
        self.upload = async_raw(resource.upload)
