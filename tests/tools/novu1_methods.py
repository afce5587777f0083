"""List the public methods of the `novu` 1.x package's API classes, as committed in
`docs/novu1-methods.json` (the migration guide's table must cover every one of them).

Run it with a Python that has the old package installed, never the project's venv:

    python3 -m venv /tmp/novu1 && /tmp/novu1/bin/pip install novu==1.14.0
    /tmp/novu1/bin/python tests/tools/novu1_methods.py --output docs/novu1-methods.json

It imports `novu.api`, takes every class in its `__all__`, and records each public method
(name without a leading underscore, inherited ones included) with its parameter names, as
"(a, b, ...)". Only names are recorded: no code or documentation of the package is copied.
"""

from __future__ import annotations

import argparse
import inspect
import json
import sys
from importlib import metadata
from typing import Any


def describe() -> dict[str, Any]:
    import novu.api

    classes: dict[str, dict[str, str]] = {}
    inherited: dict[str, str] = {}
    for class_name in sorted(novu.api.__all__):
        cls = getattr(novu.api, class_name)
        methods: dict[str, str] = {}
        for name, function in inspect.getmembers(cls, inspect.isfunction):
            if name.startswith("_"):
                continue
            params = [p for p in inspect.signature(function).parameters.values() if p.name != "self"]
            methods[name] = (
                "(" + ", ".join(("**" if p.kind is p.VAR_KEYWORD else "") + p.name for p in params) + ")"
            )
            owner = next(base for base in cls.__mro__ if name in vars(base))
            if owner is not cls:
                inherited[name] = owner.__name__
        classes[class_name] = dict(sorted(methods.items()))
    return {
        "package": "novu",
        "version": metadata.version("novu"),
        "module": "novu.api",
        "source": "tests/tools/novu1_methods.py (run with the package installed; see its docstring)",
        "inherited": dict(sorted(inherited.items())),
        "classes": classes,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--output", help="write the JSON here instead of stdout")
    args = parser.parse_args(argv)
    try:
        text = json.dumps(describe(), indent=2) + "\n"
    except ImportError:
        print("the `novu` package is not installed in this Python (see the docstring)", file=sys.stderr)
        return 2
    if args.output:
        with open(args.output, "w", encoding="utf-8") as handle:
            handle.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
