# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.domains`: each method calls one standalone operation module."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._resource import AsyncResource, SyncResource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from novu_api.models.create_domain_dto_data import CreateDomainDtoData
    from novu_api.models.diagnose_domain_response_dto import DiagnoseDomainResponseDto
    from novu_api.models.domain_connect_apply_url_response_dto import DomainConnectApplyUrlResponseDto
    from novu_api.models.domain_connect_status_response_dto import DomainConnectStatusResponseDto
    from novu_api.models.domain_response_dto import DomainResponseDto
    from novu_api.models.domain_route_dto_data import DomainRouteDtoData
    from novu_api.models.domain_route_dto_type import DomainRouteDtoType
    from novu_api.models.domain_route_response_dto import DomainRouteResponseDto
    from novu_api.models.domains_controller_list_domain_routes_order_direction import (
        DomainsControllerListDomainRoutesOrderDirection,
    )
    from novu_api.models.domains_controller_list_domains_order_direction import (
        DomainsControllerListDomainsOrderDirection,
    )
    from novu_api.models.test_domain_route_from_dto import TestDomainRouteFromDto
    from novu_api.models.test_domain_route_response_dto import TestDomainRouteResponseDto
    from novu_api.models.update_domain_dto_data import UpdateDomainDtoData
    from novu_api.models.update_domain_route_dto_data import UpdateDomainRouteDtoData
    from novu_api.models.update_domain_route_dto_type import UpdateDomainRouteDtoType

    from .._client import RetryPolicy
    from ..pagination import AsyncPage, SyncPage


class DomainsResource(SyncResource):
    """`novu.domains`."""

    @cached_property
    def auto_configure(self) -> DomainsAutoConfigureResource:
        return DomainsAutoConfigureResource(self._client, raw=self._raw)

    @cached_property
    def routes(self) -> DomainsRoutesResource:
        return DomainsRoutesResource(self._client, raw=self._raw)

    def create(
        self,
        *,
        name: str,
        data: CreateDomainDtoData | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> DomainResponseDto:
        """Create a domain: `POST /v1/domains`.

        Standalone: `from novu_api.api.domains import create`.
        """
        from novu_api.api.domains import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "data": data,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: DomainResponseDto = call(
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
        domain: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete a domain: `DELETE /v1/domains/{domain}`.

        Standalone: `from novu_api.api.domains import delete`.
        """
        from novu_api.api.domains import delete as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: None = call(
            client=self._client,
            domain=domain,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def diagnose(
        self,
        *,
        domain: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> DiagnoseDomainResponseDto:
        """Diagnose inbound DNS for a domain: `POST /v1/domains/{domain}/diagnose`.

        Standalone: `from novu_api.api.domains import diagnose`.
        """
        from novu_api.api.domains import diagnose as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: DiagnoseDomainResponseDto = call(
            client=self._client,
            domain=domain,
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
        order_direction: DomainsControllerListDomainsOrderDirection | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        include_cursor: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SyncPage[DomainResponseDto]:
        """List domains for an environment: `GET /v1/domains`.

        Standalone: `from novu_api.api.domains import list`.
        """
        from novu_api.api.domains import list as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: SyncPage[DomainResponseDto] = call(
            client=self._client,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            name=name,
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
        domain: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> DomainResponseDto:
        """Retrieve a domain by name: `GET /v1/domains/{domain}`.

        Standalone: `from novu_api.api.domains import retrieve`.
        """
        from novu_api.api.domains import retrieve as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: DomainResponseDto = call(
            client=self._client,
            domain=domain,
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
        domain: str,
        data: UpdateDomainDtoData | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> DomainResponseDto:
        """Update a domain: `PATCH /v1/domains/{domain}`.

        Standalone: `from novu_api.api.domains import update`.
        """
        from novu_api.api.domains import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "data": data,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: DomainResponseDto = call(
            client=self._client,
            domain=domain,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def verify(
        self,
        *,
        domain: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> DomainResponseDto:
        """Verify a domain: `POST /v1/domains/{domain}/verify`.

        Standalone: `from novu_api.api.domains import verify`.
        """
        from novu_api.api.domains import verify as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: DomainResponseDto = call(
            client=self._client,
            domain=domain,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class AsyncDomainsResource(AsyncResource):
    """`novu.domains` (async)."""

    @cached_property
    def auto_configure(self) -> AsyncDomainsAutoConfigureResource:
        return AsyncDomainsAutoConfigureResource(self._client, raw=self._raw)

    @cached_property
    def routes(self) -> AsyncDomainsRoutesResource:
        return AsyncDomainsRoutesResource(self._client, raw=self._raw)

    async def create(
        self,
        *,
        name: str,
        data: CreateDomainDtoData | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> DomainResponseDto:
        """Create a domain: `POST /v1/domains`.

        Standalone: `from novu_api.api.domains import create`.
        """
        from novu_api.api.domains import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "data": data,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: DomainResponseDto = await call(
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
        domain: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete a domain: `DELETE /v1/domains/{domain}`.

        Standalone: `from novu_api.api.domains import delete`.
        """
        from novu_api.api.domains import delete as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: None = await call(
            client=self._client,
            domain=domain,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def diagnose(
        self,
        *,
        domain: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> DiagnoseDomainResponseDto:
        """Diagnose inbound DNS for a domain: `POST /v1/domains/{domain}/diagnose`.

        Standalone: `from novu_api.api.domains import diagnose`.
        """
        from novu_api.api.domains import diagnose as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: DiagnoseDomainResponseDto = await call(
            client=self._client,
            domain=domain,
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
        order_direction: DomainsControllerListDomainsOrderDirection | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        include_cursor: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncPage[DomainResponseDto]:
        """List domains for an environment: `GET /v1/domains`.

        Standalone: `from novu_api.api.domains import list`.
        """
        from novu_api.api.domains import list as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: AsyncPage[DomainResponseDto] = await call(
            client=self._client,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            name=name,
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
        domain: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> DomainResponseDto:
        """Retrieve a domain by name: `GET /v1/domains/{domain}`.

        Standalone: `from novu_api.api.domains import retrieve`.
        """
        from novu_api.api.domains import retrieve as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: DomainResponseDto = await call(
            client=self._client,
            domain=domain,
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
        domain: str,
        data: UpdateDomainDtoData | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> DomainResponseDto:
        """Update a domain: `PATCH /v1/domains/{domain}`.

        Standalone: `from novu_api.api.domains import update`.
        """
        from novu_api.api.domains import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "data": data,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: DomainResponseDto = await call(
            client=self._client,
            domain=domain,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def verify(
        self,
        *,
        domain: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> DomainResponseDto:
        """Verify a domain: `POST /v1/domains/{domain}/verify`.

        Standalone: `from novu_api.api.domains import verify`.
        """
        from novu_api.api.domains import verify as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: DomainResponseDto = await call(
            client=self._client,
            domain=domain,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class DomainsAutoConfigureResource(SyncResource):
    """`novu.domains.auto_configure`."""

    def retrieve(
        self,
        *,
        domain: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> DomainConnectStatusResponseDto:
        """Retrieve auto-configuration availability: `GET /v1/domains/{domain}/auto-configure`.

        Standalone: `from novu_api.api.domains.auto_configure import retrieve`.
        """
        from novu_api.api.domains.auto_configure import retrieve as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: DomainConnectStatusResponseDto = call(
            client=self._client,
            domain=domain,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def start(
        self,
        *,
        domain: str,
        redirect_uri: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> DomainConnectApplyUrlResponseDto:
        """Start DNS auto-configuration: `POST /v1/domains/{domain}/auto-configure/start`.

        Standalone: `from novu_api.api.domains.auto_configure import start`.
        """
        from novu_api.api.domains.auto_configure import start as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "redirectUri": redirect_uri,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: DomainConnectApplyUrlResponseDto = call(
            client=self._client,
            domain=domain,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class AsyncDomainsAutoConfigureResource(AsyncResource):
    """`novu.domains.auto_configure` (async)."""

    async def retrieve(
        self,
        *,
        domain: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> DomainConnectStatusResponseDto:
        """Retrieve auto-configuration availability: `GET /v1/domains/{domain}/auto-configure`.

        Standalone: `from novu_api.api.domains.auto_configure import retrieve`.
        """
        from novu_api.api.domains.auto_configure import retrieve as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: DomainConnectStatusResponseDto = await call(
            client=self._client,
            domain=domain,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def start(
        self,
        *,
        domain: str,
        redirect_uri: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> DomainConnectApplyUrlResponseDto:
        """Start DNS auto-configuration: `POST /v1/domains/{domain}/auto-configure/start`.

        Standalone: `from novu_api.api.domains.auto_configure import start`.
        """
        from novu_api.api.domains.auto_configure import start as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "redirectUri": redirect_uri,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: DomainConnectApplyUrlResponseDto = await call(
            client=self._client,
            domain=domain,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class DomainsRoutesResource(SyncResource):
    """`novu.domains.routes`."""

    def create(
        self,
        *,
        domain: str,
        address: str,
        type_: DomainRouteDtoType | str,
        agent_id: str | Unset = UNSET,
        data: DomainRouteDtoData | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> DomainRouteResponseDto:
        """Create a route: `POST /v1/domains/{domain}/routes`.

        Standalone: `from novu_api.api.domains.routes import create`.
        """
        from novu_api.api.domains.routes import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "address": address,
            "type": type_,
            "agentId": agent_id,
            "data": data,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: DomainRouteResponseDto = call(
            client=self._client,
            domain=domain,
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
        domain: str,
        address: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete a route: `DELETE /v1/domains/{domain}/routes/{address}`.

        Standalone: `from novu_api.api.domains.routes import delete`.
        """
        from novu_api.api.domains.routes import delete as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: None = call(
            client=self._client,
            domain=domain,
            address=address,
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
        domain: str,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: float | Unset = UNSET,
        order_direction: DomainsControllerListDomainRoutesOrderDirection | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        include_cursor: bool | Unset = UNSET,
        agent_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SyncPage[DomainRouteResponseDto]:
        """List routes for a domain: `GET /v1/domains/{domain}/routes`.

        Standalone: `from novu_api.api.domains.routes import list`.
        """
        from novu_api.api.domains.routes import list as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: SyncPage[DomainRouteResponseDto] = call(
            client=self._client,
            domain=domain,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            agent_id=agent_id,
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
        domain: str,
        address: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> DomainRouteResponseDto:
        """Retrieve a route by address: `GET /v1/domains/{domain}/routes/{address}`.

        Standalone: `from novu_api.api.domains.routes import retrieve`.
        """
        from novu_api.api.domains.routes import retrieve as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: DomainRouteResponseDto = call(
            client=self._client,
            domain=domain,
            address=address,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def test(
        self,
        *,
        domain: str,
        address: str,
        from_: TestDomainRouteFromDto | Mapping[str, Any],
        subject: str,
        text: str | Unset = UNSET,
        html: str | Unset = UNSET,
        dry_run: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> TestDomainRouteResponseDto:
        """Test an inbound route: `POST /v1/domains/{domain}/routes/{address}/test`.

        Standalone: `from novu_api.api.domains.routes import test`.
        """
        from novu_api.api.domains.routes import test as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "from": from_,
            "subject": subject,
            "text": text,
            "html": html,
            "dryRun": dry_run,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: TestDomainRouteResponseDto = call(
            client=self._client,
            domain=domain,
            address=address,
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
        domain: str,
        address: str,
        agent_id: str | Unset = UNSET,
        type_: UpdateDomainRouteDtoType | str | Unset = UNSET,
        data: UpdateDomainRouteDtoData | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> DomainRouteResponseDto:
        """Update a route: `PATCH /v1/domains/{domain}/routes/{address}`.

        Standalone: `from novu_api.api.domains.routes import update`.
        """
        from novu_api.api.domains.routes import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "agentId": agent_id,
            "type": type_,
            "data": data,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: DomainRouteResponseDto = call(
            client=self._client,
            domain=domain,
            address=address,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class AsyncDomainsRoutesResource(AsyncResource):
    """`novu.domains.routes` (async)."""

    async def create(
        self,
        *,
        domain: str,
        address: str,
        type_: DomainRouteDtoType | str,
        agent_id: str | Unset = UNSET,
        data: DomainRouteDtoData | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> DomainRouteResponseDto:
        """Create a route: `POST /v1/domains/{domain}/routes`.

        Standalone: `from novu_api.api.domains.routes import create`.
        """
        from novu_api.api.domains.routes import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "address": address,
            "type": type_,
            "agentId": agent_id,
            "data": data,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: DomainRouteResponseDto = await call(
            client=self._client,
            domain=domain,
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
        domain: str,
        address: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete a route: `DELETE /v1/domains/{domain}/routes/{address}`.

        Standalone: `from novu_api.api.domains.routes import delete`.
        """
        from novu_api.api.domains.routes import delete as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: None = await call(
            client=self._client,
            domain=domain,
            address=address,
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
        domain: str,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: float | Unset = UNSET,
        order_direction: DomainsControllerListDomainRoutesOrderDirection | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        include_cursor: bool | Unset = UNSET,
        agent_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncPage[DomainRouteResponseDto]:
        """List routes for a domain: `GET /v1/domains/{domain}/routes`.

        Standalone: `from novu_api.api.domains.routes import list`.
        """
        from novu_api.api.domains.routes import list as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: AsyncPage[DomainRouteResponseDto] = await call(
            client=self._client,
            domain=domain,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            agent_id=agent_id,
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
        domain: str,
        address: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> DomainRouteResponseDto:
        """Retrieve a route by address: `GET /v1/domains/{domain}/routes/{address}`.

        Standalone: `from novu_api.api.domains.routes import retrieve`.
        """
        from novu_api.api.domains.routes import retrieve as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: DomainRouteResponseDto = await call(
            client=self._client,
            domain=domain,
            address=address,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def test(
        self,
        *,
        domain: str,
        address: str,
        from_: TestDomainRouteFromDto | Mapping[str, Any],
        subject: str,
        text: str | Unset = UNSET,
        html: str | Unset = UNSET,
        dry_run: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> TestDomainRouteResponseDto:
        """Test an inbound route: `POST /v1/domains/{domain}/routes/{address}/test`.

        Standalone: `from novu_api.api.domains.routes import test`.
        """
        from novu_api.api.domains.routes import test as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "from": from_,
            "subject": subject,
            "text": text,
            "html": html,
            "dryRun": dry_run,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: TestDomainRouteResponseDto = await call(
            client=self._client,
            domain=domain,
            address=address,
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
        domain: str,
        address: str,
        agent_id: str | Unset = UNSET,
        type_: UpdateDomainRouteDtoType | str | Unset = UNSET,
        data: UpdateDomainRouteDtoData | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> DomainRouteResponseDto:
        """Update a route: `PATCH /v1/domains/{domain}/routes/{address}`.

        Standalone: `from novu_api.api.domains.routes import update`.
        """
        from novu_api.api.domains.routes import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "agentId": agent_id,
            "type": type_,
            "data": data,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: DomainRouteResponseDto = await call(
            client=self._client,
            domain=domain,
            address=address,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result
