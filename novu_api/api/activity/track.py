# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Track provider activity and engagement events: `POST /v2/inbound-webhooks/delivery-providers/{environmentId}/{integrationId}` (InboundWebhooksController_handleWebhook).

Standalone function module; the same call is `novu.activity.track(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.inbound_webhooks_controller_handle_webhook_body import (
    InboundWebhooksControllerHandleWebhookBody,
)
from novu_api.models.webhook_result_dto import WebhookResultDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="InboundWebhooksController_handleWebhook",
    method="POST",
    path="/v2/inbound-webhooks/delivery-providers/{environmentId}/{integrationId}",
    facade="activity.track",
    envelope=True,
    errors={},
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "environmentId": "environment_id",
    "integrationId": "integration_id",
}


def _parts(
    *,
    environment_id: str,
    integration_id: str,
    body: InboundWebhooksControllerHandleWebhookBody | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="POST",
        url=f"/v2/inbound-webhooks/delivery-providers/{_c.path_param('environment_id', environment_id)}/{_c.path_param('integration_id', integration_id)}",
        json=_c.json_body(body, ("model", InboundWebhooksControllerHandleWebhookBody))
        if body is not UNSET
        else None,
    )


def _parse(data: Any, strict: bool = False) -> list[WebhookResultDto]:
    parsed: list[WebhookResultDto] = _c.root(
        OPERATION.facade, strict, data, ("list", ("model", WebhookResultDto))
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    environment_id: str,
    integration_id: str,
    body: InboundWebhooksControllerHandleWebhookBody | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[list[WebhookResultDto]]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(
        OPERATION,
        _parts(environment_id=environment_id, integration_id=integration_id, body=body),
        _parse,
        **options,
    )


def sync(
    *,
    client: Novu,
    environment_id: str,
    integration_id: str,
    body: InboundWebhooksControllerHandleWebhookBody | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> list[WebhookResultDto]:
    """Track provider activity and engagement events

    Track activity and engagement events for a specific delivery provider

    `POST /v2/inbound-webhooks/delivery-providers/{environmentId}/{integrationId}`
    (InboundWebhooksController_handleWebhook). On a client: `novu.activity.track(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        environment_id (str; path): The environment identifier
        integration_id (str; path): The integration identifier for the delivery provider
        body (InboundWebhooksControllerHandleWebhookBody | dict[str, Any]; JSON body): Generic
            webhook payload from delivery providers
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        list[WebhookResultDto]: the decoded response.

    Raises:
        APIConnectionError: no response arrived (APITimeoutError when it timed out).
        ResponseValidationError: the response does not fit its declared type.

    Example:
        result = track.sync(client=novu, environment_id="ENVIRONMENT_ID", integration_id="INTEGRATION_ID", body={...})
    """
    return client._request(
        OPERATION,
        _parts(environment_id=environment_id, integration_id=integration_id, body=body),
        _parse,
        **options,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    environment_id: str,
    integration_id: str,
    body: InboundWebhooksControllerHandleWebhookBody | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[list[WebhookResultDto]]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION,
        _parts(environment_id=environment_id, integration_id=integration_id, body=body),
        _parse,
        **options,
    )


async def asyncio(
    *,
    client: AsyncNovu,
    environment_id: str,
    integration_id: str,
    body: InboundWebhooksControllerHandleWebhookBody | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> list[WebhookResultDto]:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(
            OPERATION,
            _parts(environment_id=environment_id, integration_id=integration_id, body=body),
            _parse,
            **options,
        )
    ).parsed


asyncio.__doc__ = sync.__doc__
