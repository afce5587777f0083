# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""What `novu_api.testing` needs from the document: per operation its parameters, request body,
success response, envelope and paging; the schemas they refer to, by name. Loaded only by the fake.
"""

from __future__ import annotations

from typing import Any

# One entry per line: a table, not code to read.
# fmt: off
OPERATIONS: dict[str, dict[str, Any]] = {
    "WidgetsController_createWidget": {"params": [], "body": {"content": "application/json", "required": True, "schema": {"$ref": "CreateWidgetRequestDto"}, "model": "CreateWidgetRequestDto"}, "success": {"status": 201, "schema": {"$ref": "WidgetResponseDto"}}, "envelope": True, "bare_keys": [], "pagination": None, "refusals": []},
    "WidgetsController_deleteWidget": {"params": [{"name": "widgetId", "in": "path", "required": True, "python": "widget_id", "schema": {"type": "string"}}], "body": None, "success": {"status": 204, "schema": None}, "envelope": False, "bare_keys": [], "pagination": None, "refusals": []},
    "WidgetsController_listWidgets": {"params": [{"name": "after", "in": "query", "required": False, "python": "after", "schema": {"type": "string"}}, {"name": "before", "in": "query", "required": False, "python": "before", "schema": {"type": "string"}}, {"name": "limit", "in": "query", "required": False, "python": "limit", "schema": {"type": "number", "maximum": 100}}, {"name": "color", "in": "query", "required": False, "python": "color", "schema": {"$ref": "WidgetColor"}}], "body": None, "success": {"status": 200, "schema": {"$ref": "ListWidgetsResponseDto"}}, "envelope": True, "bare_keys": ["next", "previous", "totalCount"], "pagination": {"style": "cursor", "items": "data", "request": {"after": "after", "before": "before", "limit": "limit"}, "response": {"next": "next", "previous": "previous", "total": "totalCount"}}, "refusals": []},
}

SCHEMAS: dict[str, dict[str, Any]] = {
    "CreateWidgetRequestDto": {"type": "object", "properties": {"name": {"type": "string"}, "color": {"$ref": "WidgetColor"}, "dimensions": {"$ref": "Dimensions"}, "tags": {"type": "array", "items": {"type": "string"}}}, "required": ["name", "color"]},
    "Dimensions": {"type": "object", "properties": {"width": {"type": "number"}, "height": {"type": "number"}}, "required": ["width", "height"]},
    "ListWidgetsResponseDto": {"type": "object", "properties": {"data": {"type": "array", "items": {"$ref": "WidgetResponseDto"}}, "next": {"type": "string", "nullable": True}, "previous": {"type": "string", "nullable": True}, "totalCount": {"type": "number"}}, "required": ["data", "next", "previous"]},
    "WidgetColor": {"type": "string", "enum": ["red", "green", "sky-blue"]},
    "WidgetResponseDto": {"type": "object", "properties": {"_id": {"type": "string"}, "name": {"type": "string"}, "color": {"$ref": "WidgetColor"}, "dimensions": {"$ref": "Dimensions"}, "createdAt": {"type": "string", "format": "date-time"}}, "required": ["_id", "name", "color", "createdAt"]},
}
# fmt: on
