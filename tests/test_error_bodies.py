"""`exc.body` is typed per error class from the document: each class's alias in
`novu_api.operations` names every model an operation declares for a status it is raised for."""

from __future__ import annotations

import importlib

from novu_api import errors, operations
from novu_api.operations import DEFAULT_ERRORS, OPERATIONS


def alias_members(cls: type[errors.APIStatusError]) -> set[str]:
    text = getattr(operations, f"{cls.__name__}Body")
    return {part.strip() for part in text.split("|")}


def status_classes() -> list[type[errors.APIStatusError]]:
    found: list[type[errors.APIStatusError]] = [errors.APIStatusError]
    for cls in found:
        found += [c for c in cls.__subclasses__() if c not in found]
    return found


def test_every_error_class_has_a_body_type() -> None:
    for cls in status_classes():
        members = alias_members(cls)
        assert "ErrorDto" in members and "UndecodedErrorBody" in members, cls
        # A subclass's body is one of its base's (an `except` of the base catches it).
        for base in cls.__mro__[1:]:
            if isinstance(base, type) and issubclass(base, errors.APIStatusError):
                assert members <= alias_members(base), (cls, base)


def test_declared_models_are_in_the_body_type_of_their_class() -> None:
    checked = 0
    for entry in OPERATIONS:
        operation = importlib.import_module(entry.module).OPERATION
        table = DEFAULT_ERRORS if operation.errors is None else operation.errors
        for pattern in table:
            if not pattern.isdigit():
                continue
            model = operation.error_model(int(pattern))
            assert model is not None and model in alias_members(errors.error_class(int(pattern))), (
                entry.facade,
                pattern,
            )
            checked += 1
    assert checked


def test_only_operations_whose_errors_differ_carry_a_table() -> None:
    own = [e.facade for e in OPERATIONS if importlib.import_module(e.module).OPERATION.errors not in (None,)]
    for facade in own:
        entry = next(e for e in OPERATIONS if e.facade == facade)
        assert importlib.import_module(entry.module).OPERATION.errors != DEFAULT_ERRORS, facade
    assert len(own) < len(OPERATIONS)
