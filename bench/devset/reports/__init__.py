"""The synthetic reports of the development set, one module each, in the order they are generated."""

from __future__ import annotations

from collections.abc import Callable

from spec import ReportSpec

from reports import ale, harnosand, hudiksvall, kungalv, lerum, lund, sjobo, sormland

ALL: tuple[Callable[[], ReportSpec], ...] = (
    lerum.spec,
    kungalv.spec,
    hudiksvall.spec,
    sormland.spec,
    sjobo.spec,
    ale.spec,
    lund.spec,
    harnosand.spec,
)
