# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""The operation registry: one entry per operation of the Novu API document."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple, TypeAlias

if TYPE_CHECKING:
    from novu_api.models.error_dto import ErrorDto
    from novu_api.models.not_found_error_dto import NotFoundErrorDto

# The Novu API release this package was generated from (`novu_api.__api_version__`).
API_VERSION = "0.0.1-golden"


class OperationEntry(NamedTuple):
    operation_id: str
    method: str
    path: str
    module: str  # standalone module with sync / sync_detailed / asyncio / asyncio_detailed
    facade: str  # attribute path on a client, e.g. "subscribers.notifications.list"
    pagination: str | None  # "cursor" | "page" | "offset" | None


OPERATIONS: tuple[OperationEntry, ...] = (
    OperationEntry(
        "FoldersController_getFolder",
        "GET",
        "/v1/folders/{folderId}",
        "novu_api.api.folders.get_folder",
        "folders.get_folder",
        None,
    ),
    OperationEntry(
        "FoldersController_listFolders",
        "GET",
        "/v1/folders",
        "novu_api.api.folders.list",
        "folders.list",
        "offset",
    ),
    OperationEntry(
        "ImagesController_listImages",
        "GET",
        "/v1/widgets/{widgetId}/images",
        "novu_api.api.widgets.images.list",
        "widgets.images.list",
        "page",
    ),
    OperationEntry(
        "ImagesController_uploadImage",
        "POST",
        "/v1/widgets/{widgetId}/images",
        "novu_api.api.widgets.images.upload",
        "widgets.images.upload",
        None,
    ),
    OperationEntry(
        "SignalsController_sendSignal",
        "POST",
        "/v1/signals",
        "novu_api.api.signals.send_signal",
        "send_signal",
        None,
    ),
    OperationEntry(
        "WidgetsController_createWidget",
        "POST",
        "/v1/widgets",
        "novu_api.api.widgets.create",
        "widgets.create",
        None,
    ),
    OperationEntry(
        "WidgetsController_createWidgets",
        "POST",
        "/v1/widgets/bulk",
        "novu_api.api.widgets.create_bulk",
        "widgets.create_bulk",
        None,
    ),
    OperationEntry(
        "WidgetsController_deleteWidget",
        "DELETE",
        "/v1/widgets/{widgetId}",
        "novu_api.api.widgets.delete_widget",
        "widgets.delete_widget",
        None,
    ),
    OperationEntry(
        "WidgetsController_getWidget",
        "GET",
        "/v1/widgets/{widgetId}",
        "novu_api.api.widgets.retrieve",
        "widgets.retrieve",
        None,
    ),
    OperationEntry(
        "WidgetsController_importWidgets",
        "POST",
        "/v1/widgets/import",
        "novu_api.api.widgets.import_",
        "widgets.import_",
        None,
    ),
    OperationEntry(
        "WidgetsController_listWidgets",
        "GET",
        "/v1/widgets",
        "novu_api.api.widgets.list",
        "widgets.list",
        "cursor",
    ),
    OperationEntry(
        "WidgetsController_scheduleWidget",
        "PUT",
        "/v1/widgets/{widgetId}/schedule",
        "novu_api.api.widgets.schedule",
        "widgets.schedule",
        None,
    ),
)

BY_ID: dict[str, OperationEntry] = {op.operation_id: op for op in OPERATIONS}

# The error table most operations declare (status -> error model in novu_api.models); an
# operation whose table differs carries its own (`Operation.errors`).
DEFAULT_ERRORS: dict[str, str] = {}

# What `exc.body` can be, per error class of novu_api.errors: the models the document declares
# for the statuses the class is raised for (ErrorDto where none is), or, when the body is not
# one of them, the JSON value, the text, or None.
UndecodedErrorBody: TypeAlias = "dict[str, Any] | list[Any] | str | int | float | bool | None"
APIStatusErrorBody: TypeAlias = "ErrorDto | NotFoundErrorDto | UndecodedErrorBody"
AuthenticationErrorBody: TypeAlias = "ErrorDto | UndecodedErrorBody"
BadRequestErrorBody: TypeAlias = "ErrorDto | UndecodedErrorBody"
ConflictErrorBody: TypeAlias = "ErrorDto | UndecodedErrorBody"
IdempotencyKeyReuseErrorBody: TypeAlias = "ErrorDto | UndecodedErrorBody"
InternalServerErrorBody: TypeAlias = "ErrorDto | UndecodedErrorBody"
MethodNotAllowedErrorBody: TypeAlias = "ErrorDto | UndecodedErrorBody"
NotFoundErrorBody: TypeAlias = "ErrorDto | NotFoundErrorDto | UndecodedErrorBody"
PayloadTooLargeErrorBody: TypeAlias = "ErrorDto | UndecodedErrorBody"
PermissionDeniedErrorBody: TypeAlias = "ErrorDto | UndecodedErrorBody"
RateLimitErrorBody: TypeAlias = "ErrorDto | UndecodedErrorBody"
RedirectErrorBody: TypeAlias = "ErrorDto | UndecodedErrorBody"
ServiceUnavailableErrorBody: TypeAlias = "ErrorDto | UndecodedErrorBody"
URITooLongErrorBody: TypeAlias = "ErrorDto | UndecodedErrorBody"
UnprocessableEntityErrorBody: TypeAlias = "ErrorDto | UndecodedErrorBody"
UnsupportedMediaTypeErrorBody: TypeAlias = "ErrorDto | UndecodedErrorBody"


class WebhookEventEntry(NamedTuple):
    type: str  # the event type, as sent in the payload's `type`
    model: str  # the event class, in novu_api.models (and novu_api.webhooks.events)
    module: str  # the module defining it
    payload_schema: str  # the document's schema the event's body is declared with


WEBHOOK_EVENTS: tuple[WebhookEventEntry, ...] = (
    WebhookEventEntry(
        "widget.created",
        "WidgetCreatedEvent",
        "novu_api.models.widget_created_event",
        "WidgetEventDto",
    ),
    WebhookEventEntry(
        "widget.deleted",
        "WidgetDeletedEvent",
        "novu_api.models.widget_deleted_event",
        "WidgetEventDto",
    ),
)

WEBHOOK_EVENT_TAG: str = "type"
