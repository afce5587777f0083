"""Pending: a file to upload is a `novu_api.File`, a binary file object or an httpx-style
`(filename, content, content_type)` tuple, alone or in a list; today only `File` is typed."""

from __future__ import annotations

import io
from typing import BinaryIO

from novu_api import Novu


def uploads(novu: Novu, opened: BinaryIO) -> None:
    as_tuple = ("fr_FR.json", b'{"hello": "bonjour"}', "application/json")
    novu.translations.master.upload(file=opened)
    novu.translations.master.upload(file=as_tuple)
    novu.translations.master.upload(file=io.BytesIO(b"{}"))
    novu.translations.upload(resource_id="w", resource_type="workflow", files=[opened, as_tuple])
    novu.translations.master.upload(file="fr_FR.json")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
