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
    cls = mapping.get(value.get(tag))  # type: ignore[arg-type]
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
    return [decode(v) for v in value]


def encode(value: Any) -> Any:
    """A Python value (models, enums, dates, lists, dicts) to its JSON form."""
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
    """A query parameter's wire form; lists repeat the key (httpx does that for lists)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [query_value(name, v) for v in value]
    if isinstance(value, Mapping):
        import json

        return json.dumps(encode(value), separators=(",", ":"))
    if isinstance(value, (str, int, float)):
        return value
    raise TypeError(f"query parameter {name!r} must be a str, number, bool, enum or list, got {_kind(value)}")


def path_param(name: str, value: Any) -> str:
    """A path parameter, checked and percent-encoded so it stays inside its own segment."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise TypeError(f"path parameter {name!r} must be a str, got {_kind(value)}")
    text = str(value)
    if not text.strip():
        raise ValueError(f"path parameter {name!r} must not be empty or whitespace")
    if text in (".", ".."):  # a dot segment would be resolved away by URL normalisation
        return text.replace(".", "%2E")
    return quote(text, safe="")


def check(name: str, value: Any, types: tuple[type, ...], type_name: str) -> None:
    """A clear TypeError naming the argument, instead of a failure deep in encoding."""
    if value is UNSET or value is None or isinstance(value, types):
        return
    raise TypeError(f"argument {name!r} must be {type_name}, got {_kind(value)}")


def _upload_name(payload: Any) -> str | None:
    """The base name of an open file (`open("/data/en_US.json", "rb")` -> "en_US.json").

    Never the full path: it would tell the server about local folders, and Novu reads the
    locale from the file name.
    """
    path = getattr(payload, "name", None)
    if not isinstance(path, str) or not path or path.startswith("<"):  # fds, "<stdin>"
        return None
    return path.replace("\\", "/").rsplit("/", 1)[-1] or None


def multipart_file(name: str, value: Any) -> tuple[str | None, Any, str | None]:
    if isinstance(value, File):
        file_name, payload, mime_type = value.to_tuple()
        return (file_name if file_name is not None else _upload_name(payload)), payload, mime_type
    if isinstance(value, (bytes, bytearray)):
        return None, bytes(value), None
    if hasattr(value, "read"):
        return _upload_name(value), value, None
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
