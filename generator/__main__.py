"""`python -m generator` — generate, check for drift, or diff two spec releases.

python -m generator generate [--spec PATH] [--out DIR] [--docs DIR]
python -m generator check [--spec PATH]
python -m generator diff OLD NEW [--output FILE] [--fail-on-breaking]
python -m generator update SPEC [--no-tests] [--date YYYY-MM-DD] [--source-url URL] [--allow-downgrade]
                           [--root DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from .build import DOCS, PACKAGE, build
from .spec import ROOT, SpecError


def cmd_generate(args: argparse.Namespace) -> int:
    from .write import write

    started = time.perf_counter()
    pages: dict[str, str] = {}
    files = build(args.spec, verify=not args.no_verify, docs=pages)
    out = Path(args.out) if args.out else PACKAGE
    docs_out = Path(args.docs) if args.docs else out.parent / "docs"
    written = write(files, pages, out, docs_out)
    added, changed, removed = written.package
    docs_added, docs_changed, docs_removed = written.docs
    print(
        f"generated {len(files)} files into {out} in {time.perf_counter() - started:.1f}s: "
        f"{len(added)} added, {len(changed)} changed, {len(removed)} removed"
    )
    print(
        f"generated {len(pages)} reference pages into {docs_out}: "
        f"{len(docs_added)} added, {len(docs_changed)} changed, {len(docs_removed)} removed"
    )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Regenerate into a temporary copy and fail on any difference from what is committed."""
    import shutil

    from .write import is_generated, write

    pages: dict[str, str] = {}
    files = build(args.spec, docs=pages)
    with tempfile.TemporaryDirectory(prefix="novu-check-") as tmp:
        copy = Path(tmp) / "novu_api"
        shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
        docs_copy = Path(tmp) / "docs"
        if DOCS.is_dir():
            shutil.copytree(DOCS, docs_copy)
        drift = write(files, pages, copy, docs_copy).drift()
    if drift:
        print("generated code differs from a fresh regeneration (run `make generate`):", file=sys.stderr)
        print("\n".join(drift[:50]), file=sys.stderr)
        return 1
    count = sum(1 for p in PACKAGE.rglob("*.py") if is_generated(p))
    count += sum(1 for p in DOCS.rglob("*.md") if is_generated(p))
    print(f"no drift: {count} generated files (code and docs/) match a fresh regeneration")
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    """Markdown release report of what changed from OLD to NEW (both with the overlay applied)."""
    from .diff import diff_files

    report = diff_files(args.old, args.new)
    text = report.to_markdown()
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
        print(report.summary())
    else:
        print(text)
    return 1 if args.fail_on_breaking and report.breaking else 0


def cmd_update(args: argparse.Namespace) -> int:
    """Report, move the pin, regenerate, run the tests (see generator/update.py)."""
    from .update import update

    return update(
        args.spec,
        root=Path(args.root) if args.root else ROOT,
        run_tests=not args.no_tests,
        retrieved=args.date,
        source_url=args.source_url,
        allow_downgrade=args.allow_downgrade,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="render the pinned spec into novu_api/")
    gen.add_argument("--spec", help="spec document path (default: the pin's path)")
    gen.add_argument("--out", help="package folder to write (default: novu_api/)")
    gen.add_argument("--docs", help="reference pages folder to write (default: docs/ beside the package)")
    gen.add_argument("--no-verify", action="store_true", help="skip the pin's sha256 check")
    gen.set_defaults(func=cmd_generate)
    check = sub.add_parser("check", help="fail if novu_api/ or docs/ differs from a fresh regeneration")
    check.add_argument("--spec")
    check.set_defaults(func=cmd_check)
    diff = sub.add_parser("diff", help="Markdown release report: what changed between two spec documents")
    diff.add_argument("old", help="the earlier document (path or URL)")
    diff.add_argument("new", help="the later document (path or URL)")
    diff.add_argument("--output", help="write the report to this file instead of stdout")
    diff.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when a change is breaking")
    diff.set_defaults(func=cmd_diff)
    update = sub.add_parser("update", help="move the pin to a new document, regenerate, run the tests")
    update.add_argument("spec", help="the new document: a path, or a URL (stored beside the pinned one)")
    update.add_argument("--no-tests", action="store_true", help="skip `python -m pytest` at the end")
    update.add_argument("--date", help="retrieval date, YYYY-MM-DD (default: from the file name, else today)")
    update.add_argument(
        "--source-url", help="URL the document was served at (default: the URL given, else the pin's)"
    )
    update.add_argument(
        "--allow-downgrade", action="store_true", help="pin a document older than the pinned one"
    )
    update.add_argument("--root", help="project root to update (default: this checkout)")
    update.set_defaults(func=cmd_update)
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
