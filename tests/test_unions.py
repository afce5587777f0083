"""Unions decode as the member the body is.

For every union field of every generated model (the generator's `_SPEC` tables, themselves
derived from the pinned document), a schema-valid instance of each model member is built and
decoded through the owning model: it must come back as that member's class, with no deviation.
A minimal instance (required fields only) must come back as a member it fits exactly.
"""

from __future__ import annotations

import enum
import inspect
from collections.abc import Iterator
from typing import Any

import pytest

import novu_api
from novu_api import _codec, models


def _model_classes() -> list[type]:
    out = []
    for name in sorted(dir(models)):
        cls = getattr(models, name)
        if inspect.isclass(cls) and isinstance(getattr(cls, "_SPEC", None), _codec.ModelSpec):
            out.append(cls)
    return out


def _instance(spec: Any, depth: int = 0, full: bool = True) -> Any:
    """A value valid for a spec: every field (or only the required ones), the first enum value."""
    tag = _codec._tag(spec)
    if tag == "union":
        members = [m for m in spec.members if _codec._tag(m) != "null"] or list(spec.members)
        return _instance(members[0], depth, full)
    if tag == "model":
        return _object(spec[1], depth + 1, full)
    if tag == "list":
        return [_instance(spec[1], depth + 1, full)] if depth < 6 else []
    if tag == "enum":
        return next(iter(spec[1])).value
    if tag == "const":
        return spec[1][0]
    return {
        "str": "text",
        "int": 3,
        "num": 2.5,
        "bool": True,
        "null": None,
        "any": {"free": "form"},
        "uuid": "00000000-0000-4000-8000-000000000000",
        "datetime": "2024-05-06T07:08:09Z",
        "date": "2024-05-06",
    }[tag]


def _object(cls: Any, depth: int, full: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in cls._SPEC.fields:
        if f.required or (full and depth < 6):
            out[f.wire] = _instance(f.spec, depth, full)
    return out


def _tagged(union: Any, member: type, body: dict[str, Any]) -> dict[str, Any]:
    """With a discriminator, a member's instance carries the tag value that names it."""
    if union.tag is not None:
        values = [value for value, cls in union.mapping.items() if cls is member]
        if values:
            body[union.tag] = values[0]
    return body


def _union_fields() -> Iterator[tuple[type, Any, Any, bool]]:
    """(owner model, field, union spec, in a list) for every union with two or more model members."""
    for cls in _model_classes():
        for f in cls._SPEC.fields:
            spec, in_list = f.spec, False
            if _codec._tag(spec) == "list":
                spec, in_list = spec[1], True
            if _codec._tag(spec) == "union" and len(spec.models) >= 2:
                yield cls, f, spec, in_list


UNIONS = list(_union_fields())


def _same_shape(a: type, b: type) -> bool:
    """Two members no body can tell apart: the same fields, names and specs."""
    sa, sb = a._SPEC, b._SPEC  # type: ignore[attr-defined]
    return [(f.wire, f.required, _shape(f.spec)) for f in sa.fields] == [
        (f.wire, f.required, _shape(f.spec)) for f in sb.fields
    ]


def _shape(spec: Any) -> Any:
    """A spec with enum classes as their values (two enums of the same values say the same)."""
    tag = _codec._tag(spec)
    if tag == "union":
        return ("union", tuple(_shape(m) for m in spec.members))
    if tag == "enum":
        return ("enum", tuple(m.value for m in spec[1]))
    if tag == "list":
        return ("list", _shape(spec[1]))
    return tuple(spec)


def test_the_document_has_unions_of_models() -> None:
    # Derived, not counted: the pinned document has several (channel endpoints, recipients, ...).
    assert UNIONS


@pytest.mark.parametrize(
    ("owner", "field", "union", "in_list"),
    UNIONS,
    ids=[f"{o.__name__}.{f.wire}" for o, f, _u, _l in UNIONS],
)
def test_every_member_of_every_union_decodes_as_itself(
    owner: Any, field: Any, union: Any, in_list: bool
) -> None:
    for member in union.models:
        body = _tagged(union, member, _object(member, 1, True))
        wire = [body] if in_list else body
        decoded = owner.from_dict({field.wire: wire})
        value = getattr(decoded, field.python)
        got = value[0] if in_list else value
        assert type(got) is member or _same_shape(type(got), member), (
            f"{owner.__name__}.{field.wire}: a full {member.__name__} decoded as {type(got).__name__}"
        )
        assert novu_api.deviations(got) == [], novu_api.deviations(got)
        # Required fields only: whichever member is chosen must fit the body exactly.
        minimal = _tagged(union, member, _object(member, 1, False))
        chosen, exact = _codec._pick(union, minimal)
        assert exact, f"{member.__name__}'s required fields fit no member exactly"
        if union.tag is None:
            assert all(k in minimal for k in chosen._SPEC.required)


def test_choice_is_deterministic_and_prefers_the_member_that_declares_the_keys() -> None:
    for _owner, _field, union, _in_list in UNIONS[:20]:
        for member in union.models:
            body = _tagged(union, member, _object(member, 1, True))
            first = _codec._pick(union, body)
            assert all(_codec._pick(union, dict(body)) == first for _ in range(3))


def test_a_body_that_fits_no_member_is_a_recorded_deviation() -> None:
    # A union no object fits by accident: no tag, not "any object", every member requires a key.
    candidates = [
        u
        for u in UNIONS
        if not u[3] and u[2].tag is None and not u[2].anything and all(m._SPEC.required for m in u[2].models)
    ]
    if not candidates:
        pytest.skip("the document has no untagged union whose members all require a field")
    owner, field, union, in_list = candidates[0]
    body = {"surely-not-a-field": 1}
    decoded = owner.from_dict({field.wire: body})
    found = [d for d in novu_api.deviations(decoded) if d.path == f"$.{field.wire}"]
    assert found and "closest" in found[0].expected
    with pytest.raises(_codec.DecodeError) as info:
        _codec.root("test.op", True, {**_object(owner, 1, True), field.wire: body}, ("model", owner))
    assert info.value.json_path().startswith(f"$.{field.wire}")


def test_enum_members_of_a_union_decode_to_the_member() -> None:
    for cls in _model_classes():
        for f in cls._SPEC.fields:
            if _codec._tag(f.spec) == "union" and f.spec.enums:
                enum_cls = f.spec.enums[0]
                member = next(iter(enum_cls))
                decoded = cls.from_dict({f.wire: member.value})
                assert getattr(decoded, f.python) is member
                assert isinstance(member, enum.Enum)
                return
    pytest.skip("this document has no enum inside a union")  # pragma: no cover
