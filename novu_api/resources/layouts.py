# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.layouts`: each method calls one standalone operation module."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._resource import AsyncResource, SyncResource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

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

    from .._client import RetryPolicy
    from ..pagination import AsyncPage, SyncPage


class LayoutsResource(SyncResource):
    """`novu.layouts`."""

    def create(
        self,
        *,
        layout_id: str,
        name: str,
        is_translation_enabled: bool | Unset = UNSET,
        source: LayoutCreationSourceEnum | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> LayoutResponseDto:
        """Create a layout: `POST /v2/layouts`.

        Standalone: `from novu_api.api.layouts import create`.
        """
        from novu_api.api.layouts import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "layoutId": layout_id,
            "name": name,
            "isTranslationEnabled": is_translation_enabled,
            "__source": source,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: LayoutResponseDto = call(
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
        layout_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete a layout: `DELETE /v2/layouts/{layoutId}`.

        Standalone: `from novu_api.api.layouts import delete`.
        """
        from novu_api.api.layouts import delete as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: None = call(
            client=self._client,
            layout_id=layout_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def duplicate(
        self,
        *,
        layout_id: str,
        body: DuplicateLayoutDto | dict[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> LayoutResponseDto:
        """Duplicate a layout: `POST /v2/layouts/{layoutId}/duplicate`.

        Standalone: `from novu_api.api.layouts import duplicate`.
        """
        from novu_api.api.layouts import duplicate as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: LayoutResponseDto = call(
            client=self._client,
            layout_id=layout_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def generate_preview(
        self,
        *,
        layout_id: str,
        control_values: LayoutPreviewRequestDtoControlValues | Mapping[str, Any] | Unset = UNSET,
        preview_payload: LayoutPreviewPayloadDto | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GenerateLayoutPreviewResponseDto:
        """Generate layout preview: `POST /v2/layouts/{layoutId}/preview`.

        Standalone: `from novu_api.api.layouts import generate_preview`.
        """
        from novu_api.api.layouts import generate_preview as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "controlValues": control_values,
            "previewPayload": preview_payload,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: GenerateLayoutPreviewResponseDto = call(
            client=self._client,
            layout_id=layout_id,
            body=body,
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
        limit: float | Unset = UNSET,
        offset: float | Unset = UNSET,
        order_direction: DirectionEnum | str | Unset = UNSET,
        order_by: LayoutResponseDtoSortField | str | Unset = UNSET,
        query: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SyncPage[LayoutResponseDto]:
        """List all layouts: `GET /v2/layouts`.

        Standalone: `from novu_api.api.layouts import list`.
        """
        from novu_api.api.layouts import list as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: SyncPage[LayoutResponseDto] = call(
            client=self._client,
            limit=limit,
            offset=offset,
            order_direction=order_direction,
            order_by=order_by,
            query=query,
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
        layout_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> LayoutResponseDto:
        """Retrieve a layout: `GET /v2/layouts/{layoutId}`.

        Standalone: `from novu_api.api.layouts import retrieve`.
        """
        from novu_api.api.layouts import retrieve as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: LayoutResponseDto = call(
            client=self._client,
            layout_id=layout_id,
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
        layout_id: str,
        name: str,
        is_translation_enabled: bool | Unset = UNSET,
        control_values: LayoutControlValuesDto | None | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> LayoutResponseDto:
        """Update a layout: `PUT /v2/layouts/{layoutId}`.

        Standalone: `from novu_api.api.layouts import update`.
        """
        from novu_api.api.layouts import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "isTranslationEnabled": is_translation_enabled,
            "controlValues": control_values,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: LayoutResponseDto = call(
            client=self._client,
            layout_id=layout_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def usage(
        self,
        *,
        layout_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GetLayoutUsageResponseDto:
        """Get layout usage: `GET /v2/layouts/{layoutId}/usage`.

        Standalone: `from novu_api.api.layouts import usage`.
        """
        from novu_api.api.layouts import usage as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: GetLayoutUsageResponseDto = call(
            client=self._client,
            layout_id=layout_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class AsyncLayoutsResource(AsyncResource):
    """`novu.layouts` (async)."""

    async def create(
        self,
        *,
        layout_id: str,
        name: str,
        is_translation_enabled: bool | Unset = UNSET,
        source: LayoutCreationSourceEnum | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> LayoutResponseDto:
        """Create a layout: `POST /v2/layouts`.

        Standalone: `from novu_api.api.layouts import create`.
        """
        from novu_api.api.layouts import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "layoutId": layout_id,
            "name": name,
            "isTranslationEnabled": is_translation_enabled,
            "__source": source,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: LayoutResponseDto = await call(
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
        layout_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete a layout: `DELETE /v2/layouts/{layoutId}`.

        Standalone: `from novu_api.api.layouts import delete`.
        """
        from novu_api.api.layouts import delete as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: None = await call(
            client=self._client,
            layout_id=layout_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def duplicate(
        self,
        *,
        layout_id: str,
        body: DuplicateLayoutDto | dict[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> LayoutResponseDto:
        """Duplicate a layout: `POST /v2/layouts/{layoutId}/duplicate`.

        Standalone: `from novu_api.api.layouts import duplicate`.
        """
        from novu_api.api.layouts import duplicate as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: LayoutResponseDto = await call(
            client=self._client,
            layout_id=layout_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def generate_preview(
        self,
        *,
        layout_id: str,
        control_values: LayoutPreviewRequestDtoControlValues | Mapping[str, Any] | Unset = UNSET,
        preview_payload: LayoutPreviewPayloadDto | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GenerateLayoutPreviewResponseDto:
        """Generate layout preview: `POST /v2/layouts/{layoutId}/preview`.

        Standalone: `from novu_api.api.layouts import generate_preview`.
        """
        from novu_api.api.layouts import generate_preview as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "controlValues": control_values,
            "previewPayload": preview_payload,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: GenerateLayoutPreviewResponseDto = await call(
            client=self._client,
            layout_id=layout_id,
            body=body,
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
        limit: float | Unset = UNSET,
        offset: float | Unset = UNSET,
        order_direction: DirectionEnum | str | Unset = UNSET,
        order_by: LayoutResponseDtoSortField | str | Unset = UNSET,
        query: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncPage[LayoutResponseDto]:
        """List all layouts: `GET /v2/layouts`.

        Standalone: `from novu_api.api.layouts import list`.
        """
        from novu_api.api.layouts import list as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: AsyncPage[LayoutResponseDto] = await call(
            client=self._client,
            limit=limit,
            offset=offset,
            order_direction=order_direction,
            order_by=order_by,
            query=query,
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
        layout_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> LayoutResponseDto:
        """Retrieve a layout: `GET /v2/layouts/{layoutId}`.

        Standalone: `from novu_api.api.layouts import retrieve`.
        """
        from novu_api.api.layouts import retrieve as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: LayoutResponseDto = await call(
            client=self._client,
            layout_id=layout_id,
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
        layout_id: str,
        name: str,
        is_translation_enabled: bool | Unset = UNSET,
        control_values: LayoutControlValuesDto | None | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> LayoutResponseDto:
        """Update a layout: `PUT /v2/layouts/{layoutId}`.

        Standalone: `from novu_api.api.layouts import update`.
        """
        from novu_api.api.layouts import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "isTranslationEnabled": is_translation_enabled,
            "controlValues": control_values,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: LayoutResponseDto = await call(
            client=self._client,
            layout_id=layout_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def usage(
        self,
        *,
        layout_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GetLayoutUsageResponseDto:
        """Get layout usage: `GET /v2/layouts/{layoutId}/usage`.

        Standalone: `from novu_api.api.layouts import usage`.
        """
        from novu_api.api.layouts import usage as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: GetLayoutUsageResponseDto = await call(
            client=self._client,
            layout_id=layout_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result
