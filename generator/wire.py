"""Wire facts for `novu_api.testing`: what an in-process fake needs to answer like the API.

The fake checks requests (parameters, body schema, constraints) and builds responses (examples,
else values made from the schema) from a compact data module, `novu_api/testing/_document.py`,
rendered here from the same parse as the code. Only what validation and response building use
is kept: types, formats, enums, bounds, required fields, composition, examples; no prose.
Schema references point into the module's own `SCHEMAS` table by schema name.
"""

from __future__ import annotations

from typing import Any

from .normalise import IDEMPOTENCY_HEADER, Normalised, OperationInfo, resolve

# JSON Schema / OpenAPI keywords the fake reads; everything else (descriptions, titles,
# vendor extensions, deprecation flags) is left out.
_KEEP = frozenset(
    {
        "type",
        "format",
        "enum",
        "const",
        "nullable",
        "required",
        "minLength",
        "maxLength",
        "pattern",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "minItems",
        "maxItems",
        "example",
        "default",
    }
)
_SCHEMAS = frozenset({"items", "not"})
_SCHEMA_LISTS = frozenset({"oneOf", "anyOf", "allOf"})
_COMPONENTS = "#/components/schemas/"


def _compact(node: Any, refs: set[str]) -> Any:
    """A schema with only what the fake reads; `$ref`s become schema names, collected in `refs`."""
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        ref = str(node["$ref"])
        if not ref.startswith(_COMPONENTS):
            raise ValueError(f"unsupported reference {ref}")
        name = ref[len(_COMPONENTS) :]
        refs.add(name)
        return {"$ref": name}
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _KEEP:
            out[key] = value
        elif key in _SCHEMAS:
            out[key] = _compact(value, refs)
        elif key in _SCHEMA_LISTS and isinstance(value, list):
            out[key] = [_compact(v, refs) for v in value]
        elif key == "properties" and isinstance(value, dict):
            out[key] = {name: _compact(v, refs) for name, v in value.items()}
        elif key == "additionalProperties" and value is not True:  # `true` is the default: say it once
            out[key] = _compact(value, refs) if isinstance(value, dict) else value
        elif key == "discriminator" and isinstance(value, dict):
            mapping = {k: str(v).rsplit("/", 1)[-1] for k, v in (value.get("mapping") or {}).items()}
            out[key] = {"propertyName": value.get("propertyName"), "mapping": mapping}
    return out


def _media_example(media: dict[str, Any]) -> tuple[bool, Any]:
    if "example" in media:
        return True, media["example"]
    examples = media.get("examples")
    if isinstance(examples, dict):
        for item in examples.values():
            if isinstance(item, dict) and "value" in item:
                return True, item["value"]
    return False, None


def _operation(document: dict[str, Any], op: OperationInfo, endpoint: Any, refs: set[str]) -> dict[str, Any]:
    from .model import raw

    source = document["paths"][op.path][op.method.lower()]
    python_names = {
        raw(p.name): str(p.python_name)
        for p in [*endpoint.path_parameters, *endpoint.query_parameters, *endpoint.header_parameters]
    }
    params = []
    for item in source.get("parameters", []):
        param = resolve(document, item)
        if param.get("in") not in ("path", "query", "header"):
            continue
        if param["in"] == "header" and str(param.get("name", "")).lower() == IDEMPOTENCY_HEADER:
            continue  # the client sends its own; the fake checks the key as the server does
        name = str(param["name"])
        params.append(
            {
                "name": name,
                "in": param["in"],
                "required": bool(param.get("required")) or param["in"] == "path",
                "python": python_names.get(name, name),
                "schema": _compact(param.get("schema") or {}, refs),
            }
        )
    body: dict[str, Any] | None = None
    request = resolve(document, source.get("requestBody")) if source.get("requestBody") else None
    if request:
        content = request.get("content") or {}
        media_type = next(iter(content), None)
        if media_type is not None:
            model = None
            if endpoint.bodies and type(endpoint.bodies[0].prop).__name__ == "ModelProperty":
                model = str(endpoint.bodies[0].prop.class_info.name)
            body = {
                "content": str(media_type),
                "required": bool(request.get("required")),
                "schema": _compact(content[media_type].get("schema") or {}, refs),
                "model": model,
            }
    success: dict[str, Any] = {"status": 200, "schema": None}
    for status in sorted(source.get("responses", {})):
        if not status.startswith("2"):
            continue
        response = resolve(document, source["responses"][status])
        media = (response.get("content") or {}).get("application/json")
        success = {"status": int(status) if status.isdigit() else 200, "schema": None}
        if media and "schema" in media:
            success["schema"] = _compact(media["schema"], refs)
            found, example = _media_example(media)
            if found and op.envelope and isinstance(example, dict) and list(example) == ["data"]:
                example = example["data"]  # the example shows the envelope the schema no longer has
            if found:
                success["example"] = example
        break
    refusals = sorted(
        int(code) for code in source.get("responses", {}) if code in ("400", "422") and code.isdigit()
    )
    return {
        "params": params,
        "body": body,
        "success": success,
        "envelope": op.envelope,
        "bare_keys": list(op.bare_keys),
        "pagination": op.pagination.as_dict() if op.pagination else None,
        "refusals": refusals,
    }


def wire_facts(normalised: Normalised, endpoints: list[tuple[OperationInfo, Any]]) -> dict[str, Any]:
    """{"operations": {operation id: facts}, "schemas": {name: compact schema}} for the fake."""
    document = normalised.document
    refs: set[str] = set()
    operations = {op.operation_id: _operation(document, op, endpoint, refs) for op, endpoint in endpoints}
    components = document.get("components", {}).get("schemas", {})
    schemas: dict[str, Any] = {}
    pending = sorted(refs)
    while pending:
        name = pending.pop()
        if name in schemas:
            continue
        found: set[str] = set()
        schemas[name] = _compact(components[name], found)
        pending.extend(sorted(found - set(schemas)))
    return {"operations": operations, "schemas": dict(sorted(schemas.items()))}
