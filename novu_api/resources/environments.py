# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.environments`: each method calls one standalone operation module."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._resource import AsyncResource, SyncResource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    import builtins
    from collections.abc import Mapping, Sequence

    import httpx

    from novu_api.models.bridge_configuration_dto import BridgeConfigurationDto
    from novu_api.models.diff_environment_response_dto import DiffEnvironmentResponseDto
    from novu_api.models.environment_response_dto import EnvironmentResponseDto
    from novu_api.models.get_environment_tags_dto import GetEnvironmentTagsDto
    from novu_api.models.in_bound_parse_domain_dto import InBoundParseDomainDto
    from novu_api.models.publish_environment_response_dto import PublishEnvironmentResponseDto
    from novu_api.models.resource_to_publish_dto import ResourceToPublishDto

    from .._client import RetryPolicy


class EnvironmentsResource(SyncResource):
    """`novu.environments`."""

    def create(
        self,
        *,
        name: str,
        color: str,
        parent_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> EnvironmentResponseDto:
        """Create an environment: `POST /v1/environments`.

        Standalone: `from novu_api.api.environments import create`.
        """
        from novu_api.api.environments import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "color": color,
            "parentId": parent_id,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: EnvironmentResponseDto = call(
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
        environment_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete an environment: `DELETE /v1/environments/{environmentId}`.

        Standalone: `from novu_api.api.environments import delete`.
        """
        from novu_api.api.environments import delete as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: None = call(
            client=self._client,
            environment_id=environment_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def diff(
        self,
        *,
        target_environment_id: str,
        source_environment_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> DiffEnvironmentResponseDto:
        """Compare resources between environments: `POST /v2/environments/{targetEnvironmentId}/diff`.

        Standalone: `from novu_api.api.environments import diff`.
        """
        from novu_api.api.environments import diff as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "sourceEnvironmentId": source_environment_id,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: DiffEnvironmentResponseDto = call(
            client=self._client,
            target_environment_id=target_environment_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def get_tags(
        self,
        *,
        environment_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> builtins.list[GetEnvironmentTagsDto]:
        """List environment tags: `GET /v2/environments/{environmentId}/tags`.

        Standalone: `from novu_api.api.environments import get_tags`.
        """
        from novu_api.api.environments import get_tags as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: builtins.list[GetEnvironmentTagsDto] = call(
            client=self._client,
            environment_id=environment_id,
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
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> builtins.list[EnvironmentResponseDto]:
        """List all environments: `GET /v1/environments`.

        Standalone: `from novu_api.api.environments import list`.
        """
        from novu_api.api.environments import list as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: builtins.list[EnvironmentResponseDto] = call(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def publish(
        self,
        *,
        target_environment_id: str,
        source_environment_id: str | Unset = UNSET,
        dry_run: bool | Unset = UNSET,
        resources: Sequence[ResourceToPublishDto] | Sequence[Mapping[str, Any]] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> PublishEnvironmentResponseDto:
        """Publish resources to target environment: `POST /v2/environments/{targetEnvironmentId}/publish`.

        Standalone: `from novu_api.api.environments import publish`.
        """
        from novu_api.api.environments import publish as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "sourceEnvironmentId": source_environment_id,
            "dryRun": dry_run,
            "resources": resources,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: PublishEnvironmentResponseDto = call(
            client=self._client,
            target_environment_id=target_environment_id,
            body=body,
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
        environment_id: str,
        name: str | Unset = UNSET,
        identifier: str | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        color: str | Unset = UNSET,
        dns: InBoundParseDomainDto | Mapping[str, Any] | Unset = UNSET,
        bridge: BridgeConfigurationDto | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> EnvironmentResponseDto:
        """Update an environment: `PUT /v1/environments/{environmentId}`.

        Standalone: `from novu_api.api.environments import update`.
        """
        from novu_api.api.environments import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "identifier": identifier,
            "parentId": parent_id,
            "color": color,
            "dns": dns,
            "bridge": bridge,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: EnvironmentResponseDto = call(
            client=self._client,
            environment_id=environment_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class AsyncEnvironmentsResource(AsyncResource):
    """`novu.environments` (async)."""

    async def create(
        self,
        *,
        name: str,
        color: str,
        parent_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> EnvironmentResponseDto:
        """Create an environment: `POST /v1/environments`.

        Standalone: `from novu_api.api.environments import create`.
        """
        from novu_api.api.environments import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "color": color,
            "parentId": parent_id,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: EnvironmentResponseDto = await call(
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
        environment_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete an environment: `DELETE /v1/environments/{environmentId}`.

        Standalone: `from novu_api.api.environments import delete`.
        """
        from novu_api.api.environments import delete as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: None = await call(
            client=self._client,
            environment_id=environment_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def diff(
        self,
        *,
        target_environment_id: str,
        source_environment_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> DiffEnvironmentResponseDto:
        """Compare resources between environments: `POST /v2/environments/{targetEnvironmentId}/diff`.

        Standalone: `from novu_api.api.environments import diff`.
        """
        from novu_api.api.environments import diff as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "sourceEnvironmentId": source_environment_id,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: DiffEnvironmentResponseDto = await call(
            client=self._client,
            target_environment_id=target_environment_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def get_tags(
        self,
        *,
        environment_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> builtins.list[GetEnvironmentTagsDto]:
        """List environment tags: `GET /v2/environments/{environmentId}/tags`.

        Standalone: `from novu_api.api.environments import get_tags`.
        """
        from novu_api.api.environments import get_tags as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: builtins.list[GetEnvironmentTagsDto] = await call(
            client=self._client,
            environment_id=environment_id,
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
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> builtins.list[EnvironmentResponseDto]:
        """List all environments: `GET /v1/environments`.

        Standalone: `from novu_api.api.environments import list`.
        """
        from novu_api.api.environments import list as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: builtins.list[EnvironmentResponseDto] = await call(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def publish(
        self,
        *,
        target_environment_id: str,
        source_environment_id: str | Unset = UNSET,
        dry_run: bool | Unset = UNSET,
        resources: Sequence[ResourceToPublishDto] | Sequence[Mapping[str, Any]] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> PublishEnvironmentResponseDto:
        """Publish resources to target environment: `POST /v2/environments/{targetEnvironmentId}/publish`.

        Standalone: `from novu_api.api.environments import publish`.
        """
        from novu_api.api.environments import publish as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "sourceEnvironmentId": source_environment_id,
            "dryRun": dry_run,
            "resources": resources,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: PublishEnvironmentResponseDto = await call(
            client=self._client,
            target_environment_id=target_environment_id,
            body=body,
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
        environment_id: str,
        name: str | Unset = UNSET,
        identifier: str | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        color: str | Unset = UNSET,
        dns: InBoundParseDomainDto | Mapping[str, Any] | Unset = UNSET,
        bridge: BridgeConfigurationDto | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> EnvironmentResponseDto:
        """Update an environment: `PUT /v1/environments/{environmentId}`.

        Standalone: `from novu_api.api.environments import update`.
        """
        from novu_api.api.environments import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "identifier": identifier,
            "parentId": parent_id,
            "color": color,
            "dns": dns,
            "bridge": bridge,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: EnvironmentResponseDto = await call(
            client=self._client,
            environment_id=environment_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result
