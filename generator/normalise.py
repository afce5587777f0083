"""From the (overlaid) document to what the templates need beyond openapi-python-client's parse.

- envelopes: every JSON success is marked so the runtime unwraps `{"data": ...}` as Novu's
  server sends it, however the document declares it (both forms of the document agree; a
  declared `{"data": X}` is already `X` here, see `fix.py`);
- `pagination`: which of the spec's paging styles an operation uses, detected from its query
  parameters and response fields (nothing here names a Novu path);
- property renames from `x-speakeasy-name-override` on schema properties;
- facade argument names from our `x-novu-api-argument` on a body property (set in the overlay):
  the facade takes that name and keeps the property's own as an alias;
- discriminator mappings, so a union is decoded by its tag, not by trial and error;
- `bulk`: an operation whose JSON body carries its items in one array with a maximum size the
  document states (`maxItems`, or the operation's or the array's description: "limited to 100
  events per request", "(max: 100)"), so the bulk helpers cut input into requests of that size.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .inline_names import name_inline
from .name import OperationName, python_property, snake
from .name import name as operation_names

ARGUMENT_EXTENSION = "x-novu-api-argument"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# The SDK-source form declares this header on every operation; it is the client's own
# per-call `idempotency_key` (one key per logical call), never an argument or a request fact.
IDEMPOTENCY_HEADER = "idempotency-key"


def resolve(document: dict[str, Any], schema: Any) -> Any:
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema:
        ref = schema["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"only local references are supported, got {ref}")
        node: Any = document
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        schema = node
        seen += 1
        if seen > 50:
            raise ValueError(f"reference cycle at {ref}")
    return schema


def iter_operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, op)
        for path, item in document.get("paths", {}).items()
        for method, op in item.items()
        if method in HTTP_METHODS and isinstance(op, dict)
    ]


@dataclass(frozen=True)
class Pagination:
    style: str  # "cursor" | "page" | "offset"
    items: str  # wire name of the array of items in the page DTO
    request: dict[str, str]  # role -> query parameter wire name
    response: dict[str, str]  # role -> response field wire name (the rendered Operation names the attribute)

    def as_dict(self) -> dict[str, Any]:
        return {"style": self.style, "items": self.items, "request": self.request, "response": self.response}


@dataclass(frozen=True)
class Bulk:
    items: str  # wire name of the body's array of items
    limit: int  # most items one request may carry, as the document states it

    def as_dict(self) -> dict[str, Any]:
        return {"items": self.items, "limit": self.limit}


@dataclass
class OperationInfo:
    operation_id: str
    method: str
    path: str
    name: OperationName
    envelope: bool = False  # a JSON success body, which the server may wrap as {"data": X}
    # X's other fields when X has its own `data` member: the server then sends X bare
    # (its interceptor wraps only objects without a truthy `data`), so these keys tell the shapes apart.
    bare_keys: tuple[str, ...] = ()
    pagination: Pagination | None = None
    bulk: Bulk | None = None
    success_schema: Any = None
    summary: str = ""


@dataclass
class Normalised:
    document: dict[str, Any]  # what openapi-python-client parses
    operations: dict[str, OperationInfo]
    property_renames: dict[tuple[str, str], str] = field(default_factory=dict)  # (schema, wire) -> python
    discriminators: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)  # (schema, prop)
    # (schema, wire) -> facade argument name; the property's own Python name stays accepted as an alias
    argument_names: dict[tuple[str, str], str] = field(default_factory=dict)


def success_json(op: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    for status in sorted(op.get("responses", {})):
        if status.startswith("2"):
            content = op["responses"][status].get("content") or {}
            media = content.get("application/json")
            if media and "schema" in media:
                return status, media
    return None


def _classify_pagination(document: dict[str, Any], op: dict[str, Any], body_schema: Any) -> Pagination | None:
    query = {
        p.get("name")
        for p in (resolve(document, p) for p in op.get("parameters", []))
        if p.get("in") == "query"
    }
    body = resolve(document, body_schema)
    props: dict[str, Any] = (body or {}).get("properties") or {}
    arrays = [k for k, v in props.items() if (resolve(document, v) or {}).get("type") == "array"]
    if not arrays:
        return None
    items = "data" if "data" in arrays else arrays[0]
    if "after" in query and "next" in props:
        return Pagination(
            "cursor",
            items,
            {"after": "after", "before": "before", "limit": "limit"},
            {
                "next": "next",
                "previous": "previous",
                **({"total": "totalCount"} if "totalCount" in props else {}),
            },
        )
    if "page" in query and "hasMore" in props:
        return Pagination(
            "page",
            items,
            {"page": "page", "limit": "limit"},
            {"has_more": "hasMore", **({"total": "totalCount"} if "totalCount" in props else {})},
        )
    if "offset" in query and ("totalCount" in props or "hasMore" in props):
        response = {"total": "totalCount"} if "totalCount" in props else {}
        if "hasMore" in props:
            response["has_more"] = "hasMore"
        return Pagination("offset", items, {"offset": "offset", "limit": "limit"}, response)
    return None


# How the document states a bulk maximum in prose, when it has no `maxItems`.
_LIMITED_TO = re.compile(r"\blimited to (\d+) \w+ per request", re.IGNORECASE)
_MAX_IN_PARENS = re.compile(r"\(max(?:imum)?:?\s*(\d+)\)", re.IGNORECASE)


def _bulk(document: dict[str, Any], op: dict[str, Any]) -> Bulk | None:
    """The body's array of items and its stated maximum, if the document states one.

    The array must be the only one with a stated maximum that the document does not mark
    deprecated (Novu keeps an old `subscriberIds` beside its `subscriptions`); the operation's
    description ("limited to N ... per request") counts only when the body has a single array.
    """
    media = ((op.get("requestBody") or {}).get("content") or {}).get("application/json")
    body = resolve(document, (media or {}).get("schema")) or {}
    props: dict[str, Any] = body.get("properties") or {}
    arrays = [(k, resolve(document, v) or {}) for k, v in props.items()]
    arrays = [(k, v) for k, v in arrays if v.get("type") == "array"]
    stated: list[tuple[str, int]] = []
    for name, schema in arrays:
        limit = schema.get("maxItems")
        if not isinstance(limit, int):
            found = _MAX_IN_PARENS.search(str(schema.get("description") or ""))
            limit = int(found.group(1)) if found else None
        if limit and limit > 0 and not schema.get("deprecated"):
            stated.append((name, limit))
    if len(stated) == 1:
        return Bulk(*stated[0])
    if not stated and len(arrays) == 1:
        found = _LIMITED_TO.search(str(op.get("description") or ""))
        if found and int(found.group(1)) > 0:
            return Bulk(arrays[0][0], int(found.group(1)))
    return None


def normalise(source: dict[str, Any], names: dict[str, OperationName] | None = None) -> Normalised:
    """Our per-operation facts of a fixed document (`fix.fix`), which it copies; operations are
    named by `names` (from `name.name`), or named here."""
    # inline class names (shared shapes, named union members): generator/inline_names.py
    document = name_inline(source).document
    ops = iter_operations(document)
    names = names if names is not None else operation_names(document)
    infos: dict[str, OperationInfo] = {}
    for method, path, op in ops:
        op_id = op["operationId"]
        info = OperationInfo(op_id, method.upper(), path, names[op_id], summary=str(op.get("summary") or ""))
        info.bulk = _bulk(document, op)
        found = success_json(op)
        if found:
            _, media = found
            # Novu's server wraps every success body in `{"data": ...}` unless it is an object with
            # a truthy `data` of its own, whichever way the document declares it; X's other fields
            # tell the two shapes apart when X has a `data` member.
            info.envelope = True
            resolved = resolve(document, media["schema"]) or {}
            props = resolved.get("properties") or {}
            if "data" in props:
                info.bare_keys = tuple(sorted(k for k in props if k != "data"))
            info.success_schema = media["schema"]
            info.pagination = _classify_pagination(document, op, media["schema"])
        infos[op_id] = info

    renames: dict[tuple[str, str], str] = {}
    arguments: dict[tuple[str, str], str] = {}
    discriminators: dict[tuple[str, str], dict[str, Any]] = {}
    for schema_name, schema in document.get("components", {}).get("schemas", {}).items():
        for prop_name, prop in (schema.get("properties") or {}).items():
            override = prop.get("x-speakeasy-name-override")
            if override:
                renames[(schema_name, prop_name)] = python_property(prop_name, prop)
            argument = prop.get(ARGUMENT_EXTENSION)
            if argument:
                arguments[(schema_name, prop_name)] = snake(str(argument))
            for node in (prop, prop.get("items") or {}):
                if isinstance(node, dict) and "discriminator" in node:
                    disc = node["discriminator"]
                    mapping = {k: v.rsplit("/", 1)[-1] for k, v in (disc.get("mapping") or {}).items()}
                    discriminators[(schema_name, prop_name)] = {
                        "property": disc["propertyName"],
                        "mapping": mapping,
                    }
    return Normalised(document, infos, renames, discriminators, arguments)
