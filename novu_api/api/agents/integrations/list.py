# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""List agent integrations: `GET /v1/agents/{identifier}/integrations` (AgentIntegrationsController_listAgentIntegrations).

Standalone function module; the same call is `novu.agents.integrations.list(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.agent_integrations_controller_list_agent_integrations_order_direction import (
    AgentIntegrationsControllerListAgentIntegrationsOrderDirection,
)
from novu_api.models.list_agent_integrations_response_dto import ListAgentIntegrationsResponseDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from novu_api.models.agent_integration_response_dto import AgentIntegrationResponseDto

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ...._client import AsyncNovu, Novu
    from ...._options import RequestOptions
    from ....pagination import AsyncPage, SyncPage

OPERATION = Operation(
    operation_id="AgentIntegrationsController_listAgentIntegrations",
    method="GET",
    path="/v1/agents/{identifier}/integrations",
    facade="agents.integrations.list",
    envelope=True,
    bare_keys=(
        "next",
        "planUsage",
        "previous",
        "totalCount",
        "totalCountCapped",
    ),
    pagination={
        "style": "cursor",
        "items": "data",
        "response": {"next": "next_", "previous": "previous", "total": "total_count"},
    },
    errors={
        "400": "ErrorDto",
        "401": "ErrorDto",
        "403": "ErrorDto",
        "405": "ErrorDto",
        "409": "ErrorDto",
        "413": "ErrorDto",
        "414": "ErrorDto",
        "415": "ErrorDto",
        "422": "ValidationErrorDto",
        "500": "ErrorDto",
    },
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "identifier": "identifier",
    "after": "after",
    "before": "before",
    "limit": "limit",
    "orderDirection": "order_direction",
    "orderBy": "order_by",
    "includeCursor": "include_cursor",
    "integrationIdentifier": "integration_identifier",
}


def _parts(
    *,
    identifier: str,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: AgentIntegrationsControllerListAgentIntegrationsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    integration_identifier: str | Unset = UNSET,
) -> RequestParts:
    params: dict[str, Any] = {}
    if after is not UNSET:
        params["after"] = _c.query_value("after", after, ("str",))
    if before is not UNSET:
        params["before"] = _c.query_value("before", before, ("str",))
    if limit is not UNSET:
        params["limit"] = _c.query_value("limit", limit, ("num",))
    if order_direction is not UNSET:
        params["orderDirection"] = _c.query_value(
            "order_direction",
            order_direction,
            ("enum", AgentIntegrationsControllerListAgentIntegrationsOrderDirection),
        )
    if order_by is not UNSET:
        params["orderBy"] = _c.query_value("order_by", order_by, ("str",))
    if include_cursor is not UNSET:
        params["includeCursor"] = _c.query_value("include_cursor", include_cursor, ("bool",))
    if integration_identifier is not UNSET:
        params["integrationIdentifier"] = _c.query_value(
            "integration_identifier", integration_identifier, ("str",)
        )
    return RequestParts(
        method="GET",
        url=f"/v1/agents/{_c.path_param('identifier', identifier)}/integrations",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> ListAgentIntegrationsResponseDto:
    parsed: ListAgentIntegrationsResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", ListAgentIntegrationsResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    identifier: str,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: AgentIntegrationsControllerListAgentIntegrationsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    integration_identifier: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[ListAgentIntegrationsResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(
        OPERATION,
        _parts(
            identifier=identifier,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            integration_identifier=integration_identifier,
        ),
        _parse,
        **options,
    )


def sync(
    *,
    client: Novu,
    identifier: str,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: AgentIntegrationsControllerListAgentIntegrationsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    integration_identifier: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> SyncPage[AgentIntegrationResponseDto]:
    """List agent integrations

    Retrieve integration links for an agent identified by its external identifier. Supports cursor
    pagination via **after**, **before**, **limit**, **orderBy**, and **orderDirection**.

    `GET /v1/agents/{identifier}/integrations` (AgentIntegrationsController_listAgentIntegrations).
    On a client: `novu.agents.integrations.list(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        identifier (str; path):
        after (str, optional; query): Cursor for pagination indicating the starting point after
            which to fetch results.
        before (str, optional; query): Cursor for pagination indicating the ending point before
            which to fetch results.
        limit (float, optional; query): Limit the number of items to return
        order_direction (AgentIntegrationsControllerListAgentIntegrationsOrderDirection | str,
            optional; query): Direction of sorting. Constraints: one of "ASC", "DESC".
        order_by (str, optional; query): Field to order by
        include_cursor (bool, optional; query): Include cursor item in response
        integration_identifier (str, optional; query): Return only links for this integration
            identifier (not the internal document _id).
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        SyncPage[AgentIntegrationResponseDto]: the first page of `ListAgentIntegrationsResponseDto`;
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
        for item in list.sync(client=novu, identifier="IDENTIFIER"):
            print(item)
    """
    return client._request_page(
        OPERATION,
        _parts(
            identifier=identifier,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            integration_identifier=integration_identifier,
        ),
        _parse,
        **options,
    )


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    identifier: str,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: AgentIntegrationsControllerListAgentIntegrationsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    integration_identifier: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[ListAgentIntegrationsResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION,
        _parts(
            identifier=identifier,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            integration_identifier=integration_identifier,
        ),
        _parse,
        **options,
    )


async def asyncio(
    *,
    client: AsyncNovu,
    identifier: str,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: AgentIntegrationsControllerListAgentIntegrationsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    integration_identifier: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> AsyncPage[AgentIntegrationResponseDto]:
    """The async form of `sync`: the same arguments, awaited."""
    return await client._request_page(
        OPERATION,
        _parts(
            identifier=identifier,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            integration_identifier=integration_identifier,
        ),
        _parse,
        **options,
    )


asyncio.__doc__ = sync.__doc__
