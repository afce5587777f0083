"""What the generator knows about each property, model and union, as data for the templates.

Each openapi-python-client property becomes a `Kind`: what it is on the wire (`tag`), the class it
names, its list item or union members, the values an enum or constant allows, its annotation
(inputs are covariant: `Sequence`, `Mapping`), and the class names it refers to. From a kind come:

- the runtime spec (`spec_code`): a plain tuple the encoder, the decoder's union picker and the
  input checks read (`novu_api/_codec.py`), emitted into every model as `_SPEC`;
- the decode statements of a model field (`decode_lines`): generated code that checks each value
  against its schema and records what does not fit, so decoding interprets nothing at run time;
- the imports a model module needs (`model_imports`), computed here rather than left to ruff.

Templates choose only from these data (`Kind.tag`, flags), never from parser class names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

_SCALARS = {
    "StringProperty": ("str", "str"),
    "IntProperty": ("int", "int"),
    "FloatProperty": ("num", "float"),
    "BooleanProperty": ("bool", "bool"),
    "NoneProperty": ("null", "None"),
    "AnyProperty": ("any", "Any"),
    "DateTimeProperty": ("datetime", "datetime.datetime"),
    "DateProperty": ("date", "datetime.date"),
    "FileProperty": ("file", "FileInput"),
    "UuidProperty": ("uuid", "UUID"),
}

# What a decoded value of each scalar tag must be, as the generated check and its message say it.
_TESTS = {
    "str": ("v.__class__ is not str", "a string"),
    "int": ("v.__class__ is not int", "an integer"),
    "num": ("v.__class__ is not float and v.__class__ is not int", "a number"),
    "bool": ("v.__class__ is not bool", "a boolean"),
    "uuid": ("v.__class__ is not str", "a UUID string"),
}


def raw(value: Any) -> str:
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter()) if getter else str(value)


def _lit(value: Any) -> str:
    from openapi_python_client.strings import in_double_quote_literal

    if isinstance(value, str):
        return '"' + in_double_quote_literal(value) + '"'
    return repr(value)


@dataclass
class Kind:
    tag: str  # str int num bool null any datetime date file uuid enum const model list union
    cls: str | None = None
    inner: Kind | None = None
    members: list[Kind] = field(default_factory=list)
    values: tuple[Any, ...] = ()
    free_form: bool = False
    null_ok: bool = False  # a member of a `X | None` union, decoded as X
    annotation: str = "Any"
    names: set[str] = field(default_factory=set)

    @property
    def nullable(self) -> bool:
        return (
            self.tag == "null"
            or self.null_ok
            or (self.tag == "union" and any(m.tag == "null" for m in self.members))
        )

    @property
    def plain(self) -> bool:
        """The wire value needs no conversion either way (JSON scalars, lists of them)."""
        if self.tag in ("str", "int", "num", "bool", "null", "any", "const", "uuid"):
            return True
        return self.tag == "list" and self.inner is not None and self.inner.plain


def kind_of(prop: Any) -> Kind:
    name = type(prop).__name__
    if name in _SCALARS:
        tag, annotation = _SCALARS[name]
        return Kind(tag, annotation=annotation)
    if name == "EnumProperty":
        cls = str(prop.class_info.name)
        return Kind(
            "enum",
            cls=cls,
            values=tuple(prop.values.values()),
            annotation=f"{cls} | {'int' if prop.value_type is int else 'str'}",
            names={cls},
        )
    if name == "LiteralEnumProperty":
        values = tuple(prop.values.values())
        return Kind("const", values=values, annotation=f"Literal[{', '.join(_lit(v) for v in values)}]")
    if name == "ConstProperty":
        value = prop.value.raw_value
        return Kind("const", values=(value,), annotation=f"Literal[{_lit(value)}]")
    if name == "ModelProperty":
        cls = str(prop.class_info.name)
        free = not (prop.required_properties or prop.optional_properties)
        return Kind(
            "model",
            cls=cls,
            free_form=free,
            annotation=f"{cls} | Mapping[str, Any]" if free else cls,
            names={cls},
        )
    if name == "ListProperty":
        inner = kind_of(prop.inner_property)
        text = f"Sequence[{inner.annotation}]"
        if inner.tag == "file":  # one file alone works too
            text = f"{inner.annotation} | {text}"
        return Kind("list", inner=inner, annotation=text, names=set(inner.names))
    if name == "UnionProperty":
        members: list[Kind] = []
        for p in prop.inner_properties:
            member = kind_of(p)
            members.extend(member.members if member.tag == "union" else [member])
        others = [m for m in members if m.tag != "null"]
        if len(others) == 1 and len(members) == 2:
            import copy

            single = copy.copy(others[0])
            single.null_ok = True
            single.annotation += " | None"
            return single
        parts: list[str] = []
        for m in members:
            for part in m.annotation.split(" | ") if m.tag in ("enum", "model") else [m.annotation]:
                if part not in parts:
                    parts.append(part)
        return Kind(
            "union",
            members=members,
            annotation=" | ".join(parts),
            names=set().union(*(m.names for m in members)),
        )
    raise ValueError(f"generator/fields.py does not know the property kind {name}")


def annotation(prop: Any, optional: bool = True) -> str:
    """The Python type of a field or parameter: covariant containers, enums also as values."""
    text = kind_of(prop).annotation
    return text + (" | Unset" if optional and not prop.required else "")


def argument_annotation(prop: Any, optional: bool = True) -> str:
    """A facade argument: where a model is expected, a plain mapping (wire or Python names) works too."""
    k = kind_of(prop)
    text = k.annotation
    target = k.inner if k.tag == "list" and k.inner is not None else k
    wants_dict = (target.tag == "model" and not target.free_form) or (
        target.tag == "union" and any(m.tag == "model" and not m.free_form for m in target.members)
    )
    if wants_dict:
        text += " | Sequence[Mapping[str, Any]]" if target is not k else " | Mapping[str, Any]"
    return text + (" | Unset" if optional and not prop.required else "")


def spec_code(k: Kind) -> str:
    """The runtime spec of a kind, as a Python expression (see `novu_api/_codec.py`)."""
    if k.null_ok:
        import copy

        plain = copy.copy(k)
        plain.null_ok = False
        return f'("union", ({spec_code(plain)}, ("null",), ))'
    if k.tag in ("enum", "model"):
        return f'("{k.tag}", {k.cls})'
    if k.tag == "const":
        return '("const", (' + "".join(_lit(v) + ", " for v in k.values) + "))"
    if k.tag == "list":
        assert k.inner is not None
        return f'("list", {spec_code(k.inner)})'
    if k.tag == "union":
        return '("union", (' + "".join(spec_code(m) + ", " for m in k.members) + "))"
    return f'("{k.tag}",)'


def expected(k: Kind) -> str:
    """How a decoding message names what a kind must be."""
    if k.null_ok:
        import copy

        plain = copy.copy(k)
        plain.null_ok = False
        return expected(plain) + " or null"
    if k.tag in _TESTS:
        return _TESTS[k.tag][1]
    if k.tag == "model":
        return f"an object ({k.cls})"
    if k.tag == "enum":
        return f"one of {', '.join(repr(v) for v in k.values)}"
    if k.tag == "const":
        return " or ".join(repr(v) for v in k.values)
    if k.tag == "list":
        assert k.inner is not None
        return f"an array of {expected(k.inner)}"
    if k.tag == "union":
        return " or ".join(expected(m) for m in k.members)
    return {"datetime": "a date-time string", "date": "a date string", "null": "null"}.get(k.tag, k.tag)


def _decode_expr(k: Kind, key: str, owner: str, union_const: str | None) -> str | None:
    """An expression decoding `v` (neither UNSET nor None here); None when a plain check does."""
    if k.tag == "enum":
        return f"_c.enum_in({owner}, {key}, v, {k.cls})"
    if k.tag in ("datetime", "date"):
        return f"_c.{k.tag}_in({owner}, {key}, v)"
    if k.tag == "union":
        return f"_c.union_in({owner}, {key}, v, {union_const})"
    if k.tag == "list":
        i = k.inner
        assert i is not None
        if i.tag == "model":
            return f"_c.models_in({owner}, {key}, v, {i.cls}, lazy)"
        if i.tag in _TESTS:
            types = {"str": "str", "int": "int", "num": "float, int", "bool": "bool", "uuid": "str"}[i.tag]
            return f"_c.scalars_in({owner}, {key}, v, ({types},), {_lit(expected(i))})"
        if i.tag == "any":
            return f"_c.array_in({owner}, {key}, v)"
        return f"_c.list_in({owner}, {key}, v, {union_const})"
    return None


@dataclass
class Field:
    wire: str
    python: str
    required: bool
    kind: Kind
    annotation: str
    spec: str
    union_const: str | None
    lines: list[str]


def model_fields(model: Any, discriminators: dict[tuple[str, str], Any]) -> list[Field]:
    """Every field of a model: names, annotation, runtime spec, and its decode statements."""
    own = str(model.class_info.name)
    out: list[Field] = []
    for prop in model.required_properties + model.optional_properties:
        k = kind_of(prop)
        wire = raw(prop.name)
        key = _lit(wire)
        spec = spec_code(k)
        needs_const = k.tag == "union" or (
            k.tag == "list" and k.inner is not None and k.inner.tag not in ("model", "any", *_TESTS)
        )
        const = f"_S_{prop.python_name}" if needs_const else None
        u = k if k.tag == "union" else (k.inner if k.tag == "list" else None)
        d = discriminators.get((own, wire)) if u is not None and u.tag == "union" else None
        if d and u is not None:
            names = set(m.cls for m in u.members if m.tag == "model")
            mapping = ", ".join(f"{_lit(v)}: {c}" for v, c in d["mapping"].items() if c in names)
            members = "".join(spec_code(m) + ", " for m in u.members)
            spec = f'("union", ({members}), {_lit(d["property"])}, {{{mapping}}})'
            if u is not k:
                spec = f'("list", {spec})'
        # Lines that check `v`, present in the wire object (the read itself is added below).
        checks: list[str] = []
        # A nullable enum arrives as `X | None` (fix.py declares it so); any other null is flagged.
        nullable = k.nullable
        flag = f"v = _c.off(self, ({key},), v, {_lit(expected(k))})"
        if k.tag == "union" and all(m.tag == "null" or m.tag in _TESTS for m in k.members):
            # A union of scalars: one test over the member types.
            types = []
            for m in k.members:
                if m.tag != "null":
                    types += {"num": ["float", "int"]}.get(m.tag, [m.tag if m.tag != "uuid" else "str"])
            cond = " and ".join(f"v.__class__ is not {t}" for t in dict.fromkeys(types))
            const = None
            checks = _guarded(cond, nullable, flag)
        elif k.tag in _TESTS:
            checks = _guarded(_TESTS[k.tag][0], nullable, flag)
        elif k.tag == "const":
            checks = _guarded(" and ".join(f"v != {_lit(v)}" for v in k.values), nullable, flag)
        elif k.tag == "model":
            checks = _model_lines(k, key, flag)
            if nullable:
                checks = ["if v is not None:", *("    " + line for line in checks)]
        elif k.tag not in ("any", "null", "file"):  # those are kept as sent (a file only in a request)
            expr = _decode_expr(k, key, "self", const)
            if expr is None:
                raise ValueError(f"generator/fields.py cannot decode {own}.{wire} (kind {k.tag})")
            checks = ["if v is not None:", f"    v = {expr}"] if nullable else [f"v = {expr}"]
        store = f"self.{prop.python_name} = v"
        if prop.required:
            # Subscripting inside `try` costs nothing when the key is there (the usual case).
            lines = ["try:", f"    v = src[{key}]", "except KeyError:"]
            lines += [f"    v = _c.off(self, ({key},), UNSET, {_lit(expected(k))})", "    n -= 1"]
            if checks:
                lines += ["else:", *("    " + line for line in checks)]
            lines.append(store)
        else:
            lines = [f"if {key} in src:", f"    v = src[{key}]", *("    " + line for line in checks)]
            lines += ["    " + store, "    n += 1", "else:", f"    self.{prop.python_name} = UNSET"]
        out.append(
            Field(wire, str(prop.python_name), bool(prop.required), k, annotation(prop), spec, const, lines)
        )
    return out


def _guarded(cond: str, nullable: bool, action: str) -> list[str]:
    return [f"if {cond}{' and v is not None' if nullable else ''}:", f"    {action}"]


def _model_lines(k: Kind, key: str, flag: str) -> list[str]:
    """Decode an object field in place: the model's own decoder, called directly; in strict mode
    its error gets this field's key in front of its path."""
    return [
        "if v.__class__ is dict:",
        "    try:",
        f"        v = {k.cls}._make(v, lazy)",
        "    except _c.DecodeError as exc:",
        f"        exc.path.insert(0, {key})",
        "        raise",
        "else:",
        f"    {flag}",
    ]


def model_names(model: Any) -> set[str]:
    """Class names a model module refers to (its spec names every one at run time)."""
    own = str(model.class_info.name)
    props = model.required_properties + model.optional_properties
    return set().union(*(kind_of(p).names for p in props)) - {own} if props else set()


def model_imports(fields: list[Field], typing_only: bool) -> list[str]:
    """The standard-library and package imports a model module's own code uses."""
    text = " ".join(f.annotation for f in fields)
    lines = ["from typing import Any, ClassVar"]
    abc = [n for n in ("Mapping", "Sequence") if n + "[" in text]
    abc = sorted({"Mapping", *abc})  # from_dict takes a Mapping
    lines.append("from collections.abc import " + ", ".join(abc))
    if typing_only:
        lines.append("from typing import TYPE_CHECKING")
    if "datetime." in text:
        lines.append("import datetime")
    if "UUID" in text:
        lines.append("from uuid import UUID")
    if "FileInput" in text:
        lines.append("from novu_api._types import FileInput")
    if "Literal[" in text:
        lines.append("from typing import Literal")
    if any(not f.required for f in fields):
        lines.append("from novu_api._types import UNSET, Unset")
    elif fields:
        lines.append("from novu_api._types import UNSET")
    return lines


def result_spec(prop: Any) -> tuple[str, set[str]]:
    """An operation's success body: its runtime spec and the class names it needs at run time."""
    k = kind_of(prop)
    return spec_code(k), set(k.names)


def body_spec(prop: Any) -> tuple[str, set[str]]:
    k = kind_of(prop)
    return spec_code(k), set(k.names)
