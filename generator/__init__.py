"""Turn Novu's pinned OpenAPI document into the `novu_api` package.

Stages, one module each, run in order by `build.build()`: `load` (read, verify the pin, apply
the overlay) -> `fix` (reshape for the parser) -> `name` (Python names) -> `model`
(openapi-python-client's parse plus our per-operation facts) -> `render` (our templates) ->
`write` (format, then replace the generated files in `novu_api/` and `docs/`).
"""
