"""Stage 5, render: the model (`model.py`) through our templates into {path under novu_api/: source}.

Nothing here parses or names: `environment()` registers every filter and template global in
one place, and the rest builds each template's context from the model.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import partial
from pathlib import Path
from typing import Any

from novu_api._options import OPTIONS

from . import docstrings, error_bodies, fields
from .model import Model, RenderError, raw
from .model import kind as _kind
from .normalise import IDEMPOTENCY_HEADER, OperationInfo
from .webhooks import render_events

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
# Names a generated argument cannot take: the per-call options (novu_api/_options.py), the
# `**options` that carries them, and the names every signature already has.
CLIENT_OPTIONS = {*OPTIONS, "options", "client", "self", "body"}


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
    parsed: Model, api_version: str, docs: dict[str, str] | None = None, official: Any = None
) -> dict[str, str]:
    """{path under novu_api/: source}; with `docs`, also fills it with the reference pages
    (`generator/docs.py`) rendered from this same parse and facade."""
    env = environment(parsed, api_version)
    data, modules, normalised = parsed.data, parsed.modules, parsed.normalised
    import_line = partial(_import_line, modules)

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
    endpoint_template = env.get_template("endpoint_module.py.jinja")
    facade: list[dict[str, Any]] = []
    packages: set[tuple[str, ...]] = set()
    contexts = [
        (op, endpoint, _endpoint_context(op, endpoint, import_line)) for op, endpoint in parsed.endpoints
    ]
    default_errors = _default_errors([ctx["error_models"] for _, _, ctx in contexts])
    for op, endpoint, ctx in contexts:
        folder = op.name.folder
        for i in range(len(folder) + 1):
            packages.add(folder[:i])
        files["api/" + "/".join((*folder, op.name.method)) + ".py"] = endpoint_template.render(
            op=op,
            endpoint=endpoint,
            own_errors=None if ctx["error_models"] == default_errors else ctx["error_models"],
            **ctx,
        )
        facade.append({"op": op, "endpoint": endpoint, **ctx})
    for package in sorted(packages):
        files["/".join(("api", *package, "__init__.py"))] = env.get_template("package_init.py.jinja").render(
            doc=f"Standalone operation modules{' for ' + '.'.join(package) if package else ''}."
        )

    files.update(_render_facade(env, facade, import_line, normalised.argument_names))
    files["operations.py"] = env.get_template("operations.py.jinja").render(
        ops=[f["op"] for f in facade],
        default_errors=default_errors,
        error_bodies=error_bodies.body_types([f["error_models"] for f in facade], set(modules)),
        webhook_events=parsed.webhook_events,
        webhook_modules=modules,
    )
    files.update(render_events(env, parsed.webhook_events, modules))
    # The testing kit's view of the document (generator/wire.py); its package is hand-written.
    from .wire import wire_facts

    files["testing/_document.py"] = env.get_template("testing_document.py.jinja").render(
        **wire_facts(normalised, parsed.endpoints)
    )
    if docs is not None:
        from .docs import render_docs

        docs.update(render_docs(env, data, facade, parsed.document, api_version, official))
    return files


def environment(parsed: Model, api_version: str) -> Any:
    """openapi-python-client's Jinja environment over `templates/`, with every filter and global
    our templates use registered here, each a plain function of its arguments (and of this parse)."""
    from openapi_python_client import Project

    env = Project(openapi=parsed.data, config=parsed.config, custom_template_path=TEMPLATES).env
    cyclic = _cyclic_pairs({str(m.class_info.name): fields.model_names(m) for m in parsed.data.models})
    discriminators = parsed.normalised.discriminators
    env.filters.update(lit=_lit, pyrepr=_pyrepr, builtin_list=_builtin_list)
    env.globals.update(
        api_version=api_version,
        discriminator=partial(_discriminator, parsed.normalised.discriminators),
        model_members=model_members,
        model_fields=partial(_model_fields, discriminators),
        field_annotation=fields.annotation,
        argument_annotation=fields.argument_annotation,
        body_spec=_body_spec,
        returns_value=_returns_value,
        model_imports=partial(model_imports, parsed.modules, cyclic, discriminators),
        model_lazy_imports=partial(model_lazy_imports, parsed.modules, cyclic),
        docstring=docstrings.make(env, parsed.normalised.document),
    )
    return env


def _lit(value: Any) -> str:
    """A double-quoted Python string literal of document text."""
    from openapi_python_client.strings import in_double_quote_literal

    return '"' + in_double_quote_literal(value) + '"'


def _builtin_list(text: Any) -> str:
    """Inside resource classes a method may be called `list`; annotations must name the builtin."""
    return re.sub(r"(?<![\w.])list\[", "builtins.list[", str(text))


def _import_line(modules: dict[str, str], name: str) -> str:
    return f"from novu_api.models.{modules[name]} import {name}"


def model_members(prop: Any) -> list[str]:
    return [str(p.class_info.name) for p in prop.inner_properties if _kind(p) == "ModelProperty"]


def _discriminator(
    discriminators: dict[tuple[str, str], dict[str, Any]], owner: str, wire: str
) -> dict[str, Any] | None:
    return discriminators.get((owner, raw(wire)))


def _lazy_names(cyclic: set[tuple[str, str]], model: Any) -> set[str]:
    """Classes a model decodes that sit in one import cycle with it (imported at the end)."""
    own = str(model.class_info.name)
    return {n for n in fields.model_names(model) - {own} if (own, n) in cyclic}


def model_imports(
    modules: dict[str, str], cyclic: set[tuple[str, str]], discriminators: dict[Any, Any], model: Any
) -> list[str]:
    """What a model module imports: the classes it decodes (those in a cycle with it come last,
    `model_lazy_imports`) and what its fields' annotations and checks need (generator/fields.py)."""
    import_line = partial(_import_line, modules)
    names = fields.model_names(model) - {str(model.class_info.name)}
    lines = [import_line(n) for n in sorted(names - _lazy_names(cyclic, model))]
    return lines + fields.model_imports(_model_fields(discriminators, model), False)


def _model_fields(discriminators: dict[Any, Any], model: Any) -> list[fields.Field]:
    return fields.model_fields(model, discriminators)


def _body_spec(prop: Any) -> str:
    return fields.body_spec(prop)[0]


def _returns_value(prop: Any) -> bool:
    return fields.kind_of(prop).tag != "null"


def model_lazy_imports(modules: dict[str, str], cyclic: set[tuple[str, str]], model: Any) -> list[str]:
    return [_import_line(modules, n) for n in sorted(_lazy_names(cyclic, model))]


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
        # The page-number fields the page style reads, when the page DTO has them: the runtime
        # reads the attributes named here and never guesses.
        for role, wire in (("page", "page"), ("page_size", "pageSize"), ("has_more", "hasMore")):
            if wire in attr and role not in paging["response"]:
                paging["response"][role] = attr[wire]
        # Only query names that differ from their role (the runtime defaults to the role).
        paging["request"] = {role: wire for role, wire in op.pagination.request.items() if role != wire}
        if not paging["request"]:
            del paging["request"]
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
        "plain_body": _plain_body(body) if body_kind == "json" else None,
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


def _plain_body(body: Any) -> dict[str, tuple[str, ...] | None] | None:
    """Wire name -> the exact types a field's value is sent as given in (`generator/plain.py`), for
    a JSON object body; None when no field has any."""
    from .plain import plain_types

    if _kind(body.prop) != "ModelProperty":
        return None
    table = {}
    for prop in body.prop.required_properties + body.prop.optional_properties:
        types = plain_types(fields.kind_of(prop))
        if types is None or types:
            table[raw(prop.name)] = types
    return table or None


def _default_errors(tables: list[dict[str, str]]) -> dict[str, str]:
    """The error table most operations share: emitted once (`operations.DEFAULT_ERRORS`), and
    only the operations whose table differs carry their own."""
    counts: dict[tuple[tuple[str, str], ...], int] = defaultdict(int)
    for table in tables:
        counts[tuple(sorted(table.items()))] += 1
    if not counts:
        return {}
    best = max(counts.items(), key=lambda item: (item[1], item[0]))[0]
    return dict(best)


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
