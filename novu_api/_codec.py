"""Decoding and encoding helpers used by the generated models and operations.

Each generated model carries `_SPEC` (its fields: wire and Python names, kinds, the required
set) and a generated `_fill` that checks every value inline; encoding, decoding and the input
checks all read those specs. Decoding costs what is read (`Model`): the items of a response's
arrays of objects are decoded, checks included, the first time one of them is read. Decoding is
liberal but never silent: unknown enum values and unknown fields are kept, and a value that does
not fit its schema (or a missing required field) is kept and recorded with its JSON path
(`deviations`), or raised as `DecodeError` in strict mode, which decodes the whole response at
once. A body that cannot be the declared type at all is a `DecodeError` in every mode (`root`).
"""

from __future__ import annotations

import contextvars
import datetime as _dt
import enum
import weakref
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, ClassVar, TypeVar
from urllib.parse import quote

from ._types import UNSET, File

T = TypeVar("T")


_put = object.__setattr__
_new = object.__new__
_M = TypeVar("_M", bound="Model")


# The `__class__` setter itself (a pending item's class has a `__class__` property over it).
_SET_CLASS = object.__dict__["__class__"].__set__


class Model:
    """The base of every generated model: decoding that costs only what is read.

    `from_dict` (and every response) decodes the top object at once, checks included, but keeps
    the items of its arrays of objects (a page's subscribers) as the wire objects they are, in
    `_src`, as instances of the model's pending class (`pending`). The first read of an
    attribute of such an item (`__getattr__` runs only for slots not set yet) decodes all of it,
    what is inside included (the generated `_decode`), and the other items of its array still
    waiting (`_Items`), makes it an instance of the model's own class and drops the wire object;
    after that its attributes are plain slots. Writing or deleting an attribute of an item not
    decoded yet decodes it first, so nothing the caller sets is overwritten later. A model made
    by its constructor or decoded at once has no `_src`, and its class has no hook on attribute
    writes: decoding writes plain slots. Strict mode (`strict_responses=True`) decodes
    everything at once.
    """

    __slots__ = ("_src", "_ctx")
    _src: Mapping[str, Any] | None
    # Set on an item kept as a wire object, one tuple for all items of an array: the operation
    # whose response it came from (None outside a call), the field holding the array, and a weak
    # reference to the array (`_Items`).
    _ctx: tuple[str | None, str, Callable[[], list[Any] | None]]
    # Set by each generated model module: the class of its items kept for first read, its
    # decoder (`_decode(model, wire_object, lazy)`, writing the fields in place) and `_make`
    # (`_eager` without the subclass check, what a model holding this one calls).
    _Pending: ClassVar[type[Any]]
    _decode: ClassVar[Callable[[Any, Any, bool], None]]
    _make: ClassVar[Callable[[Any, bool], Any]]

    @classmethod
    def from_dict(cls: type[_M], src: Mapping[str, Any]) -> _M:
        """Decode a wire object (a JSON object as `json.loads` gives it). Unknown fields are
        kept; a value that does not fit its schema (or a missing required field) is kept too and
        recorded (`novu_api.deviations`). Items of arrays of objects are decoded, and checked,
        when first read."""
        if src.__class__ is not dict and not isinstance(src, Mapping):
            raise DecodeError([], f"expected an object ({cls.__name__}), got {_kind(src)}")
        # strict_responses: the whole response is checked before it is returned
        return cls._eager(src, not _STRICT.get())

    def _late(self) -> None:
        # Decode an item kept as a wire object, now that it is first read, together with the
        # other items of its array still waiting (one read of a page decodes the page, so that
        # reading every item costs what decoding them at once did); what does not fit is logged
        # once per operation and path. Only items kept by `models_in` get here: they all have
        # `_ctx`.
        operation, key, ref = self._ctx
        items = ref()
        found: list[tuple[Any, tuple[str | int, ...], str, Any]] = []
        token = _DECODING.set((operation, found)) if operation is not None else None
        try:
            _fill_items(self, items)
        except RecursionError:  # a self-nesting schema, nested deeper than Python recurses
            from .errors import ResponseDecodeError

            where = f" of {operation}'s response" if operation else ""
            raise ResponseDecodeError(
                f"an item of `{key}`{where} is nested too deeply to decode (read when first accessed)"
            ) from None
        finally:
            if token is not None:
                _DECODING.reset(token)
        if found and operation is not None:
            _log_found(
                f"{operation}: the items of `{key}`", self if items is None else items, found, late=True
            )

    @classmethod
    def _eager(cls: type[_M], src: Any, lazy: bool = False) -> _M:  # generated per model: decode now
        raise NotImplementedError

    def _fill(self) -> None:
        # Decode in place an item kept as its wire object. Its class becomes the model's own
        # first (plain slot writes); another thread reading it meanwhile finds `_src` still set
        # and decodes it too (the same values).
        try:
            src = object.__getattribute__(self, "_src")
        except AttributeError:  # decoded at once, constructed, or restored by pickle or copy
            return
        if src is None:
            return
        cls = self.__class__  # the model's own class, also for an item still pending
        _SET_CLASS(self, cls)
        try:
            cls._decode(self, src, False)
        except BaseException:
            _SET_CLASS(self, cls._Pending)  # still pending: the next read tries again
            raise
        _put(self, "_src", None)

    def __getattr__(self, name: str) -> Any:
        # Only reached when normal lookup fails: an empty slot of an item not decoded yet (or
        # being decoded by another thread), or a name the model does not have.
        if name != "_src":
            try:
                pending = self._src is not None
            except AttributeError:  # never was pending
                pending = False
            if pending:
                self._late()
                return object.__getattribute__(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self)


def pending(cls: type[Model]) -> type[Any]:
    """The class of a model's items kept as wire objects until first read: the model's own,
    with writes, deletes and pickling that decode the item first. It reports the model's class
    as `__class__` (so `isinstance`, `==`, `repr`, copies and pickles see the model), and the
    first read turns the item into an instance of the model's class itself."""

    def __setattr__(self: Any, name: str, value: Any) -> None:
        self._late()
        _put(self, name, value)

    def __delattr__(self: Any, name: str) -> None:
        self._late()
        object.__delattr__(self, name)

    def __reduce_ex__(self: Any, protocol: Any) -> Any:
        self._late()
        return self.__reduce_ex__(protocol)

    return type(
        cls.__name__,
        (cls,),
        {
            "__slots__": (),
            "__qualname__": cls.__qualname__,
            "__module__": cls.__module__,
            "__setattr__": __setattr__,
            "__delattr__": __delattr__,
            "__reduce_ex__": __reduce_ex__,
            "__class__": property(lambda self: cls),
        },
    )


def eager_subclass(cls: type[_M], src: Any, lazy: bool, decode: Callable[[Any, Any, bool], None]) -> _M:
    """`_eager` of a caller's subclass of a generated model: an instance of that subclass."""
    model = object.__new__(cls)
    decode(model, src, lazy)
    return model


def wire_repr(value: Any) -> str:
    """`repr` of a value, or of the wire object of a model not read yet (reading it to print it
    would decode it)."""
    if isinstance(value, Model) and _pending(value):
        return repr(value._src)
    return repr(value)


class _Items(list):  # type: ignore[type-arg]
    """The items of an array of objects kept for first read: a list, which its items reach by a
    weak reference (no reference cycle) to decode each other on first read."""

    __slots__ = ("__weakref__",)


def _fill_items(model: Model, items: list[Any] | None) -> None:
    model._fill()
    for item in items or ():
        if item is not model and _pending(item):
            item._fill()


def _pending(model: Model) -> bool:
    return type(model) is not model.__class__  # a pending item's class reports the model's


class DecodeError(ValueError):
    """A response value does not fit its declared type; `path` locates it from the root."""

    def __init__(self, path: list[str | int], message: str) -> None:
        self.path = path
        self.message = message
        super().__init__(message)

    def json_path(self) -> str:
        out = "$"
        for part in self.path:
            out += f"[{part}]" if isinstance(part, int) else f".{part}"
        return out

    def __str__(self) -> str:
        return f"{self.json_path()}: {self.message}"


def _kind(value: object) -> str:
    return "null" if value is None else type(value).__name__


def _pykind(value: object) -> str:
    """A type name for messages about the caller's own arguments."""
    if value is None:
        return "None"
    if hasattr(value, "__await__"):  # the result of an AsyncNovu call, passed on un-awaited
        return f"{type(value).__name__} (an awaitable: did you forget `await`?)"
    return type(value).__name__


def _fromisoformat(text: str) -> _dt.datetime:
    # datetime.fromisoformat takes "Z" only from 3.11; Novu always sends it.
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    return _dt.datetime.fromisoformat(text)


_PLAIN = frozenset((str, int, float, bool, type(None)))


def encode(value: Any) -> Any:
    """A Python value (models, enums, dates, lists, dicts) to its JSON form."""
    kind = value.__class__
    if kind in _PLAIN:
        return value
    if kind is dict:  # the common containers first: ABC isinstance checks are slow
        return {k: encode(v) for k, v in value.items() if v is not UNSET}
    if kind is list:
        return [encode(v) for v in value]
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    if isinstance(value, Mapping):
        return {k: encode(v) for k, v in value.items() if v is not UNSET}
    return value


def query_value(name: str, value: Any, spec: Any = None) -> Any:
    """A query parameter's wire form; lists repeat the key (httpx does that for lists).

    With the parameter's spec (what generated operations pass), the value is first checked
    against its declared type (`limit="10"`, `limit=True`, `limit=float("nan")` are refused
    with the parameter's name). No query parameter in Novu's API is an object: a dict or a
    model here is a caller mistake, refused instead of being sent as some serialisation of it.
    """
    if spec is not None and _tag(spec) not in ("any", "model"):
        spec = prepare(spec)
        if _tag(spec) == "list" and not isinstance(value, (list, tuple)):
            spec = spec[1]  # one value where a list is declared: sent as that one value
        value = encode_in(value, spec, (name,))
    if isinstance(value, (list, tuple)):
        return [_query_scalar(name, v, " item") for v in value]
    return _query_scalar(name, value, "")


def _query_scalar(name: str, value: Any, what: str) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    if isinstance(value, (str, int, float)):
        return value
    raise TypeError(
        f"query parameter {name!r}{what} must be a str, number, bool, enum"
        f"{'' if what else ' or a list of them'}, got {_pykind(value)}"
    )


def path_param(name: str, value: Any) -> str:
    """A path parameter, checked and percent-encoded so it stays inside its own segment.

    Every path parameter in Novu's API is a string: anything else (an int id, a dict, a model)
    is refused with the argument's name rather than converted behind the caller's back.
    """
    if isinstance(value, enum.Enum):
        value = value.value
    if not isinstance(value, str):
        hint = (
            f" (pass str({name}) for a numeric id)"
            if isinstance(value, int) and not isinstance(value, bool)
            else ""
        )
        raise TypeError(f"path parameter {name!r} must be a str, got {_pykind(value)}{hint}")
    if not value.strip():
        raise ValueError(f"path parameter {name!r} must not be empty or whitespace")
    if value in (".", ".."):  # a dot segment would be resolved away by URL normalisation
        return value.replace(".", "%2E")
    return quote(value, safe="")


# -- request bodies: see the end of this module --------------------------------------------


def _upload_name(payload: Any) -> str | None:
    """The base name of an open file (`open("/data/en_US.json", "rb")` -> "en_US.json").

    Never the full path: it would tell the server about local folders, and Novu reads the
    locale from the file name.
    """
    path = getattr(payload, "name", None)
    if not isinstance(path, str) or not path or path.startswith("<"):  # fds, "<stdin>"
        return None
    return path.replace("\\", "/").rsplit("/", 1)[-1] or None


def _rewindable(name: str, value: Any) -> Any:
    """A file object httpx can rewind for each attempt; a pipe or socket is read once, here."""
    try:
        seekable = getattr(value, "seekable", None)
        if seekable is not None and seekable():
            return value
        data = value.read()
    except (OSError, ValueError) as exc:  # closed, not readable, a broken pipe
        from .errors import InvalidRequestError

        raise InvalidRequestError(
            f"argument {name!r}: the file cannot be read ({type(exc).__name__}: {exc})"
        ) from exc
    if isinstance(data, str):
        raise TypeError(f"argument {name!r} must be opened in binary mode ('rb'), got text")
    return data


def multipart_file(name: str, value: Any) -> tuple[str | None, Any, str | None]:
    if isinstance(value, File):
        file_name, payload, mime_type = value.to_tuple()
        file_name = file_name if file_name is not None else _upload_name(payload)
        return file_name, (_rewindable(name, payload) if hasattr(payload, "read") else payload), mime_type
    if isinstance(value, (bytes, bytearray)):
        return None, bytes(value), None
    if hasattr(value, "read"):
        return _upload_name(value), _rewindable(name, value), None
    if is_file_tuple(value):
        file_name, payload, *rest = value
        if hasattr(payload, "read"):
            payload = _rewindable(name, payload)
        return (file_name, payload, rest[0] if rest else None)
    raise argument_error(
        f"argument {name!r} must be a File, bytes, a binary file object or a "
        f"(filename, content[, content_type]) tuple, got {_kind(value)}"
    )


def is_file_tuple(value: Any) -> bool:
    """httpx's own spelling of one file: (filename, content) or (filename, content, content_type)."""
    return (
        isinstance(value, tuple)
        and len(value) in (2, 3)
        and (value[0] is None or isinstance(value[0], str))
        and (isinstance(value[1], (bytes, bytearray)) or hasattr(value[1], "read"))
        and (len(value) == 2 or value[2] is None or isinstance(value[2], str))
    )


def multipart_parts(
    body: Any, file_fields: list[str], spec: Any = None
) -> tuple[dict[str, Any], list[tuple[str, tuple[str | None, Any, str | None]]]]:
    """Split a multipart body into form fields and real file parts (a list of files repeats its field).

    With the body's spec, a mapping body is read like a JSON one (Python or wire names, values checked).
    """
    import json

    if spec is not None and _tag(spec) == "model" and spec[1]._SPEC.fields:
        values = encode_model(spec[1]._SPEC, body, ("body",), top=True)
    else:
        values = body.to_dict() if hasattr(body, "to_dict") else dict(body)
    fields: dict[str, Any] = {}
    files: list[tuple[str, tuple[str | None, Any, str | None]]] = []
    for key, value in values.items():
        if value is UNSET:
            continue
        if key in file_fields:
            single = not isinstance(value, (list, tuple)) or is_file_tuple(value)
            for item in [value] if single else value:
                files.append((key, multipart_file(key, item)))
        elif isinstance(value, (dict, list)):
            fields[key] = json.dumps(encode(value))
        else:
            fields[key] = str(encode(value))
    return fields, files


_ENCODERS: dict[bool, Any] = {}  # check_circular -> the JSONEncoder of the request bodies, made once


def _encoder(check_circular: bool) -> Any:
    encoder = _ENCODERS.get(check_circular)
    if encoder is None:
        import json

        encoder = _ENCODERS[check_circular] = json.JSONEncoder(
            separators=(",", ":"), ensure_ascii=False, allow_nan=False, check_circular=check_circular
        )
    return encoder


def json_bytes(value: Any, *, acyclic: bool = False) -> bytes:
    """A request body as it is sent: compact UTF-8 JSON. A value JSON cannot carry is a
    TypeError naming where it is; a body nested too deeply, an InvalidRequestError.

    `acyclic`: the caller has walked the value whole and so knows it holds no reference cycle
    (the bulk helpers' item tables); the same bytes and errors, without the encoder's bookkeeping
    of every container it enters (about a fifth of its time on a bulk chunk)."""
    try:
        return _encoder(not acyclic).encode(value).encode()  # type: ignore[no-any-return]
    except (TypeError, ValueError):
        raise not_json_error(value) from None
    except RecursionError as exc:
        from .errors import InvalidRequestError

        raise InvalidRequestError("the request body is nested too deeply to encode as JSON") from exc


def not_json_error(encoded: Any) -> TypeError:
    """The error for a body `json.dumps` refused: which argument, where in it, and what."""
    problem = _not_json(encoded, "") or ("", "a value JSON cannot represent")
    where, what = problem
    arg = where.lstrip(".").split(".", 1)[0].split("[", 1)[0] or "body"
    return TypeError(
        f"argument {arg!r} cannot be sent as JSON: {what} at {where.lstrip('.') or 'the top level'}"
    )


def _not_json(value: Any, path: str) -> tuple[str, str] | None:
    """Where the first value JSON cannot carry is, and what it is; None when all is plain JSON."""
    if value is None or isinstance(value, (str, bool, int)):
        return None
    if isinstance(value, float):
        return None if value == value and value not in (float("inf"), float("-inf")) else (path, repr(value))
    if isinstance(value, list):
        for index, item in enumerate(value):
            found = _not_json(item, f"{path}[{index}]")
            if found:
                return found
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                return path, f"{_a(_kind(key))} key {key!r}"
            found = _not_json(item, f"{path}.{key}")
            if found:
                return found
        return None
    return path, _a(_kind(value))


def _a(thing: str) -> str:
    return f"an {thing}" if thing[:1] in "aeiou" else f"a {thing}"


# -- what the generator emits about each model: `_SPEC` ---------------------------------------
#
# A field's spec is a tuple the generator writes (generator/fields.py): ("str",), ("int",),
# ("num",), ("bool",), ("null",), ("any",), ("uuid",), ("datetime",), ("date",), ("file",),
# ("enum", EnumClass), ("const", (values,)), ("model", ModelClass), ("list", item_spec),
# ("union", (member_specs,)) or ("union", (member_specs,), tag, {tag value: ModelClass}).
# Nothing here learns about a model any other way.


class FieldSpec:
    __slots__ = ("wire", "python", "required", "spec")

    def __init__(self, wire: str, python: str, required: bool, spec: Any) -> None:
        self.wire = wire
        self.python = python
        self.required = required
        self.spec = spec


class ModelSpec:
    """One model's fields as the generator knows them: wire and Python names, required set, types."""

    __slots__ = ("cls", "fields", "by_wire", "by_python", "required", "known", "nested")

    def __init__(self, cls: type, fields: tuple[tuple[str, str, bool, Any], ...]) -> None:
        self.cls = cls
        self.fields = tuple(FieldSpec(w, p, r, prepare(s)) for w, p, r, s in fields)
        self.by_wire = {f.wire: f for f in self.fields}
        self.by_python = {f.python: f for f in self.fields if f.python != f.wire}
        self.required = tuple(f.wire for f in self.fields if f.required)
        self.known = frozenset(self.by_wire)
        # The fields whose values can hold models (what `deviations` walks into).
        self.nested = tuple((f.python, f.wire) for f in self.fields if _holds_models(f.spec))


class UnionSpec:
    """A union's members, split by what a wire value can be, and its discriminator if any."""

    __slots__ = ("members", "models", "enums", "scalars", "lists", "nullable", "anything", "tag", "mapping")

    def __init__(self, members: tuple[Any, ...], tag: str | None = None, mapping: Any = None) -> None:
        self.members = tuple(prepare(m) for m in members)
        self.models = tuple(m[1] for m in self.members if _tag(m) == "model")
        self.enums = tuple(m[1] for m in self.members if _tag(m) == "enum")
        scalars: list[type] = []
        for m in self.members:
            scalars += _SCALAR_TYPES.get(_tag(m), ())
        self.scalars = frozenset(scalars)
        self.lists = tuple(m for m in self.members if _tag(m) == "list")
        self.nullable = any(_tag(m) == "null" for m in self.members)
        self.anything = any(_tag(m) == "any" for m in self.members)
        self.tag = tag
        self.mapping = dict(mapping or {})

    def __getitem__(self, index: int) -> Any:  # reads like the tuple spec it came from
        return ("union", self.members)[index]


_SCALAR_TYPES: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "num": (int, float),
    "bool": (bool,),
    "uuid": (str,),
    "datetime": (str,),
    "date": (str,),
}


def _holds_models(spec: Any) -> bool:
    tag = _tag(spec)
    if tag == "model":
        return True
    if tag == "list":
        return _holds_models(spec[1])
    if tag == "union":
        return any(_holds_models(m) for m in spec[1])
    return False


def _tag(spec: Any) -> str:
    return "union" if spec.__class__ is UnionSpec else str(spec[0])


def prepare(spec: Any) -> Any:
    """A spec with its unions made ready to pick members (done once, when a model module loads)."""
    if spec.__class__ is UnionSpec:
        return spec
    tag = spec[0]
    if tag == "union":
        return UnionSpec(spec[1], *spec[2:])
    if tag == "list":
        return ("list", prepare(spec[1]))
    return spec


def _expected(spec: Any) -> str:
    tag = _tag(spec)
    if tag == "union":
        return " or ".join(_expected(m) for m in spec.members)
    if tag == "model":
        return f"an object ({spec[1].__name__})"
    if tag == "enum":
        return "one of " + ", ".join(repr(m.value) for m in spec[1])
    if tag == "const":
        return " or ".join(repr(v) for v in spec[1])
    if tag == "list":
        return f"an array of {_expected(spec[1])}"
    return {
        "str": "a string",
        "int": "an integer",
        "num": "a number",
        "bool": "a boolean",
        "uuid": "a UUID string",
        "datetime": "a date-time string",
        "date": "a date string",
        "null": "null",
    }.get(tag, tag)


# -- deviations: what a response had that its schema does not allow ---------------------------


class Deviation:
    """One value of a response that does not fit its schema, kept as the server sent it."""

    __slots__ = ("path", "expected", "actual")

    def __init__(self, path: str, expected: str, actual: Any) -> None:
        self.path = path
        self.expected = expected
        self.actual = actual

    def __repr__(self) -> str:
        return f"Deviation({self.path!r}, expected={self.expected!r}, actual={self.actual!r})"

    def __str__(self) -> str:
        return f"{self.path}: expected {self.expected}, got {_show(self.actual)}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Deviation) and (self.path, self.expected, self.actual) == (
            other.path,
            other.expected,
            other.actual,
        )

    __hash__ = None  # type: ignore[assignment]  # pyright: ignore[reportAssignmentType]


def _show(value: Any) -> str:
    if value is UNSET:
        return "nothing (the field is missing)"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


_STRICT: contextvars.ContextVar[bool] = contextvars.ContextVar("novu_api_strict_responses", default=False)
# While `root` decodes a response, or an item of one is decoded when first read: the operation
# and the deviations found so far as (owner, path inside it, expected, actual), logged after.
# None otherwise (`from_dict` called directly, error bodies: recorded, not logged).
_DECODING: contextvars.ContextVar[tuple[str, list[tuple[Any, tuple[str | int, ...], str, Any]]] | None] = (
    contextvars.ContextVar("novu_api_decoding", default=None)
)
# id(model) -> (weak reference to it, its deviations as (path inside it, expected, actual)). A
# model without deviations has no entry: recording costs nothing until something is off.
_RECORDS: dict[int, tuple[Any, list[tuple[tuple[str | int, ...], str, Any]]]] = {}


def _forgetter(key: int) -> Callable[[Any], None]:
    def forget(ref: Any) -> None:  # the model is gone: so are its deviations
        entry = _RECORDS.get(key)
        if entry is not None and entry[0] is ref:
            del _RECORDS[key]

    return forget


def off(owner: Any, path: tuple[str | int, ...], value: Any, expected: str) -> Any:
    """Record that `value` at `path` inside `owner` does not fit `expected`, and keep it.

    In strict mode (`strict_responses=True`) this raises the `DecodeError` instead; the callers
    up the tree prefix their own keys, so the error carries the JSON path from the root.
    """
    if _STRICT.get():
        raise DecodeError(list(path), f"expected {expected}, got {_show(value)}")
    if owner is not None:
        key = id(owner)
        entry = _RECORDS.get(key)
        if entry is None or entry[0]() is not owner:
            entry = (weakref.ref(owner, _forgetter(key)), [])
            _RECORDS[key] = entry
        if len(entry[1]) < 1000:  # bounded, whatever a server sends
            entry[1].append((path, expected, value))
    decoding = _DECODING.get()
    if decoding is not None and len(decoding[1]) < 1000:  # logged by `root` or `Model._late`
        decoding[1].append((owner, path, expected, value))
    return value


def _log_found(
    where: str, result: Any, found: list[tuple[Any, tuple[str | int, ...], str, Any]], late: bool = False
) -> None:
    # The paths from `result`: the models' records, walked (items not read yet are left alone);
    # values outside any model (items of a top-level array) as found.
    walked: list[Deviation] = []
    _walk(result, walked)
    for d in walked:
        _log_once(where, d.path, d.expected, d.actual, late)
    for owner, path, expected, actual in found:
        if owner is None:
            _log_once(where, "$" + _path_suffix(path), expected, actual, late)


def _path_suffix(path: tuple[str | int, ...]) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


def deviations(obj: Any) -> list[Deviation]:
    """Every deviation from the spec in `obj` and everything inside it.

    Each has the JSON path from `obj` (`$.data[3].status`), what the schema expects and what
    the server sent (kept in the model as sent). An empty list means everything fit. Parts of a
    response not read yet are decoded (and so checked) first. A page of a paginated call stands
    for the response it came from (paths are from its body).
    """
    from .pagination import _PageBase

    if isinstance(obj, _PageBase):
        obj = obj.response
    _fill_all(obj)
    out: list[Deviation] = []
    if _RECORDS:  # nothing recorded anywhere: nothing to find
        _walk(obj, out)
    return out


def _fill_all(top: Any) -> None:
    # Decode every model of `top` not read yet. Such models are items of arrays that `root`
    # kept as wire objects (`_Items`); what is inside them is decoded with them, so their insides
    # are not visited.
    stack = [top]
    pop, push = stack.pop, stack.append
    while stack:
        value = pop()
        kind = value.__class__
        if kind is _Items:  # items kept for first read: each decodes whole, nothing kept inside
            for item in value:
                if _pending(item):
                    item._late()
            continue
        if kind is list:
            stack.extend(v for v in value if v.__class__ not in _PLAIN)
            continue
        spec = getattr(kind, "_SPEC", None)
        if not isinstance(spec, ModelSpec):
            continue
        if _pending(value):
            value._late()
            continue
        for python, _ in spec.nested:
            child = getattr(value, python)
            if child is not UNSET and child is not None and child.__class__ not in _PLAIN:
                push(child)


def _walk(top: Any, out: list[Deviation]) -> None:
    # Depth-first over the models and lists inside `top` (items not read yet are passed over:
    # nothing is recorded in them). A node is (value, index of its parent node, key in the parent); paths are spelled only for
    # the models that have deviations. Bounded at 200 levels, like the encoder.
    nodes: list[tuple[Any, int, str | int, int]] = [(top, -1, "", 0)]
    stack = [0]
    pop, add = stack.pop, nodes.append
    while stack:
        at = pop()
        value, _, _, depth = nodes[at]
        if depth > 200:
            continue
        spec = getattr(value.__class__, "_SPEC", None)
        if isinstance(spec, ModelSpec):
            if _pending(value):  # not read yet: nothing recorded in it
                continue
            entry = _RECORDS.get(id(value))
            if entry is not None and entry[0]() is value:
                here = "$" + _path_suffix(_node_path(nodes, at))
                out.extend(Deviation(here + _path_suffix(p), e, a) for p, e, a in entry[1])
            first = len(nodes)
            for python, wire in spec.nested:
                child = getattr(value, python)
                if child is not UNSET and child is not None and child.__class__ not in _PLAIN:
                    add((child, at, wire, depth + 1))
            stack.extend(range(len(nodes) - 1, first - 1, -1))  # visited in field order
        elif value.__class__ is list or value.__class__ is _Items:
            first = len(nodes)
            for index, item in enumerate(value):
                if item.__class__ not in _PLAIN:
                    add((item, at, index, depth + 1))
            stack.extend(range(len(nodes) - 1, first - 1, -1))


def _node_path(nodes: list[tuple[Any, int, str | int, int]], at: int) -> tuple[str | int, ...]:
    parts: list[str | int] = []
    while at > 0:
        _, parent, key, _ = nodes[at]
        parts.append(key)
        at = parent
    return tuple(reversed(parts))


_LOGGED: set[tuple[str, str]] = set()


def _log_once(where: str, path: str, expected: str, actual: Any, late: bool = False) -> None:
    import logging
    import re

    key = (where, re.sub(r"\[\d+\]", "[*]", path))
    if key in _LOGGED:
        return
    if len(_LOGGED) < 10_000:
        _LOGGED.add(key)
    logging.getLogger("novu_api").warning(
        "%s: the response deviates from the spec at %s: expected %s, got %s (kept; "
        "novu_api.deviations(result) lists them, strict_responses=True raises)%s",
        where,
        path,
        expected,
        _show(actual),
        " (found when first read)" if late else "",
    )


def root(operation: str, strict: bool, data: Any, spec: Any) -> Any:
    """Decode an operation's success body by its spec.

    A body that cannot be the declared type at all (null, a string, a list, `{}` where an object
    with required fields is declared) is a `DecodeError` in every mode. The top-level object is
    decoded now; the items of its arrays of objects when first read (`Model`). Deviations are
    recorded (and logged once per operation and path; those in items when the items are read)
    or, when `strict`, the whole body is decoded now and the first deviation raised.
    """
    found: list[tuple[Any, tuple[str | int, ...], str, Any]] = []
    token = _STRICT.set(strict) if strict != _STRICT.get() else None
    decoding = _DECODING.set((operation, found))
    try:
        result = _root_value(data, prepare(spec))
    finally:
        _DECODING.reset(decoding)
        if token is not None:
            _STRICT.reset(token)
    if found:
        _log_found(operation, result, found)
    return result


def _root_value(data: Any, spec: Any) -> Any:
    tag = _tag(spec)
    if tag == "model":
        cls = spec[1]
        if data.__class__ is not dict:
            raise DecodeError([], f"expected an object ({cls.__name__}), got {_kind(data)}")
        required = cls._SPEC.required
        if required and not any(k in data for k in required):
            raise DecodeError(
                [],
                f"expected an object ({cls.__name__}) with its required fields "
                f"({', '.join(required[:5])}{', ...' if len(required) > 5 else ''}), got "
                + ("an empty object" if not data else "none of them"),
            )
        return cls._eager(data, not _STRICT.get())
    if tag == "list" and data.__class__ is not list:
        raise DecodeError([], f"expected {_expected(spec)}, got {_kind(data)}")
    if tag == "union" and data.__class__ is dict and spec.models:
        return _root_value(data, ("model", _pick(spec, data)[0]))
    if data is None and tag not in ("null", "any") and not (tag == "union" and spec.nullable):
        raise DecodeError([], f"expected {_expected(spec)}, got null")
    if tag in _SCALAR_TYPES and data.__class__ not in _SCALAR_TYPES[tag]:
        raise DecodeError([], f"expected {_expected(spec)}, got {_kind(data)}")
    return value_in(None, (), data, spec)


# -- decoding helpers the generated `from_dict` calls (the fast path is the generated code) ----


def models_in(owner: Any, key: str, value: Any, cls: Any, lazy: bool = False) -> Any:
    # With `lazy` (a response, or `from_dict`, decoding its top object and what is directly
    # inside it), the items stay wire objects until one is first read (`Model`): a page's items
    # the caller never reads cost nearly nothing. An item decoded later decodes all of its
    # inside at once; strict mode decodes everything now.
    if value.__class__ is not list:
        return off(owner, (key,), value, f"an array of objects ({cls.__name__})")
    out: list[Any] = []
    append = out.append
    if lazy:
        decoding = _DECODING.get()
        out = _Items()
        append = out.append
        ctx = (decoding[0] if decoding is not None else None, key, weakref.ref(out))
        new = object.__new__
        shell_cls = cls._Pending
        for item in value:
            if item.__class__ is dict:
                shell = new(shell_cls)
                _put(shell, "_src", item)
                _put(shell, "_ctx", ctx)
                append(shell)
            else:
                append(_item_off(owner, key, len(out), item, cls))
        return out
    make = cls._make
    try:
        for item in value:
            append(
                make(item, False) if item.__class__ is dict else _item_off(owner, key, len(out), item, cls)
            )
    except DecodeError as exc:
        exc.path[:0] = [key, len(out)]
        raise
    return out


def _no_list() -> None:
    return None


def item_shells(operation: str, key: str, items: list[Any], cls: Any, last: Any = None) -> Iterator[Any]:
    """Items of an array of objects made one at a time as they are reached, each the pending item
    `models_in` would have kept (`items`: wire objects, every one a dict), for a caller that
    holds no list of them: auto-pagination past the first page. An item the caller drops is freed
    at once, so iterating many pages keeps no item objects beyond the caller's; such an item
    decodes alone on first read, and what does not fit is logged from the item (`$.field`).
    `last`, if given, is the item already made for the last wire object (the iterator read it
    to find the next cursor): it is yielded in its place."""
    ctx = (operation, key, _no_list)
    new = object.__new__
    shell_cls = cls._Pending
    for item in items if last is None else items[:-1]:
        shell = new(shell_cls)
        _put(shell, "_src", item)
        _put(shell, "_ctx", ctx)
        yield shell
    if last is not None:
        yield last


def _item_off(owner: Any, key: str, index: int, item: Any, cls: Any) -> Any:
    try:
        return off(owner, (key, index), item, f"an object ({cls.__name__})")
    except DecodeError as exc:
        exc.path[:] = exc.path[2:]  # models_in puts the key and index back
        raise


def enum_in(owner: Any, key: str, value: Any, cls: Any) -> Any:
    member = cls._value2member_map_.get(value) if value.__class__ in (str, int) else None
    if member is None:
        return off(owner, (key,), value, _expected(("enum", cls)))
    return member


def scalars_in(owner: Any, key: str, value: Any, types: tuple[type, ...], what: str) -> Any:
    if value.__class__ is not list:
        return off(owner, (key,), value, f"an array of {what}")
    for item in value:
        if item.__class__ not in types:
            break
    else:
        return value
    for index, item in enumerate(value):
        if item.__class__ not in types:
            off(owner, (key, index), item, what)
    return value


def array_in(owner: Any, key: str, value: Any) -> Any:
    if value.__class__ is not list:
        return off(owner, (key,), value, "an array")
    return value


def list_in(owner: Any, key: str, value: Any, spec: Any) -> Any:
    return value_in(owner, (key,), value, spec)


def _parse_date(text: str, date_only: bool) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(text[:10]) if date_only else _fromisoformat(text)
    except ValueError:
        if date_only:
            return None
    try:  # other ISO 8601 spellings; imported only when needed
        from dateutil.parser import isoparse

        return isoparse(text)
    except (ValueError, OverflowError):
        return None


def datetime_in(owner: Any, key: str, value: Any) -> Any:
    parsed = _parse_date(value, False) if value.__class__ is str else None
    return parsed if parsed is not None else off(owner, (key,), value, "a date-time string")


def date_in(owner: Any, key: str, value: Any) -> Any:
    parsed = _parse_date(value, True) if value.__class__ is str else None
    return parsed if parsed is not None else off(owner, (key,), value, "a date string")


def union_in(owner: Any, key: str, value: Any, spec: UnionSpec) -> Any:
    return value_in(owner, (key,), value, spec)


def value_in(owner: Any, path: tuple[str | int, ...], value: Any, spec: Any) -> Any:
    """Decode `value` by its spec (lists of enums, unions, nested lists: the less common shapes)."""
    tag = _tag(spec)
    if value is None:
        if tag in ("null", "any") or (tag == "union" and spec.nullable):
            return None
        return off(owner, path, value, _expected(spec))
    kind = value.__class__
    if tag == "union":
        if kind is dict and spec.models:
            if spec.tag is not None:
                tag_value = value.get(spec.tag)
                if spec.tag in value and (tag_value.__class__ is not str or tag_value not in spec.mapping):
                    # A member this release does not know (Novu adds step types), or a tag of
                    # the wrong type: kept as sent, and recorded.
                    tags = ", ".join(repr(t) for t in spec.mapping)
                    off(owner, (*path, spec.tag), tag_value, f"one of {tags} (the object is kept as sent)")
                    return value
            cls, exact = _pick(spec, value)
            if not exact and spec.anything:
                return value  # no model member fits, and the union also takes any object
            if not exact:
                off(owner, path, _Brief(value), f"{_expected(spec)} (decoded as the closest, {cls.__name__})")
            return _nested(path, cls, value)
        if kind is str or kind is int:
            for enum_cls in spec.enums:
                member = enum_cls._value2member_map_.get(value)
                if member is not None:
                    return member
        if kind in spec.scalars or spec.anything:
            return value
        if kind is list and spec.lists:
            return value_in(owner, path, value, spec.lists[0])
        if kind is dict and any(_tag(m) in ("model", "any") for m in spec.members):
            return value
        for m in spec.members:
            if _tag(m) == "const" and value in m[1]:
                return value
        return off(owner, path, value, _expected(spec))
    if tag == "model":
        if kind is dict:
            return _nested(path, spec[1], value)
    elif tag == "list":
        if kind is list:
            item = spec[1]
            return [value_in(owner, (*path, i), v, item) for i, v in enumerate(value)]
    elif tag == "enum":
        member = spec[1]._value2member_map_.get(value) if kind in (str, int) else None
        if member is not None:
            return member
    elif tag == "datetime" or tag == "date":
        parsed = _parse_date(value, tag == "date") if kind is str else None
        return parsed if parsed is not None else off(owner, path, value, _expected(spec))
    elif tag == "const":
        if value in spec[1]:
            return value
    elif tag == "any" or tag == "file":
        return value
    elif kind in _SCALAR_TYPES.get(tag, ()):
        return value
    return off(owner, path, value, _expected(spec))


class _Brief:
    """An object that fits no union member, as a deviation shows it: its keys, not its values."""

    __slots__ = ("keys",)

    def __init__(self, value: dict[str, Any]) -> None:
        self.keys = sorted(value)[:20]

    def __repr__(self) -> str:
        return "an object with keys " + ", ".join(self.keys) if self.keys else "an empty object"


def _nested(path: tuple[str | int, ...], cls: Any, value: Any) -> Any:
    try:
        return cls._eager(value)
    except DecodeError as exc:
        exc.path[:0] = list(path)
        raise


def accepts(spec: Any, value: Any) -> bool:
    """Whether a wire value fits a spec at first sight (its type; enum and const values exactly)."""
    tag = _tag(spec)
    kind = value.__class__
    if value is None:
        return tag in ("null", "any") or (tag == "union" and spec.nullable)
    if tag in _SCALAR_TYPES:
        return kind in _SCALAR_TYPES[tag]
    if tag == "enum":
        return kind in (str, int) and value in spec[1]._value2member_map_
    if tag == "const":
        return kind in (str, int, float, bool) and value in spec[1]
    if tag == "model":  # an object, with the member's required keys (one level down)
        return kind is dict and all(k in value for k in spec[1]._SPEC.required)
    if tag == "list":
        return kind is list and all(accepts(spec[1], v) for v in value[:50])
    if tag == "union":
        return any(accepts(m, value) for m in spec.members)
    return True


def _pick(spec: UnionSpec, value: dict[str, Any]) -> tuple[Any, bool]:
    """The model member a wire object is: the one its discriminator names; else the member whose
    required keys are all present and whose declared fields the values fit, preferring the one
    that declares the most of the object's keys, then the fewest undeclared ones, then the
    smallest, then the first. The flag says whether the choice fits exactly."""
    if spec.tag is not None:
        tag_value = value.get(spec.tag)
        cls = spec.mapping.get(tag_value) if tag_value.__class__ is str else None
        if cls is not None:
            return cls, True
    best: tuple[int, int, int, int, int] | None = None
    chosen = spec.models[0]
    for index, cls in enumerate(spec.models):
        s = cls._SPEC
        missing = sum(1 for r in s.required if r not in value)
        matched = unknown = mismatched = 0
        by_wire = s.by_wire
        for k, item in value.items():
            f = by_wire.get(k)
            if f is None:
                unknown += 1
            elif accepts(f.spec, item):
                matched += 1
            else:
                mismatched += 1
        score = (missing + mismatched, -matched, unknown, len(s.fields), index)
        if best is None or score < best:
            best, chosen = score, cls
    return chosen, best is not None and best[0] == 0


# -- inputs: the caller's values checked and encoded by the same specs ------------------------

_ARGUMENT_ERROR: list[type[Exception]] = []


def argument_error(message: str) -> Exception:
    """`InvalidArgumentError`: an `InvalidRequestError` (a NovuError and ValueError) that is also
    a TypeError, for a value the caller passed that cannot be sent; made on first use, so that
    importing a model does not import httpx."""
    if not _ARGUMENT_ERROR:
        from .errors import InvalidRequestError

        class InvalidArgumentError(InvalidRequestError, TypeError):
            """An argument (or a field inside one) cannot be sent as given; the message names it."""

        InvalidArgumentError.__module__ = "novu_api.errors"
        _ARGUMENT_ERROR.append(InvalidArgumentError)
    return _ARGUMENT_ERROR[0](message)


def _where_arg(path: tuple[str | int, ...], wire: str | None = None) -> str:
    if not path:
        return "the value"
    head = f"argument {path[0]!r}"
    if wire is not None and wire != path[0] and len(path) == 1:
        head += f" (body field {wire!r})"
    if len(path) > 1:
        head += f": field {_path_text(path[1:])!r}"
    return head


def _path_text(path: tuple[str | int, ...]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _input_expected(spec: Any) -> str:
    tag = _tag(spec)
    if tag == "union":
        parts: list[str] = []
        for m in spec.members:
            text = f"a {m[1].__name__}" if _tag(m) == "model" else _input_expected(m)
            if _tag(m) != "null" and text not in parts:
                parts.append(text)
        if spec.models:
            parts.append("a dict")
        return (", ".join(parts[:-1]) + " or " + parts[-1]) if len(parts) > 1 else (parts or ["None"])[0]
    if tag == "model":
        return f"a {spec[1].__name__} or a dict"
    if tag == "enum":
        return f"a {spec[1].__name__} or one of its values"
    if tag == "list":
        return f"a sequence of ({_input_expected(spec[1])})"
    return {
        "str": "a str",
        "int": "an int",
        "num": "a finite number",
        "bool": "a bool",
        "uuid": "a UUID or str",
        "datetime": "a timezone-aware datetime or an RFC 3339 string",
        "date": "a date or an ISO 8601 string",
        "const": _expected(spec),
        "file": "a File, bytes, a binary file object or a (filename, content, content_type) tuple",
    }.get(tag, tag)


def _bad(
    path: tuple[str | int, ...], spec: Any, value: Any, wire: str | None = None, why: str = ""
) -> Exception:
    return argument_error(
        f"{_where_arg(path, wire)} must be {_input_expected(spec)}, got {_pykind(value)}{why}"
    )


def json_body(value: Any, spec: Any = None) -> Any:
    """A JSON request body, checked and encoded by the generator's specs.

    `value` is the body model or a mapping (what the facade builds from its keyword arguments).
    Mappings, at any depth, take wire names (`subscriberId`) or Python names (`subscriber_id`):
    Python names are sent as their wire names, and a key that is neither is sent as given (the
    API may know fields this release does not). Scalars are checked before anything is sent (an
    int is not a bool or a str, a number is finite, a datetime has its UTC offset), with the
    argument and the path inside it in the message, as an `InvalidArgumentError`.
    """
    if spec is None or isinstance(spec, str):
        return encode(value)
    spec = prepare(spec)
    try:
        if _tag(spec) == "model":
            return encode_model(spec[1]._SPEC, value, ("body",), top=True)
        return encode_in(value, spec, ("body",))
    except RecursionError as exc:
        from .errors import InvalidRequestError

        raise InvalidRequestError("the request body is nested too deeply to encode as JSON") from exc


def to_wire(model_obj: Any) -> dict[str, Any]:
    """A model as a JSON object (`to_dict`), values as they are held: a decoded model with
    deviations round-trips as it came. Request bodies are checked where they are sent
    (`json_body`), by `encode_model`."""
    spec: ModelSpec = model_obj.__class__._SPEC
    extra = model_obj._extra
    out: dict[str, Any] = dict(extra) if extra else {}
    for f in spec.fields:
        value = getattr(model_obj, f.python)
        if value is not UNSET:
            out[f.wire] = value if value.__class__ in _PLAIN else encode(value)
    return out


def encode_model(
    spec: ModelSpec, value: Any, path: tuple[str | int, ...], top: bool = False
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if isinstance(value, spec.cls):
        extra = value._extra  # type: ignore[attr-defined]
        if extra:
            for k, item in extra.items():
                out[k] = encode_free(item, (*path, k))
        for declared in spec.fields:
            item = getattr(value, declared.python)
            if item is not UNSET:
                where = (declared.python,) if top else (*path, declared.python)
                out[declared.wire] = encode_in(item, declared.spec, where, declared.wire if top else None)
        return out
    if value.__class__ is not dict and not isinstance(value, Mapping):
        raise _bad(path, ("model", spec.cls), value)
    by_wire, by_python = spec.by_wire, spec.by_python
    for k, item in value.items():
        if item is UNSET:
            continue
        f: FieldSpec | None = by_wire.get(k) or by_python.get(k)
        if f is None:
            if not isinstance(k, str):
                raise argument_error(f"{_where_arg(path)}: keys must be str, got {_pykind(k)} {k!r}")
            out[k] = encode_free(item, (k,) if top else (*path, k))
            continue
        if f.wire in out:
            raise argument_error(
                f"{_where_arg(path)}: field {f.wire!r} is given twice (as {f.wire!r} and {f.python!r})"
            )
        where = (f.python,) if top else (*path, k)
        out[f.wire] = encode_in(item, f.spec, where, f.wire if top else None)
    return out


def encode_in(value: Any, spec: Any, path: tuple[str | int, ...], wire: str | None = None) -> Any:
    """One input value, checked against its spec and encoded to its JSON form."""
    if value is None:
        return None
    tag = _tag(spec)
    kind = value.__class__
    if tag == "str":
        if kind is str or isinstance(value, str):
            return value.value if isinstance(value, enum.Enum) else value
    elif tag == "int":
        if kind is int or (isinstance(value, int) and not isinstance(value, bool)):
            return int(value)
    elif tag == "num":
        if kind is int or kind is float or (isinstance(value, (int, float)) and not isinstance(value, bool)):
            if value != value or value in (float("inf"), float("-inf")):
                raise argument_error(f"{_where_arg(path, wire)} must be a finite number, got {value!r}")
            return value
    elif tag == "bool":
        if kind is bool:
            return value
    elif tag == "uuid":
        if kind is str or type(value).__name__ == "UUID":
            return str(value)
    elif tag == "datetime":
        if isinstance(value, _dt.datetime):
            return _aware(value, path, wire)
        if kind is str:
            return value
    elif tag == "date":
        if isinstance(value, _dt.date) and not isinstance(value, _dt.datetime):
            return value.isoformat()
        if kind is str:
            return value
    elif tag == "enum":
        cls = spec[1]
        if isinstance(value, cls):
            return value.value
        if not isinstance(value, enum.Enum):
            value_types = {type(m.value) for m in cls}
            if kind in value_types and not isinstance(value, bool):
                return value  # a documented value, or one a newer server knows
    elif tag == "const":
        plain = value.value if isinstance(value, enum.Enum) else value
        if plain in spec[1]:
            return plain
    elif tag == "model":
        if spec[1]._SPEC.fields or not (kind is dict or isinstance(value, Mapping)):
            return encode_model(spec[1]._SPEC, value, path)
        return encode_free(value, path)
    elif tag == "list":
        if _tag(spec[1]) == "file" and (
            is_file_tuple(value) or isinstance(value, (File, bytes, bytearray)) or hasattr(value, "read")
        ):
            return [value]  # one file where a list of files is declared
        if (
            kind is list
            or kind is tuple
            or (isinstance(value, Sequence) and not isinstance(value, (str, bytes, bytearray)))
        ):
            item = spec[1]
            return [encode_in(v, item, (*path, i)) for i, v in enumerate(value)]
    elif tag == "union":
        return _encode_union(value, spec, path, wire)
    elif tag == "file":
        if isinstance(value, (File, bytes, bytearray)) or hasattr(value, "read") or is_file_tuple(value):
            return value
    else:  # any
        return encode_free(value, path)
    raise _bad(path, spec, value, wire)


def _aware(value: _dt.datetime, path: tuple[str | int, ...], wire: str | None) -> str:
    if value.tzinfo is None or value.utcoffset() is None:
        raise argument_error(
            f"{_where_arg(path, wire)} is a naive datetime ({value.isoformat()}): RFC 3339 needs a UTC "
            "offset; pass an aware one, e.g. datetime.now(timezone.utc) or dt.replace(tzinfo=timezone.utc)"
        )
    return value.isoformat()


def _input_fits(spec: Any, value: Any) -> bool:
    tag = _tag(spec)
    kind = value.__class__
    if tag == "str":
        return isinstance(value, str) and not isinstance(value, enum.Enum)
    if tag == "int":
        return isinstance(value, int) and not isinstance(value, (bool, enum.Enum))
    if tag == "num":
        return isinstance(value, (int, float)) and not isinstance(value, (bool, enum.Enum))
    if tag == "bool":
        return kind is bool
    if tag == "enum":
        return isinstance(value, spec[1]) or (kind in (str, int) and value in spec[1]._value2member_map_)
    if tag == "const":
        return (value.value if isinstance(value, enum.Enum) else value) in spec[1]
    if tag == "model":
        return isinstance(value, spec[1]) or kind is dict or isinstance(value, Mapping)
    if tag == "list":
        return kind in (list, tuple) or (
            isinstance(value, Sequence) and not isinstance(value, (str, bytes, bytearray))
        )
    if tag == "datetime":
        return isinstance(value, _dt.datetime) or kind is str
    if tag == "date":
        return isinstance(value, _dt.date) or kind is str
    if tag == "uuid":
        return kind is str or type(value).__name__ == "UUID"
    if tag == "null":
        return False
    return True


def _encode_union(value: Any, spec: UnionSpec, path: tuple[str | int, ...], wire: str | None) -> Any:
    members = [m for m in spec.members if _input_fits(m, value)]
    if not members:
        # An unknown string for an enum-only union: a newer server may know it.
        if (
            value.__class__ is str
            and spec.enums
            and all({type(m.value) for m in e} == {str} for e in spec.enums)
        ):
            return value
        raise _bad(path, spec, value, wire)
    models = [m for m in members if _tag(m) == "model"]
    if len(models) > 1:
        own = next((m for m in models if isinstance(value, m[1])), None)
        if own is not None:
            return encode_in(value, own, path, wire)
        # A mapping for one of several models: translate Python names by every member, then
        # let the same rule that reads responses say which member it is.
        names: dict[str, str] = {}
        for m in models:
            names.update({p: f.wire for p, f in m[1]._SPEC.by_python.items()})
        wired = {names.get(str(k), str(k)): v for k, v in value.items() if v is not UNSET}
        return encode_in(value, ("model", _pick(spec, wired)[0]), path, wire)
    return encode_in(value, members[0], path, wire)


def encode_free(value: Any, path: tuple[str | int, ...]) -> Any:
    """A free-form value (Any, free-form objects, undeclared keys): JSON-shaped data as given."""
    kind = value.__class__
    if kind in _PLAIN:
        if kind is float and (value != value or value in (float("inf"), float("-inf"))):
            raise argument_error(f"{_where_arg(path)} must be a finite number, got {value!r}")
        return value
    if kind is dict or isinstance(value, Mapping):
        return {k: encode_free(v, (*path, k)) for k, v in value.items() if v is not UNSET}
    if kind is list or kind is tuple:
        return [encode_free(v, (*path, i)) for i, v in enumerate(value)]
    spec = getattr(kind, "_SPEC", None)
    if isinstance(spec, ModelSpec):
        return encode_model(spec, value, path)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, _dt.datetime):
        return _aware(value, path, None)
    if isinstance(value, _dt.date):
        return value.isoformat()
    return value  # json_bytes names anything JSON cannot carry
