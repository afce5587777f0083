"""`python -m generator` — generate, check for drift, or diff two spec releases.

    python -m generator generate [--spec PATH] [--out DIR]
    python -m generator check [--spec PATH]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import warnings
from pathlib import Path

from .spec import ROOT, Pin, SpecError, apply_overlay, load_document, load_overlay

PACKAGE = ROOT / "novu_api"
RUFF_CONFIG = ROOT / "pyproject.toml"


def build(spec: str | None, *, verify: bool = True) -> dict[str, str]:
    from .normalise import normalise
    from .render import render
    from .write import formatted

    pin = Pin.load()
    document = load_document(spec, pin=pin, verify=verify)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        document, _missed = apply_overlay(document, load_overlay())
    for warning in caught:
        print(f"warning: {warning.message}", file=sys.stderr)
    version = str(document.get("info", {}).get("version", pin.version))
    return formatted(render(normalise(document), version), RUFF_CONFIG)


def cmd_generate(args: argparse.Namespace) -> int:
    from .write import sync_package

    started = time.perf_counter()
    files = build(args.spec, verify=not args.no_verify)
    out = Path(args.out) if args.out else PACKAGE
    added, changed, removed = sync_package(files, out)
    print(
        f"generated {len(files)} files into {out} in {time.perf_counter() - started:.1f}s: "
        f"{len(added)} added, {len(changed)} changed, {len(removed)} removed"
    )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Regenerate into a temporary copy and fail on any difference from what is committed."""
    import shutil

    from .write import is_generated, sync_package

    files = build(args.spec)
    with tempfile.TemporaryDirectory(prefix="novu-check-") as tmp:
        copy = Path(tmp) / "novu_api"
        shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
        added, changed, removed = sync_package(files, copy)
    drift = [f"+ {p}" for p in added] + [f"~ {p}" for p in changed] + [f"- {p}" for p in removed]
    if drift:
        print("generated code differs from a fresh regeneration (run `make generate`):", file=sys.stderr)
        print("\n".join(drift[:50]), file=sys.stderr)
        return 1
    count = sum(1 for p in PACKAGE.rglob("*.py") if is_generated(p))
    print(f"no drift: {count} generated files match a fresh regeneration")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="render the pinned spec into novu_api/")
    gen.add_argument("--spec", help="spec document path (default: the pin's path)")
    gen.add_argument("--out", help="package folder to write (default: novu_api/)")
    gen.add_argument("--no-verify", action="store_true", help="skip the pin's sha256 check")
    gen.set_defaults(func=cmd_generate)
    check = sub.add_parser("check", help="fail if novu_api/ differs from a fresh regeneration")
    check.add_argument("--spec")
    check.set_defaults(func=cmd_check)
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
