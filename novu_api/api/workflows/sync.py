# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Sync a workflow: `PUT /v2/workflows/{workflowId}/sync` (WorkflowController_sync).

Standalone function module; the same call is `novu.workflows.sync(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.sync_workflow_dto import SyncWorkflowDto
from novu_api.models.workflow_response_dto import WorkflowResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts, plain_json
from ..._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="WorkflowController_sync",
    method="PUT",
    path="/v2/workflows/{workflowId}/sync",
    facade="workflows.sync",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "workflowId": "workflow_id",
}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "targetEnvironmentId": (str,),
}


def _parts(
    *,
    workflow_id: str,
    body: SyncWorkflowDto | dict[str, Any],
) -> RequestParts:
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", SyncWorkflowDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="PUT",
        url=f"/v2/workflows/{_c.path_param('workflow_id', workflow_id)}/sync",
        json=wire,
        content=content,
    )


def _parse(data: Any, strict: bool = False) -> WorkflowResponseDto:
    parsed: WorkflowResponseDto = _c.root(OPERATION.facade, strict, data, ("model", WorkflowResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    workflow_id: str,
    body: SyncWorkflowDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[WorkflowResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(workflow_id=workflow_id, body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    workflow_id: str,
    body: SyncWorkflowDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> WorkflowResponseDto:
    """Sync a workflow

    Synchronizes a workflow to the target environment

    `PUT /v2/workflows/{workflowId}/sync` (WorkflowController_sync). On a client:
    `novu.workflows.sync(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        workflow_id (str; path):
        body (SyncWorkflowDto | dict[str, Any]; JSON body): the request: a `SyncWorkflowDto`, or a
            dict of its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        WorkflowResponseDto: the decoded response.

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
        result = sync.sync(client=novu, workflow_id="WORKFLOW_ID", body={...})
    """
    return client._request(OPERATION, _parts(workflow_id=workflow_id, body=body), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    workflow_id: str,
    body: SyncWorkflowDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[WorkflowResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(workflow_id=workflow_id, body=body), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    workflow_id: str,
    body: SyncWorkflowDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> WorkflowResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(OPERATION, _parts(workflow_id=workflow_id, body=body), _parse, **options)
    ).parsed


asyncio.__doc__ = sync.__doc__
