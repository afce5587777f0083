# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""The resource facade behind `Novu` and `AsyncNovu`, one module per top-level resource."""
