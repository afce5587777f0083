"""Stage 2, fix: the overlaid document reshaped into what openapi-python-client should parse.

A success response declared as an object whose only property is `data` (the served form's
envelope) is declared as what is inside; the runtime unwraps `{"data": ...}` as Novu's server
sends it, however the document declares it (`normalise.py` marks which operations).

An inline enum marked `nullable: true` is declared as `oneOf: [the enum, null]`: the pinned
openapi-python-client drops `nullable` from an enum, so without this the field's annotation
could not say None and a null could not be told from a deviation.
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
    for schema in (fixed.get("components") or {}).get("schemas", {}).values():
        _nullable_enums(schema)
    return fixed


_PROSE = ("description", "title", "example", "examples", "deprecated", "readOnly", "writeOnly")


def _nullable_enums(node: Any) -> None:
    """Inline `{enum, nullable: true}` below a component schema -> `{oneOf: [{enum}, {type: null}]}`
    (the component itself keeps its shape, so no class is renamed)."""
    if isinstance(node, list):
        for item in node:
            _nullable_enums(item)
        return
    if not isinstance(node, dict):
        return
    for key in ("properties", "patternProperties"):
        for name, prop in list((node.get(key) or {}).items()):
            if isinstance(prop, dict) and "enum" in prop and prop.get("nullable") is True:
                inner = {k: v for k, v in prop.items() if k not in ("nullable", *_PROSE)}
                inner["enum"] = [v for v in prop["enum"] if v is not None]
                outer = {k: v for k, v in prop.items() if k in _PROSE}
                node[key][name] = {**outer, "oneOf": [inner, {"type": "null"}]}
            else:
                _nullable_enums(prop)
    for key in ("items", "additionalProperties", "allOf", "anyOf", "oneOf", "not"):
        if key in node:
            _nullable_enums(node[key])
