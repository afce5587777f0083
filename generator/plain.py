"""Which values of a JSON body's fields go on the wire exactly as given: the table behind the
request fast path (`novu_api._operation.plain_json`), emitted into each operation module.

A field's entry lists the exact Python types (`str`, `int`, `float`, `bool`, `dict`) for which
the body encoder (`novu_api._codec.json_body`) would send the value unchanged, or says that any
value is (`any` fields, where the JSON encoder alone refuses what cannot be sent). A value of
another type, a field not in the table, or a key that is not a wire name takes the full path, so
the table may leave a field out but must never list a type the encoder would convert or refuse.
The rules mirror the encoder's: a field of one kind is encoded by that kind; a union by the
first member that accepts the value (`tests/test_plain_body.py` checks every listed type of every
operation against the full path).
"""

from __future__ import annotations

from .fields import Kind

# The exact types a fast check looks for, in the order the table lists them.
CANDIDATES = ("str", "int", "float", "bool", "dict")
ANY = None  # every value: the JSON encoder checks it

_ALL, _SOME, _NONE = "all", "some", "none"


def plain_types(k: Kind) -> tuple[str, ...] | None:
    """The exact types whose values a field of kind `k` sends as given; `ANY` for all values."""
    if k.null_ok:  # `X | None` is encoded as the union of X and null
        return tuple(t for t in CANDIDATES if _first_fit([_without_null(k)], t))
    if k.tag == "any":
        return ANY
    if k.tag == "union":
        return tuple(t for t in CANDIDATES if _first_fit(k.members, t))
    return tuple(t for t in CANDIDATES if _direct(k, t))


def _without_null(k: Kind) -> Kind:
    import copy

    plain = copy.copy(k)
    plain.null_ok = False
    return plain


def _direct(k: Kind, t: str) -> bool:
    """A field of one kind: every value of exact type `t` is sent unchanged."""
    if k.tag in ("str", "datetime", "date", "uuid"):
        return t == "str"
    if k.tag == "int":
        return t == "int"
    if k.tag == "num":
        return t in ("int", "float")
    if k.tag == "bool":
        return t == "bool"
    if k.tag == "enum":  # a value of the enum's own value type is sent as given (a newer server may know it)
        kinds = {type(v).__name__ for v in k.values} - {"bool"}
        return t in kinds and t in ("str", "int")
    if k.tag == "model":
        return t == "dict" and k.free_form
    return False  # const, list, file, null: checked by the full path


def _first_fit(members: list[Kind], t: str) -> bool:
    """A union: the first member that accepts values of type `t` must take all of them unchanged."""
    models = sum(1 for m in members if m.tag == "model" and not m.null_ok)
    for m in members:
        fit = _member(m, t, models)
        if fit != _NONE:
            return fit == _ALL
    return False


def _member(m: Kind, t: str, models: int) -> str:
    if m.null_ok:  # a union inside the union: it accepts any value, then encodes it by its own member
        return _ALL if _first_fit([_without_null(m)], t) else _SOME
    if m.tag in ("str", "datetime", "date", "uuid"):
        return _ALL if t == "str" else _NONE
    if m.tag == "int":
        return _ALL if t == "int" else _NONE
    if m.tag == "num":
        return _ALL if t in ("int", "float") else _NONE
    if m.tag == "bool":
        return _ALL if t == "bool" else _NONE
    if m.tag == "enum":  # a member only for its own values
        return _SOME if t in ("str", "int") else _NONE
    if m.tag == "model":
        if t != "dict":
            return _NONE
        # Several model members: the one the keys say is picked, and its fields checked.
        return _ALL if m.free_form and models == 1 else _SOME
    if m.tag in ("list", "null"):
        return _NONE
    if m.tag == "any":
        return _ALL
    return _SOME  # const (compared by value), file (refuses what is not a file), anything new
