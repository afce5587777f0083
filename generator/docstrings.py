"""Docstrings of the standalone `sync` functions and of the facade methods.

`help(novu.subscribers.create)`, an IDE's hover and `docs/` answer the same questions: what the
operation does, each argument (type, where it is sent, description, constraints from its schema),
what it returns, which error each declared status raises (with the body model it carries), the
per-call options, and a short example. The text is built from the parsed operation (the same
entry the signature is rendered from) and the document (parameter descriptions and schema
constraints the parser does not keep).

Entry point: `make(env, document)` returns the `docstring(entry, target, indent)` template
function; `target` is "function" (standalone module), "method" or "async" (facade).
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from typing import Any

from .normalise import resolve

WIDTH = 100
# Schema keywords shown as constraints, in this order, with how each reads.
CONSTRAINTS: tuple[tuple[str, str], ...] = (
    ("minimum", ">= {}"),
    ("exclusiveMinimum", "> {}"),
    ("maximum", "<= {}"),
    ("exclusiveMaximum", "< {}"),
    ("minLength", "at least {} characters"),
    ("maxLength", "at most {} characters"),
    ("minItems", "at least {} items"),
    ("maxItems", "at most {} items"),
    ("pattern", "matches {}"),
    ("format", "format {}"),
    ("default", "default {}"),
)


def _raw(value: Any) -> str:
    """The plain text of a parser string (UntrustedString or str); "" for None."""
    if value is None:
        return ""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter()) if getter else str(value)


def text(value: Any) -> str:
    """Document text as docstring prose: one paragraph per blank line, no docstring-breaking quotes."""
    body = _raw(value).replace("\r\n", "\n").replace("\\", "\\\\").replace('"""', "'''").strip()
    paragraphs = [" ".join(p.split()) for p in body.split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def constraints(schema: dict[str, Any] | None, document: dict[str, Any]) -> list[str]:
    """What a schema demands of a value, in words: bounds, lengths, pattern, allowed values."""
    schema = resolve(document, schema or {}) or {}
    if not isinstance(schema, dict):
        return []
    out: list[str] = []
    enum = schema.get("enum")
    if isinstance(enum, list) and enum:
        shown = ", ".join(json.dumps(v) for v in enum[:12]) + (
            f" (and {len(enum) - 12} more)" if len(enum) > 12 else ""
        )
        out.append(f"one of {shown}")
    for key, form in CONSTRAINTS:
        if key in schema and not isinstance(schema[key], (dict, list)):
            out.append(form.format(json.dumps(schema[key]) if key in ("pattern", "default") else schema[key]))
    items = schema.get("items")
    if isinstance(items, dict):
        inner = constraints(items, document)
        if inner:
            out.append("each item " + "; ".join(inner))
    return out


def _wrap(line: str, indent: str, hang: str) -> list[str]:
    return textwrap.wrap(line, WIDTH - len(indent), subsequent_indent=hang, break_on_hyphens=False) or [""]


def _sample(prop: Any, kind: str, wire_example: Any) -> str:
    if isinstance(wire_example, (str, int, float, bool)) and len(json.dumps(wire_example)) <= 40:
        if kind == "StringProperty" and isinstance(wire_example, str) and wire_example.isprintable():
            return json.dumps(wire_example)
        if kind in ("IntProperty", "FloatProperty", "BooleanProperty") and not isinstance(wire_example, str):
            return json.dumps(wire_example) if kind != "BooleanProperty" else str(bool(wire_example))
    if kind == "StringProperty":
        return json.dumps(str(prop.python_name).upper())
    if kind in ("IntProperty", "FloatProperty"):
        return "1"
    if kind == "BooleanProperty":
        return "True"
    if kind == "EnumProperty":
        values = list(getattr(prop, "values", {}).values())
        return json.dumps(values[0]) if values else '"..."'
    if kind == "ListProperty":
        return "[...]"
    return "{...}"


def make(env: Any, document: dict[str, Any]) -> Callable[[dict[str, Any], str, int], str]:
    from novu_api.errors import error_class

    def docstring(entry: dict[str, Any], target: str, indent: int) -> str:
        # Read when called: the macros module sees the globals the render sets after `make`.
        macros = env.get_template("macros.jinja").module
        op = entry["op"]
        endpoint = entry["endpoint"]
        pad = " " * indent
        document_op = document.get("paths", {}).get(op.path, {}).get(op.method.lower(), {})
        declared: dict[tuple[str, str], dict[str, Any]] = {}
        for item in document_op.get("parameters") or []:
            param = resolve(document, item) or {}
            declared[(str(param.get("in")), str(param.get("name")))] = param
        path_names = {str(p.python_name) for p in endpoint.path_parameters}
        header_names = {str(p.python_name) for p in endpoint.header_parameters}
        flat = entry.get("flat") if target != "function" else None
        body = entry["body"]
        body_schema: dict[str, Any] = {}
        if body is not None:
            content = (document_op.get("requestBody") or {}).get("content") or {}
            media: dict[str, Any] = content.get(_raw(body.content_type)) or next(iter(content.values()), {})
            body_schema = resolve(document, media.get("schema") or {}) or {}
        fields = body_schema.get("properties") or {} if isinstance(body_schema, dict) else {}

        args: list[
            tuple[str, str, bool, str, str, list[str]]
        ] = []  # name, type, required, where, text, rules
        samples: list[tuple[str, str]] = []
        for p in entry["params"]:
            name = str(p.python_name)
            where = "path" if name in path_names else "header" if name in header_names else "query"
            param = declared.get((where, _raw(p.name)), {})
            # The parameter's own words first; a shared schema's description is more general.
            description = text(param.get("description") or p.description)
            args.append(
                (
                    name,
                    str(macros.pytype(p, optional=False)),
                    bool(p.required),
                    where,
                    description,
                    constraints(param.get("schema"), document),
                )
            )
            if p.required:
                samples.append((name, _sample(p, p.__class__.__name__, param.get("example"))))
        if flat:
            names = entry["arg_names"]
            aliases = {a["alias"] for a in entry.get("aliases") or ()}
            for f in flat:
                wire = _raw(f.name)
                schema = fields.get(wire) if isinstance(fields, dict) else None
                schema = resolve(document, schema or {}) or {}
                name = names[str(f.python_name)]
                description = text(f.description or schema.get("description"))
                if str(f.python_name) in aliases:
                    description = f"`{f.python_name}=` is accepted as an alias. {description}".strip()
                args.append(
                    (
                        name,
                        str(macros.argtype(f, optional=False)),
                        bool(f.required),
                        f"body `{wire}`",
                        description,
                        constraints(schema, document),
                    )
                )
                if f.required:
                    samples.append((name, _sample(f, f.__class__.__name__, schema.get("example"))))
        elif body is not None:
            model = body.prop.class_info.name if body.prop.__class__.__name__ == "ModelProperty" else None
            where = "multipart body" if entry.get("body_kind") == "multipart" else "JSON body"
            description = text(body.prop.description) or (
                f"the request: a `{model}`, or a dict of its fields" if model else "the request body"
            )
            args.append(("body", str(entry["body_type"]), bool(body.prop.required), where, description, []))
            if body.prop.required:
                samples.append(("body", "{...}"))

        lines = [text(op.summary or op.operation_id).split("\n\n")[0] or op.operation_id, ""]
        description = text(endpoint.description)
        if description and description != lines[0]:
            for paragraph in description.split("\n\n"):
                lines += _wrap(paragraph, pad, "") + [""]
        call = f"novu.{op.name.facade}"
        package, _, func = op.name.module.rpartition(".")
        where_line = f"`{op.method} {op.path}` ({op.operation_id}). "
        if target == "function":
            where_line += f"On a client: `{call}(...)`."
        else:
            where_line += f"Standalone: `from {package} import {func}`."
        lines += _wrap(where_line, pad, "") + [""]

        lines.append("Args:")
        if target == "function":
            lines.append("    client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).")
        ordered = sorted(args, key=lambda a: not a[2])
        for name, annotation, required, where, description, rules in ordered:
            head = f"{name} ({annotation}{'' if required else ', optional'}; {where}):"
            if description and rules and description[-1] not in ".!?":
                description += "."
            body_text = " ".join(
                x for x in (description, ("Constraints: " + "; ".join(rules) + ".") if rules else "") if x
            )
            lines += _wrap(f"    {head} {body_text}".rstrip(), pad, "        ")
        # Named by the one definition only, so adding an option changes no generated module.
        lines.append(
            "    **options: the per-call options, `novu_api.RequestOptions` (type checkers list them)."
        )
        lines.append("")

        paging = entry.get("pagination")
        lines.append("Returns:")
        prefix = "AsyncPage" if target == "async" else "SyncPage"
        if paging:
            returned = (
                f"    {prefix}[{entry['item']}]: the first page of `{entry['ret']}`; iterating gives every item, "
                f"following {paging['style']} pagination."
            )
        elif entry["ret"] == "None":
            returned = "    None: the call has no response body."
        else:
            returned = f"    {entry['ret']}: the decoded response."
        lines += _wrap(returned, pad, "        ") + [""]

        lines.append("Raises:")
        models = entry["error_models"]
        statuses = [str(code) for code in (document_op.get("responses") or {}) if str(code)[:1] in "45d"]
        statuses += [code for code in models if code not in statuses]
        for status in sorted(statuses, key=lambda code: (not code[:1].isdigit(), code)):
            if status.isdigit():
                cls = error_class(int(status)).__name__
            elif status[:1] == "5":
                cls = "InternalServerError"
            else:
                cls = "APIStatusError"
            model = models.get(status) or models.get(status[:1] + "XX") or models.get("default") or "ErrorDto"
            shown = "any other status" if status == "default" else status
            lines.append(f"    {cls}: {shown}; `.body`: `{model}`.")
        lines.append("    APIConnectionError: no response arrived (APITimeoutError when it timed out).")
        lines.append("    ResponseValidationError: the response does not fit its declared type.")
        lines.append("")

        lines.append("Example:")
        subject = call if target != "function" else f"{func}.sync"
        arguments = ([("client", "novu")] if target == "function" else []) + samples
        expression = f"{subject}({', '.join(f'{k}={v}' for k, v in arguments)})"
        if target == "async":
            expression = f"await {expression}"
        if paging:
            loop = "async for" if target == "async" else "for"
            lines.append(f"    {loop} item in {expression}:")
            lines.append("        print(item)")
        else:
            lines.append(f"    result = {expression}" if entry["ret"] != "None" else f"    {expression}")
        return ("\n" + pad).join(lines).replace(pad + "\n", "\n").rstrip()

    return docstring
