# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.domains`: each method calls one standalone operation module."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._raw import async_raw, raw
from .._resource import RawResource, Resource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from typing_extensions import Unpack

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

    from .._client import AsyncNovu, Novu  # noqa: F401 (named in the base classes)
    from .._options import RequestOptions
    from ..pagination import AsyncPage, SyncPage


class DomainsResource(Resource["Novu"]):
    """`novu.domains`."""

    @cached_property
    def auto_configure(self) -> DomainsAutoConfigureResource:
        return DomainsAutoConfigureResource(self._client)

    @cached_property
    def routes(self) -> DomainsRoutesResource:
        return DomainsRoutesResource(self._client)

    def create(
        self,
        *,
        name: str,
        data: CreateDomainDtoData | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DomainResponseDto:
        """Create a domain

        Registers a new inbound-email domain. The response includes the DNS records customers must
        add at their DNS provider before the domain can receive mail.

        `POST /v1/domains` (DomainsController_createDomain). Standalone: `from novu_api.api.domains
        import create`.

        Args:
            name (str; body `name`): The domain name (e.g. "recent.dev")
            data (CreateDomainDtoData | Mapping[str, Any], optional; body `data`): Optional string
                key-value metadata (max 10 keys, 500 characters total for keys+values).
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            DomainResponseDto: the decoded response.

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
            result = novu.domains.create(name="NAME")
        """
        from novu_api.api.domains import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "data": data,
        }
        return _op.sync(
            client=self._client,
            body=body,
            **options,
        )

    def delete(
        self,
        *,
        domain: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a domain

        Removes the domain and cascades the deletion to all of its routes. Inbound mail for that
        domain stops being processed immediately.

        `DELETE /v1/domains/{domain}` (DomainsController_deleteDomain). Standalone: `from
        novu_api.api.domains import delete`.

        Args:
            domain (str; path):
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
            novu.domains.delete(domain="DOMAIN")
        """
        from novu_api.api.domains import delete as _op

        return _op.sync(
            client=self._client,
            domain=domain,
            **options,
        )

    def diagnose(
        self,
        *,
        domain: str,
        **options: Unpack[RequestOptions],
    ) -> DiagnoseDomainResponseDto:
        """Diagnose inbound DNS for a domain

        Runs live DNS checks for inbound email readiness (MX correctness, apex CNAME collision, and
        common DNS blocklists for the Novu mail host). Returns structured issues with plain-language
        fixes.

        `POST /v1/domains/{domain}/diagnose` (DomainsController_diagnoseDomain). Standalone: `from
        novu_api.api.domains import diagnose`.

        Args:
            domain (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            DiagnoseDomainResponseDto: the decoded response.

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
            result = novu.domains.diagnose(domain="DOMAIN")
        """
        from novu_api.api.domains import diagnose as _op

        return _op.sync(
            client=self._client,
            domain=domain,
            **options,
        )

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
        **options: Unpack[RequestOptions],
    ) -> SyncPage[DomainResponseDto]:
        """List domains for an environment

        Returns a paginated list of inbound-email domains in the current environment. Supports
        cursor pagination and a name contains filter.

        `GET /v1/domains` (DomainsController_listDomains). Standalone: `from novu_api.api.domains
        import list`.

        Args:
            after (str, optional; query): Cursor for pagination indicating the starting point after
                which to fetch results.
            before (str, optional; query): Cursor for pagination indicating the ending point before
                which to fetch results.
            limit (float, optional; query): Limit the number of items to return
            order_direction (DomainsControllerListDomainsOrderDirection | str, optional; query):
                Direction of sorting. Constraints: one of "ASC", "DESC".
            order_by (str, optional; query): Field to order by
            include_cursor (bool, optional; query): Include cursor item in response
            name (str, optional; query): Domain name to filter results by.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SyncPage[DomainResponseDto]: the first page of `ListDomainsResponseDto`; iterating gives
                every item, following cursor pagination.

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
            for item in novu.domains.list():
                print(item)
        """
        from novu_api.api.domains import list as _op

        return _op.sync(
            client=self._client,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            name=name,
            **options,
        )

    def retrieve(
        self,
        *,
        domain: str,
        **options: Unpack[RequestOptions],
    ) -> DomainResponseDto:
        """Retrieve a domain by name

        Returns the domain configuration and the DNS records that must be in place. This is a pure
        read; call `domains.verify` to refresh verification status from DNS.

        `GET /v1/domains/{domain}` (DomainsController_getDomain). Standalone: `from
        novu_api.api.domains import retrieve`.

        Args:
            domain (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            DomainResponseDto: the decoded response.

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
            result = novu.domains.retrieve(domain="DOMAIN")
        """
        from novu_api.api.domains import retrieve as _op

        return _op.sync(
            client=self._client,
            domain=domain,
            **options,
        )

    def update(
        self,
        *,
        domain: str,
        data: UpdateDomainDtoData | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DomainResponseDto:
        """Update a domain

        Updates optional domain fields. When `data` is provided, it replaces the entire metadata
        object; omit `data` to leave it unchanged.

        `PATCH /v1/domains/{domain}` (DomainsController_updateDomain). Standalone: `from
        novu_api.api.domains import update`.

        Args:
            domain (str; path):
            data (UpdateDomainDtoData | Mapping[str, Any], optional; body `data`): Replaces domain
                metadata when provided (max 10 keys, 500 characters total for keys+values).
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            DomainResponseDto: the decoded response.

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
            result = novu.domains.update(domain="DOMAIN")
        """
        from novu_api.api.domains import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "data": data,
        }
        return _op.sync(
            client=self._client,
            domain=domain,
            body=body,
            **options,
        )

    def verify(
        self,
        *,
        domain: str,
        **options: Unpack[RequestOptions],
    ) -> DomainResponseDto:
        """Verify a domain

        Performs a live DNS lookup to refresh the MX record status of the domain and updates the
        verification status accordingly. Returns the latest domain configuration.

        `POST /v1/domains/{domain}/verify` (DomainsController_verifyDomain). Standalone: `from
        novu_api.api.domains import verify`.

        Args:
            domain (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            DomainResponseDto: the decoded response.

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
            result = novu.domains.verify(domain="DOMAIN")
        """
        from novu_api.api.domains import verify as _op

        return _op.sync(
            client=self._client,
            domain=domain,
            **options,
        )


class AsyncDomainsResource(Resource["AsyncNovu"]):
    """`novu.domains` (async)."""

    @cached_property
    def auto_configure(self) -> AsyncDomainsAutoConfigureResource:
        return AsyncDomainsAutoConfigureResource(self._client)

    @cached_property
    def routes(self) -> AsyncDomainsRoutesResource:
        return AsyncDomainsRoutesResource(self._client)

    async def create(
        self,
        *,
        name: str,
        data: CreateDomainDtoData | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DomainResponseDto:
        """Create a domain

        Registers a new inbound-email domain. The response includes the DNS records customers must
        add at their DNS provider before the domain can receive mail.

        `POST /v1/domains` (DomainsController_createDomain). Standalone: `from novu_api.api.domains
        import create`.

        Args:
            name (str; body `name`): The domain name (e.g. "recent.dev")
            data (CreateDomainDtoData | Mapping[str, Any], optional; body `data`): Optional string
                key-value metadata (max 10 keys, 500 characters total for keys+values).
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            DomainResponseDto: the decoded response.

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
            result = await novu.domains.create(name="NAME")
        """
        from novu_api.api.domains import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "data": data,
        }
        return await _op.asyncio(
            client=self._client,
            body=body,
            **options,
        )

    async def delete(
        self,
        *,
        domain: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a domain

        Removes the domain and cascades the deletion to all of its routes. Inbound mail for that
        domain stops being processed immediately.

        `DELETE /v1/domains/{domain}` (DomainsController_deleteDomain). Standalone: `from
        novu_api.api.domains import delete`.

        Args:
            domain (str; path):
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
            await novu.domains.delete(domain="DOMAIN")
        """
        from novu_api.api.domains import delete as _op

        return await _op.asyncio(
            client=self._client,
            domain=domain,
            **options,
        )

    async def diagnose(
        self,
        *,
        domain: str,
        **options: Unpack[RequestOptions],
    ) -> DiagnoseDomainResponseDto:
        """Diagnose inbound DNS for a domain

        Runs live DNS checks for inbound email readiness (MX correctness, apex CNAME collision, and
        common DNS blocklists for the Novu mail host). Returns structured issues with plain-language
        fixes.

        `POST /v1/domains/{domain}/diagnose` (DomainsController_diagnoseDomain). Standalone: `from
        novu_api.api.domains import diagnose`.

        Args:
            domain (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            DiagnoseDomainResponseDto: the decoded response.

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
            result = await novu.domains.diagnose(domain="DOMAIN")
        """
        from novu_api.api.domains import diagnose as _op

        return await _op.asyncio(
            client=self._client,
            domain=domain,
            **options,
        )

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
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[DomainResponseDto]:
        """List domains for an environment

        Returns a paginated list of inbound-email domains in the current environment. Supports
        cursor pagination and a name contains filter.

        `GET /v1/domains` (DomainsController_listDomains). Standalone: `from novu_api.api.domains
        import list`.

        Args:
            after (str, optional; query): Cursor for pagination indicating the starting point after
                which to fetch results.
            before (str, optional; query): Cursor for pagination indicating the ending point before
                which to fetch results.
            limit (float, optional; query): Limit the number of items to return
            order_direction (DomainsControllerListDomainsOrderDirection | str, optional; query):
                Direction of sorting. Constraints: one of "ASC", "DESC".
            order_by (str, optional; query): Field to order by
            include_cursor (bool, optional; query): Include cursor item in response
            name (str, optional; query): Domain name to filter results by.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AsyncPage[DomainResponseDto]: the first page of `ListDomainsResponseDto`; iterating
                gives every item, following cursor pagination.

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
            async for item in await novu.domains.list():
                print(item)
        """
        from novu_api.api.domains import list as _op

        return await _op.asyncio(
            client=self._client,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            name=name,
            **options,
        )

    async def retrieve(
        self,
        *,
        domain: str,
        **options: Unpack[RequestOptions],
    ) -> DomainResponseDto:
        """Retrieve a domain by name

        Returns the domain configuration and the DNS records that must be in place. This is a pure
        read; call `domains.verify` to refresh verification status from DNS.

        `GET /v1/domains/{domain}` (DomainsController_getDomain). Standalone: `from
        novu_api.api.domains import retrieve`.

        Args:
            domain (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            DomainResponseDto: the decoded response.

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
            result = await novu.domains.retrieve(domain="DOMAIN")
        """
        from novu_api.api.domains import retrieve as _op

        return await _op.asyncio(
            client=self._client,
            domain=domain,
            **options,
        )

    async def update(
        self,
        *,
        domain: str,
        data: UpdateDomainDtoData | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DomainResponseDto:
        """Update a domain

        Updates optional domain fields. When `data` is provided, it replaces the entire metadata
        object; omit `data` to leave it unchanged.

        `PATCH /v1/domains/{domain}` (DomainsController_updateDomain). Standalone: `from
        novu_api.api.domains import update`.

        Args:
            domain (str; path):
            data (UpdateDomainDtoData | Mapping[str, Any], optional; body `data`): Replaces domain
                metadata when provided (max 10 keys, 500 characters total for keys+values).
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            DomainResponseDto: the decoded response.

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
            result = await novu.domains.update(domain="DOMAIN")
        """
        from novu_api.api.domains import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "data": data,
        }
        return await _op.asyncio(
            client=self._client,
            domain=domain,
            body=body,
            **options,
        )

    async def verify(
        self,
        *,
        domain: str,
        **options: Unpack[RequestOptions],
    ) -> DomainResponseDto:
        """Verify a domain

        Performs a live DNS lookup to refresh the MX record status of the domain and updates the
        verification status accordingly. Returns the latest domain configuration.

        `POST /v1/domains/{domain}/verify` (DomainsController_verifyDomain). Standalone: `from
        novu_api.api.domains import verify`.

        Args:
            domain (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            DomainResponseDto: the decoded response.

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
            result = await novu.domains.verify(domain="DOMAIN")
        """
        from novu_api.api.domains import verify as _op

        return await _op.asyncio(
            client=self._client,
            domain=domain,
            **options,
        )


class DomainsAutoConfigureResource(Resource["Novu"]):
    """`novu.domains.auto_configure`."""

    def retrieve(
        self,
        *,
        domain: str,
        **options: Unpack[RequestOptions],
    ) -> DomainConnectStatusResponseDto:
        """Retrieve auto-configuration availability

        Returns whether DNS auto-configuration (Domain Connect) is available for this domain. When
        `available` is `false`, `manualRecords` lists the DNS records the customer must add
        manually.

        `GET /v1/domains/{domain}/auto-configure` (DomainsController_getDomainAutoConfigure).
        Standalone: `from novu_api.api.domains.auto_configure import retrieve`.

        Args:
            domain (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            DomainConnectStatusResponseDto: the decoded response.

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
            result = novu.domains.auto_configure.retrieve(domain="DOMAIN")
        """
        from novu_api.api.domains.auto_configure import retrieve as _op

        return _op.sync(
            client=self._client,
            domain=domain,
            **options,
        )

    def start(
        self,
        *,
        domain: str,
        redirect_uri: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DomainConnectApplyUrlResponseDto:
        """Start DNS auto-configuration

        Generates a signed redirect URL the customer can follow to apply Novu DNS records at their
        DNS provider. After the provider completes the flow, it redirects back to `redirectUri`.

        `POST /v1/domains/{domain}/auto-configure/start`
        (DomainsController_startDomainAutoConfigure). Standalone: `from
        novu_api.api.domains.auto_configure import start`.

        Args:
            domain (str; path):
            redirect_uri (str, optional; body `redirectUri`): Dashboard URL to return to after the
                DNS provider consent flow completes.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            DomainConnectApplyUrlResponseDto: the decoded response.

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
            result = novu.domains.auto_configure.start(domain="DOMAIN")
        """
        from novu_api.api.domains.auto_configure import start as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "redirectUri": redirect_uri,
        }
        return _op.sync(
            client=self._client,
            domain=domain,
            body=body,
            **options,
        )


class AsyncDomainsAutoConfigureResource(Resource["AsyncNovu"]):
    """`novu.domains.auto_configure` (async)."""

    async def retrieve(
        self,
        *,
        domain: str,
        **options: Unpack[RequestOptions],
    ) -> DomainConnectStatusResponseDto:
        """Retrieve auto-configuration availability

        Returns whether DNS auto-configuration (Domain Connect) is available for this domain. When
        `available` is `false`, `manualRecords` lists the DNS records the customer must add
        manually.

        `GET /v1/domains/{domain}/auto-configure` (DomainsController_getDomainAutoConfigure).
        Standalone: `from novu_api.api.domains.auto_configure import retrieve`.

        Args:
            domain (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            DomainConnectStatusResponseDto: the decoded response.

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
            result = await novu.domains.auto_configure.retrieve(domain="DOMAIN")
        """
        from novu_api.api.domains.auto_configure import retrieve as _op

        return await _op.asyncio(
            client=self._client,
            domain=domain,
            **options,
        )

    async def start(
        self,
        *,
        domain: str,
        redirect_uri: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DomainConnectApplyUrlResponseDto:
        """Start DNS auto-configuration

        Generates a signed redirect URL the customer can follow to apply Novu DNS records at their
        DNS provider. After the provider completes the flow, it redirects back to `redirectUri`.

        `POST /v1/domains/{domain}/auto-configure/start`
        (DomainsController_startDomainAutoConfigure). Standalone: `from
        novu_api.api.domains.auto_configure import start`.

        Args:
            domain (str; path):
            redirect_uri (str, optional; body `redirectUri`): Dashboard URL to return to after the
                DNS provider consent flow completes.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            DomainConnectApplyUrlResponseDto: the decoded response.

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
            result = await novu.domains.auto_configure.start(domain="DOMAIN")
        """
        from novu_api.api.domains.auto_configure import start as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "redirectUri": redirect_uri,
        }
        return await _op.asyncio(
            client=self._client,
            domain=domain,
            body=body,
            **options,
        )


class DomainsRoutesResource(Resource["Novu"]):
    """`novu.domains.routes`."""

    def create(
        self,
        *,
        domain: str,
        address: str,
        type_: DomainRouteDtoType | str,
        agent_id: str | Unset = UNSET,
        data: DomainRouteDtoData | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DomainRouteResponseDto:
        """Create a route

        Creates a route on the domain that forwards inbound mail addressed to `<address>@<domain>`
        to either a webhook or an agent. Each address on a domain may only have a single route.

        `POST /v1/domains/{domain}/routes` (DomainsController_createDomainRoute). Standalone: `from
        novu_api.api.domains.routes import create`.

        Args:
            domain (str; path):
            address (str; body `address`): Inbox address local part (e.g. "support", "*")
            type_ (DomainRouteDtoType | str; body `type`): Constraints: one of "agent", "webhook".
            agent_id (str, optional; body `agentId`): Agent identifier; required when type is agent,
                unused for webhook
            data (DomainRouteDtoData | Mapping[str, Any], optional; body `data`): Optional string
                key-value metadata (max 10 keys, 500 characters total for keys+values).
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            DomainRouteResponseDto: the decoded response.

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
            result = novu.domains.routes.create(domain="DOMAIN", address="ADDRESS", type_="agent")
        """
        from novu_api.api.domains.routes import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "address": address,
            "type": type_,
            "agentId": agent_id,
            "data": data,
        }
        return _op.sync(
            client=self._client,
            domain=domain,
            body=body,
            **options,
        )

    def delete(
        self,
        *,
        domain: str,
        address: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a route

        Removes the route bound to `<address>@<domain>`. Inbound mail for that address will no
        longer be processed.

        `DELETE /v1/domains/{domain}/routes/{address}` (DomainsController_deleteDomainRoute).
        Standalone: `from novu_api.api.domains.routes import delete`.

        Args:
            domain (str; path):
            address (str; path):
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
            novu.domains.routes.delete(domain="DOMAIN", address="ADDRESS")
        """
        from novu_api.api.domains.routes import delete as _op

        return _op.sync(
            client=self._client,
            domain=domain,
            address=address,
            **options,
        )

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
        **options: Unpack[RequestOptions],
    ) -> SyncPage[DomainRouteResponseDto]:
        """List routes for a domain

        Returns a paginated list of routes attached to the domain. Optionally filter by an agent
        identifier to find routes pointing to a specific agent.

        `GET /v1/domains/{domain}/routes` (DomainsController_listDomainRoutes). Standalone: `from
        novu_api.api.domains.routes import list`.

        Args:
            domain (str; path):
            after (str, optional; query): Cursor for pagination indicating the starting point after
                which to fetch results.
            before (str, optional; query): Cursor for pagination indicating the ending point before
                which to fetch results.
            limit (float, optional; query): Limit the number of items to return
            order_direction (DomainsControllerListDomainRoutesOrderDirection | str, optional;
                query): Direction of sorting. Constraints: one of "ASC", "DESC".
            order_by (str, optional; query): Field to order by
            include_cursor (bool, optional; query): Include cursor item in response
            agent_id (str, optional; query): Agent identifier to filter routes by.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SyncPage[DomainRouteResponseDto]: the first page of `ListDomainRoutesResponseDto`;
                iterating gives every item, following cursor pagination.

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
            for item in novu.domains.routes.list(domain="DOMAIN"):
                print(item)
        """
        from novu_api.api.domains.routes import list as _op

        return _op.sync(
            client=self._client,
            domain=domain,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            agent_id=agent_id,
            **options,
        )

    def retrieve(
        self,
        *,
        domain: str,
        address: str,
        **options: Unpack[RequestOptions],
    ) -> DomainRouteResponseDto:
        """Retrieve a route by address

        Returns the route bound to `<address>@<domain>`. Use `*` as the address to retrieve the
        wildcard route for the domain.

        `GET /v1/domains/{domain}/routes/{address}` (DomainsController_getDomainRoute). Standalone:
        `from novu_api.api.domains.routes import retrieve`.

        Args:
            domain (str; path):
            address (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            DomainRouteResponseDto: the decoded response.

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
            result = novu.domains.routes.retrieve(domain="DOMAIN", address="ADDRESS")
        """
        from novu_api.api.domains.routes import retrieve as _op

        return _op.sync(
            client=self._client,
            domain=domain,
            address=address,
            **options,
        )

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
        **options: Unpack[RequestOptions],
    ) -> TestDomainRouteResponseDto:
        """Test an inbound route

        Sends a synthetic inbound email through the same delivery path as production (outbound
        webhooks for webhook routes, signed HTTP to the agent for agent routes). Use `dryRun: true`
        to preview the payload without delivering.

        `POST /v1/domains/{domain}/routes/{address}/test` (DomainsController_testDomainRoute).
        Standalone: `from novu_api.api.domains.routes import test`.

        Args:
            domain (str; path):
            address (str; path):
            from_ (TestDomainRouteFromDto | Mapping[str, Any]; body `from`):
            subject (str; body `subject`):
            text (str, optional; body `text`):
            html (str, optional; body `html`):
            dry_run (bool, optional; body `dryRun`): When true, returns the payload that would be
                delivered without invoking outbound webhooks or the agent HTTP endpoint.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            TestDomainRouteResponseDto: the decoded response.

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
            result = novu.domains.routes.test(domain="DOMAIN", address="ADDRESS", from_={...}, subject="SUBJECT")
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
        return _op.sync(
            client=self._client,
            domain=domain,
            address=address,
            body=body,
            **options,
        )

    def update(
        self,
        *,
        domain: str,
        address: str,
        agent_id: str | Unset = UNSET,
        type_: UpdateDomainRouteDtoType | str | Unset = UNSET,
        data: UpdateDomainRouteDtoData | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DomainRouteResponseDto:
        """Update a route

        Updates the destination of the route bound to `<address>@<domain>`. The address itself is
        the resource identity and cannot be changed; delete and recreate the route to rename it.

        `PATCH /v1/domains/{domain}/routes/{address}` (DomainsController_updateDomainRoute).
        Standalone: `from novu_api.api.domains.routes import update`.

        Args:
            domain (str; path):
            address (str; path):
            agent_id (str, optional; body `agentId`): Agent identifier; required when type is agent,
                ignored when type is webhook.
            type_ (UpdateDomainRouteDtoType | str, optional; body `type`): Constraints: one of
                "agent", "webhook".
            data (UpdateDomainRouteDtoData | Mapping[str, Any], optional; body `data`): Replaces
                route metadata when provided (max 10 keys, 500 characters total for keys+values).
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            DomainRouteResponseDto: the decoded response.

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
            result = novu.domains.routes.update(domain="DOMAIN", address="ADDRESS")
        """
        from novu_api.api.domains.routes import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "agentId": agent_id,
            "type": type_,
            "data": data,
        }
        return _op.sync(
            client=self._client,
            domain=domain,
            address=address,
            body=body,
            **options,
        )


class AsyncDomainsRoutesResource(Resource["AsyncNovu"]):
    """`novu.domains.routes` (async)."""

    async def create(
        self,
        *,
        domain: str,
        address: str,
        type_: DomainRouteDtoType | str,
        agent_id: str | Unset = UNSET,
        data: DomainRouteDtoData | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DomainRouteResponseDto:
        """Create a route

        Creates a route on the domain that forwards inbound mail addressed to `<address>@<domain>`
        to either a webhook or an agent. Each address on a domain may only have a single route.

        `POST /v1/domains/{domain}/routes` (DomainsController_createDomainRoute). Standalone: `from
        novu_api.api.domains.routes import create`.

        Args:
            domain (str; path):
            address (str; body `address`): Inbox address local part (e.g. "support", "*")
            type_ (DomainRouteDtoType | str; body `type`): Constraints: one of "agent", "webhook".
            agent_id (str, optional; body `agentId`): Agent identifier; required when type is agent,
                unused for webhook
            data (DomainRouteDtoData | Mapping[str, Any], optional; body `data`): Optional string
                key-value metadata (max 10 keys, 500 characters total for keys+values).
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            DomainRouteResponseDto: the decoded response.

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
            result = await novu.domains.routes.create(domain="DOMAIN", address="ADDRESS", type_="agent")
        """
        from novu_api.api.domains.routes import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "address": address,
            "type": type_,
            "agentId": agent_id,
            "data": data,
        }
        return await _op.asyncio(
            client=self._client,
            domain=domain,
            body=body,
            **options,
        )

    async def delete(
        self,
        *,
        domain: str,
        address: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a route

        Removes the route bound to `<address>@<domain>`. Inbound mail for that address will no
        longer be processed.

        `DELETE /v1/domains/{domain}/routes/{address}` (DomainsController_deleteDomainRoute).
        Standalone: `from novu_api.api.domains.routes import delete`.

        Args:
            domain (str; path):
            address (str; path):
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
            await novu.domains.routes.delete(domain="DOMAIN", address="ADDRESS")
        """
        from novu_api.api.domains.routes import delete as _op

        return await _op.asyncio(
            client=self._client,
            domain=domain,
            address=address,
            **options,
        )

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
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[DomainRouteResponseDto]:
        """List routes for a domain

        Returns a paginated list of routes attached to the domain. Optionally filter by an agent
        identifier to find routes pointing to a specific agent.

        `GET /v1/domains/{domain}/routes` (DomainsController_listDomainRoutes). Standalone: `from
        novu_api.api.domains.routes import list`.

        Args:
            domain (str; path):
            after (str, optional; query): Cursor for pagination indicating the starting point after
                which to fetch results.
            before (str, optional; query): Cursor for pagination indicating the ending point before
                which to fetch results.
            limit (float, optional; query): Limit the number of items to return
            order_direction (DomainsControllerListDomainRoutesOrderDirection | str, optional;
                query): Direction of sorting. Constraints: one of "ASC", "DESC".
            order_by (str, optional; query): Field to order by
            include_cursor (bool, optional; query): Include cursor item in response
            agent_id (str, optional; query): Agent identifier to filter routes by.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AsyncPage[DomainRouteResponseDto]: the first page of `ListDomainRoutesResponseDto`;
                iterating gives every item, following cursor pagination.

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
            async for item in await novu.domains.routes.list(domain="DOMAIN"):
                print(item)
        """
        from novu_api.api.domains.routes import list as _op

        return await _op.asyncio(
            client=self._client,
            domain=domain,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            agent_id=agent_id,
            **options,
        )

    async def retrieve(
        self,
        *,
        domain: str,
        address: str,
        **options: Unpack[RequestOptions],
    ) -> DomainRouteResponseDto:
        """Retrieve a route by address

        Returns the route bound to `<address>@<domain>`. Use `*` as the address to retrieve the
        wildcard route for the domain.

        `GET /v1/domains/{domain}/routes/{address}` (DomainsController_getDomainRoute). Standalone:
        `from novu_api.api.domains.routes import retrieve`.

        Args:
            domain (str; path):
            address (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            DomainRouteResponseDto: the decoded response.

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
            result = await novu.domains.routes.retrieve(domain="DOMAIN", address="ADDRESS")
        """
        from novu_api.api.domains.routes import retrieve as _op

        return await _op.asyncio(
            client=self._client,
            domain=domain,
            address=address,
            **options,
        )

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
        **options: Unpack[RequestOptions],
    ) -> TestDomainRouteResponseDto:
        """Test an inbound route

        Sends a synthetic inbound email through the same delivery path as production (outbound
        webhooks for webhook routes, signed HTTP to the agent for agent routes). Use `dryRun: true`
        to preview the payload without delivering.

        `POST /v1/domains/{domain}/routes/{address}/test` (DomainsController_testDomainRoute).
        Standalone: `from novu_api.api.domains.routes import test`.

        Args:
            domain (str; path):
            address (str; path):
            from_ (TestDomainRouteFromDto | Mapping[str, Any]; body `from`):
            subject (str; body `subject`):
            text (str, optional; body `text`):
            html (str, optional; body `html`):
            dry_run (bool, optional; body `dryRun`): When true, returns the payload that would be
                delivered without invoking outbound webhooks or the agent HTTP endpoint.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            TestDomainRouteResponseDto: the decoded response.

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
            result = await novu.domains.routes.test(domain="DOMAIN", address="ADDRESS", from_={...}, subject="SUBJECT")
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
        return await _op.asyncio(
            client=self._client,
            domain=domain,
            address=address,
            body=body,
            **options,
        )

    async def update(
        self,
        *,
        domain: str,
        address: str,
        agent_id: str | Unset = UNSET,
        type_: UpdateDomainRouteDtoType | str | Unset = UNSET,
        data: UpdateDomainRouteDtoData | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DomainRouteResponseDto:
        """Update a route

        Updates the destination of the route bound to `<address>@<domain>`. The address itself is
        the resource identity and cannot be changed; delete and recreate the route to rename it.

        `PATCH /v1/domains/{domain}/routes/{address}` (DomainsController_updateDomainRoute).
        Standalone: `from novu_api.api.domains.routes import update`.

        Args:
            domain (str; path):
            address (str; path):
            agent_id (str, optional; body `agentId`): Agent identifier; required when type is agent,
                ignored when type is webhook.
            type_ (UpdateDomainRouteDtoType | str, optional; body `type`): Constraints: one of
                "agent", "webhook".
            data (UpdateDomainRouteDtoData | Mapping[str, Any], optional; body `data`): Replaces
                route metadata when provided (max 10 keys, 500 characters total for keys+values).
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            DomainRouteResponseDto: the decoded response.

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
            result = await novu.domains.routes.update(domain="DOMAIN", address="ADDRESS")
        """
        from novu_api.api.domains.routes import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "agentId": agent_id,
            "type": type_,
            "data": data,
        }
        return await _op.asyncio(
            client=self._client,
            domain=domain,
            address=address,
            body=body,
            **options,
        )


class DomainsResourceWithRawResponse(RawResource["DomainsResource"]):
    """`novu.with_raw_response.domains`: each call returns a `RawResponse`."""

    def __init__(self, resource: DomainsResource) -> None:
        super().__init__(resource)
        self.create = raw(resource.create)
        self.delete = raw(resource.delete)
        self.diagnose = raw(resource.diagnose)
        self.list = raw(resource.list)
        self.retrieve = raw(resource.retrieve)
        self.update = raw(resource.update)
        self.verify = raw(resource.verify)

    @cached_property
    def auto_configure(self) -> DomainsAutoConfigureResourceWithRawResponse:
        return DomainsAutoConfigureResourceWithRawResponse(self._resource.auto_configure)

    @cached_property
    def routes(self) -> DomainsRoutesResourceWithRawResponse:
        return DomainsRoutesResourceWithRawResponse(self._resource.routes)


class AsyncDomainsResourceWithRawResponse(RawResource["AsyncDomainsResource"]):
    """`novu.with_raw_response.domains`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncDomainsResource) -> None:
        super().__init__(resource)
        self.create = async_raw(resource.create)
        self.delete = async_raw(resource.delete)
        self.diagnose = async_raw(resource.diagnose)
        self.list = async_raw(resource.list)
        self.retrieve = async_raw(resource.retrieve)
        self.update = async_raw(resource.update)
        self.verify = async_raw(resource.verify)

    @cached_property
    def auto_configure(self) -> AsyncDomainsAutoConfigureResourceWithRawResponse:
        return AsyncDomainsAutoConfigureResourceWithRawResponse(self._resource.auto_configure)

    @cached_property
    def routes(self) -> AsyncDomainsRoutesResourceWithRawResponse:
        return AsyncDomainsRoutesResourceWithRawResponse(self._resource.routes)


class DomainsAutoConfigureResourceWithRawResponse(RawResource["DomainsAutoConfigureResource"]):
    """`novu.with_raw_response.domains.auto_configure`: each call returns a `RawResponse`."""

    def __init__(self, resource: DomainsAutoConfigureResource) -> None:
        super().__init__(resource)
        self.retrieve = raw(resource.retrieve)
        self.start = raw(resource.start)


class AsyncDomainsAutoConfigureResourceWithRawResponse(RawResource["AsyncDomainsAutoConfigureResource"]):
    """`novu.with_raw_response.domains.auto_configure`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncDomainsAutoConfigureResource) -> None:
        super().__init__(resource)
        self.retrieve = async_raw(resource.retrieve)
        self.start = async_raw(resource.start)


class DomainsRoutesResourceWithRawResponse(RawResource["DomainsRoutesResource"]):
    """`novu.with_raw_response.domains.routes`: each call returns a `RawResponse`."""

    def __init__(self, resource: DomainsRoutesResource) -> None:
        super().__init__(resource)
        self.create = raw(resource.create)
        self.delete = raw(resource.delete)
        self.list = raw(resource.list)
        self.retrieve = raw(resource.retrieve)
        self.test = raw(resource.test)
        self.update = raw(resource.update)


class AsyncDomainsRoutesResourceWithRawResponse(RawResource["AsyncDomainsRoutesResource"]):
    """`novu.with_raw_response.domains.routes`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncDomainsRoutesResource) -> None:
        super().__init__(resource)
        self.create = async_raw(resource.create)
        self.delete = async_raw(resource.delete)
        self.list = async_raw(resource.list)
        self.retrieve = async_raw(resource.retrieve)
        self.test = async_raw(resource.test)
        self.update = async_raw(resource.update)
