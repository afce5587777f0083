# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""Standalone operation modules for signals."""
