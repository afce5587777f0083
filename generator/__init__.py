"""Turn Novu's pinned OpenAPI document into the `novu_api` package.

Stages: `spec` (load, verify the pin, apply the overlay) -> `normalise` (Python names,
envelopes, pagination) -> `render` (openapi-python-client with our templates) ->
`write` (format, then replace the generated files in `novu_api/`).
"""
