"""Stage 3, name: Python names for operations, resources and properties, from Novu's own naming
extensions. `name(document)` names every operation; generation and the release diff both use it,
and `route` and `python_property`, so a rule is written once.

Rules (documented in generator/README.md):
- resource path: `x-speakeasy-group` split on "." (an empty group hoists the operation to the
  client itself, as Novu's SDKs do for Events); without the extension, the first tag;
- method: the operation's own `x-speakeasy-name-override`; without it, the first of the
  document-level `x-speakeasy-name-override` rules whose `operationId` regex matches (as
  Novu's official SDKs are named); without either, the operationId minus its `...Controller_`
  prefix; all in snake_case;
- collisions: every operation in a clash falls back to its operationId name; any clash left
  gets `_2`, `_3`... in operationId order. A method never shadows a sub-resource;
- properties: the wire name, or the property's `x-speakeasy-name-override`, in snake_case;
- routes: an operation is the same one across documents (and the parser's endpoint is the
  document's operation) when its HTTP method and path match, path parameter names aside.
"""

from __future__ import annotations

import keyword
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

_CONTROLLER_PREFIX = re.compile(r"^[A-Za-z0-9]*Controller(?:V\d+)?_+")
_WORD_BOUNDARY_1 = re.compile(r"([A-Z]+)([A-Z][a-z])")
_WORD_BOUNDARY_2 = re.compile(r"([a-z0-9])([A-Z])")
_NON_WORD = re.compile(r"[^0-9a-zA-Z]+")
_PATH_PARAMETER = re.compile(r"\{[^}]*\}")


def snake(name: str) -> str:
    """`generateChatOAuthUrl` -> `generate_chat_o_auth_url`; `Environment Variables` -> `environment_variables`."""
    text = _WORD_BOUNDARY_2.sub(r"\1_\2", _WORD_BOUNDARY_1.sub(r"\1_\2", name))
    text = _NON_WORD.sub("_", text).strip("_").lower()
    text = re.sub(r"_+", "_", text)
    if not text:
        raise ValueError(f"cannot make a Python name from {name!r}")
    if text[0].isdigit():
        text = "n" + text
    return text + "_" if keyword.iskeyword(text) else text


def route(method: str, path: str) -> tuple[str, str]:
    """(METHOD, path with every `{parameter}` as `{}`): an operation's identity apart from names."""
    return method.upper(), _PATH_PARAMETER.sub("{}", path)


def python_property(wire: str, schema: Any) -> str:
    """The attribute name the generator gives a property: its override, or its wire name, in snake_case."""
    override = schema.get("x-speakeasy-name-override") if isinstance(schema, dict) else None
    return snake(str(override or wire))


def operation_id_name(operation_id: str) -> str:
    return snake(_CONTROLLER_PREFIX.sub("", operation_id))


@dataclass(frozen=True)
class OperationName:
    operation_id: str
    group: tuple[str, ...]  # resource path on the client; () = hoisted onto the client
    folder: tuple[str, ...]  # module folder under novu_api/api/
    method: str

    @property
    def facade(self) -> str:
        return ".".join((*self.group, self.method))

    @property
    def module(self) -> str:
        return ".".join(("novu_api", "api", *self.folder, self.method))


def resource_path(operation: dict[str, object]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(facade group, module folder) of an operation."""
    tags = operation.get("tags") or ["default"]
    assert isinstance(tags, list)
    tag_folder = (snake(str(tags[0])),)
    group = operation.get("x-speakeasy-group")
    if group is None:
        return tag_folder, tag_folder
    parts = tuple(snake(part) for part in str(group).split(".") if part)
    return parts, parts or tag_folder


def name_rules(document: Mapping[str, Any]) -> list[tuple[re.Pattern[str], str]]:
    """The document-level `x-speakeasy-name-override` rules, in order, each once:
    (operationId regex, method name). A rule that is not a regex and a name is an error."""
    rules = document.get("x-speakeasy-name-override") or []
    if not isinstance(rules, list):
        raise ValueError("the document-level x-speakeasy-name-override must be a list of rules")
    out: dict[tuple[str, str], re.Pattern[str]] = {}
    for index, rule in enumerate(rules):
        pattern = rule.get("operationId") if isinstance(rule, dict) else None
        name = rule.get("methodNameOverride") if isinstance(rule, dict) else None
        if not isinstance(pattern, str) or not isinstance(name, str) or not name:
            raise ValueError(
                f"document-level x-speakeasy-name-override rule #{index} needs `operationId` and "
                f"`methodNameOverride` strings, got {rule!r}"
            )
        try:
            out.setdefault((pattern, name), re.compile(pattern))
        except re.error as exc:
            raise ValueError(f"document-level x-speakeasy-name-override rule #{index}: {exc}") from exc
    return [(regex, name) for (_, name), regex in out.items()]


def method_name(op: Mapping[str, object], rules: Iterable[tuple[re.Pattern[str], str]] = ()) -> str:
    """An operation's own name, else the first document rule that matches its operationId."""
    op_id = str(op["operationId"])
    override = op.get("x-speakeasy-name-override")
    if override:
        return snake(str(override))
    for regex, name in rules:
        if regex.search(op_id):
            return snake(name)
    return operation_id_name(op_id)


def name(document: Mapping[str, Any]) -> dict[str, OperationName]:
    """Every operation of the document named, keyed by operationId."""
    from .normalise import iter_operations

    operations = iter_operations(dict(document))
    return name_operations([op for _, _, op in operations], name_rules(document))


def name_operations(
    operations: list[dict[str, object]], rules: Iterable[tuple[re.Pattern[str], str]] = ()
) -> dict[str, OperationName]:
    """Name every operation; the result is keyed by operationId and independent of input order.

    `rules` are the document's naming rules (`name_rules(document)`)."""
    rules = list(rules)
    base: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {}
    for op in sorted(operations, key=lambda o: str(o["operationId"])):
        op_id = str(op["operationId"])
        method = method_name(op, rules)
        group, folder = resource_path(op)
        base[op_id] = (group, folder, method)

    groups = {g[:i] for g, _, _ in base.values() for i in range(1, len(g) + 1)}
    folders = {f[:i] for _, f, _ in base.values() for i in range(1, len(f) + 1)}

    def clashes(
        names: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]],
    ) -> dict[tuple[object, ...], list[str]]:
        by_key: dict[tuple[object, ...], list[str]] = defaultdict(list)
        for op_id, (group, folder, method) in names.items():
            by_key[("facade", group, method)].append(op_id)
            by_key[("module", folder, method)].append(op_id)
            if (*group, method) in groups:  # a method would shadow a sub-resource
                by_key[("facade", group, method)].append("")
            if (*folder, method) in folders:  # a module would sit beside a package of the same name
                by_key[("module", folder, method)].append("")
        return {k: sorted(v) for k, v in by_key.items() if len(v) > 1}

    names = dict(base)
    for ids in clashes(names).values():
        for op_id in ids:
            if op_id:
                group, folder, _ = names[op_id]
                names[op_id] = (group, folder, operation_id_name(op_id))
    # One number per operation, even when it is in several clashes (its facade and its module
    # usually clash together): the first clash that numbers it wins.
    numbers: dict[str, int] = {}
    for ids in clashes(names).values():
        for n, op_id in enumerate([i for i in ids if i][1 if "" not in ids else 0 :], start=2):
            numbers.setdefault(op_id, n)
    for op_id, n in numbers.items():
        group, folder, method = names[op_id]
        names[op_id] = (group, folder, f"{method}_{n}")
    left = clashes(names)
    if left:
        raise ValueError(f"unresolved name clashes: {left}")
    return {op_id: OperationName(op_id, g, f, m) for op_id, (g, f, m) in sorted(names.items())}
