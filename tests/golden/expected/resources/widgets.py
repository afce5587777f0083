# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""Resource classes behind `novu.widgets`: each method calls one standalone operation module."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from .._resource import AsyncResource, SyncResource, alias
from .._types import UNSET, Unset

if TYPE_CHECKING:
    import builtins

    import httpx

    from novu_api.models.dimensions import Dimensions
    from novu_api.models.widget_color import WidgetColor
    from novu_api.models.widget_response_dto import WidgetResponseDto

    from .._client import RetryPolicy
    from ..pagination import AsyncPage, SyncPage


class WidgetsResource(SyncResource):
    """`novu.widgets`."""

    @overload
    def create(
        self,
        *,
        widget_key: str,
        color: WidgetColor | str,
        dimensions: Dimensions | dict[str, Any] | Unset = UNSET,
        labels: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> WidgetResponseDto: ...

    @overload
    def create(
        self,
        *,
        widget_key: str,
        color: WidgetColor | str,
        dimensions: Dimensions | dict[str, Any] | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> WidgetResponseDto: ...

    def create(
        self,
        *,
        widget_key: str,
        color: WidgetColor | str,
        dimensions: Dimensions | dict[str, Any] | Unset = UNSET,
        labels: builtins.list[str] | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> WidgetResponseDto:
        """Create a widget: `POST /v1/widgets`.

        `labels` is sent as `tags`; `tags=` is accepted as an alias.

        Standalone: `from novu_api.api.widgets import create`.
        """
        from novu_api.api.widgets import create as _op

        labels = alias("labels", labels, "tags", tags, required=False)
        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": widget_key,
            "color": color,
            "dimensions": dimensions,
            "tags": labels,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: WidgetResponseDto = call(
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

    def delete_widget(
        self,
        *,
        widget_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete a widget: `DELETE /v1/widgets/{widgetId}`.

        Standalone: `from novu_api.api.widgets import delete_widget`.
        """
        from novu_api.api.widgets import delete_widget as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: None = call(
            client=self._client,
            widget_id=widget_id,
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
        color: WidgetColor | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SyncPage[WidgetResponseDto]:
        """List widgets: `GET /v1/widgets`.

        Standalone: `from novu_api.api.widgets import list`.
        """
        from novu_api.api.widgets import list as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: SyncPage[WidgetResponseDto] = call(
            client=self._client,
            after=after,
            before=before,
            limit=limit,
            color=color,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class AsyncWidgetsResource(AsyncResource):
    """`novu.widgets` (async)."""

    @overload
    async def create(
        self,
        *,
        widget_key: str,
        color: WidgetColor | str,
        dimensions: Dimensions | dict[str, Any] | Unset = UNSET,
        labels: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> WidgetResponseDto: ...

    @overload
    async def create(
        self,
        *,
        widget_key: str,
        color: WidgetColor | str,
        dimensions: Dimensions | dict[str, Any] | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> WidgetResponseDto: ...

    async def create(
        self,
        *,
        widget_key: str,
        color: WidgetColor | str,
        dimensions: Dimensions | dict[str, Any] | Unset = UNSET,
        labels: builtins.list[str] | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> WidgetResponseDto:
        """Create a widget: `POST /v1/widgets`.

        `labels` is sent as `tags`; `tags=` is accepted as an alias.

        Standalone: `from novu_api.api.widgets import create`.
        """
        from novu_api.api.widgets import create as _op

        labels = alias("labels", labels, "tags", tags, required=False)
        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": widget_key,
            "color": color,
            "dimensions": dimensions,
            "tags": labels,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: WidgetResponseDto = await call(
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

    async def delete_widget(
        self,
        *,
        widget_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete a widget: `DELETE /v1/widgets/{widgetId}`.

        Standalone: `from novu_api.api.widgets import delete_widget`.
        """
        from novu_api.api.widgets import delete_widget as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: None = await call(
            client=self._client,
            widget_id=widget_id,
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
        color: WidgetColor | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncPage[WidgetResponseDto]:
        """List widgets: `GET /v1/widgets`.

        Standalone: `from novu_api.api.widgets import list`.
        """
        from novu_api.api.widgets import list as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: AsyncPage[WidgetResponseDto] = await call(
            client=self._client,
            after=after,
            before=before,
            limit=limit,
            color=color,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result
