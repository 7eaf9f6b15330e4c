"""The label of an uploaded PDF. The bytes are stored by ``index.files.save_upload`` under the data dir by
their sha256, never by the name the browser sent.

The browser's name is only ever shown (and recorded as the report's source name, a plain label), after
dropping any folders, drive letters and control characters from it.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath, PureWindowsPath

MAX_NAME = 120
_UNSAFE = re.compile(r"[\x00-\x1f\x7f]")


def display_name(sent: str) -> str:
    """A label for the file as the user knows it: "../../x/rapport.pdf" -> "rapport.pdf"."""
    name = PureWindowsPath(PurePosixPath(sent.replace("\x00", "")).name).name
    name = _UNSAFE.sub("", name).strip().lstrip(".")
    if len(name) > MAX_NAME:
        stem, dot, suffix = name.rpartition(".")
        name = (
            (stem[: MAX_NAME - len(suffix) - 1] + dot + suffix)
            if dot and len(suffix) <= 8
            else name[:MAX_NAME]
        )
    return name or "uppladdad.pdf"
