"""The reference documentation in `docs/`, rendered in the same pass as the code.

`render_docs` is called by `render.render` with the parsed document and the facade entries the
code templates used, so a page can never describe a signature the code does not have. It
returns {path under docs/: Markdown}; every page starts with `DOCS_HEADER`, which is how
`write.sync_docs` tells generated pages from hand-written ones (the migration guide, ...).

Pages (templates `templates/docs_*.md.jinja`):
- `index.md`: every resource and every operation, with links;
- `resources/<name>.md`: one per top-level resource (operations hoisted onto the client, such as
  `novu.trigger`, are on the page named after their module folder): for each operation the
  facade call and the standalone module, parameters (type, where it is sent, description),
  return type, pagination style, the errors it can raise, and a short example;
- `models/index.md` and `models/<Name>.md`: one per model and enum.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from typing import Any

from novu_api._options import OPTIONS

from .model import kind as _kind
from .model import raw
from .name import OperationName, snake
from .normalise import resolve
from .render import type_names

DOCS_HEADER = "<!-- Generated from Novu API {version} by make generate; do not edit. -->"

# The per-call options (novu_api/_options.py); the docs describe them once, on each resource page.
CALL_OPTIONS = tuple(OPTIONS)

PAGINATION = {
    "cursor": (
        "cursor: `limit`, `after` / `before`; iterating follows the page's `next` cursor "
        "until there is none (or it repeats)"
    ),
    "page": "page number: `page`, `limit`; iterating asks for the next page while `hasMore` is true",
    "offset": (
        "offset: `offset`, `limit`; iterating advances `offset` by the items received "
        "until `totalCount` is reached (or `hasMore` is false)"
    ),
}

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_MULTI_BLANK = re.compile(r"\n{3,}")


# -- text --------------------------------------------------------------------------------------
def _outside_code(text: str, fix: Any) -> str:
    """Apply `fix` to the parts of Markdown text outside `code spans`."""
    parts = text.split("`")
    return "`".join(fix(part) if i % 2 == 0 else part for i, part in enumerate(parts))


def md_text(value: Any) -> str:
    """Document text as Markdown prose: HTML neutralised outside code spans, lines unindented."""
    if value is None:
        return ""
    text = raw(value).replace("\r\n", "\n").strip()
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _outside_code(text, lambda s: s.replace("<", "&lt;"))


def md_cell(value: Any) -> str:
    """Document text inside a table cell: one line, pipes escaped."""
    text = " ".join(md_text(value).split())
    return text.replace("|", "\\|")


def md_type(annotation: str, links: dict[str, str]) -> str:
    """A Python annotation for a table cell, with model names linked to their pages."""

    def word(match: re.Match[str]) -> str:
        name = match.group(0)
        return f"[{name}]({links[name]})" if name in links else name

    out = []
    last = 0
    for match in _IDENT.finditer(annotation):
        out.append(_escape_type(annotation[last : match.start()]))
        out.append(word(match))
        last = match.end()
    out.append(_escape_type(annotation[last:]))
    return "".join(out)


def _escape_type(text: str) -> str:
    return text.replace("|", "\\|").replace("[", "\\[").replace("]", "\\]")


def _finish(text: str) -> str:
    """Stable page text: no trailing spaces, at most one blank line in a row, one final newline."""
    lines = [line.rstrip() for line in text.split("\n")]
    return _MULTI_BLANK.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"


# -- examples ------------------------------------------------------------------------------------
class _Example:
    """Builds sample argument values from property types; collects the imports they need."""

    def __init__(self, catalog: dict[str, Any]) -> None:
        self.catalog = catalog  # class name -> the model as rendered (its attributes renamed)
        self.models: set[str] = set()
        self.datetime = False
        self.file = False

    def value(self, prop: Any, name: str, depth: int = 0) -> str:
        kind = _kind(prop)
        found = getattr(prop, "example", None)
        example = raw(found) if found is not None else ""
        if kind == "StringProperty":
            if 0 < len(example) <= 40 and example.isprintable():
                return json.dumps(example)
            return json.dumps(name.upper().strip("_"))
        if kind in ("IntProperty", "FloatProperty"):
            if re.fullmatch(r"-?\d+(\.\d+)?", example):
                return example
            return "10" if name == "limit" else "1"
        if kind == "BooleanProperty":
            return "True"
        if kind == "EnumProperty":
            first = next(iter(prop.values.values()))
            return json.dumps(first) if isinstance(first, str) else repr(first)
        if kind == "ConstProperty":
            return str(prop.value)  # the parser keeps a constant as Python source
        if kind == "DateTimeProperty":
            self.datetime = True
            return "datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)"
        if kind == "DateProperty":
            self.datetime = True
            return "datetime.date(2026, 1, 1)"
        if kind == "FileProperty":
            self.file = True
            return 'File(payload=b"{}", file_name="en_US.json", mime_type="application/json")'
        if kind == "ListProperty":
            return "[" + self.value(prop.inner_property, name, depth) + "]"
        if kind == "UnionProperty":
            members = [p for p in prop.inner_properties if _kind(p) != "NoneProperty"]
            preferred = [p for p in members if _kind(p) == "StringProperty"] or members
            return self.value(preferred[0], name, depth) if preferred else "None"
        if kind == "ModelProperty":
            cls = str(prop.class_info.name)
            self.models.add(cls)
            model = self.catalog.get(cls, prop)
            required = list(model.required_properties or []) if depth < 2 else []
            args = ", ".join(
                f"{p.python_name}={self.value(p, str(p.python_name), depth + 1)}" for p in required
            )
            return f"{cls}({args})"
        if kind == "AnyProperty" and depth < 0:  # an untyped path or query parameter
            return json.dumps(name.upper().strip("_"))
        return "{}"

    def imports(self) -> list[str]:
        lines = []
        if self.datetime:
            lines.append("import datetime")
        if self.file:
            lines.append("from novu_api import File")
        if self.models:
            lines.append("from novu_api.models import " + ", ".join(sorted(self.models)))
        return lines


def _call(target: str, args: list[tuple[str, str]]) -> str:
    one_line = f"{target}(" + ", ".join(f"{k}={v}" for k, v in args) + ")"
    if len(one_line) <= 88:
        return one_line
    return f"{target}(\n" + "".join(f"    {k}={v},\n" for k, v in args) + ")"


def _indent(code: str, prefix: str) -> str:
    return "\n".join(prefix + line if line else line for line in code.split("\n"))


# -- operations ----------------------------------------------------------------------------------
def _page_name(entry: dict[str, Any]) -> str:
    name: OperationName = entry["op"].name
    return name.group[0] if name.group else name.folder[0]


def _anchor(facade: str) -> str:
    return "op-" + facade.replace(".", "-").replace("_", "-")


def _operation(
    entry: dict[str, Any],
    macros: Any,
    links: dict[str, str],
    error_class: Any,
    pages: dict[str, str],
    document: dict[str, Any],
    catalog: dict[str, Any],
) -> dict[str, Any]:
    op = entry["op"]
    document_op = document.get("paths", {}).get(op.path, {}).get(op.method.lower(), {})
    endpoint = entry["endpoint"]
    path_names = {str(p.python_name) for p in endpoint.path_parameters}
    header_names = {str(p.python_name) for p in endpoint.header_parameters}
    params = entry["params"]
    flat = entry["flat"]
    body = entry["body"]

    def arg(prop: Any, where: str, description: Any = None) -> dict[str, Any]:
        return {
            "name": str(prop.python_name),
            "wire": raw(prop.name),
            "type": md_type(str(macros.pytype(prop, optional=False)), links),
            "required": bool(prop.required),
            "where": where,
            "description": md_cell(description if description is not None else prop.description),
        }

    required: list[dict[str, Any]] = []
    optional: list[dict[str, Any]] = []
    samples: list[tuple[str, str]] = []
    example = _Example(catalog)
    # The parser keeps a parameter's schema, not the parameter object: its description and
    # example come from the document.
    declared = {}
    for item in document_op.get("parameters") or []:
        param = resolve(document, item) or {}
        declared[(param.get("in"), param.get("name"))] = param
    for p in params:
        name = str(p.python_name)
        where = "path" if name in path_names else "header" if name in header_names else "query"
        param = declared.get((where, raw(p.name)), {})
        (required if p.required else optional).append(
            arg(p, where, p.description or param.get("description"))
        )
        if p.required:
            value = param.get("example")
            if (
                isinstance(value, str)
                and 0 < len(value) <= 40
                and value.isprintable()
                and _kind(p) == "StringProperty"
            ):
                sample = json.dumps(value)
            else:
                sample = example.value(p, str(p.python_name), depth=-1)
            samples.append((str(p.python_name), sample))
    body_model = None
    if body is not None and _kind(body.prop) == "ModelProperty":
        body_model = str(body.prop.class_info.name)
    if flat:
        aliases = {a["alias"]: a for a in entry.get("aliases") or ()}
        for f in flat:
            entry_arg = arg(f, "body")
            name = entry["arg_names"][str(f.python_name)]
            entry_arg["name"] = name
            if str(f.python_name) in aliases:
                entry_arg["description"] = (
                    f"`{f.python_name}=` is accepted as an alias. " + entry_arg["description"]
                ).strip()
            if f.required:
                required.append(entry_arg)
                samples.append((name, example.value(f, name)))
            else:
                optional.append(entry_arg)
    elif body is not None:
        where = "body (multipart)" if entry["body_kind"] == "multipart" else "body"
        body_arg = {
            "name": "body",
            "wire": "",
            "type": md_type(str(entry["body_type"]), links),
            "required": bool(body.prop.required),
            "where": where,
            "description": md_cell(body.prop.description)
            or ("the whole request body" + (f" (`{body_model}` or a dict)" if body_model else "")),
        }
        (required if body.prop.required else optional).insert(0, body_arg)
        if body.prop.required:
            samples.append(("body", example.value(body.prop, "body")))
    # The facade's order: required parameters, required body fields, then the optional ones.
    required.sort(key=lambda a: a["where"] == "body")
    optional.sort(key=lambda a: a["where"] == "body")

    facade = "novu." + op.name.facade
    paging = entry["pagination"]
    style = paging["style"] if paging else None
    ret = str(entry["ret"])
    if style:
        returns = md_type(f"SyncPage[{entry['item']}]", links)
        returns_async = md_type(f"AsyncPage[{entry['item']}]", links)
    else:
        returns = returns_async = md_type(ret, links)

    call = _call(facade, samples)
    if style:
        code = f"for item in {call}:\n    print(item)"
    elif ret == "None":
        code = call
    else:
        code = f"result = {call}\nprint(result)"
    imports = example.imports()

    # Every error status the document lists, with the body model the runtime decodes it into.
    models = entry["error_models"]
    statuses = [str(code) for code in (document_op.get("responses") or {}) if str(code)[:1] in "45d"]
    statuses += [code for code in models if code not in statuses]
    errors = []
    for status in sorted(statuses, key=lambda code: (not code[:1].isdigit(), code)):
        if status.isdigit():
            cls = error_class(int(status)).__name__
        elif status[:1] == "5":  # a range such as 5XX
            cls = "InternalServerError"
        else:
            cls = "APIStatusError"
        model = models.get(status) or models.get(status[:1] + "XX") or models.get("default")
        errors.append(
            {
                "status": "any other" if status == "default" else status,
                "error": cls,
                "body": md_type(model or "ErrorDto", links)
                + ("" if model else " when it is a JSON object (none declared)"),
            }
        )
    module = op.name.module
    package, _, func = module.rpartition(".")
    return {
        "facade": facade,
        "anchor": _anchor(op.name.facade),
        "page": pages[_page_name(entry)],
        "summary": md_cell(op.summary or op.operation_id),
        "description": md_text(endpoint.description),
        "method": op.method,
        "path": op.path,
        "operation_id": op.operation_id,
        "deprecated": bool(document_op.get("deprecated")),
        "module": module,
        "import_line": f"from {package} import {func}",
        "func": func,
        "flattened": bool(flat),
        "body_model": body_model,
        "required": required,
        "optional": optional,
        "returns": returns,
        "returns_async": returns_async,
        "page_dto": md_type(ret, links) if style else None,
        "style": style,
        "pagination": PAGINATION.get(style or "", "not paginated"),
        "errors": errors,
        "example": "\n".join([*imports, *([""] if imports else []), code]),
        "async_example": _async_example(facade, samples, style, ret),
    }


def _async_example(facade: str, samples: list[tuple[str, str]], style: str | None, ret: str) -> str:
    call = _call("await " + facade, samples)
    if style:
        return f"async for item in {call}:\n    print(item)"
    if ret == "None":
        return call
    return f"result = {call}"


# -- models --------------------------------------------------------------------------------------
def _model_page(model: Any, macros: Any, links: dict[str, str]) -> dict[str, Any]:
    props = list(model.required_properties or []) + list(model.optional_properties or [])
    fields = []
    for p in props:
        wire = raw(p.name)
        fields.append(
            {
                "name": str(p.python_name),
                "wire": wire,
                "renamed": wire != str(p.python_name),
                "type": md_type(str(macros.pytype(p, optional=False)), links),
                "required": bool(p.required),
                "description": md_cell(p.description),
            }
        )
    return {
        "name": str(model.class_info.name),
        "title": md_cell(getattr(model, "title", None)),
        "description": md_text(model.description),
        "fields": fields,
        "enum": None,
    }


def _enum_page(enum: Any) -> dict[str, Any]:
    return {
        "name": str(enum.class_info.name),
        "title": "",
        "description": md_text(enum.description),
        "fields": [],
        "enum": [
            {"member": str(member), "value": json.dumps(value) if isinstance(value, str) else repr(value)}
            for member, value in enum.values.items()
        ],
        "value_type": "int" if enum.value_type is int else "str",
    }


# -- the pass ------------------------------------------------------------------------------------
def render_docs(
    env: Any,
    data: Any,
    entries: list[dict[str, Any]],
    document: dict[str, Any],
    api_version: str,
    official: Any = None,
) -> dict[str, str]:
    """{path under docs/: page} for the parsed document and the facade entries of this render;
    with `official` (generator.migration.OfficialNames), the migration guides from Novu's SDKs."""
    from novu_api.errors import error_class

    macros = env.get_template("macros.jinja").module
    header = DOCS_HEADER.format(version=api_version)
    models = sorted(data.models, key=lambda m: str(m.class_info.name))
    enums = sorted(data.enums, key=lambda e: str(e.class_info.name))
    names = sorted([str(m.class_info.name) for m in models] + [str(e.class_info.name) for e in enums])
    from_resources = {n: f"../models/{n}.md" for n in names}
    from_models = {n: f"{n}.md" for n in names}
    catalog = {str(m.class_info.name): m for m in models}

    page_names = sorted({_page_name(e) for e in entries})
    pages = {name: f"resources/{name}.md" for name in page_names}
    operations = [
        _operation(e, macros, from_resources, error_class, pages, document, catalog)
        for e in sorted(entries, key=lambda e: e["op"].name.facade)
    ]
    by_page: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entry, info in zip(sorted(entries, key=lambda e: e["op"].name.facade), operations, strict=True):
        by_page[_page_name(entry)].append(info)

    # Which operations and models use each model directly.
    used_by_ops: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entry, info in zip(sorted(entries, key=lambda e: e["op"].name.facade), operations, strict=True):
        for name in sorted(entry["annotation_names"]):
            used_by_ops[name].append(info)
    used_in: dict[str, set[str]] = defaultdict(set)
    for model in models:
        for prop in list(model.required_properties or []) + list(model.optional_properties or []):
            for name in type_names(prop):
                if name != str(model.class_info.name):
                    used_in[name].add(str(model.class_info.name))

    files: dict[str, str] = {}
    resource_template = env.get_template("docs_resource.md.jinja")
    resources = []
    for name in page_names:
        ops = by_page[name]
        hoisted = [o for o in ops if o["facade"].count(".") == 1]
        title = name.replace("_", " ").capitalize()
        resources.append(
            {"name": name, "title": title, "file": pages[name], "operations": ops, "hoisted": bool(hoisted)}
        )
        files[pages[name]] = resource_template.render(
            header=header,
            title=title,
            name=name,
            operations=ops,
            hoisted=bool(hoisted),
            options=", ".join(f"`{o}`" for o in CALL_OPTIONS),
            api_version=api_version,
        )

    model_template = env.get_template("docs_model.md.jinja")
    summaries = []
    for page in [_model_page(m, macros, from_models) for m in models] + [_enum_page(e) for e in enums]:
        name = page["name"]
        page["used_by"] = [
            {"facade": o["facade"], "link": f"../{o['page']}#{o['anchor']}"}
            for o in used_by_ops.get(name, [])
        ]
        page["used_in"] = sorted(used_in.get(name, ()))
        files[f"models/{name}.md"] = model_template.render(header=header, model=page)
        first = page["description"].split("\n\n")[0] if page["description"] else page["title"]
        summaries.append(
            {"name": name, "kind": "enum" if page["enum"] is not None else "model", "summary": md_cell(first)}
        )
    summaries.sort(key=lambda s: s["name"])
    files["models/index.md"] = env.get_template("docs_models_index.md.jinja").render(
        header=header, models=summaries, api_version=api_version
    )
    files["index.md"] = env.get_template("docs_index.md.jinja").render(
        header=header,
        resources=resources,
        operations=operations,
        model_count=len(models),
        enum_count=len(enums),
        api_version=api_version,
    )
    if official is not None:
        files.update(_migration_pages(env, header, operations, official, api_version))
    return {path: _finish(text) for path, text in sorted(files.items())}


MIGRATIONS = {
    # page -> (SDK, how its docs spell a call, the attribute of OfficialNames)
    "migrating-from-novu-py.md": ("novu-py", "python"),
    "migrating-from-novu-ts.md": ("@novu/api", "typescript"),
}


def _migration_pages(
    env: Any, header: str, operations: list[dict[str, Any]], official: Any, api_version: str
) -> dict[str, str]:
    """One table row per operation of the pinned release: the official SDK's call, ours, the route."""
    template = env.get_template("docs_migration.md.jinja")
    files = {}
    for page, (sdk, language) in MIGRATIONS.items():
        names: dict[str, str] = getattr(official, language)
        rows = []
        for o in operations:
            theirs = names.get(o["operation_id"])
            ours = o["facade"][len("novu.") :]
            if language == "typescript" and theirs is not None:
                same = ours == ".".join(snake(part) for part in theirs.split("."))
            else:
                same = ours == theirs
            rows.append({**o, "theirs": theirs, "same": same})
        rows.sort(key=lambda r: (r["theirs"] is None, r["theirs"] or "", r["facade"]))
        files[page] = template.render(
            header=header,
            sdk=sdk,
            language=language,
            rows=rows,
            renamed=sum(1 for r in rows if r["theirs"] is not None and not r["same"]),
            missing=sum(1 for r in rows if r["theirs"] is None),
            source=official.source,
            api_version=api_version,
        )
    return files
