"""Parse with openapi-python-client and render our templates into {relative path: source}."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from . import fields
from .naming import snake
from .normalise import IDEMPOTENCY_HEADER, Normalised, OperationInfo, resolve
from .spec import SpecError
from .webhooks import render_events, with_event_schemas

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
CONFIG_FILE = Path(__file__).resolve().parent / "config.yaml"
CLIENT_OPTIONS = {
    "client",
    "timeout",
    "max_retries",
    "retry",
    "idempotency_key",
    "extra_headers",
    "extra_query",
    "self",
    "body",
}


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


def _kind(prop: Any) -> str:
    return type(prop).__name__


def type_names(prop: Any) -> set[str]:
    """Generated class names a property's Python type refers to."""
    kind = _kind(prop)
    if kind in ("ModelProperty", "EnumProperty", "LiteralEnumProperty"):
        return {str(prop.class_info.name)}
    if kind == "ListProperty":
        return type_names(prop.inner_property)
    if kind == "UnionProperty":
        return set().union(*(type_names(p) for p in prop.inner_properties))
    return set()


def _runtime_names(prop: Any) -> set[str]:
    """Class names the decode expression of a property refers to at run time."""
    kind = _kind(prop)
    if kind in ("ModelProperty", "EnumProperty"):
        return {str(prop.class_info.name)}
    if kind == "ListProperty":
        return _runtime_names(prop.inner_property)
    if kind == "UnionProperty":
        return {str(p.class_info.name) for p in prop.inner_properties if _kind(p) == "ModelProperty"}
    return set()


def raw(value: Any) -> str:
    """The plain text of a parser string (UntrustedString or str)."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter()) if getter else str(value)


def _pyrepr(value: Any) -> str:
    """A Python literal for plain data (dicts, lists, str, bool, None), with document text escaped."""
    from openapi_python_client.strings import in_double_quote_literal

    if isinstance(value, dict):
        return "{" + ", ".join(f"{_pyrepr(k)}: {_pyrepr(v)}" for k, v in value.items()) + "}"
    if isinstance(value, tuple):
        return "(" + "".join(_pyrepr(v) + ", " for v in value) + ")"
    if isinstance(value, list):
        return "[" + ", ".join(_pyrepr(v) for v in value) + "]"
    if isinstance(value, str) or hasattr(value, "get_untrusted_value"):
        return '"' + in_double_quote_literal(value) + '"'
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    raise RenderError(f"cannot embed {type(value).__name__} in generated code")


# The standard idempotency header: every call already sends it, one key per logical call (the
# per-call `idempotency_key` option), so a declared header parameter of this name is not an argument.

_SAFE_PATH = re.compile(r"^[A-Za-z0-9/_\-.~{}]+$")


def render(
    normalised: Normalised, api_version: str, docs: dict[str, str] | None = None, official: Any = None
) -> dict[str, str]:
    """{path under novu_api/: source}; with `docs`, also fills it with the reference pages
    (`generator/docs.py`) rendered from this same parse and facade."""
    from openapi_python_client import Project
    from openapi_python_client.strings import in_double_quote_literal

    # Webhook events become components of their own (generator/webhooks.py).
    document, webhook_events = with_event_schemas(normalised.document)
    data, config = _parse(document)
    project = Project(openapi=data, config=config, custom_template_path=TEMPLATES)
    env = project.env
    env.filters["lit"] = lambda value: '"' + in_double_quote_literal(value) + '"'
    env.filters["pyrepr"] = _pyrepr
    # Inside resource classes a method may be called `list`; annotations must name the builtin.
    env.filters["builtin_list"] = lambda text: re.sub(r"(?<![\w.])list\[", "builtins.list[", str(text))

    modules: dict[str, str] = {}
    for model in data.models:
        modules[str(model.class_info.name)] = str(model.class_info.module_name)
    for enum in data.enums:
        modules[str(enum.class_info.name)] = str(enum.class_info.module_name)

    # Property-level renames keep the wire name and change the Python attribute. The parser copies
    # models into endpoints, so every copy (models and request bodies) is renamed.
    holders = list(data.models) + [
        b.prop for c in data.endpoint_collections_by_tag.values() for e in c.endpoints for b in e.bodies
    ]
    for (schema, wire), python_name in normalised.property_renames.items():
        found = False
        for holder in holders:
            if _kind(holder) != "ModelProperty" or str(holder.class_info.name) != schema:
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
        if _kind(holder) != "ModelProperty":
            continue
        props = holder.required_properties + holder.optional_properties
        taken = {str(p.python_name) for p in props}
        for prop in props:
            wire = raw(prop.name)
            if wire.startswith("_") and str(prop.python_name).startswith(config.field_prefix):
                plain = snake(wire.lstrip("_"))
                if plain not in taken:
                    taken.discard(str(prop.python_name))
                    prop.python_name = plain
                    taken.add(plain)

    def import_line(name: str) -> str:
        return f"from novu_api.models.{modules[name]} import {name}"

    def model_members(prop: Any) -> list[str]:
        return [str(p.class_info.name) for p in prop.inner_properties if _kind(p) == "ModelProperty"]

    def discriminator(owner: str, wire: str) -> dict[str, Any] | None:
        return normalised.discriminators.get((owner, raw(wire)))

    cyclic = _cyclic_pairs({str(m.class_info.name): fields.model_names(m) for m in data.models})
    lazy_by_model: dict[str, set[str]] = {}

    def model_imports(model: Any) -> list[str]:
        own = str(model.class_info.name)
        names = fields.model_names(model)
        lazy = {n for n in names if (own, n) in cyclic}
        lazy_by_model[own] = lazy
        lines = [import_line(n) for n in sorted(names - lazy)]
        return lines + fields.model_imports(model_fields(model), False)

    def model_fields(model: Any) -> list[fields.Field]:
        return fields.model_fields(model, normalised.discriminators)

    def model_lazy_imports(model: Any) -> list[str]:
        return [import_line(n) for n in sorted(lazy_by_model.get(str(model.class_info.name), ()))]

    env.globals.update(
        api_version=api_version,
        model_fields=model_fields,
        field_annotation=fields.annotation,
        argument_annotation=fields.argument_annotation,
        body_spec=lambda prop: fields.body_spec(prop)[0],
        returns_value=lambda prop: fields.kind_of(prop).tag != "null",
        discriminator=discriminator,
        model_members=model_members,
        model_imports=model_imports,
        model_lazy_imports=model_lazy_imports,
    )

    files: dict[str, str] = {}
    model_template = env.get_template("model.py.jinja")
    for model in sorted(data.models, key=lambda m: str(m.class_info.name)):
        files[f"models/{model.class_info.module_name}.py"] = model_template.render(model=model)
    for enum in sorted(data.enums, key=lambda e: str(e.class_info.name)):
        template = "int_enum.py.jinja" if enum.value_type is int else "str_enum.py.jinja"
        files[f"models/{enum.class_info.module_name}.py"] = env.get_template(template).render(enum=enum)
    files["models/__init__.py"] = env.get_template("models_init.py.jinja").render(
        exports=sorted(modules.items())
    )

    # Operations
    def route(method: str, path: str) -> tuple[str, str]:
        return method.upper(), re.sub(r"\{[^}]*\}", "{}", path)

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

    endpoint_template = env.get_template("endpoint_module.py.jinja")
    facade: list[dict[str, Any]] = []
    packages: set[tuple[str, ...]] = set()
    for op, endpoint in endpoints:
        ctx = _endpoint_context(op, endpoint, import_line)
        folder = op.name.folder
        for i in range(len(folder) + 1):
            packages.add(folder[:i])
        files["api/" + "/".join((*folder, op.name.method)) + ".py"] = endpoint_template.render(
            op=op, endpoint=endpoint, **ctx
        )
        facade.append({"op": op, "endpoint": endpoint, **ctx})
    for package in sorted(packages):
        files["/".join(("api", *package, "__init__.py"))] = env.get_template("package_init.py.jinja").render(
            doc=f"Standalone operation modules{' for ' + '.'.join(package) if package else ''}."
        )

    files.update(_render_facade(env, facade, import_line, normalised.argument_names))
    files["operations.py"] = env.get_template("operations.py.jinja").render(
        ops=[f["op"] for f in facade], webhook_events=webhook_events, webhook_modules=modules
    )
    files.update(render_events(env, webhook_events, modules))
    # The testing kit's view of the document (generator/wire.py); its package is hand-written.
    from .wire import wire_facts

    files["testing/_document.py"] = env.get_template("testing_document.py.jinja").render(
        **wire_facts(normalised, endpoints)
    )
    if docs is not None:
        from .docs import render_docs

        docs.update(render_docs(env, data, facade, document, api_version, official))
    return files


def _model_deps(model: Any) -> set[str]:
    props = model.required_properties + model.optional_properties
    return set().union(*(_runtime_names(p) for p in props)) if props else set()


def _cyclic_pairs(graph: dict[str, set[str]]) -> set[tuple[str, str]]:
    """(model, dependency) pairs inside one import cycle (a strongly connected component).

    Those imports go at the end of the module, after the class exists; every other import
    stays at the top, so decoding never runs an import statement.
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    component: dict[str, int] = {}
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work: list[tuple[str, list[str]]] = [(root, sorted(graph.get(root, ())))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, todo = work[-1]
            if todo:
                nxt = todo.pop()
                if nxt not in graph:
                    continue
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, sorted(graph.get(nxt, ()))))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component[member] = index[node]
                    if member == node:
                        break
    return {
        (a, b)
        for a, deps in graph.items()
        for b in deps
        if a != b and b in component and component.get(a) == component[b]
    }


def _endpoint_context(op: OperationInfo, endpoint: Any, import_line: Any) -> dict[str, Any]:
    headers = [p for p in endpoint.header_parameters if raw(p.name).lower() != IDEMPOTENCY_HEADER]
    params = list(endpoint.path_parameters) + list(endpoint.query_parameters) + headers
    # Required parameters first keeps the generated signature readable; all are keyword-only.
    params.sort(key=lambda p: (not p.required,))
    body = endpoint.bodies[0] if endpoint.bodies else None
    body_kind = None
    body_type = "Any"
    file_fields: list[str] = []
    annotation_names: set[str] = set()
    if body is not None:
        content = raw(body.content_type)
        body_kind = "multipart" if content.startswith("multipart/") else "json"
        names = type_names(body.prop)
        annotation_names |= names
        body_type = body.prop.get_type_string(no_optional=True).as_unembedded_code() if names else "Any"
        if _kind(body.prop) == "ModelProperty":
            body_type = f"{body_type} | dict[str, Any]"
            for prop in body.prop.required_properties + body.prop.optional_properties:
                kind = _kind(prop)
                if kind == "FileProperty" or (
                    kind == "ListProperty" and _kind(prop.inner_property) == "FileProperty"
                ):
                    file_fields.append(raw(prop.name))
    success = next(
        (
            r
            for r in endpoint.responses.patterns
            if r.status_code.range and 200 <= r.status_code.range[0] < 300
        ),
        None,
    )
    if success is not None and success.source["return_type"] == "None":
        # Declared without content (e.g. 204): the parser gives an untyped property, but there is
        # nothing to decode, so the operation returns None and does not expect a JSON body.
        success = None
    runtime: set[str] = set()
    ret = "None"
    if success is not None and _kind(success.prop) != "NoneProperty":
        runtime = fields.result_spec(success.prop)[1]
        annotation_names |= type_names(success.prop)
        ret = success.prop.get_type_string(no_optional=True).as_unembedded_code()
    for p in params:
        annotation_names |= type_names(p)

    url = op.path
    if not _SAFE_PATH.match(url):
        raise RenderError(f"unexpected characters in path {url!r}")
    for p in endpoint.path_parameters:
        url = url.replace(
            "{" + raw(p.name) + "}",
            '{_c.path_param("' + str(p.python_name) + '", ' + str(p.python_name) + ")}",
        )
    url_expr = ("f" if endpoint.path_parameters else "") + '"' + url + '"'

    item = "Any"
    paging: dict[str, Any] | None = op.pagination.as_dict() if op.pagination else None
    if op.pagination and paging and success is not None and _kind(success.prop) == "ModelProperty":
        # Page objects read the page DTO's attributes: give them the names the model really has
        # (`next` is `next_`, a builtin), not a guess from the wire name. Query names stay wire names.
        page_props = success.prop.required_properties + success.prop.optional_properties
        attr = {raw(p.name): str(p.python_name) for p in page_props}
        paging["items"] = attr.get(op.pagination.items, op.pagination.items)
        paging["response"] = {role: attr.get(wire, wire) for role, wire in op.pagination.response.items()}
        for prop in success.prop.required_properties + success.prop.optional_properties:
            if raw(prop.name) == op.pagination.items and _kind(prop) == "ListProperty":
                item = prop.inner_property.get_type_string(no_optional=True).as_unembedded_code()
                annotation_names |= type_names(prop.inner_property)
    if body is not None:
        runtime |= fields.body_spec(body.prop)[1]
    for p in endpoint.query_parameters + headers:  # their specs check the values sent
        runtime |= fields.body_spec(p)[1]
    lines = [import_line(n) for n in sorted(runtime)]
    typing_only = sorted(annotation_names - runtime)
    if typing_only:
        lines.append("if TYPE_CHECKING:\n" + "\n".join("    " + import_line(n) for n in typing_only))
    if any(_kind(p) in ("DateTimeProperty", "DateProperty") for p in params):
        lines.append("import datetime")

    errors: dict[str, str] = {}
    for response in endpoint.responses.patterns:
        code = raw(response.status_code.pattern)
        if (
            response.status_code.range
            and response.status_code.range[0] >= 400
            and _kind(response.prop) == "ModelProperty"
        ):
            errors[str(code)] = str(response.prop.class_info.name)
    if endpoint.responses.default is not None and _kind(endpoint.responses.default.prop) == "ModelProperty":
        errors["default"] = str(endpoint.responses.default.prop.class_info.name)

    depth = len(op.name.folder) + 2
    return {
        "params": params,
        "header_params": headers,
        "body": body,
        "body_kind": body_kind,
        "body_type": body_type,
        "file_fields": file_fields,
        "success": success,
        "pagination": paging,
        "imports": lines,
        "error_models": dict(sorted(errors.items())),
        "url_expr": url_expr,
        "dots": "." * depth,
        "client_var": "novu",
        "annotation_names": annotation_names,
        "ret": ret,
        "item": item,
    }


def _pascal(parts: tuple[str, ...]) -> str:
    return "".join(word.capitalize() for part in parts for word in part.split("_"))


def _render_facade(
    env: Any, entries: list[dict[str, Any]], import_line: Any, argument_names: dict[tuple[str, str], str]
) -> dict[str, str]:
    """Resource classes per top-level group, plus the client mixins with the hoisted operations."""
    tree: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    groups: set[tuple[str, ...]] = set()
    for entry in entries:
        group = entry["op"].name.group
        tree[group].append(entry)
        for i in range(1, len(group) + 1):
            groups.add(group[:i])
    for entry in entries:
        entry["flat"] = _flatten(entry)
        entry["arg_names"], entry["aliases"] = _argument_names(entry, argument_names)
        for prop in entry["flat"] or ():
            entry["annotation_names"] |= type_names(prop)
        entry["many"] = _many(entry)
        if entry["many"]:
            entry["annotation_names"] |= entry["many"]["names"]

    files: dict[str, str] = {}
    template = env.get_template("resource_module.py.jinja")
    tops = sorted({g[0] for g in groups})
    for top in tops:
        members = sorted(g for g in groups if g[0] == top)
        classes = []
        names: set[str] = set()
        for group in members:
            children = sorted(g for g in groups if len(g) == len(group) + 1 and g[: len(group)] == group)
            methods = sorted(tree.get(group, []), key=lambda e: e["op"].name.method)
            _drop_clashing_many(methods, {c[-1] for c in children})
            for m in methods:
                names |= m["annotation_names"]
            classes.append(
                {
                    "name": _pascal(group) + "Resource",
                    "path": ".".join(group),
                    "children": [(c[-1], _pascal(c) + "Resource") for c in children],
                    "methods": methods,
                }
            )
        files[f"resources/{top}.py"] = template.render(
            classes=classes, typing_imports=[import_line(n) for n in sorted(names)]
        )
    hoisted = sorted(tree.get((), []), key=lambda e: e["op"].name.method)
    _drop_clashing_many(hoisted, set(tops))
    names = set().union(*(e["annotation_names"] for e in hoisted)) if hoisted else set()
    files["resources/__init__.py"] = env.get_template("package_init.py.jinja").render(
        doc="The resource facade behind `Novu` and `AsyncNovu`, one module per top-level resource."
    )
    files["resources/root.py"] = env.get_template("resources_root.py.jinja").render(
        tops=[(t, _pascal((t,)) + "Resource") for t in tops],
        methods=hoisted,
        typing_imports=[import_line(n) for n in sorted(names)],
    )
    return files


def _drop_clashing_many(methods: list[dict[str, Any]], children: set[str]) -> None:
    """A bulk helper whose name is already a method or a sub-resource is not generated."""
    taken = {m["op"].name.method for m in methods} | children
    for m in methods:
        if m["many"] and m["many"]["method"] in taken:
            m["many"] = None
        elif m["many"]:
            taken.add(m["many"]["method"])


def _many(entry: dict[str, Any]) -> dict[str, Any] | None:
    """The bulk helper of a POST whose body is an array with a stated maximum (see `_bulk.py`):
    `trigger_bulk` -> `trigger_many`, `create_bulk` -> `create_many`, `create` -> `create_many`.

    It takes the items as its first argument plus the operation's required path parameters;
    a result's value is typed when the answer is a list with one entry per item.
    """
    op: OperationInfo = entry["op"]
    body = entry["body"]
    if op.bulk is None or op.method != "POST" or body is None or _kind(body.prop) != "ModelProperty":
        return None
    fields = body.prop.required_properties + body.prop.optional_properties
    items = next((f for f in fields if raw(f.name) == op.bulk.items), None)
    if items is None or _kind(items) != "ListProperty":
        return None
    if any(p.required for p in entry["endpoint"].query_parameters):
        return None
    inner = items.inner_property
    names = type_names(inner)
    item_type = inner.get_type_string(no_optional=True).as_unembedded_code()
    if names:
        item_type += " | dict[str, Any]"
    value_type = "Any"
    success = entry["success"]
    if success is not None and _kind(success.prop) == "ListProperty":
        value_type = success.prop.inner_property.get_type_string(no_optional=True).as_unembedded_code()
        names = names | type_names(success.prop.inner_property)
    method = op.name.method
    stem = method.removesuffix("_bulk").removeprefix("bulk_")
    return {
        "method": f"{stem}_many",
        "argument": str(items.python_name),
        "item_type": item_type,
        "value_type": value_type,
        "path_params": list(entry["endpoint"].path_parameters),
        "limit": op.bulk.limit,
        "names": names,
    }


def _flatten(entry: dict[str, Any]) -> list[Any] | None:
    """Body fields as keyword arguments, when the body is one object and no name clashes."""
    body = entry["body"]
    if body is None or _kind(body.prop) != "ModelProperty":
        return None
    fields = body.prop.required_properties + body.prop.optional_properties
    taken = {str(p.python_name) for p in entry["params"]} | CLIENT_OPTIONS
    if any(str(f.python_name) in taken for f in fields):
        return None
    return sorted(fields, key=lambda f: not f.required)


def _argument_names(
    entry: dict[str, Any], argument_names: dict[tuple[str, str], str]
) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """Facade argument name per flattened field, and the aliases: the fields whose argument is
    renamed (`x-novu-api-argument`), each still accepted under its own Python name."""
    names = {str(f.python_name): str(f.python_name) for f in entry["flat"] or ()}
    if not entry["flat"]:
        return names, []
    schema = str(entry["body"].prop.class_info.name)
    aliases = []
    for f in entry["flat"]:
        preferred = argument_names.get((schema, raw(f.name)))
        if not preferred or preferred == str(f.python_name):
            continue
        taken = {str(p.python_name) for p in entry["params"]} | CLIENT_OPTIONS | set(names.values())
        if preferred in taken:
            raise RenderError(
                f"argument name {preferred!r} for {schema}.{raw(f.name)} clashes with another argument"
            )
        names[str(f.python_name)] = preferred
        aliases.append(
            {"arg": preferred, "alias": str(f.python_name), "wire": raw(f.name), "required": f.required}
        )
    return names, aliases
