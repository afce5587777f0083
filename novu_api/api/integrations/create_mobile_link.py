# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Issue a short-lived mobile setup link for an existing integration: `POST /v1/integrations/{integrationIdentifier}/mobile-link` (IntegrationsController_createIntegrationMobileLink).

Standalone function module; the same call is `novu.integrations.create_mobile_link(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.issue_integration_mobile_link_request_dto import IssueIntegrationMobileLinkRequestDto
from novu_api.models.issue_telegram_mobile_link_response_dto import IssueTelegramMobileLinkResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts, plain_json
from ..._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="IntegrationsController_createIntegrationMobileLink",
    method="POST",
    path="/v1/integrations/{integrationIdentifier}/mobile-link",
    facade="integrations.create_mobile_link",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "integrationIdentifier": "integration_identifier",
}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "subscriberId": (str,),
}


def _parts(
    *,
    integration_identifier: str,
    body: IssueIntegrationMobileLinkRequestDto | dict[str, Any],
) -> RequestParts:
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", IssueIntegrationMobileLinkRequestDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="POST",
        url=f"/v1/integrations/{_c.path_param('integration_identifier', integration_identifier)}/mobile-link",
        json=wire,
        content=content,
    )


def _parse(data: Any, strict: bool = False) -> IssueTelegramMobileLinkResponseDto:
    parsed: IssueTelegramMobileLinkResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", IssueTelegramMobileLinkResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    integration_identifier: str,
    body: IssueIntegrationMobileLinkRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[IssueTelegramMobileLinkResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(
        OPERATION, _parts(integration_identifier=integration_identifier, body=body), _parse, **options
    )


def sync(
    *,
    client: Novu,
    integration_identifier: str,
    body: IssueIntegrationMobileLinkRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> IssueTelegramMobileLinkResponseDto:
    """Issue a short-lived mobile setup link for an existing integration

    Returns an opaque, single-use setup token plus a mobile URL for configuring an existing chat
    integration. Telegram is the only supported provider initially.

    `POST /v1/integrations/{integrationIdentifier}/mobile-link`
    (IntegrationsController_createIntegrationMobileLink). On a client:
    `novu.integrations.create_mobile_link(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        integration_identifier (str; path):
        body (IssueIntegrationMobileLinkRequestDto | dict[str, Any]; JSON body): the request: a
            `IssueIntegrationMobileLinkRequestDto`, or a dict of its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        IssueTelegramMobileLinkResponseDto: the decoded response.

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
        result = create_mobile_link.sync(client=novu, integration_identifier="INTEGRATION_IDENTIFIER", body={...})
    """
    return client._request(
        OPERATION, _parts(integration_identifier=integration_identifier, body=body), _parse, **options
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    integration_identifier: str,
    body: IssueIntegrationMobileLinkRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[IssueTelegramMobileLinkResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION, _parts(integration_identifier=integration_identifier, body=body), _parse, **options
    )


async def asyncio(
    *,
    client: AsyncNovu,
    integration_identifier: str,
    body: IssueIntegrationMobileLinkRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> IssueTelegramMobileLinkResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(
            OPERATION, _parts(integration_identifier=integration_identifier, body=body), _parse, **options
        )
    ).parsed


asyncio.__doc__ = sync.__doc__
