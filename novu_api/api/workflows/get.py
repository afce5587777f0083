# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Retrieve a workflow: `GET /v2/workflows/{workflowId}` (WorkflowController_getWorkflow).

Standalone function module; the same call is `novu.workflows.get(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.workflow_response_dto import WorkflowResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="WorkflowController_getWorkflow",
    method="GET",
    path="/v2/workflows/{workflowId}",
    facade="workflows.get",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "workflowId": "workflow_id",
    "environmentId": "environment_id",
}


def _parts(
    *,
    workflow_id: str,
    environment_id: str | Unset = UNSET,
) -> RequestParts:
    params: dict[str, Any] = {}
    if environment_id is not UNSET:
        params["environmentId"] = _c.query_value("environment_id", environment_id, ("str",))
    return RequestParts(
        method="GET",
        url=f"/v2/workflows/{_c.path_param('workflow_id', workflow_id)}",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> WorkflowResponseDto:
    parsed: WorkflowResponseDto = _c.root(OPERATION.facade, strict, data, ("model", WorkflowResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    workflow_id: str,
    environment_id: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[WorkflowResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(
        OPERATION, _parts(workflow_id=workflow_id, environment_id=environment_id), _parse, **options
    )


def sync(
    *,
    client: Novu,
    workflow_id: str,
    environment_id: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> WorkflowResponseDto:
    """Retrieve a workflow

    Fetches details of a specific workflow by its unique identifier **workflowId**

    `GET /v2/workflows/{workflowId}` (WorkflowController_getWorkflow). On a client:
    `novu.workflows.get(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        workflow_id (str; path):
        environment_id (str, optional; query):
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
        result = get.sync(client=novu, workflow_id="WORKFLOW_ID")
    """
    return client._request(
        OPERATION, _parts(workflow_id=workflow_id, environment_id=environment_id), _parse, **options
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    workflow_id: str,
    environment_id: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[WorkflowResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION, _parts(workflow_id=workflow_id, environment_id=environment_id), _parse, **options
    )


async def asyncio(
    *,
    client: AsyncNovu,
    workflow_id: str,
    environment_id: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> WorkflowResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(
            OPERATION, _parts(workflow_id=workflow_id, environment_id=environment_id), _parse, **options
        )
    ).parsed


asyncio.__doc__ = sync.__doc__
