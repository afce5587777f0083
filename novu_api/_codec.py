"""Decoding and encoding helpers used by the generated models and operations.

Decoding is liberal: unknown enum values and unknown fields are kept, a missing field is
UNSET, and only a value whose shape cannot be a model (say, a string where an object is
declared) raises `DecodeError`, which carries the JSON path to the bad value.
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar
from urllib.parse import quote

from ._types import UNSET, File

T = TypeVar("T")


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


def model(cls: Any, value: Any, key: str) -> Any:
    """`cls.from_dict(value)` for an object field; the key is for error paths."""
    if value is UNSET or value is None:
        return value
    if value.__class__ is not dict and not isinstance(value, Mapping):
        raise DecodeError([key], f"expected an object for {cls.__name__}, got {_kind(value)}")
    try:
        return cls.from_dict(value)
    except DecodeError as exc:
        exc.path.insert(0, key)
        raise


def model_list(cls: Any, value: Any, key: str) -> Any:
    if value is UNSET or value is None:
        return value
    if value.__class__ is not list:
        raise DecodeError([key], f"expected an array of {cls.__name__}, got {_kind(value)}")
    from_dict = cls.from_dict
    out: list[Any] = []
    for index, item in enumerate(value):
        if item.__class__ is not dict:
            if item is None:
                out.append(None)
                continue
            raise DecodeError([key, index], f"expected an object for {cls.__name__}, got {_kind(item)}")
        try:
            out.append(from_dict(item))
        except DecodeError as exc:
            exc.path[:0] = [key, index]
            raise
    return out


def enum_value(cls: type[enum.Enum], value: Any) -> Any:
    """The member for a known value; an unknown value (Novu adds some between releases) is kept as is."""
    try:
        return cls._value2member_map_.get(value, value)
    except TypeError:  # unhashable: not an enum value at all, keep it for the caller to see
        return value


def enum_list(cls: type[enum.Enum], value: Any) -> Any:
    if value.__class__ is not list:
        return value
    members = cls._value2member_map_
    return [members.get(v, v) if isinstance(v, (str, int)) else v for v in value]


def _fromisoformat(text: str) -> _dt.datetime:
    # datetime.fromisoformat takes "Z" only from 3.11; Novu always sends it.
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    return _dt.datetime.fromisoformat(text)


def datetime_value(value: Any, key: str) -> Any:
    if value.__class__ is not str:
        if value is UNSET or value is None or isinstance(value, _dt.datetime):
            return value
        raise DecodeError([key], f"expected a date-time string, got {_kind(value)}")
    try:
        return _fromisoformat(value)
    except ValueError:
        pass
    try:  # other ISO 8601 spellings; imported only when needed
        from dateutil.parser import isoparse

        return isoparse(value)
    except (ValueError, OverflowError) as exc:
        raise DecodeError([key], f"invalid date-time {value!r}") from exc


def date_value(value: Any, key: str) -> Any:
    if value.__class__ is not str:
        if value is UNSET or value is None or isinstance(value, _dt.date):
            return value
        raise DecodeError([key], f"expected a date string, got {_kind(value)}")
    try:
        return _dt.date.fromisoformat(value[:10])
    except ValueError as exc:
        raise DecodeError([key], f"invalid date {value!r}") from exc


def union(members: Iterable[Any], value: Any, key: str) -> Any:
    """A union without a discriminator: the first model member that decodes, else the raw value."""
    if value.__class__ is not dict:
        return value
    for cls in members:
        try:
            return cls.from_dict(value)
        except DecodeError:
            continue
    return value


def tagged(tag: str, mapping: Mapping[str, Any], value: Any, key: str) -> Any:
    """A union with a discriminator: the member named by the tag; an unknown tag keeps the raw object."""
    if value.__class__ is not dict:
        return value
    tag_value = value.get(tag)
    # A tag of the wrong type (a list, an object) is just another unknown tag, not a crash.
    cls = mapping.get(tag_value) if isinstance(tag_value, str) else None
    if cls is None:
        return value
    return model(cls, value, key)


def tagged_list(tag: str, mapping: Mapping[str, Any], value: Any, key: str) -> Any:
    if value.__class__ is not list:
        return value
    out = []
    for index, item in enumerate(value):
        try:
            out.append(tagged(tag, mapping, item, key))
        except DecodeError as exc:
            exc.path.insert(1, index)
            raise
    return out


def mapped(decode: Callable[[Any], Any], value: Any) -> Any:
    if value.__class__ is not list:
        return value
    out = []
    for index, item in enumerate(value):
        try:
            out.append(decode(item))
        except DecodeError as exc:  # the item decoder names the field; add the position in it
            exc.path.insert(1 if exc.path else 0, index)
            raise
    return out


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


def query_value(name: str, value: Any) -> Any:
    """A query parameter's wire form; lists repeat the key (httpx does that for lists).

    No query parameter in Novu's API is an object: a dict or a model here is a caller mistake,
    refused with the parameter's name instead of being sent as some serialisation of it.
    """
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


def check(name: str, value: Any, types: tuple[type, ...], type_name: str) -> None:
    """A clear TypeError naming the argument, instead of a failure deep in encoding."""
    if value is UNSET or value is None or isinstance(value, types):
        return
    raise TypeError(f"argument {name!r} must be {type_name}, got {_pykind(value)}")


# -- request bodies: the caller's arguments checked against the declared types ---------------
def json_body(value: Any, model_name: str | None = None) -> Any:
    """A JSON request body, checked and encoded.

    `value` is the body model or a dict of wire names (what the facade builds from its keyword
    arguments). Each declared field is checked against its annotated type, so that
    `novu.trigger(workflow_id=123, ...)` fails here with a TypeError naming `workflow_id`, not
    with a 400 from the server or a crash inside `json.dumps`; undeclared fields pass as they
    are (the API may know them). Whatever the body holds must then be plain JSON.
    """
    try:
        if model_name is not None:
            from . import models

            cls = getattr(models, model_name, None)
            if cls is not None:
                if not isinstance(value, (cls, Mapping)):
                    raise TypeError(f"argument 'body' must be a {model_name} or a dict, got {_pykind(value)}")
                _check_fields(cls, value, None, ())
        # Values JSON cannot carry (a set, a Decimal, NaN) are found when the client serialises
        # the body, by `not_json_error`, so the common case walks the body only once.
        return encode(value)
    except RecursionError as exc:
        from .errors import InvalidRequestError

        raise InvalidRequestError("the request body is nested too deeply to encode as JSON") from exc


def json_bytes(value: Any) -> bytes:
    """A request body as it is sent: compact UTF-8 JSON. A value JSON cannot carry is a
    TypeError naming where it is; a body nested too deeply, an InvalidRequestError."""
    import json

    try:
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()
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


class _Probe:
    """Stands in for a field's value so that `to_dict` reveals the field's wire name."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name


# model class -> wire name -> (attribute name, accepted alternatives or None for anything)
_FIELD_SPECS: dict[type, dict[str, tuple[str, Any]]] = {}


def _field_specs(cls: type) -> dict[str, tuple[str, Any]]:
    specs = _FIELD_SPECS.get(cls)
    if specs is not None:
        return specs
    import attrs

    probe: Any = object.__new__(cls)
    types: dict[str, Any] = {}
    for attribute in attrs.fields(cls):
        if attribute.name.startswith("_"):
            continue
        object.__setattr__(probe, attribute.name, _Probe(attribute.name))
        types[attribute.name] = _parse_type(str(attribute.type))
    object.__setattr__(probe, "_extra", {})
    specs = {
        wire: (value.name, types[value.name])
        for wire, value in probe.to_dict().items()
        if isinstance(value, _Probe)
    }
    _FIELD_SPECS[cls] = specs
    return specs


def _split_union(text: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in text:
        depth += char == "["
        depth -= char == "]"
        if char == "|" and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    return parts


_SCALARS: dict[str, tuple[str, Callable[[Any], bool]]] = {
    "str": ("a str", lambda v: isinstance(v, str)),
    "bool": ("a bool", lambda v: isinstance(v, bool)),
    "int": ("an int", lambda v: isinstance(v, int) and not isinstance(v, bool)),
    "float": ("a number", lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)),
    "datetime.datetime": ("a datetime", lambda v: isinstance(v, (_dt.datetime, str))),
    "datetime.date": ("a date", lambda v: isinstance(v, (_dt.date, str))),
    "UUID": ("a UUID", lambda v: isinstance(v, str) or type(v).__name__ == "UUID"),
}


def _parse_type(text: str) -> Any:
    """An annotation string of a generated model ("list[str] | None | Unset", "FooDto | str")
    as the alternatives a caller's value may take: a list of (label, test, item alternatives,
    model class); None means anything goes (Any, File, a name this parser does not know)."""
    from . import models

    alternatives: list[tuple[str, Callable[[Any], bool], Any, Any]] = []
    for token in _split_union(text):
        token = token.removeprefix("builtins.")
        if token in ("None", "Unset"):
            continue
        if token in _SCALARS:
            label, test = _SCALARS[token]
            alternatives.append((label, test, None, None))
        elif token.startswith("list[") and token.endswith("]"):
            alternatives.append(
                ("a list", lambda v: isinstance(v, (list, tuple)), _parse_type(token[5:-1]), None)
            )
        elif token.startswith(("dict[", "Mapping[")) or token == "dict":
            alternatives.append(("a dict", lambda v: isinstance(v, Mapping), None, None))
        else:
            cls = getattr(models, token, None) if token.isidentifier() else None
            if cls is None:
                return None
            if isinstance(cls, type) and issubclass(cls, enum.Enum):
                alternatives.append((f"a {token}", _member_or_value(cls), None, None))
            else:
                alternatives.append((f"a {token}", _instance_of(cls, Mapping), None, cls))
    return alternatives or None


def _instance_of(*types: type) -> Callable[[Any], bool]:
    if Mapping in types:  # a plain dict without the slow ABC check
        return lambda value: value.__class__ is dict or isinstance(value, types)
    return lambda value: isinstance(value, types)


def _member_or_value(cls: type[enum.Enum]) -> Callable[[Any], bool]:
    """An enum member, or one of its wire values (as a dict body, which is wire-shaped, has it)."""
    values = {member.value for member in cls}
    return lambda value: (
        isinstance(value, cls)
        or (isinstance(value, (str, int)) and not isinstance(value, bool) and value in values)
    )


def _describe(alternatives: Any) -> str:
    """'a str, a SubscriberPayloadDto or a dict', 'a list of (str or dict)'."""
    labels: list[str] = []
    models = False
    for label, _test, items, cls in alternatives:
        if label == "a list" and items:
            label = f"a list of ({_describe(items).replace('a ', '').replace('an ', '')})"
        models = models or cls is not None
        if label not in labels:
            labels.append(label)
    if models:
        labels.append("a dict")
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " or " + labels[-1]


def _a(thing: str) -> str:
    return f"an {thing}" if thing[:1] in "aeiou" else f"a {thing}"


def _check_fields(cls: type, value: Any, arg: str | None, inner: tuple[str | int, ...]) -> None:
    """Check the declared fields of a body (a model or a dict of wire names) against their types.

    `arg` is the caller's argument the value came in (None at the top of the body) and `inner`
    the path of `value` inside it, both for the message, which is only put together on failure.
    """
    specs = _field_specs(cls)
    if value.__class__ is dict or isinstance(
        value, Mapping
    ):  # only the fields given (a facade call names a few of many)
        given = [(wire, item) for wire, item in value.items() if wire in specs]
    else:
        given = [(wire, getattr(value, spec[0], UNSET)) for wire, spec in specs.items()]
    for wire, item in given:
        attr, alternatives = specs[wire]
        if item is UNSET or item is None or alternatives is None:
            continue
        if arg is None:  # a top-level field is one of the caller's keyword arguments
            _check_value(alternatives, item, attr, (), (attr, wire))
        else:
            _check_value(alternatives, item, arg, (*inner, wire), None)


def _path_text(path: tuple[str | int, ...]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _where(arg: str, path: tuple[str | int, ...], top: tuple[str, str] | None) -> str:
    if top is not None:
        attr, wire = top
        return f"argument {attr!r}" + (f" (body field {wire!r})" if attr != wire else "")
    return f"argument {arg!r}: field {_path_text(path)!r}"


def _check_value(
    alternatives: Any, value: Any, arg: str, path: tuple[str | int, ...], top: tuple[str, str] | None
) -> None:
    """`top` is (attribute, wire name) for a top-level body field, where the message names the
    keyword argument; deeper values are named by their path inside `arg`."""
    matching = [alt for alt in alternatives if alt[1](value)]
    if not matching:
        raise TypeError(f"{_where(arg, path, top)} must be {_describe(alternatives)}, got {_pykind(value)}")
    _label, _test, items, model_cls = matching[0]
    if items is not None and isinstance(value, (list, tuple)):
        for index, element in enumerate(value):
            if element is None or element is UNSET:
                continue
            fits = [alt for alt in items if alt[1](element)]
            if not fits:
                raise TypeError(
                    f"{_where(arg, path, top)} must be {_describe(alternatives)}, "
                    f"but item [{index}] is {_pykind(element)}"
                )
            models_fitting = [alt[3] for alt in fits if alt[3] is not None]
            if len(models_fitting) == 1 and len(fits) == 1:
                _check_fields(models_fitting[0], element, arg, (*path, index))
    elif model_cls is not None and len(matching) == 1:
        _check_fields(model_cls, value, arg, path)


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
    if isinstance(value, tuple):
        return value
    raise TypeError(f"argument {name!r} must be a File, bytes or a binary file object, got {_kind(value)}")


def root(decode: Callable[[], T]) -> T:
    """Run a top-level decode so that error paths start at `$`, not at a field name."""
    try:
        return decode()
    except DecodeError as exc:
        if exc.path and exc.path[0] == "$":
            del exc.path[0]
        raise


def multipart_parts(
    body: Any, file_fields: list[str]
) -> tuple[dict[str, Any], list[tuple[str, tuple[str | None, Any, str | None]]]]:
    """Split a multipart body into form fields and real file parts (a list of files repeats its field)."""
    import json

    values = body.to_dict() if hasattr(body, "to_dict") else dict(body)
    fields: dict[str, Any] = {}
    files: list[tuple[str, tuple[str | None, Any, str | None]]] = []
    for key, value in values.items():
        if value is UNSET:
            continue
        if key in file_fields:
            for item in value if isinstance(value, (list, tuple)) else [value]:
                files.append((key, multipart_file(key, item)))
        elif isinstance(value, (dict, list)):
            fields[key] = json.dumps(encode(value))
        else:
            fields[key] = str(encode(value))
    return fields, files
