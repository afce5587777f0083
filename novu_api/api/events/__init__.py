# Generated from Novu API 3.15.0 by `make generate`; do not edit.
"""Standalone operation modules for events."""
