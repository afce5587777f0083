"""What `exc.body` can be, per error class, from the error models the document declares.

The runtime decodes a JSON-object error body into the model the operation declares for the
status (its own table, else `operations.DEFAULT_ERRORS`; a range such as `4XX` or `default`
covers every status it matches), or into `ErrorDto` when none is declared; when that fails, or
the body is not an object, `body` is the JSON value, the text, or None. So the body of an error
class is: every model declared anywhere for a status the class (or a subclass) is raised for,
`ErrorDto`, and the undecoded forms.

Entry point: `body_types(tables)` -> {error class name: model names}, rendered into
`novu_api/operations.py` as one type alias per class, which `novu_api/errors.py` names.
"""

from __future__ import annotations

from collections import defaultdict

FALLBACK = "ErrorDto"  # the runtime's model for a JSON error body no table declares


def _classes() -> list[type]:
    from novu_api import errors

    return [errors.APIStatusError, *_subclasses(errors.APIStatusError)]


def _subclasses(cls: type) -> list[type]:
    out: list[type] = []
    sub: type
    for sub in cls.__subclasses__():
        out += [sub, *_subclasses(sub)]
    return out


def _raised_for(pattern: str) -> set[str]:
    """The error classes a status pattern of a table can be raised as."""
    from novu_api import errors

    if pattern.isdigit():
        cls = errors.error_class(int(pattern))
        found = {cls.__name__}
        if cls is errors.UnprocessableEntityError:  # a 422 may be the key-reuse subclass
            found.add(errors.IdempotencyKeyReuseError.__name__)
        return found
    if pattern == "default":
        return {c.__name__ for c in _classes()}
    first = pattern[:1]
    if pattern[1:].upper() == "XX" and first.isdigit():
        low = int(first) * 100
        return _raised_for_range(low, low + 100)
    return {errors.APIStatusError.__name__}


def _raised_for_range(low: int, high: int) -> set[str]:
    from novu_api import errors

    found = {errors.error_class(status).__name__ for status in range(low, high)}
    if errors.UnprocessableEntityError.__name__ in found:
        found.add(errors.IdempotencyKeyReuseError.__name__)
    return found


def body_types(tables: list[dict[str, str]], known: set[str]) -> dict[str, list[str]]:
    """{error class: sorted model names its `body` can be}, over every operation's table; a class
    includes its subclasses' models (an `except InternalServerError` also catches a 503).
    `known` are the document's model names (the fallback counts only where the document has it)."""
    direct: dict[str, set[str]] = defaultdict(set)
    for table in tables:
        for pattern, model in table.items():
            for name in _raised_for(pattern):
                direct[name].add(model)
    out: dict[str, list[str]] = {}
    for cls in _classes():
        models = {FALLBACK} | direct[cls.__name__]
        for sub in _subclasses(cls):
            models |= direct[sub.__name__]
        out[cls.__name__] = sorted(models & known)
    return dict(sorted(out.items()))
