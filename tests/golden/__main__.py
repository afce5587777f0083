"""`python -m tests.golden` (`make golden`): rewrite tests/golden/expected/ from spec.json."""

from __future__ import annotations

from . import EXPECTED, render_golden, write


def main() -> int:
    added, changed, removed = write(render_golden())
    for sign, paths in zip("+~-", (added, changed, removed), strict=True):
        for rel in paths:
            print(f"{sign} {rel}")
    print(
        f"{EXPECTED}: {len(added)} added, {len(changed)} changed, {len(removed)} removed"
        + ("; review with `git diff tests/golden/expected`" if added or changed or removed else "")
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
