# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""Every model of the Novu API, loaded on first use (PEP 562): importing this package is cheap."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_MODULES: dict[str, str] = {
    "CreateWidgetRequestDto": "create_widget_request_dto",
    "Dimensions": "dimensions",
    "ListWidgetsResponseDto": "list_widgets_response_dto",
    "WidgetColor": "widget_color",
    "WidgetResponseDto": "widget_response_dto",
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
    from .create_widget_request_dto import CreateWidgetRequestDto as CreateWidgetRequestDto
    from .dimensions import Dimensions as Dimensions
    from .list_widgets_response_dto import ListWidgetsResponseDto as ListWidgetsResponseDto
    from .widget_color import WidgetColor as WidgetColor
    from .widget_response_dto import WidgetResponseDto as WidgetResponseDto
