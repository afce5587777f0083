# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Standalone operation modules for domains.auto_configure."""
