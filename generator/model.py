"""Stage 4, model: openapi-python-client's parse of the fixed document, plus our own facts.

`model(document)` runs `normalise.py` (envelopes, paging, bulk limits, renames, discriminators
per operation and schema), adds the webhook event schemas (`webhooks.py`), parses the result
with openapi-python-client (pinned version; settings in `config.yaml`), gives the parsed
properties the Python names the name rules chose, and pairs each parsed endpoint with the
document's operation by route. A construct the parser rejects stops here (`RenderError`),
before anything is rendered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .name import OperationName, route, snake
from .normalise import Normalised, OperationInfo, normalise, resolve
from .spec import SpecError
from .webhooks import WebhookEvents, with_event_schemas

CONFIG_FILE = Path(__file__).resolve().parent / "config.yaml"


@dataclass
class Model:
    normalised: Normalised  # our facts (generator/normalise.py)
    document: dict[str, Any]  # what the parser read: the fixed document plus the webhook event schemas
    webhook_events: WebhookEvents | None
    data: Any  # openapi-python-client's GeneratorData
    config: Any  # its Config
    modules: dict[str, str]  # generated class name -> module under novu_api/models/
    endpoints: list[tuple[OperationInfo, Any]]  # (our operation, the parser's endpoint), by operationId


def model(document: dict[str, Any], names: dict[str, OperationName] | None = None) -> Model:
    """The fixed document (`fix.fix`) parsed, named (`names`, else `name.name(document)`) and
    paired with our per-operation facts."""
    normalised = normalise(document, names)
    # Webhook events become components of their own (generator/webhooks.py).
    document, webhook_events = with_event_schemas(normalised.document)
    data, config = _parse(document)

    modules: dict[str, str] = {}
    for parsed in data.models:
        modules[str(parsed.class_info.name)] = str(parsed.class_info.module_name)
    for enum in data.enums:
        modules[str(enum.class_info.name)] = str(enum.class_info.module_name)

    _name_properties(data, normalised.property_renames, config.field_prefix)
    endpoints = _pair_endpoints(data, normalised)
    return Model(normalised, document, webhook_events, data, config, modules, endpoints)


def _name_properties(data: Any, renames: dict[tuple[str, str], str], field_prefix: str) -> None:
    """The parsed properties get the Python names of the name rules."""
    # Property-level renames keep the wire name and change the Python attribute. The parser copies
    # models into endpoints, so every copy (models and request bodies) is renamed.
    holders = list(data.models) + [
        b.prop for c in data.endpoint_collections_by_tag.values() for e in c.endpoints for b in e.bodies
    ]
    for (schema, wire), python_name in renames.items():
        found = False
        for holder in holders:
            if kind(holder) != "ModelProperty" or str(holder.class_info.name) != schema:
                continue
            for prop in holder.required_properties + holder.optional_properties:
                if raw(prop.name) == wire:
                    prop.python_name = python_name
                    found = True
        if not found:
            raise RenderError(f"rename for unknown property {schema}.{wire}")

    # Wire names with leading underscores (`_id`, `__v`) read as plain attributes (`id`, `v`)
    # unless that would clash with another field of the same model.
    for holder in holders:
        if kind(holder) != "ModelProperty":
            continue
        props = holder.required_properties + holder.optional_properties
        taken = {str(p.python_name) for p in props}
        for prop in props:
            wire = raw(prop.name)
            if wire.startswith("_") and str(prop.python_name).startswith(field_prefix):
                plain = snake(wire.lstrip("_"))
                if plain not in taken:
                    taken.discard(str(prop.python_name))
                    prop.python_name = plain
                    taken.add(plain)


def _pair_endpoints(data: Any, normalised: Normalised) -> list[tuple[OperationInfo, Any]]:
    """Each parsed endpoint with the document's operation of the same route, by operationId."""
    by_route = {route(op.method, op.path): op for op in normalised.operations.values()}
    endpoints: list[tuple[OperationInfo, Any]] = []
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            op = by_route[route(endpoint.method, raw(endpoint.path))]
            endpoints.append((op, endpoint))
    endpoints.sort(key=lambda pair: pair[0].operation_id)
    if len(endpoints) != len(normalised.operations):
        raise RenderError(
            f"parsed {len(endpoints)} operations, the document has {len(normalised.operations)}"
        )
    return endpoints


class RenderError(SpecError):
    """The document (overlay applied) has something the pinned openapi-python-client cannot represent."""


def _parse(document: dict[str, Any]) -> Any:
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG_FILE),
        MetaType("none"),
        Path("openapi.json"),
        "utf-8",
        True,
        None,
    )
    data = GeneratorData.from_dict(document, config=config)
    if isinstance(data, GeneratorError):
        raise RenderError(f"{data.header}: {data.detail}")
    problems = [e for e in data.errors] + [
        e for c in data.endpoint_collections_by_tag.values() for e in c.parse_errors
    ]
    if problems:
        raise RenderError(explain(document, problems, config))
    return data, config


_SCHEMA_PROBLEM = re.compile(r"Unable to (?:process|parse) schema /components/schemas/([^\s:]+)")
_OPERATION_PROBLEM = re.compile(r"parsing ([A-Z]+) (\S+) within")
_PARSER_STRING = re.compile(r"<openapi_python_client[\w.]*UntrustedString object at 0x[0-9a-f]+>")
_REMOVED = re.compile(r"/components/schemas/([^\s:]+)")


def explain(document: dict[str, Any], problems: list[Any], config: Any) -> str:
    """A short account of what openapi-python-client rejected: each schema or operation by name,
    what else it drags out, and the overlay action that would fix it."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    failed: dict[str, str] = {}  # schema -> parser's reason
    removed: set[str] = set()
    operations: dict[tuple[str, str], list[str]] = {}
    other: list[str] = []
    for problem in problems:
        header, detail = str(problem.header or "").strip(), str(problem.detail or "").strip()
        found = _SCHEMA_PROBLEM.search(header)
        if found:
            reason, _, rest = detail.partition("\n\n")
            failed[found.group(1)] = reason.strip()
            removed |= set(_REMOVED.findall(rest)) - {found.group(1)}
            continue
        found = _OPERATION_PROBLEM.search(header)
        if found:
            operations.setdefault((found.group(1), found.group(2)), []).append(detail)
        else:
            other.append(f"{header} {detail}".strip())
    lost = set(failed) | removed
    lines = ["openapi-python-client cannot represent this document; nothing was written."]
    for name, reason in sorted(failed.items()):
        where, node = f"$.components.schemas.{name}", schemas.get(name)
        culprit = _culprit(node, config) if isinstance(node, dict) else None
        if culprit:
            where += f".properties.{culprit}"
            node = node["properties"][culprit]  # type: ignore[index]
        lines.append(f"- schema `{name}`{f' (property `{culprit}`)' if culprit else ''}: {reason}")
        lines.append(f"  declared as: {_brief(node)}")
        dragged = sorted(removed)
        if dragged:
            lines.append(f"  it takes with it: {', '.join(f'`{n}`' for n in dragged)}")
        lines.append(f"  fix: an action in openapi/overlay.yaml with `target: {where}`: an `update` or")
        lines.append("  `remove` that makes it representable, and a `description` saying why")
    for (method, path), details in sorted(operations.items()):
        reasons = sorted({_PARSER_STRING.sub(_statuses(document, method, path, lost), d) for d in details})
        caused = (
            " (a consequence of the schema above)"
            if lost and all("Could not find reference" in d for d in details)
            else ""
        )
        op_id = _operation_id(document, method, path)
        lines.append(f"- operation `{method} {path}` ({op_id}){caused}: {'; '.join(reasons)}")
        if not caused:
            lines.append(
                f"  fix: an action in openapi/overlay.yaml targeting `$.paths['{path}'].{method.lower()}`"
            )
    lines += [f"- {_PARSER_STRING.sub('?', text)}" for text in other]
    return "\n".join(lines)


def _culprit(schema: dict[str, Any], config: Any) -> str | None:
    """The first inline property of a rejected schema that the parser rejects on its own."""
    from openapi_python_client import schema as oai
    from openapi_python_client.parser.errors import PropertyError
    from openapi_python_client.parser.properties import Schemas, property_from_data
    from openapi_python_client.schema.untrusted_string import UntrustedString

    for name, prop in (schema.get("properties") or {}).items():
        if not isinstance(prop, dict) or "$ref" in str(prop):
            continue
        try:
            data = oai.Schema.model_validate(prop)
        except ValueError:
            return str(name)
        parsed, _ = property_from_data(
            name=UntrustedString(str(name)),
            required=False,
            data=data,
            schemas=Schemas(),
            parent_name="Probe",
            config=config,
        )
        if isinstance(parsed, PropertyError):
            return str(name)
    return None


def _brief(node: Any) -> str:
    import json

    if not isinstance(node, dict):
        return json.dumps(node)
    keep = {k: v for k, v in node.items() if k not in ("description", "example", "examples", "properties")}
    text = json.dumps(keep, ensure_ascii=False)
    return text if len(text) <= 200 else text[:200] + "..."


def _operation_id(document: dict[str, Any], method: str, path: str) -> str:
    op = ((document.get("paths") or {}).get(path) or {}).get(method.lower()) or {}
    return str(op.get("operationId") or "no operationId")


def _statuses(document: dict[str, Any], method: str, path: str, lost: set[str]) -> str:
    """The status codes of an operation's responses that reach a rejected schema."""
    import json

    op = ((document.get("paths") or {}).get(path) or {}).get(method.lower()) or {}
    codes = []
    for code, response in (op.get("responses") or {}).items():
        text = json.dumps(resolve(document, response))
        if any(f'/schemas/{name}"' in text for name in lost):
            codes.append(str(code))
    return "/".join(sorted(codes)) or "?"


def kind(prop: Any) -> str:
    """The parser's kind of a property (`ModelProperty`, `ListProperty`, ...)."""
    return type(prop).__name__


def raw(value: Any) -> str:
    """The plain text of a parser string (UntrustedString or str)."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter()) if getter else str(value)
