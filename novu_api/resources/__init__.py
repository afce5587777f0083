# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""The resource facade behind `Novu` and `AsyncNovu`, one module per top-level resource."""
