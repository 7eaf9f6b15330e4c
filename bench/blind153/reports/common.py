"""The label helpers of the written reports (``bench/written/reports/common.py``), shared as they are with the
one-hundred-and-fifty-third blind set."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_PATH = Path(__file__).resolve().parents[2] / "written" / "reports" / "common.py"
_spec = importlib.util.spec_from_file_location("written_common", _PATH)
assert _spec is not None and _spec.loader is not None
_common = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_common)

A, BP, C, F, O = _common.A, _common.BP, _common.C, _common.F, _common.O  # noqa: E741
BF, HP, LP = _common.BF, _common.HP, _common.LP
