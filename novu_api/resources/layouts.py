# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.layouts`: each method calls one standalone operation module."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._raw import async_raw, raw
from .._resource import RawResource, Resource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from typing_extensions import Unpack

    from novu_api.models.direction_enum import DirectionEnum
    from novu_api.models.duplicate_layout_dto import DuplicateLayoutDto
    from novu_api.models.generate_layout_preview_response_dto import GenerateLayoutPreviewResponseDto
    from novu_api.models.get_layout_usage_response_dto import GetLayoutUsageResponseDto
    from novu_api.models.layout_control_values_dto import LayoutControlValuesDto
    from novu_api.models.layout_creation_source_enum import LayoutCreationSourceEnum
    from novu_api.models.layout_preview_payload_dto import LayoutPreviewPayloadDto
    from novu_api.models.layout_preview_request_dto_control_values import LayoutPreviewRequestDtoControlValues
    from novu_api.models.layout_response_dto import LayoutResponseDto
    from novu_api.models.layout_response_dto_sort_field import LayoutResponseDtoSortField

    from .._client import AsyncNovu, Novu  # noqa: F401 (named in the base classes)
    from .._options import RequestOptions
    from ..pagination import AsyncPage, SyncPage


class LayoutsResource(Resource["Novu"]):
    """`novu.layouts`."""

    def create(
        self,
        *,
        layout_id: str,
        name: str,
        is_translation_enabled: bool | Unset = UNSET,
        source: LayoutCreationSourceEnum | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LayoutResponseDto:
        """Create a layout

        Creates a new layout in the Novu Cloud environment

        `POST /v2/layouts` (LayoutsController_create). Standalone: `from novu_api.api.layouts import
        create`.

        Args:
            layout_id (str; body `layoutId`): Unique identifier for the layout
            name (str; body `name`): Name of the layout
            is_translation_enabled (bool, optional; body `isTranslationEnabled`): Enable or disable
                translations for this layout. Constraints: default false.
            source (LayoutCreationSourceEnum | str, optional; body `__source`): Source of layout
                creation. Constraints: one of "dashboard"; default "dashboard".
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            LayoutResponseDto: the decoded response.

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
            result = novu.layouts.create(layout_id="LAYOUT_ID", name="NAME")
        """
        from novu_api.api.layouts import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "layoutId": layout_id,
            "name": name,
            "isTranslationEnabled": is_translation_enabled,
            "__source": source,
        }
        return _op.sync(
            client=self._client,
            body=body,
            **options,
        )

    def delete(
        self,
        *,
        layout_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a layout

        Removes a specific layout by its unique identifier **layoutId**

        `DELETE /v2/layouts/{layoutId}` (LayoutsController__delete). Standalone: `from
        novu_api.api.layouts import delete`.

        Args:
            layout_id (str; path): The unique identifier of the layout
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
            novu.layouts.delete(layout_id="LAYOUT_ID")
        """
        from novu_api.api.layouts import delete as _op

        return _op.sync(
            client=self._client,
            layout_id=layout_id,
            **options,
        )

    def duplicate(
        self,
        *,
        layout_id: str,
        body: DuplicateLayoutDto | dict[str, Any],
        **options: Unpack[RequestOptions],
    ) -> LayoutResponseDto:
        """Duplicate a layout

        Duplicates a layout by its unique identifier **layoutId**. This will create a new layout
        with the content of the original layout.

        `POST /v2/layouts/{layoutId}/duplicate` (LayoutsController_duplicate). Standalone: `from
        novu_api.api.layouts import duplicate`.

        Args:
            layout_id (str; path):
            body (DuplicateLayoutDto | dict[str, Any]; JSON body): the request: a
                `DuplicateLayoutDto`, or a dict of its fields
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            LayoutResponseDto: the decoded response.

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
            result = novu.layouts.duplicate(layout_id="LAYOUT_ID", body={...})
        """
        from novu_api.api.layouts import duplicate as _op

        return _op.sync(
            client=self._client,
            layout_id=layout_id,
            body=body,
            **options,
        )

    def generate_preview(
        self,
        *,
        layout_id: str,
        control_values: LayoutPreviewRequestDtoControlValues | Mapping[str, Any] | Unset = UNSET,
        preview_payload: LayoutPreviewPayloadDto | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GenerateLayoutPreviewResponseDto:
        """Generate layout preview

        Generates a preview for a layout by its unique identifier **layoutId**

        `POST /v2/layouts/{layoutId}/preview` (LayoutsController_generatePreview). Standalone: `from
        novu_api.api.layouts import generate_preview`.

        Args:
            layout_id (str; path):
            control_values (LayoutPreviewRequestDtoControlValues | Mapping[str, Any], optional; body
                `controlValues`): Optional control values for layout preview
            preview_payload (LayoutPreviewPayloadDto | Mapping[str, Any], optional; body
                `previewPayload`): Optional payload for layout preview
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GenerateLayoutPreviewResponseDto: the decoded response.

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
            result = novu.layouts.generate_preview(layout_id="LAYOUT_ID")
        """
        from novu_api.api.layouts import generate_preview as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "controlValues": control_values,
            "previewPayload": preview_payload,
        }
        return _op.sync(
            client=self._client,
            layout_id=layout_id,
            body=body,
            **options,
        )

    def list(
        self,
        *,
        limit: float | Unset = UNSET,
        offset: float | Unset = UNSET,
        order_direction: DirectionEnum | str | Unset = UNSET,
        order_by: LayoutResponseDtoSortField | str | Unset = UNSET,
        query: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[LayoutResponseDto]:
        """List all layouts

        Retrieves a list of layouts with optional filtering and pagination

        `GET /v2/layouts` (LayoutsController_list). Standalone: `from novu_api.api.layouts import
        list`.

        Args:
            limit (float, optional; query): Number of items to return per page
            offset (float, optional; query): Number of items to skip before starting to return
                results
            order_direction (DirectionEnum | str, optional; query): Direction of sorting.
                Constraints: one of "ASC", "DESC".
            order_by (LayoutResponseDtoSortField | str, optional; query): Field to sort the results
                by. Constraints: one of "createdAt", "updatedAt", "name".
            query (str, optional; query): Search query to filter layouts
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SyncPage[LayoutResponseDto]: the first page of `ListLayoutResponseDto`; iterating gives
                every item, following offset pagination.

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
            for item in novu.layouts.list():
                print(item)
        """
        from novu_api.api.layouts import list as _op

        return _op.sync(
            client=self._client,
            limit=limit,
            offset=offset,
            order_direction=order_direction,
            order_by=order_by,
            query=query,
            **options,
        )

    def retrieve(
        self,
        *,
        layout_id: str,
        **options: Unpack[RequestOptions],
    ) -> LayoutResponseDto:
        """Retrieve a layout

        Fetches details of a specific layout by its unique identifier **layoutId**

        `GET /v2/layouts/{layoutId}` (LayoutsController_get). Standalone: `from novu_api.api.layouts
        import retrieve`.

        Args:
            layout_id (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            LayoutResponseDto: the decoded response.

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
            result = novu.layouts.retrieve(layout_id="LAYOUT_ID")
        """
        from novu_api.api.layouts import retrieve as _op

        return _op.sync(
            client=self._client,
            layout_id=layout_id,
            **options,
        )

    def update(
        self,
        *,
        layout_id: str,
        name: str,
        is_translation_enabled: bool | Unset = UNSET,
        control_values: LayoutControlValuesDto | None | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LayoutResponseDto:
        """Update a layout

        Updates the details of an existing layout, here **layoutId** is the identifier of the layout

        `PUT /v2/layouts/{layoutId}` (LayoutsController_update). Standalone: `from
        novu_api.api.layouts import update`.

        Args:
            layout_id (str; path):
            name (str; body `name`): Name of the layout
            is_translation_enabled (bool, optional; body `isTranslationEnabled`): Enable or disable
                translations for this layout. Constraints: default false.
            control_values (LayoutControlValuesDto | None | Mapping[str, Any], optional; body
                `controlValues`): Control values for the layout. Omit to leave unchanged, or set to
                null to clear stored control values.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            LayoutResponseDto: the decoded response.

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
            result = novu.layouts.update(layout_id="LAYOUT_ID", name="NAME")
        """
        from novu_api.api.layouts import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "isTranslationEnabled": is_translation_enabled,
            "controlValues": control_values,
        }
        return _op.sync(
            client=self._client,
            layout_id=layout_id,
            body=body,
            **options,
        )

    def usage(
        self,
        *,
        layout_id: str,
        **options: Unpack[RequestOptions],
    ) -> GetLayoutUsageResponseDto:
        """Get layout usage

        Retrieves information about workflows that use the specified layout by its unique identifier
        **layoutId**

        `GET /v2/layouts/{layoutId}/usage` (LayoutsController_getUsage). Standalone: `from
        novu_api.api.layouts import usage`.

        Args:
            layout_id (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GetLayoutUsageResponseDto: the decoded response.

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
            result = novu.layouts.usage(layout_id="LAYOUT_ID")
        """
        from novu_api.api.layouts import usage as _op

        return _op.sync(
            client=self._client,
            layout_id=layout_id,
            **options,
        )


class AsyncLayoutsResource(Resource["AsyncNovu"]):
    """`novu.layouts` (async)."""

    async def create(
        self,
        *,
        layout_id: str,
        name: str,
        is_translation_enabled: bool | Unset = UNSET,
        source: LayoutCreationSourceEnum | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LayoutResponseDto:
        """Create a layout

        Creates a new layout in the Novu Cloud environment

        `POST /v2/layouts` (LayoutsController_create). Standalone: `from novu_api.api.layouts import
        create`.

        Args:
            layout_id (str; body `layoutId`): Unique identifier for the layout
            name (str; body `name`): Name of the layout
            is_translation_enabled (bool, optional; body `isTranslationEnabled`): Enable or disable
                translations for this layout. Constraints: default false.
            source (LayoutCreationSourceEnum | str, optional; body `__source`): Source of layout
                creation. Constraints: one of "dashboard"; default "dashboard".
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            LayoutResponseDto: the decoded response.

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
            result = await novu.layouts.create(layout_id="LAYOUT_ID", name="NAME")
        """
        from novu_api.api.layouts import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "layoutId": layout_id,
            "name": name,
            "isTranslationEnabled": is_translation_enabled,
            "__source": source,
        }
        return await _op.asyncio(
            client=self._client,
            body=body,
            **options,
        )

    async def delete(
        self,
        *,
        layout_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a layout

        Removes a specific layout by its unique identifier **layoutId**

        `DELETE /v2/layouts/{layoutId}` (LayoutsController__delete). Standalone: `from
        novu_api.api.layouts import delete`.

        Args:
            layout_id (str; path): The unique identifier of the layout
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
            await novu.layouts.delete(layout_id="LAYOUT_ID")
        """
        from novu_api.api.layouts import delete as _op

        return await _op.asyncio(
            client=self._client,
            layout_id=layout_id,
            **options,
        )

    async def duplicate(
        self,
        *,
        layout_id: str,
        body: DuplicateLayoutDto | dict[str, Any],
        **options: Unpack[RequestOptions],
    ) -> LayoutResponseDto:
        """Duplicate a layout

        Duplicates a layout by its unique identifier **layoutId**. This will create a new layout
        with the content of the original layout.

        `POST /v2/layouts/{layoutId}/duplicate` (LayoutsController_duplicate). Standalone: `from
        novu_api.api.layouts import duplicate`.

        Args:
            layout_id (str; path):
            body (DuplicateLayoutDto | dict[str, Any]; JSON body): the request: a
                `DuplicateLayoutDto`, or a dict of its fields
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            LayoutResponseDto: the decoded response.

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
            result = await novu.layouts.duplicate(layout_id="LAYOUT_ID", body={...})
        """
        from novu_api.api.layouts import duplicate as _op

        return await _op.asyncio(
            client=self._client,
            layout_id=layout_id,
            body=body,
            **options,
        )

    async def generate_preview(
        self,
        *,
        layout_id: str,
        control_values: LayoutPreviewRequestDtoControlValues | Mapping[str, Any] | Unset = UNSET,
        preview_payload: LayoutPreviewPayloadDto | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GenerateLayoutPreviewResponseDto:
        """Generate layout preview

        Generates a preview for a layout by its unique identifier **layoutId**

        `POST /v2/layouts/{layoutId}/preview` (LayoutsController_generatePreview). Standalone: `from
        novu_api.api.layouts import generate_preview`.

        Args:
            layout_id (str; path):
            control_values (LayoutPreviewRequestDtoControlValues | Mapping[str, Any], optional; body
                `controlValues`): Optional control values for layout preview
            preview_payload (LayoutPreviewPayloadDto | Mapping[str, Any], optional; body
                `previewPayload`): Optional payload for layout preview
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GenerateLayoutPreviewResponseDto: the decoded response.

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
            result = await novu.layouts.generate_preview(layout_id="LAYOUT_ID")
        """
        from novu_api.api.layouts import generate_preview as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "controlValues": control_values,
            "previewPayload": preview_payload,
        }
        return await _op.asyncio(
            client=self._client,
            layout_id=layout_id,
            body=body,
            **options,
        )

    async def list(
        self,
        *,
        limit: float | Unset = UNSET,
        offset: float | Unset = UNSET,
        order_direction: DirectionEnum | str | Unset = UNSET,
        order_by: LayoutResponseDtoSortField | str | Unset = UNSET,
        query: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[LayoutResponseDto]:
        """List all layouts

        Retrieves a list of layouts with optional filtering and pagination

        `GET /v2/layouts` (LayoutsController_list). Standalone: `from novu_api.api.layouts import
        list`.

        Args:
            limit (float, optional; query): Number of items to return per page
            offset (float, optional; query): Number of items to skip before starting to return
                results
            order_direction (DirectionEnum | str, optional; query): Direction of sorting.
                Constraints: one of "ASC", "DESC".
            order_by (LayoutResponseDtoSortField | str, optional; query): Field to sort the results
                by. Constraints: one of "createdAt", "updatedAt", "name".
            query (str, optional; query): Search query to filter layouts
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AsyncPage[LayoutResponseDto]: the first page of `ListLayoutResponseDto`; iterating gives
                every item, following offset pagination.

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
            async for item in await novu.layouts.list():
                print(item)
        """
        from novu_api.api.layouts import list as _op

        return await _op.asyncio(
            client=self._client,
            limit=limit,
            offset=offset,
            order_direction=order_direction,
            order_by=order_by,
            query=query,
            **options,
        )

    async def retrieve(
        self,
        *,
        layout_id: str,
        **options: Unpack[RequestOptions],
    ) -> LayoutResponseDto:
        """Retrieve a layout

        Fetches details of a specific layout by its unique identifier **layoutId**

        `GET /v2/layouts/{layoutId}` (LayoutsController_get). Standalone: `from novu_api.api.layouts
        import retrieve`.

        Args:
            layout_id (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            LayoutResponseDto: the decoded response.

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
            result = await novu.layouts.retrieve(layout_id="LAYOUT_ID")
        """
        from novu_api.api.layouts import retrieve as _op

        return await _op.asyncio(
            client=self._client,
            layout_id=layout_id,
            **options,
        )

    async def update(
        self,
        *,
        layout_id: str,
        name: str,
        is_translation_enabled: bool | Unset = UNSET,
        control_values: LayoutControlValuesDto | None | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LayoutResponseDto:
        """Update a layout

        Updates the details of an existing layout, here **layoutId** is the identifier of the layout

        `PUT /v2/layouts/{layoutId}` (LayoutsController_update). Standalone: `from
        novu_api.api.layouts import update`.

        Args:
            layout_id (str; path):
            name (str; body `name`): Name of the layout
            is_translation_enabled (bool, optional; body `isTranslationEnabled`): Enable or disable
                translations for this layout. Constraints: default false.
            control_values (LayoutControlValuesDto | None | Mapping[str, Any], optional; body
                `controlValues`): Control values for the layout. Omit to leave unchanged, or set to
                null to clear stored control values.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            LayoutResponseDto: the decoded response.

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
            result = await novu.layouts.update(layout_id="LAYOUT_ID", name="NAME")
        """
        from novu_api.api.layouts import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "isTranslationEnabled": is_translation_enabled,
            "controlValues": control_values,
        }
        return await _op.asyncio(
            client=self._client,
            layout_id=layout_id,
            body=body,
            **options,
        )

    async def usage(
        self,
        *,
        layout_id: str,
        **options: Unpack[RequestOptions],
    ) -> GetLayoutUsageResponseDto:
        """Get layout usage

        Retrieves information about workflows that use the specified layout by its unique identifier
        **layoutId**

        `GET /v2/layouts/{layoutId}/usage` (LayoutsController_getUsage). Standalone: `from
        novu_api.api.layouts import usage`.

        Args:
            layout_id (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GetLayoutUsageResponseDto: the decoded response.

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
            result = await novu.layouts.usage(layout_id="LAYOUT_ID")
        """
        from novu_api.api.layouts import usage as _op

        return await _op.asyncio(
            client=self._client,
            layout_id=layout_id,
            **options,
        )


class LayoutsResourceWithRawResponse(RawResource["LayoutsResource"]):
    """`novu.with_raw_response.layouts`: each call returns a `RawResponse`."""

    def __init__(self, resource: LayoutsResource) -> None:
        super().__init__(resource)
        self.create = raw(resource.create)
        self.delete = raw(resource.delete)
        self.duplicate = raw(resource.duplicate)
        self.generate_preview = raw(resource.generate_preview)
        self.list = raw(resource.list)
        self.retrieve = raw(resource.retrieve)
        self.update = raw(resource.update)
        self.usage = raw(resource.usage)


class AsyncLayoutsResourceWithRawResponse(RawResource["AsyncLayoutsResource"]):
    """`novu.with_raw_response.layouts`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncLayoutsResource) -> None:
        super().__init__(resource)
        self.create = async_raw(resource.create)
        self.delete = async_raw(resource.delete)
        self.duplicate = async_raw(resource.duplicate)
        self.generate_preview = async_raw(resource.generate_preview)
        self.list = async_raw(resource.list)
        self.retrieve = async_raw(resource.retrieve)
        self.update = async_raw(resource.update)
        self.usage = async_raw(resource.usage)
