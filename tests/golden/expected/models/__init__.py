# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""Every model of the Novu API, loaded on first use (PEP 562): importing this package is cheap."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_MODULES: dict[str, str] = {
    "BulkCreateWidgetsRequestDto": "bulk_create_widgets_request_dto",
    "CircleDto": "circle_dto",
    "CircleDtoKind": "circle_dto_kind",
    "CreateWidgetRequestDto": "create_widget_request_dto",
    "Dimensions": "dimensions",
    "ErrorDto": "error_dto",
    "ErrorDtoDetails": "error_dto_details",
    "FolderDto": "folder_dto",
    "ImageDto": "image_dto",
    "LabelDto": "label_dto",
    "ListFoldersResponseDto": "list_folders_response_dto",
    "ListImagesResponseDto": "list_images_response_dto",
    "ListWidgetsResponseDto": "list_widgets_response_dto",
    "NodeDto": "node_dto",
    "NotFoundErrorDto": "not_found_error_dto",
    "Priority": "priority",
    "ScheduleDto": "schedule_dto",
    "SignalRequestDto": "signal_request_dto",
    "SignalRequestDtoPayload": "signal_request_dto_payload",
    "SignalResponseDto": "signal_response_dto",
    "SquareDto": "square_dto",
    "SquareDtoKind": "square_dto_kind",
    "StickerDto": "sticker_dto",
    "UnknownWebhookEvent": "unknown_webhook_event",
    "UploadImageRequestDto": "upload_image_request_dto",
    "WidgetColor": "widget_color",
    "WidgetCreatedEvent": "widget_created_event",
    "WidgetDeletedEvent": "widget_deleted_event",
    "WidgetEventDto": "widget_event_dto",
    "WidgetEventDtoType": "widget_event_dto_type",
    "WidgetResponseDto": "widget_response_dto",
    "WidgetResponseDtoMetadata": "widget_response_dto_metadata",
}

__all__ = sorted(_MODULES)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:
    from .bulk_create_widgets_request_dto import BulkCreateWidgetsRequestDto as BulkCreateWidgetsRequestDto
    from .circle_dto import CircleDto as CircleDto
    from .circle_dto_kind import CircleDtoKind as CircleDtoKind
    from .create_widget_request_dto import CreateWidgetRequestDto as CreateWidgetRequestDto
    from .dimensions import Dimensions as Dimensions
    from .error_dto import ErrorDto as ErrorDto
    from .error_dto_details import ErrorDtoDetails as ErrorDtoDetails
    from .folder_dto import FolderDto as FolderDto
    from .image_dto import ImageDto as ImageDto
    from .label_dto import LabelDto as LabelDto
    from .list_folders_response_dto import ListFoldersResponseDto as ListFoldersResponseDto
    from .list_images_response_dto import ListImagesResponseDto as ListImagesResponseDto
    from .list_widgets_response_dto import ListWidgetsResponseDto as ListWidgetsResponseDto
    from .node_dto import NodeDto as NodeDto
    from .not_found_error_dto import NotFoundErrorDto as NotFoundErrorDto
    from .priority import Priority as Priority
    from .schedule_dto import ScheduleDto as ScheduleDto
    from .signal_request_dto import SignalRequestDto as SignalRequestDto
    from .signal_request_dto_payload import SignalRequestDtoPayload as SignalRequestDtoPayload
    from .signal_response_dto import SignalResponseDto as SignalResponseDto
    from .square_dto import SquareDto as SquareDto
    from .square_dto_kind import SquareDtoKind as SquareDtoKind
    from .sticker_dto import StickerDto as StickerDto
    from .unknown_webhook_event import UnknownWebhookEvent as UnknownWebhookEvent
    from .upload_image_request_dto import UploadImageRequestDto as UploadImageRequestDto
    from .widget_color import WidgetColor as WidgetColor
    from .widget_created_event import WidgetCreatedEvent as WidgetCreatedEvent
    from .widget_deleted_event import WidgetDeletedEvent as WidgetDeletedEvent
    from .widget_event_dto import WidgetEventDto as WidgetEventDto
    from .widget_event_dto_type import WidgetEventDtoType as WidgetEventDtoType
    from .widget_response_dto import WidgetResponseDto as WidgetResponseDto
    from .widget_response_dto_metadata import WidgetResponseDtoMetadata as WidgetResponseDtoMetadata
