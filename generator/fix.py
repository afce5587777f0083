"""Stage 2, fix: the overlaid document reshaped into what openapi-python-client should parse.

A success response declared as an object whose only property is `data` (the served form's
envelope) is declared as what is inside; the runtime unwraps `{"data": ...}` as Novu's server
sends it, however the document declares it (`normalise.py` marks which operations).
"""

from __future__ import annotations

import copy
from typing import Any

from .normalise import iter_operations


def is_envelope(schema: dict[str, Any]) -> bool:
    """Whether a declared success schema is `{"data": X}` and nothing else."""
    props = schema.get("properties")
    return (
        isinstance(props, dict)
        and list(props) == ["data"]
        and "$ref" not in schema
        and not schema.get("allOf")
        and schema.get("type", "object") == "object"
    )


def fix(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of `document` with every declared `{"data": X}` success (2xx JSON) declared as `X`."""
    fixed = copy.deepcopy(document)
    for _method, _path, op in iter_operations(fixed):
        for status, response in (op.get("responses") or {}).items():
            media = (
                ((response.get("content") or {}).get("application/json") or {}) if status[:1] == "2" else {}
            )
            if isinstance(media.get("schema"), dict) and is_envelope(media["schema"]):
                # declared `{"data": X}` (the served form): X is the result
                media["schema"] = media["schema"]["properties"]["data"]
    return fixed
