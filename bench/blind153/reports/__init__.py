"""The one-hundred-and-fifty-third blind set: never to be trained on, only scored, to estimate how the extractor
does on reports it was never tuned on. Every module of this package that defines ``spec`` is one report,
generated in the order of the module names."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable

from spec import ReportSpec

ALL: tuple[Callable[[], ReportSpec], ...] = tuple(
    importlib.import_module(f"{__name__}.{m.name}").spec
    for m in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name)
    if m.name != "common"
)
